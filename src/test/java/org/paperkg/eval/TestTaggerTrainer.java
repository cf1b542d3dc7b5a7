package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.Document;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Layers;
import org.paperkg.extract.MentionLabel;
import org.paperkg.extract.MentionLabels;
import org.paperkg.extract.MentionTagger;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.extract.TokenFeatures;
import org.paperkg.model.EntityType;

/** Training the tagger on abstracts of data/daily-papers and tagging with it. */
class TestTaggerTrainer {
    private static final TokenFeatures FEATURES = new TokenFeatures(16);
    private static final TaggerTrainer TRAINER = new TaggerTrainer(FEATURES);
    private static final Document GHOST = RuleExtractor.pipeline(Gazetteer.bundled()).run("Train longer, generalize"
            + " better: closing the generalization gap in large batch training of neural networks", "We further"
            + " investigate different techniques to train models in the large-batch regime and present a novel"
            + " algorithm named \"Ghost Batch Normalization\" which enables significant decrease in the"
            + " generalization gap without increasing the number of updates. To validate our findings we conduct"
            + " several additional experiments on MNIST, CIFAR-10, CIFAR-100 and ImageNet.");

    private static List<TaggerTrainer.Sentence> sentences(Document d, Map<EntityType, List<String>> names) {
        List<TokenFeatures.Prepared> prepared = FEATURES.prepare(d);
        List<List<MentionLabel>> labels = MentionLabels.of(d.get(Layers.TOKENS), names);
        List<TaggerTrainer.Sentence> out = new ArrayList<>();
        for (int s = 0; s < prepared.size(); s++) {
            out.add(TRAINER.sentence(prepared.get(s), labels.get(s)));
        }
        return out;
    }

    private static List<String> surfaces(MentionTagger tagger, Document d) {
        return tagger.tag(d).stream().map(n -> n.type() + ":" + n.surface()).toList();
    }

    @Test
    void aTaggerFitsTheTypedMultiWordNamesItWasTrainedOn() {
        MentionTagger tagger = TRAINER.train(sentences(GHOST, Map.of(EntityType.METHOD,
                List.of("Ghost Batch Normalization"), EntityType.DATASET, List.of("MNIST", "CIFAR-10", "CIFAR-100",
                        "ImageNet"))), 10);
        assertEquals(List.of(MentionLabel.O, MentionLabel.B_DATASET, MentionLabel.B_METHOD, MentionLabel.I_METHOD),
                tagger.classes().stream().sorted().toList());
        assertEquals(List.of("METHOD:Ghost Batch Normalization", "DATASET:MNIST", "DATASET:CIFAR-10",
                "DATASET:CIFAR-100", "DATASET:ImageNet"), surfaces(tagger, GHOST));
        assertTrue(tagger.tag(GHOST).stream().allMatch(n -> n.probability() > 0.5));
    }

    @Test
    void twoLabelsGiveATaggerOfTwoClasses() {
        MentionTagger tagger = TRAINER.train(sentences(GHOST, Map.of(EntityType.DATASET, List.of("MNIST",
                "ImageNet"))), 10);
        assertEquals(List.of(MentionLabel.O, MentionLabel.B_DATASET), tagger.classes().stream().sorted().toList());
        assertEquals(List.of("DATASET:MNIST", "DATASET:ImageNet"), surfaces(tagger, GHOST));
    }

    @Test
    void rejectsLabelsThatDoNotFitAndANonPositiveCost() {
        TokenFeatures.Prepared title = FEATURES.prepare(GHOST).get(0);
        assertThrows(IllegalArgumentException.class, () -> TRAINER.sentence(title, List.of(MentionLabel.O)));
        List<TaggerTrainer.Sentence> s = sentences(GHOST, Map.of(EntityType.DATASET, List.of("MNIST")));
        assertThrows(IllegalArgumentException.class, () -> TRAINER.train(s, 0));
    }
}
