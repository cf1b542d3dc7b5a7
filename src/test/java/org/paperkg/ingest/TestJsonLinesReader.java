package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.Listing;

class TestJsonLinesReader {

    private static Collected read(byte[] bytes) {
        Collected c = new Collected();
        new JsonLinesReader().read("in.jsonl", new ByteArrayInputStream(bytes), c);
        return c;
    }

    private static Collected read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsFieldsAndMetadata() {
        Collected c = read("{\"id\":\"p1\",\"title\":\"A  Title\\n\",\"abstract\":\"Line one\\n  line two.\","
                + "\"authors\":[\"Ann\",\"Bob\"],\"venue\":\"ICLR\",\"year\":2024,\"url\":\"https://x.org/p1\"}\n");
        assertEquals(List.of(), c.rejections);
        Listing l = c.listings.get(0);
        assertEquals("A Title", l.title());
        assertEquals("Line one line two.", l.abstractText());
        assertEquals("p1", l.metadata().id().orElseThrow());
        assertEquals(List.of("Ann", "Bob"), l.metadata().authors());
        assertEquals(OptionalInt.of(2024), l.metadata().year());
        assertEquals("ICLR", l.metadata().venue().orElseThrow());
        assertEquals(1, l.record());
    }

    @Test
    void arxivSnapshotRecordsGiveArxivIdAndAuthorsString() {
        Collected c = read("{\"id\":\"2302.06675\",\"title\":\"Lion\",\"abstract\":\"We find Lion.\","
                + "\"authors\":\"Xiangning Chen, Chen Liang and Da Huang\",\"categories\":\"cs.LG\","
                + "\"update_date\":\"2023-05-08\"}");
        Listing l = c.listings.get(0);
        assertEquals("2302.06675", l.metadata().arxivId().orElseThrow());
        assertEquals(List.of("Xiangning Chen", "Chen Liang", "Da Huang"), l.metadata().authors());
        assertEquals(OptionalInt.of(2023), l.metadata().year());
    }

    @Test
    void badLinesAreRejectedWithLineNumbersAndGoodOnesKept() {
        byte[] badUtf8 = {'{', '"', 't', '"', ':', (byte) 0xFF, '}'};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"title\":\"T1\",\"abstract\":\"A1.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("{\"title\":\"T2\",\"abstr".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(badUtf8);
        out.writeBytes("\n\n[1,2]\n{\"title\":\"\",\"abstract\":\"x\"}\n{\"title\":\"T6\"}\r".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("{\"title\":\"T7\",\"abstract\":\"A7.\"}".getBytes(StandardCharsets.UTF_8));
        Collected c = read(out.toByteArray());
        assertEquals(List.of("T1", "T7"), c.listings.stream().map(Listing::title).toList());
        assertEquals(8, c.listings.get(1).record());
        List<String> why = c.rejections.stream().map(Object::toString).toList();
        assertEquals(5, why.size(), why.toString());
        assertTrue(why.get(0).startsWith("in.jsonl:2: invalid JSON"), why.get(0));
        assertEquals("in.jsonl:3: invalid UTF-8", why.get(1));
        assertEquals("in.jsonl:5: not a JSON object", why.get(2));
        assertEquals("in.jsonl:6: record has no title", why.get(3));
        assertTrue(why.get(4).startsWith("in.jsonl:7: record has no abstract"), why.get(4));
    }

    @Test
    void gzipAndFormatAreDetectedByTheIngester(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("papers.jsonl.gz");
        try (GZIPOutputStream z = new GZIPOutputStream(Files.newOutputStream(gz))) {
            z.write("{\"title\":\"T\",\"abstract\":\"A.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path noExt = dir.resolve("papers");
        Files.writeString(noExt, "  {\"title\":\"U\",\"abstract\":\"B.\"}\n");
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "");
        Collected c = new Collected();
        for (Path f : Ingester.expand(List.of(dir))) {
            Ingester.detecting().read(f, c);
        }
        assertEquals(List.of("U", "T"), c.listings.stream().map(Listing::title).toList());
        assertEquals(1, c.rejections.size());
        assertTrue(c.rejections.get(0).toString().endsWith("empty.jsonl: empty file"), c.rejections.get(0).toString());
    }
}
