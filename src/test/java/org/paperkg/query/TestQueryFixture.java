package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The query fixture follows the agreed vocabulary as the project's SHACL shapes state it. */
class TestQueryFixture {
    @Test
    void fixtureConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Dataset dataset = QueryFixture.load();
        try {
            Graph union = GraphFactory.createDefaultGraph();
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph().find().forEach(union::add));
            ValidationReport report = ShaclValidator.get().validate(shapes, union);
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), "the query fixture does not conform to ontology/shapes.ttl");
        } finally {
            dataset.close();
        }
    }
}
