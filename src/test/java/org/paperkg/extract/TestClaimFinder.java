package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.extract.StageFixture.brief;
import static org.paperkg.extract.StageFixture.briefs;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;
import org.paperkg.model.Relation;

class TestClaimFinder {

    private static List<Claim> claims(String title, String abstractText) {
        return StageFixture.run(title, abstractText).get(Layers.CLAIMS);
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
                c.stream().map(StageFixture::brief).toList());
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
                c.stream().map(StageFixture::brief).toList());
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
        assertEquals("TLEG comparable individual models", brief(c));
        assertEquals(List.of("ImageNet-1K"), c.datasets());
    }

    @Test
    void negatedAndPassiveClaims() {
        List<Claim> c = claims("t", "We find that BERT does not outperform RoBERTa on GLUE. In our study, GPT-2 is"
                + " outperformed by Llama 2 on MMLU.");
        assertEquals(List.of("BERT underperforms RoBERTa", "Llama 2 outperforms GPT-2"),
                c.stream().map(StageFixture::brief).toList());
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

    @Test
    void objectsStopAtTheNextTriggerWhichGetsItsOwnClaim() {
        List<Claim> c = claims("SeeGround: See and Ground for Zero-Shot Open-Vocabulary 3D Visual Grounding", "We"
                + " propose SeeGround, a zero-shot 3DVG framework. Notably, we exceed weakly supervised methods and"
                + " rival some fully supervised ones, outperforming previous SOTA by 7.7% on ScanRefer and 7.1% on"
                + " Nr3D, showcasing its effectiveness in complex 3DVG task.");
        assertEquals(List.of("SeeGround outperforms weakly supervised methods",
                "SeeGround comparable some fully supervised ones", "SeeGround outperforms previous SOTA"),
                c.stream().map(StageFixture::brief).toList());
        assertEquals(Optional.of("7.7%"), c.get(2).magnitude());
    }

    @Test
    void determinersAndReportingVerbsAreNoObjects() {
        List<Claim> c = claims("t", "The experimental results on benchmark datasets show that L^2P-AHIL can surpass"
                + " the existing baseline methods, and the performance gain can be more significant as the bag size"
                + " increases. The BERT-based classifier, achieving close to human performance, outperforms all"
                + " similarity-based models, suggesting that there is more to identifying true evoked questions than"
                + " plain similarity.");
        assertEquals(List.of("the existing baseline methods", "similarity-based models"),
                c.stream().map(Claim::object).toList());
    }

    @Test
    void betterToAndFasterToAreNoComparisons() {
        assertEquals(List.of(), claims("t", "By quantitatively measuring the bias in saliency algorithms, researchers"
                + " will be better equipped to select and optimize the most appropriate algorithm for a given task."
                + " A drop in bias and variance of value or gradient estimates is demonstrated, resulting in faster"
                + " convergence to better policies."));
    }

    @Test
    void strongVerbWithPlainObjectNeedsAnExplicitSubject() {
        assertEquals(List.of(), claims("t", "If the required memory to train a model exceeds this limit, the device"
                + " will be excluded from the training."));
    }

    @Test
    void superiorPerformanceOfXAgainstYAndSuperiorityInZOverY() {
        Claim c = claims("Lightweight Multi-modal App Control", "We introduce LiMAC, a lightweight app control"
                + " architecture. We evaluate LiMAC on two open-source mobile control datasets, demonstrating the"
                + " superior performance of our small-form-factor approach against fine-tuned versions of open-source"
                + " VLMs, such as Florence2 and Qwen2-VL.").get(0);
        assertEquals("LiMAC outperforms fine-tuned versions", brief(c));
        Claim d = claims("Trace ratio", "Extensive experiments on faces and UCI data demonstrate the high convergence"
                + " speed of the proposed solution, as well as its superiority in classification capability over"
                + " corresponding solutions to the ratio trace problem.").get(0);
        assertEquals(Claim.PROPOSED + " outperforms corresponding solutions", brief(d));
    }

    @Test
    void thisAdjectiveMethodIsTheProposedSubjectNotAMetricAcronym() {
        Claim c = claims("GradOrth: A Simple yet Efficient Out-of-Distribution Detection", "We propose GradOrth,"
                + " a novel approach to OOD detection. This simple yet effective method exhibits outstanding"
                + " performance, showcasing a notable reduction in the average false positive rate at a 95\\% true"
                + " positive rate (FPR95) of up to 8\\% when compared to the current state-of-the-art methods.")
                .get(0);
        assertEquals("GradOrth outperforms the current state-of-the-art methods", brief(c));
    }

    @Test
    void betterThanUsingX() {
        Claim c = claims("t", "When implicit syntax features are integrated, we are able to obtain further"
                + " improvements, better than using explicit Tree-RNN.").get(0);
        assertEquals(Claim.PROPOSED + " outperforms explicit Tree-RNN", brief(c));
    }

    @Test
    void openingComparedPhraseIsTheObjectOfALaterHedgedTrigger() {
        Claim c = claims("Robustness", "Compared to existing methods, we obtain similar or superior worst-case"
                + " adversarial robustness on attacks seen during training.").get(0);
        assertEquals(Claim.PROPOSED + " comparable existing methods", brief(c));
    }

    @Test
    void benchmarkingAgainstWithAGain() {
        Claim c = claims("Bootstrap", "Through extensive benchmarking against state-of-the-art techniques, our approach"
                + " demonstrates superior performance across the majority of tested environments, with comparable"
                + " performance in the remaining cases.").get(0);
        assertEquals(Claim.PROPOSED + " outperforms state-of-the-art techniques", brief(c));
    }

    @Test
    void commaConjunctsMustContinueAListAndNeverStartWithTheSubject() {
        assertEquals(List.of("DEAL outperforms baseline methods"), claims("DEAL", "We propose DEAL, a novel"
                + " framework. Compared to baseline methods, DEAL demonstrates state-of-the-art stability and"
                + " identification accuracy in high-dimensional parameter identification tasks.")
                .stream().map(StageFixture::brief).toList());
        assertEquals(List.of("NRFs"), claims("t", "The insight that RFs transfer better than NRFs, further inspires"
                + " simple techniques to strengthen transfer-based black-box attacks.")
                .stream().map(Claim::object).toList());
    }

    @Test
    void quantitiesAndBoundsAreNoRivals() {
        Claim c = claims("AdaSGN", "We propose AdaSGN. We conduct extensive experiments on three challenging datasets,"
                + " namely, NTU-60, NTU-120 and SHREC, to verify the superiority of the proposed approach, where AdaSGN"
                + " achieves comparable or even higher performance with much lower GFLOPs compared with the baseline"
                + " method.").get(0);
        assertEquals("AdaSGN comparable the baseline method", brief(c));
        assertEquals(List.of(), claims("t", "It achieves a regret that nearly matches the state-of-the-art regret in"
                + " the setting with only unsafe actions."));
        assertEquals(List.of(), claims("t", "For different protein targets, we show that our approach is able to"
                + " design strong binders (i.e. stronger than 50 kJ/mol)."));
    }

    @Test
    void quantifierNounsKeepTheirOfPhrase() {
        Claim c = claims("Uni3D", "We present Uni3D. Their results demonstrate that Uni3D exceeds a series of"
                + " individual detectors trained on a single dataset.").get(0);
        assertEquals("Uni3D outperforms a series of individual detectors", brief(c));
    }

    @Test
    void headlessFirstConjunctSharesTheRivalNoun() {
        List<Claim> c = claims("Agglomerative Token Clustering", "We present Agglomerative Token Clustering (ATC), a"
                + " novel token merging method that consistently outperforms previous token merging and pruning"
                + " methods across image classification, image synthesis, and object detection & segmentation tasks.");
        assertEquals(List.of("previous token merging methods", "previous pruning methods"),
                c.stream().map(Claim::object).toList());
    }

    @Test
    void pluralOwnSubjectStandsForBothProposedNames() {
        List<Claim> c = claims("Policy Information Capacity", "In this work, we propose policy information capacity"
                + " (PIC) and policy-optimal information capacity (POIC) as two quantitative metrics for task"
                + " difficulty. We empirically demonstrate that these information-theoretic metrics have higher"
                + " correlations with normalized task solvability scores than a variety of alternatives.");
        assertEquals(List.of("PIC outperforms a variety of alternatives", "POIC outperforms a variety of alternatives"),
                c.stream().map(StageFixture::brief).toList());
    }

    @Test
    void moreAnyAdjectiveOrAdverbThan() {
        assertEquals(List.of(Claim.PROPOSED + " outperforms pushforward models"), claims("t", "In experiments on"
                + " synthetic and natural data, we show that our model can learn manifold-supported distributions"
                + " with complex topologies more accurately than pushforward models.").stream()
                .map(StageFixture::brief).toList());
        assertEquals(List.of(), claims("t", "Recent research suggests that the brain is more shallow than previously"
                + " thought."));
    }

    @Test
    void fewerAndSmallerAreGainsUnlessTheyMeasureQuality() {
        Claim c = claims("FQI-LOG", "We propose FQI-LOG. Moreover, we empirically verify that FQI-LOG uses fewer"
                + " samples than FQI trained with squared loss on problems where the optimal policy reliably achieves"
                + " the goal.").get(0);
        assertEquals("FQI-LOG outperforms FQI", brief(c));
        Claim d = claims("t", "Moreover, our Q-GP-UCB with the linear kernel achieves a smaller regret than the"
                + " quantum linear UCB algorithm from the previous work.").get(0);
        assertEquals(Relation.OUTPERFORMS, d.relation());
        assertEquals("the quantum linear UCB algorithm", d.object());
    }

    @Test
    void superiorPropertyOverAndImproveOver() {
        Claim c = claims("SiT", "We propose SiT. We showcase SiT's superior generalization over ViTs on MiniGrid and"
                + " Procgen RL benchmarks.").get(0);
        assertEquals("SiT outperforms ViTs", brief(c));
        Claim d = claims("VITAL", "We propose VITAL. Our approach yields human-understandable visualizations that"
                + " both qualitatively and quantitatively improve over state-of-the-art FVs across various"
                + " architectures.").get(0);
        assertEquals("VITAL outperforms state-of-the-art FVs", brief(d));
    }

    @Test
    void measuredObjectsAndThoseObtainedWith() {
        Claim c = claims("NePhi", "We propose NePhi. Our results show that NePhi can match the accuracy of voxel-based"
                + " representations in a single-resolution registration setting.").get(0);
        assertEquals("NePhi comparable voxel-based representations", brief(c));
        Claim d = claims("t", "Our ViT-B16 obtains top-1 accuracies on ImageNet variants that are on average +4.00%"
                + " better than those obtained with Masked Autoencoders.").get(0);
        assertEquals("Masked Autoencoders", d.object());
    }

    @Test
    void resultsAreNoSubjectAndTheProposedIsNoObject() {
        Claim c = claims("DigiRL", "We propose DigiRL, a novel autonomous RL approach. These results significantly"
                + " surpass not only the prior best agents, including AppAgent with GPT-4V, but also our"
                + " implementation of prior best autonomous RL approach.").get(0);
        assertEquals("DigiRL outperforms the prior best agents", brief(c));
        assertEquals(List.of(), claims("t", "We next prove a minimax lower bound of the same order, thereby"
                + " establishing that no other estimator can improve upon the proposed estimator."));
    }

    @Test
    void spacedBasedModifierStaysInTheObject() {
        Claim c = claims("t", "Our algorithm shows outstanding performances compared to the state-of-the-art"
                + " self-supervised learning based video correspondence algorithms.").get(0);
        assertEquals(Claim.PROPOSED + " outperforms the state-of-the-art self-supervised learning based video"
                + " correspondence algorithms", brief(c));
    }

    @Test
    void withRespectToIntroducesTheRival() {
        Claim c = claims("t", "Experimental results on three benchmark datasets, and a user study, demonstrate that our"
                + " approach has competitive performance with respect to the state-of-the-art and provides more"
                + " consistent colourisation.").get(0);
        assertEquals(Claim.PROPOSED + " comparable the state-of-the-art", brief(c));
        Claim d = claims("CT-DQN", "We propose CT-DQN. We demonstrate that CT-DQN is able to achieve better or"
                + " equivalent data efficiency with respect to the classic function approximation solutions.").get(0);
        assertEquals("CT-DQN comparable the classic function approximation solutions", brief(d));
    }

    @Test
    void pronounObjectTakesTheEarlierComparedPhrase() {
        Claim c = claims("TeCo", "We propose TeCo. Extensive experiments demonstrate that compared with"
                + " state-of-the-art defenses, which even require either certain information about the trigger types"
                + " or accessibility"
                + " of clean data, TeCo outperforms them on different backdoor attacks, datasets, and model"
                + " architectures, enjoying a higher AUROC by 10% and 5 times of stability.").get(0);
        assertEquals("TeCo outperforms state-of-the-art defenses", brief(c));
    }

    @Test
    void lineBreaksInsideATriggerAreSpaces() {
        assertEquals(List.of("PaRa outperforms existing finetuning approaches"), briefs("PaRa", "We propose PaRa. With"
                + " comprehensive experiments, we show that PaRa achieves great advantages\nover existing finetuning"
                + " approaches on single/multi-subject generation."));
    }

    @Test
    void dropInIsNoDropAndWeakGainsNeedANamedSubject() {
        assertEquals(List.of("EPIG outperforms BALD"), briefs("Prediction-oriented active learning", "We propose EPIG."
                + " We find that using EPIG leads to stronger predictive performance compared with BALD across a range"
                + " of datasets and models, and thus provides an appealing drop-in replacement."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms existing baseline methods"), briefs("t", "Furthermore, our"
                + " approach exhibits greater robustness against paraphrasing attacks compared to existing baseline"
                + " methods."));
        assertEquals(List.of(), briefs("t", "Our results suggest a fundamental privacy-utility trade-off: while IARs"
                + " excel in image generation quality and speed, they are empirically significantly more vulnerable to"
                + " privacy attacks compared to DMs that achieve similar performance."));
    }

    @Test
    void plainNounPhraseRightAfterThan() {
        assertEquals(List.of(Claim.PROPOSED + " outperforms the KLT tracker"), briefs("t", "Our resulting technique"
                + " tracks up to three orders of magnitude more points and is 46% more accurate than the KLT"
                + " tracker."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms prior work"), briefs("t", "We demonstrate that our proposed"
                + " method is able to accomplish more realistic, targeted edits than prior work."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms parametric densities"), briefs("t", "Our models can"
                + " generate multiple probable predictions, achieving more flexibility in representation learning than"
                + " using parametric densities."));
        assertEquals(List.of("MCNNs outperforms vanilla deep neural networks"), briefs("t", "We find large and"
                + " consistent gains in performance, validating that MCNNs are better-suited than vanilla deep neural"
                + " networks for imitation learning applications."));
    }

    @Test
    void thanObjectsExcludeReferencePointsDummyItAndNone() {
        assertEquals(List.of(), briefs("t", "This paper proposes to combine the advantages of both approaches by"
                + " performing inference in the output space, because the output space is much smaller than the"
                + " parameter space."));
        assertEquals(List.of(), briefs("t", "It is predicted that slit like lesions are more damaging than rounder"
                + " lesions."));
        assertEquals(List.of(), briefs("t", "Unfortunately, none significantly improve upon static defenses when"
                + " subjected to our careful case study evaluation."));
    }

    @Test
    void publishedResultsAndPriorBoundsAreRivals() {
        Claim c = claims("C2ST", "We propose C2ST. On CSL-Daily, our approach achieves an absolute gain of 4.9% WER"
                + " compared to the best published results.").get(0);
        assertEquals("C2ST outperforms the best published results", brief(c));
        assertEquals(Optional.of("4.9%"), c.magnitude());
        assertEquals(List.of(Claim.PROPOSED + " outperforms previous bounds"), briefs("t", "Our bounds both generalize"
                + " and strictly improve over previous bounds in similar settings."));
    }

    @Test
    void tiesCompetesAndCompetitiveComparedAreComparable() {
        assertEquals(List.of(Claim.PROPOSED + " comparable prior metrics"), briefs("t", "Our single model (trained"
                + " in 39 languages) outperforms or statistically ties with all prior metrics on the WMT 2019"
                + " segment-level shared metrics task in all languages."));
        assertEquals(List.of("ADS comparable existing supervised methods"), briefs("t", "Furthermore, we find that ADS"
                + " performs competitively with existing supervised methods in reconstruction quality."));
        assertEquals(List.of("DeepDSL comparable the existing libraries"), briefs("DeepDSL", "We present DeepDSL. Our"
                + " experiments show that the compiled programs have very competitive runtime performance and memory"
                + " efficiency compared to the existing libraries."));
        assertEquals(List.of("COOL-CHIC comparable modern conventional MPEG codecs"), briefs("COOL-CHIC", "We present"
                + " COOL-CHIC. COOL-CHIC offers compression performance close to modern conventional MPEG codecs."));
    }

    @Test
    void modifierConjunctTakesTheSharedHead() {
        assertEquals(List.of("L-CAD outperforms language-based colorization methods",
                "L-CAD outperforms automatic colorization methods"), briefs("L-CAD", "We propose L-CAD. Extensive"
                + " experimental results demonstrate our advantages of effectively handling any-level descriptions and"
                + " outperforming both language-based and automatic colorization methods."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms state-of-the-art CNN-based methods",
                Claim.PROPOSED + " outperforms state-of-the-art transformer-based methods"), briefs("t", "Comprehensive"
                + " experiments show the superiority of our method, which significantly increases both quantitative"
                + " metrics and qualitative visual realism with respect to state-of-the-art CNN-based and"
                + " transformer-based methods."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms available solvers"), briefs("t", "We demonstrate its"
                + " efficiency by finding solutions with unprecedentedly short solution lengths, outperforming all"
                + " available solvers and introducing the first machine learning solver beyond the 3x3x3 case."));
    }

    @Test
    void namedExamplesOfAGenericRivalAreTheRivals() {
        assertEquals(List.of(Claim.PROPOSED + " outperforms PSMNet", Claim.PROPOSED + " outperforms GANet"),
                briefs("t", "Compared with high-performance methods like PSMNet and GANet, our method achieves 10-100x"
                        + " speed increase while obtaining comparable disparity estimation results."));
        assertEquals(List.of("GSAM+Cutie outperforms SAM-PT"), briefs("t", "Through quantitative evaluation on two"
                + " datasets, we show that GSAM+Cutie outperforms similar ensembles, like SAM-PT, for video object"
                + " segmentation."));
        assertEquals(List.of("ConViT outperforms DeiT", "SAM2-LOVE outperforms the SOTA"), briefs("t", "The"
                + " resulting convolutional-like ViT architecture, ConViT, outperforms the DeiT on ImageNet, while"
                + " offering a much improved sample efficiency. We conducted extensive experiments to demonstrate that"
                + " SAM2-LOVE outperforms the SOTA by 8.5% in J&F on the Ref-AVS benchmark."));
    }

    @Test
    void theNameRightBeforeTheVerbIsTheSubject() {
        assertEquals(List.of("Mobile-Former outperforms DETR"), briefs("t", "Furthermore, we build an efficient"
                + " end-to-end detector by replacing backbone, encoder and decoder in DETR with Mobile-Former, which"
                + " outperforms DETR by 1.3 AP but saves 52% of computational cost."));
        assertEquals(List.of("StreamDSGN outperforms the strong baseline"), briefs("StreamDSGN", "We propose"
                + " StreamDSGN. Experiments on the KITTI Tracking dataset show that, compared with the strong baseline,"
                + " StreamDSGN significantly improves the streaming average precision by up to 4.33%."));
    }

    @Test
    void competitiveComparedIsComparableAndAGapIsALoss() {
        assertEquals(List.of("BitNet comparable state-of-the-art 8-bit quantization methods",
                "BitNet comparable FP16 Transformer baselines"), briefs("BitNet", "We introduce BitNet. Experimental"
                + " results show that BitNet b1 achieves competitive performance, compared to state-of-the-art 8-bit"
                + " quantization methods and FP16 Transformer baselines."));
        assertEquals(List.of("GPT-4V underperforms humans"), briefs("t", "Our systematic investigation shows that"
                + " current open-source MLLMs consistently exhibit poor capability in our association tasks, even the"
                + " currently state-of-the-art GPT-4V also has a significant gap compared to humans."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms the average response"), briefs("t", "Experiments"
                + " demonstrate that this approach has a lower false detection rate than the average response of the"
                + " Canny edge detector applied to the individual images separately."));
    }

    @Test
    void questionsRivalriesAndParticipleClausesAreNotClaimsOfTheNearestName() {
        assertEquals(List.of(), briefs("t", "We investigate whether multi-task learning is more advantageous than"
                + " single-task learning for emotion prediction."));
        assertEquals(List.of(), briefs("t", "For team competitive games where two teams of cooperative agents compete"
                + " with each other, we show a counter-example."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms other diffusion-based methods"), briefs("t", "Our method"
                + " enables the use of expressive diffusion-based policies while retaining the principled exploration"
                + " benefits of MaxEnt-RL, significantly outperforming other diffusion-based methods on challenging"
                + " high-dimensional control benchmarks."));
    }

    @Test
    void comparesFavorablyAndTechniqueObjects() {
        assertEquals(List.of("GoodDrag outperforms the state-of-the-art approaches"), briefs("GoodDrag", "We propose"
                + " GoodDrag. Extensive experiments demonstrate that the proposed GoodDrag compares favorably against"
                + " the state-of-the-art approaches both qualitatively and quantitatively."));
        assertEquals(List.of(Claim.PROPOSED + " comparable full fine-tuning"), briefs("t", "Experiments on domain"
                + " adaptation demonstrate that our proposed approach is on par with full fine-tuning on various"
                + " domains, dataset sizes and model capacities."));
        assertEquals(List.of("SSBM comparable supervised learning", "SSBM outperforms sparse reconstruction methods"),
                briefs("SSBM", "We propose SSBM. We demonstrate in a series of experiments with real datasets that SSBM"
                        + " performs on par with supervised learning and outperforms sparse reconstruction methods"
                        + " with a fixed wavelet basis by a large margin."));
        assertEquals(List.of(), briefs("t", "We show that this model is equivalent to the computation of surfaces of"
                + " minimal area in a Riemannian space. KVLink introduces two techniques: adjusting positional"
                + " embeddings of the KV cache at inference to match the global position after concatenation."));
    }

    @Test
    void withRespectToNeedsAGainBeforeItAndDueToIsNoRival() {
        assertEquals(List.of(Claim.PROPOSED + " outperforms SIFT"), briefs("t", "The comparison shows clearly that,"
                + " whenever we can rely on the massive availability of training data, the proposed model leads to"
                + " better performances with respect to SIFT."));
        assertEquals(List.of(), briefs("t", "We search for the flows that best match two consecutive frames, which"
                + " amounts to finding the derivative of a blurred frame with respect to both the motion and the"
                + " blur."));
        assertEquals(List.of(), briefs("t", "Diffusion-based imitation learning improves Behavioral Cloning (BC) on"
                + " multi-modal decision-making, but comes at the cost of significantly slower inference due to the"
                + " recursion in the diffusion process."));
    }

    @Test
    void largerThanParentheticalsAndExamplesInParentheses() {
        assertEquals(List.of(Claim.PROPOSED + " outperforms approximate nearest neighbour algorithms"), briefs("t",
                "In experiments on the PASCAL VOC 07 dataset, our algorithms accurately solve these problems and"
                        + " achieve larger speedups than approximate nearest neighbour algorithms based on trees."));
        assertEquals(List.of("StreamPETR comparable lidar-based methods"), briefs("StreamPETR", "We propose"
                + " StreamPETR. On the standard nuScenes benchmark, StreamPETR is the first online multi-view method"
                + " that achieves comparable performance (67.6% NDS & 65.3% AMOTA) with lidar-based methods."));
        assertEquals(List.of(Claim.PROPOSED + " comparable hPAM", Claim.PROPOSED + " comparable hLDA"), briefs("t",
                "We also show that the proposed model is competitive in terms of empirical log likelihood with"
                        + " existing structure-based topic models (such as hPAM and hLDA) on real-world text data"
                        + " sets."));
    }

    @Test
    void nounPhraseRightBeforeAStrongVerbIsTheSubject() {
        assertEquals(List.of("multilingual models outperforms monolingual models",
                "Language Agnostic Delexicalisation outperforms previous approaches"), briefs("t", "We propose Language"
                + " Agnostic Delexicalisation. Our experiments across five datasets and five languages show that"
                + " multilingual models outperform monolingual models in concept-to-text and that our framework"
                + " outperforms previous approaches, especially in low resource conditions."));
        assertEquals(List.of("treatment effect based targeting outperforms risk-based targeting"), briefs("t", "We"
                + " find that when treatment effects can be estimated reliably, treatment effect based targeting"
                + " substantially outperforms risk-based targeting, even when treatment effect estimates are biased."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms the previous first-order meta-learning methods"),
                briefs("t", "We validate our method on a heterogeneous set of large-scale tasks, and show that the"
                        + " algorithm largely outperforms the previous first-order meta-learning methods."));
        assertEquals(List.of(), briefs("t", "Yet, their performance still lags behind that of artificial neural"
                + " networks, often assumed to result from information loss."));
    }

    @Test
    void improvedPerformanceOverAndSuperiorityAsComparedWith() {
        assertEquals(List.of(Claim.PROPOSED + " outperforms existing models", Claim.PROPOSED + " comparable the state"
                + " of the art"), briefs("t", "Experiments on standard benchmarks for semantic correspondence show that"
                + " it achieves significantly improved performance over existing models, with up to a 100 times smaller"
                + " size of descriptors. Furthermore, the proposed method also generalizes well to other image"
                + " matching tasks, performing comparable to the state of the art on wide-baseline matching."));
        assertEquals(List.of("HLRTF outperforms state-of-the-art methods"), briefs("HLRTF: Hierarchical Low-Rank"
                + " Tensor Factorization", "We develop the HLRTF. Extensive results illustrate the superiority of our"
                + " method as compared with state-of-the-art methods."));
        assertEquals(List.of("GGF outperforms state-of-the-art baselines"), briefs("t", "Experiments on several"
                + " benchmark datasets demonstrate the superiority of the proposed GGF method compared to"
                + " state-of-the-art baselines."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms fully supervised methods", Claim.PROPOSED
                + " outperforms few-shot methods"), briefs("t",
                "Lastly, the developed detector outperforms fully supervised and few-shot methods evaluated on the"
                        + " SIMD and DIOR datasets, despite minimal training parameters."));
    }

    @Test
    void scoresInParenthesesDoNotEndTheListAndCompetitivenessIsComparable() {
        assertEquals(List.of(Claim.PROPOSED + " comparable task-specific solvers", Claim.PROPOSED + " outperforms"
                + " DeepCubeA", Claim.PROPOSED + " outperforms EfficientCube"), briefs("t", "For the 3x3x3 Rubik's"
                + " cube, our approach achieves an optimality rate exceeding 98%, matching the performance of"
                + " task-specific solvers and significantly outperforming prior solutions such as DeepCubeA (60.3%) and"
                + " EfficientCube (69.6%)."));
        assertEquals(List.of(Claim.PROPOSED + " outperforms CLIP"), briefs("t", "From comparison, we obtain"
                + " evidence for (i) our stronger improvement with scale and better sample efficiency than standard"
                + " CLIP (ii) a second finding."));
        assertEquals(List.of("FedPC comparable the conventional client-to-server (C2S) FLs"), briefs("FedPC", "We"
                + " propose FedPC. The results of our experiments highlight the strong competitiveness of FedPC"
                + " compared to the conventional client-to-server (C2S) FLs in terms of performance."));
    }

    @Test
    void theRivalOfANameAndBroaderGains() {
        assertEquals(List.of("EffiDec3D outperforms the decoder of original 3D UX-Net"), briefs("EffiDec3D", "We"
                + " propose EffiDec3D. Our optimized EffiDec3D decoder achieves a 96.4% reduction in #Params and a"
                + " 93.0% reduction in #FLOPs compared to the decoder of original 3D UX-Net."));
        assertEquals(List.of("FRS outperforms existing methods"), briefs("FRS", "We introduce FRS, a novel approach"
                + " for certifying robustness. Our theoretical analysis demonstrates that FRS achieves a broader"
                + " certified robustness radius compared to existing methods."));
    }
}
