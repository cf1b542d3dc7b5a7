package org.paperkg.serve;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.paperkg.kg.Vocab;

/**
 * The linked-data description of one resource of the knowledge graph: its own triples with the labels of what they
 * point to, the claims it takes part in (as subject, object, dataset, metric, or the paper stating them) with all of
 * their triples, the papers that mention it, and a paper's abstract versions.
 *
 * <pre>{@code
 * Optional<Graph> g = new ResourceDescriber(reader).describe(NodeFactory.createURI("http://127.0.0.1:3030/entity/lion"));
 * }</pre>
 */
public final class ResourceDescriber {
    private static final String LABELS = "(rdfs:label, skos:prefLabel, dcterms:title)";

    private final GraphReader reader;
    private final Query exists = GraphReader.parse("ASK { ?this ?p ?o }");
    private final Query describe = GraphReader.parse("""
            CONSTRUCT {
              ?this ?p ?o . ?o ?olp ?ol .
              ?claim ?cp ?co . ?co ?clp ?cl .
              ?paper ?pp ?this . ?paper a pkg:Paper ; dcterms:title ?title .
              ?abs ?ap ?ao .
            } WHERE {
              { ?this ?p ?o OPTIONAL { ?o ?olp ?ol FILTER(?olp IN %1$s) } }
              UNION
              { ?claim pkg:subject|pkg:object|pkg:onDataset|pkg:metric|pkg:statedIn ?this .
                ?claim a pkg:Claim ; ?cp ?co
                OPTIONAL { ?co ?clp ?cl FILTER(?clp IN %1$s) } }
              UNION
              { ?paper pkg:mentions ?this ; ?pp ?this ; a pkg:Paper OPTIONAL { ?paper dcterms:title ?title } }
              UNION
              { ?this pkg:hasAbstract ?abs . ?abs ?ap ?ao }
            }""".formatted(LABELS));

    /** A describer reading through a {@link GraphReader}. */
    public ResourceDescriber(GraphReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * The description of a resource, with the vocabulary prefixes set; empty when the graph has no triple about it.
     */
    public Optional<Graph> describe(Node iri) {
        Map<String, Node> b = Map.of("this", iri);
        if (!reader.ask(exists, b)) {
            return Optional.empty();
        }
        Graph g = reader.construct(describe, b);
        g.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        return Optional.of(g);
    }
}
