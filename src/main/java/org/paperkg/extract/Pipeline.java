package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered, validated list of {@link Stage}s that annotates one document at a time.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build();
 * Document d = p.run("Title", "First sentence. Second sentence.");
 * }</pre>
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** A builder that checks every stage's requirements against the stages before it. */
    public static Builder builder() {
        return new Builder();
    }

    /** The stages in running order. */
    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage over a new document and returns it. */
    public Document run(String title, String abstractText) {
        Document d = new Document(title, abstractText);
        for (Stage s : stages) {
            s.annotate(d);
        }
        return d;
    }

    /** Collects stages in order and validates their declared layers. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Layer<?>> provided = new HashSet<>();

        private Builder() {
        }

        /**
         * Appends a stage.
         *
         * @throws IllegalArgumentException when a required layer is not provided by an earlier stage, or a
         *     provided layer is already provided
         */
        public Builder add(Stage stage) {
            for (Layer<?> l : stage.requires()) {
                if (!provided.contains(l)) {
                    throw new IllegalArgumentException(stage.getClass().getSimpleName() + " requires layer '" + l
                            + "', which no earlier stage provides");
                }
            }
            for (Layer<?> l : stage.provides()) {
                if (!provided.add(l)) {
                    throw new IllegalArgumentException(stage.getClass().getSimpleName() + " provides layer '" + l
                            + "', which an earlier stage already provides");
                }
            }
            stages.add(stage);
            return this;
        }

        /** The pipeline; at least one stage is needed. */
        public Pipeline build() {
            if (stages.isEmpty()) {
                throw new IllegalStateException("a pipeline needs at least one stage");
            }
            return new Pipeline(stages);
        }
    }
}
