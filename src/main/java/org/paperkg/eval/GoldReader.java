package org.paperkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Rejection;
import org.paperkg.model.Relation;

/**
 * A reader of gold files: JSON Lines in the annotation guide's format, plain or gzip-compressed ({@code .gz}).
 *
 * <p>Each non-blank line is one paper with the keys {@code title}, {@code datasets}, {@code models},
 * {@code methods}, {@code tasks}, {@code metrics} (each {@code {"core": [...], "optional": [...]}}),
 * {@code proposed}, {@code claims} and {@code code}, and optionally {@code id}; other keys are ignored. A line
 * that is not such an object, or that repeats a paper already read (same id, or same normalised title when it
 * has no id), is skipped and reported with its file and line; every good line is kept.
 *
 * <pre>{@code
 * GoldReader.Result gold = new GoldReader().read(Path.of("data/eval/dev-a.jsonl"));
 * gold.errors().forEach(e -> System.err.println(e));
 * }</pre>
 */
public final class GoldReader {

    private static final List<String> REQUIRED_CLAIM_KEYS = List.of(
            "subject", "relation", "object", "object_named", "datasets", "metric", "magnitude", "sentence");

    private final ObjectMapper mapper;

    /** A reader with its own JSON mapper that rejects duplicate keys and trailing content on a line. */
    public GoldReader() {
        this(JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build());
    }

    /** A reader that parses lines with the given mapper. */
    public GoldReader(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * The papers of a gold file and the lines that could not be read.
     *
     * @param records the good papers in file order
     * @param errors one entry per skipped line, with file, line number and reason
     */
    public record Result(List<GoldRecord> records, List<Rejection> errors) {
        public Result {
            records = List.copyOf(records);
            errors = List.copyOf(errors);
        }
    }

    /**
     * Reads a gold file.
     *
     * @throws IOException when the file cannot be opened or read (a malformed line is not an exception)
     */
    public Result read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /**
     * Reads gold JSON Lines from a reader; {@code source} names it in error reports.
     *
     * @throws IOException when the reader fails
     */
    public Result read(Reader reader, String source) throws IOException {
        List<GoldRecord> records = new ArrayList<>();
        List<Rejection> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        long lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                GoldRecord record = parse(mapper.readTree(line));
                String key = record.id().map(id -> "id:" + id)
                        .orElse("title:" + PaperKey.normalize(record.title()));
                if (!seen.add(key)) {
                    throw new BadLine("duplicate paper " + key.substring(key.indexOf(':') + 1)
                            + " (already on an earlier line)");
                }
                records.add(record);
            } catch (JsonProcessingException e) {
                errors.add(new Rejection(source, lineNo, "invalid JSON: " + e.getOriginalMessage()));
            } catch (BadLine e) {
                errors.add(new Rejection(source, lineNo, e.getMessage()));
            }
        }
        return new Result(records, errors);
    }

    private static GoldRecord parse(JsonNode node) {
        if (!node.isObject()) {
            throw new BadLine("expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        Optional<String> id = node.hasNonNull("id") ? Optional.of(text(node, "id")) : Optional.empty();
        String title = text(node, "title");
        Map<EntityType, TieredNames> entities = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            entities.put(type, tiered(node, type.field()));
        }
        List<GoldClaim> claims = new ArrayList<>();
        JsonNode claimArray = require(node, "claims");
        if (!claimArray.isArray()) {
            throw new BadLine("'claims' must be a list");
        }
        for (int i = 0; i < claimArray.size(); i++) {
            claims.add(claim(claimArray.get(i), i + 1));
        }
        return new GoldRecord(id, title, entities, strings(node, "proposed"), claims, strings(node, "code"));
    }

    private static TieredNames tiered(JsonNode node, String field) {
        JsonNode value = require(node, field);
        if (!value.isObject() || !value.has("core") || !value.has("optional")) {
            throw new BadLine("'" + field + "' must be an object {\"core\": [...], \"optional\": [...]}");
        }
        List<String> core = strings(value, "core", field + ".core");
        List<String> optional = strings(value, "optional", field + ".optional");
        Set<String> coreKeys = new HashSet<>();
        core.forEach(n -> coreKeys.add(PaperKey.normalize(n)));
        for (String n : optional) {
            if (coreKeys.contains(PaperKey.normalize(n))) {
                throw new BadLine("'" + field + "': \"" + n + "\" is both core and optional");
            }
        }
        return new TieredNames(core, optional);
    }

    private static GoldClaim claim(JsonNode node, int index) {
        String where = "claim " + index;
        if (!node.isObject()) {
            throw new BadLine(where + ": expected an object");
        }
        for (String key : REQUIRED_CLAIM_KEYS) {
            if (!node.has(key)) {
                throw new BadLine(where + ": missing '" + key + "'");
            }
        }
        Relation relation;
        try {
            relation = Relation.fromLabel(text(node, "relation", where + ".relation"));
        } catch (IllegalArgumentException e) {
            throw new BadLine(where + ": " + e.getMessage());
        }
        JsonNode named = node.get("object_named");
        if (!named.isBoolean()) {
            throw new BadLine(where + ": 'object_named' must be true or false");
        }
        return new GoldClaim(
                text(node, "subject", where + ".subject"),
                relation,
                text(node, "object", where + ".object"),
                named.booleanValue(),
                strings(node, "datasets", where + ".datasets"),
                nullableText(node, "metric", where),
                nullableText(node, "magnitude", where),
                text(node, "sentence", where + ".sentence"));
    }

    private static JsonNode require(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new BadLine("missing '" + key + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        return text(node, key, key);
    }

    private static String text(JsonNode node, String key, String label) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new BadLine("'" + label + "' must be a non-empty string");
        }
        return value.textValue();
    }

    private static Optional<String> nullableText(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(text(node, key, where + "." + key));
    }

    private static List<String> strings(JsonNode node, String key) {
        require(node, key);
        return strings(node, key, key);
    }

    private static List<String> strings(JsonNode node, String key, String label) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw new BadLine("'" + label + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new BadLine("'" + label + "' must hold only non-empty strings, found " + item);
            }
            out.add(item.textValue());
        }
        return out;
    }

    /** A line that parsed as JSON but does not follow the gold format. */
    private static final class BadLine extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message);
        }
    }
}
