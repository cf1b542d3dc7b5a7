package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.model.EntityType;

/**
 * The gold BIO labels of a document's tokens for training the {@link MentionTagger}, aligned from annotated names.
 *
 * <p>Every occurrence of a name whose tokens ({@link Tokenizer}) appear verbatim and in a row in one sentence is
 * labelled with the name's type; where occurrences overlap, the longer one wins (then the earlier one). A name
 * listed under two types keeps the first type in the order given. A name glued to other characters inside a token
 * ("Transformer" in "Transformer-based") labels nothing.
 *
 * <pre>{@code
 * List<List<MentionLabel>> labels = MentionLabels.of(document.get(Layers.TOKENS),
 *         Map.of(EntityType.DATASET, List.of("ImageNet")));
 * }</pre>
 */
public final class MentionLabels {
    private MentionLabels() {
    }

    /**
     * The labels of each sentence's tokens.
     *
     * @param sentences the tokens of each sentence
     * @param names the names of datasets, models and methods to label, by type; other types are ignored
     */
    public static List<List<MentionLabel>> of(List<List<Token>> sentences, Map<EntityType, List<String>> names) {
        Map<List<String>, EntityType> byTokens = new LinkedHashMap<>();
        for (EntityType type : List.of(EntityType.DATASET, EntityType.MODEL, EntityType.METHOD)) {
            for (String name : names.getOrDefault(type, List.of())) {
                List<String> texts = Tokenizer.tokenize(name).stream().map(Token::text).toList();
                if (!texts.isEmpty()) {
                    byTokens.putIfAbsent(texts, type);
                }
            }
        }
        List<List<MentionLabel>> out = new ArrayList<>(sentences.size());
        for (List<Token> tokens : sentences) {
            out.add(label(tokens, byTokens));
        }
        return List.copyOf(out);
    }

    /** One occurrence of a name: tokens [first, end). */
    private record Span(int first, int end, EntityType type) {
        int length() {
            return end - first;
        }
    }

    private static List<MentionLabel> label(List<Token> tokens, Map<List<String>, EntityType> names) {
        List<Span> spans = new ArrayList<>();
        for (Map.Entry<List<String>, EntityType> name : names.entrySet()) {
            List<String> texts = name.getKey();
            for (int i = 0; i + texts.size() <= tokens.size(); i++) {
                if (matchesAt(tokens, i, texts)) {
                    spans.add(new Span(i, i + texts.size(), name.getValue()));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::first));
        MentionLabel[] labels = new MentionLabel[tokens.size()];
        Arrays.fill(labels, MentionLabel.O);
        for (Span s : spans) {
            if (free(labels, s)) {
                labels[s.first()] = MentionLabel.begin(s.type());
                for (int i = s.first() + 1; i < s.end(); i++) {
                    labels[i] = MentionLabel.inside(s.type());
                }
            }
        }
        return List.of(labels);
    }

    private static boolean matchesAt(List<Token> tokens, int at, List<String> texts) {
        for (int j = 0; j < texts.size(); j++) {
            if (!tokens.get(at + j).text().equals(texts.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(MentionLabel[] labels, Span s) {
        for (int i = s.first(); i < s.end(); i++) {
            if (labels[i] != MentionLabel.O) {
                return false;
            }
        }
        return true;
    }
}
