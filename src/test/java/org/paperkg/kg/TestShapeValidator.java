package org.paperkg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.paperkg.model.PaperKey;

class TestShapeValidator {

    private static final ShapeValidator VALIDATOR = ShapeValidator.fromClasspath();

    private static Graph mapped() {
        DatasetGraph dsg = KgFixtures.map(KgFixtures.mapper(), KgFixtures.listing(), KgFixtures.extraction());
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(copy::add);
        return copy;
    }

    private static Node firstClaim() {
        return KgFixtures.IRIS.claim(PaperKey.ofTitle(KgFixtures.TITLE), KgFixtures.ABSTRACT,
                KgFixtures.extraction().claims().get(0));
    }

    @Test
    void mappedGraphConforms() {
        ConformanceReport report = VALIDATOR.validate(mapped());
        assertTrue(report.conforms(), report.text());
        assertEquals(0, report.violations());
        assertEquals("conforms", report.text());
    }

    @Test
    void claimWithoutEvidenceDoesNotConform() {
        Graph g = mapped();
        g.remove(firstClaim(), Vocab.EVIDENCE, Node.ANY);
        ConformanceReport report = VALIDATOR.validate(g);
        assertFalse(report.conforms());
        assertEquals(1, report.violations());
        assertTrue(report.text().contains("pkg:evidence"), report.text());
        assertTrue(report.text().contains(firstClaim().getURI()), report.text());
    }

    @Test
    void confidenceOutsideTheUnitIntervalDoesNotConform() {
        Graph g = mapped();
        g.remove(firstClaim(), Vocab.CONFIDENCE, Node.ANY);
        g.add(Triple.create(firstClaim(), Vocab.CONFIDENCE, NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble)));
        ConformanceReport report = VALIDATOR.validate(g);
        assertFalse(report.conforms());
        assertTrue(report.text().contains("pkg:confidence"), report.text());
    }

    @Test
    void relationOutsideTheThreeComparisonsDoesNotConform() {
        Graph g = mapped();
        g.remove(firstClaim(), Vocab.RELATION, Node.ANY);
        g.add(Triple.create(firstClaim(), Vocab.RELATION, Vocab.MENTIONS));
        assertFalse(VALIDATOR.validate(g).conforms());
    }

    @Test
    void entityWithTwoPreferredLabelsDoesNotConform() {
        Graph g = mapped();
        Node imagenet = KgFixtures.IRIS.entity("ImageNet");
        g.add(Triple.create(imagenet, Vocab.SKOS_PREF_LABEL, NodeFactory.createLiteralString("Imagenet")));
        g.add(Triple.create(imagenet, Vocab.RDFS_LABEL, NodeFactory.createLiteralString("Imagenet")));
        ConformanceReport report = VALIDATOR.validate(g);
        assertFalse(report.conforms());
        assertTrue(report.text().contains("skos:prefLabel"), report.text());
    }

    @Test
    void paperWithoutListingDoesNotConform() {
        Graph g = mapped();
        Node paper = KgFixtures.IRIS.paper(PaperKey.ofTitle(KgFixtures.TITLE));
        g.remove(paper, Vocab.LISTED_IN, Node.ANY);
        assertFalse(VALIDATOR.validate(g).conforms());
    }

    @Test
    void untypedEntityDoesNotConform() {
        Graph g = mapped();
        g.remove(KgFixtures.IRIS.entity("ViT"), Vocab.RDF_TYPE, Vocab.MODEL);
        assertFalse(VALIDATOR.validate(g).conforms());
    }
}
