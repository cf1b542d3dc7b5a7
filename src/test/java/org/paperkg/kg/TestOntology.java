package org.paperkg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class TestOntology {

    private static final Node SH_TARGET_CLASS = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");

    private static Graph load(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(resource).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static Graph ontology() {
        return load("ontology/paperkg.ttl");
    }

    private static List<Node> vocabPkgTerms() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field f : Vocab.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.getURI().startsWith(Vocab.NS)) {
                    terms.add(n);
                }
            }
        }
        return terms;
    }

    private static Set<String> declaredPkgTerms(Graph g) {
        Set<String> declared = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.NS)) {
                declared.add(t.getSubject().getURI());
            }
        });
        return declared;
    }

    @Test
    void ontologyHeaderHasTitleDescriptionLicenceAndVersion() {
        Graph g = ontology();
        Node ont = NodeFactory.createURI(Vocab.ONTOLOGY_IRI);
        assertTrue(g.contains(ont, RDF.type.asNode(), OWL.Ontology.asNode()));
        for (String p : List.of(Vocab.DCTERMS_NS + "title", Vocab.DCTERMS_NS + "description",
                Vocab.DCTERMS_NS + "license", OWL.versionInfo.getURI())) {
            assertTrue(g.contains(ont, NodeFactory.createURI(p), Node.ANY), "ontology lacks " + p);
        }
    }

    @Test
    void everyVocabTermIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        Graph g = ontology();
        List<Node> terms = vocabPkgTerms();
        assertTrue(terms.size() >= 50, "expected all pkg terms in Vocab, found " + terms.size());
        for (Node term : terms) {
            boolean typed = g.contains(term, RDF.type.asNode(), OWL.Class.asNode())
                    || g.contains(term, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                    || g.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode())
                    || g.contains(term, RDF.type.asNode(), OWL2.NamedIndividual.asNode());
            assertTrue(typed, term + " is not declared as an OWL class, property or named individual");
            assertTrue(g.contains(term, Vocab.RDFS_LABEL, Node.ANY), term + " has no rdfs:label");
            assertTrue(g.contains(term, Vocab.RDFS_COMMENT, Node.ANY), term + " has no rdfs:comment");
        }
    }

    @Test
    void everyDeclaredTermIsInVocab() throws IllegalAccessException {
        Set<String> inVocab = new TreeSet<>();
        vocabPkgTerms().forEach(n -> inVocab.add(n.getURI()));
        Set<String> missing = new TreeSet<>(declaredPkgTerms(ontology()));
        missing.removeAll(inVocab);
        assertEquals(Set.of(), missing);
    }

    @Test
    void comparisonPropertiesAreInverseAndSymmetric() {
        Graph g = ontology();
        assertTrue(g.contains(Vocab.OUTPERFORMS, OWL.inverseOf.asNode(), Vocab.UNDERPERFORMS));
        assertTrue(g.contains(Vocab.COMPARABLE_TO, RDF.type.asNode(), OWL.SymmetricProperty.asNode()));
        assertTrue(g.contains(Vocab.USES_DATASET, Vocab.uriOf("rdfs:subPropertyOf"), Vocab.MENTIONS));
        assertTrue(g.contains(Vocab.PROPOSES, Vocab.uriOf("rdfs:subPropertyOf"), Vocab.MENTIONS));
    }

    @Test
    void specClassesLinkToStandardVocabularies() {
        Graph g = ontology();
        Node sub = Vocab.uriOf("rdfs:subClassOf");
        assertTrue(g.contains(Vocab.PAPER, sub, Vocab.uriOf("fabio:ResearchPaper")));
        assertTrue(g.contains(Vocab.PAPER, sub, Vocab.uriOf("schema:ScholarlyArticle")));
        assertTrue(g.contains(Vocab.RESEARCH_ENTITY, sub, Vocab.uriOf("skos:Concept")));
        assertTrue(g.contains(Vocab.DATASET, sub, Vocab.uriOf("mls:Dataset")));
        assertTrue(g.contains(Vocab.METRIC_CLASS, sub, Vocab.uriOf("mls:EvaluationMeasure")));
        assertTrue(g.contains(Vocab.CLAIM, sub, Vocab.uriOf("prov:Entity")));
        assertTrue(g.contains(Vocab.EXTRACTOR, sub, Vocab.uriOf("prov:SoftwareAgent")));
        assertTrue(g.contains(Vocab.CODE_REPOSITORY, sub, Vocab.uriOf("schema:SoftwareSourceCode")));
    }

    @Test
    void everyClassHasAShape() {
        Graph ont = ontology();
        Graph shapes = load("ontology/shapes.ttl");
        List<Triple> classes = ont.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).toList();
        assertEquals(15, classes.size());
        for (Triple t : classes) {
            assertTrue(shapes.contains(Node.ANY, SH_TARGET_CLASS, t.getSubject()), "no shape targets " + t.getSubject());
        }
    }

    @Test
    void contextReadsCompactJsonAsTheVocabulary() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ontology/context.jsonld")) {
            doc = (ObjectNode) json.readTree(in);
        }
        doc.put("id", "http://example.org/kg/claim/1");
        doc.put("type", "Claim");
        doc.put("relation", "outperforms");
        doc.put("confidence", "0.9");
        doc.put("subject", "http://example.org/kg/entity/lion");
        doc.putArray("altLabel").add("Lion").add("EvoLved Sign Momentum");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json.writeValueAsString(doc), Lang.JSONLD).parse(g);
        Node claim = NodeFactory.createURI("http://example.org/kg/claim/1");
        assertTrue(g.contains(claim, RDF.type.asNode(), Vocab.CLAIM));
        assertTrue(g.contains(claim, Vocab.RELATION, Vocab.OUTPERFORMS));
        assertTrue(g.contains(claim, Vocab.SUBJECT, NodeFactory.createURI("http://example.org/kg/entity/lion")));
        assertTrue(g.contains(claim, Vocab.CONFIDENCE,
                NodeFactory.createLiteralDT("0.9", XSDDatatype.XSDdouble)));
        assertEquals(2, g.find(claim, Vocab.SKOS_ALT_LABEL, Node.ANY).toList().size());
    }

    @Test
    void contextTermsMapToDeclaredTerms() throws IOException {
        JsonNode ctx;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ontology/context.jsonld")) {
            assertTrue(in != null, "context.jsonld is not on the classpath");
            ctx = new ObjectMapper().readTree(in).get("@context");
        }
        Set<String> declared = declaredPkgTerms(ontology());
        Set<String> mapped = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> it = ctx.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String id = v.isTextual() ? v.asText() : v.path("@id").asText("");
            if (id.startsWith("pkg:")) {
                String iri = Vocab.NS + id.substring(4);
                assertTrue(declared.contains(iri), "context term " + e.getKey() + " maps to undeclared " + iri);
                mapped.add(iri);
            }
        }
        Set<String> unmapped = new TreeSet<>(declared);
        unmapped.removeAll(mapped);
        assertFalse(mapped.isEmpty());
        assertEquals(Set.of(), unmapped, "ontology terms without a JSON-LD term");
    }
}
