package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

class TestProposalFeatures {
    private static final ProposalFeatures FEATURES = new ProposalFeatures();

    private static Map<String, Double> features(String title, String abstractText, String name, EntityType type) {
        return FEATURES.features(StageFixture.run(title, abstractText), new Proposal(name, type));
    }

    @Test
    void aTitlePrefixIntroducedAsANewFamily() {
        // dev-e, liu2025tmlr-mardini
        String title = "MarDini: Masked Auto-regressive Diffusion for Video Generation at Scale";
        String text = "We introduce MarDini, a new family of video diffusion models that integrate the advantages of"
                + " masked auto-regression (MAR) into a unified diffusion model (DM) framework. MarDini's MAR enables"
                + " video generation conditioned on any number of masked frames.";
        Map<String, Double> f = features(title, text, "MarDini", EntityType.MODEL);
        assertEquals(1.0, f.get("title.prefix"), f.toString());
        assertEquals(1.0, f.get("cue.propose"), f.toString());
        assertEquals(1.0, f.get("cue.propose.near"), f.toString());
        assertEquals(1.0, f.get("cue.appositive"), f.toString());
        assertEquals(1.0, f.get("shape.camel"), f.toString());
        assertEquals(1.0, f.get("type=model"), f.toString());
        assertEquals(1.0, f.get("ctx.prev=verb"), f.toString());
        assertEquals(Math.log1p(2), f.get("count.abstract"), 1e-9);
        assertFalse(f.containsKey("ctx.rival"), f.toString());

        Map<String, Double> longForm = features(title, text, "Masked Auto-regressive Diffusion", EntityType.MODEL);
        assertEquals(1.0, longForm.get("title.longform"), longForm.toString());
        assertEquals(1.0, longForm.get("title.subtitle.start"), longForm.toString());
        assertEquals(0.0, longForm.get("count.abstract"), longForm.toString());
        assertFalse(longForm.containsKey("title.prefix"), longForm.toString());
    }

    @Test
    void aProblemNamedAfterRelatedWorkHasNoProposingCue() {
        // dev-d, kayal2025icml-bayesian: gold proposes nothing
        Map<String, Double> f = features("Bayesian Optimization from Human Feedback: Near-Optimal Regret Bounds",
                "Bayesian optimization (BO) with preference-based feedback has recently garnered significant"
                        + " attention due to its emerging applications. We refer to this problem as Bayesian"
                        + " Optimization from Human Feedback (BOHF), which differs from conventional BO by learning the"
                        + " best actions from a reduced feedback model.",
                "Bayesian Optimization from Human Feedback", EntityType.METHOD);
        assertEquals(1.0, f.get("title.prefix"), f.toString());
        assertEquals(1.0, f.get("abbr.long"), f.toString());
        assertEquals(1.0, f.get("abbr.long.capitalised"), f.toString());
        assertEquals(1.0, f.get("shape.words=4"), f.toString());
        assertEquals(1.0, f.get("ctx.rival"), f.toString());
        assertEquals(1.0, f.get("head.family"), f.toString());
        assertFalse(f.containsKey("cue.propose"), f.toString());
        assertFalse(f.containsKey("cue.appositive"), f.toString());
    }

    @Test
    void aKnownModelInAComparisonIsAGazetteerNameAndAnObject() {
        // dev-a, 2020.nlpcovid19-2.33 with a comparison sentence in its style
        Map<String, Double> f = features("Using the Poly-encoder for a COVID-19 Question Answering System",
                "We adapt the BERT model for informational retrieval from FAQs. Our agent achieves a higher F1 score"
                        + " than BERT.",
                "BERT", EntityType.MODEL);
        assertEquals(1.0, f.get("gaz.hit"), f.toString());
        assertEquals(1.0, f.get("ctx.object"), f.toString());
        assertEquals(1.0, f.get("shape.allcaps"), f.toString());
        assertEquals(1.0, f.get("title.absent"), f.toString());
        assertEquals(1.0, f.get("ctx.next=artifact"), f.toString());
        assertFalse(f.containsKey("title.in"), f.toString());
    }

    @Test
    void aTitleTailPhraseAndAnAbbreviationPairAfterProposingALoss() {
        // dev-e, mao2025iclr-simple
        String title = "As Simple as Fine-tuning: LLM Alignment via Bidirectional Negative Feedback Loss";
        String text = "Direct Preference Optimization (DPO) has emerged as a more computationally efficient"
                + " alternative to Reinforcement Learning from Human Feedback (RLHF). To address this, we propose a"
                + " novel LLM alignment loss that establishes a stable Bidirectional Negative Feedback (BNF) during"
                + " optimization. Our proposed BNF loss eliminates the need for pairwise contrastive losses.";
        Map<String, Double> loss = features(title, text, "Bidirectional Negative Feedback Loss", EntityType.METHOD);
        assertEquals(1.0, loss.get("title.tail"), loss.toString());
        assertEquals(1.0, loss.get("title.subtitle"), loss.toString());
        assertEquals(1.0, loss.get("head.method"), loss.toString());
        assertEquals(1.0, loss.get("shape.capwords"), loss.toString());
        Map<String, Double> bnf = features(title, text, "BNF", EntityType.METHOD);
        assertEquals(1.0, bnf.get("abbr.short"), bnf.toString());
        assertEquals(1.0, bnf.get("cue.our"), bnf.toString());
        assertEquals(1.0, bnf.get("cue.propose"), bnf.toString());
        assertEquals(1.0, bnf.get("abbr.partner.proposed"), bnf.toString());
        Map<String, Double> longForm = features(title, text, "Bidirectional Negative Feedback", EntityType.METHOD);
        assertEquals(1.0, longForm.get("ctx.next=("), longForm.toString());
        assertFalse(longForm.keySet().stream().anyMatch(k -> k.startsWith("ctx.prev=")), longForm.toString());
        assertEquals(1.0, longForm.get("abbr.long"), longForm.toString());
        assertEquals(1.0, longForm.get("nest.inside"), longForm.toString());
        assertEquals(1.0, bnf.get("title.absent"), bnf.toString());
        Map<String, Double> alignment = features(title, text, "LLM Alignment", EntityType.METHOD);
        assertEquals(1.0, alignment.get("title.subtitle.start"), alignment.toString());
        assertFalse(alignment.containsKey("shape.lower"), alignment.toString());
        assertFalse(alignment.containsKey("title.longform"), alignment.toString());
    }

