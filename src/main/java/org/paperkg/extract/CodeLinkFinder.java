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
    private static final Pattern URL = Pattern.compile(
            "https?:\\s?//[^\\s<>\"]+|(?<![/\\w.])(?:www\\.|(?:github|gitlab|bitbucket|huggingface)\\.(?:com|co"
                    + "|org|io)/)"
                    + "[^\\s<>\"]+|(?<![/\\w.@-])[\\w-]+(?:\\.[\\w-]+)*\\.github\\.io\\b[^\\s<>\"]*");

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
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String u = trim(m.group());
            if (u.length() > 10) {
                out.add(u);
            }
        }
        return List.copyOf(new ArrayList<>(out));
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
