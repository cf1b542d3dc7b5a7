package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.PaperKey;

class TestKeys {

    @Test
    void keysAgreeWithPaperKeyNormalisation() {
        for (String name : List.of("GPT-4", "LLaMA-2 7B", "CIFAR10", "Naïve Bayes", "β-VAE", "—", "", "x_{t}")) {
            assertEquals(PaperKey.normalize(name), Keys.of(name), name);
        }
    }

    @Test
    void keysAgreeWhetherTheTextIsAlreadyAKeyOrChangesLate() {
        for (String name : List.of("bert", "resnet50", "gpt4o", "resnet-50", "gpt4O", "abc def", "a", "A", "7", "-",
                "mixture of Experts", "abcdefg-", "vit-b/16", "Vit", "sam2 .")) {
            assertEquals(PaperKey.normalize(name), Keys.of(name), name);
            assertEquals(PaperKey.normalize(name), Keys.of(new StringBuilder(name)), name);
        }
    }

    @Test
    void asciiKeyCharactersAreLowerCaseLettersAndDigitsOnly() {
        assertEquals('g', Keys.asciiKeyChar('G'));
        assertEquals('7', Keys.asciiKeyChar('7'));
        assertEquals('b', Keys.asciiKeyChar('b'));
        assertEquals(0, Keys.asciiKeyChar('-'));
        assertEquals(0, Keys.asciiKeyChar(' '));
    }

    @Test
    void emptyKeyIsWhatTheBuiltKeyWouldSay() {
        for (String word : List.of("-", "(", "--", "—", "a-", "-7", "Naïve", "é", "·", "")) {
            assertEquals(Keys.of(word).isEmpty(), Keys.emptyKey(word), word);
        }
        assertTrue(Keys.emptyKey("%)"));
        assertFalse(Keys.emptyKey("Tx"));
    }
}
