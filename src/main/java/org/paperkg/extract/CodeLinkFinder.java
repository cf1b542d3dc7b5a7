package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds code and project URLs in the abstract, exactly as written.
 *
 * <p>Recognises {@code http(s)://} links (also with a stray space after the colon, as some sources print them),
 * {@code www.} links and bare {@code github.com/...}-style links. Sentence punctuation after a link (a final full
 * stop, a comma, an unbalanced closing bracket) is not part of it.
 */
public final class CodeLinkFinder implements Stage {
    /** Links that start with a scheme, "www." or a code host. */
    private static final String LINK = "https?:\\s?//[^\\s<>\"]+|(?<![/\\w.])(?:www\\.|(?:github|gitlab|bitbucket"
            + "|huggingface)\\.(?:com|co|org|io)/)[^\\s<>\"]+";
    /** Every link this finder knows, bare project pages ("lab.github.io/demo") included. */
    private static final Pattern URL = Pattern.compile(LINK
            + "|(?<![/\\w.@-])[\\w-]+(?:\\.[\\w-]+)*\\.github\\.io\\b[^\\s<>\"]*");
    /** The literal text every match of {@link #URL_NO_PAGES} starts with, one of these. */
    private static final List<String> LINK_STARTS = List.of("http", "www.", "github.", "gitlab.", "bitbucket.",
            "huggingface.");
    /**
     * {@link #URL} for a text without ".github.io", where its project-page alternative cannot match: the same matches,
     * and the lookahead skips at once every position where no link can start.
     */
    private static final Pattern URL_NO_PAGES = Pattern.compile("(?=[hwgb])(?:" + LINK + ")");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CODE);
    }

    @Override
    public void annotate(Document document) {
        document.put(Layers.CODE, find(document.abstractText()));
    }

    /** The URLs in a text, in order, each once. */
    static List<String> find(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (!(text.contains("http") || text.contains("www.") || text.contains(".github.io")
                || text.contains("github.com/") || text.contains("gitlab.") || text.contains("bitbucket.")
                || text.contains("huggingface."))) {
            return List.of();
        }
        Matcher m = text.contains(".github.io") ? URL.matcher(text)
                : URL_NO_PAGES.matcher(text).region(firstLinkStart(text), text.length()).useTransparentBounds(true);
        while (m.find()) {
            String u = trim(m.group());
            if (u.length() > 10) {
                out.add(u);
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }

    /**
     * Where the first link without a project-page alternative can start: at the first "http", "www." or code host
     * name, since every such link begins with one of them.
     */
    private static int firstLinkStart(String text) {
        int first = text.length();
        for (String start : LINK_STARTS) {
            int at = text.indexOf(start);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }

    private static String trim(String u) {
        int e = u.length();
        while (e > 0) {
            char c = u.charAt(e - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '\u201d'
                    || c == '`') {
                e--;
            } else if (c == ')' || c == ']' || c == '}') {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                String s = u.substring(0, e);
                if (s.chars().filter(x -> x == c).count() > s.chars().filter(x -> x == open).count()) {
                    e--;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return u.substring(0, e);
    }
}
