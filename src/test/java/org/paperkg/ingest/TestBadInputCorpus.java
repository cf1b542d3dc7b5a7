package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * The broken inputs of {@code src/test/resources/ingest/bad}: every bad record gets exactly one rejection naming
 * file, record and reason, and every good record in the same file is still read.
 */
class TestBadInputCorpus {
    private static final String BAD = "src/test/resources/ingest/bad/";

    private static Collected read(String name) {
        return Inputs.ingest(Inputs.BAD.resolve(name));
    }

    private static void assertReport(String expectedStart, Rejection r) {
        assertTrue(r.toString().startsWith(BAD + expectedStart), r.toString());
    }

    @Test
    void emptyFile() {
        Collected c = read("empty.jsonl");
        assertEquals(List.of(), c.listings);
        assertEquals(List.of(BAD + "empty.jsonl: empty file"), Inputs.reports(c));
    }

    @Test
    void binaryFile() {
        Collected c = read("binary.bin");
        assertEquals(List.of(), c.listings);
        assertEquals(List.of(BAD + "binary.bin: binary content, not a paper listing"), Inputs.reports(c));
    }

    @Test
    void binaryFileForcedIntoEveryFormatIsOneRejection() {
        for (InputFormat f : InputFormat.values()) {
            Collected c = new Collected();
            Ingester.forcing(f).read(Inputs.BAD.resolve("binary.bin"), c);
            assertEquals(List.of(BAD + "binary.bin: binary content, not a paper listing"), Inputs.reports(c), f.label());
        }
    }

    @Test
    void invalidUtf8() {
        Collected c = read("invalid-utf8.jsonl");
        assertEquals(List.of("Good One", "Good Two"), Inputs.titles(c));
        assertEquals(List.of(BAD + "invalid-utf8.jsonl:2: invalid UTF-8"), Inputs.reports(c));
    }

