package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;

/**
 * Which subject a comparative claim names, by family; each case is a real sentence from the training gold sets,
 * cited by its id. Only subjects are checked, so that changes to objects and relations leave these cases alone.
 */
class TestClaimSubjects {

    @Test
    void nameRightBeforeARelativeClauseIsTheSubject() {
        // xia2023iclr-molebert: the framework the clause hangs on, not the first of its parts
        assertEquals(List.of("Mole-BERT"), subjects(
                "Mole-BERT: Rethinking Pre-training Graph Neural Networks for Molecules",
                "Furthermore, we propose triplet masked contrastive learning (TMCL) for graph-level pre-training."
                        + " MAM and TMCL constitute a novel pre-training framework, Mole-BERT, which can match or"
                        + " outperform state-of-the-art methods in a fully data-driven manner."));
    }

    @Test
    void nounPhraseBeforeAClosedRelativeClauseIsTheSubject() {
        // laine2024neurips-me, hwang2023cvpr-metaexplore
        assertEquals(List.of("Chat models"), subjects("t",
                "Chat models, which are finetuned to serve as AI assistants, outperform their corresponding base"
                        + " models on SAD but not on general knowledge tasks."));
        assertEquals(List.of("exploitation policy"), subjects("t",
                "We show that an exploitation policy, which moves the agent toward a well-chosen local goal among"
                        + " unvisited but observable states, outperforms a method which moves the agent to a previously"
                        + " visited state."));
    }

    @Test
    void aPhrasePointingBackWithTheseOrSuchIsTheReferent() {
        // dev-h, Uncertainty-Aware Reward-Free Exploration: "Such a result" is the finding about the proposed algorithm
        assertEquals(List.of("GFA-RFE"), subjects("Uncertainty-Aware Reward-Free Exploration with General Function"
                + " Approximation", "To overcome this limitation, in this paper, we proposed a reward-free RL algorithm"
                + " called GFA-RFE. Such a result outperforms all existing reward-free RL algorithms."));
        // "This bias ..." (unseen corpus text) is no pointer to the paper's work and yields no claim
        assertEquals(List.of(), subjects("Neural collapse vs. low-rank bias", "We show that deep neural collapse"
                + " (DNC) is not optimal. This bias leads to optimal solutions of even lower rank than the neural"
                + " collapse."));
    }

    @Test
    void itAfterASentenceNamingAnotherProposalIsThatProposal() {
        // kamzolov2025iclr-optami: the library named in the title is not what "It" stands for
        assertEquals(List.of("NATA"), subjects("OPTAMI: Global Superlinear Convergence of High-order Methods",
                "Secondly, we propose a practical version of the Nesterov Accelerated Tensor method, called NATA. It"
                        + " significantly outperforms the classical variant and other high-order acceleration"
                        + " techniques in practice. Finally, we introduce an open-source computational library for"
                        + " high-order methods, called OPTAMI."));
    }

    @Test
    void itAfterASentenceNamingTheMainProposalKeepsIt() {
        // reuss2025iclr-efficient
        assertEquals(List.of("MoDE"), subjects("Efficient Diffusion Transformer Policies with Mixture of Expert"
                + " Denoisers", "We propose Mixture-of-Denoising Experts (MoDE) as a novel policy for Imitation"
                + " Learning. It surpasses both CNN-based and Transformer Diffusion Policies by an average of 57%"
                + " across 4 benchmarks."));
    }

    @Test
    void coinedWordInAnUnnamedPapersOwnPhraseIsTheSubject() {
        // tucat2025tmlr-regularized, trofimov2023iclr-learning
        assertEquals(List.of("$\\delta-$GClip"), subjects("t", "We also present empirical evidence that our"
                + " theoretically founded $\\delta-$GClip algorithm is competitive with the state-of-the-art deep"
                + " learning heuristics on various neural architectures including modern transformer based"
                + " architectures."));
        assertEquals(List.of("RTD-AE"), subjects("t", "The proposed method \"RTD-AE\" better preserves the global"
                + " structure and topology of the data manifold than state-of-the-art competitors as measured by linear"
                + " correlation."));
    }

    @Test
    void ownPhraseWithoutACoinedWordKeepsTheReferent() {
        // 2021.acl-long.86 (unnamed here): a base model's name before "based model" is not the subject
        assertEquals(List.of(Claim.PROPOSED), subjects("t",
                "On the GLUE test set our 6 layer RoBERTa based model outperforms BERT-large."));
    }

    @Test
    void proposalTheTextCallsADatasetIsNotTheOwnMethod() {
        // li2021iclr-isarstep: the benchmark named in the title did not design the transformer
        assertEquals(List.of(Claim.PROPOSED), subjects("IsarStep: a Benchmark for High-level Mathematical Reasoning",
                "In this paper, we present IsarStep, a benchmark for high-level mathematical reasoning. We further"
                        + " design a hierarchical transformer that outperforms the transformer baseline."));
        // huang2023cvpr-semisupervised
        assertEquals(List.of(Claim.PROPOSED), subjects("t", "In addition, we also proposed a new indoor overhead"
                + " fisheye human keypoint dataset WEPDTOF-Pose. Extensive experiments demonstrate that our method"
                + " outperforms the previous best semi-supervised 2D human pose estimation method."));
    }

    @Test
    void modelsBuiltOnAProposedNameTakeThatName() {
        // huang2023neurips-tailoring
        assertEquals(List.of("STA"), subjects("Tailoring Self-Attention for Graph via Rooted Subtrees",
                "We propose Subtree Attention (STA), a novel multi-hop graph attention mechanism. Comprehensive"
                        + " evaluations on ten node classification datasets demonstrate that STA-based models"
                        + " outperform existing graph transformers and mainstream GNNs."));
    }

    @Test
    void partOfTheSystemIsNotWhatOurMethodStandsFor() {
        // chen2020eccvw-adaptive
        assertEquals(List.of("AHCSRN"), subjects("Adaptive Hybrid Composition Based Super-Resolution Network via"
                + " Fine-Grained Channel Pruning", "To address this problem, we firstly propose a hybrid composition"
                + " block (HCB), which contains asymmetric and shrinked spatial convolution in parallel. Finally, we"
                + " present an adaptive hybrid composition based super-resolution network (AHCSRN) by pruning the"
                + " baseline model. Extensive experiments demonstrate that the proposed method can achieve better"
                + " performance than state-of-the-art SR models with ultra-low parameters and Flops."));
    }

    private static List<String> subjects(String title, String abstractText) {
        return StageFixture.run(title, abstractText).get(Layers.CLAIMS).stream().map(Claim::subject).distinct()
                .toList();
    }
}
