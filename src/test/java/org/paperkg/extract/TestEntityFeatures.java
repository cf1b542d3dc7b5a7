package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
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
        String key = Keys.of(surface);
        for (String name : f.keySet()) {
            assertFalse(name.toLowerCase(Locale.ROOT).contains(surface.toLowerCase(Locale.ROOT))
                    || Keys.of(name).contains(key) && key.length() > 3, "feature names the name: " + name);
        }
        return f;
    }

    private static void assertFires(Map<String, Double> f, String... names) {
        for (String n : names) {
            assertTrue(f.containsKey(n), n + " should fire in " + f.keySet());
        }
    }

    private static void assertSilent(Map<String, Double> f, String... names) {
        for (String n : names) {
            assertFalse(f.containsKey(n), n + " should not fire in " + f.keySet());
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
        assertFires(nisq, "type=method", "words=1", "shape.caps", "abbr.short", "abbr.capitalised",
                "abbr.untypedHead", "ctx.bracketed", "count.once", "next=noun.always");
        assertEquals(1.0, nisq.get("next=noun"));
        assertSilent(nisq, "gaz.hit", "shape.plain", "title.only", "next=verb");

        Map<String, Double> longForm = features(d, "Noisy Intermediate-Scale Quantum", EntityType.METHOD);
        assertFires(longForm, "abbr.long", "shape.plain", "shape.hyphen", "words=3+", "prev=the", "next=(",
                "next=noun.always");

        Map<String, Double> vqe = features(d, "Variational Quantum Eigensolver", EntityType.METHOD);
        assertFires(vqe, "abbr.long", "shape.plain", "next=(", "prev=list");
        assertSilent(vqe, "next=noun", "next=noun.always", "abbr.short");
    }

    /** dev-e, "Bringing SAM to new heights": a gazetteer model listed with a name that qualifies "information". */
    @Test
    void gazetteerHitAndListedNames() {
        Document d = StageFixture.run("Bringing SAM to new heights: leveraging elevation data for tree crown"
                + " segmentation from drone imagery", "Large pre-trained vision models, such as the Segment Anything"
                + " Model (SAM), represent a particularly compelling choice given limited labeled data. We also look"
                + " into integrating elevation data into models, in the form of Digital Surface Model (DSM)"
                + " information, which can readily be obtained at no additional cost from RGB drone imagery. We"
                + " present BalSAM, a model leveraging SAM and DSM information, which shows potential over other"
                + " methods.");
        Map<String, Double> sam = features(d, "SAM", EntityType.MODEL);
        assertFires(sam, "type=model", "gaz.hit", "type=model&gaz.hit", "abbr.short", "title.also", "list.name");
        assertSilent(sam, "count.once", "title.only", "next=noun.always", "type=method");
        assertEquals(Math.log1p(3), sam.get("count.log"), 1e-9);

        Map<String, Double> dsm = features(d, "DSM", EntityType.MODEL);
        assertFires(dsm, "abbr.short", "list.name", "list.known", "next=noun.always", "type=model");
        assertSilent(dsm, "gaz.hit", "gaz.part");

        Map<String, Double> longForm = features(d, "Digital Surface Model", EntityType.MODEL);
        assertFires(longForm, "head.agrees", "abbr.long", "prev=of");
    }

    /** dev-c, "Informed Initialization ...": a capitalised title phrase the abstract writes in lower case. */
    @Test
    void titlePhraseWrittenInLowerCaseElsewhere() {
        Document d = StageFixture.run("Informed Initialization for Bayesian Optimization and Active Learning",
                "Bayesian Optimization (BO) is a widely used method for optimizing expensive black-box functions,"
                        + " relying on probabilistic surrogate models such as Gaussian Processes (GPs). We derive a"
                        + " closed-form expression for HIPE in the GP setting and demonstrate its effectiveness"
                        + " through extensive experiments in active learning and few-shot BO.");
        Map<String, Double> al = features(d, "Active Learning", EntityType.METHOD);
        assertFires(al, "title.only", "lower.elsewhere", "shape.plain", "words=2", "type=method&title.only");
        assertSilent(al, "title.also");

        Map<String, Double> bo = features(d, "BO", EntityType.METHOD);
        assertFires(bo, "next=verb", "abbr.short");
        assertSilent(bo, "lower.elsewhere", "title.only");
    }

    /** dev-d, Co-Attentive Equivariant Neural Networks: a known dataset listed with another after "on". */
    @Test
    void datasetOnAListWithAKnownDataset() {
        Document d = StageFixture.run("Co-Attentive Equivariant Neural Networks: Focusing Equivariance On"
                + " Transformations Co-Occurring In Data", "We show that our proposed co-attentive equivariant"
                + " neural networks consistently outperform conventional rotation equivariant and rotation &"
                + " reflection equivariant neural networks on rotated MNIST and CIFAR-10.");
        Map<String, Double> cifar = features(d, "CIFAR-10", EntityType.DATASET);
        assertFires(cifar, "type=dataset", "gaz.hit", "type=dataset&gaz.hit", "list.known", "sent.experiment",
                "shape.digit", "shape.hyphen", "prev=list", "type=dataset&list.known");
        assertSilent(cifar, "next=noun", "abbr.short", "type=model");
    }

    /** dev-b, "Exploring the Whole Rashomon Set ...": a name every mention of which qualifies "set" or "sets". */
    @Test
    void repeatedModifierCountsEveryMention() {
        Document d = StageFixture.run("Exploring the Whole Rashomon Set of Sparse Decision Trees", "The Rashomon set"
                + " is the set of these all almost-optimal models. Rashomon sets can be extremely complicated,"
                + " particularly for highly nonlinear function classes. We represent the Rashomon set in a"
                + " specialized data structure that supports efficient querying and sampling.");
        Map<String, Double> f = features(d, "Rashomon", EntityType.METHOD);
        assertFires(f, "next=noun.always", "pos.sentenceStart", "prev=the", "shape.plain", "words=1");
        assertEquals(1.0, f.get("next=noun"));
        assertEquals(Math.log1p(3), f.get("count.log"), 1e-9);
        assertSilent(f, "count.once", "gaz.hit");
    }
}