    @Test
    void featuresNeverNameTheCandidate() {
        String text = "We present CLOTH3D, the first big scale synthetic dataset of 3D clothed human sequences.";
        Map<String, Double> f = features("CLOTH3D: Clothed 3D Humans", text, "CLOTH3D", EntityType.DATASET);
        assertTrue(f.keySet().stream().noneMatch(k -> k.toLowerCase(Locale.ROOT).contains("cloth")), f.toString());
        assertTrue(f.size() >= 10 && f.size() <= 50, f.toString());
        assertEquals(1.0, f.get("type=dataset"));
        assertEquals(1.0, f.get("shape.digit"));
        assertFalse(f.containsKey("pos.opens"), f.toString());
        assertEquals(0.0, f.get("pos.sentence"));
    }

    @Test
    void candidatesOfferTheTitleLongFormAndTailButNothingTheRulesProposed() {
        // dev-e, liu2025tmlr-mardini: the rules propose MarDini and, from the subtitle, its long form
        Document d = StageFixture.run("MarDini: Masked Auto-regressive Diffusion for Video Generation at Scale",
                "We introduce MarDini, a new family of video diffusion models that integrate the advantages of masked"
                        + " auto-regression (MAR) into a unified diffusion model (DM) framework.");
        List<String> ruled = d.get(Layers.PROPOSED).stream().map(Proposal::name).toList();
        assertTrue(ruled.containsAll(List.of("MarDini", "Masked Auto-regressive Diffusion")), ruled.toString());
        List<String> names = new ProposalCandidates().candidates(d).stream().map(Proposal::name).toList();
        assertTrue(names.stream().noneMatch(ruled::contains), names.toString());
        assertTrue(names.contains("masked auto-regression"), names.toString());
        assertEquals(3.0, FEATURES.features(d, new Proposal("MarDini", EntityType.MODEL)).get("rules.emitted"));
    }

    @Test
    void candidatesExtendASubtitleThroughViaOnlyWhenTheLongerPhraseSpellsThePrefix() {
        // dev-e, ding2025cvpr-cscpa and zhang2025icml-multiagent
        Document d = StageFixture.run("CSC-PA: Cross-image Semantic Correlation via Prototype Attentions for"
                + " Single-network Semi-supervised Breast Tumor Segmentation", "CSC-PA is trained based on a single"
                + " network, which integrates a foreground prototype attention (FPA) and an edge prototype attention"
                + " (EPA).");
        List<String> ruledLong = d.get(Layers.PROPOSED).stream().map(Proposal::name).toList();
        assertTrue(ruledLong.contains("Cross-image Semantic Correlation via Prototype Attentions"),
                ruledLong.toString());
        List<String> names = new ProposalCandidates().candidates(d).stream().map(Proposal::name).toList();
        assertTrue(names.stream().noneMatch(ruledLong::contains), names.toString());
        assertTrue(names.containsAll(List.of("foreground prototype attention", "FPA", "EPA")), names.toString());
        Document head = StageFixture.run("Multi-agent Architecture Search via Agentic Supernet", "We introduce MaAS,"
                + " an automated framework that samples query-dependent agentic systems from the supernet.");
        List<String> title = new ProposalCandidates().candidates(head).stream().map(Proposal::name).toList();
        List<String> ruled = head.get(Layers.PROPOSED).stream().map(Proposal::name).toList();
        assertTrue(title.contains("Multi-agent Architecture Search"), title.toString());
        assertTrue(title.stream().noneMatch(ruled::contains), title + " " + ruled);
    }

    @Test
    void candidatesLeaveOutGerundTaskAndResultPhrasesOfTheTitle() {
        // dev-b, dedieu2025icml-improving; dev-d, kayal2025icml-bayesian; dev-c, zhou2024tmlr-sequential
        for (String title : List.of("Improving Transformer World Models for Data-Efficient RL",
                "Bayesian Optimization from Human Feedback: Near-Optimal Regret Bounds",
                "Sequential Best-Arm Identification with Application to P300 Speller")) {
            Document d = StageFixture.run(title, "We study this setting and report experiments.");
            List<String> names = new ProposalCandidates().candidates(d).stream().map(Proposal::name).toList();
            assertTrue(names.stream().noneMatch(n -> n.startsWith("Improving") || n.endsWith("Bounds")
                    || n.endsWith("Identification")), names.toString());
        }
    }

    @Test
    void aQuotedMentionIsMarked() {
        // dev-b, dedieu2025icml-improving
        Map<String, Double> f = features("Improving Transformer World Models for Data-Efficient RL", "We then add three"
                + " improvements to the standard MBRL setup: (a) \"Dyna with warmup\", which trains the policy on real"
                + " and imaginary data.", "Dyna with warmup", EntityType.METHOD);
        assertEquals(1.0, f.get("mark.quoted"), f.toString());
        assertEquals(1.0, f.get("ctx.next=,"), f.toString());
        assertFalse(f.containsKey("rules.emitted"), f.toString());
    }
}
