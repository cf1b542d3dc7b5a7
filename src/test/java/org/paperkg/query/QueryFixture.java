package org.paperkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.paperkg.kg.IriMinter;
import org.paperkg.pipeline.StatisticsStep;
import org.paperkg.store.KgStore;

/** The fixture graph of the query tests in an in-memory TDB2 dataset, and helpers to read result rows. */
final class QueryFixture {
    static final String BASE = "http://127.0.0.1:3030/";
    static final String PKG = "https://w3id.org/paperkg/ontology#";
    static final String FIXTURE = "query/fixture.trig";

    private QueryFixture() {
    }

    /**
     * Which datasets get their own rankings in the fixture's statistics: those that 3 papers or more use (CIFAR-10,
     * 4 papers), so that the per-dataset queries answer CIFAR-10 from the rankings and ImageNet (2 papers) live.
     */
    static final StatisticsStep.PerDataset PER_DATASET = new StatisticsStep.PerDataset(10, 3, 3, 100);

    /**
     * A fresh in-memory TDB2 dataset holding the fixture and the statistics a build would precompute for it, with the
     * union default graph switched on.
     */
    static Dataset load() {
        return load(PER_DATASET);
    }

    /** {@link #load()} with other per-dataset bounds for the statistics. */
    static Dataset load(StatisticsStep.PerDataset perDataset) {
        Dataset dataset = TDB2Factory.createDataset();
        List<Quad> statistics = statistics(perDataset);
        Txn.executeWrite(dataset, () -> {
            RDFDataMgr.read(dataset, FIXTURE);
            statistics.forEach(dataset.asDatasetGraph()::add);
        });
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /**
     * A fresh in-memory TDB2 dataset holding the fixture and its statistics, without touching the
     * union-default-graph setting.
     */
    static Dataset loadPlain() {
        Dataset dataset = TDB2Factory.createDataset();
        List<Quad> statistics = statistics(PER_DATASET);
        Txn.executeWrite(dataset, () -> {
            RDFDataMgr.read(dataset, FIXTURE);
            statistics.forEach(dataset.asDatasetGraph()::add);
        });
        return dataset;
    }

    /** The statistics graph that {@link StatisticsStep} computes for the fixture, as a build does. */
    private static List<Quad> statistics(StatisticsStep.PerDataset perDataset) {
        try (KgStore store = KgStore.inMemory()) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), FIXTURE));
            new StatisticsStep(store, IriMinter.defaultBase(), StatisticsStep.DEFAULT_RANKED, perDataset).run();
            Node graph = IriMinter.defaultBase().statisticsGraph();
            return Txn.calculateRead(store.dataset(),
                    () -> Iter.toList(store.datasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY)));
        }
    }

    /**
     * The given columns of every row, each term shortened: instance IRIs lose the base ({@code entity/lion}),
     * ontology IRIs become {@code pkg:Name}, doubles become Java's decimal text ({@code 0.9}), other literals their
     * lexical form, unbound cells become {@code "-"}.
     */
    static List<List<String>> rows(QueryResult result, String... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                row.add(result.get(i, column).map(QueryFixture::text).orElse("-"));
            }
            rows.add(row);
        }
        return rows;
    }

    static String text(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            if (iri.startsWith(BASE)) {
                return iri.substring(BASE.length());
            }
            return iri.startsWith(PKG) ? "pkg:" + iri.substring(PKG.length()) : iri;
        }
        if (node.isLiteral() && XSDDatatype.XSDdouble.equals(node.getLiteralDatatype())) {
            return Double.toString(Double.parseDouble(node.getLiteralLexicalForm()));
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    static Bindings bind(CannedQuery query, Map<String, String> values) {
        return new Bindings(query, values);
    }
}
