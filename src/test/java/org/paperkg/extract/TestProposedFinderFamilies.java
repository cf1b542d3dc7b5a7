package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

/** Families of proposal cues added in session 6, each from real abstracts of the training sets or the corpus. */
class TestProposedFinderFamilies {

    private static List<String> proposed(String title, String abstractText) {
        return StageFixture.run(title, abstractText).get(Layers.PROPOSED).stream().map(Proposal::name).toList();
    }

    @Test
    void aNameInLatexEmphasisAfterNamelyIsProposedWithItsAcronym() {
        // tan2021neurips-least (dev-h)
        List<String> names = proposed("Least Square Calibration for Peer Reviews", "Peer review systems often suffer"
                + " from miscalibration. In this paper, we propose a flexible framework, namely \\emph{least square"
                + " calibration} (LSC), for selecting top candidates from peer ratings.");
        assertTrue(names.contains("least square calibration"), names.toString());
        assertTrue(names.contains("LSC"), names.toString());
    }

    @Test
    void emphasisAfterTheProposedAndMarkdownBoldAfterIntroduceAreNames() {
        // zhou2024icmlw-grod (dev-j), zhang2025neurips-lifebench (dev-l), yang2023neurips-pgdiff (dev-n)
        assertTrue(proposed("GROD: Enhancing Generalization of Transformer with Out-of-Distribution Detection",
                "Utilizing an OOD detection framework, the proposed \\textit{Generate Rounded OOD Data} (GROD)"
                        + " algorithm improves transformers.").contains("Generate Rounded OOD Data"));
        assertTrue(proposed("LIFEBENCH: Evaluating Length Instruction Following in Large Language Models", "To this"
                + " end, we introduce **Length Instruction Following Evaluation Benchmark** (LIFEBench) to evaluate"
                + " LLMs.").contains("Length Instruction Following Evaluation Benchmark"));
        assertTrue(proposed("PGDiff: Guiding Diffusion Models for Versatile Face Restoration via Partial Guidance",
                "In this paper, we introduce $\\textit{partial guidance}$, a fresh perspective that is more adaptable"
                        + " to real-world degradations.").contains("partial guidance"));
    }

    @Test
    void emphasisThatIsNoNameAfterTheCueIsIgnored() {
        // corpus: an adverb-led phrase, a marked letter inside a word, and an object after a preposition
        List<String> names = proposed("Is Merging Worth It?", "To address this challenge, we introduce the first"
                + " \\emph{cryptographically secure} information-theoretic approach. We propose \\textbf{Do}uble"
                + " \\textbf{Co}ntrast. We propose a method for \\emph{robust estimation} of means.");
        assertFalse(names.contains("cryptographically secure"), names.toString());
        assertFalse(names.contains("Do"), names.toString());
        assertFalse(names.contains("robust estimation"), names.toString());
    }

    @Test
    void aCoinedTermAfterWhichWeCallTheIsTheName() {
        // finocchiaro2022colt-structured (dev-j), liang2021jmlr-well (dev-k)
        assertTrue(proposed("The Structured Abstain Problem and the Lovasz Hinge", "We instead derive the target loss"
                + " for which the Lovasz hinge is consistent. This target, which we call the structured abstain"
                + " problem, allows one to abstain on any subset of the k predictions.")
                .contains("structured abstain problem"));
        assertTrue(proposed("How Well Generative Adversarial Networks Learn Distributions", "We discover and isolate a"
                + " new notion of regularization, called the generator-discriminator-pair regularization, that sheds"
                + " light on the advantage of GANs.").contains("generator-discriminator-pair regularization"));
    }

    @Test
    void aLowerCaseTermAfterTheWithoutACoiningCueIsNoName() {
        assertEquals(List.of(), proposed("Entity study", "We study what is named the standard setting in prior work,"
                + " and the effects it has on entities."));
    }

    @Test
    void aSubtitleHeadThatSpellsTheCoinedNameBeforeForIsItsLongForm() {
        // chen2025iclr-gravmad (dev-j), jeong2025cvpr-lcmamba (dev-f)
        assertTrue(proposed("GravMAD: Grounded Spatial Value Maps Guided Action Diffusion for Generalized 3D"
                + " Manipulation", "In this paper, we introduce GravMAD, a sub-goal-driven, language-conditioned action"
                + " diffusion framework.").contains("Grounded Spatial Value Maps Guided Action Diffusion"));
        assertTrue(proposed("LC-Mamba: Local and Continuous Mamba with Shifted Windows for Frame Interpolation",
                "We propose LC-Mamba for video frame interpolation.").contains("Local and Continuous Mamba"));
    }

    @Test
    void aSubtitleThatDescribesThePaperOrMissesTheNamesLettersIsNoLongForm() {
        // DiSC (dev-m) has no "for" after its subtitle; PoGO-Net's N is not spelled by "Pose Graph Optimization"
        assertFalse(proposed("DiSC: Differential Spectral Clustering of Features", "We propose DiSC to find"
                + " clusters.").contains("Differential Spectral Clustering of Features"));
        assertFalse(proposed("PoGO-Net: Pose Graph Optimization With Graph Neural Networks", "We propose PoGO-Net,"
                + " a network.").contains("Pose Graph Optimization"));
    }

