package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestTokenizer {

    @Test
    void keepsHyphenatedModelNamesAndVersionNumbersWhole() {
        List<String> t = Tokenizer.tokenize("applying CycleQD to LLAMA3-8B-INSTRUCT based models, on par with"
                + " GPT-3.5-TURBO (ViT-B/16).").stream().map(Token::text).toList();
        assertTrue(t.containsAll(List.of("CycleQD", "LLAMA3-8B-INSTRUCT", "GPT-3.5-TURBO", "ViT-B/16")), t.toString());
        assertEquals(".", t.get(t.size() - 1));
    }

    @Test
    void urlIsOneTokenWithoutTheFinalFullStop() {
        String s = "Code is released at https://github.com/ZrrSkywalker/Personalize-SAM.";
        List<Token> t = Tokenizer.tokenize(s);
        Token url = t.get(t.size() - 2);
        assertEquals("https://github.com/ZrrSkywalker/Personalize-SAM", url.text());
        assertEquals(url.text(), s.substring(url.start(), url.end()));
    }

    @Test
    void splitsPossessivesAndPercentSigns() {
        List<String> t = Tokenizer.tokenize("GPT-4's accuracy rises by ~3%").stream().map(Token::text).toList();
        assertEquals(List.of("GPT-4", "'", "s", "accuracy", "rises", "by", "~", "3", "%"), t);
    }

    @Test
    void caretsStayInsideNames() {
        // few-shot segmentation benchmarks as written in dev-d; zhao2025tmlr-partaware
        List<String> texts = Tokenizer.tokenize("on COCO-20^i and Pascal-5^i with P^2SAM.").stream().map(Token::text)
                .toList();
        assertEquals(List.of("on", "COCO-20^i", "and", "Pascal-5^i", "with", "P^2SAM", "."), texts);
    }

    @Test
    void texSuperAndSubscriptsGluedToAWordStayInsideItButOtherMathDoesNot() {
        // corpus shards 016-017: "we propose D$^3$SR", "NLVR$^2$", "IDE$_{T}$"; "5$\times$ faster" is no name
        List<String> texts = Tokenizer.tokenize("D$^3$SR beats NLVR$^2$ and IDE$_{T}$, 5$\\times$ faster.").stream()
                .map(Token::text).toList();
        assertEquals(List.of("D$^3$SR", "beats", "NLVR$^2$", "and", "IDE$_{T}$", ",", "5", "$", "\\", "times", "$",
                "faster", "."), texts);
    }
}
