package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestPages {
    private static final String BASE = "http://127.0.0.1:3030/";
    private final Pages pages = new Pages(new IriPaths(BASE));

    private static final String ABSTRACT = "We test <script>alert(\"x\")</script> & more. ScriptNet beats Lion on ImageNet.";
    private static final Link PAPER = new Link(BASE + "paper/62e730d31ed3409d", "Robust <script>alert('t')</script> & Co");
    private static final Link EVIL = new Link(BASE + "entity/scriptnet", "ScriptNet<img src=x onerror=alert(1)>");
    private static final Link LION = new Link(BASE + "entity/lion", "Lion");
    private static final ClaimView CLAIM = new ClaimView(BASE + "claim/2fab36a862144220", EVIL, "outperforms",
            Optional.of(LION), "Lion", List.of(new Link(BASE + "entity/imagenet", "ImageNet")), "1.5% <b>",
            "ScriptNet <i>beats</i> Lion", 0.8, PAPER);

    @Test
    void paperPageEscapesTitleAbstractAuthorsAndClaims() {
        PaperView v = new PaperView(PAPER, List.of(ABSTRACT), List.of(List.of("Venue", "<b>NeurIPS</b>")),
                List.of("Eve <evil@example.org>"), List.of("javascript:alert(1)", "https://github.com/x/y"),
                List.of(new Mention(EVIL, "Model", List.of("ScriptNet"), true),
                        new Mention(LION, "Method", List.of("Lion"), false)), List.of(CLAIM));
        String html = pages.paper(v);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<b>NeurIPS"), html);
        assertFalse(html.contains("<i>beats"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more."), html);
        assertTrue(html.contains("Robust &lt;script&gt;alert('t')&lt;/script&gt; &amp; Co"), html);
        assertTrue(html.contains("Eve &lt;evil@example.org&gt;"), html);
        assertTrue(html.contains("<a class=\"external\" rel=\"noopener noreferrer\" href=\"https://github.com/x/y\">"), html);
    }

    @Test
    void abstractHighlightsMentionsAsLinksAndEscapesTheRest() {
        String out = pages.highlight(ABSTRACT, List.of(new Mention(LION, "Method", List.of("Lion"), false),
                new Mention(new Link(BASE + "entity/imagenet", "ImageNet"), "Dataset", List.of("ImageNet"), false)));
        assertEquals("We test &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more. ScriptNet beats "
                + "<mark class=\"method\"><a href=\"/entity/lion\" title=\"Method: Lion\">Lion</a></mark> on "
                + "<mark class=\"dataset\"><a href=\"/entity/imagenet\" title=\"Dataset: ImageNet\">ImageNet</a></mark>.", out);
    }

    @Test
    void longerNamesWinOverlapsAndWordsMustBeWhole() {
        Link vit = new Link(BASE + "entity/vit", "ViT");
        Link vitl = new Link(BASE + "entity/vitl", "ViT-L");
        String out = pages.highlight("ViT-L beats ViT; ViTs differ.", List.of(new Mention(vit, "Model", List.of("ViT"), false),
                new Mention(vitl, "Model", List.of("ViT-L"), false)));
        assertEquals("<mark class=\"model\"><a href=\"/entity/vitl\" title=\"Model: ViT-L\">ViT-L</a></mark> beats "
                + "<mark class=\"model\"><a href=\"/entity/vit\" title=\"Model: ViT\">ViT</a></mark>; ViTs differ.", out);
    }

    @Test
    void entityPageEscapesLabelsAliasesAndEvidenceAndLinksClaimsToPapers() {
        EntityView v = new EntityView(EVIL, List.of("Model"), List.of("Script<Net>"),
                List.of("http://www.wikidata.org/entity/Q1", "javascript:alert(2)"), List.of(PAPER), 1, List.of(CLAIM),
                List.of(), List.of());
        String html = pages.entity(v);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("Script<Net>"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(html.contains("<h1 id=\"entity-label\">ScriptNet&lt;img src=x onerror=alert(1)&gt;</h1>"), html);
        assertTrue(html.contains("<a class=\"paper-link\" href=\"/paper/62e730d31ed3409d\">"), html);
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q1\""), html);
        assertTrue(html.contains("<script defer src=\"/assets/cytoscape.min.js\"></script>"), html);
    }

    @Test
    void searchPageEscapesTheQueryAndLabelsButKeepsSnippetMarks() {
        String html = pages.search("\"><script>x</script>", List.of(new SearchHit(PAPER.iri(), "Paper", PAPER.label(),
                "a <mark>marked</mark> &lt;b&gt;", 1f)));
        assertFalse(html.contains("<script>x"), html);
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), html);
        assertTrue(html.contains("a <mark>marked</mark> &lt;b&gt;"), html);
        assertTrue(html.contains("Robust &lt;script&gt;"), html);
    }

    @Test
    void linksUnderAPublicBaseMapToLocalPaths() {
        IriPaths paths = new IriPaths("https://w3id.org/paperkg/demo/");
        assertEquals("/entity/lion", paths.href("https://w3id.org/paperkg/demo/entity/lion"));
        assertEquals("https://github.com/x", paths.href("https://github.com/x"));
        assertEquals("https://w3id.org/paperkg/demo/claim/ab", paths.iriOf("/claim/ab"));
    }
}
