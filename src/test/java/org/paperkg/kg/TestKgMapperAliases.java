package org.paperkg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Alias;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Relation;

class TestKgMapperAliases {

    private static final String TITLE = "Segment Anything";
    private static final String ABSTRACT = "We introduce the Segment Anything Model (SAM). "
            + "SAM outperforms RITM on 23 datasets. The GPT-4 judge and GPT4 agree.";
    private static final Listing LISTING = Listing.of("pages/sam.txt", 1, TITLE, ABSTRACT);
    private static final String BASE = "http://example.org/kg/";

    private static Extraction extraction(List<Alias> aliases) {
        String sentence = "SAM outperforms RITM on 23 datasets.";
        int start = ABSTRACT.indexOf(sentence);
        Claim claim = new Claim("Segment Anything Model", Relation.OUTPERFORMS, "RITM", true, List.of(),
                Optional.empty(), Optional.empty(), sentence, start, start + sentence.length(), 0.8);
        return new Extraction("sam", TITLE,
                Map.of(EntityType.MODEL, List.of("Segment Anything Model", "SAM", "GPT-4", "GPT4"),
                        EntityType.METHOD, List.of("RITM")),
                List.of("Segment Anything Model"), List.of(), List.of(claim), aliases);
    }

    private static Graph map(EntityResolver resolver, Extraction e) {
        KgMapper mapper = new KgMapper(KgFixtures.IRIS, resolver, KgFixtures.PROVENANCE);
        return KgFixtures.map(mapper, LISTING, e).getGraph(KgFixtures.IRIS.sourceGraph(LISTING.source()));
    }

    private static Node entity(String slug) {
        return NodeFactory.createURI(BASE + "entity/" + slug);
    }

    private static Set<String> strings(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
    }

    private static Set<Node> entities(Graph g) {
        return g.find(Node.ANY, Vocab.RDF_TYPE, Vocab.RESEARCH_ENTITY).mapWith(t -> t.getSubject())
                .toList().stream().collect(Collectors.toSet());
    }

    @Test
    void longAndShortFormAreOneEntityMintedFromTheShortForm() {
        Graph g = map(EntityResolver.identity(), extraction(List.of(new Alias("Segment Anything Model", "SAM"))));
        Node sam = entity("sam");
        assertEquals(Set.of("Segment Anything Model"), strings(g, sam, Vocab.SKOS_PREF_LABEL));
        assertEquals(Set.of("Segment Anything Model"), strings(g, sam, Vocab.RDFS_LABEL));
        assertEquals(Set.of("SAM"), strings(g, sam, Vocab.SKOS_ALT_LABEL));
        assertEquals(Set.of("segmentanythingmodel"), strings(g, sam, Vocab.NORMALIZED_NAME));
        assertFalse(g.contains(entity("segmentanythingmodel"), Node.ANY, Node.ANY), "no second node for the long form");
        Node paper = KgFixtures.IRIS.paper(PaperKey.ofTitle(TITLE));
        assertTrue(g.contains(paper, Vocab.PROPOSES, sam));
        assertTrue(g.contains(sam, Vocab.OUTPERFORMS, entity("ritm")), "the claim's long-form subject is the pair");
        assertTrue(g.contains(sam, Vocab.RDF_TYPE, Vocab.MODEL));
        assertTrue(ShapeValidator.fromClasspath().validate(g).conforms());
    }

    @Test
    void withoutTheAliasTheFormsAreTwoEntities() {
        Graph g = map(EntityResolver.identity(), extraction(List.of()));
        assertTrue(entities(g).containsAll(Set.of(entity("sam"), entity("segmentanythingmodel"))));
    }

    @Test
    void spellingVariantsWithOneKeyAreOneEntityWithAltLabels() {
        Graph g = map(EntityResolver.identity(), extraction(List.of()));
        Node gpt4 = entity("gpt4");
        assertEquals(Set.of("GPT-4"), strings(g, gpt4, Vocab.SKOS_PREF_LABEL));
        assertEquals(Set.of("GPT4"), strings(g, gpt4, Vocab.SKOS_ALT_LABEL));
    }

    @Test
    void aResolverThatKnowsTheLongFormDecidesLabelKeyAndSameAs() {
        String wikidata = "http://www.wikidata.org/entity/Q117215224";
        EntityResolver gazetteer = (surface, type) -> PaperKey.normalize(surface).equals("segmentanythingmodel")
                ? new ResolvedEntity("Segment Anything Model", "segmentanythingmodel", List.of(wikidata))
                : EntityResolver.identity().resolve(surface, type);
        Graph g = map(gazetteer, extraction(List.of(new Alias("Segment Anything Model", "SAM"))));
        Node node = entity("segmentanythingmodel");
        assertEquals(Set.of("Segment Anything Model"), strings(g, node, Vocab.SKOS_PREF_LABEL));
        assertEquals(Set.of("SAM"), strings(g, node, Vocab.SKOS_ALT_LABEL));
        assertTrue(g.contains(node, Vocab.OWL_SAME_AS, NodeFactory.createURI(wikidata)));
        assertFalse(g.contains(entity("sam"), Node.ANY, Node.ANY));
    }

    @Test
    void aResolverMeaningOfTheShortFormDoesNotOverrideTheAbstractsDefinition() {
        EntityResolver gazetteer = (surface, type) -> surface.equals("SAM")
                ? new ResolvedEntity("Sharpness-Aware Minimization", "sharpnessawareminimization",
                        List.of("http://www.wikidata.org/entity/Q1"))
                : EntityResolver.identity().resolve(surface, type);
        Graph g = map(gazetteer, extraction(List.of(new Alias("Segment Anything Model", "SAM"))));
        assertEquals(Set.of("Segment Anything Model"), strings(g, entity("sam"), Vocab.SKOS_PREF_LABEL));
        assertFalse(g.contains(entity("sharpnessawareminimization"), Node.ANY, Node.ANY));
        assertFalse(g.contains(Node.ANY, Vocab.OWL_SAME_AS, Node.ANY));
    }

    @Test
    void preferredLabelIsTheMostSpecificForm() {
        assertEquals("Segment Anything Model", PreferredLabel.choose(List.of("SAM", "Segment Anything Model")));
        assertEquals("GPT-4", PreferredLabel.choose(List.of("GPT4", "GPT-4")));
        assertEquals("CIFAR-10", PreferredLabel.choose(List.of("CIFAR-10", "CIFAR10")));
        assertEquals("ImageNet", PreferredLabel.choose(List.of("imagenet", "ImageNet")));
        assertEquals("Large Language Models", PreferredLabel.choose(
                List.of("LLMs", "large pretrained language models", "Large Language Models", "Large language models")));
        assertEquals("chain-of-thought prompting", PreferredLabel.choose(List.of("chain-of-thought prompting", "chain of thought")));
    }
}
