package org.paperkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A development tool that runs the rule extractor over a JSON Lines file ({@code title}, {@code abstract},
 * optional {@code id}, plain or gzip) and prints one extraction per line.
 *
 * <pre>{@code
 * java -cp ... org.paperkg.extract.ExtractFile input.jsonl > out.jsonl
 * }</pre>
 */
public final class ExtractFile {
    private ExtractFile() {
    }

    /**
     * Runs the tool.
     *
     * @param args the input file
     * @throws IOException when the input cannot be read
     */
    public static void main(String[] args) throws IOException {
        RuleExtractor x = RuleExtractor.withDefaults();
        ExtractionJson json = new ExtractionJson();
        ObjectMapper mapper = new ObjectMapper();
        Path in = Path.of(args[0]);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                in.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(in))
                        : Files.newInputStream(in), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                n++;
                String id = node.path("id").asText("line-" + n);
                out.println(json.write(x.extract(id, node.path("title").asText(""), node.path("abstract").asText(""))));
            }
        }
    }
}
