package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;
import org.paperkg.store.KgStore;

/** The statistics a build precomputes agree with live counts over the query fixture. */
class TestStatisticsStep {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private KgStore store;

    @BeforeEach
    void load() {
        store = KgStore.inMemory();
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "query/fixture.trig"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void classPartitionsHoldTheLiveCountOfEveryClass() {
        new StatisticsStep(store, IRIS, 10).run();
        for (Node cls : StatisticsStep.COUNTED_CLASSES) {
            assertEquals(one("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <" + cls.getURI() + "> }"),
                    one("SELECT ?n WHERE { <" + IRIS.base() + "> <http://rdfs.org/ns/void#classPartition> ?p . "
                            + "?p <http://rdfs.org/ns/void#class> <" + cls.getURI() + "> ; "
                            + "<http://rdfs.org/ns/void#entities> ?n }"),
                    cls.getLocalName());
        }
    }

    @Test
    void aRankingKeepsOnlyItsTopEntriesBestFirstWithTiesInIriOrder() {
        new StatisticsStep(store, IRIS, 2).run();
        List<String> live = column("SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p <" + Vocab.USES_METHOD.getURI()
                + "> ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 2", "e");
        List<String> ranked = column("SELECT ?e WHERE { ?x <" + Vocab.IN_RANKING.getURI() + "> <"
                + Vocab.METHOD_RANKING.getURI() + "> ; <" + Vocab.RANK.getURI() + "> ?r ; <"
                + Vocab.RANKED_ENTITY.getURI() + "> ?e } ORDER BY ?r", "e");
        assertEquals(2, ranked.size());
        assertEquals(live, ranked);
    }

    @Test
    void runningAgainReplacesTheStatisticsInsteadOfAddingToThem() {
        long first = new StatisticsStep(store, IRIS, 5).run();
        Graph before = statistics();
        long second = new StatisticsStep(store, IRIS, 5).run();
        assertEquals(first, second);
        assertTrue(before.isIsomorphicWith(statistics()));
        assertEquals(first, before.size());
    }

    @Test
    void statisticsCarryTheirFormatSoThatAnOlderFormatIsNotCurrent() {
        assertFalse(StatisticsStep.isCurrent(store, IRIS));
        new StatisticsStep(store, IRIS, 5).run();
        assertTrue(StatisticsStep.isCurrent(store, IRIS));
        String version = "<" + Vocab.STATISTICS_VERSION.getURI() + ">";
        store.update(UpdateFactory.create("DELETE { GRAPH ?g { ?s " + version + " ?v } } INSERT { GRAPH ?g { ?s "
                + version + " 1 } } WHERE { GRAPH ?g { ?s " + version + " ?v } }"));
        assertFalse(StatisticsStep.isCurrent(store, IRIS));
    }

    @Test
    void graphCountsTakeTheClassCountsOfTheStatistics() {
        new StatisticsStep(store, IRIS, 5).run();
        GraphCounts counts = GraphCounts.of(store, IRIS);
        assertEquals(one("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <" + Vocab.PAPER.getURI() + "> }"),
                counts.papers());
        assertEquals(one("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <" + Vocab.CLAIM.getURI() + "> }"),
                counts.claims());
        for (EntityType type : EntityType.values()) {
            assertEquals(one("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <" + Vocab.classOf(type).getURI()
                    + "> }"), counts.entities().get(type), type.name());
        }
        assertEquals(one("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), counts.triples());
    }

    @Test
    void perDatasetRankingsGoToTheDatasetsThatEnoughPapersUse() {
        // CIFAR-10: 4 papers, ImageNet: 2
        new StatisticsStep(store, IRIS, 5, new StatisticsStep.PerDataset(10, 3, 2, 100)).run();
        assertEquals(List.of("http://127.0.0.1:3030/entity/cifar10"), column("SELECT ?d WHERE { ?d <"
                + Vocab.CO_USED_RANKING.getURI() + "> ?r }", "d"));
        assertEquals(List.of("http://127.0.0.1:3030/entity/cifar10", "http://127.0.0.1:3030/entity/imagenet"),
                column("SELECT ?d WHERE { ?d <" + Vocab.PAPER_RANKING.getURI() + "> ?r } ORDER BY ?d", "d"));
        assertThrows(IllegalArgumentException.class, () -> new StatisticsStep.PerDataset(1, 0, 1, 1));
    }

    @Test
    void aRankingMustKeepAtLeastOneEntry() {
        assertThrows(IllegalArgumentException.class, () -> new StatisticsStep(store, IRIS, 0));
    }

    private Graph statistics() {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph()
                .find(IRIS.statisticsGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple())));
        return g;
    }

    private long one(String query) {
        long[] n = {-1};
        store.select(query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private List<String> column(String query, String var) {
        List<String> out = new ArrayList<>();
        store.select(query, row -> out.add(row.get(var).toString()));
        return out;
    }
}
