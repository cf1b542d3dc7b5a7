package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestToken {

    @Test
    void wordAndCapitalReadTheFirstCharacterAsCharacterDoesForEveryLatinCharacter() {
        for (char c = 0; c < 0x300; c++) {
            Token t = new Token(c + "x", 0, 2);
            assertEquals(Character.isLetterOrDigit(c), t.isWord(), "U+" + Integer.toHexString(c));
            assertEquals(Character.isUpperCase(c), t.isCapitalized(), "U+" + Integer.toHexString(c));
            assertEquals(!Character.isUpperCase(c), t.isLowerCase(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void wordsFromARealSentence() {
        List<Token> toks = Tokenizer.tokenize("We fine-tune \u00c9cole's ViT-B/16 on ImageNet (top-1: 81.2%).");
        assertTrue(toks.get(0).isWord() && toks.get(0).isCapitalized() && !toks.get(0).isLowerCase());
        assertTrue(toks.get(1).isWord() && toks.get(1).isLowerCase() && !toks.get(1).isCapitalized());
        Token ecole = toks.stream().filter(t -> t.text().startsWith("\u00c9")).findFirst().orElseThrow();
        assertTrue(ecole.isWord() && ecole.isCapitalized());
        Token bracket = toks.stream().filter(t -> t.text().equals("(")).findFirst().orElseThrow();
        assertFalse(bracket.isWord() || bracket.isCapitalized());
        assertTrue(new Token("\ud835\udc00x", 0, 3).isWord(), "a letter outside the BMP");
    }
}
