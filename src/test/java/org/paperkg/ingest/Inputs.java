package org.paperkg.ingest;

import java.nio.file.Path;
import java.util.List;
import org.paperkg.model.Listing;

/** Reading test inputs through the detecting ingester. */
final class Inputs {
    static final Path SAMPLES = Path.of("src/test/resources/ingest");
    static final Path BAD = SAMPLES.resolve("bad");

    private Inputs() {
    }

    /** Everything the detecting ingester reads from one file. */
    static Collected ingest(Path file) {
        Collected c = new Collected();
        Ingester.detecting().read(file, c);
        return c;
    }

    /** The titles of the listings read, in order. */
    static List<String> titles(Collected c) {
        return c.listings.stream().map(Listing::title).toList();
    }

    /** The rejections read, each as its one-line report. */
    static List<String> reports(Collected c) {
        return c.rejections.stream().map(Object::toString).toList();
    }
}
