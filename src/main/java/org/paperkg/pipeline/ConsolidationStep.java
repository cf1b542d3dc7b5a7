package org.paperkg.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.paperkg.kg.KgMapper.VersionRank;
import org.paperkg.kg.LabelConsolidator;
import org.paperkg.kg.Vocab;
import org.paperkg.model.Relation;
import org.paperkg.store.GraphStore;
import org.paperkg.store.Values;

/**
 * The build step that runs {@link LabelConsolidator} over a whole store with bounded memory, locally or remotely.
 *
 * <p>It finds the subjects with more than one preferred label or title from the store's indexes when the store can
 * ({@link GraphStore#subjectsWithSeveralLiterals}: TDB2 compares node ids without reading the labels), else by one
 * SPARQL scan of (subject, label) pairs: in memory while the store holds at most {@value #IN_MEMORY_SUBJECTS}
 * subjects with the property, else sorted by subject (the store spills the sort to disk), so that memory stays
 * bounded whatever the corpus size. Their label quads are then fetched in batches, consolidated in memory by {@link LabelConsolidator} and written back as
 * {@code DELETE DATA}/{@code INSERT DATA}, so the result is exactly that of running the consolidator over the
 * whole dataset.
 *
 * <p>It also gives every paper one set of claims: a paper that arrived with several abstracts (several
 * {@code dcterms:abstract} values, found like conflicting labels) keeps the claims of its winning version
 * ({@link VersionRank}: the longest abstract) and loses, in every named graph, the claims derived from its other
 * versions together with the direct entity-to-entity triples that only those claims stated. Its abstract versions,
 * listings and mentions stay. The choice depends on the versions alone, so the order of loading does not matter;
 * a claim taken away can only come back by loading its source again, which {@link BuildPipeline} does for the
 * sources that share a paper with a source it replaces.
 *
 * <pre>{@code
 * int rewritten = new ConsolidationStep(store, 1000).run();
 * }</pre>
 */
public final class ConsolidationStep {
    private static final Node DCT_ALTERNATIVE = NodeFactory.createURI(Vocab.DCTERMS_NS + "alternative");
    /** The preferred and alternative property of entity labels and of paper titles. */
    private static final Node[][] LABEL_KINDS = {{Vocab.SKOS_PREF_LABEL, Vocab.SKOS_ALT_LABEL},
        {Vocab.DCT_TITLE, DCT_ALTERNATIVE}};
    /** The properties whose quads the consolidator reads and rewrites. */
    private static final List<Node> LABEL_PROPERTIES = List.of(Vocab.SKOS_PREF_LABEL, Vocab.RDFS_LABEL,
            Vocab.NORMALIZED_NAME, Vocab.SKOS_ALT_LABEL, Vocab.DCT_TITLE, DCT_ALTERNATIVE);

    /** The inverse of each relation property, for the direct triples a claim states both ways. */
    private static final Map<Node, Node> INVERSE = inverses();

    /** Subjects a scan of the store's indexes keeps in memory (node ids, about 100 bytes each) before it gives up. */
    static final int INDEX_SCAN_SUBJECTS = 4_000_000;

    /** Subjects an unsorted scan keeps in memory (about 100 MB) before it falls back to a sorted scan. */
    static final int IN_MEMORY_SUBJECTS = 400_000;

    private final GraphStore store;
    private final int batch;
    private final int indexScanSubjects;
    private final int inMemorySubjects;
    private final Progress progress;

    /**
     * @param store the store to consolidate
     * @param batch subjects consolidated per update request
     */
    public ConsolidationStep(GraphStore store, int batch) {
        this(store, batch, INDEX_SCAN_SUBJECTS, IN_MEMORY_SUBJECTS, Progress.silent());
    }

    /** A step that reports when it has found the conflicts it then rewrites. */
    ConsolidationStep(GraphStore store, int batch, Progress progress) {
        this(store, batch, INDEX_SCAN_SUBJECTS, IN_MEMORY_SUBJECTS, progress);
    }

    /**
     * A step whose index scan gives up beyond {@code indexScanSubjects} subjects and whose SPARQL scan switches to
     * sorted scans beyond {@code inMemorySubjects} subjects (tests use small values to reach every path).
     */
    ConsolidationStep(GraphStore store, int batch, int indexScanSubjects, int inMemorySubjects) {
        this(store, batch, indexScanSubjects, inMemorySubjects, Progress.silent());
    }

