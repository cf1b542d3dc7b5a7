package org.paperkg.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;
import org.paperkg.store.GraphStore;
import org.paperkg.store.ObjectCount;

/**
 * The build step that precomputes the graph's statistics into their own named graph
 * ({@link IriMinter#statisticsGraph()}), so that the canned aggregate queries read a few hundred triples instead of
 * counting over the whole graph, whose cost grows with the corpus (seconds at a million papers).
 *
 * <p>It writes, replacing what the previous build wrote:
 * <ul>
 *   <li>the number of instances of every paperkg class, as VoID class partitions of the dataset
 *       ({@code <base> void:classPartition [ void:class pkg:Paper ; void:entities 305 ]}); the dated build versions
 *       in the metadata graph carry partitions too, and are told apart by their {@code dcterms:isVersionOf};</li>
 *   <li>rankings ({@code pkg:Ranking}) of the top entries: entities of each type by the papers that mention them,
 *       claim objects by the papers and claims that compare with them, and entities with aliases by the papers that
 *       mention them. Ties are broken by IRI, as the queries that count live do;</li>
 *   <li>the pairs of entities that claims disagree on, as {@code pkg:contestedWith} links.</li>
 * </ul>
 * It runs on any {@link GraphStore}: counts use the union default graph where the store has one, else
 * {@code GRAPH ?g} patterns with distinct counts.
 *
 * <pre>{@code
 * long written = new StatisticsStep(store, IriMinter.defaultBase(), StatisticsStep.DEFAULT_RANKED).run();
 * }</pre>
 */
public final class StatisticsStep {
    /** How many entries each ranking keeps by default. */
    public static final int DEFAULT_RANKED = 1_000;

    /** The classes whose instances are counted: those the graph-summary query lists. */
    static final List<Node> COUNTED_CLASSES = List.of(Vocab.PAPER, Vocab.ABSTRACT_VERSION, Vocab.SOURCE,
            Vocab.LISTING, Vocab.RESEARCH_ENTITY, Vocab.METHOD, Vocab.MODEL, Vocab.DATASET, Vocab.TASK,
            Vocab.METRIC_CLASS, Vocab.CODE_REPOSITORY, Vocab.CLAIM, Vocab.EXTRACTOR);

    private static final Node VOID_CLASS_PARTITION = NodeFactory.createURI(Vocab.VOID_NS + "classPartition");
    private static final Node VOID_CLASS = NodeFactory.createURI(Vocab.VOID_NS + "class");
    private static final Node VOID_ENTITIES = NodeFactory.createURI(Vocab.VOID_NS + "entities");

    private final GraphStore store;
    private final IriMinter iris;
    private final int ranked;

