package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;
import org.paperkg.model.Relation;

/** Features of claims the rules find in real abstracts of the development sets dev-a..e. */
class TestClaimFeatures {
    private static final ClaimFeatures FEATURES = new ClaimFeatures();

    /** The features of the claim with this object, which the rules must have found. */
    private static Map<String, Double> featuresOf(Document d, String object) {
        for (Claim c : d.get(Layers.CLAIMS)) {
            if (c.object().equals(object)) {
                return FEATURES.features(d, c);
            }
        }
        throw new AssertionError("no claim on '" + object + "' among " + d.get(Layers.CLAIMS));
    }

    private static void assertFires(Map<String, Double> f, String... names) {
        for (String n : names) {
            assertEquals(1.0, f.getOrDefault(n, 0.0), n + " in " + f);
        }
    }

    private static void assertSilent(Map<String, Double> f, String... names) {
        for (String n : names) {
            assertFalse(f.containsKey(n), n + " in " + f);
        }
    }

    /** wang2025iclr-remoe (dev-e): a measure after "superior ... to" is no rival; the next object is. */
    @Test
    void measureObjectAgainstRivalObjectInOneSentence() {
        Document d = StageFixture.run("ReMoE: Fully Differentiable Mixture-of-Experts with ReLU Routing",
                "To address this issue, we propose ReMoE, a fully differentiable MoE architecture that offers a simple"
                        + " yet effective drop-in replacement for the conventional TopK+Softmax routing. Furthermore,"
                        + " ReMoE exhibits superior scalability with respect to the number of experts, surpassing"
                        + " traditional MoE architectures.");
        Map<String, Double> measure = featuresOf(d, "the number of experts");
        assertFires(measure, "obj.head.measure", "obj.det", "cue.than", "cue.than.gain", "subj.referent",
                "subj.written", "rel.outperforms", "obj.next.end");
        assertSilent(measure, "obj.rival", "obj.head.rival", "obj.named", "sent.we", "sent.negation");
        Map<String, Double> rival = featuresOf(d, "traditional MoE architectures");
        assertFires(rival, "obj.head.rival", "obj.rival", "cue.verb", "obj.next.end");
        assertSilent(rival, "obj.head.measure", "obj.det", "cue.than", "cue.than.gain");
        assertFires(rival, "sent.last");
        assertSilent(rival, "sent.early");
        assertEquals(1.0, rival.get("sent.pos"), 1e-9);
    }

    /** teng2025neurips-bringing (dev-e): "do not outperform" is a loss, and the features say it was negated. */
    @Test
    void negatedComparison() {
        Document d = StageFixture.run("Bringing SAM to new heights: leveraging elevation data for tree crown"
                + " segmentation from drone imagery",
                "We present BalSAM, a model leveraging SAM and DSM information, which shows potential over other"
                        + " methods, particularly in the context of plantations. We find that methods using SAM"
                        + " out-of-the-box do not outperform a custom Mask R-CNN, even with well-designed prompts.");
        Claim c = d.get(Layers.CLAIMS).stream().filter(x -> x.relation() == Relation.UNDERPERFORMS).findFirst()
                .orElseThrow();
        Map<String, Double> f = FEATURES.features(d, c);
        assertFires(f, "rel.underperforms", "sent.negation", "sent.we", "cue.verb", "obj.mention.inside",
                "obj.mention.last", "subj.referent");
        assertSilent(f, "rel.outperforms", "sent.result", "ev.magnitude", "subj.written", "subj.implicit");
        assertTrue(f.get("conf") < 0.6, f.toString());
    }