    /** Malformed bytes inside one record of a streamed format cost only that record. */
    @ParameterizedTest
    @EnumSource(value = InputFormat.class, names = {"DAILY_PAPERS_JSON", "ARXIV_ATOM", "CSV", "DAILY_PAPERS"})
    void invalidUtf8CostsOnlyItsRecord(InputFormat format) {
        String[] parts = switch (format) {
            case DAILY_PAPERS_JSON -> new String[] {"[{\"title\":\"Good One\",\"summary\":\"A1.\"},\n{\"title\":\"Bad\",\"summary\":\"x",
                "y.\"},\n{\"title\":\"Good Two\",\"summary\":\"A3.\"}]"};
            case ARXIV_ATOM -> new String[] {"<feed><entry><title>Good One</title><summary>A1.</summary></entry>\n"
                + "<entry><title>Bad</title><summary>x", "y.</summary></entry>\n"
                + "<entry><title>Good Two</title><summary>A3.</summary></entry></feed>"};
            case CSV -> new String[] {"title,abstract\nGood One,A1.\nBad,x", "y.\nGood Two,A3.\n"};
            default -> new String[] {"Good One\n\nA1.\n\nBad\n\nx", "y.\n\nGood Two\n\nA3.\n"};
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        Collected c = new Collected();
        format.reader().read("in", new ByteArrayInputStream(bytes.toByteArray()), c);
        assertEquals(List.of("Good One", "Good Two"), Inputs.titles(c), format.label());
        assertEquals(1, c.rejections.size(), Inputs.reports(c).toString());
        assertTrue(c.rejections.get(0).reason().startsWith("invalid UTF-8 in title or abstract: \"Bad\""),
                c.rejections.get(0).toString());
    }

    @Test
    void truncatedJsonLine() {
        Collected c = read("truncated.jsonl");
        assertEquals(List.of("Good One", "Good Two"), Inputs.titles(c));
        assertEquals(1, c.rejections.size());
        assertReport("truncated.jsonl:3: invalid JSON: Unexpected end-of-input", c.rejections.get(0));
    }

    /**
     * A gzip file cut off part way keeps every record whole before the cut and gets one rejection where it breaks
     * off; the buffers above the decompressor once dropped up to 64 KiB of good records with the failure.
     */
    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void aTruncatedGzipFileKeepsTheRecordsBeforeTheCut(InputFormat format, @TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder(switch (format) {
            case DAILY_PAPERS_JSON -> "[";
            case ARXIV_ATOM -> "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
            case CSV -> "title,abstract\n";
            default -> "";
        });
        int papers = 2000;
        for (int i = 0; i < papers; i++) {
            String title = String.format(Locale.ROOT, "Paper %04d", i);
            String summary = "We train model " + (i * 7919 % 10007) + " on set " + (i * 104729 % 7777)
                    + " and report " + Integer.toHexString(i * 31337) + " points of accuracy.";
            text.append(switch (format) {
                case JSON_LINES -> "{\"title\":\"" + title + "\",\"abstract\":\"" + summary + "\"}\n";
                case DAILY_PAPERS_JSON -> (i == 0 ? "" : ",\n") + "{\"title\":\"" + title + "\",\"summary\":\"" + summary
                        + "\"}";
                case ARXIV_ATOM -> "<entry><title>" + title + "</title><summary>" + summary + "</summary></entry>\n";
                case CSV -> title + "," + summary + "\n";
                case DAILY_PAPERS -> title + "\n\n" + summary + "\n\n";
            });
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(gz.toByteArray(), gz.size() * 3 / 5);
        Path file = Files.write(dir.resolve("cut." + format.label() + ".gz"), cut);
        String beforeCut = gunzipUpToTheCut(cut);
        int whole = beforeCut.split("Paper \\d{4}", -1).length - 2;

        Collected c = new Collected();
        Ingester.forcing(format).read(file, c);

        List<String> titles = Inputs.titles(c);
        assertTrue(titles.size() >= whole - 1 && titles.size() < papers, format + ": " + titles.size() + " of the "
                + whole + " records before the cut");
        for (int i = 0; i < titles.size(); i++) {
            assertEquals(String.format(Locale.ROOT, "Paper %04d", i), titles.get(i));
        }
        assertEquals(1, c.rejections.size(), Inputs.reports(c).toString());
        Rejection r = c.rejections.get(0);
        // the XML parser reports the cut as the end of the document
        assertTrue(r.reason().matches(".*(Unexpected end of ZLIB input stream|Premature end of file).*")
                && r.record() >= titles.size(), r.toString());
    }

    /** The text a gzip stream gives before it fails. */
    private static String gunzipUpToTheCut(byte[] gzip) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] buf = new byte[512];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                text.write(buf, 0, n);
            }
        } catch (EOFException e) {
            return text.toString(StandardCharsets.UTF_8);
        }
        throw new IllegalStateException("the gzip stream was not cut");
    }

    @Test
    void recordsWithoutTitleOrAbstract() {
        Collected c = read("missing-fields.jsonl");
        assertEquals(List.of("Good One", "Good Five"), Inputs.titles(c));
        assertEquals(List.of(1L, 5L), c.listings.stream().map(Listing::record).toList());
        assertEquals(List.of(
                BAD + "missing-fields.jsonl:2: record has no title",
                BAD + "missing-fields.jsonl:3: record has no abstract: \"A Title Without An Abstract\"",
                BAD + "missing-fields.jsonl:4: record has neither title nor abstract"), Inputs.reports(c));
    }

    /** A 10 MB line is generated at run time: it costs only itself in every line-based format. */
    @Test
    void tenMegabyteSingleLine(@TempDir Path dir) throws IOException {
        String huge = "x".repeat(10 * 1024 * 1024);
        Path jsonl = dir.resolve("huge.jsonl");
        Files.writeString(jsonl, "{\"title\":\"Before\",\"abstract\":\"Kept.\"}\n{\"title\":\"Huge\",\"abstract\":\"" + huge
                + "\"}\n{\"title\":\"After\",\"abstract\":\"Kept too.\"}\n");
        Path garbage = dir.resolve("garbage.jsonl");
        Files.writeString(garbage, "{\"title\":\"Before\",\"abstract\":\"Kept.\"}\n" + huge.replace('x', '{')
                + "\n{\"title\":\"After\",\"abstract\":\"Kept too.\"}\n");
        Path csv = dir.resolve("huge.csv");
        Files.writeString(csv, "title,abstract\nBefore,Kept.\nHuge," + huge + "\nAfter,Kept too.\n");
        Path page = dir.resolve("huge.txt");
        Files.writeString(page, "Before\n\nKept.\n\nHuge\n\n" + huge + "\n\nAfter\n\nKept too.\n");
        Path json = dir.resolve("huge.json");
        Files.writeString(json, "[{\"title\":\"Before\",\"summary\":\"Kept.\"},{\"title\":\"Huge\",\"summary\":\"" + huge
                + "\"},{\"title\":\"After\",\"summary\":\"Kept too.\"}]");
        for (Path f : List.of(jsonl, garbage, csv, page, json)) {
            Collected c = Inputs.ingest(f);
            assertEquals(List.of("Before", "After"), Inputs.titles(c), f.toString());
            assertEquals(1, c.rejections.size(), Inputs.reports(c).toString());
            String why = c.rejections.get(0).reason();
            assertTrue(why.startsWith("abstract longer than 100000 characters: \"Huge\"") || why.startsWith("invalid JSON"),
                    f + ": " + why);
        }
    }

    @Test
    void duplicateIdsWithDifferentContentAreAllKeptAsVersions() {
        Collected c = read("duplicate-ids.jsonl");
        assertEquals(List.of(), c.rejections);
        assertEquals(3, c.listings.size());
        assertTrue(c.listings.stream().allMatch(l -> l.metadata().id().equals(Optional.of("2302.06675"))));
        assertEquals(List.of(1L, 2L, 3L), c.listings.stream().map(Listing::record).toList());
        assertFalse(c.listings.get(0).abstractText().equals(c.listings.get(1).abstractText()));
    }

    @Test
    void htmlIsKeptAsWrittenAndControlCharactersAreCleaned() {
        Collected c = read("html-control.jsonl");
        assertEquals(List.of(), c.rejections);
        assertEquals(List.of("Tags <i>in</i> the Title &amp; Entities", "Bell And Nul", "Raw Control", "Lone Surrogate",
                "Replacement Character"), Inputs.titles(c));
        assertEquals("We beat <b>BERT</b> &amp; <script>alert('x')</script> on GLUE &lt;by 2%&gt;.",
                c.listings.get(0).abstractText());
        assertEquals("Escaped  bell, nul , escape [31m and del  here.", c.listings.get(1).abstractText());
        assertEquals("Raw vertical tab and others  here.", c.listings.get(2).abstractText());
        assertEquals("Broken   surrogate and fine \uD83D\uDE00 pair.", c.listings.get(3).abstractText());
        assertEquals("Kept \uFFFD as written, as real records carry it.", c.listings.get(4).abstractText());

        Collected atom = read("html-control.atom");
        assertEquals(List.of(), atom.rejections);
        assertEquals("Control in <i>Atom</i>", atom.listings.get(0).title());
        assertEquals("A bell , an escape  and a form feed  in a summary.", atom.listings.get(0).abstractText());

        Collected csv = read("html-control.csv");
        assertEquals(List.of(), csv.rejections);
        assertEquals("HTML <em>Title</em>", csv.listings.get(0).title());
        assertEquals("Abstract &amp; <script>x()</script> with a bell  and form feed.", csv.listings.get(0).abstractText());

        Collected page = read("html-control-page.txt");
        assertEquals(List.of(), page.rejections);
        assertEquals("Markup <sub>in</sub> a Page Title", page.listings.get(0).title());
        assertEquals("Abstract with <a href=\"https://x.org\">a link</a> &amp; a bell  and a vertical tab.",
                page.listings.get(0).abstractText());
    }

    @Test
    void listingPageWithMissingAbstract() {
        Collected c = read("missing-abstract-page.txt");
        assertEquals(List.of("Good Page Paper One", "Good Page Paper Three"), Inputs.titles(c));
        assertEquals(List.of(BAD + "missing-abstract-page.txt:17: title without an abstract: "
                + "\"A Listing Whose Abstract Is Missing\""), Inputs.reports(c));
    }

    @Test
    void mixedLineEndings() {
        Collected jsonl = read("mixed-line-endings.jsonl");
        assertEquals(List.of(), jsonl.rejections);
        assertEquals(List.of("Line One", "Line Two", "Line Three", "Line Five"), Inputs.titles(jsonl));
        assertEquals(List.of(1L, 2L, 3L, 5L), jsonl.listings.stream().map(Listing::record).toList());

        Collected page = read("mixed-line-endings.txt");
        assertEquals(List.of(), page.rejections);
        assertEquals(List.of("Paper One", "Paper Two"), Inputs.titles(page));
        assertEquals("First line of abstract one second line of abstract one.", page.listings.get(0).abstractText());
        assertEquals("Abstract two continues.", page.listings.get(1).abstractText());
        assertEquals(List.of(13L, 18L), page.listings.stream().map(Listing::record).toList());

        Collected csv = read("mixed-line-endings.csv");
        assertEquals(List.of(), csv.rejections);
        assertEquals(List.of("Row One", "Row Two", "Row Three"), Inputs.titles(csv));
        assertEquals("Abstract one spans three lines.", csv.listings.get(0).abstractText());
        assertEquals(Optional.of("r3"), csv.listings.get(2).metadata().id());
    }

    @Test
    void badCsvRows() {
        Collected c = read("bad-rows.csv");
        assertEquals(List.of("Good Row One", "Good Row Five"), Inputs.titles(c));
        assertEquals("Fifth \"quoted\" abstract.", c.listings.get(1).abstractText());
        assertEquals(List.of(1L, 5L), c.listings.stream().map(Listing::record).toList());
        assertEquals(List.of(
                BAD + "bad-rows.csv:2: row has 5 fields, the header has 3",
                BAD + "bad-rows.csv:3: record has no abstract: \"Row Without Abstract\"",
                BAD + "bad-rows.csv:4: record has no title"), Inputs.reports(c));
    }

    /**
     * A quote that is never closed swallows the rest of the file into one field: that costs one rejection naming the
     * line where it opened, not a record read as if it were whole (the good rows before it are kept).
     */
    @Test
    void csvQuoteNeverClosed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("unclosed.csv"), "title,abstract\nGood One,A1.\n"
                + "\"Stray quote,A2.\nGood Three,A3.\n");
        Collected c = Inputs.ingest(file);
        assertEquals(List.of("Good One"), Inputs.titles(c));
        assertEquals(1, c.rejections.size(), Inputs.reports(c).toString());
        Rejection r = c.rejections.get(0);
        assertEquals(2, r.record(), r.toString());
        assertTrue(r.reason().contains("(startline 3) EOF reached before encapsulated token finished")
                && r.reason().endsWith("the rest of the file is not read"), r.toString());
    }

    @Test
    void csvWithoutTheNeededHeader() {
        Collected c = new Collected();
        Ingester.detecting().read(Inputs.BAD.resolve("no-header.csv"), c);
        assertEquals(List.of(), c.listings);
        assertEquals(1, c.rejections.size());
        assertReport("no-header.csv: CSV header needs columns title and abstract", c.rejections.get(0));
    }

    @Test
    void badElementsOfAnApiArray() {
        Collected c = read("bad-elements.json");
        assertEquals(List.of("Good Element One", "Good Element Seven"), Inputs.titles(c));
        assertEquals(List.of(1L, 7L), c.listings.stream().map(Listing::record).toList());
        assertEquals(List.of(
                BAD + "bad-elements.json:2: element is not a JSON object",
                BAD + "bad-elements.json:3: record has no abstract: \"Element Without Summary\"",
                BAD + "bad-elements.json:4: element is not a JSON object",
                BAD + "bad-elements.json:5: record has no abstract: \"Outer Title Only\"",
                BAD + "bad-elements.json:6: element is not a JSON object"), Inputs.reports(c));
    }

    @Test
    void truncatedApiArray() {
        Collected c = read("truncated.json");
        assertEquals(List.of("Good Element One", "Good Element Two"), Inputs.titles(c));
        assertEquals(1, c.rejections.size());
        assertReport("truncated.json:3: invalid JSON at line ", c.rejections.get(0));
        assertTrue(c.rejections.get(0).reason().endsWith("the rest of the file is not read"));
    }

    @Test
    void badAtomEntries() {
        Collected c = read("bad-entries.atom");
        assertEquals(List.of("Good Entry One", "Good Entry Four"), Inputs.titles(c));
        assertEquals("Fourth <b>good</b> summary with stray text.", c.listings.get(1).abstractText());
        assertEquals(List.of(
                BAD + "bad-entries.atom:2: record has no abstract: \"Entry Without Summary\"",
                BAD + "bad-entries.atom:3: arXiv API error: incorrect id format for 1234.12345"), Inputs.reports(c));
    }

    @Test
    void brokenAtomDocumentNamesTheEntry() {
        Collected c = read("broken.atom");
        assertEquals(List.of("Good Entry One"), Inputs.titles(c));
        assertEquals(1, c.rejections.size());
        assertReport("broken.atom:2: malformed XML at line 13, column 29: The element type \"title\" must be terminated", c.rejections.get(0));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Collected c = read("xxe.atom");
        assertEquals(List.of(), c.listings);
        assertEquals(1, c.rejections.size());
        String root = Files.readString(Path.of("/etc/passwd")).lines().findFirst().orElse("root:");
        assertFalse(c.rejections.get(0).reason().contains(root), c.rejections.get(0).reason());
        assertReport("xxe.atom:1: malformed XML", c.rejections.get(0));
    }

    @Test
    void xmlThatIsNotAFeed() {
        Collected c = read("not-atom.xml");
        assertEquals(List.of(BAD + "not-atom.xml: not an Atom feed: the root element is <html>"), Inputs.reports(c));
    }

    @Test
    void noBadFileIsPassedOverInSilence() {
        for (Path f : Ingester.expand(List.of(Inputs.BAD))) {
            Collected c = Inputs.ingest(f);
            assertFalse(c.listings.isEmpty() && c.rejections.isEmpty(), f.toString());
        }
    }
}
