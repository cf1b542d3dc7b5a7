package org.paperkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;

/**
 * The TDB2 database that holds the knowledge graph: one named graph per input source, queried as their union.
 *
 * <p>Queries run through {@link #select} sort and group with bounded memory: beyond {@value #SPILL_THRESHOLD} rows
 * an ORDER BY spills to temporary files.
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("db"))) {
 *     long n = store.read(() -> store.datasetGraph().stream().count());
 * }
 * }</pre>
 */
public final class KgStore implements GraphStore {
    /** Rows an ORDER BY keeps in memory before it spills sorted runs to disk. */
    public static final long SPILL_THRESHOLD = 200_000;
    /** The groups of a subject that is in none. */
    private static final int[] NO_GROUPS = {};
    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final String location;

    private KgStore(DatasetGraph dsg, String location) {
        this.dsg = dsg;
        this.location = location;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = DatasetFactory.wrap(dsg);
    }

    /**
     * Opens (creating if needed) the database in a folder.
     *
     * @throws IllegalStateException naming the folder and the reason when TDB2 cannot open or create it (e.g. a
     *     path through a regular file, or a folder that is not a database)
     */
    public static KgStore open(Path dir) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("cannot open the database at " + dir + ": "
                    + Objects.requireNonNullElse(cause.getMessage(), cause.toString()), e);
        }
        return new KgStore(dsg, dir.toString());
    }

    /** A database held in memory, for tests and throw-away work. */
    public static KgStore inMemory() {
        return new KgStore(DatabaseMgr.createDatasetGraph(), "memory");
    }

    /** The dataset, with the union of all named graphs as its default graph. */
    public Dataset dataset() {
        return dataset;
    }

    /** The dataset graph behind {@link #dataset()}. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Where the database lives: its folder, or "memory". */
    @Override
    public String location() {
        return location;
    }

    /** Whether the database holds no quads at all. */
    @Override
    public boolean isEmpty() {
        return read(dsg::isEmpty);
    }

    /** Always true: the default graph of a query is the union of all named graphs. */
    @Override
    public boolean unionDefaultGraph() {
        return true;
    }

    /** Runs a SELECT query in a read transaction, spilling large sorts to disk. */
    @Override
    public void select(String query, Consumer<QuerySolution> rows) {
        read(() -> {
            try (QueryExecution qe = QueryExecution.create().dataset(dataset).query(query)
                    .set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(rows);
            }
            return rows;
        });
    }

    /**
     * Ranks objects by one scan of the POSG index over node ids: quads of the property come sorted by object, then
     * subject, then graph, so distinct subjects per object (over the union of the graphs) are counted by comparing
     * neighbours, and only the nodes that enter the top {@code limit} are read from the node table. Same answer as
     * the SPARQL default, without materialising every row.
     */
    @Override
    public List<ObjectCount> rankObjects(Node property, Optional<Node> having, int limit) {
        Rankings.checked(limit);
        return read(() -> {
            NodeTupleTable quads = quads();
            NodeTable nodes = quads.getNodeTable();
            NodeId p = nodes.getNodeIdForNode(property);
            NodeId h = having.map(nodes::getNodeIdForNode).orElse(NodeId.NodeIdAny);
            if (NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(h)) {
                return List.<ObjectCount>of();
            }
            TopObjects top = new TopObjects(limit, nodes);
            Predicate<NodeId> eligible = o -> having.isEmpty() || hasProperty(quads, o, h);
            long[] count = {0};
            eachDistinctSubject(p, (object, subject) -> count[0]++, object -> {
                top.offer(object, count[0], eligible);
                count[0] = 0;
            });
            return top.ranked();
        });
    }

    /**
     * Ranks co-linked objects by index scans over node ids: one POSG scan per group finds its subjects, one per class
     * its instances, then one scan of {@code property}'s quads (sorted by object, then subject) counts, for every
     * eligible object, the distinct subjects of each group; each group keeps its best counts in a bounded map and only
     * the nodes that stay are read from the node table. Same answer as the SPARQL default.
     */
    @Override
    public Map<Node, List<ObjectCount>> rankCoObjects(Node via, Collection<Node> groups, Node property,
            Set<Node> classes, int limit) {
        Rankings.checked(limit);
        return read(() -> {
            NodeTable nodes = quads().getNodeTable();
            NodeId v = nodes.getNodeIdForNode(via);
            NodeId p = nodes.getNodeIdForNode(property);
            NodeId type = nodes.getNodeIdForNode(RDF.Nodes.type);
            if (NodeId.isDoesNotExist(v) || NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(type)) {
                return Map.<Node, List<ObjectCount>>of();
            }
            Set<NodeId> eligible = new HashSet<>();
            for (Node cls : classes) {
                NodeId c = nodes.getNodeIdForNode(cls);
                if (!NodeId.isDoesNotExist(c)) {
                    scanByObject(type, c).forEachRemaining(q -> eligible.add(q.get(1)));
                }
            }
            List<Node> groupNodes = new ArrayList<>();
            Map<NodeId, int[]> groupsOf = new HashMap<>();
            for (Node group : groups) {
                NodeId g = nodes.getNodeIdForNode(group);
                if (NodeId.isDoesNotExist(g)) {
                    continue;
                }
                int index = groupNodes.size();
                groupNodes.add(group);
                Set<NodeId> subjects = new HashSet<>();
                scanByObject(v, g).forEachRemaining(q -> subjects.add(q.get(1)));
                subjects.forEach(subject -> groupsOf.merge(subject, new int[] {index}, KgStore::concat));
            }
            List<TopCounts> tops = new ArrayList<>();
            groupNodes.forEach(g -> tops.add(new TopCounts(limit)));
            long[] counts = new long[groupNodes.size()];
            eachDistinctSubject(p, (object, subject) -> {
                if (eligible.contains(object)) {
                    for (int g : groupsOf.getOrDefault(subject, NO_GROUPS)) {
                        counts[g]++;
                    }
                }
            }, object -> offer(object, counts, tops));
            Map<Node, List<ObjectCount>> out = new LinkedHashMap<>();
            for (int g = 0; g < groupNodes.size(); g++) {
                List<ObjectCount> ranked = tops.get(g).ranked(nodes);
                if (!ranked.isEmpty()) {
                    out.put(groupNodes.get(g), ranked);
                }
            }
            return out;
        });
    }

    /** Both arrays' elements, {@code a}'s first. */
    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Hands an object's count per group to the groups' tops and resets the counts. */
    private static void offer(NodeId object, long[] counts, List<TopCounts> tops) {
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] > 0) {
                tops.get(g).offer(object, counts[g]);
                counts[g] = 0;
            }
        }
    }

    /**
     * Finds the subjects with several literal values of a property by one scan of the POSG index over node ids,
     * holding the first value's id per subject: no value is read from the node table except the two that make each
     * conflict, which are checked to be literals.
     */
    @Override
    public Optional<List<Node>> subjectsWithSeveralLiterals(Node property, int maxSubjects) {
        return read(() -> {
            NodeTable nodes = quads().getNodeTable();
            NodeId p = nodes.getNodeIdForNode(property);
            if (NodeId.isDoesNotExist(p)) {
                return Optional.of(List.<Node>of());
            }
            Map<NodeId, NodeId> first = new HashMap<>();
            Set<NodeId> several = new LinkedHashSet<>();
            Iterator<Tuple<NodeId>> rows = scanByObject(p, NodeId.NodeIdAny);
            while (rows.hasNext()) {
                Tuple<NodeId> q = rows.next();
                NodeId subject = q.get(1);
                NodeId object = q.get(3);
                NodeId seen = first.putIfAbsent(subject, object);
                if (seen == null) {
                    if (first.size() > maxSubjects) {
                        return Optional.<List<Node>>empty();
                    }
                } else if (!seen.equals(object) && !several.contains(subject)
                        && nodes.getNodeForNodeId(seen).isLiteral() && nodes.getNodeForNodeId(object).isLiteral()) {
                    several.add(subject);
                }
            }
            List<Node> out = new ArrayList<>(several.size());
            several.forEach(id -> out.add(nodes.getNodeForNodeId(id)));
            return Optional.of(out);
        });
    }

    /** The quad table over node ids; only inside a transaction. */
    private NodeTupleTable quads() {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
    }

    /**
     * The quads of a property, in the order of TDB2's POSG index: by object, then subject, then graph; only those with
     * one object unless {@code object} is {@link NodeId#NodeIdAny}. Tuples are (graph, subject, property, object).
     */
    private Iterator<Tuple<NodeId>> scanByObject(NodeId property, NodeId object) {
        return TDBInternal.findIndex(dsg, "POSG")
                .find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, property, object));
    }

    /**
     * Walks a property's quads in POSG order (by object, then subject): {@code subject} is called once per distinct
     * (object, subject) pair over the union of the graphs, and {@code objectDone} after the last pair of each object.
     */
    private void eachDistinctSubject(NodeId property, BiConsumer<NodeId, NodeId> subject, Consumer<NodeId> objectDone) {
        Iterator<Tuple<NodeId>> rows = scanByObject(property, NodeId.NodeIdAny);
        NodeId object = null;
        NodeId last = null;
        while (rows.hasNext()) {
            Tuple<NodeId> q = rows.next();
            if (!q.get(3).equals(object)) {
                if (object != null) {
                    objectDone.accept(object);
                }
                object = q.get(3);
                last = null;
            }
            if (!q.get(1).equals(last)) {
                last = q.get(1);
                subject.accept(object, last);
            }
        }
        if (object != null) {
            objectDone.accept(object);
        }
    }

    private static boolean hasProperty(NodeTupleTable quads, NodeId subject, NodeId property) {
        return quads.find(TupleFactory.create4(NodeId.NodeIdAny, subject, property, NodeId.NodeIdAny)).hasNext();
    }

    /**
     * The objects with the highest counts of one group, by count: the best {@code limit} and every object tied with
     * the last of them; a count drops out once {@code limit} objects have a higher one.
     */
    private static final class TopCounts {
        private final int limit;
        private final TreeMap<Long, List<NodeId>> byCount = new TreeMap<>();
        private int size;

        TopCounts(int limit) {
            this.limit = limit;
        }

        void offer(NodeId object, long count) {
            if (size >= limit && count < byCount.firstKey()) {
                return;
            }
            byCount.computeIfAbsent(count, c -> new ArrayList<>()).add(object);
            size++;
            while (size - byCount.firstEntry().getValue().size() >= limit) {
                size -= byCount.pollFirstEntry().getValue().size();
            }
        }

        List<ObjectCount> ranked(NodeTable nodes) {
            List<ObjectCount> out = new ArrayList<>(size);
            byCount.forEach((count, objects) -> objects.forEach(id -> {
                Node node = nodes.getNodeForNodeId(id);
                if (node.isURI()) {
                    out.add(new ObjectCount(node, count));
                }
            }));
            out.sort(Rankings.ORDER);
            return out;
        }
    }

    /** The best objects seen so far, the worst on top of a heap; IRIs are read only to place candidates. */
    private static final class TopObjects {
        private final int limit;
        private final NodeTable nodes;
        private final PriorityQueue<ObjectCount> heap = new PriorityQueue<>(Rankings.ORDER.reversed());

        TopObjects(int limit, NodeTable nodes) {
            this.limit = limit;
            this.nodes = nodes;
        }

        void offer(NodeId object, long count, Predicate<NodeId> eligible) {
            if (object == null || count == 0) {
                return;
            }
            if (heap.size() == limit && count < heap.peek().subjects()) {
                return;
            }
            if (!eligible.test(object)) {
                return;
            }
            Node node = nodes.getNodeForNodeId(object);
            if (!node.isURI()) {
                return;
            }
            ObjectCount candidate = new ObjectCount(node, count);
            if (heap.size() < limit) {
                heap.add(candidate);
            } else if (Rankings.ORDER.compare(candidate, heap.peek()) < 0) {
                heap.poll();
                heap.add(candidate);
            }
        }

        List<ObjectCount> ranked() {
            List<ObjectCount> out = new ArrayList<>(heap);
            out.sort(Rankings.ORDER);
            return out;
        }
    }

    @Override
    public void update(UpdateRequest request) {
        write(() -> UpdateExecution.dataset(dataset).update(request).execute());
    }

    /** Runs an action in a read transaction and returns its result. */
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dsg, action);
    }

    /** Runs an action in a write transaction, committing when it returns normally. */
    public void write(Runnable action) {
        Txn.executeWrite(dsg, action);
    }

    /**
     * A loader for this database.
     *
     * @param bulk use TDB2's bulk loader (only for an empty database: it cannot replace graphs); otherwise each
     *     graph is replaced in its own write transaction
     * @param monitor where the bulk loader reports progress
     */
    @Override
    public GraphLoader loader(boolean bulk, MonitorOutput monitor) {
        if (bulk) {
            return new BulkGraphLoader(LoaderFactory.phasedLoader(dsg, monitor));
        }
        return new TransactionalGraphLoader(dsg);
    }

    /** Closes the database; TDB2 keeps it open for other users in this JVM until they close it too. */
    @Override
    public void close() {
        dsg.close();
    }
}
