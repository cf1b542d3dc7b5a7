package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.extract.StageFixture.briefs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;

/**
 * Structural claim rules (how coordinated objects split, how an object span is cut) checked on real sentences of
 * unseen corpus abstracts (shards 016-017, outside every gold set), each cited by its corpus id.
 */
class TestClaimFinderStructure {

    @Test
    void aNamedOrDeterminedSecondConjunctIsARivalOfItsOwn() {
        // germain2009neurips-pacbayes
        assertEquals(List.of(Claim.PROPOSED + " outperforms ridge regression",
                Claim.PROPOSED + " outperforms AdaBoost"), briefs("t", "We present numerical experiments where the"
                        + " proposed learning algorithm generally outperforms ridge regression and AdaBoost."));
        // xue2016icml-variable
        assertEquals(List.of(Claim.PROPOSED + " outperforms the traditional bucket representation",
                Claim.PROPOSED + " outperforms other approximate inference algorithms"), briefs("t", "Compared with"
                        + " the traditional bucket representation and other approximate inference algorithms, we"
                        + " obtain significant improvements."));
    }

    @Test
    void aVagueHeadKeepsTheModifierThatSaysWhichRival() {
        // dai2019neurips-learning: a relative clause
        assertEquals(List.of(Claim.PROPOSED + " outperforms methods that have been hand-engineered by human experts"),
                briefs("t", "When applied on the challenging problems of coverage-guided software-testing of"
                        + " domain-specific programs and real-world mobile applications, it outperforms methods that"
                        + " have been hand-engineered by human experts."));
        // hofmann2011cvprw-late: a participle with its phrase
        assertEquals(List.of(Claim.PROPOSED + " outperforms methods based on a single perspective"), briefs("t",
                "Experiments show that this multi-camera approach outperforms methods based on a single perspective,"
                        + " particularly in occlusion-intense scenarios."));
        // todorovic2004eccv-intelligent: "using" and its noun phrase, not the setting after it
        assertEquals(List.of(Claim.PROPOSED + " outperforms systems using the MSBC paradigm"), briefs("t",
                "Experimental results show that the proposed system achieves smaller classification error and fewer"
                        + " false positives than systems using the MSBC paradigm on challenging real-world test"
                        + " images."));
    }

    @Test
    void aRelativeClauseEndsAtAVerbThatDoesNotAgreeWithItsHead() {
        // liu2016eccv-ssd: "and is much faster" belongs to SSD, not to the rival methods
        List<String> c = briefs("t", "Experimental results on the PASCAL VOC, MS COCO, and ILSVRC datasets confirm"
                + " that SSD has comparable accuracy to methods that utilize an additional object proposal step and is"
                + " much faster, while providing a unified framework for both training and inference.");
        assertEquals(1, c.size(), c::toString);
        assertTrue(c.get(0).endsWith(" comparable methods that utilize an additional object proposal step"),
                c::toString);
    }

    @Test
    void aNamedOrPreModifiedRivalStaysAsItIs() {
        // 2021.acl-long.434: a modifier ending in a comparative quantity is left off
        assertEquals(List.of(Claim.PROPOSED + " outperforms the model"), briefs("t", "Notably, the model trained with"
                + " ours outperforms the model trained with more than 240K artificially generated QA pairs."));
        // yun2025iclr-urlost: a pre-modified rival ("other methods") needs no modifier after it
        assertEquals(List.of(Claim.PROPOSED + " outperforms other methods"), briefs("t", "It also outperforms other"
                + " methods that are not dependent on these factors, setting a new benchmark in the field."));
    }

    @Test
    void aCoinedNameOpeningTheClauseIsTheSubjectEvenUntyped() {
        // liu2016eccv-ssd: the paper names nothing the proposed-name stage finds, and "SSD" is not typed
        List<String> c = briefs("SSD: Single Shot MultiBox Detector", "Experimental results on the PASCAL VOC, MS COCO,"
                + " and ILSVRC datasets confirm that SSD has comparable accuracy to methods that utilize an additional"
                + " object proposal step and is much faster, while providing a unified framework for both training"
                + " and inference.");
        assertEquals(List.of("SSD comparable methods that utilize an additional object proposal step"), c);
        // liu2022iclr-deep (pool 1, paper 64): a LaTeX-wrapped name after an opening adverb
        assertEquals(List.of("FreeTickets outperforms the naive deep ensemble"), briefs("t", "Impressively,"
                + " $FreeTickets$ outperforms the naive deep ensemble with ResNet50 on ImageNet using around only"
                + " $1/5$ of the training FLOPs required by the latter."));
    }

    @Test
    void aSentenceOpeningWordOrAFamilyIsNoCoinedName() {
        // bu2023cvpr-rate: "State-of-the-art SNNs" is a family, the finding's subject stays "SNNs"
        assertEquals(List.of("SNNs comparable ANNs"), briefs("t", "State-of-the-art SNNs are typically composed of"
                + " simple Leaky Integrate-and-Fire (LIF) neurons and have become comparable to ANNs in image"
                + " classification tasks on large-scale datasets."));
    }

    @Test
    void anAsideAfterTheTriggerIsSkippedAndATieInItHedges() {
        // mahon2022acml-efficient
        assertEquals(List.of(Claim.PROPOSED + " comparable existing models"), briefs("t", "When tested under our"
                + " proposed settings, our model performs better than (or on par with) existing models, while also"
                + " being more efficient and scalable by avoiding the need for an autoencoder."));
    }