    private ConsolidationStep(GraphStore store, int batch, int indexScanSubjects, int inMemorySubjects,
            Progress progress) {
        this.store = Objects.requireNonNull(store, "store");
        this.progress = Objects.requireNonNull(progress, "progress");
        if (batch < 1 || inMemorySubjects < 1 || indexScanSubjects < 0) {
            throw new IllegalArgumentException("batch and in-memory subjects must be at least 1, index-scan subjects "
                    + "at least 0");
        }
        this.batch = batch;
        this.indexScanSubjects = indexScanSubjects;
        this.inMemorySubjects = inMemorySubjects;
    }

    /**
     * Consolidates every conflicting label and title in the store and gives every paper with several abstracts the
     * claims of its winning one.
     *
     * @return how many entities and papers were rewritten
     */
    public int run() {
        Set<Node> conflicting = new LinkedHashSet<>();
        conflicting.addAll(conflicts(Vocab.SKOS_PREF_LABEL));
        conflicting.addAll(conflicts(Vocab.DCT_TITLE));
        return rewrite(conflicting) + oneClaimSet(conflicts(Vocab.DCT_ABSTRACT));
    }

    /**
     * Consolidates the labels, titles and claims of the subjects of some named graphs, for a store that was
     * consolidated before those graphs were (re)loaded: only their subjects can have gained a conflict. Each subject
     * of the graphs is looked up in all graphs, so the work grows with the graphs, not with the store.
     *
     * @return how many entities and papers were rewritten
     */
    public int run(Collection<Node> graphs) {
        return run(graphs, List.of());
    }

    /**
     * Consolidates like {@link #run(Collection)}, and also some subjects whose labels, and claims when they are
     * papers, must be chosen again: those {@link #dependents(Node)} gave before a graph that labelled them was
     * replaced, and papers that were joined or split ({@link PaperIdentityStep}).
     *
     * @return how many entities and papers were rewritten
     */
    public int run(Collection<Node> graphs, Collection<Node> dependents) {
        Set<Node> conflicting = new LinkedHashSet<>(dependents);
        Set<Node> severalAbstracts = new LinkedHashSet<>(dependents);
        for (Node graph : graphs) {
            conflicting.addAll(conflictsIn(graph, Vocab.SKOS_PREF_LABEL));
            conflicting.addAll(conflictsIn(graph, Vocab.DCT_TITLE));
            severalAbstracts.addAll(conflictsIn(graph, Vocab.DCT_ABSTRACT));
        }
        return rewrite(conflicting) + oneClaimSet(severalAbstracts);
    }

    /**
     * Consolidates like {@link #run()}, for a store whose last build stopped between loading and consolidating,
     * and also every subject that some graph labels (or titles) without a preferred label: the graphs that build
     * replaced are gone, so the subjects whose labels they held are found by this scan of every alternative label
     * instead of by {@link #dependents(Node)}.
     *
     * @param dependents what {@link #dependents(Node)} gave for the graphs this build replaced
     * @return how many entities and papers were rewritten
     */
    public int runAfterInterruptedBuild(Collection<Node> dependents) {
        Set<Node> again = new LinkedHashSet<>(dependents);
        for (Node[] kind : LABEL_KINDS) {
            String q = ("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s <%2$s> ?a } "
                    + "FILTER NOT EXISTS { GRAPH ?g { ?s <%1$s> ?p } } }").formatted(kind[0].getURI(), kind[1].getURI());
            store.select(q, row -> again.add(row.get("s").asNode()));
        }
        return rewrite(again) + run();
    }

    /**
     * The subjects a graph gives a preferred label or title that another graph holds without one, having lost it
     * to a label of this graph or of a third: when this graph is replaced or dropped, their labels must be chosen
     * again ({@link #run(Collection, Collection)}), or a label of the old graph would linger in the others. Call it
     * before replacing the graph.
     */
    public List<Node> dependents(Node graph) {
        List<Node> out = new ArrayList<>();
        for (Node[] kind : LABEL_KINDS) {
            String q = ("SELECT DISTINCT ?s WHERE { GRAPH <%3$s> { ?s <%1$s> ?l } GRAPH ?h { ?s <%2$s> ?a } "
                    + "FILTER(?h != <%3$s>) FILTER NOT EXISTS { GRAPH ?h { ?s <%1$s> ?p } } }")
                    .formatted(kind[0].getURI(), kind[1].getURI(), graph.getURI());
            store.select(q, row -> out.add(row.get("s").asNode()));
        }
        return out;
    }

    private int rewrite(Set<Node> conflicting) {
        progress.say(String.format(Locale.ROOT, "  %,d entities and papers with conflicting labels found (%s)",
                conflicting.size(), Progress.duration(progress.elapsedSeconds())));
        return inBatches(conflicting, this::consolidate);
    }

