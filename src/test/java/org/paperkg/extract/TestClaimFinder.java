package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;
import org.paperkg.model.Relation;

class TestClaimFinder {

    private static List<Claim> claims(String title, String abstractText) {
        return StageFixture.run(title, abstractText).get(Layers.CLAIMS);
    }

    private static String brief(Claim c) {
        return c.subject() + " " + c.relation().label() + " " + c.object();
    }

    @Test
    void oneSentenceTwoRelationsProposedSubjectAndDatasets() {
        String abs = "To address these challenges, we introduce CycleQD, a novel approach that leverages the Quality"
                + " Diversity framework. Empirical results from AgentBench indicate that applying CycleQD to"
                + " LLAMA3-8B-INSTRUCT based models not only enables them to surpass traditional fine-tuning methods in"
                + " coding, operating systems, and database tasks, but also achieves performance on par with"
                + " GPT-3.5-TURBO, which potentially contains much more parameters, across these domains.";
        List<Claim> c = claims("Agent Skill Acquisition for Large Language Models via CycleQD", abs);
        assertEquals(List.of("CycleQD outperforms traditional fine-tuning methods", "CycleQD comparable GPT-3.5-TURBO"),
                c.stream().map(TestClaimFinder::brief).toList());
        assertEquals(List.of("AgentBench"), c.get(0).datasets());
        assertTrue(c.get(1).objectNamed());
        Claim first = c.get(0);
        assertEquals(first.sentence(), abs.substring(first.sentenceStart(), first.sentenceEnd()));
    }

    @Test
    void splitsObjectsAndTakesEachFirstMarginAndResolvesTheProposedModel() {
        String abs = "Using this meta-dataset, we propose a unified model termed In-BoXBART, that can jointly learn all"
                + " tasks. Experimental results indicate that the proposed model: 1) outperforms the single-task"
                + " baseline by ~3% and multi-task (without instruction) baseline by ~18% on an average, and 2) shows"
                + " ~23% improvement compared to the single-task baseline in few-shot learning (i.e., 32 instances per"
                + " task) on an average.";
        List<Claim> c = claims("In-BoXBART: Get Instructions into Biomedical Multi-Task Learning", abs);
        assertEquals(List.of("In-BoXBART outperforms the single-task baseline",
                "In-BoXBART outperforms multi-task (without instruction) baseline"),
                c.stream().map(TestClaimFinder::brief).toList());
        assertEquals(Optional.of("~3%"), c.get(0).magnitude());
        assertEquals(Optional.of("~18%"), c.get(1).magnitude());
    }

    @Test
    void marginIsTheImprovementNotTheShareOfTasks() {
        Claim c = claims("Eureka: Human-Level Reward Design via Coding Large Language Models", "In a diverse"
                + " suite of 29"
                + " open-source RL environments that include 10 distinct robot morphologies, Eureka outperforms human"
                + " experts on 83% of the tasks, leading to an average normalized improvement of 52%.").get(0);
        assertEquals("Eureka outperforms human experts", brief(c));
        assertEquals(Optional.of("52%"), c.magnitude());
        assertEquals(Optional.of("average normalized improvement"), c.metric());
    }

    @Test
    void hedgedClaimIsComparable() {
        Claim c = claims("Learning to grow pretrained models", "We propose TLEG. Extensive experiments on ImageNet-1K"
                + " demonstrate that TLEG achieves comparable or better performance in contrast to many individual"
                + " models trained from scratch, while reducing around 2x training cost.").get(0);
        assertEquals("TLEG comparable many individual models", brief(c));
        assertEquals(List.of("ImageNet-1K"), c.datasets());
    }

    @Test
    void negatedAndPassiveClaims() {
        List<Claim> c = claims("t", "We find that BERT does not outperform RoBERTa on GLUE. In our study, GPT-2 is"
                + " outperformed by Llama 2 on MMLU.");
        assertEquals(List.of("BERT underperforms RoBERTa", "Llama 2 outperforms GPT-2"),
                c.stream().map(TestClaimFinder::brief).toList());
        assertEquals(Relation.UNDERPERFORMS, c.get(0).relation());
    }

    @Test
    void stateOfTheArtWithoutObjectIsNoClaim() {
        assertEquals(List.of(), claims("MonoDETR: Depth-guided Transformer for Monocular 3D Object Detection",
                "On KITTI benchmark with monocular images as input, MonoDETR achieves state-of-the-art performance and"
                        + " requires no extra dense depth annotations."));
    }

    @Test
    void unnamedProposalIsThePlaceholderSubject() {
        Claim c = claims("A study of pruning", "Results show that the subnetworks generalize faster than the"
                + " controlled dense model.").get(0);
        assertEquals(Claim.PROPOSED + " outperforms the controlled dense model", brief(c));
    }

    @Test
    void hedgedClaimFindsItsObjectAfterCompared() {
        Claim c = claims("Dataset distillation", "In this paper, we push the boundaries of dataset distillation. Our"
                + " method can achieve comparable or better performance with less than an image-per-class compared to"
                + " existing methods that use one image-per-class.").get(0);
        assertEquals(Claim.PROPOSED + " comparable existing methods", brief(c));
    }
}
