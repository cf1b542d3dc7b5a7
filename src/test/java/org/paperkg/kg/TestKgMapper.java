package org.paperkg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Relation;

class TestKgMapper {

    private static final String BASE = "http://example.org/kg/";
    private static final Node PAPER = KgFixtures.IRIS.paper(PaperKey.ofTitle(KgFixtures.TITLE));

    private static List<Quad> quads(Listing listing, Extraction extraction) {
        List<Quad> quads = new ArrayList<>();
        KgFixtures.mapper().map(listing, extraction, KgFixtures.IRIS.sourceGraph(listing.source()),
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
        return quads;
    }

    private static Graph mappedGraph() {
        DatasetGraph dsg = KgFixtures.map(KgFixtures.mapper(), KgFixtures.listing(), KgFixtures.extraction());
        return dsg.getGraph(KgFixtures.IRIS.sourceGraph(KgFixtures.SOURCE));
    }

    private static Node entity(String slug) {
        return NodeFactory.createURI(BASE + "entity/" + slug);
    }

    @Test
    void mappingIsIsomorphicWithTheGoldenFile() {
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFParser.source("kg/golden-lion.trig").lang(Lang.TRIG).parse(expected);
        DatasetGraph actual = KgFixtures.map(KgFixtures.mapper(), KgFixtures.listing(), KgFixtures.extraction());

        List<Node> expectedGraphs = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(expectedGraphs::add);
        List<Node> actualGraphs = new ArrayList<>();
        actual.listGraphNodes().forEachRemaining(actualGraphs::add);
        assertEquals(expectedGraphs, actualGraphs);
        assertTrue(actual.getDefaultGraph().isEmpty(), "nothing goes to the default graph");
        Node g = KgFixtures.IRIS.sourceGraph(KgFixtures.SOURCE);
        assertEquals(expected.getGraph(g).size(), actual.getGraph(g).size());
        assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)),
                "mapped graph differs from src/test/resources/kg/golden-lion.trig");
    }

    @Test
    void sameInputGivesSameQuadsInSameOrderWithoutDuplicates() {
        List<Quad> first = quads(KgFixtures.listing(), KgFixtures.extraction());
        List<Quad> second = quads(KgFixtures.listing(), KgFixtures.extraction());
        assertEquals(first, second);
        assertEquals(first.size(), Set.copyOf(first).size());
    }

    @Test
    void twoListingsOfOnePaperGiveTheSamePaperTriplesApartFromTheirListing() {
        Listing a = KgFixtures.listing("data/daily-papers/2023-02-14.txt", 3);
        Listing b = KgFixtures.listing("corpus/other.jsonl", 17);
        Set<Triple> ta = withoutListing(quads(a, KgFixtures.extraction()), a);
        Set<Triple> tb = withoutListing(quads(b, KgFixtures.extraction()), b);
        assertEquals(ta, tb);
        assertTrue(ta.size() > 100);
    }

    private static Set<Triple> withoutListing(List<Quad> quads, Listing listing) {
        Set<Node> own = Set.of(KgFixtures.IRIS.listing(listing.source(), listing.record()),
                KgFixtures.IRIS.source(listing.source()));
        return quads.stream().map(Quad::asTriple)
                .filter(t -> !own.contains(t.getSubject()) && !own.contains(t.getObject()))
                .collect(Collectors.toSet());
    }

    @Test
    void claimYieldsDirectTriplesBothWays() {
        Graph g = mappedGraph();
        assertTrue(g.contains(entity("lion"), Vocab.OUTPERFORMS, entity("adamw")));
        assertTrue(g.contains(entity("adamw"), Vocab.UNDERPERFORMS, entity("lion")));
        assertTrue(g.contains(entity("sophia"), Vocab.UNDERPERFORMS, entity("lion")));
        assertTrue(g.contains(entity("lion"), Vocab.OUTPERFORMS, entity("sophia")));
        Node proposed = KgFixtures.IRIS.proposed(PaperKey.ofTitle(KgFixtures.TITLE));
        assertTrue(g.contains(proposed, Vocab.COMPARABLE_TO, entity("adafactor")));
        assertTrue(g.contains(entity("adafactor"), Vocab.COMPARABLE_TO, proposed));
        assertFalse(g.contains(entity("lion"), Vocab.OUTPERFORMS, entity("strongbaselines")),
                "an unnamed object gets no entity");
    }

    @Test
    void unlistedClaimSubjectBecomesAMethodMentionedByThePaper() {
        Graph g = mappedGraph();
        assertTrue(g.contains(entity("sophia"), Vocab.RDF_TYPE, Vocab.METHOD));
        assertTrue(g.contains(entity("sophia"), Vocab.RDF_TYPE, Vocab.RESEARCH_ENTITY));
        assertTrue(g.contains(PAPER, Vocab.MENTIONS, entity("sophia")));
        assertTrue(g.contains(PAPER, Vocab.USES_METHOD, entity("sophia")));
    }

    @Test
    void unlistedClaimSubjectTakesTheTypeItIsListedUnder() {
        Extraction e = new Extraction("x", KgFixtures.TITLE, Map.of(EntityType.MODEL, List.of("GPT-4")), List.of(),
                List.of(), List.of(KgFixtures.claim("GPT-4", Relation.OUTPERFORMS, "Lion", true, List.of(),
                        Optional.empty(), Optional.empty(), "We present Lion", 0.5)), List.of());
        DatasetGraph dsg = KgFixtures.map(KgFixtures.mapper(), KgFixtures.listing(), e);
        Graph g = dsg.getGraph(KgFixtures.IRIS.sourceGraph(KgFixtures.SOURCE));
        assertTrue(g.contains(entity("gpt4"), Vocab.RDF_TYPE, Vocab.MODEL));
        assertFalse(g.contains(entity("gpt4"), Vocab.RDF_TYPE, Vocab.METHOD));
        assertTrue(g.contains(entity("lion"), Vocab.RDF_TYPE, Vocab.METHOD), "an unlisted object defaults to Method");
    }

    @Test
    void sharedEntitiesGetTheSameIriFromTwoPapers() {
        Listing other = Listing.of("corpus/b.jsonl", 1, "Another paper on ImageNet",
                "We evaluate on ImageNet.");
        Extraction e = new Extraction("b", other.title(), Map.of(EntityType.DATASET, List.of("ImageNet")),
                List.of(), List.of(), List.of(), List.of());
        DatasetGraph dsg = KgFixtures.map(KgFixtures.mapper(), other, e);
        Node otherPaper = KgFixtures.IRIS.paper(PaperKey.ofTitle(other.title()));
        assertTrue(dsg.getGraph(KgFixtures.IRIS.sourceGraph(other.source()))
                .contains(otherPaper, Vocab.USES_DATASET, entity("imagenet")));
        assertTrue(mappedGraph().contains(PAPER, Vocab.USES_DATASET, entity("imagenet")));
    }

    @Test
    void claimCarriesEvidenceOffsetsConfidenceAndProvenance() {
        Graph g = mappedGraph();
        Claim c = KgFixtures.extraction().claims().get(0);
        Node claim = KgFixtures.IRIS.claim(PaperKey.ofTitle(KgFixtures.TITLE), KgFixtures.ABSTRACT, c);
        assertTrue(g.contains(claim, Vocab.EVIDENCE, NodeFactory.createLiteralString(c.sentence())));
        assertEquals(c.sentence(), KgFixtures.ABSTRACT.substring(c.sentenceStart(), c.sentenceEnd()));
        Node start = g.find(claim, Vocab.SENTENCE_START, Node.ANY).next().getObject();
        assertEquals(c.sentenceStart(), ((Number) start.getLiteralValue()).intValue());
        Node conf = g.find(claim, Vocab.CONFIDENCE, Node.ANY).next().getObject();
        assertEquals(Vocab.XSD_NS + "double", conf.getLiteralDatatypeURI());
        assertEquals(0.9, ((Number) conf.getLiteralValue()).doubleValue());
        assertTrue(g.contains(claim, Vocab.PROV_WAS_ATTRIBUTED_TO, NodeFactory.createURI(BASE + "extractor/0.1.0")));
        assertTrue(g.contains(claim, Vocab.PROV_GENERATED_AT_TIME, Node.ANY));
        assertTrue(g.contains(claim, Vocab.RELATION, Vocab.OUTPERFORMS));
        assertTrue(g.contains(claim, Vocab.ON_DATASET, entity("imagenet")));
        assertTrue(g.contains(claim, Vocab.METRIC, entity("top1accuracy")));
    }

    @Test
    void namesWithoutLettersOrDigitsAreSkipped() {
        Extraction e = new Extraction("x", KgFixtures.TITLE, Map.of(EntityType.METHOD, List.of("+++", "Lion")),
                List.of(), List.of(), List.of(KgFixtures.claim("--", Relation.OUTPERFORMS, "Lion", true, List.of(),
                        Optional.empty(), Optional.empty(), "We present Lion", 0.5)), List.of());
        DatasetGraph dsg = KgFixtures.map(KgFixtures.mapper(), KgFixtures.listing(), e);
        Graph g = dsg.getGraph(KgFixtures.IRIS.sourceGraph(KgFixtures.SOURCE));
        assertFalse(g.contains(Node.ANY, Vocab.RDF_TYPE, Vocab.CLAIM));
        assertEquals(1, g.find(Node.ANY, Vocab.RDF_TYPE, Vocab.RESEARCH_ENTITY).toList().size());
    }

    @Test
    void extractionOfAnotherPaperIsRejected() {
        Extraction e = new Extraction("x", "A different title", Map.of(), List.of(), List.of(), List.of(), List.of());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> quads(KgFixtures.listing(), e));
        assertTrue(ex.getMessage().contains("A different title"));
    }
}
