package org.paperkg.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.ingest.Ingester;
import org.paperkg.kg.EntityResolver;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.Vocab;
import org.paperkg.store.GraphStore;

/**
 * The standard assembly of paperkg's stages: the rule extractor with the bundled gazetteer, the gazetteer as
 * entity resolver, and the build pipeline over them.
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("db"))) {
 *     BuildSummary s = Pipelines.build(store, List.of(Path.of("data/daily-papers")), IriMinter.defaultBase(),
 *             Ingester.detecting(), 2, Progress.silent());
 * }
 * }</pre>
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** The standard extractor: rules plus the bundled gazetteer. */
    public static Extractor extractor() {
        return RuleExtractor.withDefaults();
    }

    /** The version of the standard extractor, with its trained models' fingerprint, recorded as provenance. */
    public static String extractorVersion() {
        return RuleExtractor.withDefaults().version();
    }

    /** The standard resolver of names to entities: the bundled gazetteer. */
    public static EntityResolver resolver() {
        return new GazetteerResolver(Gazetteer.bundled());
    }

    /**
     * The base IRI the graph in a store was built under, as its last build recorded it ({@code void:uriSpace}).
     */
    public static Optional<String> recordedBaseIri(GraphStore store) {
        String q = "SELECT ?base WHERE { GRAPH ?g { ?d <" + Vocab.VOID_NS + "uriSpace> ?base } } LIMIT 1";
        List<String> found = new ArrayList<>();
        store.select(q, row -> found.add(row.getLiteral("base").getLexicalForm()));
        return found.stream().findFirst();
    }

    /**
     * Builds or updates the graph in a store from input files and folders with the standard stages.
     *
     * @param store the local database or a remote SPARQL store
     * @param inputs files and folders to read
     * @param iris mints IRIs under the build's base
     * @param ingester reads the files
     * @param threads extraction threads
     * @param progress where progress goes
     */
    public static BuildSummary build(GraphStore store, List<Path> inputs, IriMinter iris, Ingester ingester, int threads,
            Progress progress) {
        return build(store, inputs, iris, ingester, threads, progress, Clock.systemUTC());
    }

    /**
     * Builds or updates the graph like {@link #build(GraphStore, List, IriMinter, Ingester, int, Progress)}, with
     * build timestamps from a given clock (fixed clocks make builds comparable).
     */
    public static BuildSummary build(GraphStore store, List<Path> inputs, IriMinter iris, Ingester ingester, int threads,
            Progress progress, Clock clock) {
        RuleExtractor extractor = RuleExtractor.withDefaults();
        return BuildPipeline.builder()
                .clock(clock)
                .store(store)
                .extractor(extractor, extractor.version())
                .resolver(resolver())
                .iris(iris)
                .ingester(ingester)
                .threads(threads)
                .progress(progress)
                .build()
                .run(inputs);
    }
}
