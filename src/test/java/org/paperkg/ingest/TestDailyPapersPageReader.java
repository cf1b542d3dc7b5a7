package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;

class TestDailyPapersPageReader {

    private static Collected read(String text) {
        Collected c = new Collected();
        new DailyPapersPageReader().read("page.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), c);
        return c;
    }

    @Test
    void bundledCorpusHas412ListingsOf305Papers() {
        Collected c = new Collected();
        Ingester ingester = Ingester.detecting();
        for (Path f : Ingester.expand(List.of(Path.of("data/daily-papers")))) {
            ingester.read(f, c);
        }
        assertEquals(List.of(), c.rejections);
        assertEquals(412, c.listings.size());
        Set<String> keys = c.listings.stream().map(l -> PaperKey.ofTitle(l.title())).collect(Collectors.toSet());
        assertEquals(305, keys.size());
        Listing first = c.listings.get(0);
        assertEquals("Flowformer: Linearizing Transformers with Conservation Flows", first.title());
        assertEquals("data/daily-papers/000_249f730df19fd695.txt", first.source());
        assertEquals(11, first.record());
        assertTrue(first.abstractText().startsWith("Transformers based on the attention mechanism"));
        assertTrue(first.abstractText().endsWith("https://github.com/thuml/Flowformer."));
    }

    @Test
    void headerAndDateLineAreSkipped() {
        Collected c = read("new\n\nSubscribe\n\nbyAK and the research community\n\nMar 11\n\nA Title\n\nAn abstract. Done.\n");
        assertEquals(1, c.listings.size());
        assertEquals("A Title", c.listings.get(0).title());
        assertEquals(9, c.listings.get(0).record());
    }

    @Test
    void multiParagraphAbstractsAndCrlfAreJoined() {
        Collected c = read("T1\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n\r\nT2\r\n\r\nOther.\r\n");
        assertEquals(2, c.listings.size());
        assertEquals("First paragraph. Second paragraph.", c.listings.get(0).abstractText());
        assertEquals("Other.", c.listings.get(1).abstractText());
    }

    @Test
    void titleWithoutAbstractIsRejectedAndNeighboursKept() {
        Collected c = read("T1\n\nAbstract one.\n\nLonely Title\n\nT3\n\nAbstract three.\n");
        assertEquals(List.of("T1", "T3"), c.listings.stream().map(Listing::title).toList());
        assertEquals(1, c.rejections.size());
        assertEquals(5, c.rejections.get(0).record());
        assertTrue(c.rejections.get(0).reason().contains("Lonely Title"), c.rejections.get(0).reason());
    }

    @Test
    void shortUrlParagraphStaysInTheAbstract() {
        Collected c = read("T1\n\nAbstract one.\n\nCode: https://github.com/a/b\n\nT2\n\nAbstract two.\n");
        assertEquals(2, c.listings.size());
        assertEquals("Abstract one. Code: https://github.com/a/b", c.listings.get(0).abstractText());
    }

    @Test
    void invalidUtf8CostsOnlyItsListing() {
        byte[] good = "T1\n\nAbstract one.\n\nT2\n\nBad ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " text.\n\nT3\n\nAbstract three.\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + 1 + tail.length];
        System.arraycopy(good, 0, all, 0, good.length);
        all[good.length] = (byte) 0xC3;
        System.arraycopy(tail, 0, all, good.length + 1, tail.length);
        Collected c = new Collected();
        new DailyPapersPageReader().read("p.txt", new ByteArrayInputStream(all), c);
        assertEquals(List.of("T1", "T3"), c.listings.stream().map(Listing::title).toList());
        assertEquals(1, c.rejections.size());
        assertEquals("p.txt:5: invalid UTF-8 in title or abstract: \"T2\"", c.rejections.get(0).toString());
    }
}
