package org.paperkg.serve;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.kg.ClassPartitions;
import org.paperkg.kg.Vocab;

/**
 * A VoID and DCAT description of the knowledge graph, computed from the store: the number of triples, the number of
 * instances of each paperkg class ({@code void:classPartition}), the licence, when the graph was last modified
 * ({@code dcterms:modified}: the latest {@code prov:generatedAtTime} or {@code dcterms:modified} in the store), the
 * SPARQL endpoint, and the dump URLs as {@code void:dataDump} and DCAT distributions.
 *
 * <p>The dataset's IRI is the base IRI itself.
 *
 * <pre>{@code
 * Graph voidGraph = DatasetDescription.builder()
 *         .baseIri("http://127.0.0.1:3030/")
 *         .sparqlEndpoint("http://127.0.0.1:3030/kg/sparql")
 *         .dataDump("http://127.0.0.1:3030/dump/paperkg.nt", "application/n-triples")
 *         .build()
 *         .describe(store.datasetGraph());
 * }</pre>
 */
public final class DatasetDescription {
    /** The licence used when none is given: CC0 1.0, as for arXiv's bulk metadata. */
    public static final String DEFAULT_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/";

    private static final List<Node> CLASSES = List.of(Vocab.PAPER, Vocab.ABSTRACT_VERSION, Vocab.CLAIM,
            Vocab.RESEARCH_ENTITY, Vocab.METHOD, Vocab.MODEL, Vocab.DATASET, Vocab.TASK, Vocab.METRIC_CLASS,
            Vocab.CODE_REPOSITORY, Vocab.SOURCE, Vocab.LISTING, Vocab.EXTRACTOR);

    private static final String VOID = Vocab.VOID_NS;
    private static final String DCAT = Vocab.DCAT_NS;
    private static final String DCT = Vocab.DCTERMS_NS;

    private final String baseIri;
    private final String sparqlEndpoint;
    private final Map<String, String> dumps;
    private final String license;
    private final String title;

    private DatasetDescription(Builder b) {
        this.baseIri = b.baseIri;
        this.sparqlEndpoint = b.sparqlEndpoint;
        this.dumps = Map.copyOf(b.dumps);
        this.license = b.license;
        this.title = b.title;
    }

    /** A builder; base IRI and SPARQL endpoint are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The dataset's IRI (the base IRI). */
    public Node datasetIri() {
        return NodeFactory.createURI(baseIri);
    }

