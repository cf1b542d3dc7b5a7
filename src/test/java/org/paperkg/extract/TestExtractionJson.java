package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Alias;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Relation;

class TestExtractionJson {
    private final ExtractionJson json = new ExtractionJson();

    private static Extraction sample() {
        Claim c = new Claim("Lion", Relation.OUTPERFORMS, "Adam", true, List.of("ImageNet"), Optional.of("accuracy"),
                Optional.empty(), "Lion outperforms Adam on ImageNet.", 10, 44, 0.9);
        return new Extraction("p1", "Lion: an optimizer", Map.of(EntityType.METHOD, List.of("Lion", "Adam"),
                EntityType.DATASET, List.of("ImageNet")), List.of("Lion"), List.of("https://github.com/x/y"),
                List.of(c), List.of(new Alias("Segment Anything Model", "SAM")));
    }

    @Test
    void writesTheContractSchemaOnOneLine() throws Exception {
        String line = json.write(sample());
        assertTrue(!line.contains("\n"));
        JsonNode n = new ObjectMapper().readTree(line);
        assertEquals("ImageNet", n.get("datasets").get(0).asText());
        assertEquals(0, n.get("models").size());
        JsonNode c = n.get("claims").get(0);
        assertEquals("outperforms", c.get("relation").asText());
        assertTrue(c.get("object_named").asBoolean());
        assertTrue(c.get("magnitude").isNull());
        assertEquals(10, c.get("sentence_start").asInt());
        assertEquals("SAM", n.get("aliases").get(0).get("short").asText());
    }

    @Test
    void readsBackWhatItWrites() {
        Extraction e = sample();
        assertEquals(e, json.read(json.write(e)));
    }

    @Test
    void rejectsNonObjects() {
        assertThrows(IllegalArgumentException.class, () -> json.read("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> json.read("{\"title\": \"x\", \"claims\": [{\"relation\":"
                + " \"beats\", \"subject\": \"a\", \"object\": \"b\"}]}"));
    }
}
