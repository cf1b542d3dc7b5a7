package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestCodeLinkFinder {

    @Test
    void dropsSentenceFinalFullStopOnly() {
        assertEquals(List.of("https://github.com/psunlpgroup/D-Pruner"),
                CodeLinkFinder.find("Our code is available at https://github.com/psunlpgroup/D-Pruner."));
        assertEquals(List.of("https://github.com/ZrrSkywalker/Personalize-SAM"),
                CodeLinkFinder.find("Code is released at https://github.com/ZrrSkywalker/Personalize-SAM"));
    }

    @Test
    void keepsLinksExactlyAsWrittenIncludingOddSpacing() {
        assertEquals(List.of("https: //github.com/naver-ai/cgl_fairness"),
                CodeLinkFinder.find("Code is available at https: //github.com/naver-ai/cgl_fairness."));
    }

    @Test
    void findsBareProjectPagesAndBalancesBrackets() {
        assertEquals(List.of("HSI-Synthesis.github.io"),
                CodeLinkFinder.find("Project page: HSI-Synthesis.github.io."));
        assertEquals(List.of("https://example.org/a_(b)"),
                CodeLinkFinder.find("(see https://example.org/a_(b))"));
        assertEquals(List.of(), CodeLinkFinder.find("No links in this abstract, e.g. none."));
    }

    @Test
    void findsHostLinksWithAndWithoutProjectPagesInTheSameText() {
        assertEquals(List.of("www.example.org/tool", "github.com/a/b", "huggingface.co/datasets/x"),
                CodeLinkFinder.find("See www.example.org/tool, github.com/a/b and huggingface.co/datasets/x."));
        assertEquals(List.of("a-lab.github.io/demo", "github.com/a/b", "http://x.org/yz"),
                CodeLinkFinder.find("Demo at a-lab.github.io/demo; code at github.com/a/b (also http://x.org/yz)."));
        assertEquals(List.of(), CodeLinkFinder.find("mygithub.com/a/b and x/www.example.org stay unlinked"));
    }
}