    @Test
    void aRivalEndsWhereTheClauseOwnPhraseBegins() {
        // meng2024cvpr-itofflowbased: no comma after the opening "Compared with" phrase
        assertEquals(List.of(Claim.PROPOSED + " outperforms the SOTA method"), briefs("t", "Compared with the SOTA"
                + " method our approach reduces the computation time by 75% while improving the performance by 38%."));
    }

    @Test
    void aMetricNameModifyingATechniqueDoesNotBlockTheRival() {
        // seeger2012aistats-fast: "MAP" is typed a metric, "MAP estimation" is a technique
        assertEquals(List.of(Claim.PROPOSED + " outperforms MAP estimation"), briefs("t", "It outperforms MAP"
                + " estimation on a range of real-world datasets."));
    }

    @Test
    void aNameThatOnlyModifiesAFamilyIsNotTheSubject() {
        // smith2024cvprw-adaptive: passive, the family before "are outperformed by" is the object
        assertEquals(List.of("a simple baseline outperforms traditional replay-based CL approaches"), briefs("t",
                "In this setting, traditional replay-based CL approaches are outperformed by a simple baseline which"
                        + " replays past data selected uniformly at random [33], indicating that this setting"
                        + " necessitates a new approach."));
        // pool 2, paper 19 (shard 014-049 sample): the family opens the last comma-delimited stretch
        assertEquals(List.of("SRL-based approaches outperforms existing GNN-based approaches"), briefs("t", "In our"
                + " empirical evaluation, we show that by estimating these queries as an expectation, SRL-based"
                + " approaches yield up to a 50-fold reduction in average error when compared to existing GNN-based"
                + " approaches."));
        // escofet2025ecmlpkdd-finetune: "PEFT techniques" names PEFT itself
        assertEquals(List.of("PEFT comparable full fine-tuning"), briefs("t", "We demonstrate that PEFT techniques"
                + " match or even exceed full fine-tuning performance and enhance model generalisation to unseen"
                + " geographic regions, while reducing training time and memory requirements."));
    }

    @Test
    void aModifierAndARivalSeparatedByACommaAreOneRival() {
        // duan2022ecmlpkdd-anonymity (pool 5, paper 48): coordinate adjectives, not a list of two rivals
        assertEquals(List.of(Claim.PROPOSED + " outperforms diverse, strong benchmark models"), briefs("t", "Our"
                + " proposed novel data over-sampling framework is evaluated using multiple real-word network datasets,"
                + " and it outperforms diverse, strong benchmark models by a large margin."));
    }

    @Test
    void aNameRightBeforeAGerundOfPerformingIsTheSubject() {
        // elamineseddik2022aistats-node (pool 1, paper 74): "in GCNs performing significantly worse than ..."
        assertEquals(List.of("GCNs underperforms Multi-Layer Perceptrons"), briefs("t", "An empirical study of a GCN"
                + " utilised for node classification on six real datasets further confirms the theoretical findings"
                + " and demonstrates that perturbations of the graph structure can result in GCNs performing"
                + " significantly worse than Multi-Layer Perceptrons run on the node features alone."));
    }

    @Test
    void aMetricNameOpeningTheClauseCanBeTheSubject() {
        // 2020.sltu-1.50 (pool 1, paper 34): "Word Mover's Distance" is typed a metric and still wins the comparison
        assertEquals(List.of("Word Mover\u2019s Distance outperforms baselines"), briefs("t", "Preliminary"
                + " evaluations show that Word Mover\u2019s Distance achieved 56% accuracy in identifying the issue in"
                + " user input, outperforming a number of baselines."));
    }

    @Test
    void aMeasureOfTheRivalAndEnhancingAreReadLikeTheirKnownForms() {
        // wang2018icml-fast: "the speed of the state-of-arts", like "the accuracy of ..."
        assertEquals(List.of("JEEP outperforms the state-of-arts"), briefs("t", "Empirically, on multiple synthetic"
                + " datasets and one real-world data from neuroscience, JEEP outperforms the speed of the state-of-arts"
                + " significantly while achieving the same level of prediction accuracy."));
        // chen2024neurips-quanta: "enhances ... compared to" is a gain, like "improves ... compared to"
        assertEquals(List.of("QuanTA outperforms traditional methods"), briefs("t", "Experiments demonstrate that"
                + " QuanTA significantly enhances commonsense reasoning, arithmetic reasoning, and scalability compared"
                + " to traditional methods."));
    }

    @Test
    void aModifiedTaskAcronymIsAWayOfSolvingItAndCanBeARival() {
        // ke2025cvpr-scalelsd: "LSD" (line segment detection) is typed a task; "the pioneered non-deep LSD" is a method
        assertEquals(List.of("ScaleLSD outperforms the pioneered non-deep LSD"), briefs("ScaleLSD: Scalable Deep Line"
                + " Segment Detection Streamlined", "Based on the thorough"
                + " evaluation, our ScaleLSD is observed to be the first deep approach that outperforms the pioneered"
                + " non-deep LSD in all aspects we have tested, significantly expanding and reinforcing the versatility"
                + " of the line geometry of images."));
    }
}
