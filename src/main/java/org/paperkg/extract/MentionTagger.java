package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperkg.model.EntityType;

/**
 * A learned tagger of dataset, model and method names: a linear model over {@link TokenFeatures} that labels each
 * token B/I/O with a type, greedily from left to right, each token seeing the label given to the one before it
 * (a maximum-entropy Markov model).
 *
 * <p>Class scores are one-vs-rest logistic regressions, as LIBLINEAR trains them: each label's probability is its
 * logistic score divided by the sum over labels. A token may only continue a name ("I-X") after a token of the same
 * type. A name's probability is the lowest probability of its tokens' labels. The tagger reads the sentences, tokens
 * and gazetteer matches of a document the rule pipeline annotated, so it costs one linear model per token. It is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * MentionTagger tagger = MentionTagger.of(features, labels, weights);   // trained by org.paperkg.eval.TaggerTrainer
 * for (MentionTagger.Name n : tagger.tag(RuleExtractor.pipeline(gazetteer).run(title, abstractText))) {
 *     System.out.println(n.surface() + " " + n.type() + " " + n.probability());
 * }
 * }</pre>
 */
public final class MentionTagger {
    private final TokenFeatures features;
    private final MentionLabel[] classes;
    private final double[] weights;

    private MentionTagger(TokenFeatures features, MentionLabel[] classes, double[] weights) {
        this.features = features;
        this.classes = classes;
        this.weights = weights;
    }

    /**
     * A tagger with trained weights.
     *
     * @param features the features the weights were trained on
     * @param classes the label of each class, in the order of the weights
     * @param weights the weight of feature index {@code f} (1-based) for class {@code j} at
     *     {@code (f - 1) * classes.size() + j}, LIBLINEAR's layout
     * @throws IllegalArgumentException when the classes repeat a label or lack {@link MentionLabel#O}, when there
     *     are fewer than two, or when the weights do not fit the features and classes or are not finite
     */
    public static MentionTagger of(TokenFeatures features, List<MentionLabel> classes, double[] weights) {
        Objects.requireNonNull(features, "features");
        if (classes.size() < 2 || new HashSet<>(classes).size() != classes.size()
                || !classes.contains(MentionLabel.O)) {
            throw new IllegalArgumentException("classes must be at least two distinct labels including O: " + classes);
        }
        if (weights.length != (long) features.dimension() * classes.size()) {
            throw new IllegalArgumentException("expected " + (long) features.dimension() * classes.size()
                    + " weights, got " + weights.length);
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("a weight is not finite");
            }
        }
        return new MentionTagger(features, classes.toArray(new MentionLabel[0]), weights.clone());
    }

    /**
     * One occurrence of a name the tagger found.
     *
     * @param surface the name as written
     * @param type dataset, model or method
     * @param probability the lowest label probability of its tokens
     * @param sentence index of the sentence
     * @param start offset of the first character in the sentence
     * @param end offset just past the last character in the sentence
     */
    public record Name(String surface, EntityType type, double probability, int sentence, int start, int end) {
        public Name {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(type, "type");
        }
    }

    /** The features this tagger reads. */
    public TokenFeatures features() {
        return features;
    }

    /**
     * Every name occurrence in a document, in text order.
     *
     * @param document a document with sentences, tokens and gazetteer matches
     */
    public List<Name> tag(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<TokenFeatures.Prepared> prepared = features.prepare(document);
        List<Name> out = new ArrayList<>();
        for (int s = 0; s < prepared.size(); s++) {
            TokenFeatures.Prepared p = prepared.get(s);
            double[] probability = new double[p.size()];
            MentionLabel[] labels = decode(p, probability);
            collect(sentences.get(s), p, labels, probability, out);
        }
        return List.copyOf(out);
    }

    /** The labels of one sentence's tokens, greedily from left to right. */
    public List<MentionLabel> labels(TokenFeatures.Prepared sentence) {
        return List.of(decode(sentence, new double[sentence.size()]));
    }

    /**
     * One name per distinct normalised name ({@link org.paperkg.model.PaperKey#normalize(String)}): the occurrence
     * with the highest probability, in order of first occurrence.
     */
    public static List<Name> strongest(List<Name> names) {
        Map<String, Name> best = new LinkedHashMap<>();
        for (Name n : names) {
            String k = Keys.of(n.surface());
            if (!k.isEmpty()) {
                best.merge(k, n, (a, b) -> b.probability() > a.probability() ? b : a);
            }
        }
        return List.copyOf(best.values());
    }

    private MentionLabel[] decode(TokenFeatures.Prepared p, double[] probability) {
        int k = classes.length;
        MentionLabel[] out = new MentionLabel[p.size()];
        double[] score = new double[k];
        MentionLabel previous = MentionLabel.O;
        for (int i = 0; i < p.size(); i++) {
            Arrays.fill(score, 0);
            add(features.observedIndices(p, i), score);
            add(features.transitionIndices(p, i, previous), score);
            double sum = 0;
            for (int j = 0; j < k; j++) {
                score[j] = 1 / (1 + Math.exp(-score[j]));
                sum += score[j];
            }
            int best = -1;
            for (int j = 0; j < k; j++) {
                if (classes[j].mayFollow(previous) && (best < 0 || score[j] > score[best])) {
                    best = j;
                }
            }
            out[i] = classes[best];
            probability[i] = score[best] / sum;
            previous = out[i];
        }
        return out;
    }

    private void add(int[] indices, double[] score) {
        int k = classes.length;
        for (int f : indices) {
            int base = (f - 1) * k;
            for (int j = 0; j < k; j++) {
                score[j] += weights[base + j];
            }
        }
    }

    private static void collect(Sentence sentence, TokenFeatures.Prepared p, MentionLabel[] labels,
            double[] probability, List<Name> out) {
        List<Token> tokens = p.tokens();
        int i = 0;
        while (i < labels.length) {
            if (!labels[i].begins()) {
                i++;
                continue;
            }
            int end = i + 1;
            double min = probability[i];
            while (end < labels.length && labels[end].continues()) {
                min = Math.min(min, probability[end]);
                end++;
            }
            int start = tokens.get(i).start();
            int stop = tokens.get(end - 1).end();
            out.add(new Name(sentence.text().substring(start, stop), labels[i].type().orElseThrow(), min,
                    sentence.index(), start, stop));
            i = end;
        }
    }

    /** The labels of the classes, in the order of the weights. */
    public List<MentionLabel> classes() {
        return List.of(classes);
    }
}
