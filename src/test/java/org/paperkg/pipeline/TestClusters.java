package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clusters join values transitively under the smallest value, whatever the order of the joins. */
class TestClusters {

    @Test
    void joinsAreTransitiveAndTheRootIsTheSmallestValueInAnyOrder() {
        Clusters<String> forwards = new Clusters<>();
        forwards.join("c", "d");
        forwards.join("b", "c");
        forwards.join("x", "y");
        Clusters<String> backwards = new Clusters<>();
        backwards.join("y", "x");
        backwards.join("c", "b");
        backwards.join("d", "c");
        for (Clusters<String> c : List.of(forwards, backwards)) {
            assertEquals("b", c.root("d"));
            assertEquals("b", c.root("b"));
            assertEquals("x", c.root("y"));
            assertEquals("z", c.root("z"), "a value never joined is its own root");
            assertEquals(Set.of("c", "d", "y"), c.joinedUnderOthers());
        }
    }
}