    /** he2023iccv-candidateaware (dev-c): "our proposed method" in an experiments sentence of an unnamed proposal. */
    @Test
    void unnamedProposalInResultSentence() {
        Document d = StageFixture.run("Candidate-aware Selective Disambiguation Based On Normalized Entropy for"
                + " Instance-dependent Partial-label Learning",
                "In partial-label learning (PLL), each training example has a set of candidate labels, among which"
                        + " only one is the true label. To solve this problem, we propose a novel two-stage PLL"
                        + " framework including selective disambiguation and candidate-aware thresholding. Extensive"
                        + " experiments demonstrate that our proposed method outperforms state-of-the-art PLL"
                        + " methods.");
        Map<String, Double> f = featuresOf(d, "state-of-the-art PLL methods");
        assertFires(f, "subj.proposed", "sent.result", "sent.we", "cue.verb", "obj.rival", "obj.head.rival",
                "obj.next.end", "rel.outperforms");
        assertSilent(f, "subj.referent", "subj.written", "subj.implicit", "obj.det", "sent.number", "sent.hedge");
    }

    /** xu2021neurips-dpssl (dev-e): numbers and a dataset; "the SOTA results" keeps its noun, so the sentence ends. */
    @Test
    void stateOfTheArtResultsAtTheSentenceEnd() {
        Document d = StageFixture.run("DP-SSL: Towards Robust Semi-supervised Learning with A Few Labeled Samples",
                "In this paper, we propose a new SSL method called DP-SSL that adopts an innovative data programming"
                        + " (DP) scheme to generate probabilistic labels for unlabeled data. Concretely, for CIFAR-10"
                        + " with only 40 labeled samples, DP-SSL achieves 93.82% annotation accuracy on unlabeled data"
                        + " and 93.46% classification accuracy on test data, which are higher than the SOTA results.");
        Map<String, Double> f = featuresOf(d, "the SOTA results");
        assertFires(f, "obj.next.end", "cue.than", "cue.than.gain", "sent.number", "ev.datasets", "obj.rival");
        assertSilent(f, "obj.next.measure", "obj.next.prep", "sent.negation");
        assertEquals(List.of("CIFAR-10"), d.get(Layers.CLAIMS).get(0).datasets());
    }

    /** zhou2024neurips-fewshot (dev-e): an object cut right before its measure noun ("... robustness"). */
    @Test
    void objectCutBeforeItsMeasureNoun() {
        Document d = StageFixture.run("t", "The proposed framework provides superior cross-modal adversarial"
                + " alignment and matches state-of-the-art zero-shot adversarial robustness with only 1% training"
                + " data.");
        Map<String, Double> f = featuresOf(d, "state-of-the-art zero-shot adversarial");
        assertFires(f, "obj.next.measure");
        assertSilent(f, "obj.next.end");
    }

    /** lica2025neurips-mindforge (dev-s): a named rival inside a longer object after "outperform". */
    @Test
    void nameInsideLongerObject() {
        Document d = StageFixture.run("MindForge: Empowering Embodied Agents with Theory of Mind for Lifelong Cultural"
                + " Learning", "In an instructive setting with GPT-4, MindForge agents powered by open-weight LLMs"
                + " significantly outperform their Voyager counterparts in basic tasks yielding $3\\times$ more"
                + " tech-tree milestones and collecting $2.3\\times$ more unique items than the Voyager baseline.");
        Map<String, Double> f = featuresOf(d, "Voyager counterparts");
        assertFires(f, "obj.mention.inside", "subj.written", "cue.verb");
        assertSilent(f, "obj.mention.last", "obj.named", "obj.det");
    }

    /** hierarchical AODE (dev-b): a named rival behind a qualifier and before its kind noun is the name alone. */
    @Test
    void qualifiedNamedRivalIsTheName() {
        Document d = StageFixture.run("Hierarchical Dependency Constrained Averaged One-Dependence Estimators"
                + " Classifiers for Hierarchical Feature Spaces",
                "In this work, we propose two new types of Hierarchical dependency constrained Averaged One-Dependence"
                        + " Estimators (Hie-AODE) algorithms, which consider the pre-defined parent-child relationship"
                        + " between features. Experiments with 28 real-world bioinformatics datasets showed that the"
                        + " proposed Hie-AODE methods obtained better predictive performance than the conventional AODE"
                        + " classifier, and enhanced the robustness against imbalanced class distributions.");
        Map<String, Double> f = featuresOf(d, "AODE");
        assertFires(f, "obj.named", "cue.than", "cue.than.gain", "subj.written", "subj.referent", "sent.result",
                "sent.number");
        assertSilent(f, "obj.mention.inside", "obj.det", "cue.than.cost", "cue.than.more", "cue.verb");
    }

