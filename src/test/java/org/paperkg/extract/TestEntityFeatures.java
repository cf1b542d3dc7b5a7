package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

/** Sentences from the development sets dev-a..e; each test names the paper. */
class TestEntityFeatures {
    private static final EntityFeatures FEATURES = new EntityFeatures();

    /** The features of the first mention of a name, typed as given. */
    private static Map<String, Double> features(Document d, String surface, EntityType type) {
        Mention m = d.get(Layers.ENTITIES).stream().filter(x -> x.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention of " + surface + " in " + d.get(Layers.ENTITIES)));
        Map<String, Double> f = FEATURES.features(d, new Mention(surface, type, m.sentence(), m.start(), m.end()));
        for (String name : f.keySet()) {
            assertFalse(Keys.of(name).contains(Keys.of(surface)), "feature names the name: " + name);
        }
        return f;
    }

    /**
     * The features of a phrase of the title, typed as given, whether or not the rules keep it as a mention (they drop
     * a technique the gazetteer knows in lower case when only the title capitalises it).
     */
    private static Map<String, Double> titleFeatures(Document d, String surface, EntityType type) {
        Sentence title = d.get(Layers.SENTENCES).stream().filter(Sentence::isTitle).findFirst().orElseThrow();
        int start = title.text().indexOf(surface);
        assertTrue(start >= 0, surface + " is not in the title");
        return FEATURES.features(d, new Mention(surface, type, title.index(), start, start + surface.length()));
    }

    private static void assertFires(Map<String, Double> f, String... names) {
        for (String n : names) {
            assertTrue(f.containsKey(n), n + " should fire in " + f);
        }
    }

    private static void assertSilent(Map<String, Double> f, String... names) {
        for (String n : names) {
            assertFalse(f.containsKey(n), n + " should not fire in " + f);
        }
    }

    /** dev-a, QuantumDARTS: an acronym that only qualifies the noun after it ("the NISQ era") is no method. */
    @Test
    void abbreviationUsedAsModifier() {
        Document d = StageFixture.run("QuantumDARTS: Differentiable Quantum Architecture Search for Variational"
                + " Quantum Algorithms", "With the arrival of the Noisy Intermediate-Scale Quantum (NISQ) era and the"
                + " fast development of machine learning, variational quantum algorithms (VQA) including Variational"
                + " Quantum Eigensolver (VQE) and quantum neural network (QNN) have received increasing attention.");
        Map<String, Double> nisq = features(d, "NISQ", EntityType.METHOD);
        assertEquals(Map.of("abbr.capitalised", 1.0, "count.log", Math.log1p(1), "next=noun", 1.0, "next=noun.always",
                1.0), nisq);
        assertFires(features(d, "Noisy Intermediate-Scale Quantum", EntityType.METHOD), "next=noun.always",
                "abbr.capitalised");

        Map<String, Double> vqe = features(d, "Variational Quantum Eigensolver", EntityType.METHOD);
        assertFires(vqe, "abbr.capitalised");
        assertSilent(vqe, "next=noun", "next=noun.always", "next=task", "gaz.hit");
    }

    /** dev-e, "Bringing SAM to new heights": a gazetteer model, and a name that twice qualifies "information". */
    @Test
    void gazetteerHitAndModifierShare() {
        Document d = StageFixture.run("Bringing SAM to new heights: leveraging elevation data for tree crown"
                + " segmentation from drone imagery", "Large pre-trained vision models, such as the Segment Anything"
                + " Model (SAM), represent a particularly compelling choice given limited labeled data. We also look"
                + " into integrating elevation data into models, in the form of Digital Surface Model (DSM)"
                + " information, which can readily be obtained at no additional cost from RGB drone imagery. We"
                + " present BalSAM, a model leveraging SAM and DSM information, which shows potential over other"
                + " methods.");
        Map<String, Double> sam = features(d, "SAM", EntityType.MODEL);
        assertFires(sam, "type=model", "gaz.hit", "abbr.capitalised");
        assertEquals(Math.log1p(3), sam.get("count.log"), 1e-9);
        assertSilent(sam, "next=noun", "type=dataset");

        Map<String, Double> dsm = features(d, "DSM", EntityType.MODEL);
        assertFires(dsm, "next=noun.always", "abbr.capitalised");
        assertEquals(1.0, dsm.get("next=noun"));
        assertSilent(dsm, "gaz.hit");
    }

    /** dev-c, "Informed Initialization ...": a capitalised title phrase the abstract writes in lower case. */
    @Test
    void titlePhraseWrittenInLowerCaseElsewhere() {
        Document d = StageFixture.run("Informed Initialization for Bayesian Optimization and Active Learning",
                "Bayesian Optimization (BO) is a widely used method for optimizing expensive black-box functions,"
                        + " relying on probabilistic surrogate models such as Gaussian Processes (GPs). We derive a"
                        + " closed-form expression for HIPE in the GP setting and demonstrate its effectiveness"
                        + " through extensive experiments in active learning and few-shot BO.");
        assertFires(titleFeatures(d, "Active Learning", EntityType.METHOD), "lower.elsewhere", "gaz.hit");
        Map<String, Double> bo = features(d, "BO", EntityType.METHOD);
        assertFires(bo, "abbr.capitalised");
        assertSilent(bo, "lower.elsewhere", "next=noun");
    }

    /** dev-a, "Robust Disaster Assessment ...": a dataset gets its use features conjoined with its type. */
    @Test
    void datasetUseFeaturesCarryTheType() {
        Document d = StageFixture.run("Robust Disaster Assessment from Aerial Imagery Using Text-to-Image Synthetic"
                + " Data", "We validate the strength of our proposed framework under cross-geography domain transfer"
                + " setting from xBD and SKAI images in both single-source and multi-source settings, achieving"
                + " significant improvements over a source-only baseline in each case.");
        Map<String, Double> dataset = features(d, "SKAI", EntityType.DATASET);
        assertEquals(Map.of("type=dataset", 1.0, "count.log", Math.log1p(1), "type=dataset&next=noun", 1.0,
                "type=dataset&next=noun.always", 1.0), dataset);
        assertEquals(Map.of("count.log", Math.log1p(1), "next=noun", 1.0, "next=noun.always", 1.0),
                features(d, "SKAI", EntityType.METHOD));
        assertSilent(features(d, "xBD", EntityType.DATASET), "type=dataset&next=noun", "next=noun");
    }

    /** dev-b, USHER: a verb with its object after the bracketed short form is no noun the name qualifies. */
    @Test
    void verbAfterShortFormIsNoQualifiedNoun() {
        Document d = StageFixture.run("USHER: Unbiased Sampling for Hindsight Experience Replay", "Hindsight"
                + " Experience Replay (HER) addresses this problem by reusing failed trajectories for one goal as"
                + " successful trajectories for another.");
        assertSilent(features(d, "HER", EntityType.METHOD), "next=noun", "next=noun.always");
        assertSilent(features(d, "Hindsight Experience Replay", EntityType.METHOD), "next=noun");
    }

    /** dev-d: "the I3D backbone" names a model; "a new system for Multi-Session SLAM" names a problem. */
    @Test
    void nounsAndPrepositionsAroundNames() {
        Document d = StageFixture.run("t", "In this paper, we present a framework named FAC-Net based on the I3D"
                + " backbone, on which three branches are appended, named class-wise foreground classification branch,"
                + " class-agnostic attention branch and multiple instance learning branch. We introduce a new system"
                + " for Multi-Session SLAM which tracks camera motion across multiple disjoint videos under a single"
                + " global reference.");
        assertSilent(features(d, "I3D", EntityType.MODEL), "next=noun", "prev=in", "next=task");
        Map<String, Double> slam = features(d, "Multi-Session SLAM", EntityType.METHOD);
        assertFires(slam, "prev=in");
        assertSilent(slam, "next=noun");
    }

    /** dev-d, "An Effective Ensemble Learning Framework ...": a bracketed short form before a task noun. */
    @Test
    void taskNounAfterShortForm() {
        Document d = StageFixture.run("An Effective Ensemble Learning Framework for Affective Behaviour Analysis",
                "To comprehensively evaluate the authenticity and applicability of emotional behavior analysis"
                        + " techniques in natural environments, the 6th competition on Affective Behavior Analysis"
                        + " in-the-wild (ABAW) utilizes the Aff-Wild2, Hume-Vidmimic2, and C-EXPR-DB datasets to set"
                        + " up five competitive tracks, i.e., Valence-Arousal (VA) Estimation, Expression (EXPR)"
                        + " Recognition, Action Unit (AU) Detection, Compound Expression (CE) Recognition, and"
                        + " Emotional Mimicry Intensity (EMI) Estimation.");
        Map<String, Double> au = features(d, "AU", EntityType.METHOD);
        assertFires(au, "next=task");
        assertSilent(au, "next=noun");
    }

    /** dev-b, "Exploring the Whole Rashomon Set ...": a name every mention of which qualifies "set" or "sets". */
    @Test
    void repeatedModifierCountsEveryMention() {
        Document d = StageFixture.run("Exploring the Whole Rashomon Set of Sparse Decision Trees", "The Rashomon set"
                + " is the set of these all almost-optimal models. Rashomon sets can be extremely complicated,"
                + " particularly for highly nonlinear function classes. We represent the Rashomon set in a"
                + " specialized data structure that supports efficient querying and sampling.");
        assertEquals(Map.of("count.log", Math.log1p(3), "next=noun", 1.0, "next=noun.always", 1.0),
                features(d, "Rashomon", EntityType.METHOD));
    }
}
