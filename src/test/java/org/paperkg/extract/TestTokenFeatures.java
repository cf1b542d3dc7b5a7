package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Token features on sentences of data/daily-papers; each test names the paper. */
class TestTokenFeatures {
    private static final TokenFeatures FEATURES = new TokenFeatures(18);
    private static final Set<String> TEMPLATES = Set.of("bias", "w", "shape", "brief", "p2", "p3", "p4", "s2", "s3",
            "s4", "punct", "cap", "len", "digit", "hyphen", "title", "title.beforeColon", "first", "paren.inside",
            "paren.next", "paren.previous", "gazetteer", "abbreviation", "alsoInTitle", "w-2", "w-1", "w+1", "w+2", "brief-2",
            "brief-1", "brief+1", "brief+2", "w-1|w", "w|w+1", "previous", "previous|brief");

    private static final Document FLAME = StageFixture.run("FLAME: Frozen Large Language Models Enable"
            + " Data-Efficient Language-Image Pre-training", "The advent of the Transformer has led to large language"
            + " models (LLM). When trained on CC3M, FLAME surpasses the previous state-of-the-art by 4.9\\% in"
            + " ImageNet top-1 accuracy.");

    private static List<String> names(int sentence, String token) {
        TokenFeatures.Prepared p = FEATURES.prepare(FLAME).get(sentence);
        int i = p.tokens().stream().map(Token::text).toList().indexOf(token);
        assertTrue(i >= 0, token + " not in sentence " + sentence);
        return FEATURES.names(p, i, MentionLabel.O);
    }

    @Test
    void shapesMapLettersAndDigitsAndCollapseRuns() {
        assertEquals("XXX-d.d", TokenFeatures.shape("GPT-3.5", false));
        assertEquals("X-d.d", TokenFeatures.shape("GPT-3.5", true));
        assertEquals("Xxxxxxxxxxxx", TokenFeatures.shape("Transformers", false));
        assertEquals("Xx", TokenFeatures.shape("Transformers", true));
        assertEquals("xXd", TokenFeatures.shape("gCOG2", true));
    }

    /** FLAME: the title's acronym before the colon, written in capitals, opening the sentence. */
    @Test
    void titleWordBeforeTheColon() {
        List<String> f = names(0, "FLAME");
        assertTrue(f.containsAll(List.of("w=flame", "shape=XXXXX", "brief=X", "cap=XX", "title", "title.beforeColon",
                "first", "w-1=<s>", "w+1=:", "w|w+1=flame|:", "p3=fla", "s2=me", "len=4-6")), f.toString());
        List<String> frozen = names(0, "Frozen");
        assertTrue(frozen.contains("title") && frozen.contains("cap=Xx"), frozen.toString());
        assertFalse(frozen.contains("title.beforeColon"), frozen.toString());
    }

    /** FLAME: an abbreviation in parentheses, the word before it, a title word in the abstract, a gazetteer name. */
    @Test
    void parenthesesTitleWordsAndGazetteer() {
        List<String> llm = names(1, "LLM");
        assertTrue(llm.containsAll(List.of("paren.inside", "paren.previous", "w-1=(", "w-2=models")), llm.toString());
        assertTrue(names(1, "models").contains("paren.next"));
        assertFalse(names(1, "models").contains("alsoInTitle"), "lower-case words are not title words");
        assertTrue(names(2, "FLAME").contains("alsoInTitle"));
        assertFalse(names(2, "FLAME").contains("title"));
        assertTrue(names(2, "ImageNet").contains("gazetteer=B-DATASET"), names(2, "ImageNet").toString());
        assertTrue(names(2, "CC3M").containsAll(List.of("digit", "cap=XX", "brief=XdX")));
        assertTrue(names(2, "state-of-the-art").contains("hyphen"));
        assertTrue(names(2, ",").contains("punct"));
    }

    /** On the Generalization Gap: an abbreviation pair's long form, its defined short form, the short form later. */
    @Test
    void abbreviationPairs() {
        Document d = StageFixture.run("The Generalization Gap in Offline Reinforcement Learning", "We compare online"
                + " Reinforcement Learning (RL) and behavioral cloning. Offline RL is worse.");
        List<TokenFeatures.Prepared> p = FEATURES.prepare(d);
        assertEquals("Reinforcement", p.get(1).tokens().get(3).text());
        assertTrue(FEATURES.names(p.get(1), 3, MentionLabel.O).contains("abbreviation=long"));
        assertTrue(FEATURES.names(p.get(1), 4, MentionLabel.O).contains("abbreviation=long"));
        assertTrue(FEATURES.names(p.get(1), 6, MentionLabel.O).contains("abbreviation=short"));
        assertTrue(FEATURES.names(p.get(2), 1, MentionLabel.O).contains("abbreviation=short.elsewhere"));
        assertFalse(FEATURES.names(p.get(1), 2, MentionLabel.O).stream().anyMatch(f -> f.startsWith("abbreviation")));
    }

    /** Every feature comes from a fixed template, so no feature is a list of names. */
    @Test
    void featuresComeFromFixedTemplates() {
        for (TokenFeatures.Prepared p : FEATURES.prepare(FLAME)) {
            for (int i = 0; i < p.size(); i++) {
                for (String f : FEATURES.names(p, i, MentionLabel.B_MODEL)) {
                    String template = f.contains("=") ? f.substring(0, f.indexOf('=')) : f;
                    assertTrue(TEMPLATES.contains(template), f);
                }
            }
        }
    }

    @Test
    void hashedIndicesAreAscendingDistinctAndInRange() {
        TokenFeatures.Prepared p = FEATURES.prepare(FLAME).get(2);
        for (int i = 0; i < p.size(); i++) {
            int[] x = FEATURES.observedIndices(p, i);
            assertTrue(x.length >= 15, "too few features");
            for (int j = 0; j < x.length; j++) {
                assertTrue(x[j] >= 1 && x[j] <= FEATURES.dimension());
                assertTrue(j == 0 || x[j] > x[j - 1]);
            }
        }
        assertEquals(2, FEATURES.names(p, 1, MentionLabel.O).size() - FEATURES.names(p, 1, MentionLabel.O).stream()
                .filter(f -> !f.startsWith("previous")).count());
        assertFalse(Arrays.equals(FEATURES.transitionIndices(p, 1, MentionLabel.O),
                FEATURES.transitionIndices(p, 1, MentionLabel.B_DATASET)));
        assertTrue(FEATURES.names(p, 1, MentionLabel.B_DATASET).contains("previous=B_DATASET"));
    }

    @Test
    void rejectsUnreasonableHashSizes() {
        assertThrows(IllegalArgumentException.class, () -> new TokenFeatures(4));
        assertThrows(IllegalArgumentException.class, () -> new TokenFeatures(30));
    }
}
