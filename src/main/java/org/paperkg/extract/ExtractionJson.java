package org.paperkg.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperkg.model.Alias;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Relation;

/**
 * The JSON Lines form of an {@link Extraction}: the {@code paperkg extract} output schema, one object per line.
 *
 * <p>Fields: {@code id, title, datasets, models, methods, tasks, metrics, proposed, code, claims, aliases}; each
 * claim has {@code subject, relation, object, object_named, datasets, metric, magnitude, sentence, confidence,
 * sentence_start, sentence_end} ({@code metric} and {@code magnitude} are null when absent). The last two claim
 * fields and {@code aliases} (objects {@code {"long", "short"}}) extend the contract of issue 2.
 *
 * <pre>{@code
 * ExtractionJson json = new ExtractionJson();
 * String line = json.write(extraction);
 * Extraction back = json.read(line);
 * }</pre>
 */
public final class ExtractionJson {
    private final ObjectMapper mapper;

    /** A codec with its own Jackson mapper. */
    public ExtractionJson() {
        this(new ObjectMapper());
    }

    /** A codec over a shared Jackson mapper. */
    public ExtractionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The extraction as a JSON object tree. */
    public ObjectNode toTree(Extraction e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("title", e.title());
        for (EntityType t : EntityType.values()) {
            strings(o.putArray(t.field()), e.names(t));
        }
        strings(o.putArray("proposed"), e.proposed());
        strings(o.putArray("code"), e.code());
        ArrayNode claims = o.putArray("claims");
        for (Claim c : e.claims()) {
            ObjectNode n = claims.addObject();
            n.put("subject", c.subject());
            n.put("relation", c.relation().label());
            n.put("object", c.object());
            n.put("object_named", c.objectNamed());
            strings(n.putArray("datasets"), c.datasets());
            n.put("metric", c.metric().orElse(null));
            n.put("magnitude", c.magnitude().orElse(null));
            n.put("sentence", c.sentence());
            n.put("confidence", c.confidence());
            n.put("sentence_start", c.sentenceStart());
            n.put("sentence_end", c.sentenceEnd());
        }
        ArrayNode aliases = o.putArray("aliases");
        for (Alias a : e.aliases()) {
            ObjectNode n = aliases.addObject();
            n.put("long", a.longForm());
            n.put("short", a.shortForm());
        }
        return o;
    }

    /** The extraction as one line of JSON, without a line break. */
    public String write(Extraction e) {
        try {
            return mapper.writeValueAsString(toTree(e));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Reads one line written by {@link #write(Extraction)}.
     *
     * <p>Missing optional parts get defaults: no id gives the title's {@link PaperKey}, a claim without offsets spans
     * its sentence from 0, a claim without confidence has confidence 1.
     *
     * @throws IllegalArgumentException when the line is not a JSON object of this schema
     */
    public Extraction read(String line) {
        JsonNode n;
        try {
            n = mapper.readTree(line);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage(), ex);
        }
        if (n == null || !n.isObject() || !n.path("title").isTextual()) {
            throw new IllegalArgumentException("expected a JSON object with a \"title\"");
        }
        String title = n.get("title").asText();
        String id = n.path("id").isTextual() ? n.get("id").asText() : PaperKey.ofTitle(title);
        Map<EntityType, List<String>> entities = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, strings(n.path(t.field())));
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : n.path("claims")) {
            String sentence = c.path("sentence").asText("");
            int start = c.path("sentence_start").asInt(0);
            claims.add(new Claim(
                    text(c, "subject"),
                    Relation.fromLabel(text(c, "relation")),
                    text(c, "object"),
                    c.path("object_named").asBoolean(false),
                    strings(c.path("datasets")),
                    optional(c.path("metric")),
                    optional(c.path("magnitude")),
                    sentence,
                    start,
                    c.path("sentence_end").asInt(start + sentence.length()),
                    c.path("confidence").asDouble(1.0)));
        }
        List<Alias> aliases = new ArrayList<>();
        for (JsonNode a : n.path("aliases")) {
            aliases.add(new Alias(text(a, "long"), text(a, "short")));
        }
        return new Extraction(id, title, entities, strings(n.path("proposed")), strings(n.path("code")), claims,
                aliases);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("claim field \"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static Optional<String> optional(JsonNode v) {
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : arr) {
            if (x.isTextual()) {
                out.add(x.asText());
            }
        }
        return out;
    }

    private static void strings(ArrayNode arr, List<String> values) {
        values.forEach(arr::add);
    }
}
