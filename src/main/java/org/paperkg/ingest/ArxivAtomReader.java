package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * Reads the Atom XML of the arXiv API, streaming one entry at a time.
 *
 * <p>Each <code>&lt;entry&gt;</code> is one listing: {@code id} (an abs URL such as
 * {@code http://arxiv.org/abs/2302.06675v2}, giving the arXiv id), {@code title}, {@code summary} (the abstract),
 * {@code author/name}, {@code published}, the HTML {@code link} (else the id) and {@code arxiv:journal_ref} as the
 * venue. The record number is the entry's 1-based position. The parser is secure: no DTDs, no external entities.
 * An entry that is not a paper (no title, no summary, an API error entry) costs only itself; XML that is not well
 * formed ends the file with one rejection naming the entry and the line and column. The input is read as UTF-8;
 * malformed bytes cost only the entry they are in, and control characters XML forbids are read as spaces.
 */
final class ArxivAtomReader implements ListingReader {
    private static final String ERROR_ID = "arxiv.org/api/errors";

    @Override
    public void read(String source, InputStream in, ListingHandler handler) {
        long n = 0;
        boolean inside = false;
        XMLStreamReader x = null;
        try {
            BoundedReader reader = new BoundedReader(Text.utf8Reader(in), Records.MAX_RECORD_CHARS);
            x = factory().createXMLStreamReader(new XmlCharFilter(reader));
            boolean root = true;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = x.getLocalName();
                if (root && !name.equals("feed") && !name.equals("entry")) {
                    handler.reject(new Rejection(source, 0, "not an Atom feed: the root element is <" + name + ">"));
                    return;
                }
                root = false;
                if (name.equals("entry")) {
                    n++;
                    reader.startRecord();
                    inside = true;
                    entry(source, n, x, handler);
                    inside = false;
                }
            }
        } catch (XMLStreamException e) {
            handler.reject(new Rejection(source, inside ? n : n + 1, "malformed XML" + at(e.getLocation())
                    + ": " + message(e) + "; the rest of the file is not read"));
        } catch (IOException e) {
            handler.reject(new Rejection(source, inside ? n : n + 1, "cannot read further: " + e.getMessage()));
        } finally {
            close(x);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Reads one entry, from its start tag to its end tag, and delivers it. */
    private static void entry(String source, long n, XMLStreamReader x, ListingHandler handler) throws XMLStreamException {
        String id = "";
        String title = "";
        String summary = "";
        String published = "";
        String journal = "";
        String html = "";
        List<String> authors = new ArrayList<>();
        while (nextChild(x)) {
            switch (x.getLocalName()) {
                case "id" -> id = text(x);
                case "title" -> title = text(x);
                case "summary" -> summary = text(x);
                case "published" -> published = text(x);
                case "journal_ref" -> journal = text(x);
                case "author" -> author(x).ifPresent(authors::add);
                case "link" -> {
                    if ("alternate".equals(x.getAttributeValue(null, "rel")) || "text/html".equals(x.getAttributeValue(null, "type"))) {
                        html = x.getAttributeValue(null, "href");
                    }
                    text(x);
                }
                default -> text(x);
            }
        }
        if (id.contains(ERROR_ID)) {
            handler.reject(new Rejection(source, n, "arXiv API error: " + Text.shorten(Text.cleanTitle(summary))));
            return;
        }
        Optional<String> idField = Fields.present(id);
        Optional<String> arxiv = Fields.arxivId(id);
        Optional<String> pub = Fields.present(published);
        OptionalInt year = pub.map(Fields::year).orElse(OptionalInt.empty());
        Optional<String> url = Fields.present(html).or(() -> idField);
        Records.deliver(handler, source, n, title, summary, new Listing.Metadata(idField, arxiv, authors,
                pub, Fields.present(journal), year, url));
    }

    private static Optional<String> author(XMLStreamReader x) throws XMLStreamException {
        String name = "";
        while (nextChild(x)) {
            if (x.getLocalName().equals("name")) {
                name = text(x);
            } else {
                text(x);
            }
        }
        return Fields.present(name);
    }

    /**
     * Moves to the next child element of the current element and says true, or to the current element's end tag
     * and says false; text and comments between children are skipped.
     */
    private static boolean nextChild(XMLStreamReader x) throws XMLStreamException {
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ends inside an element", x.getLocation());
            }
        }
    }

    /** The text inside the current element, nested markup dropped; leaves the reader on its end tag. */
    private static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ends inside an element", x.getLocation());
            }
        }
        return sb.toString();
    }

    private static String at(Location loc) {
        return loc == null || loc.getLineNumber() < 1 ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    }

    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }

    private static void close(XMLStreamReader x) {
        if (x == null) {
            return;
        }
        try {
            x.close();
        } catch (XMLStreamException e) {
            // closing a reader over an input we do not own frees only the parser; nothing is lost
        }
    }
}