    /**
     * @param store the store to count over and write into
     * @param iris where the statistics graph and its nodes live
     * @param ranked how many entries each ranking keeps, at least 1
     */
    public StatisticsStep(GraphStore store, IriMinter iris, int ranked) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        if (ranked < 1) {
            throw new IllegalArgumentException("a ranking keeps at least 1 entry, not " + ranked);
        }
        this.ranked = ranked;
    }

    /**
     * Recomputes every statistic and replaces the statistics graph with them.
     *
     * @return how many triples the statistics graph now holds
     */
    public long run() {
        Node graph = iris.statisticsGraph();
        QuadDataAcc data = new QuadDataAcc();
        data.setGraph(graph);
        countClasses(data);
        for (EntityType type : EntityType.values()) {
            rank(data, Vocab.rankingOf(type), store.rankObjects(Vocab.mentionOf(type), Optional.empty(), ranked));
        }
        rank(data, Vocab.BASELINE_RANKING, "SELECT ?e (COUNT(DISTINCT ?paper) AS ?papers) "
                + "(COUNT(DISTINCT ?claim) AS ?claims) WHERE { "
                + in("?claim <" + Vocab.OBJECT.getURI() + "> ?e ; <" + Vocab.STATED_IN.getURI() + "> ?paper", "g")
                + " } GROUP BY ?e ORDER BY DESC(?papers) DESC(?claims) ?e LIMIT " + ranked);
        rank(data, Vocab.ALIASED_ENTITY_RANKING,
                store.rankObjects(Vocab.MENTIONS, Optional.of(Vocab.SKOS_ALT_LABEL), ranked));
        contested(data);
        replace(graph, new HashSet<>(data.getQuads()));
        return data.getQuads().size();
    }

    /**
     * Replaces the statistics graph by writing only the difference with what it holds: rewriting every entry costs
     * seconds of index updates, while between two builds most ranks and counts stay the same.
     */
    private void replace(Node graph, Set<Quad> wanted) {
        Set<Quad> held = new HashSet<>();
        store.select("SELECT ?s ?p ?o WHERE { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }", row -> held.add(
                Quad.create(graph, row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
        store.rewrite(held, wanted);
    }

    private void countClasses(QuadDataAcc data) {
        Node dataset = NodeFactory.createURI(iris.base());
        for (Node cls : COUNTED_CLASSES) {
            String q = store.unionDefaultGraph()
                    ? "SELECT (COUNT(*) AS ?n) WHERE { ?x a <" + cls.getURI() + "> }"
                    : "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a <" + cls.getURI() + "> } }";
            long[] n = {0};
            store.select(q, row -> n[0] = row.getLiteral("n").getLong());
            Node part = iris.classPartition(cls);
            data.addTriple(Triple.create(dataset, VOID_CLASS_PARTITION, part));
            data.addTriple(Triple.create(part, VOID_CLASS, cls));
            data.addTriple(Triple.create(part, VOID_ENTITIES, integer(n[0])));
        }
    }

    /** Writes ranked objects as the entries of a ranking. */
    private void rank(QuadDataAcc data, Node ranking, List<ObjectCount> top) {
        int rank = 0;
        for (ObjectCount c : top) {
            entry(data, ranking, ++rank, c.object(), c.subjects());
        }
    }

    /** Runs a ranking query (rows {@code ?e ?papers ?claims}, best first) into entries with claim counts. */
    private void rank(QuadDataAcc data, Node ranking, String query) {
        int[] rank = {0};
        store.select(query, row -> {
            Node entity = row.getResource("e").asNode();
            Node entry = entry(data, ranking, ++rank[0], entity, row.getLiteral("papers").getLong());
            data.addTriple(Triple.create(entry, Vocab.CLAIM_COUNT, integer(row.getLiteral("claims").getLong())));
        });
    }

    /** Writes one ranking entry (ranking, rank, entity, paper count) and returns its node. */
    private Node entry(QuadDataAcc data, Node ranking, int rank, Node entity, long papers) {
        Node entry = iris.rankingEntry(ranking, rank);
        data.addTriple(Triple.create(entry, Vocab.IN_RANKING, ranking));
        data.addTriple(Triple.create(entry, Vocab.RANK, integer(rank)));
        data.addTriple(Triple.create(entry, Vocab.RANKED_ENTITY, entity));
        data.addTriple(Triple.create(entry, Vocab.PAPER_COUNT, integer(papers)));
        return entry;
    }

    /**
     * The pairs that claims disagree on ({@code ?a pkg:outperforms ?b} and either {@code ?b pkg:outperforms ?a} or
     * {@code ?a pkg:comparableTo ?b}), as {@code pkg:contestedWith} links.
     */
    private void contested(QuadDataAcc data) {
        String outperforms = "<" + Vocab.OUTPERFORMS.getURI() + ">";
        String query = "SELECT DISTINCT ?a ?b WHERE { " + in("?a " + outperforms + " ?b", "g1") + " { "
                + in("?b " + outperforms + " ?a", "g2") + " } UNION { "
                + in("?a <" + Vocab.COMPARABLE_TO.getURI() + "> ?b", "g3") + " } }";
        store.select(query, row -> data.addTriple(Triple.create(row.getResource("a").asNode(), Vocab.CONTESTED_WITH,
                row.getResource("b").asNode())));
    }

    /** A pattern as the store sees its data: as it stands over a union default graph, else inside GRAPH. */
    private String in(String pattern, String graphVar) {
        return store.unionDefaultGraph() ? pattern : "GRAPH ?" + graphVar + " { " + pattern + " }";
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
