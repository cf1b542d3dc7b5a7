package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestAbbreviationFinder {

    private static List<String> pairs(String abstractText) {
        Document d = new Document("t", abstractText);
        new SentenceSplitter().annotate(d);
        new Tokenizer().annotate(d);
        new AbbreviationFinder().annotate(d);
        return d.get(Layers.ABBREVIATIONS).stream().map(a -> a.longForm() + "=" + a.shortForm()).toList();
    }

    @Test
    void findsShortestLongFormForAcronyms() {
        assertEquals(List.of("Segment Anything Model=SAM"), pairs("Driven by large-data pre-training, Segment Anything"
                + " Model (SAM) has been demonstrated as a powerful and promptable framework."));
        assertEquals(List.of("Federated Knowledge Alignment=FedKA"), pairs("We propose a new federated domain"
                + " generalization method called Federated Knowledge Alignment (FedKA)."));
    }

    @Test
    void handlesHyphenatedLongFormsAndLowerCaseOnes() {
        assertEquals(List.of("Think-on-Graph=ToG"), pairs("We further implement this paradigm by introducing a new"
                + " approach called Think-on-Graph (ToG), in which the LLM agent iteratively executes beam search."));
        assertEquals(List.of("large language models=LLMs"), pairs("The generality of pretrained large language models"
                + " (LLMs) has prompted increasing interest."));
    }

    @Test
    void ignoresParenthesesThatAreNotAbbreviations() {
        assertTrue(pairs("We cast attention as the information flow aggregated from the sources (values) to the sinks"
                + " (results) through the learned flow capacities (attentions).").isEmpty());
    }
}
