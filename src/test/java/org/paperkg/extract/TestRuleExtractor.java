package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Alias;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;

class TestRuleExtractor {
    private static final RuleExtractor EXTRACTOR = RuleExtractor.rulesOnly(StageFixture.GAZETTEER);

    @Test
    void aProposedNameWithItsBracketedShortNameIsOneAliasAndClaimsUseTheShortName() {
        // corpus id dahlinger2026tmlr-contextaware: M3GN is no initialism of its long form
        Extraction e = EXTRACTOR.extract("x", "Context-Aware Deformable Object Simulation", "Learned Graph Network"
                + " Simulators (GNSs) offer a promising alternative to mesh-based physics simulators. The resulting"
                + " approach, Movement-primitive Meta-MeshGraphNet (M3GN), provides higher simulation accuracy at a"
                + " fraction of the runtime cost compared to state-of-the-art GNSs across several tasks.");
        assertTrue(e.aliases().contains(new Alias("Movement-primitive Meta-MeshGraphNet", "M3GN")),
                e.aliases().toString());
        assertEquals(List.of("M3GN"), e.claims().stream().map(c -> c.subject()).toList(), e.claims().toString());
    }

    @Test
    void extractsEveryFieldFromARealAbstract() {
        String abs = "Driven by large-data pre-training, Segment Anything Model (SAM) has been demonstrated as a"
                + " powerful and promptable framework, revolutionizing the segmentation models. In this paper, we"
                + " propose a training-free Personalization approach for SAM, termed as PerSAM. To demonstrate our"
                + " efficacy, we construct a new segmentation dataset, PerSeg, for personalized evaluation, and test"
                + " our methods on video object segmentation with competitive performance. Besides, our approach can"
                + " also enhance DreamBooth to personalize Stable Diffusion for text-to-image generation. Code is"
                + " released at https://github.com/ZrrSkywalker/Personalize-SAM";
        Extraction e = EXTRACTOR.extract("p", "Personalize Segment Anything Model with One Shot", abs);
        assertEquals(List.of("PerSAM", "PerSeg"), e.proposed());
        assertTrue(e.names(EntityType.MODEL).containsAll(List.of("Segment Anything Model", "SAM", "Stable Diffusion")),
                e.names(EntityType.MODEL).toString());
        assertEquals(List.of("PerSeg"), e.names(EntityType.DATASET));
        assertTrue(e.names(EntityType.METHOD).containsAll(List.of("PerSAM", "DreamBooth")));
        assertTrue(e.names(EntityType.TASK).containsAll(List.of("video object segmentation",
                "text-to-image generation")), e.names(EntityType.TASK).toString());
        assertEquals(List.of("https://github.com/ZrrSkywalker/Personalize-SAM"), e.code());
        assertEquals(List.of(new Alias("Segment Anything Model", "SAM")), e.aliases());
        assertEquals("rules-8", RuleExtractor.VERSION);
    }

    @Test
    void aTitleAcronymAndItsLongFormAreOneAliasedName() {
        // zehle2025automl-capo (shard 015)
        Extraction e = EXTRACTOR.extract("p", "CAPO: Cost-Aware Prompt Optimization",
                "Large language models have revolutionized many tasks. We introduce CAPO, a prompt optimizer.");
        assertTrue(e.aliases().contains(new Alias("Cost-Aware Prompt Optimization", "CAPO")), e.aliases().toString());
    }

    @Test
    void aPossessiveInsideAMultiWordNameKeepsItWhole() {
        Extraction e = EXTRACTOR.extract("p", "t", "We compare with Word Mover\u2019s Distance and use Google's Gemini.");
        List<String> all = new ArrayList<>();
        e.entities().values().forEach(all::addAll);
        assertTrue(all.contains("Word Mover\u2019s Distance"), all.toString());
        assertTrue(all.stream().noneMatch(n -> n.contains("Google")), all.toString());
    }

    @Test
    void emptyAndHugeInputsGiveEmptyOrBoundedResults() {
        Extraction empty = EXTRACTOR.extract("p", "", "");
        assertTrue(empty.claims().isEmpty() && empty.proposed().isEmpty() && empty.code().isEmpty());
        String sentence = "Our method outperforms GPT-4 on MMLU by 3%. ";
        Extraction huge = EXTRACTOR.extract("p", "t", sentence.repeat(200_000));
        assertEquals(1, huge.claims().size());
        assertTrue(huge.claims().get(0).sentenceEnd() <= RuleExtractor.MAX_ABSTRACT_CHARS);
    }

    @Test
    void listsEachNameOnceAcrossSpellings() {
        Extraction e = EXTRACTOR.extract("p", "t", "We train on CIFAR-10. Results on CIFAR-10 and ImageNet are"
                + " strong.");
        assertEquals(List.of("CIFAR-10", "ImageNet"), e.names(EntityType.DATASET));
    }

    @Test
    void metricsInsideLongerMetricsAreNotListedButScoreVariantsAre() {
        Extraction e = EXTRACTOR.extract("p", "t", "Our attack reaches an attack success"
                + " rate of 80%, and the translations gain 2 BLEU score points. Our approach reduces FPR95 and the"
                + " negative log-likelihood (NLL).");
        List<String> metrics = e.names(EntityType.METRIC);
        assertTrue(metrics.contains("attack success rate"), metrics.toString());
        assertTrue(!metrics.contains("success rate"), metrics.toString());
        assertTrue(metrics.contains("BLEU"), metrics.toString());
        assertTrue(metrics.contains("FPR95") && metrics.contains("NLL"), metrics.toString());
    }

    @Test
    void shortFormsOfTasksAreTasks() {
        // 2021.acl-short.57
        String abs = "Adaptive Computation (AC) has been shown to be effective in improving the efficiency of"
                + " Open-Domain Question Answering (ODQA) systems. However, training state-of-the-art ODQA models"
                + " requires significant computational resources.";
        Extraction e = EXTRACTOR.extract("p", "Training Adaptive Computation for Open-Domain Question Answering", abs);
        assertTrue(e.names(EntityType.TASK).contains("ODQA"), e.names(EntityType.TASK).toString());
        assertTrue(e.names(EntityType.MODEL).isEmpty(), e.names(EntityType.MODEL).toString());
    }

    @Test
    void rankCutOffsAndAtNamesAreMetrics() {
        // wang2023iccv-dygait, zhou2023iccv-uniface
        Extraction e = EXTRACTOR.extract("p", "DyGait", "It achieves an average Rank-1 accuracy of 71.4% on the GREW"
                + " dataset. UniFace achieves the highest TAR@MR-All on the academic track.");
        assertTrue(e.names(EntityType.METRIC).containsAll(List.of("Rank-1 accuracy", "TAR@MR-All")),
                e.names(EntityType.METRIC).toString());
        assertTrue(e.names(EntityType.METHOD).stream().noneMatch(n -> n.startsWith("Rank") || n.contains("@")),
                e.names(EntityType.METHOD).toString());
    }
}
