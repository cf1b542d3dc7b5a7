package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Format detection by file name, then by content, and the {@code --input-format} labels. */
class TestInputFormat {

    private static Optional<String> detect(String name, String head) {
        return InputFormat.detect(name, head.getBytes(StandardCharsets.UTF_8)).map(InputFormat::label);
    }

    @ParameterizedTest
    @CsvSource({
        "page.txt, daily-papers",
        "papers.jsonl, jsonl",
        "papers.JSONL.GZ, jsonl",
        "papers.ndjson, jsonl",
        "arxiv-query.atom, arxiv-atom",
        "arxiv-query.xml.gz, arxiv-atom",
        "export.csv, csv",
    })
    void nameDecidesBeforeContent(String name, String label) {
        assertEquals(Optional.of(label), detect(name, "[{\"title\": \"content says JSON\"}]"));
    }

    @Test
    void contentDecidesForJsonAndUnknownNames() {
        assertEquals(Optional.of("daily-papers-json"), detect("daily.json", "\uFEFF  [\n  {\"paper\": {}}"));
        assertEquals(Optional.of("jsonl"), detect("dump.json", "{\"title\":\"A\",\"abstract\":\"B\"}\n{\"title\""));
        assertEquals(Optional.of("jsonl"), detect("dump.json", "{\"title\":\"A very long line cut by the head"));
        assertEquals(Optional.of("daily-papers-json"), detect("paper.json", "{\n  \"id\": \"2302.06675\",\n"));
        assertEquals(Optional.of("arxiv-atom"), detect("query", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(Optional.empty(), detect("page.html", "<!DOCTYPE html><html><body>"));
        assertEquals(Optional.of("csv"), detect("table.dat", "\"Title\",Summary,year\r\nA,B,2020\r\n"));
        assertEquals(Optional.of("daily-papers"), detect("listing", "new\n\nSubscribe\n\nDaily Papers\n"));
        assertEquals(Optional.of("daily-papers"), detect("notes", "title and abstract, said the header\n"));
        assertEquals(Optional.empty(), detect("noise", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008"));
        assertEquals(Optional.empty(), detect("blank", " \n\t\n"));
    }

    @Test
    void labels() {
        assertEquals("daily-papers, jsonl, daily-papers-json, arxiv-atom, csv", InputFormat.labels());
        for (InputFormat f : InputFormat.values()) {
            assertEquals(Optional.of(f), InputFormat.byLabel(f.label().toUpperCase()));
        }
        assertEquals(Optional.empty(), InputFormat.byLabel("xml"));
    }
}