    @Test
    void aNameInAppositionToANewOrResultingArtifactIsProposed() {
        // uehara2020icml-minimax, huang2023neurips-tailoring (dev-h)
        List<String> names = proposed("Minimax Weight and Q-Function Learning for Off-Policy Evaluation", "We provide"
                + " theoretical investigations into off-policy evaluation. Our contributions include: (1) A new"
                + " estimator, MWL, that directly estimates importance ratios, (2) Another new estimator, MQL, obtained"
                + " by swapping the roles of importance weights and value-functions in MWL.");
        assertTrue(names.containsAll(List.of("MWL", "MQL")), names.toString());
        assertTrue(proposed("Tailoring Self-Attention for Graph via Rooted Subtrees", "Further we devise an efficient"
                + " form for STA. Our resulting GNN architecture, the STAGNN, presents a simple yet performant"
                + " STA-based graph neural network.").contains("STAGNN"));
    }

    @Test
    void aNameAfterAnOldArtifactIsNotProposed() {
        assertEquals(List.of(), proposed("Study of baselines", "We compare against a strong baseline method, SimCLR,"
                + " and the classic model, ResNet."));
    }

    @Test
    void theTitlesPluralOfAFoundNameIsOneMoreSurfaceForm() {
        // abdulaal2024iclr-causal (dev-k)
        List<String> names = proposed("Causal Modelling Agents: Causal Graph Discovery through Synergising Metadata- and"
                + " Data-driven Reasoning", "This paper introduces the Causal Modelling Agent (CMA), a novel framework"
                + " that synergises the metadata-based reasoning capabilities of LLMs with data-driven modelling.");
        assertTrue(names.containsAll(List.of("Causal Modelling Agent", "CMA", "Causal Modelling Agents")),
                names.toString());
        assertFalse(proposed("Graph Networks for Molecules", "We propose GraphNet, a model for molecules.")
                .contains("Graph Networks"));
    }

    @Test
    void aCoinedNameBeforeADatasetNounAfterOurIsAProposedDataset() {
        // qiu2025cvpr-leveraging (dev-i), zhou2025iclr-learning (dev-m)
        Document d = StageFixture.run("Leveraging Global Stereo Consistency", "We validated our method on both"
                + " depth-friendly and depth-challenging materials using our S-RGBD dataset and the TOD benchmark.");
        assertEquals(List.of(new Proposal("S-RGBD", EntityType.DATASET)), d.get(Layers.PROPOSED));
        assertTrue(proposed("Learning Interleaved Image-Text Comprehension", "In support of this task, we further"
                + " craft a new VEGA dataset, tailored for the IITC task on scientific content.").contains("VEGA"));
    }

    @Test
    void partsListedAfterAComponentCueAndAColonAreProposedWhateverTheirType() {
        // li2025neurips-neuropath (dev-l), lee2025cvpr-unlocking (dev-f)
        List<String> names = proposed("NeuroPath: Neurobiology-Inspired Path Tracking and Reflection for Semantically"
                + " Coherent Retrieval", "To address these limitations, we propose NeuroPath, an LLM-driven semantic"
                + " path tracking RAG framework. It consists of two steps: Dynamic Path Tracking and Post-retrieval"
                + " Completion.");
        assertTrue(names.containsAll(List.of("Dynamic Path Tracking", "Post-retrieval Completion")), names.toString());
        names = proposed("Unlocking the Potential of Unlabeled Data in Semi-Supervised Domain Generalization", "To this"
                + " end, we propose UPCSC to utilize these unconfident-unlabeled samples in SSDG that consists of two"
                + " modules: 1) Unlabeled Proxy-based Contrastive learning (UPC) module, treating unconfident-unlabeled"
                + " samples as additional negative pairs and 2) Surrogate Class learning (SC) module, generating"
                + " positive pairs.");
        assertTrue(names.containsAll(List.of("Unlabeled Proxy-based Contrastive learning", "UPC")), names.toString());
        // corpus: a known concept the model solves is no part
        names = proposed("Contextual Bilevel Reinforcement Learning for Incentive Alignment", "For these settings, we"
                + " introduce Contextual Bilevel Reinforcement Learning (CB-RL), a stochastic bilevel decision-making"
                + " model, where the lower level consists of solving a contextual Markov Decision Process (CMDP).");
        assertFalse(names.contains("CMDP"), names.toString());
    }

    @Test
    void aTitlePrefixTheGazetteerKnowsAsAMethodIsTheProposalOfItsOwnPaper() {
        // chen2024cvpr-lion (dev-j), chen2021neurips-decision (dev-l): both names are gazetteer methods
        assertTrue(proposed("Lion: a new optimizer", "We propose Lion. Lion outperforms Adam on ImageNet.")
                .contains("Lion"));
        assertTrue(proposed("Decision Transformer: Reinforcement Learning via Sequence Modeling", "We introduce a"
                + " framework that abstracts Reinforcement Learning (RL) as a sequence modeling problem.")
                .contains("Decision Transformer"));
    }

