package org.paperkg.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
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
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;

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
    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final String location;

    private KgStore(DatasetGraph dsg, String location) {
        this.dsg = dsg;
        this.location = location;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = DatasetFactory.wrap(dsg);
    }

    /** Opens (creating if needed) the database in a folder. */
    public static KgStore open(Path dir) {
        return new KgStore(DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString())), dir.toString());
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

    /** Runs a SPARQL Update in one write transaction. */
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
