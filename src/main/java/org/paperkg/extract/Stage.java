package org.paperkg.extract;

import java.util.Set;

/**
 * One step of the extraction pipeline: reads some layers of a {@link Document} and adds others.
 *
 * <p>Stages declare what they read and write so that a {@link Pipeline} can check their order when it is built.
 * Implementations are immutable and thread-safe.
 */
public interface Stage {

    /** The layers this stage reads; earlier stages must provide them. */
    Set<Layer<?>> requires();

    /** The layers this stage adds. */
    Set<Layer<?>> provides();

    /** Adds this stage's layers to the document. */
    void annotate(Document document);
}
