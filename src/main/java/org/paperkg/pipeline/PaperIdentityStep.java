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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.model.PaperKey;
import org.paperkg.store.GraphStore;
import org.paperkg.store.Values;

/**
 * The build step that makes the listings of one paper one node when they share an arXiv identifier, although their
 * titles differ (a title changed between arXiv versions, or a source shortened it).
 *
 * <p>{@link org.paperkg.kg.KgMapper} names a paper by its title's key, so listings with the same normalised title are
 * one node already. This step joins, over all named graphs, the papers that share an arXiv identifier, and
 * transitively the titles and identifiers of those papers: a cluster. Every paper of a cluster with more than one
 * title key is renamed to {@code paper/{k}} where {@code k} is the smallest key of the cluster's titles, so the
 * result depends on the input alone, not on the order of loading or on earlier builds. In each graph the renamed
 * paper keeps the keys of the titles that graph listed it under as {@code pkg:titleKey}, next to one
 * {@code dcterms:identifier} (the key in its IRI); these keys and the {@code pkg:arxivId}s are the evidence the
 * step reads on the next build, so a paper splits again when the source that joined it is replaced or dropped.
 *
 * <p>Over a whole store ({@link #run()}) the step reads every {@code pkg:arxivId} once, holding two 64-bit hashes
 * per identifier, and then only the papers of the clusters it must look at, in batches; after an incremental build
 * ({@link #run(Seeds)}) it starts from the evidence of the graphs the build replaced and loaded. It works through {@link GraphStore#select} and
 * {@link GraphStore#rewrite}, so it runs on the local database and on a remote store alike.
 *
 * <pre>{@code
 * PaperIdentityStep identity = new PaperIdentityStep(store, iris, 1000, Progress.silent());
 * Set<Node> renamed = identity.run();
 * }</pre>
 */
public final class PaperIdentityStep {
    private static final String ARXIV = Vocab.ARXIV_ID.getURI();
    private static final String IDENTIFIER = Vocab.DCT_IDENTIFIER.getURI();
    private static final String TITLE_KEY = Vocab.TITLE_KEY.getURI();

    private final GraphStore store;
    private final IriMinter iris;
    private final int batch;
    private final Progress progress;

