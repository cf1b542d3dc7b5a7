package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;

class TestClassifiers {
    private static final String TITLE = "Lion: Symbolic Discovery of Optimization Algorithms";
    private static final String ABSTRACT = "We present Lion, a new optimizer. Lion outperforms Adam on ImageNet.";

    @Test
    void withoutTrainedModelsTheVersionIsTheRulesVersion() {
        RuleExtractor rules = RuleExtractor.rulesOnly(StageFixture.GAZETTEER);
        assertEquals("", Classifiers.none().fingerprint());
        assertEquals(RuleExtractor.VERSION, rules.version());
    }

    @Test
    void trainedModelsAddAFingerprintThatChangesWithTheWeights() {
        Classifiers none = Classifiers.none();
        Classifiers a = none.withModels(LinearModel.acceptAll(Classifiers.ENTITIES),
                LinearModel.acceptAll(Classifiers.PROPOSALS), LinearModel.of(Classifiers.CLAIMS, 0, Map.of("x", 1.0),
                        0.5));
        Classifiers b = none.withModels(LinearModel.acceptAll(Classifiers.ENTITIES),
                LinearModel.acceptAll(Classifiers.PROPOSALS), LinearModel.of(Classifiers.CLAIMS, 0, Map.of("x", 2.0),
                        0.5));
        assertTrue(a.fingerprint().matches("\\+[0-9a-f]{8}"), a.fingerprint());
        assertEquals(a.fingerprint(), none.withModels(a.entities().model(), a.proposals().model(),
                a.claims().model()).fingerprint());
        assertNotEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void aRejectingClaimModelDropsTheClaimsAndKeepsTheRest() {
        RuleExtractor rules = RuleExtractor.rulesOnly(StageFixture.GAZETTEER);
        Extraction all = rules.extract("p", TITLE, ABSTRACT);
        assertEquals(List.of("Lion"), all.claims().stream().map(Claim::subject).toList(), all.claims().toString());
        Classifiers noClaims = new Classifiers(Filter.acceptAll(Classifiers.ENTITIES),
                Filter.acceptAll(Classifiers.PROPOSALS),
                new Filter<>(LinearModel.of(Classifiers.CLAIMS, -5, Map.of(), 0.5), (d, c) -> Map.of()));
        Extraction none = rules.withClassifiers(noClaims).extract("p", TITLE, ABSTRACT);
        assertEquals(List.of(), none.claims());
        assertEquals(all.proposed(), none.proposed());
        assertEquals(all.names(EntityType.METHOD), none.names(EntityType.METHOD));
    }

    @Test
    void aTrainedClaimModelsProbabilityIsTheConfidenceOfTheClaimsItKeeps() {
        RuleExtractor rules = RuleExtractor.rulesOnly(StageFixture.GAZETTEER);
        Classifiers sure = new Classifiers(Filter.acceptAll(Classifiers.ENTITIES),
                Filter.acceptAll(Classifiers.PROPOSALS),
                new Filter<>(LinearModel.of(Classifiers.CLAIMS, 2, Map.of(), 0.5), (d, c) -> Map.of()));
        List<Claim> claims = rules.withClassifiers(sure).extract("p", TITLE, ABSTRACT).claims();
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(1 / (1 + Math.exp(-2)), claims.get(0).confidence(), 1e-9);
    }

    @Test
    void decidingOnItemsGivesTheSameExtractionAsExtracting() {
        RuleExtractor rules = RuleExtractor.rulesOnly(StageFixture.GAZETTEER);
        assertEquals(rules.extract("p", TITLE, ABSTRACT), rules.decide("p", rules.items(TITLE, ABSTRACT)));
    }
}
