package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.paperkg.model.Listing;
import org.paperkg.model.Rejection;

/**
 * Property-based tests of every reader: random and garbled input never lets an exception escape, reading ends, and
 * good records embedded between garbage survive with their exact title and abstract.
 */
class TestReaderProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Page text with {@code \u0001} for a line break and {@code \u0002} for a paragraph break. */
    private static final String PAGE_HEADER = "Daily Papers\u0002by AK and the research community\u0002Mar 11\u0002";
    private static final Map<InputFormat, Path> SAMPLES = Map.of(
            InputFormat.DAILY_PAPERS, Path.of("data/daily-papers/000_249f730df19fd695.txt"),
            InputFormat.JSON_LINES, Inputs.SAMPLES.resolve("arxiv-metadata-sample.jsonl"),
            InputFormat.DAILY_PAPERS_JSON, Inputs.SAMPLES.resolve("hf-daily-papers.json"),
            InputFormat.ARXIV_ATOM, Inputs.SAMPLES.resolve("arxiv-api.atom"),
            InputFormat.CSV, Inputs.SAMPLES.resolve("papers.csv"));

    /** A good record: a title and the words of its abstract, as they must come out. */
    record Paper(String title, List<String> words) {
        String abstractText() {
            return String.join(" ", words);
        }

        /** The abstract with the given separators between its words (spaces or line breaks). */
        String abstractWith(List<String> separators) {
            StringBuilder sb = new StringBuilder(words.get(0));
            for (int i = 1; i < words.size(); i++) {
                sb.append(separators.get(i % separators.size())).append(words.get(i));
            }
            return sb.toString();
        }
    }

    /** Either a good paper or a garbage record, in the order they appear in the input. */
    record Item(Paper paper, String garbage) {
    }

    private static Collected read(InputFormat f, byte[] bytes) {
        Collected c = new Collected();
        f.reader().read("in", new ByteArrayInputStream(bytes), c);
        for (Listing l : c.listings) {
            assertFalse(l.title().isEmpty() || l.abstractText().isEmpty());
            assertTrue(l.title().chars().noneMatch(Character::isISOControl), l.title());
            assertTrue(l.abstractText().chars().noneMatch(Character::isISOControl), l.abstractText());
        }
        for (Rejection r : c.rejections) {
            assertEquals("in", r.source());
            assertFalse(r.reason().isBlank());
        }
        return c;
    }

    private static void assertSurvive(List<Item> items, Collected c) {
        List<Paper> goods = items.stream().filter(i -> i.paper() != null).map(Item::paper).toList();
        assertEquals(goods.stream().map(Paper::title).toList(), c.listings.stream().map(Listing::title).toList());
        assertEquals(goods.stream().map(Paper::abstractText).toList(),
                c.listings.stream().map(Listing::abstractText).toList());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void randomBytesNeverEscape(@ForAll InputFormat format, @ForAll @Size(max = 3000) byte[] bytes) {
        read(format, bytes);
    }

    @Property(tries = 200)
    void randomJsonishTextNeverEscapes(@ForAll InputFormat format, @ForAll("jsonish") String text) {
        read(format, utf8(text));
    }

    @Property(tries = 200)
    void truncatedSamplesGiveOnlyTheirOwnRecords(@ForAll InputFormat format, @ForAll @IntRange(max = 100) int percent)
            throws IOException {
        byte[] whole = Files.readAllBytes(SAMPLES.get(format));
        List<String> titles = read(format, whole).listings.stream().map(Listing::title).toList();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length * percent / 100);
        Collected c = read(format, cut);
        for (Listing l : c.listings) {
            assertTrue(titles.contains(l.title()) || titles.stream().anyMatch(t -> t.startsWith(l.title())), l.title());
        }
    }

    @Property(tries = 200)
    void insertedControlCharactersNeverEscape(@ForAll InputFormat format, @ForAll @Size(min = 1, max = 20) List<@IntRange(max = 100) Integer> at,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(max = 31) Integer> controls) throws IOException {
        StringBuilder sb = new StringBuilder(Files.readString(SAMPLES.get(format)));
        for (int i = 0; i < at.size(); i++) {
            sb.insert(sb.length() * at.get(i) / 100, (char) controls.get(i % controls.size()).intValue());
        }
        read(format, utf8(sb.toString()));
    }

    @Property(tries = 200)
    void jsonLinesKeepGoodLinesBetweenGarbage(@ForAll("lineItems") List<Item> items, @ForAll("endings") List<String> endings) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            sb.append(it.paper() == null ? it.garbage()
                    : json(Map.of("title", it.paper().title(), "abstract", it.paper().abstractWith(List.of(" ", "\n  ")))));
            sb.append(endings.get(i % endings.size()));
        }
        assertSurvive(items, read(InputFormat.JSON_LINES, utf8(sb.toString())));
    }

    @Property(tries = 200)
    void csvKeepsGoodRowsBetweenBadOnes(@ForAll("csvItems") List<Item> items, @ForAll("endings") List<String> endings) {
        StringBuilder sb = new StringBuilder("id,Title,Abstract").append(endings.get(0));
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            sb.append(it.paper() == null ? it.garbage()
                    : CSVFormat.RFC4180.format("p" + i, it.paper().title(), it.paper().abstractWith(endings)));
            sb.append(endings.get(i % endings.size()));
        }
        assertSurvive(items, read(InputFormat.CSV, utf8(sb.toString())));
    }

    @Property(tries = 200)
    void pagesKeepGoodListingsBetweenLonelyTitles(@ForAll("pageItems") List<Item> items, @ForAll("endings") List<String> endings) {
        StringBuilder sb = new StringBuilder(PAGE_HEADER);
        for (Item it : items) {
            sb.append(it.paper() == null ? it.garbage() + "\u0002"
                    : it.paper().title() + "\u0002" + it.paper().abstractWith(List.of(" ", "\u0001")) + "\u0002");
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (char ch : sb.toString().toCharArray()) {
            if (ch == '\u0001' || ch == '\u0002') {
                String ending = endings.get(k++ % endings.size());
                out.append(ending);
                if (ch == '\u0002') {
                    out.append(ending);
                }
            } else {
                out.append(ch);
            }
        }
        assertSurvive(items, read(InputFormat.DAILY_PAPERS, utf8(out.toString())));
    }

    @Property(tries = 200)
    void apiJsonKeepsGoodElementsBetweenOtherValues(@ForAll("jsonItems") List<Item> items) {
        List<String> elements = new ArrayList<>();
        for (Item it : items) {
            if (it.paper() == null) {
                elements.add(it.garbage());
            } else {
                Map<String, Object> paper = new LinkedHashMap<>();
                paper.put("id", "2401.00001");
                paper.put("title", it.paper().title());
                paper.put("summary", it.paper().abstractWith(List.of(" ", "\n")));
                elements.add(json(Map.of("paper", paper, "title", it.paper().title())));
            }
        }
        assertSurvive(items, read(InputFormat.DAILY_PAPERS_JSON, utf8("[" + String.join(",\n", elements) + "]")));
    }

    @Property(tries = 200)
    void atomKeepsGoodEntriesBetweenOtherEntries(@ForAll("atomItems") List<Item> items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        for (Item it : items) {
            sb.append(it.paper() == null ? it.garbage()
                    : "<entry><id>http://arxiv.org/abs/2401.00001v1</id><title>" + xml(it.paper().title())
                            + "</title><summary>" + xml(it.paper().abstractWith(List.of(" ", "\r\n"))) + "</summary></entry>\n");
        }
        sb.append("</feed>\n");
        assertSurvive(items, read(InputFormat.ARXIV_ATOM, utf8(sb.toString())));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\"title\":", "\"abstract\":", "\"summary\":",
                        "\"paper\":", "null", "true", "1e999", "-", "\n", "\r", "\r\n", "<entry>", "</entry>", "<feed>",
                        "<title>", "</title>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "title,abstract", "\u0000",
                        "\uFEFF", "\uD800", "research community"),
                Arbitraries.strings().ofMaxLength(8));
        return tokens.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<String>> endings() {
        return Arbitraries.of("\n", "\r\n", "\r").list().ofMinSize(1).ofMaxSize(4);
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars("éüßΩ中文-&<>'()%").ofMinLength(1).ofMaxLength(10)
                .filter(w -> Character.isLetterOrDigit(w.charAt(w.length() - 1)));
    }

    private static Arbitrary<Paper> paper() {
        Arbitrary<String> title = word().list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
        Arbitrary<List<String>> words = word().list().ofMinSize(1).ofMaxSize(30)
                .map(l -> {
                    List<String> w = new ArrayList<>(l);
                    w.set(w.size() - 1, w.get(w.size() - 1) + ".");
                    return w;
                });
        return Combinators.combine(title, words).as(Paper::new);
    }

    private static Arbitrary<List<Item>> items(Arbitrary<String> garbage) {
        return Arbitraries.oneOf(paper().map(p -> new Item(p, null)), garbage.map(g -> new Item(null, g)))
                .list().ofMaxSize(10);
    }

    /** Garbage lines: anything without a line break. */
    @Provide
    Arbitrary<List<Item>> lineItems() {
        return items(Arbitraries.oneOf(jsonish(), Arbitraries.strings()).map(s -> s.replaceAll("[\\r\\n]", "")));
    }

    /** Bad rows: no title, or more fields than the header; no quotes and no line breaks. */
    @Provide
    Arbitrary<List<Item>> csvItems() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(30).map(s -> s.replaceAll("[\\r\\n\"]", ""));
        return items(Arbitraries.oneOf(text.map(s -> "x,," + s), text.map(s -> "x,a,b,c," + s)));
    }

    /** Lonely titles: short lines that do not end like a sentence, followed by a title. */
    @Provide
    Arbitrary<List<Item>> pageItems() {
        return items(word().list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l)));
    }

    /** Other JSON values: numbers, strings, arrays, objects without a title or summary. */
    @Provide
    Arbitrary<List<Item>> jsonItems() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(20).map(TestReaderProperties::json),
                Arbitraries.strings().ofMaxLength(20).map(s -> json(List.of(s, Map.of("title", s)))),
                Arbitraries.strings().ofMaxLength(20).map(s -> json(Map.of("paper", Map.of("name", s), "x", s))),
                Arbitraries.just("null"));
        return items(value);
    }

    /** Other entries and elements: entries without a summary, unknown elements, comments. */
    @Provide
    Arbitrary<List<Item>> atomItems() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("éΩ\t\n\u0001\u0007\u001b").ofMaxLength(30)
                .map(TestReaderProperties::xml);
        return items(Arbitraries.oneOf(
                text.map(s -> "<entry><title>" + s + "x</title></entry>\n"),
                text.map(s -> "<other><entry-like>" + s + "</entry-like></other>\n"),
                text.map(s -> "<!-- " + s.replace("-", "") + " -->\n"),
                text.map(s -> "<entry><summary>" + s + "</summary><unknown a=\"1\">" + s + "</unknown></entry>\n")));
    }
}
