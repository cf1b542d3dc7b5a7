package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

class TestEntityTyper {

    @Test
    void gazetteerAndCoordinationMakeDatasets() {
        Document d = StageFixture.run("t", "The empirical results show that FedKA achieves performance gains of 8.8%"
                + " and 3.5% in Digit-Five and Office-Caltech10, respectively, and a gain of 0.7% in Amazon Review with"
                + " extremely limited training data.");
        assertEquals(List.of("Digit-Five", "Office-Caltech10", "Amazon Review"),
                StageFixture.entities(d, EntityType.DATASET));
    }

    @Test
    void contextCuesTypeUnknownNames() {
        Document d = StageFixture.run("t", "To demonstrate our efficacy, we construct a new segmentation dataset,"
                + " PerSeg, for personalized evaluation. We evaluate on the FooQA benchmark and the Zeta-7B model.");
        assertTrue(StageFixture.entities(d, EntityType.DATASET).contains("FooQA"));
        assertTrue(StageFixture.entities(d, EntityType.MODEL).contains("Zeta-7B"));
    }

    @Test
    void sentenceInitialWordsAndFieldAcronymsAreNotNames() {
        Document d = StageFixture.run("t", "Knowledge graphs (KG) help. Previous methods mainly utilize the"
                + " similarity decomposition. Multi-source domain adaptation has been intensively studied.");
        List<String> all = d.get(Layers.ENTITIES).stream().map(Mention::surface).toList();
        assertFalse(all.contains("Previous"), all.toString());
        assertFalse(all.contains("KG"), all.toString());
        assertFalse(all.contains("Multi-source"), all.toString());
    }

    @Test
    void abbreviationPartnersShareTheirType() {
        Document d = StageFixture.run("t", "Driven by large-data pre-training, Segment Anything Model (SAM) has been"
                + " demonstrated as a powerful and promptable framework.");
        assertEquals(List.of("Segment Anything Model", "SAM"), StageFixture.entities(d, EntityType.MODEL));
    }

    @Test
    void acronymSpellingCapitalsAuthorsAndOrdinaryWordsAreNotNames() {
        Document d = StageFixture.run("t", "In this paper, we introduce the first DETR framework for Monocular DEtection"
                + " with a depth-guided TRansformer, named MonoDETR. We evaluate Shifty-ttest, an implementation of"
                + " Shifty based on Student\u2019s t-test. Selective Prediction is hard, and selective prediction matters.");
        List<String> all = d.get(Layers.ENTITIES).stream().map(Mention::surface).toList();
        assertTrue(all.containsAll(List.of("DETR", "MonoDETR", "Shifty-ttest")), all.toString());
        assertFalse(all.contains("TRansformer"), all.toString());
        assertFalse(all.contains("Student"), all.toString());
        assertFalse(all.contains("Selective Prediction"), all.toString());
    }
}
