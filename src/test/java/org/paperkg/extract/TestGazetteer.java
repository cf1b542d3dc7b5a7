package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

class TestGazetteer {
    private static final Gazetteer BUNDLED = Gazetteer.bundled();

    @Test
    void matchesSpellingVariantsAfterNormalisation() {
        assertEquals("CIFAR-10", BUNDLED.lookup("CIFAR10").orElseThrow().name());
        assertEquals("Llama 2", BUNDLED.lookup("LLaMA-2").orElseThrow().name());
        assertEquals(EntityType.MODEL, BUNDLED.lookup("GPT4").orElseThrow().type());
        assertEquals("GPT-4V", BUNDLED.lookup("GPT-4V").orElseThrow().name());
        assertEquals("Pearson correlation", BUNDLED.lookup("Pearson correlation").orElseThrow().name());
        assertEquals("Spearman correlation", BUNDLED.lookup("Spearman's rank correlation").orElseThrow().name());
    }

    @Test
    void lowerCaseWordsDoNotMatchCapitalisedNames() {
        assertEquals(Optional.empty(), BUNDLED.lookup("is"));
        assertEquals(Optional.empty(), BUNDLED.lookup("math"));
        assertEquals(Optional.empty(), BUNDLED.lookup("Math"));
        assertEquals("MATH", BUNDLED.lookup("MATH").orElseThrow().name());
        assertEquals(EntityType.METHOD, BUNDLED.lookup("behavioral cloning").orElseThrow().type());
    }

    @Test
    void exposesWikidataIrisWhereKnown() {
        assertEquals(List.of("http://www.wikidata.org/entity/Q24901201"),
                BUNDLED.lookup("ImageNet").orElseThrow().iris());
        assertTrue(BUNDLED.entries().size() > 300);
    }

    @Test
    void rejectsMalformedLines() throws IOException {
        List<GazetteerEntry> ok = Gazetteer.parse(new BufferedReader(new StringReader(
                "# comment\nFooNet\tmethod\tFoo-Net|FN\n")), "t");
        assertEquals(List.of("Foo-Net", "FN"), ok.get(0).aliases());
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(new BufferedReader(new StringReader(
                "FooNet\tgadget\n")), "t"));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(new BufferedReader(new StringReader(
                "FooNet\tmethod\t\tP31\n")), "t"));
    }

    @Test
    void wellKnownEvaluationMetricsAndSharedTasks() {
        for (String m : List.of("PQ", "C-index", "concordance index", "Brier score", "Cohen's kappa", "HD95", "MOS",
                "BLEU-4", "Sharpe ratio", "AbsRel")) {
            assertEquals(EntityType.METRIC, BUNDLED.lookup(m).orElseThrow().type(), m);
        }
        assertEquals(EntityType.DATASET, BUNDLED.lookup("SemEval").orElseThrow().type());
    }

    @Test
    void stepsThroughNamesWordByWordAsTheirKeys() {
        String text = "We fine-tune Vision-Transformer on CIFAR 10.";
        int cifar = BUNDLED.step(BUNDLED.root(), text, text.indexOf("CIFAR"), text.indexOf("CIFAR") + 5);
        assertTrue(cifar >= 0);
        assertEquals(Optional.empty(), BUNDLED.entryAt(cifar, text, text.indexOf("CIFAR"), text.indexOf("CIFAR") + 5));
        int ten = BUNDLED.step(cifar, text, text.indexOf("10"), text.indexOf("10") + 2);
        assertEquals("CIFAR-10", BUNDLED.entryAt(ten, text, text.indexOf("CIFAR"), text.indexOf("10") + 2)
                .orElseThrow().name());
        assertEquals(-1, BUNDLED.step(ten, text, 0, 2));
        assertEquals(-1, BUNDLED.step(BUNDLED.root(), "qqqzzz", 0, 6));
    }

    @Test
    void stepKeepsTheCaseRuleAndNormalisesNonAsciiWords() {
        int math = BUNDLED.step(BUNDLED.root(), "math", 0, 4);
        assertEquals(Optional.empty(), BUNDLED.entryAt(math, "math", 0, 4));
        assertEquals("MATH", BUNDLED.entryAt(math, "MATH", 0, 4).orElseThrow().name());
        Gazetteer g = Gazetteer.of(List.of(new GazetteerEntry("Caf\u00e9Net", EntityType.MODEL, List.of(), List.of())));
        String decomposed = "Cafe\u0301Net";
        int node = g.step(g.root(), decomposed, 0, decomposed.length());
        assertEquals("Caf\u00e9Net", g.entryAt(node, decomposed, 0, decomposed.length()).orElseThrow().name());
    }

    @Test
    void aKeyWithSeveralNamesMatchesWhenAnyOfItsNamesAllowsTheSurface() {
        Gazetteer g = Gazetteer.of(List.of(
                new GazetteerEntry("MATH", EntityType.DATASET, List.of("M-A-T-H"), List.of()),
                new GazetteerEntry("SST", EntityType.DATASET, List.of("sst"), List.of()),
                new GazetteerEntry("Proto", EntityType.METHOD, List.of("PROTO"), List.of())));
        String text = "On math, MATH, Math, sst, SST, Sst, proto, Proto and PROTO:";
        for (String[] want : new String[][] {{"math", ""}, {"MATH", "MATH"}, {"Math", ""}, {"sst", "SST"},
                {"SST", "SST"}, {"Sst", "SST"}, {"proto", ""}, {"Proto", "Proto"}, {"PROTO", "Proto"}}) {
            int from = text.indexOf(want[0] + (want[0].equals("proto") ? "," : ""));
            int node = g.step(g.root(), text, from, from + want[0].length());
            assertEquals(want[1], g.entryAt(node, text, from, from + want[0].length()).map(GazetteerEntry::name)
                    .orElse(""), want[0]);
            assertEquals(want[1], g.lookup(want[0]).map(GazetteerEntry::name).orElse(""), want[0]);
        }
    }

    @Test
    void theCaseRuleReadsNonAsciiSurfacesAsStringLowerCaseDoes() {
        Gazetteer g = Gazetteer.of(List.of(new GazetteerEntry("\u00c9T\u00c9", EntityType.DATASET, List.of(),
                List.of())));
        assertEquals(Optional.empty(), g.lookup("\u00e9t\u00e9"));
        assertEquals(Optional.empty(), g.lookup("\u00c9t\u00e9"));
        assertEquals(EntityType.DATASET, g.lookup("\u00c9T\u00c9").orElseThrow().type());
        String text = "x \u00e9t\u00e9 \u00c9T\u00c9";
        int node = g.step(g.root(), text, 2, 5);
        assertEquals(Optional.empty(), g.entryAt(node, text, 2, 5));
        assertEquals(EntityType.DATASET, g.entryAt(node, text, 6, 9).orElseThrow().type());
        assertEquals(Optional.empty(), g.lookup(""));
    }
}
