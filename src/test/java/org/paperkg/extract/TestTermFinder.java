package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

class TestTermFinder {

    @Test
    void taskOfAndCoordinatedTasks() {
        Document d = StageFixture.run("t", "Both qualitative and quantitative comparisons demonstrate the advantage of"
                + " DragGAN over prior approaches in the tasks of image manipulation and point tracking.");
        assertEquals(List.of("image manipulation", "point tracking"), StageFixture.terms(d, EntityType.TASK));
    }

    @Test
    void titleTaskPhraseAndTasksSuchAs() {
        Document d = StageFixture.run("MonoDETR: Depth-guided Transformer for Monocular 3D Object Detection",
                "Learning complex low-level manipulation tasks, such as dexterous pen spinning, remains an open"
                        + " problem.");
        List<String> tasks = StageFixture.terms(d, EntityType.TASK);
        assertTrue(tasks.contains("Monocular 3D Object Detection"), tasks.toString());
        assertTrue(tasks.contains("dexterous pen spinning"), tasks.toString());
        assertTrue(!tasks.contains("remains"), tasks.toString());
    }

    @Test
    void metricsFromGazetteerAndPatterns() {
        Document d = StageFixture.run("t", "Eureka outperforms human experts on 83% of the tasks, leading to an"
                + " average normalized improvement of 52%, and reaches 81.2% top-1 accuracy and 30.1 BLEU.");
        assertEquals(List.of("average normalized improvement", "top-1 accuracy", "BLEU"),
                StageFixture.terms(d, EntityType.METRIC));
    }

    @Test
    void qualifiedRatesErrorsAndScores() {
        Document d = StageFixture.run("t", "Extensive experiments on real and simulated data show that AKO controls"
                + " the false discovery rate, while the recognition rate improves and the reconstruction error of"
                + " the click-through rate model drops.");
        assertEquals(List.of("false discovery rate", "recognition rate", "reconstruction error", "click-through rate"),
                StageFixture.terms(d, EntityType.METRIC));
    }

    @Test
    void qualifiedAccuracyTypeOneErrorAndTestPower() {
        Document d = StageFixture.run("t", "Experimental results show that this integration boosts the layout"
                + " accuracy of ControlNet, while retrieval reduces accuracy and marker-based approaches still"
                + " provide unbeatable accuracy. The type-I error is controlled and the test power of the proposed"
                + " test is comparable.");
        assertEquals(List.of("layout accuracy", "accuracy", "type-I error", "test power"),
                StageFixture.terms(d, EntityType.METRIC));
    }

    @Test
    void aShortFormDefinedAsSomethingElseIsNotTheGazetteerMetric() {
        Document d = StageFixture.run("t", "We present SAM4EM, a novel approach for 3D segmentation of complex neural"
                + " structures in electron microscopy (EM) data. EM data are large.");
        assertEquals(List.of(), StageFixture.terms(d, EntityType.METRIC));
        Document m = StageFixture.run("t", "The exact match (EM) rises. EM is strict.");
        assertEquals(List.of("exact match", "EM"), StageFixture.terms(m, EntityType.METRIC));
    }

    @Test
    void aScoreReportedWithItsValue() {
        Document d = StageFixture.run("t", "Specifically, CF-Driver attains a driving score of 84.2%, surpassing the"
                + " previous best model by 15.02% points, while its high score of 3 is noted.");
        assertEquals(List.of("driving score"), StageFixture.terms(d, EntityType.METRIC));
    }

    @Test
    void ratingsVerbsAndCutPhrasesAreNoTasks() {
        // ren2024eccv-moediffir, feldman2023tmlr-achieving, janouskova2022eccvw-modelassisted,
        // he2022cvpr-safestudent, bystrov2024jmlr-choosing, mambelli2022iclrw-compositional
        Document d = StageFixture.run("t", "It shows poor texture generation capability, particularly at low"
                + " bitrates. This extends conformal prediction to apply to a larger class of problems. Labeling"
                + " images for visual segmentation is a time-consuming task. We consider the problem of safe SSL"
                + " scenario. Relevant topics from the considered data generation processes (DGPs) are revealed."
                + " We consider the generic task of bringing a specific cube out of a set.");
        List<String> tasks = StageFixture.terms(d, EntityType.TASK);
        assertEquals(List.of("conformal prediction", "visual segmentation"), tasks);
    }

    @Test
    void titleTaskDropsQualifiersAndCutPhrases() {
        // wu2023aistats-scorebased, park2025wacv-narrad, ye2021iccv-learning
        Document d = StageFixture.run("Score-based Quickest Change Detection for Unnormalized Models",
                "Point cloud segmentation is a fundamental task in 3D.");
        assertEquals(List.of("Quickest Change Detection", "Point cloud segmentation"),
                StageFixture.terms(d, EntityType.TASK));
        Document n = StageFixture.run("NarrAD: Automatic Generation of Audio Descriptions for Movies", "None.");
        assertEquals(List.of(), StageFixture.terms(n, EntityType.TASK));
    }

    @Test
    void anErrorAfterAHyphenatedWordIsNoMetric() {
        // zhao2025cvpr-mmvu
        Document d = StageFixture.run("t", "Through in-depth error analyses and case studies, we offer insights. The"
                + " depth error drops.");
        assertEquals(List.of("depth error"), StageFixture.terms(d, EntityType.METRIC));
    }

    @Test
    void basedQualifiersStayInAbstractTasksAndGenericLearningIsNoTask() {
        // sahbi2021iccvw-learning, kou2023iclr-semisupervised
        Document d = StageFixture.run("t", "We evaluate on skeleton-based action recognition. Semi-supervised learning"
                + " uses unlabeled data to facilitate learning tasks.");
        assertEquals(List.of("skeleton-based action recognition"), StageFixture.terms(d, EntityType.TASK));
    }
}