    /**
     * Computes the description from a dataset graph whose default graph is the union of its named graphs. Runs in a
     * read transaction without a time limit: counting a large graph takes a while, so compute it once and keep it.
     */
    public Graph describe(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        Node ds = datasetIri();
        add(g, ds, Vocab.RDF_TYPE, uri(VOID + "Dataset"));
        add(g, ds, Vocab.RDF_TYPE, uri(DCAT + "Dataset"));
        add(g, ds, uri(DCT + "title"), NodeFactory.createLiteralString(title));
        add(g, ds, uri(DCT + "description"), NodeFactory.createLiteralString(
                "Papers, research entities (methods, models, datasets, tasks, metrics) and comparative claims extracted "
                        + "from machine-learning paper abstracts."));
        add(g, ds, uri(DCT + "license"), uri(license));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(baseIri));
        add(g, ds, uri(VOID + "vocabulary"), uri(Vocab.NS));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(sparqlEndpoint));
        add(g, ds, uri(VOID + "feature"), uri("http://www.w3.org/ns/formats/Turtle"));
        add(g, ds, uri(VOID + "feature"), uri("http://www.w3.org/ns/formats/JSON-LD"));
        Node service = uri(baseIri + ".well-known/void#sparql-service");
        add(g, ds, uri(DCAT + "accessService"), service);
        add(g, service, Vocab.RDF_TYPE, uri(DCAT + "DataService"));
        add(g, service, uri(DCAT + "endpointURL"), uri(sparqlEndpoint));
        add(g, service, uri(DCAT + "servesDataset"), ds);
        add(g, service, uri(DCT + "conformsTo"), uri("https://www.w3.org/TR/sparql11-protocol/"));
        dumps.forEach((url, mediaType) -> {
            Node dump = uri(url);
            add(g, ds, uri(VOID + "dataDump"), dump);
            add(g, ds, uri(DCAT + "distribution"), dump);
            add(g, dump, Vocab.RDF_TYPE, uri(DCAT + "Distribution"));
            add(g, dump, uri(DCAT + "downloadURL"), dump);
            add(g, dump, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + mediaType));
            add(g, dump, uri(DCT + "license"), uri(license));
        });
        Txn.executeRead(dsg, () -> {
            add(g, ds, uri(VOID + "triples"), integer(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
            Map<Node, Long> perClass = classCounts(dsg);
            for (Node cls : CLASSES) {
                Node part = uri(baseIri + ".well-known/void#class-" + cls.getLocalName());
                add(g, ds, uri(VOID + "classPartition"), part);
                add(g, part, uri(VOID + "class"), cls);
                add(g, part, uri(VOID + "entities"), integer(perClass.getOrDefault(cls, 0L)));
            }
            add(g, ds, uri(DCT + "modified"), NodeFactory.createLiteralDT(modified(dsg), XSDDatatype.XSDdateTime));
        });
        return g;
    }

    private static long count(DatasetGraph dsg, String query) {
        RowSet rows = QueryExec.dataset(dsg).query(GraphReader.parse(query)).select();
        return rows.hasNext() ? ((Number) rows.next().get("n").getLiteralValue()).longValue() : 0L;
    }

    /**
     * Instances per class: as the build counted them (its class partitions in the statistics graph) when it counted
     * every class listed here, else counted now.
     */
    private static Map<Node, Long> classCounts(DatasetGraph dsg) {
        Map<Node, Long> m = new LinkedHashMap<>();
        RowSet counted = QueryExec.dataset(dsg).query(GraphReader.parse(ClassPartitions.QUERY)).select();
        while (counted.hasNext()) {
            Binding b = counted.next();
            m.put(b.get("class"), ((Number) b.get("instances").getLiteralValue()).longValue());
        }
        if (m.keySet().containsAll(CLASSES)) {
            return m;
        }
        m.clear();
        Query q = GraphReader.parse("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c");
        for (Node cls : CLASSES) {
            RowSet rows = QueryExec.dataset(dsg).query(q).substitution("c", cls).select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                m.put(cls, ((Number) b.get("n").getLiteralValue()).longValue());
            }
        }
        return m;
    }

    private String modified(DatasetGraph dsg) {
        Query q = GraphReader.parse("SELECT (MAX(?t) AS ?m) { { ?x prov:generatedAtTime ?t } UNION { ?ds dcterms:modified ?t } }");
        RowSet rows = QueryExec.dataset(dsg).query(q).substitution("ds", datasetIri()).select();
        List<String> found = new ArrayList<>();
        while (rows.hasNext()) {
            Node m = rows.next().get("m");
            if (m != null && m.isLiteral()) {
                found.add(m.getLiteralLexicalForm());
            }
        }
        return found.isEmpty() ? OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC).toString() : found.get(0);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    /** Builds a {@link DatasetDescription}; validates in {@link #build()}. */
    public static final class Builder {
        private String baseIri;
        private String sparqlEndpoint;
        private final Map<String, String> dumps = new LinkedHashMap<>();
        private String license = DEFAULT_LICENSE;
        private String title = "paperkg: a knowledge graph of machine-learning papers";

        private Builder() {
        }

        /** The base IRI of the graph's instances, ending with '/'; it is also the dataset's IRI. Required. */
        public Builder baseIri(String baseIri) {
            this.baseIri = Objects.requireNonNull(baseIri, "baseIri");
            return this;
        }

        /** The URL of the SPARQL query endpoint. Required. */
        public Builder sparqlEndpoint(String url) {
            this.sparqlEndpoint = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Adds a dump URL with its media type, e.g. {@code application/n-triples}. */
        public Builder dataDump(String url, String mediaType) {
            dumps.put(Objects.requireNonNull(url, "url"), Objects.requireNonNull(mediaType, "mediaType"));
            return this;
        }

        /** The licence IRI; {@link #DEFAULT_LICENSE} unless set. */
        public Builder license(String licenseIri) {
            this.license = Objects.requireNonNull(licenseIri, "licenseIri");
            return this;
        }

        /** The dataset's title. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Builds the description.
         *
         * @throws IllegalStateException when the base IRI or SPARQL endpoint is missing
         * @throws IllegalArgumentException when the base IRI does not end with '/' or an IRI is not absolute
         */
        public DatasetDescription build() {
            if (baseIri == null || sparqlEndpoint == null) {
                throw new IllegalStateException("base IRI and SPARQL endpoint are required");
            }
            if (!baseIri.endsWith("/")) {
                throw new IllegalArgumentException("base IRI must end with '/': " + baseIri);
            }
            for (String iri : List.of(baseIri, sparqlEndpoint, license)) {
                if (!iri.matches("(?i)https?://\\S+")) {
                    throw new IllegalArgumentException("not an absolute http(s) IRI: " + iri);
                }
            }
            return new DatasetDescription(this);
        }
    }
}
