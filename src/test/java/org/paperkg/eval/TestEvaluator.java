package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Relation;

class TestEvaluator {

    private final Evaluator evaluator = new Evaluator();

    private static GoldRecord gold(String id, String title, Map<EntityType, TieredNames> entities,
                                   List<String> proposed, List<GoldClaim> claims, List<String> code) {
        return new GoldRecord(Optional.ofNullable(id), title, entities, proposed, claims, code);
    }

    private static GoldRecord goldEntities(String title, EntityType type, List<String> core, List<String> optional) {
        return gold(null, title, Map.of(type, new TieredNames(core, optional)), List.of(), List.of(), List.of());
    }

    private static Extraction predicted(String id, String title, Map<EntityType, List<String>> entities,
                                        List<String> proposed, List<String> code, List<Claim> claims) {
        return new Extraction(id, title, entities, proposed, code, claims, List.of());
    }

    private static Extraction predictedEntities(String title, EntityType type, List<String> names) {
        return predicted("k-" + title.hashCode(), title, Map.of(type, names), List.of(), List.of(), List.of());
    }

    private static GoldClaim goldClaim(String subject, Relation relation, String object) {
        return new GoldClaim(subject, relation, object, true, List.of(), Optional.empty(), Optional.empty(),
                subject + " beats " + object + ".");
    }

    private static Claim claim(String subject, Relation relation, String object) {
        String sentence = subject + " vs " + object + ".";
        return new Claim(subject, relation, object, true, List.of(), Optional.empty(), Optional.empty(),
                sentence, 0, sentence.length(), 0.9);
    }

