package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the bibliographic fields the readers share: arXiv ids, years, author lists. */
final class Fields {
    private static final Pattern ARXIV_ID = Pattern.compile(
            "(?:arxiv\\.org/(?:abs|pdf)/|arXiv:)?(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b)\\s*");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    private Fields() {
    }

    /** The arXiv identifier in an id or URL without its version ("http://arxiv.org/abs/2302.06675v2" gives "2302.06675"). */
    static Optional<String> arxivId(String s) {
        Matcher m = ARXIV_ID.matcher(s.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The arXiv abstract page of an identifier. */
    static String arxivUrl(String arxivId) {
        return "https://arxiv.org/abs/" + arxivId;
    }

    /** The first plausible year (1900-2099) in a date or year field. */
    static OptionalInt year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
    }

    /**
     * Author names from one string: separated by semicolons when there are any, else by commas and "and"
     * ("Xiangning Chen, Chen Liang and Da Huang").
     */
    static List<String> authors(String s) {
        List<String> out = new ArrayList<>();
        String[] parts = s.indexOf(';') >= 0 ? s.split(";") : AUTHOR_SPLIT.split(s);
        for (String a : parts) {
            String name = Text.cleanTitle(a);
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** A field's value when it is not blank, stripped. */
    static Optional<String> present(String s) {
        String v = s == null ? "" : Text.cleanTitle(s);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
