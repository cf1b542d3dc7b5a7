package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TDB2's index-scan ranking gives the answer of the SPARQL aggregate it replaces. */
class TestRankObjects {
    private static final Node USES = iri("uses");
    private static final Node ALT = iri("alt");
    private static final Node ON = iri("on");
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private KgStore store;

    @BeforeEach
    void load() {
        store = KgStore.inMemory();
        store.write(() -> {
            // e1: papers p1..p3 (p1 in two graphs counts once); e2, e3, e4: two papers each (a tie); e5: one paper
            add("g1", "p1", USES, "e1");
            add("g2", "p1", USES, "e1");
            add("g1", "p2", USES, "e1");
            add("g2", "p3", USES, "e1");
            for (String e : List.of("e4", "e2", "e3")) {
                add("g1", "p1", USES, e);
                add("g2", "p2", USES, e);
            }
            add("g1", "p9", USES, "e5");
            add("g1", "e3", ALT, "x");
            add("g2", "e5", ALT, "y");
            store.datasetGraph().add(Quad.create(iri("g1"), iri("p1"), USES, NodeFactory.createLiteralString("text")));
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsDistinctSubjectsOverTheUnionMostFirstTiesInIriOrder() {
        assertEquals(List.of(count("e1", 3), count("e2", 2), count("e3", 2), count("e4", 2), count("e5", 1)),
                store.rankObjects(USES, Optional.empty(), 10));
        assertEquals(sparql(USES, Optional.empty(), 10), store.rankObjects(USES, Optional.empty(), 10));
    }

    @Test
    void theLimitCutsInsideATieByIri() {
        assertEquals(List.of(count("e1", 3), count("e2", 2), count("e3", 2)), store.rankObjects(USES, Optional.empty(), 3));
        assertEquals(sparql(USES, Optional.empty(), 3), store.rankObjects(USES, Optional.empty(), 3));
    }

    @Test
    void onlyObjectsWithTheRequiredPropertyAreRanked() {
        assertEquals(List.of(count("e3", 2), count("e5", 1)), store.rankObjects(USES, Optional.of(ALT), 10));
        assertEquals(sparql(USES, Optional.of(ALT), 10), store.rankObjects(USES, Optional.of(ALT), 10));
    }

    @Test
    void anUnknownPropertyRanksNothing() {
        assertEquals(List.of(), store.rankObjects(iri("unused"), Optional.empty(), 10));
        assertEquals(List.of(), store.rankObjects(USES, Optional.of(iri("unused")), 10));
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> store.rankObjects(USES, Optional.empty(), 0));
    }

    @Test
    void coObjectsAreCountedPerGroupOverDistinctSubjectsWithTiesAtTheLimit() {
        store.write(() -> {
            // group d1: papers p1, p2 (p1 in two graphs); group d2: p3; e2 and e3 are typed, e1 is not
            add("g1", "p1", ON, "d1");
            add("g2", "p1", ON, "d1");
            add("g2", "p2", ON, "d1");
            add("g2", "p3", ON, "d2");
            add("g1", "e2", TYPE, "C");
            add("g2", "e3", TYPE, "D");
            add("g1", "e4", TYPE, "C");
        });
        List<Node> groups = List.of(iri("d1"), iri("d2"), iri("unknown"));
        Set<Node> classes = Set.of(iri("C"), iri("D"));
        // d1: the typed e2, e3, e4 by both papers (tied at the limit, all kept); d2: only e1, which is not typed
        Map<Node, List<ObjectCount>> expected = Map.of(iri("d1"),
                List.of(count("e2", 2), count("e3", 2), count("e4", 2)));
        assertEquals(expected, store.rankCoObjects(ON, groups, USES, classes, 1));
        assertEquals(expected, generic().rankCoObjects(ON, groups, USES, classes, 1));
        assertEquals(Map.of(iri("d1"), List.of(count("e2", 2), count("e4", 2))),
                store.rankCoObjects(ON, groups, USES, Set.of(iri("C")), 5));
    }

    /** The same ranking by the SPARQL aggregate that {@link GraphStore#rankObjects} runs by default. */
    private List<ObjectCount> sparql(Node property, Optional<Node> having, int limit) {
        return generic().rankObjects(property, having, limit);
    }

    /** The store seen through the SPARQL defaults of {@link GraphStore} only. */
    private GraphStore generic() {
        return new GraphStore() {
            @Override
            public String location() {
                return store.location();
            }

            @Override
            public boolean isEmpty() {
                return store.isEmpty();
            }

            @Override
            public boolean unionDefaultGraph() {
                return true;
            }

            @Override
            public void select(String query, Consumer<QuerySolution> rows) {
                store.select(query, rows);
            }

            @Override
            public void update(UpdateRequest request) {
                store.update(request);
            }

            @Override
            public GraphLoader loader(boolean bulk, MonitorOutput monitor) {
                return store.loader(bulk, monitor);
            }

            @Override
            public void close() {
            }
        };
    }

    private void add(String g, String s, Node p, String o) {
        store.datasetGraph().add(Quad.create(iri(g), iri(s), p, iri(o)));
    }

    private static ObjectCount count(String name, long n) {
        return new ObjectCount(iri(name), n);
    }

    private static Node iri(String name) {
        return NodeFactory.createURI("http://example.org/" + name);
    }
}
