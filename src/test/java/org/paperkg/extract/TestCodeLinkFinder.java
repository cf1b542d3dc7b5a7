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
    @Test
    void joinsALinkThatTextExtractionBrokeWithOneSpace() {
        // as in training-set abstracts: a code host's slash before the owner, a host name cut at a dot, a repository after
        // its owner's slash; each kept exactly as written, space included
        assertEquals(List.of("https://github.com/ Dev-Mrha/DualPriorsCorrection"), CodeLinkFinder.find(
                "The code is available at https://github.com/ Dev-Mrha/DualPriorsCorrection."));
        assertEquals(List.of("https://hierarcaps. github.io/"),
                CodeLinkFinder.find("Project page: https://hierarcaps. github.io/"));
        assertEquals(List.of("https://github.com/lidazhang/ ssml-time-series-heterogeneity.git"), CodeLinkFinder.find(
                "Code: https://github.com/lidazhang/ ssml-time-series-heterogeneity.git"));
    }

    @Test
    void leavesWholeLinksAndOrdinaryWordsAfterThemAlone() {
        assertEquals(List.of("https://github.com/owner/repo/"),
                CodeLinkFinder.find("See https://github.com/owner/repo/ and/or the appendix."));
        assertEquals(List.of("https://github.com/owner/"),
                CodeLinkFinder.find("See https://github.com/owner/ for more tools."));
        assertEquals(List.of("https://example.org/docs/"),
                CodeLinkFinder.find("Docs at https://example.org/docs/ api/v1 describe it."));
        assertEquals(List.of("https://example"), CodeLinkFinder.find("Visit https://example. The rest follows."));
    }

    @Test
    void readsAMarkdownLinkWrittenOutInFullAsOneLink() {
        assertEquals(List.of("https://github.com/KennyCaty/NeuroPath"), CodeLinkFinder.find(
                "Code: [https://github.com/KennyCaty/NeuroPath](https://github.com/KennyCaty/NeuroPath)."));
    }
}
