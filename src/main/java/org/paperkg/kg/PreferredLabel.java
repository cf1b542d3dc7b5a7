package org.paperkg.kg;

import java.util.Collection;
import java.util.Comparator;

/**
 * The rule that picks an entity's preferred label among the surface forms seen for it: a form written with a
 * capital letter over an all-lower-case one (a name over a phrase that merely spells it), then the most specific
 * form, that is the longest (in code points), ties broken by the lexicographically smallest.
 *
 * <p>The rule is order-independent, so a paper mapped alone and the whole graph consolidated later agree: for
 * {"SAM", "Segment Anything Model"} it picks "Segment Anything Model", for {"GPT4", "GPT-4"} it picks "GPT-4", for
 * {"LLMs", "Large Language Models", "large pretrained language models"} it picks "Large Language Models".
 */
public final class PreferredLabel {
    private PreferredLabel() {
    }

    /** Orders labels from most to least preferred. */
    public static final Comparator<String> ORDER = Comparator
            .comparing((String s) -> s.codePoints().noneMatch(Character::isUpperCase))
            .thenComparing(Comparator.comparingInt((String s) -> s.codePointCount(0, s.length())).reversed())
            .thenComparing(Comparator.naturalOrder());

    /**
     * The preferred label among some labels.
     *
     * @throws IllegalArgumentException when there are no labels
     */
    public static String choose(Collection<String> labels) {
        return labels.stream().min(ORDER)
                .orElseThrow(() -> new IllegalArgumentException("no labels to choose from"));
    }
}
