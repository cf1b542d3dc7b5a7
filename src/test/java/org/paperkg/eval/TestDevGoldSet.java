package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;

/** Checks that the hand-annotated development gold sets in {@code data/eval/} are well formed and faithful. */
class TestDevGoldSet {

    private static final Path DIR = Path.of("data", "eval");

    private record Input(String id, String title, String abstractText) {
    }

    private static List<Input> inputs(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Input> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = mapper.readTree(line);
                    out.add(new Input(n.get("id").asText(), n.get("title").asText(), n.get("abstract").asText()));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-a", "dev-b", "dev-c", "dev-d", "dev-e", "dev-f", "dev-g", "dev-h", "dev-i", "dev-j", "dev-k", "dev-l", "dev-m", "dev-n", "dev-o", "dev-p", "dev-q", "dev-r", "dev-s", "dev-t", "dev-u", "dev-v", "dev-w", "dev-x", "dev-y", "dev-z"})
    void goldParsesAndLinesUpWithItsInput(String set) throws IOException {
        GoldReader.Result gold = new GoldReader().read(DIR.resolve(set + ".jsonl"));
        List<Input> in = inputs(DIR.resolve(set + "-input.jsonl"));

        assertEquals(List.of(), gold.errors());
        assertTrue(gold.records().size() >= 28, set + " has " + gold.records().size() + " records");
        assertEquals(in.size(), gold.records().size());
        for (int i = 0; i < in.size(); i++) {
            GoldRecord g = gold.records().get(i);
            assertEquals(in.get(i).id(), g.id().orElseThrow(), set + " line " + (i + 1));
            assertEquals(in.get(i).title(), g.title(), set + " line " + (i + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-a", "dev-b", "dev-c", "dev-d", "dev-e", "dev-f", "dev-g", "dev-h", "dev-i", "dev-j", "dev-k", "dev-l", "dev-m", "dev-n", "dev-o", "dev-p", "dev-q", "dev-r", "dev-s", "dev-t", "dev-u", "dev-v", "dev-w", "dev-x", "dev-y", "dev-z"})
    void everyClaimSentenceAndNameIsCopiedFromItsAbstract(String set) throws IOException {
        List<GoldRecord> gold = new GoldReader().read(DIR.resolve(set + ".jsonl")).records();
        List<Input> in = inputs(DIR.resolve(set + "-input.jsonl"));

        for (int i = 0; i < gold.size(); i++) {
            GoldRecord g = gold.get(i);
            Input paper = in.get(i);
            String where = set + " " + paper.id() + ": ";
            String text = (paper.title() + "\n" + paper.abstractText()).toLowerCase(Locale.ROOT);
            for (GoldClaim c : g.claims()) {
                assertTrue(paper.abstractText().contains(c.sentence()), where + "claim sentence not verbatim: "
                        + c.sentence());
            }
            for (EntityType t : EntityType.values()) {
                List<String> names = new ArrayList<>(g.names(t).core());
                names.addAll(g.names(t).optional());
                for (String name : names) {
                    assertTrue(text.contains(name.toLowerCase(Locale.ROOT)), where + t.field() + " name not in text: "
                            + name);
                }
            }
            for (String name : g.proposed()) {
                assertTrue(text.contains(name.toLowerCase(Locale.ROOT)), where + "proposed name not in text: " + name);
            }
            for (String url : g.code()) {
                assertTrue(paper.abstractText().contains(url), where + "code link not verbatim: " + url);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-a", "dev-b", "dev-c", "dev-d", "dev-e", "dev-f", "dev-g", "dev-h", "dev-i", "dev-j", "dev-k", "dev-l", "dev-m", "dev-n", "dev-o", "dev-p", "dev-q", "dev-r", "dev-s", "dev-t", "dev-u", "dev-v", "dev-w", "dev-x", "dev-y", "dev-z"})
    void predictingExactlyTheCoreItemsScoresOneOnEveryField(String set) throws IOException {
        List<GoldRecord> gold = new GoldReader().read(DIR.resolve(set + ".jsonl")).records();
        List<Input> in = inputs(DIR.resolve(set + "-input.jsonl"));
        List<Extraction> perfect = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            GoldRecord g = gold.get(i);
            String abstractText = in.get(i).abstractText();
            Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
            for (EntityType t : EntityType.values()) {
                names.put(t, g.names(t).core());
            }
            List<Claim> claims = g.claims().stream().map(c -> {
                int start = abstractText.indexOf(c.sentence());
                return new Claim(c.subject(), c.relation(), c.object(), c.objectNamed(), c.datasets(), c.metric(),
                        c.magnitude(), c.sentence(), start, start + c.sentence().length(), 1.0);
            }).toList();
            perfect.add(new Extraction(g.id().orElseThrow(), g.title(), names, g.proposed(), g.code(), claims,
                    List.of()));
        }

        EvalReport report = new Evaluator().score(gold, perfect);

        assertEquals(gold.size(), report.matchedPapers());
        for (Field f : Field.values()) {
            assertEquals(1.0, report.score(f).f1(), 1e-12, set + " " + f.label());
        }
        assertEquals(List.of(), report.errors());
    }
}
