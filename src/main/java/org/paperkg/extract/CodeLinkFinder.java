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
 * stop, a comma, an unbalanced closing bracket) is not part of it. A link that text extraction broke with one space
 * ("https://github.com/ owner/repo", "https://lab. github.io/") is joined, the space kept as written, and a Markdown
 * link written out in full ("[url](url)") gives its url once.
 */
public final class CodeLinkFinder implements Stage {
    /** Links that start with a scheme, "www." or a code host. */
    private static final String LINK = "https?:\\s?//[^\\s<>\"]+|(?<![/\\w.])(?:www\\.|(?:github|gitlab|bitbucket"
            + "|huggingface)\\.(?:com|co|org|io)/)[^\\s<>\"]+";
    /** Every link this finder knows, bare project pages ("lab.github.io/demo") included. */
    private static final Pattern URL = Pattern.compile(LINK
            + "|(?<![/\\w.@-])[\\w-]+(?:\\.[\\w-]+)*\\.github\\.io\\b[^\\s<>\"]*");
    /** A code host whose links name an owner and a repository. */
    private static final Pattern CODE_HOST = Pattern.compile("(?:www\\.)?(?:github|gitlab|bitbucket)\\.(?:com|org)"
            + "|huggingface\\.co");
    /**
     * The rest of a link broken by one space: a word that carries on a path ("owner/repo", "repo.git") or a host
     * ("github.io/").
     */
    private static final Pattern CONTINUATION = Pattern.compile(" [A-Za-z0-9][\\w.-]*(?:/[^\\s<>\"]*|\\.git\\b)");
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
        int resume = 0;
        while (m.find()) {
            if (m.start() < resume) {
                continue;
            }
            String raw = markdownTarget(m.group());
            if (raw.length() == m.group().length() && brokenAtEnd(raw)) {
                Matcher rest = CONTINUATION.matcher(text).region(m.end(), text.length());
                if (rest.lookingAt()) {
                    raw = text.substring(m.start(), rest.end());
                    resume = rest.end();
                }
            }
            String u = trim(raw);
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

    /**
     * The link of a Markdown link written out in full, "[url](url)", which the pattern reads as one URL: the part
     * before "](".
     */
    private static String markdownTarget(String raw) {
        int at = raw.indexOf("](");
        return at > 0 ? raw.substring(0, at) : raw;
    }

    /**
     * Whether a link stops where text extraction often breaks one with a space: after a code host's slash with no
     * repository yet ("https://github.com/", "github.com/owner/"), or at a dot inside the host name
     * ("https://hierarcaps.").
     */
    private static boolean brokenAtEnd(String raw) {
        int host = raw.indexOf("//");
        String rest = host >= 0 ? raw.substring(host + 2) : raw;
        if (raw.endsWith(".")) {
            return host >= 0 && rest.indexOf('/') < 0;
        }
        if (!raw.endsWith("/")) {
            return false;
        }
        int slash = rest.indexOf('/');
        String name = rest.substring(0, slash);
        String path = rest.substring(slash + 1);
        return CODE_HOST.matcher(name).matches() && path.chars().filter(c -> c == '/').count() <= 1;
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
