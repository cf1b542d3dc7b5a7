package org.paperkg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;
import org.paperkg.store.GraphStore;
import org.paperkg.store.ObjectCount;
import org.paperkg.store.Values;

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
 *       mention them (with their names copied into the entries). Ties are broken by IRI, as the queries that count
 *       live do;</li>
 *   <li>the pairs of entities that claims disagree on, as {@code pkg:contestedWith} links;</li>
 *   <li>bounded answers of the canned queries whose live cost grows with the corpus: for each of the most used
 *       datasets ({@link PerDataset}), its top methods and models by the papers that use it and mention them
 *       ({@code pkg:coUsedRanking}), its top papers by their claims on it, then title ({@code pkg:paperRanking}),
 *       and its claims with the largest margins ({@code pkg:marginRanking});
 *       the first papers that propose something and release code, by title ({@code pkg:proposingWithCodeRanking});
 *       the first pairs of disagreeing claims ({@code pkg:contradictionRanking}). Each keeps every row a query with
 *       a limit up to its bound needs, so the queries answer from it exactly as they would live;</li>
 *   <li>the format of all this ({@code pkg:statisticsVersion} {@value #FORMAT}), so that a build recomputes
 *       statistics of an older format even when no paper changed ({@link #isCurrent}).</li>
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
    /** The format of the statistics this step writes; a store whose statistics have another one gets them rewritten. */
    public static final int FORMAT = 3;

    /** The classes whose instances are counted: those the graph-summary query lists. */
    static final List<Node> COUNTED_CLASSES = List.of(Vocab.PAPER, Vocab.ABSTRACT_VERSION, Vocab.SOURCE,
            Vocab.LISTING, Vocab.RESEARCH_ENTITY, Vocab.METHOD, Vocab.MODEL, Vocab.DATASET, Vocab.TASK,
            Vocab.METRIC_CLASS, Vocab.CODE_REPOSITORY, Vocab.CLAIM, Vocab.EXTRACTOR);

    private static final Node VOID_CLASS_PARTITION = NodeFactory.createURI(Vocab.VOID_NS + "classPartition");
    private static final Node VOID_CLASS = NodeFactory.createURI(Vocab.VOID_NS + "class");
    private static final Node VOID_ENTITIES = NodeFactory.createURI(Vocab.VOID_NS + "entities");
    /** Entities per query when names or labels are looked up. */
    private static final int LOOKUP_BATCH = 500;
    private static final Var PAPER = Var.alloc("paper");
    private static final Var PROPOSED = Var.alloc("proposed");
    private static final Var CODE = Var.alloc("code");
    private static final Var TITLE = Var.alloc("title");
    private static final Var LABEL = Var.alloc("label");

    private final GraphStore store;
    private final IriMinter iris;
    private final int ranked;
    private final PerDataset perDataset;

    /**
     * A step with the default per-dataset bounds ({@link PerDataset#DEFAULT}).
     *
     * @param store the store to count over and write into
     * @param iris where the statistics graph and its nodes live
     * @param ranked how many entries each ranking keeps, at least 1
     */
    public StatisticsStep(GraphStore store, IriMinter iris, int ranked) {
        this(store, iris, ranked, PerDataset.DEFAULT);
    }

    /**
     * @param store the store to count over and write into
     * @param iris where the statistics graph and its nodes live
     * @param ranked how many entries each ranking keeps, at least 1
     * @param perDataset which datasets get their own rankings, and how long those are
     */
    public StatisticsStep(GraphStore store, IriMinter iris, int ranked, PerDataset perDataset) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        if (ranked < 1) {
            throw new IllegalArgumentException("a ranking keeps at least 1 entry, not " + ranked);
        }
        this.ranked = ranked;
        this.perDataset = Objects.requireNonNull(perDataset, "perDataset");
    }

    /**
     * Which datasets get rankings of their own (the used-with-dataset and papers-on-dataset queries read those
     * instead of every paper of the dataset), among the first {@code datasets} of the dataset ranking: a ranking of
     * co-used methods and models for those that at least {@code coUsedFrom} papers use (one index scan for all of
     * them), and a ranking of papers for those that at least {@code papersFrom} papers use (one query each, as costly
     * as the live query, so only where that is slow); each ranking keeps {@code rows} entries (and, for co-used
     * entities, the ties that the query breaks by label), so those queries answer with up to {@code rows} rows.
     *
     * @param datasets how many datasets at most, 0 for none
     * @param coUsedFrom the fewest papers a dataset needs for its co-used ranking, at least 1
     * @param papersFrom the fewest papers a dataset needs for its papers ranking, at least 1
     * @param rows entries per ranking, at least 1
     */
    public record PerDataset(int datasets, int coUsedFrom, int papersFrom, int rows) {
        /**
         * The 200 most used datasets: co-used rankings from 100 papers, papers rankings from 1,000 papers (the live
         * queries read each paper of the dataset: about 0.2 ms per paper for used-with-dataset and 0.02 ms for
         * papers-on-dataset on the 1M-paper graph), 100 rows each.
         */
        public static final PerDataset DEFAULT = new PerDataset(200, 100, 1_000, 100);

        /** Checks the bounds. */
        public PerDataset {
            if (datasets < 0 || coUsedFrom < 1 || papersFrom < 1 || rows < 1) {
                throw new IllegalArgumentException("per-dataset rankings need datasets >= 0, coUsedFrom >= 1, "
                        + "papersFrom >= 1 and rows >= 1, not " + datasets + ", " + coUsedFrom + ", " + papersFrom
                        + ", " + rows);
            }
        }
    }

    /**
     * Whether the store holds statistics of this step's {@link #FORMAT}; false for a database built before they
     * existed or by a version that wrote another format.
     */
    public static boolean isCurrent(GraphStore store, IriMinter iris) {
        boolean[] current = {false};
        store.select("SELECT ?v WHERE { GRAPH <" + iris.statisticsGraph().getURI() + "> { <" + iris.base() + "> <"
                + Vocab.STATISTICS_VERSION.getURI() + "> ?v } }",
                row -> current[0] |= row.get("v").isLiteral() && String.valueOf(FORMAT)
                        .equals(row.get("v").asLiteral().getLexicalForm()));
        return current[0];
    }

    /**
     * The instances per class that the last run counted, read from the statistics graph; empty when it holds none.
     */
    public static Map<Node, Long> classCounts(GraphStore store, IriMinter iris) {
        Map<Node, Long> counts = new LinkedHashMap<>();
        store.select("SELECT ?class ?n WHERE { GRAPH <" + iris.statisticsGraph().getURI() + "> { <" + iris.base()
                + "> <" + VOID_CLASS_PARTITION.getURI() + "> ?p . ?p <" + VOID_CLASS.getURI() + "> ?class ; <"
                + VOID_ENTITIES.getURI() + "> ?n } }",
                row -> counts.put(row.getResource("class").asNode(), row.getLiteral("n").getLong()));
        return counts;
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
        List<ObjectCount> datasets = List.of();
        for (EntityType type : EntityType.values()) {
            List<ObjectCount> top = store.rankObjects(Vocab.mentionOf(type), Optional.empty(), ranked);
            rank(data, Vocab.rankingOf(type), top);
            if (type == EntityType.DATASET) {
                datasets = top;
            }
        }
        rank(data, Vocab.BASELINE_RANKING, "SELECT ?e (COUNT(DISTINCT ?paper) AS ?papers) "
                + "(COUNT(DISTINCT ?claim) AS ?claims) WHERE { "
                + in("?claim <" + Vocab.OBJECT.getURI() + "> ?e ; <" + Vocab.STATED_IN.getURI() + "> ?paper", "g")
                + " } GROUP BY ?e ORDER BY DESC(?papers) DESC(?claims) ?e LIMIT " + ranked);
        List<ObjectCount> aliased = store.rankObjects(Vocab.MENTIONS, Optional.of(Vocab.SKOS_ALT_LABEL), ranked);
        rank(data, Vocab.ALIASED_ENTITY_RANKING, aliased);
        names(data, Vocab.ALIASED_ENTITY_RANKING, aliased);
        List<Node[]> pairs = contested(data);
        perDataset(data, datasets.stream().limit(perDataset.datasets()).toList());
        proposingWithCode(data);
        contradictions(data, pairs);
        data.addTriple(Triple.create(NodeFactory.createURI(iris.base()), Vocab.STATISTICS_VERSION, integer(FORMAT)));
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
            entry(data, ranking, iris.rankingEntry(ranking, ++rank), rank, c.object(), c.subjects());
        }
    }

    /** Runs a ranking query (rows {@code ?e ?papers ?claims}, best first) into entries with claim counts. */
    private void rank(QuadDataAcc data, Node ranking, String query) {
        int[] rank = {0};
        store.select(query, row -> {
            Node entity = row.getResource("e").asNode();
            Node entry = entry(data, ranking, iris.rankingEntry(ranking, ++rank[0]), rank[0], entity,
                    row.getLiteral("papers").getLong());
            data.addTriple(Triple.create(entry, Vocab.CLAIM_COUNT, integer(row.getLiteral("claims").getLong())));
        });
    }

    /** Writes one entry of an entity ranking (its place, the entity, its paper count) and returns the entry. */
    private static Node entry(QuadDataAcc data, Node ranking, Node entry, int rank, Node entity, long papers) {
        entry(data, ranking, entry, rank);
        data.addTriple(Triple.create(entry, Vocab.RANKED_ENTITY, entity));
        data.addTriple(Triple.create(entry, Vocab.PAPER_COUNT, integer(papers)));
        return entry;
    }

    /** Writes an entry's place (its ranking and rank) and returns the entry. */
    private static Node entry(QuadDataAcc data, Node ranking, Node entry, int rank) {
        data.addTriple(Triple.create(entry, Vocab.IN_RANKING, ranking));
        data.addTriple(Triple.create(entry, Vocab.RANK, integer(rank)));
        return entry;
    }

    /**
     * Writes the rankings of the chosen datasets: the methods and models their papers mention, by those papers (ties
     * at the bound kept: the query breaks them by label), and their papers by their claims on it, then title, then
     * IRI (a total order, so the first {@code rows} suffice). A chosen dataset is linked to its rankings even when
     * they are empty.
     */
    private void perDataset(QuadDataAcc data, List<ObjectCount> datasets) {
        List<Node> coUsedOnes = datasets.stream().filter(d -> d.subjects() >= perDataset.coUsedFrom())
                .map(ObjectCount::object).toList();
        if (!coUsedOnes.isEmpty()) {
            Map<Node, List<ObjectCount>> coUsed = store.rankCoObjects(Vocab.USES_DATASET, coUsedOnes, Vocab.MENTIONS,
                    Set.of(Vocab.METHOD, Vocab.MODEL), perDataset.rows());
            for (Node dataset : coUsedOnes) {
                Node ranking = iris.datasetRanking("coUsed", dataset);
                data.addTriple(Triple.create(dataset, Vocab.CO_USED_RANKING, ranking));
                int rank = 0;
                for (ObjectCount c : coUsed.getOrDefault(dataset, List.of())) {
                    entry(data, ranking, iris.datasetRankingEntry(ranking, ++rank), rank, c.object(), c.subjects());
                }
            }
        }
        datasets.stream().filter(d -> d.subjects() >= perDataset.papersFrom())
                .forEach(d -> {
                    papersOn(data, d.object());
                    claimsByMargin(data, d.object());
                });
    }

    /**
     * Copies the names of ranked entities into their entries ({@code pkg:rankedLabel}, {@code pkg:rankedAlias}): an
     * entity's names are repeated in every named graph that mentions it, so reading them through the union costs a
     * lookup per graph, while the entry holds each once.
     */
    private void names(QuadDataAcc data, Node ranking, List<ObjectCount> top) {
        Map<Node, Node> entries = new HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            entries.put(top.get(i).object(), iris.rankingEntry(ranking, i + 1));
        }
        lookUp(top.stream().map(ObjectCount::object).toList(), values -> "SELECT DISTINCT ?e ?p ?name WHERE { "
                + values + " VALUES ?p { <" + Vocab.SKOS_PREF_LABEL.getURI() + "> <" + Vocab.SKOS_ALT_LABEL.getURI()
                + "> } " + in("?e ?p ?name", "g") + " }", row -> data.addTriple(Triple.create(
                        entries.get(row.getResource("e").asNode()),
                        row.getResource("p").asNode().equals(Vocab.SKOS_PREF_LABEL) ? Vocab.RANKED_LABEL
                                : Vocab.RANKED_ALIAS, row.get("name").asNode())));
    }

    /**
     * Writes a dataset's margin ranking: the first rows of the claims-by-margin query for it (claims on it that state
     * a margin, by the first number of the margin, largest first, then evidence, then IRI).
     */
    private void claimsByMargin(QuadDataAcc data, Node dataset) {
        Node ranking = iris.datasetRanking("margins", dataset);
        data.addTriple(Triple.create(dataset, Vocab.MARGIN_RANKING, ranking));
        String query = "SELECT ?claim WHERE { "
                + in("?claim <" + Vocab.ON_DATASET.getURI() + "> <" + dataset.getURI() + "> ; <"
                        + Vocab.MAGNITUDE.getURI() + "> ?magnitude ; <" + Vocab.SUBJECT_TEXT.getURI() + "> ?s ; <"
                        + Vocab.RELATION.getURI() + "> ?r ; <" + Vocab.OBJECT_TEXT.getURI() + "> ?o ; <"
                        + Vocab.EVIDENCE.getURI() + "> ?evidence ; <" + Vocab.STATED_IN.getURI() + "> ?paper", "g")
                + " BIND (<http://www.w3.org/2001/XMLSchema#double>(REPLACE(?magnitude, "
                + "\"^[^0-9]*([0-9]+([.][0-9]+)?).*$\", \"$1\")) AS ?margin) } "
                + "ORDER BY DESC(?margin) ?evidence ?claim LIMIT " + perDataset.rows();
        int[] rank = {0};
        store.select(query, row -> {
            Node entry = entry(data, ranking, iris.datasetRankingEntry(ranking, ++rank[0]), rank[0]);
            data.addTriple(Triple.create(entry, Vocab.RANKED_CLAIM, row.getResource("claim").asNode()));
        });
    }

    /** Writes a dataset's papers ranking: the papers-on-dataset query's first rows for it. */
    private void papersOn(QuadDataAcc data, Node dataset) {
        Node ranking = iris.datasetRanking("papers", dataset);
        data.addTriple(Triple.create(dataset, Vocab.PAPER_RANKING, ranking));
        String d = "<" + dataset.getURI() + ">";
        String query = "SELECT ?paper (MIN(?t) AS ?title) (COUNT(DISTINCT ?claim) AS ?claims) WHERE { { "
                + in("?paper <" + Vocab.USES_DATASET.getURI() + "> " + d, "g1") + " } UNION { "
                + in("?c <" + Vocab.ON_DATASET.getURI() + "> " + d + " ; <" + Vocab.STATED_IN.getURI() + "> ?paper",
                        "g2") + " } "
                + in("?paper <" + Vocab.DCT_TITLE.getURI() + "> ?t", "g3") + " OPTIONAL { "
                + in("?claim <" + Vocab.STATED_IN.getURI() + "> ?paper ; <" + Vocab.ON_DATASET.getURI() + "> " + d,
                        "g4") + " } } GROUP BY ?paper ORDER BY DESC(?claims) ?title ?paper LIMIT " + perDataset.rows();
        int[] rank = {0};
        store.select(query, row -> {
            Node entry = entry(data, ranking, iris.datasetRankingEntry(ranking, ++rank[0]), rank[0]);
            data.addTriple(Triple.create(entry, Vocab.RANKED_PAPER, row.getResource("paper").asNode()));
            data.addTriple(Triple.create(entry, Vocab.CLAIM_COUNT, integer(row.getLiteral("claims").getLong())));
        });
    }

    /**
     * Writes the first rows of the papers-proposing-with-code query (paper, proposed entity, code repository), in
     * its order: by title, then the proposed entity's label, then the repository. The rows are read without labels
     * or order, the labels once per proposed entity (an entity's label is repeated in every named graph that
     * mentions it, so looking it up once per row costs a lookup per graph and row), and the rows are sorted here
     * with ARQ's own comparator, so ties and unbound labels sort as the query would sort them.
     */
    private void proposingWithCode(QuadDataAcc data) {
        List<Binding> rows = new ArrayList<>();
        store.select("SELECT DISTINCT ?paper ?proposed ?code ?title WHERE { "
                + in("?paper <" + Vocab.RELEASES_CODE.getURI() + "> ?code ; <" + Vocab.PROPOSES.getURI()
                        + "> ?proposed", "g1") + " . "
                + in("?paper <" + Vocab.DCT_TITLE.getURI() + "> ?title", "g2") + " }",
                row -> rows.add(BindingFactory.binding(BindingFactory.binding(BindingFactory.binding(
                        BindingFactory.binding(PAPER, row.get("paper").asNode()), PROPOSED,
                        row.get("proposed").asNode()), CODE, row.get("code").asNode()), TITLE,
                        row.get("title").asNode())));
        Map<Node, List<Node>> labels = labels(rows.stream().map(b -> b.get(PROPOSED)).filter(Node::isURI).distinct()
                .toList());
        List<Binding> labelled = new ArrayList<>();
        for (Binding row : rows) {
            List<Node> names = labels.getOrDefault(row.get(PROPOSED), List.of());
            if (names.isEmpty()) {
                labelled.add(row);
            }
            names.forEach(name -> labelled.add(BindingFactory.binding(row, LABEL, name)));
        }
        labelled.sort(new BindingComparator(List.of(new SortCondition(TITLE, Query.ORDER_ASCENDING),
                new SortCondition(LABEL, Query.ORDER_ASCENDING), new SortCondition(CODE, Query.ORDER_ASCENDING))));
        Node ranking = Vocab.PROPOSING_WITH_CODE_RANKING;
        for (int rank = 1; rank <= Math.min(ranked, labelled.size()); rank++) {
            Binding row = labelled.get(rank - 1);
            Node entry = entry(data, ranking, iris.rankingEntry(ranking, rank), rank);
            data.addTriple(Triple.create(entry, Vocab.RANKED_PAPER, row.get(PAPER)));
            data.addTriple(Triple.create(entry, Vocab.RANKED_ENTITY, row.get(PROPOSED)));
            data.addTriple(Triple.create(entry, Vocab.RANKED_CODE, row.get(CODE)));
        }
    }

    /** The {@code skos:prefLabel}s of entities (IRIs), looked up in batches, each label once. */
    private Map<Node, List<Node>> labels(List<Node> entities) {
        Map<Node, List<Node>> labels = new HashMap<>();
        lookUp(entities, values -> "SELECT DISTINCT ?e ?label WHERE { " + values + " "
                + in("?e <" + Vocab.SKOS_PREF_LABEL.getURI() + "> ?label", "g") + " }",
                row -> labels.computeIfAbsent(row.get("e").asNode(), e -> new ArrayList<>())
                        .add(row.get("label").asNode()));
        return labels;
    }

    /**
     * Runs a query per batch of {@value #LOOKUP_BATCH} entities: {@code query} makes the query text from the batch's
     * {@code VALUES ?e} clause, and every row goes to {@code rows}.
     */
    private void lookUp(List<Node> entities, Function<String, String> query, Consumer<QuerySolution> rows) {
        for (int from = 0; from < entities.size(); from += LOOKUP_BATCH) {
            store.select(query.apply(Values.of("?e", entities.subList(from, Math.min(entities.size(),
                    from + LOOKUP_BATCH)))), rows);
        }
    }

    /**
     * Writes the first rows of the contradictory-claims query (a claim that A outperforms B, and a claim of another
     * paper that B outperforms A or that they are comparable), in its order: by the labels of A and B, the kind of
     * conflict, then the two evidence sentences. Only the contested pairs are joined, as the query does.
     */
    private void contradictions(QuadDataAcc data, List<Node[]> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        String values = Values.of(List.of("?a", "?b"), pairs.stream().map(p -> List.of(p[0], p[1])).toList());
        String subject = "<" + Vocab.SUBJECT.getURI() + ">";
        String object = "<" + Vocab.OBJECT.getURI() + ">";
        String relation = "<" + Vocab.RELATION.getURI() + ">";
        String outperforms = "<" + Vocab.OUTPERFORMS.getURI() + ">";
        String underperforms = "<" + Vocab.UNDERPERFORMS.getURI() + ">";
        String comparable = "<" + Vocab.COMPARABLE_TO.getURI() + ">";
        String query = "SELECT ?claim ?otherClaim WHERE { " + values + " { "
                + in("?claim " + subject + " ?a ; " + object + " ?b ; " + relation + " " + outperforms, "g1")
                + " } UNION { "
                + in("?claim " + subject + " ?b ; " + object + " ?a ; " + relation + " " + underperforms, "g1")
                + " } { "
                + in("?otherClaim " + subject + " ?b ; " + object + " ?a ; " + relation + " " + outperforms, "g2")
                + " BIND (\"reversed\" AS ?conflict) } UNION { "
                + in("?otherClaim " + subject + " ?a ; " + object + " ?b ; " + relation + " " + underperforms, "g2")
                + " BIND (\"reversed\" AS ?conflict) } UNION { "
                + in("?otherClaim " + subject + " ?a ; " + object + " ?b ; " + relation + " " + comparable, "g2")
                + " BIND (\"comparable\" AS ?conflict) } UNION { "
                + in("?otherClaim " + subject + " ?b ; " + object + " ?a ; " + relation + " " + comparable, "g2")
                + " BIND (\"comparable\" AS ?conflict) } "
                + in("?claim <" + Vocab.STATED_IN.getURI() + "> ?paper ; <" + Vocab.EVIDENCE.getURI() + "> ?evidence",
                        "g3") + " . "
                + in("?otherClaim <" + Vocab.STATED_IN.getURI() + "> ?otherPaper ; <" + Vocab.EVIDENCE.getURI()
                        + "> ?otherEvidence", "g4")
                + " FILTER (?paper != ?otherPaper) FILTER (?conflict = \"comparable\" || STR(?a) < STR(?b)) "
                + "OPTIONAL { " + in("?a <" + Vocab.SKOS_PREF_LABEL.getURI() + "> ?aLabel", "g5") + " } "
                + "OPTIONAL { " + in("?b <" + Vocab.SKOS_PREF_LABEL.getURI() + "> ?bLabel", "g6") + " } } "
                + "ORDER BY ?aLabel ?bLabel ?conflict ?evidence ?otherEvidence LIMIT " + ranked;
        Node ranking = Vocab.CONTRADICTION_RANKING;
        int[] rank = {0};
        store.select(query, row -> {
            Node entry = entry(data, ranking, iris.rankingEntry(ranking, ++rank[0]), rank[0]);
            data.addTriple(Triple.create(entry, Vocab.RANKED_CLAIM, row.getResource("claim").asNode()));
            data.addTriple(Triple.create(entry, Vocab.OTHER_CLAIM, row.getResource("otherClaim").asNode()));
        });
    }

    /**
     * The pairs that claims disagree on ({@code ?a pkg:outperforms ?b} and either {@code ?b pkg:outperforms ?a} or
     * {@code ?a pkg:comparableTo ?b}), as {@code pkg:contestedWith} links; returns them as (a, b) pairs.
     */
    private List<Node[]> contested(QuadDataAcc data) {
        String outperforms = "<" + Vocab.OUTPERFORMS.getURI() + ">";
        String query = "SELECT DISTINCT ?a ?b WHERE { " + in("?a " + outperforms + " ?b", "g1") + " { "
                + in("?b " + outperforms + " ?a", "g2") + " } UNION { "
                + in("?a <" + Vocab.COMPARABLE_TO.getURI() + "> ?b", "g3") + " } }";
        List<Node[]> pairs = new ArrayList<>();
        store.select(query, row -> {
            Node[] pair = {row.getResource("a").asNode(), row.getResource("b").asNode()};
            pairs.add(pair);
            data.addTriple(Triple.create(pair[0], Vocab.CONTESTED_WITH, pair[1]));
        });
        return pairs;
    }

    /** A pattern as the store sees its data: as it stands over a union default graph, else inside GRAPH. */
    private String in(String pattern, String graphVar) {
        return store.unionDefaultGraph() ? pattern : "GRAPH ?" + graphVar + " { " + pattern + " }";
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
