package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paperkg.model.Claim;
import org.paperkg.model.Extraction;

/**
 * The extractor never throws and keeps its offsets inside the abstract, whatever text it is given: abstracts made
 * of the words and signs its rules react to, in any order (comparisons, parentheses, acronyms, numbers, URLs).
 */
class TestExtractorRobustness {
    private static final Extractor EXTRACTOR = RuleExtractor.withDefaults();
    private static final List<String> WORDS = List.of("We", "we", "propose", "introduce", "our", "method", "Ours",
            "it", "outperforms", "outperform", "surpasses", "than", "better", "higher", "more", "less", "fewer",
            "compared", "to", "with", "comparable", "on", "par", "competitive", "not", "does", "fails", "to", "match",
            "the", "state-of-the-art", "baselines", "existing", "methods", "and", "or", "by", "a", "an", "of", "in",
            "GPT-4", "LLaMA-2", "ResNet-50", "ImageNet", "CIFAR-10", "BERT", "X-7B", "FooNet", "(", ")", "(FN)", ",",
            ".", ";", ":", "%", "4.9%", "+2.1", "top-1", "accuracy", "F1", "BLEU", "dataset", "benchmark", "model",
            "called", "dubbed", "named", "https://github.com/a/b", "\"", "'", "-", "e.g.", "i.e.", "vs.", "et", "al.",
            "\n", "  ", "Experiments", "show", "that", "achieves", "up", "margin", "large", "over", "prior", "art");

    /** A real abstract on which a rule once cut a substring backwards ("Compared with ... more than ten ..."). */
    @Example
    void aComparisonWhoseThanComesBeforeItsRival() {
        String text = "In this paper, we propose an end-to-end method, PaRe, to enhance cross-modal fine-tuning. "
                + "Compared with hand-designed, general-purpose, task-specific, and state-of-the-art cross-modal "
                + "fine-tuning approaches, PaRe demonstrates superior performance across three challenging benchmarks, "
                + "encompassing more than ten modalities.";
        Extraction e = EXTRACTOR.extract("p", "Enhancing Cross-Modal Fine-Tuning with Gradually Intermediate Modality "
                + "Generation", text);
        assertTrue(e.claims().stream().allMatch(c -> c.sentenceEnd() <= text.length()));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(60).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 3000)
    void neverThrowsAndKeepsClaimOffsetsInsideTheAbstract(@ForAll("texts") String title,
            @ForAll("texts") String abstractText) {
        Extraction e = EXTRACTOR.extract("p", title, abstractText);
        for (Claim c : e.claims()) {
            assertTrue(0 <= c.sentenceStart() && c.sentenceStart() <= c.sentenceEnd()
                    && c.sentenceEnd() <= abstractText.length(), c.toString());
            assertEquals(c.sentence(), abstractText.substring(c.sentenceStart(), c.sentenceEnd()));
        }
    }
}