    /** gao2025neurips-far (dev-d): a subject carried over to a sentence that neither names it nor says "our". */
    @Test
    void implicitSubject() {
        Document d = StageFixture.run("How Far Are We from Optimal Reasoning Efficiency?",
                "Based on these frontiers, we propose the ***Reasoning Efficiency Gap (REG)***, a unified metric"
                        + " quantifying deviations of any fine-tuned LRMs from these frontiers. To reduce the"
                        + " efficiency gap, we propose ***REO-RL***, a Reinforcement Learning algorithm that optimizes"
                        + " reasoning efficiency by targeting a sparse set of token budgets. The 7B LRM fine-tuned with"
                        + " REO-RL achieves reasoning conciseness surpassing frontier LRMs like Qwen3 and Claude Sonnet"
                        + " 3.7.");
        Claim c = d.get(Layers.CLAIMS).get(0);
        Map<String, Double> f = FEATURES.features(d, c);
        assertFires(f, "subj.implicit", "subj.referent", "cue.verb", "sent.number", "sent.last");
        assertSilent(f, "subj.written", "subj.proposed", "sent.we", "sent.early");
    }

    /** dzabraev2021cvprw-mdmmt (dev-e): a claim in the abstract's opening sentence. */
    @Test
    void openingSentence() {
        Document d = StageFixture.run("MDMMT: Multidomain Multimodal Transformer for Video Retrieval",
                "We present a new state-of-the-art on the text-to-video re-trieval task on MSRVTT and LSMDC benchmarks"
                        + " where our model outperforms all previous solutions by a large margin. Moreover,"
                        + " state-of-the-art results are achieved using a single model and without finetuning. This"
                        + " multidomain generalisation is achieved by a proper combination of different video caption"
                        + " datasets.");
        Map<String, Double> f = featuresOf(d, "previous solutions");
        assertFires(f, "sent.early", "sent.we", "cue.verb", "obj.rival", "obj.head.rival", "obj.next.prep");
        assertSilent(f, "sent.last", "sent.hedge", "subj.written");
        assertEquals(0.0, f.get("sent.pos"), 1e-9);
    }

    /** joshi2026tmlr-still (dev-b): a hedged "can ... achieve competitive or superior performance". */
    @Test
    void hedgedSentence() {
        Document d = StageFixture.run("Still Competitive: Revisiting Recurrent Models for Irregular Time Series"
                + " Prediction",
                "In this work, we propose and study GRUwE: Gated Recurrent Unit with Exponential basis functions, that"
                        + " builds upon RNN-based architectures for observations made at irregular times. Our empirical"
                        + " evaluations across several real-world benchmarks on next-observation and next-event"
                        + " prediction tasks demonstrate that GRUwE can indeed achieve competitive or superior"
                        + " performance compared to the recent state-of-the-art (SOTA) methods.");
        Claim c = d.get(Layers.CLAIMS).get(0);
        assertEquals(Relation.COMPARABLE, c.relation());
        Map<String, Double> f = FEATURES.features(d, c);
        assertFires(f, "sent.hedge", "rel.comparable", "sent.result", "subj.written", "subj.referent", "obj.rival",
                "sent.last");
        assertSilent(f, "sent.early", "sent.negation", "rel.outperforms");
    }

    /** Every feature value stays in [0, 3], as the linear model expects. */
    @Test
    void valuesAreScaled() {
        Document d = StageFixture.run("ReMoE: Fully Differentiable Mixture-of-Experts with ReLU Routing",
                "Our experiments demonstrate that ReMoE consistently outperforms vanilla TopK-routed MoE across various"
                        + " model sizes, expert counts, and levels of granularity.");
        for (Claim c : d.get(Layers.CLAIMS)) {
            FEATURES.features(d, c).forEach((k, v) -> assertTrue(v >= 0 && v <= 3, k + "=" + v));
        }
        assertFalse(d.get(Layers.CLAIMS).isEmpty());
    }
}
