package org.paperkg.kg;

/**
 * The query text that reads how many instances of each class the last build counted: its VoID class partitions of
 * the dataset, leaving out those of the dated versions of earlier builds (which are {@code dcterms:isVersionOf} the
 * dataset). Every reader of the counts uses it (the page data, the VoID description, and the graph-summary canned
 * query, whose text contains {@link #PATTERN}), so that they stay in step.
 *
 * <pre>{@code
 * Query q = GraphReader.parse(ClassPartitions.QUERY);   // rows ?class ?instances
 * }</pre>
 */
public final class ClassPartitions {
    /**
     * The graph pattern, with the {@code void:} and {@code dcterms:} prefixes of {@link Vocab#PREFIXES}, over the union
     * of the named graphs: binds {@code ?class} and {@code ?instances} (and {@code ?dataset}, {@code ?partition}).
     */
    public static final String PATTERN = "?dataset void:classPartition ?partition . "
            + "?partition void:class ?class ; void:entities ?instances . "
            + "FILTER NOT EXISTS { ?dataset dcterms:isVersionOf ?whole }";

    /** A SELECT of {@link #PATTERN}: one row per counted class, {@code ?class ?instances}. */
    public static final String QUERY = "SELECT ?class ?instances WHERE { " + PATTERN + " }";

    private ClassPartitions() {
    }
}
