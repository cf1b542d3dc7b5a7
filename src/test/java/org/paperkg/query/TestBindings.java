package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class TestBindings {
    private static final CannedQuery QUERY = CannedQuery.parse("find.rq", "# title: T\n# description: D\n"
            + "# param: name = GPT-4 — the entity\n"
            + "# param: minConfidence = 0.0 — smallest confidence\n"
            + "# param: year = 2020 — a year\n"
            + "# param: limit = 50 — maximum number of rows\n"
            + "SELECT ?e WHERE { ?e ?p ?nameKey ; ?q ?name FILTER (?c >= ?minConfidence && ?y = ?year) } LIMIT 50\n");
    private static final CannedQuery NO_PARAMS = CannedQuery.parse("plain.rq",
            "# title: T\n# description: D\nSELECT * { ?s ?p ?o }\n");

    @Test
    void defaultsFillEveryParameterInDeclarationOrder() {
        Bindings b = Bindings.defaults(QUERY);
        assertEquals(List.of("name", "minConfidence", "year", "limit"), List.copyOf(b.values().keySet()));
        assertEquals("GPT-4", b.values().get("name"));
        assertEquals(OptionalLong.of(50), b.limit());
        assertEquals(OptionalLong.empty(), Bindings.defaults(NO_PARAMS).limit());
    }

    @Test
    void parsesKeyValueAssignments() {
        Bindings b = Bindings.parse(QUERY, List.of("name=a=b", "limit=7", "year= 1999 "));
        assertEquals("a=b", b.values().get("name"));
        assertEquals(OptionalLong.of(7), b.limit());
        assertEquals(Map.of("name", "", "minConfidence", "0.0", "year", "2020", "limit", "50"),
                Bindings.parse(QUERY, List.of("name=")).values());
    }

    @Test
    void bindsTypedLiteralsAndTheNormalisedKey() {
        Map<String, Node> terms = Bindings.parse(QUERY,
                List.of("name=Llama 2", "minConfidence=0.75", "year=2023", "limit=3")).terms();
        assertEquals(Map.of(
                "name", NodeFactory.createLiteralString("Llama 2"),
                "nameKey", NodeFactory.createLiteralString("llama2"),
                "minConfidence", NodeFactory.createLiteralDT("0.75", XSDDatatype.XSDdecimal),
                "year", NodeFactory.createLiteralDT("2023", XSDDatatype.XSDinteger)), terms);
        assertFalse(terms.containsKey("limit"));
    }

    @Test
    void unknownParameterListsTheValidOnes() {
        QueryParameterException e = assertThrows(QueryParameterException.class,
                () -> Bindings.parse(QUERY, List.of("nmae=Adam")));
        assertEquals("unknown parameter 'nmae' for query 'find'; valid parameters: name, minConfidence, year, limit",
                e.getMessage());
        QueryParameterException none = assertThrows(QueryParameterException.class,
                () -> new Bindings(NO_PARAMS, Map.of("name", "x")));
        assertEquals("unknown parameter 'name': query 'plain' takes no parameters", none.getMessage());
    }

    @Test
    void theDerivedKeyVariableIsNotAParameter() {
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("nameKey=x")));
    }

    @Test
    void malformedAndRepeatedAssignments() {
        assertTrue(assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("name")))
                .getMessage().contains("KEY=VALUE"));
        assertTrue(assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("=Adam")))
                .getMessage().contains("KEY=VALUE"));
        assertTrue(assertThrows(QueryParameterException.class,
                () -> Bindings.parse(QUERY, List.of("name=a", "name=b"))).getMessage().contains("given twice"));
    }

    @Test
    void numbersAreValidated() {
        assertEquals("parameter 'limit' of query 'find' must be an integer, not 'ten'",
                assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("limit=ten")))
                        .getMessage());
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("limit=1.5")));
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("limit=0")));
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("limit=-3")));
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("limit=99999999999999999999")));
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("year=1 UNION {")));
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("minConfidence=NaN")));
        assertThrows(QueryParameterException.class, () -> Bindings.parse(QUERY, List.of("minConfidence=0.5)")));
        assertEquals(NodeFactory.createLiteralDT("-4", XSDDatatype.XSDinteger),
                Bindings.parse(QUERY, List.of("year=-4")).terms().get("year"));
    }

    @Test
    void overlongTextIsRejected() {
        String tooLong = "x".repeat(Bindings.MAX_TEXT_LENGTH + 1);
        assertThrows(QueryParameterException.class, () -> new Bindings(QUERY, Map.of("name", tooLong)));
    }
}
