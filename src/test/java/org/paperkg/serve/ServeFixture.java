package org.paperkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.paperkg.kg.IriMinter;
import org.paperkg.pipeline.StatisticsStep;
import org.paperkg.store.KgStore;

/** The serve tests' fixture graph (src/test/resources/serve/fixture.trig) in an in-memory TDB2 store. */
final class ServeFixture {
    /** The base IRI the fixture's resources are minted under. */
    static final String BASE = "http://127.0.0.1:3030/";

    private ServeFixture() {
    }

    /** A fresh in-memory store holding the fixture. */
    static KgStore store() {
        return store(BASE);
    }

    /** A fresh in-memory store holding the fixture with its IRIs moved under another base IRI. */
    static KgStore store(String base) {
        String trig = text().replace(BASE, base);
        KgStore store = KgStore.inMemory();
        store.write(() -> RDFParser.fromString(trig, Lang.TRIG).parse(store.datasetGraph()));
        return store;
    }

    /** A fresh in-memory store holding the fixture and the statistics a build precomputes for it. */
    static KgStore storeWithStatistics() {
        KgStore store = store(BASE);
        new StatisticsStep(store, IriMinter.defaultBase(), StatisticsStep.DEFAULT_RANKED).run();
        return store;
    }

    private static String text() {
        try (InputStream in = ServeFixture.class.getResourceAsStream("/serve/fixture.trig")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
