package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

/** Gold names aligned to tokens, on sentences of data/daily-papers; each test names the paper. */
class TestMentionLabels {

    /** The label of each token of sentence {@code s}, as "token/LABEL" for readable failures. */
    private static List<String> labelled(Document d, int s, Map<EntityType, List<String>> names) {
        List<Token> tokens = d.get(Layers.TOKENS).get(s);
        List<MentionLabel> labels = MentionLabels.of(d.get(Layers.TOKENS), names).get(s);
        assertEquals(tokens.size(), labels.size());
        return java.util.stream.IntStream.range(0, tokens.size())
                .mapToObj(i -> tokens.get(i).text() + "/" + labels.get(i).name()).toList();
    }

    /** FLAME: names in the title and the abstract, typed, each occurrence labelled; a glued word labels nothing. */
    @Test
    void everyVerbatimOccurrenceIsLabelledWithItsType() {
        Document d = StageFixture.run("FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image"
                + " Pre-training", "When trained on CC3M, FLAME surpasses the previous state-of-the-art by 4.9\\% in"
                + " ImageNet top-1 accuracy. On YFCC15M, FLAME surpasses the WIT-400M-trained CLIP by 44.4\\% in"
                + " average image-to-text recall@1 across 36 languages.");
        Map<EntityType, List<String>> names = Map.of(EntityType.DATASET, List.of("CC3M", "ImageNet", "YFCC15M",
                "WIT-400M"), EntityType.MODEL, List.of("FLAME", "CLIP"));
        assertEquals(List.of("FLAME/B_MODEL", ":/O", "Frozen/O"), labelled(d, 0, names).subList(0, 3));
        assertEquals(List.of("When/O", "trained/O", "on/O", "CC3M/B_DATASET", ",/O", "FLAME/B_MODEL",
                "surpasses/O"), labelled(d, 1, names).subList(0, 7));
        List<String> second = labelled(d, 2, names);
        assertEquals(List.of("On/O", "YFCC15M/B_DATASET", ",/O", "FLAME/B_MODEL", "surpasses/O", "the/O",
                "WIT-400M-trained/O", "CLIP/B_MODEL", "by/O"), second.subList(0, 9));
    }

    /** Ghost Batch Normalization: the longer of two overlapping names wins, whatever their types. */
    @Test
    void longestNameWinsOnOverlap() {
        Document d = StageFixture.run("Train longer, generalize better", "We further investigate different"
                + " techniques and present a novel algorithm named \"Ghost Batch Normalization\" which enables"
                + " significant decrease in the generalization gap.");
        Map<EntityType, List<String>> names = Map.of(EntityType.METHOD, List.of("Batch Normalization"),
                EntityType.MODEL, List.of("Ghost Batch Normalization"));
        List<String> labels = labelled(d, 1, names);
        int at = labels.indexOf("Ghost/B_MODEL");
        assertEquals(List.of("\"/O", "Ghost/B_MODEL", "Batch/I_MODEL", "Normalization/I_MODEL", "\"/O"),
                labels.subList(at - 1, at + 4));
    }

    /** Flowformer: a name differing in case is not verbatim; a name under two types keeps the dataset type. */
    @Test
    void caseMattersAndDatasetsComeFirst() {
        Document d = StageFixture.run("Flowformer: Linearizing Transformers with Conservation Flows",
                "Transformers based on the attention mechanism have achieved impressive success in various areas.");
        List<String> lower = labelled(d, 1, Map.of(EntityType.MODEL, List.of("transformers")));
        assertEquals("Transformers/O", lower.get(0));
        List<String> twice = labelled(d, 0, Map.of(EntityType.METHOD, List.of("Flowformer"), EntityType.DATASET,
                List.of("Flowformer")));
        assertEquals("Flowformer/B_DATASET", twice.get(0));
    }

    /** Tasks and metrics are not tagged: their names label nothing. */
    @Test
    void tasksAndMetricsLabelNothing() {
        Document d = StageFixture.run("The Generalization Gap in Offline Reinforcement Learning", "We compare online"
                + " reinforcement learning (RL), offline RL, sequence modeling, and behavioral cloning.");
        List<String> labels = labelled(d, 1, Map.of(EntityType.TASK, List.of("offline RL"), EntityType.METRIC,
                List.of("RL")));
        assertEquals(0, labels.stream().filter(l -> !l.endsWith("/O")).count());
    }
}