    @Test
    void coreFoundOptionalToleratedUnknownIsFalsePositive() {
        GoldRecord g = goldEntities("Paper A", EntityType.DATASET,
                List.of("ImageNet", "CIFAR-10", "COCO"), List.of("web images"));
        Extraction p = predictedEntities("Paper A", EntityType.DATASET,
                List.of("ImageNet", "CIFAR-10", "web images", "the test set"));

        FieldScore s = evaluator.score(List.of(g), List.of(p)).score(Field.DATASETS);

        assertEquals(new FieldScore(2, 1, 1, 1), s);
        assertEquals(3.0 / 4, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), s.f1(), 1e-9);
    }

    @Test
    void optionalItemsNeverCountTowardsRecall() {
        GoldRecord g = goldEntities("Paper A", EntityType.METHOD, List.of(), List.of("knowledge distillation"));

        FieldScore missedOptional = evaluator.score(List.of(g),
                List.of(predictedEntities("Paper A", EntityType.METHOD, List.of()))).score(Field.METHODS);
        FieldScore foundOptional = evaluator.score(List.of(g),
                List.of(predictedEntities("Paper A", EntityType.METHOD, List.of("Knowledge Distillation"))))
                .score(Field.METHODS);

        assertEquals(FieldScore.ZERO, missedOptional);
        assertEquals(new FieldScore(0, 1, 0, 0), foundOptional);
        assertEquals(1.0, foundOptional.precision());
        assertEquals(1.0, foundOptional.recall());
    }

    @Test
    void namesMatchAfterLowerCasingAndRemovingPunctuationAndSpaces() {
        GoldRecord g = goldEntities("Paper A", EntityType.MODEL, List.of("GPT-4", "LLaMA-2", "Med-PaLM 2"), List.of());
        Extraction p = predictedEntities("Paper A", EntityType.MODEL, List.of("gpt4", "Llama 2", "MedPaLM2"));

        assertEquals(new FieldScore(3, 0, 0, 0), evaluator.score(List.of(g), List.of(p)).score(Field.MODELS));
    }

    @Test
    void distinctNamesStayDistinct() {
        GoldRecord g = goldEntities("Paper A", EntityType.MODEL, List.of("GPT-4", "SAM 2"), List.of());
        Extraction p = predictedEntities("Paper A", EntityType.MODEL, List.of("GPT-4V", "SAM"));

        assertEquals(new FieldScore(0, 0, 2, 2), evaluator.score(List.of(g), List.of(p)).score(Field.MODELS));
    }

    @Test
    void spellingVariantsOfOnePredictedNameCountOnce() {
        GoldRecord g = goldEntities("Paper A", EntityType.MODEL, List.of("GPT-4"), List.of());
        Extraction p = predictedEntities("Paper A", EntityType.MODEL, List.of("GPT-4", "GPT4", "gpt 4"));

        assertEquals(new FieldScore(1, 0, 0, 0), evaluator.score(List.of(g), List.of(p)).score(Field.MODELS));
    }

    @Test
    void aNameMatchesOnlyItsOwnFieldButThePooledScoreMergesModelsAndMethods() {
        GoldRecord g = gold(null, "Paper A", Map.of(
                        EntityType.MODEL, new TieredNames(List.of("BERT"), List.of("LLMs")),
                        EntityType.METHOD, new TieredNames(List.of("LoRA"), List.of())),
                List.of(), List.of(), List.of());
        Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
        names.put(EntityType.MODEL, List.of("LoRA"));
        names.put(EntityType.METHOD, List.of("BERT", "LLMs"));
        EvalReport r = evaluator.score(List.of(g),
                List.of(predicted("x", "Paper A", names, List.of(), List.of(), List.of())));

        assertEquals(new FieldScore(0, 0, 1, 1), r.score(Field.MODELS));
        assertEquals(new FieldScore(0, 0, 2, 1), r.score(Field.METHODS));
        assertEquals(new FieldScore(2, 1, 0, 0), r.score(Field.MODELS_METHODS));
    }

    @Test
    void aNameListedInCoreOfOneAndOptionalOfTheOtherPooledFieldIsCore() {
        GoldRecord g = gold(null, "Paper A", Map.of(
                        EntityType.MODEL, new TieredNames(List.of("DiT"), List.of()),
                        EntityType.METHOD, new TieredNames(List.of(), List.of("DiT"))),
                List.of(), List.of(), List.of());

        EvalReport r = evaluator.score(List.of(g), List.of(predictedEntities("Paper A", EntityType.METHOD, List.of())));

        assertEquals(new FieldScore(0, 0, 0, 1), r.score(Field.MODELS_METHODS));
    }

    @Test
    void claimsMatchOnRelationAndNormalisedSubjectAndObject() {
        GoldRecord g = gold(null, "Paper A", Map.of(), List.of("NetLLM"), List.of(
                goldClaim("NetLLM", Relation.OUTPERFORMS, "state-of-the-art algorithms"),
                goldClaim("NetLLM", Relation.COMPARABLE, "GPT-3.5-TURBO"),
                goldClaim("(proposed)", Relation.OUTPERFORMS, "Adam")), List.of());
        Extraction p = predicted("x", "Paper A", Map.of(), List.of("NetLLM"), List.of(), List.of(
                claim("netllm", Relation.OUTPERFORMS, "State-of-the-art algorithms"),
                claim("NetLLM", Relation.OUTPERFORMS, "GPT-3.5 Turbo"),
                claim("(proposed)", Relation.OUTPERFORMS, "Adam"),
                claim("(proposed)", Relation.OUTPERFORMS, "Adam")));

        EvalReport r = evaluator.score(List.of(g), List.of(p));

        assertEquals(new FieldScore(2, 0, 1, 1), r.score(Field.CLAIMS));
        PaperErrors.FieldErrors e = r.errors().get(0).fields().get(Field.CLAIMS);
        assertEquals(List.of("NetLLM comparable GPT-3.5-TURBO"), e.missed());
        assertEquals(List.of("NetLLM outperforms GPT-3.5 Turbo"), e.spurious());
    }

    @Test
    void looseClaimsForgiveObjectBoundariesButNotSubjectOrRelation() {
        GoldRecord g = gold(null, "Paper A", Map.of(), List.of(), List.of(
                goldClaim("DP-SSL", Relation.OUTPERFORMS, "the SOTA results"),
                goldClaim("MarDini", Relation.COMPARABLE, "advanced image-to-video models"),
                goldClaim("HKS", Relation.OUTPERFORMS, "all other evaluated methods"),
                goldClaim("BNF", Relation.OUTPERFORMS, "the best methods")), List.of());
        Extraction p = predicted("x", "Paper A", Map.of(), List.of(), List.of(), List.of(
                claim("DP-SSL", Relation.OUTPERFORMS, "the SOTA"),
                claim("MarDini", Relation.COMPARABLE, "much more expensive advanced image-to-video models"),
                claim("SkillHack", Relation.OUTPERFORMS, "all other evaluated methods"),
                claim("BNF", Relation.COMPARABLE, "the best methods")));

        EvalReport r = evaluator.score(List.of(g), List.of(p));

        assertEquals(new FieldScore(0, 0, 4, 4), r.score(Field.CLAIMS));
        assertEquals(new FieldScore(2, 0, 2, 2), r.score(Field.CLAIMS_LOOSE));
        assertFalse(r.errors().get(0).fields().containsKey(Field.CLAIMS_LOOSE));
    }

    @Test
    void claimDirectionMatters() {
        GoldRecord g = gold(null, "Paper A", Map.of(), List.of(),
                List.of(goldClaim("A", Relation.OUTPERFORMS, "B")), List.of());
        Extraction p = predicted("x", "Paper A", Map.of(), List.of(), List.of(),
                List.of(claim("B", Relation.OUTPERFORMS, "A")));

        assertEquals(new FieldScore(0, 0, 1, 1), evaluator.score(List.of(g), List.of(p)).score(Field.CLAIMS));
    }

    @Test
    void proposedNamesAreNormalisedAndCodeLinksAreExactAfterTrimming() {
        GoldRecord g = gold(null, "Paper A", Map.of(), List.of("In-BoXBART", "BoX"), List.of(),
                List.of("https://github.com/a/B", "https://x.org/p"));
        Extraction p = predicted("x", "Paper A", Map.of(), List.of("in boxbart", "BoXBART"),
                List.of("  https://github.com/a/B ", "https://x.org/p.", "https://github.com/a/b"), List.of());

        EvalReport r = evaluator.score(List.of(g), List.of(p));

        assertEquals(new FieldScore(1, 0, 1, 1), r.score(Field.PROPOSED));
        assertEquals(new FieldScore(1, 0, 2, 1), r.score(Field.CODE));
    }

    @Test
    void goldPapersWithoutPredictionCountEveryCoreItemAsMissed() {
        GoldRecord a = goldEntities("Paper A", EntityType.DATASET, List.of("SQuAD"), List.of("reading tasks"));
        GoldRecord b = gold(null, "Paper B", Map.of(EntityType.DATASET, new TieredNames(List.of("MMLU", "GSM8K"),
                List.of())), List.of("X"), List.of(goldClaim("X", Relation.OUTPERFORMS, "Y")), List.of("https://x"));
        Extraction pa = predictedEntities("Paper A", EntityType.DATASET, List.of("SQuAD"));

        EvalReport r = evaluator.score(List.of(a, b), List.of(pa));

        assertEquals(2, r.goldPapers());
        assertEquals(1, r.matchedPapers());
        assertEquals(1, r.unmatchedGoldPapers());
        assertEquals(new FieldScore(1, 0, 0, 2), r.score(Field.DATASETS));
        assertEquals(new FieldScore(0, 0, 0, 1), r.score(Field.PROPOSED));
        assertEquals(new FieldScore(0, 0, 0, 1), r.score(Field.CLAIMS));
        assertEquals(new FieldScore(0, 0, 0, 1), r.score(Field.CODE));
        assertEquals(1, r.errors().size());
        PaperErrors e = r.errors().get(0);
        assertEquals("Paper B", e.title());
        assertFalse(e.matched());
        assertEquals(List.of("MMLU", "GSM8K"), e.fields().get(Field.DATASETS).missed());
    }

    @Test
    void papersMatchByIdWhenBothHaveOneElseByNormalisedTitle() {
        GoldRecord byId = gold("acl-1", "Title As Annotated", Map.of(EntityType.TASK,
                new TieredNames(List.of("question answering"), List.of())), List.of(), List.of(), List.of());
        GoldRecord byTitle = goldEntities("BERT: Pre-training of Deep Bidirectional Transformers",
                EntityType.MODEL, List.of("BERT"), List.of());
        GoldRecord idNotPredicted = gold("acl-3", "Third paper", Map.of(EntityType.MODEL,
                new TieredNames(List.of("T5"), List.of())), List.of(), List.of(), List.of());
        Extraction p1 = predicted("acl-1", "a different title", Map.of(EntityType.TASK, List.of("question answering")),
                List.of(), List.of(), List.of());
        Extraction p2 = predictedEntities("bert pre training of deep bidirectional transformers",
                EntityType.MODEL, List.of("BERT"));
        Extraction p3 = predictedEntities("Third Paper", EntityType.MODEL, List.of("T5"));
        Extraction extra = predictedEntities("Not in the gold set", EntityType.MODEL, List.of("GPT-2"));

        EvalReport r = evaluator.score(List.of(byId, byTitle, idNotPredicted), List.of(p1, p2, p3, extra));

        assertEquals(3, r.matchedPapers());
        assertEquals(0, r.unmatchedGoldPapers());
        assertEquals(1, r.unmatchedPredictions());
        assertEquals(4, r.predictedPapers());
        assertEquals(new FieldScore(1, 0, 0, 0), r.score(Field.TASKS));
        assertEquals(new FieldScore(2, 0, 0, 0), r.score(Field.MODELS));
        assertTrue(r.errors().isEmpty());
    }

    @Test
    void anExtractionIsMatchedToAtMostOneGoldPaper() {
        GoldRecord a = gold("1", "Same Title", Map.of(EntityType.MODEL, new TieredNames(List.of("BERT"), List.of())),
                List.of(), List.of(), List.of());
        GoldRecord b = gold("2", "Same title!", Map.of(EntityType.MODEL, new TieredNames(List.of("BERT"), List.of())),
                List.of(), List.of(), List.of());
        Extraction p = predictedEntities("same title", EntityType.MODEL, List.of("BERT"));

        EvalReport r = evaluator.score(List.of(a, b), List.of(p));

        assertEquals(1, r.matchedPapers());
        assertEquals(new FieldScore(1, 0, 0, 1), r.score(Field.MODELS));
    }

    @Test
    void countsAreMicroAveragedOverPapers() {
        GoldRecord a = goldEntities("A", EntityType.METRIC, List.of("BLEU"), List.of());
        GoldRecord b = goldEntities("B", EntityType.METRIC, List.of("FID", "PSNR", "SSIM"), List.of());
        Extraction pa = predictedEntities("A", EntityType.METRIC, List.of("BLEU", "ROUGE"));
        Extraction pb = predictedEntities("B", EntityType.METRIC, List.of("FID"));

        FieldScore s = new Evaluator().score(List.of(a, b), List.of(pa, pb)).score(Field.METRICS);

        assertEquals(new FieldScore(2, 0, 1, 2), s);
        assertEquals(2.0 / 3, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
    }

    @Test
    void emptyDenominatorsGiveOneAndNoHitsGiveZeroF1() {
        assertEquals(1.0, FieldScore.ZERO.precision());
        assertEquals(1.0, FieldScore.ZERO.recall());
        assertEquals(1.0, FieldScore.ZERO.f1());
        FieldScore allMissed = new FieldScore(0, 0, 0, 4);
        assertEquals(1.0, allMissed.precision());
        assertEquals(0.0, allMissed.recall());
        assertEquals(0.0, allMissed.f1());
        assertEquals(0.0, new FieldScore(0, 0, 3, 2).f1());
    }

    @Test
    void tableHasOneRowPerFieldAndJsonCarriesCountsAndErrors() throws Exception {
        GoldRecord g = goldEntities("Paper A", EntityType.DATASET, List.of("ImageNet", "COCO"), List.of());
        Extraction p = predictedEntities("Paper A", EntityType.DATASET, List.of("ImageNet", "Places"));
        EvalReport r = evaluator.score(List.of(g), List.of(p));

        String table = r.table();
        for (Field f : Field.values()) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(f.label() + " ")), f.label());
        }
        assertTrue(table.lines().anyMatch(l -> l.matches("datasets\\s+1\\s+0\\s+1\\s+1\\s+0\\.500\\s+0\\.500\\s+0\\.500")),
                table);

        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals(1, json.at("/papers/matched").asInt());
        assertEquals(1, json.at("/fields/datasets/fp").asInt());
        assertEquals(0.5, json.at("/fields/datasets/f1").asDouble(), 1e-9);
        assertEquals("COCO", json.at("/errors/0/fields/datasets/missed/0").asText());
        assertEquals("Places", json.at("/errors/0/fields/datasets/spurious/0").asText());

        assertTrue(r.errorsText().contains("-\"COCO\""), r.errorsText());
        assertTrue(r.errorsText().contains("+\"Places\""), r.errorsText());
    }
}
