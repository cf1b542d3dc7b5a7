package org.paperkg.ingest;

import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * The checks every reader applies to a record before it becomes a listing.
 *
 * <p>Title and abstract are cleaned with {@link Text}; a record is rejected when either is missing, too long to be
 * what it claims, or holds {@link Text#MALFORMED} (the mark of malformed UTF-8 in the input).
 */
final class Records {
    /** Titles longer than this are not titles. */
    static final int MAX_TITLE_CHARS = 1_000;
    /** Abstracts longer than this are not abstracts (arXiv allows 1,920 characters). */
    static final int MAX_ABSTRACT_CHARS = 100_000;
    /** Raw input per record that a reader keeps in memory at most; longer records are skipped or end the file. */
    static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;

    private Records() {
    }

    /** Cleans and checks one record and hands it to the handler as a listing or as a rejection. */
    static void deliver(ListingHandler handler, String source, long record, String rawTitle, String rawAbstract,
            Listing.Metadata metadata) {
        String title = Text.cleanTitle(rawTitle);
        String abs = Text.cleanAbstract(rawAbstract);
        String problem = problem(title, abs);
        if (problem.isEmpty()) {
            handler.accept(new Listing(source, record, title, abs, metadata));
        } else {
            handler.reject(new Rejection(source, record, problem));
        }
    }

    private static String problem(String title, String abs) {
        if (title.isEmpty()) {
            return abs.isEmpty() ? "record has neither title nor abstract" : "record has no title";
        }
        String quoted = " \"" + Text.shorten(title) + "\"";
        if (title.length() > MAX_TITLE_CHARS) {
            return "title longer than " + MAX_TITLE_CHARS + " characters:" + quoted;
        }
        if (abs.isEmpty()) {
            return "record has no abstract:" + quoted;
        }
        if (abs.length() > MAX_ABSTRACT_CHARS) {
            return "abstract longer than " + MAX_ABSTRACT_CHARS + " characters:" + quoted;
        }
        if (title.contains(Text.MALFORMED) || abs.contains(Text.MALFORMED)) {
            return "invalid UTF-8 in title or abstract:" + quoted;
        }
        return "";
    }
}
