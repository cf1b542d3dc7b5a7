package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestCandidateFinder {

    private static List<String> candidates(String abstractText) {
        return StageFixture.run("t", abstractText).get(Layers.CANDIDATES).stream().map(Candidate::surface).toList();
    }

    @Test
    void aSlashPairOfNameShapedWordsGivesTwoNames() {
        // fu2024icml-furl, liang2021jmlr-well
        List<String> c = candidates("Specifically, we enhance the performance of SAC/DrQ baseline agents on sparse"
                + " reward tasks. We study GMM/SMM as special cases.");
        assertTrue(c.containsAll(List.of("SAC", "DrQ", "GMM", "SMM")), c.toString());
        assertFalse(c.contains("SAC/DrQ"), c.toString());
    }

    @Test
    void slashPairsWithNonNamesSizesOrGazetteerNamesStayWhole() {
        List<String> c = candidates("Extensive experiments on two benchmark corpora CNN/DM and NYT demonstrate gains."
                + " We train on GPU/TPU clusters and release DeepSeek-R1-Distill-Qwen-1.5B/7B variants.");
        assertTrue(c.contains("CNN/DM"), c.toString());
        assertFalse(c.contains("GPU"), c.toString());
        assertFalse(c.contains("7B"), c.toString());
    }

    @Test
    void piecesOfABrokenLinkAreNotNames() {
        // a link split after its host, and a repository path ending in .git
        List<String> c = candidates("All the code and models are available at https://github.com/"
                + " Dev-Mrha/DualPriorsCorrection. Code is available at https://github.com/"
                + " zengwang430521/TCFormer.git.");
        assertFalse(c.stream().anyMatch(x -> x.contains("DualPriorsCorrection")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("TCFormer")), c.toString());
    }

    @Test
    void aParameterCountEndsAVersionedModelName() {
        // cai2025iclr-llamaflex, liang2025iclrw-isheep
        List<String> c = candidates("We train LLaMaFlex on Llama 3.1 8B and use it to generate a family of models."
                + " Accuracy rises over iterations in the Qwen-1.5 72B model. The 7B variant is smaller.");
        assertTrue(c.containsAll(List.of("Llama 3.1 8B", "Qwen-1.5 72B")), c.toString());
        assertFalse(c.contains("7B"), c.toString());
    }

    @Test
    void releaseNumbersAndChallengeYearsBelongToTheName() {
        // xu2025neurips-accurately, huang2022wacv-busyquiet, zhang2023mlhc-semisupervised, fujita2020eccv-soda
        List<String> c = candidates("On the SKEMPI v2 dataset, our model is best. We evaluate on Something-Something V1."
                + " We use two datasets, PhysioNet Challenge 2012 and MIMIC-III. It ranked second in the ActivityNet"
                + " Challenge.");
        assertTrue(c.containsAll(List.of("SKEMPI v2", "Something-Something V1", "PhysioNet Challenge 2012",
                "ActivityNet Challenge")), c.toString());
    }

    @Test
    void aWordOfTwoCapitalsIsANameUnlessItSpellsOutAnAcronymOfTheText() {
        // shah2023neurips-training, guo2022iclr-squant; "DEtection TRansformer (DETR)" as in the worked example
        List<String> c = candidates("To investigate this hypothesis, we develop RBlur, an image transform that"
                + " simulates the loss in fidelity of peripheral vision. Finally, SQuant accelerates quantization."
                + " We build on the DEtection TRansformer (DETR) and a depth-guided TRansformer.");
        assertTrue(c.containsAll(List.of("RBlur", "SQuant", "DETR")), c.toString());
        assertFalse(c.contains("TRansformer"), c.toString());
    }

    @Test
    void aChallengeOrSharedTaskTakesItsSeriesYearAndLowerCaseHead() {
        // gou2023iccv-syenet, dev-l (NTIRE, AI City), dev-s (CMCL), dev-i (Ego4D NLQ)
        List<String> c = candidates("For ISP task, SYENet got the highest score in MAI 2022 Learned Smartphone ISP"
                + " challenge. We ranked third overall in the NTIRE 2025 Event-Based Image Deblurring Challenge."
                + " The eighth AI City Challenge highlighted two tracks. We took part in the CMCL 2021 Shared Task."
                + " It yields the best results on the Ego4D NLQ challenge, soundly outperforming all entries.");
        assertTrue(c.containsAll(List.of("MAI 2022 Learned Smartphone ISP challenge",
                "NTIRE 2025 Event-Based Image Deblurring Challenge", "AI City Challenge", "CMCL 2021 Shared Task",
                "Ego4D NLQ challenge")), c.toString());
    }

    @Test
    void aSurnameBeforeATechniqueNounIsNamedWithTheNoun() {
        // dev-l (Platt scaling), dev-y (Sinkhorn iterations), corpus id xu2022icml-langevin
        List<String> c = candidates("We propose to use Platt scaling and isotonic regression alongside our methods."
                + " It outperforms traditional Sinkhorn iterations under weak regularization. Existing algorithms"
                + " need to construct a Laplace approximation of the posterior distribution.");
        assertTrue(c.containsAll(List.of("Platt scaling", "Sinkhorn iterations", "Laplace approximation")),
                c.toString());
        assertFalse(c.contains("Platt") || c.contains("Sinkhorn") || c.contains("Laplace"), c.toString());
    }

    @Test
    void aLanguageAloneIsNoNameButMayOpenOne() {
        // corpus ids 2021.acl-short.136 (SaRoCo) and 2020.findings-emnlp.387 ("The birth of Romanian BERT")
        List<String> c = candidates("We gathered 55,608 news articles, composing the only corpus for the Romanian"
                + " language. We compare Romanian BERT with multilingual BERT on Polish and Irish text.");
        assertFalse(c.contains("Romanian") || c.contains("Polish") || c.contains("Irish"), c.toString());
        assertTrue(c.contains("Romanian BERT"), c.toString());
    }
}
