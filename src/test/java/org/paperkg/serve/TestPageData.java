package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.paperkg.kg.Vocab;
import org.paperkg.store.KgStore;

/** The home page reads the build's precomputed statistics and agrees with counting live. */
class TestPageData {

    @Test
    void homePageFromPrecomputedStatisticsMatchesLiveCounting() {
        try (KgStore live = ServeFixture.store(); KgStore precomputed = ServeFixture.storeWithStatistics()) {
            HomeView counted = home(live);
            HomeView read = home(precomputed);
            assertEquals(counted.counts(), read.counts());
            assertFalse(read.top().get("Dataset").isEmpty());
            // The fixture's datasets are linked by pkg:usesDataset as well as pkg:mentions, as a build writes them.
            assertEquals(byEntity(counted).get("Dataset"), byEntity(read).get("Dataset"));
        }
    }

    @Test
    void precomputedCountsAreWhatTheHomePageShows() {
        try (KgStore store = ServeFixture.storeWithStatistics()) {
            store.write(() -> store.datasetGraph().deleteAny(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.PAPER));
            assertEquals(home(ServeFixture.storeWithStatistics()).counts().get("papers"),
                    home(store).counts().get("papers"), "papers come from the statistics, not from counting");
        }
    }

    private static HomeView home(KgStore store) {
        return new PageData(new GraphReader(store.datasetGraph(), Duration.ofSeconds(30))).home();
    }

    /** Each ranked list as entity IRI to paper count, sorted, so ties in another order still compare equal. */
    private static Map<String, List<String>> byEntity(HomeView view) {
        return view.top().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                .map(r -> r.entity().iri() + " " + r.papers()).sorted(Comparator.naturalOrder()).toList()));
    }
}
