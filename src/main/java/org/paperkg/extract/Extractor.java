package org.paperkg.extract;

import org.paperkg.model.Extraction;

/**
 * Finds entities, proposed names, code links and comparative claims in one paper's title and abstract.
 *
 * <p>Implementations are thread-safe and hold no per-call state, so one instance serves all worker threads.
 *
 * <pre>{@code
 * Extractor extractor = RuleExtractor.withDefaults();
 * Extraction e = extractor.extract("p1", "Lion: ...", "We show that Lion outperforms Adam on ImageNet.");
 * }</pre>
 */
public interface Extractor {

    /**
     * Extracts everything the annotation guide asks for from one paper.
     *
     * @param id the paper identifier to carry into the result
     * @param title the title
     * @param abstractText the abstract; claim offsets are relative to it
     */
    Extraction extract(String id, String title, String abstractText);
}
