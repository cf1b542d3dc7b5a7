package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestSentenceSplitter {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void keepsAbbreviationsDecimalsAndUrlsInsideSentences() {
        String text = "Despite the generality, customizing SAM for specific visual concepts without man-powered"
                + " prompting"
                + " is under explored, e.g., automatically segmenting your pet dog in different images. The empirical"
                + " results show that FedKA achieves performance gains of 8.8% and 3.5% in Digit-Five and"
                + " Office-Caltech10, respectively. The code and settings are available at this repository:"
                + " https://github.com/thuml/Flowformer.";
        List<String> s = sentences(text);
        assertEquals(3, s.size());
        assertEquals("The code and settings are available at this repository: https://github.com/thuml/Flowformer.",
                s.get(2));
        assertEquals("The empirical results show that FedKA achieves performance gains of 8.8% and 3.5% in Digit-Five"
                + " and Office-Caltech10, respectively.", s.get(1));
    }

    @Test
    void doesNotSplitAfterEtAlOrInitials() {
        String text = "We compare against the method of Wang et al. On three benchmarks it wins. See J. Smith"
                + " for more.";
        assertEquals(List.of("We compare against the method of Wang et al. On three benchmarks it wins.",
                "See J. Smith for more."), sentences(text));
    }

    @Test
    void offsetsPointIntoTheAbstractAndTitleIsSentenceZero() {
        Document d = new Document("ClimaX: A foundation model for weather and climate",
                "  Most approaches are physics-based. We develop ClimaX.");
        new SentenceSplitter().annotate(d);
        List<Sentence> s = d.get(Layers.SENTENCES);
        assertEquals(Section.TITLE, s.get(0).section());
        Sentence second = s.get(2);
        assertEquals("We develop ClimaX.", d.abstractText().substring(second.start(), second.end()));
    }

    @Test
    void splitsAtAFullStopGluedToASentenceOpener() {
        String text = "We integrate MLLMs with continual learning to utilize the rich commonsense knowledge in LLMs.We"
                + " introduce a Dual-Router MoE (RMoE) to select the global and local experts.";
        assertEquals(List.of("We integrate MLLMs with continual learning to utilize the rich commonsense knowledge in"
                + " LLMs.", "We introduce a Dual-Router MoE (RMoE) to select the global and local experts."),
                sentences(text));
    }

    @Test
    void keepsGluedFullStopsInsideUrlsPathsAndNames() {
        String text = "Code is at https://github.com/org/repo.The rest and torch.Tensor and ASP.Net and e.g.The end.";
        assertEquals(1, sentences(text).size());
    }
}
