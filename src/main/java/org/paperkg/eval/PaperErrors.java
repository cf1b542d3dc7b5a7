package org.paperkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor got wrong on one gold paper, for debugging: per field, the core items it missed and the
 * items it predicted that match nothing.
 *
 * <p>Claims are written as {@code "subject relation object"}. Fields without errors are absent from
 * {@link #fields()}.
 *
 * @param id the gold paper's id, when it has one
 * @param title the gold paper's title
 * @param matched whether any prediction was matched to this paper (when not, every core item is missed)
 * @param fields the errors per field
 */
public record PaperErrors(Optional<String> id, String title, boolean matched, Map<Field, FieldErrors> fields) {

    public PaperErrors {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        fields = Collections.unmodifiableMap(fields.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(fields));
    }

    /** Whether nothing was missed and nothing spurious was predicted. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * The errors of one field of one paper.
     *
     * @param missed core gold items (as the annotator wrote them) that were not predicted
     * @param spurious predicted items (as the extractor wrote them) that match no gold item
     */
    public record FieldErrors(List<String> missed, List<String> spurious) {
        public FieldErrors {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }
}