    /**
     * @param store the store whose papers are joined
     * @param iris mints the paper IRIs, as the mapper did
     * @param batch papers or keys per query and per update request
     * @param progress where the step reports what it found
     */
    public PaperIdentityStep(GraphStore store, IriMinter iris, int batch, Progress progress) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.progress = Objects.requireNonNull(progress, "progress");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1: " + batch);
        }
        this.batch = batch;
    }

    /**
     * Joins and splits papers as their arXiv identifiers and titles say, over the whole store: for a first build, or
     * after a build that stopped before this step.
     *
     * @return the paper nodes that were renamed, and the nodes they were renamed to: the subjects whose titles and
     *     claims must be consolidated again
     */
    public Set<Node> run() {
        long start = System.nanoTime();
        Set<String> keys = new HashSet<>();
        Set<String> arxivIds = sharedArxivIds();
        store.select("SELECT DISTINCT ?k WHERE { GRAPH ?g { ?p <" + TITLE_KEY + "> ?k } }",
                row -> keys.add(row.getLiteral("k").getLexicalForm()));
        return run(new Seeds(keys, arxivIds), start);
    }

    /**
     * Joins and splits the papers whose clusters hold one of the seeds: after an incremental build, the evidence
     * that {@link #evidenceIn} gave for the graphs it replaced (taken before replacing them) and for the graphs it
     * loaded. Only those clusters can have changed, so the work grows with the change, not with the store.
     *
     * @return as {@link #run()}
     */
    public Set<Node> run(Seeds seeds) {
        return run(seeds, System.nanoTime());
    }

    private Set<Node> run(Seeds seeds, long start) {
        progress.say(String.format(Locale.ROOT, "  %,d title keys and %,d arXiv ids to resolve papers from (%s)",
                seeds.keys().size(), seeds.arxivIds().size(), seconds(start)));
        if (seeds.keys().isEmpty() && seeds.arxivIds().isEmpty()) {
            return Set.of();
        }
        Map<Unit, Evidence> units = closure(seeds.keys(), seeds.arxivIds());
        Map<Unit, Node> targets = targets(units);
        long moved = targets.entrySet().stream().filter(e -> !e.getKey().paper().equals(e.getValue())).count();
        Set<Node> renamed = rename(units, targets);
        progress.say(String.format(Locale.ROOT,
                "  %,d papers sharing an arXiv id or a title key looked at, %,d renamed (%s)", units.size(), moved,
                seconds(start)));
        return renamed;
    }

    /** The title keys (identifiers and {@code pkg:titleKey}s) and arXiv identifiers of the papers of some graphs. */
    public Seeds evidenceIn(Collection<Node> graphs) {
        Set<String> keys = new HashSet<>();
        Set<String> arxivIds = new HashSet<>();
        for (Node graph : graphs) {
            store.select("SELECT ?r ?v WHERE { GRAPH <" + graph.getURI() + "> { ?p ?r ?v } VALUES ?r { <" + IDENTIFIER
                    + "> <" + TITLE_KEY + "> <" + ARXIV + "> } }", row -> {
                        Node r = row.getResource("r").asNode();
                        (r.equals(Vocab.ARXIV_ID) ? arxivIds : keys).add(row.getLiteral("v").getLexicalForm());
                    });
        }
        return new Seeds(keys, arxivIds);
    }

    /**
     * Where to start resolving papers from: title keys and arXiv identifiers.
     *
     * @param keys title keys (16 hex digits)
     * @param arxivIds arXiv identifiers without version
     */
    public record Seeds(Set<String> keys, Set<String> arxivIds) {
        public Seeds {
            keys = Set.copyOf(keys);
            arxivIds = Set.copyOf(arxivIds);
        }

        /** These seeds and those. */
        public Seeds and(Seeds other) {
            Set<String> k = new HashSet<>(keys);
            k.addAll(other.keys());
            Set<String> x = new HashSet<>(arxivIds);
            x.addAll(other.arxivIds());
            return new Seeds(k, x);
        }
    }

    /**
     * The arXiv identifiers that more than one paper node carries: one streaming pass over every
     * {@code pkg:arxivId}, holding a 64-bit hash of each identifier and of the first paper seen with it.
     */
    private Set<String> sharedArxivIds() {
        Map<Long, Long> first = new HashMap<>();
        Set<String> shared = new HashSet<>();
        store.select("SELECT ?p ?x WHERE { GRAPH ?g { ?p <" + ARXIV + "> ?x } }", row -> {
            String x = row.getLiteral("x").getLexicalForm();
            long paper = PaperKey.hash64(row.getResource("p").getURI());
            Long seen = first.putIfAbsent(PaperKey.hash64(x), paper);
            if (seen != null && seen != paper) {
                shared.add(x);
            }
        });
        return shared;
    }

    /**
     * The papers of every cluster that holds one of the keys or arXiv identifiers, with their evidence: looked up
     * by key and identifier, whose evidence brings new keys and identifiers, until none is new.
     */
    private Map<Unit, Evidence> closure(Set<String> keys, Set<String> arxivIds) {
        Map<Unit, Evidence> units = new HashMap<>();
        Set<String> seenKeys = new HashSet<>();
        Set<String> seenIds = new HashSet<>();
        Set<String> newKeys = new HashSet<>(keys);
        Set<String> newIds = new HashSet<>(arxivIds);
        while (!newKeys.isEmpty() || !newIds.isEmpty()) {
            seenKeys.addAll(newKeys);
            seenIds.addAll(newIds);
            Set<Unit> found = new LinkedHashSet<>();
            inBatches(literals(newKeys), chunk -> store.select("SELECT DISTINCT ?g ?p WHERE { "
                    + Values.of("?k", chunk) + " { GRAPH ?g { ?p <" + IDENTIFIER + "> ?k } } UNION { GRAPH ?g { ?p <"
                    + TITLE_KEY + "> ?k } } }", row -> found.add(Unit.of(row))));
            inBatches(literals(newIds), chunk -> store.select("SELECT DISTINCT ?g ?p WHERE { " + Values.of("?x", chunk)
                    + " GRAPH ?g { ?p <" + ARXIV + "> ?x } }", row -> found.add(Unit.of(row))));
            found.removeAll(units.keySet());
            newKeys = new HashSet<>();
            newIds = new HashSet<>();
            for (Map.Entry<Unit, Evidence> e : evidence(found).entrySet()) {
                if (e.getValue().ownKeys().isEmpty()) {
                    continue;
                }
                units.put(e.getKey(), e.getValue());
                e.getValue().ownKeys().stream().filter(k -> !seenKeys.contains(k)).forEach(newKeys::add);
                e.getValue().arxivIds().stream().filter(x -> !seenIds.contains(x)).forEach(newIds::add);
            }
        }
        return units;
    }

    /** What each paper node of a graph says about its identity: its keys, title keys and arXiv identifiers. */
    private Map<Unit, Evidence> evidence(Collection<Unit> found) {
        Map<Unit, Evidence> out = new HashMap<>();
        found.forEach(u -> out.put(u, new Evidence()));
        inBatches(found, chunk -> store.select("SELECT ?g ?p ?r ?v WHERE { "
                + Values.of(List.of("?g", "?p"), chunk.stream().map(u -> List.of(u.graph(), u.paper())).toList())
                + " GRAPH ?g { ?p ?r ?v } VALUES ?r { <" + IDENTIFIER + "> <" + TITLE_KEY + "> <" + ARXIV + "> } }",
                row -> {
                    Evidence e = out.get(Unit.of(row));
                    String v = row.getLiteral("v").getLexicalForm();
                    Node r = row.getResource("r").asNode();
                    (r.equals(Vocab.DCT_IDENTIFIER) ? e.identifiers
                            : r.equals(Vocab.TITLE_KEY) ? e.titleKeys : e.arxivIds).add(v);
                }));
        return out;
    }

    /** The node each paper of the clusters is to be: the paper of the smallest title key of its cluster. */
    private Map<Unit, Node> targets(Map<Unit, Evidence> units) {
        Clusters<String> clusters = new Clusters<>();
        for (Evidence e : units.values()) {
            String first = "k" + e.ownKeys().first();
            e.ownKeys().forEach(k -> clusters.join(first, "k" + k));
            e.arxivIds().forEach(x -> clusters.join(first, "x" + x));
        }
        Map<String, String> smallestKey = new HashMap<>();
        for (Evidence e : units.values()) {
            for (String k : e.ownKeys()) {
                smallestKey.merge(clusters.root("k" + k), k, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<Unit, Node> out = new HashMap<>();
        units.forEach((unit, e) -> out.put(unit,
                iris.paper(smallestKey.get(clusters.root("k" + e.ownKeys().first())))));
        return out;
    }

    /**
     * Rewrites, graph by graph, every paper whose node or identity triples are not what its cluster says: the
     * node renamed in subject and object position, one {@code dcterms:identifier} (the target's key) and, unless the
     * graph lists the target under its own title only, a {@code pkg:titleKey} for each title the graph lists it under.
     */
    private Set<Node> rename(Map<Unit, Evidence> units, Map<Unit, Node> targets) {
        Map<List<Node>, List<Unit>> byTarget = new HashMap<>();
        units.keySet().forEach(u -> byTarget.computeIfAbsent(List.of(u.graph(), targets.get(u)), k -> new ArrayList<>())
                .add(u));
        List<Renaming> pending = new ArrayList<>();
        byTarget.forEach((graphAndTarget, members) -> {
            Node target = graphAndTarget.get(1);
            Set<String> own = new TreeSet<>();
            members.forEach(u -> own.addAll(units.get(u).ownKeys()));
            boolean settled = members.size() == 1 && members.get(0).paper().equals(target)
                    && units.get(members.get(0)).isState(keyOf(target), own);
            if (!settled) {
                pending.add(new Renaming(graphAndTarget.get(0), target, members, own));
            }
        });
        Set<Node> renamed = new LinkedHashSet<>();
        inBatches(pending, chunk -> {
            Set<Quad> held = new HashSet<>();
            Set<Quad> wanted = new HashSet<>();
            chunk.forEach(r -> collect(r, held, wanted, renamed));
            store.rewrite(held, wanted);
        });
        return renamed;
    }

    /**
     * Adds to {@code held} the quads of one renaming that change, to {@code wanted} what they become, and to
     * {@code renamed} the nodes renamed and their target.
     */
    private void collect(Renaming r, Set<Quad> held, Set<Quad> wanted, Set<Node> renamed) {
        Node graph = r.graph();
        Node target = r.target();
        Set<Node> from = new HashSet<>();
        for (Unit u : r.members()) {
            from.add(u.paper());
            if (!u.paper().equals(target)) {
                renamed.add(u.paper());
                renamed.add(target);
            }
        }
        quadsOf(graph, from, q -> {
            held.add(q);
            Node p = q.getPredicate();
            if (from.contains(q.getSubject()) && (p.equals(Vocab.DCT_IDENTIFIER) || p.equals(Vocab.TITLE_KEY))) {
                return;
            }
            wanted.add(Quad.create(graph, from.contains(q.getSubject()) ? target : q.getSubject(), p,
                    from.contains(q.getObject()) ? target : q.getObject()));
        });
        String key = keyOf(target);
        wanted.add(Quad.create(graph, target, Vocab.DCT_IDENTIFIER, NodeFactory.createLiteralString(key)));
        if (!r.own().equals(Set.of(key))) {
            r.own().forEach(k -> wanted.add(Quad.create(graph, target, Vocab.TITLE_KEY,
                    NodeFactory.createLiteralString(k))));
        }
    }

    /** Every quad of a graph with one of the nodes as subject or object. */
    private void quadsOf(Node graph, Set<Node> nodes, Consumer<Quad> out) {
        String values = Values.of("?n", nodes);
        String g = "<" + graph.getURI() + ">";
        store.select("SELECT ?n ?r ?o WHERE { " + values + " GRAPH " + g + " { ?n ?r ?o } }", row ->
                out.accept(Quad.create(graph, row.get("n").asNode(), row.get("r").asNode(), row.get("o").asNode())));
        store.select("SELECT ?s ?r ?n WHERE { " + values + " GRAPH " + g + " { ?s ?r ?n } }", row ->
                out.accept(Quad.create(graph, row.get("s").asNode(), row.get("r").asNode(), row.get("n").asNode())));
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String keyOf(Node paper) {
        String uri = paper.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** Hands the items to {@code work} in batches of {@link #batch}. */
    private <T> void inBatches(Collection<T> items, Consumer<List<T>> work) {
        List<T> all = new ArrayList<>(items);
        for (int i = 0; i < all.size(); i += batch) {
            work.accept(all.subList(i, Math.min(all.size(), i + batch)));
        }
    }

    private static List<Node> literals(Collection<String> values) {
        return values.stream().map(NodeFactory::createLiteralString).toList();
    }

    /**
     * The papers of one graph that are to become one target node, with the keys of the titles the graph lists them
     * under.
     */
    private record Renaming(Node graph, Node target, List<Unit> members, Set<String> own) {
    }

    /** One paper node as one named graph holds it. */
    private record Unit(Node graph, Node paper) {
        static Unit of(QuerySolution row) {
            return new Unit(row.getResource("g").asNode(), row.getResource("p").asNode());
        }
    }

    /** The identity triples of one paper node in one graph. */
    private static final class Evidence {
        final Set<String> identifiers = new TreeSet<>();
        final Set<String> titleKeys = new TreeSet<>();
        final Set<String> arxivIds = new TreeSet<>();

        /** The keys of the titles the graph lists the paper under: its title keys when merged, else its identifier. */
        TreeSet<String> ownKeys() {
            return new TreeSet<>(titleKeys.isEmpty() ? identifiers : titleKeys);
        }

        Set<String> arxivIds() {
            return arxivIds;
        }

        /** Whether the identity triples are those of a paper with this key listed under these titles. */
        boolean isState(String key, Set<String> own) {
            return identifiers.equals(Set.of(key)) && titleKeys.equals(own.equals(Set.of(key)) ? Set.of() : own);
        }
    }
}