    /** Hands the nodes to {@code work} in batches of {@link #batch} and sums what it returns. */
    private int inBatches(Collection<Node> nodes, ToIntFunction<List<Node>> work) {
        int sum = 0;
        List<Node> chunk = new ArrayList<>(batch);
        for (Node n : nodes) {
            chunk.add(n);
            if (chunk.size() == batch) {
                sum += work.applyAsInt(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            sum += work.applyAsInt(chunk);
        }
        return sum;
    }

    /** The subjects of one named graph that have another literal value of a property in any graph. */
    private List<Node> conflictsIn(Node graph, Node property) {
        String other = store.unionDefaultGraph() ? "?s <%1$s> ?l2" : "GRAPH ?g2 { ?s <%1$s> ?l2 }";
        String q = ("SELECT DISTINCT ?s WHERE { GRAPH <%2$s> { ?s <%1$s> ?l } " + other
                + " FILTER(isLiteral(?l) && isLiteral(?l2) && !sameTerm(?l, ?l2)) }").formatted(property.getURI(), graph.getURI());
        List<Node> out = new ArrayList<>();
        store.select(q, row -> out.add(row.get("s").asNode()));
        return out;
    }

    /**
     * The subjects with more than one distinct literal value of a property: by one unsorted scan with a map from
     * subject to first value while there are at most {@link #IN_MEMORY_SUBJECTS} subjects, else by a scan sorted
     * by subject, which the store spills to disk. The scans compare SHA-256 digests of the values, so that long
     * values such as abstracts cost the memory of a digest.
     */
    private List<Node> conflicts(Node property) {
        Optional<List<Node>> fromIndexes = store.subjectsWithSeveralLiterals(property, indexScanSubjects);
        if (fromIndexes.isPresent()) {
            return fromIndexes.get();
        }
        String pattern = store.unionDefaultGraph() ? "?s <%s> ?v" : "GRAPH ?g { ?s <%s> ?v }";
        String q = "SELECT ?s (SHA256(STR(?v)) AS ?l) WHERE { " + pattern.formatted(property.getURI())
                + " FILTER(isLiteral(?v)) }";
        Map<Node, Node> first = new HashMap<>();
        Set<Node> out = new LinkedHashSet<>();
        try {
            store.select(q, row -> {
                Node s = row.get("s").asNode();
                Node l = row.get("l").asNode();
                Node seen = first.putIfAbsent(s, l);
                if (seen != null && !seen.equals(l)) {
                    out.add(s);
                } else if (seen == null && first.size() > inMemorySubjects) {
                    throw new TooManySubjects();
                }
            });
            return new ArrayList<>(out);
        } catch (TooManySubjects e) {
            first.clear();
            return sortedConflicts(q + " ORDER BY ?s");
        }
    }

    /** Conflicts found by a scan of (subject, value) rows sorted by subject, holding one subject at a time. */
    private List<Node> sortedConflicts(String query) {
        List<Node> out = new ArrayList<>();
        Node[] current = {null, null};
        boolean[] reported = {false};
        store.select(query, row -> {
            Node s = row.get("s").asNode();
            Node l = row.get("l").asNode();
            if (!s.equals(current[0])) {
                current[0] = s;
                current[1] = l;
                reported[0] = false;
            } else if (!reported[0] && !l.equals(current[1])) {
                out.add(s);
                reported[0] = true;
            }
        });
        return out;
    }

    /** Stops an unsorted scan that would hold too many subjects. */
    private static final class TooManySubjects extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManySubjects() {
            super("too many subjects for an in-memory scan", null, false, false);
        }
    }

    private int consolidate(List<Node> subjects) {
        Query q = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        List<Binding> rows = new ArrayList<>();
        for (Node subject : subjects) {
            for (Node property : LABEL_PROPERTIES) {
                rows.add(BindingFactory.binding(s, subject, p, property));
            }
        }
        ((ElementGroup) q.getQueryPattern()).getElements().add(0, new ElementData(List.of(s, p), rows));
        DatasetGraph mem = DatasetGraphFactory.create();
        store.select(q.serialize(), row -> mem.add(row.get("g").asNode(), row.get("s").asNode(),
                row.get("p").asNode(), row.get("o").asNode()));
        Set<Quad> before = new HashSet<>();
        mem.find().forEachRemaining(before::add);
        int changed = LabelConsolidator.consolidate(mem);
        Set<Quad> after = new HashSet<>();
        mem.find().forEachRemaining(after::add);
        store.rewrite(before, after);
        return changed;
    }

    /**
     * Removes the claims of the losing abstract versions of some papers, in batches.
     *
     * @return how many papers lost claims
     */
    private int oneClaimSet(Collection<Node> papers) {
        return inBatches(papers, this::oneClaimSetOf);
    }

    private int oneClaimSetOf(List<Node> papers) {
        String values = Values.of("?p", papers);
        Map<Node, Node> winner = new HashMap<>();
        Map<Node, VersionRank> best = new HashMap<>();
        store.select("SELECT DISTINCT ?p ?v ?t WHERE { " + values + " GRAPH ?g { ?p <" + Vocab.HAS_ABSTRACT.getURI()
                + "> ?v . ?v <" + Vocab.TEXT.getURI() + "> ?t } }", row -> {
                    Node p = row.get("p").asNode();
                    VersionRank rank = VersionRank.of(row.getLiteral("t").getLexicalForm());
                    VersionRank held = best.get(p);
                    if (held == null || rank.compareTo(held) < 0) {
                        best.put(p, rank);
                        winner.put(p, row.get("v").asNode());
                    }
                });
        Set<Quad> losing = new HashSet<>();
        Set<Node> losingClaims = new HashSet<>();
        Set<Node> changedPapers = new HashSet<>();
        store.select("SELECT ?g ?p ?v ?c ?x ?y WHERE { " + values + " GRAPH ?g { ?c <" + Vocab.STATED_IN.getURI()
                + "> ?p ; <" + Vocab.PROV_WAS_DERIVED_FROM.getURI() + "> ?v ; ?x ?y } }", row -> {
                    Node p = row.get("p").asNode();
                    if (!row.get("v").asNode().equals(winner.get(p))) {
                        Node c = row.get("c").asNode();
                        losing.add(Quad.create(row.get("g").asNode(), c, row.get("x").asNode(), row.get("y").asNode()));
                        losingClaims.add(c);
                        changedPapers.add(p);
                    }
                });
        if (losing.isEmpty()) {
            return 0;
        }
        losing.addAll(unsupportedDirectTriples(losing, losingClaims));
        store.rewrite(losing, Set.of());
        return changedPapers.size();
    }

    /**
     * The direct triples ({@code S pkg:outperforms O} and its inverse) that the losing claims stated and no other
     * claim of the same graph states.
     */
    private Set<Quad> unsupportedDirectTriples(Set<Quad> losing, Set<Node> losingClaims) {
        Map<List<Node>, Map<Node, Node>> byClaim = new HashMap<>();
        for (Quad q : losing) {
            byClaim.computeIfAbsent(List.of(q.getGraph(), q.getSubject()), k -> new HashMap<>())
                    .put(q.getPredicate(), q.getObject());
        }
        Set<Quad> candidates = new HashSet<>();
        for (Map.Entry<List<Node>, Map<Node, Node>> e : byClaim.entrySet()) {
            Node g = e.getKey().get(0);
            Node s = e.getValue().get(Vocab.SUBJECT);
            Node r = e.getValue().get(Vocab.RELATION);
            Node o = e.getValue().get(Vocab.OBJECT);
            if (s != null && r != null && o != null && !o.equals(s) && INVERSE.containsKey(r)) {
                candidates.addAll(stated(g, s, r, o));
            }
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        String rows = Values.of(List.of("?g", "?s", "?o"),
                candidates.stream().map(q -> List.of(q.getGraph(), q.getSubject(), q.getObject())).toList());
        Set<Quad> supported = new HashSet<>();
        store.select("SELECT ?g ?c ?s ?r ?o WHERE { " + rows + " GRAPH ?g { ?c <" + Vocab.SUBJECT.getURI() + "> ?s ; <"
                + Vocab.RELATION.getURI() + "> ?r ; <" + Vocab.OBJECT.getURI() + "> ?o } }", row -> {
                    Node r = row.get("r").asNode();
                    if (!losingClaims.contains(row.get("c").asNode()) && INVERSE.containsKey(r)) {
                        supported.addAll(stated(row.get("g").asNode(), row.get("s").asNode(), r, row.get("o").asNode()));
                    }
                });
        candidates.removeAll(supported);
        return candidates;
    }

    /** The two direct triples a claim {@code s r o} states: {@code s r o} and {@code o inverse(r) s}. */
    private static List<Quad> stated(Node g, Node s, Node r, Node o) {
        return List.of(Quad.create(g, s, r, o), Quad.create(g, o, INVERSE.get(r), s));
    }

    private static Map<Node, Node> inverses() {
        Map<Node, Node> out = new HashMap<>();
        for (Relation r : Relation.values()) {
            out.put(Vocab.propertyOf(r), Vocab.propertyOf(r.inverse()));
        }
        return Map.copyOf(out);
    }
}