    @Test
    void aKnownPrefixThatIsATaskOrALowerCaseConceptIsNoProposal() {
        // corpus: "Differential privacy: general inferential limits via intervals of measures"
        assertEquals(List.of(), proposed("Differential privacy: general inferential limits via intervals of measures",
                "Differential privacy is a widely used notion. We give limits on what it allows one to infer."));
        assertEquals(List.of(), proposed("Object Detection: a Review", "We review object detection methods."));
    }

    @Test
    void aLowerCaseTitlePhraseAfterAProposalVerbAndBeforeAMethodNounOrAClauseIsTheName() {
        // deng2020acml-bidirectional (dev-m), wang2021cvpr-domainspecific (dev-r)
        assertTrue(proposed("Bidirectional Dependency-Guided Attention for Relation Extraction", "In order to exploit"
                + " dependency structure more effectively, we propose a novel bidirectional dependency-guided attention"
                + " model.").contains("Bidirectional Dependency-Guided Attention"));
        assertTrue(proposed("Domain-Specific Suppression for Adaptive Object Detection", "In this paper, we propose the"
                + " domain-specific suppression, an exemplary and generalizable constraint to the original convolution"
                + " gradients in backpropagation.").contains("Domain-Specific Suppression"));
    }

    @Test
    void aGenericOrTwoPlainWordTitlePhraseAfterAProposalVerbIsADescription() {
        // 2020.coling-demos.5 (dev-d), the annotated trap; fu2023... (dev-f) and dev-h titles of known techniques
        assertEquals(List.of(), proposed("Fast Word Predictor for On-Device Application", "To address these"
                + " challenges, we propose a fast word predictor that performs efficiently on mobile devices."));
        assertFalse(proposed("Optimal Transport for Probabilistic Circuits", "We introduce a novel optimal transport"
                + " framework for probabilistic circuits (PCs).").contains("Optimal Transport"));
    }

    @Test
    void aWholeTitleIntroducedByTheAbstractIsTheName() {
        // corpus: "Generalized Prioritized Sweeping"
        assertTrue(proposed("Generalized Prioritized Sweeping", "In this paper, we introduce generalized prioritized"
                + " sweeping, a principled method for generating such estimates.")
                .contains("Generalized Prioritized Sweeping"));
    }

    @Test
    void aSubtitleHeadSpellsTheNameEvenAfterAVagueWordOrThroughTheAcronymBeforeATaskSuffix() {
        // 2020.lrec-1.506 (dev-k), sormann2023wacv-delsmvs (dev-r)
        assertTrue(proposed("UniSent: Universal Adaptable Sentiment Lexica for 1000+ Languages", "In this paper, we"
                + " introduce UniSent universal sentiment lexica for 1000+ languages.")
                .contains("Universal Adaptable Sentiment Lexica"));
        assertTrue(proposed("DELS-MVS: Deep Epipolar Line Search for Multi-View Stereo", "We propose a novel approach"
                + " for deep learning-based Multi-View Stereo (MVS).").contains("Deep Epipolar Line Search"));
    }

    @Test
    void anArticleOpenedHeadOrTheTaskBeforeANetSuffixIsNoLongForm() {
        // wang2025cvpr-advcpg (dev-j) and the PoGO-Net title of dev-j
        assertFalse(proposed("Adv-CPG: A Customized Portrait Generation Framework with Facial Adversarial Attacks",
                "We propose Adv-CPG, a framework.").contains("A Customized Portrait Generation Framework"));
        assertFalse(proposed("PoGO-Net: Pose Graph Optimization With Graph Neural Networks", "We present PoGO-Net,"
                + " a network.").contains("Pose Graph Optimization"));
    }

    @Test
    void aPairRightAfterANamingCueIsNamedByItsWholeLongForm() {
        // sander2025iclr-watermark (dev-p): the title's "Watermark Anything" is a shorter candidate at the same place
        List<String> names = proposed("Watermark Anything With Localized Messages", "We introduce a deep-learning model"
                + " for localized image watermarking, dubbed the Watermark Anything Model (WAM).");
        assertTrue(names.contains("Watermark Anything Model"), names.toString());
        assertTrue(names.contains("WAM"), names.toString());
        assertFalse(names.contains("Watermark Anything"), names.toString());
    }

    @Test
    void aPairRightAfterWeDefineIsProposedButAnUnpairedDefinitionIsNot() {
        // zhang2022cvpr-pokebnn (dev-q); corpus: "Solving Graph-based Public Goods Games ..."
        List<String> names = proposed("PokeBNN: A Binary Pursuit of Lightweight Accuracy", "In order to enable joint"
                + " optimization of the cost together with accuracy, we define arithmetic computation effort (ACE), a"
                + " hardware- and energy-inspired cost metric for quantized and binarized networks.");
        assertTrue(names.contains("arithmetic computation effort"), names.toString());
        assertTrue(names.contains("ACE"), names.toString());
        assertFalse(proposed("Solving Graph-based Public Goods Games with Tree Search and Imitation Learning", "In"
                + " particular, we define a Markov Decision Process which incrementally generates an mIS.")
                .contains("Markov Decision Process"));
    }
}
