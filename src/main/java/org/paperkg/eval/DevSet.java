package org.paperkg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperkg.ingest.Ingester;
import org.paperkg.ingest.ListingHandler;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Rejection;

/**
 * A development gold set of {@code data/eval} read together with its input: each gold record paired with the listing
 * it annotates, matched by id, else by normalised title.
 *
 * <pre>{@code
 * for (DevSet.Pair p : DevSet.read(Path.of("data/eval"), "h", "train-models", log)) {
 *     RuleExtractor.Items items = extractor.items(p.listing().title(), p.listing().abstractText());
 * }
 * }</pre>
 *
 * <p>Gold lines that do not parse, rejected input records and gold records without an input are reported on the
 * log, each prefixed with the tool's name and the file, and left out; the rest of the set is read.
 */
public final class DevSet {
    /** A gold record, the listing it annotates and the paper's id (the gold id, else one made from the title). */
    public record Pair(String id, GoldRecord gold, Listing listing) {
    }

    private DevSet() {
    }

    /**
     * The pairs of set {@code set} ({@code dev-SET.jsonl} with {@code dev-SET-input.jsonl}) in the data folder, in
     * gold order.
     *
     * @throws UncheckedIOException when the gold file cannot be read
     */
    public static List<Pair> read(Path data, String set, String tool, PrintWriter log) {
        Path goldFile = data.resolve("dev-" + set + ".jsonl");
        Path inputFile = data.resolve("dev-" + set + "-input.jsonl");
        GoldReader.Result gold;
        try {
            gold = new GoldReader().read(goldFile);
        } catch (IOException e) {
            throw new UncheckedIOException(goldFile + ": " + e.getMessage(), e);
        }
        gold.errors().forEach(e -> log.println(tool + ": " + goldFile + ": skipped " + e));
        Map<String, Listing> byId = new HashMap<>();
        Map<String, Listing> byTitle = new HashMap<>();
        Ingester.detecting().read(inputFile, new ListingHandler() {
            @Override
            public void accept(Listing listing) {
                listing.metadata().id().ifPresent(id -> byId.putIfAbsent(id, listing));
                byTitle.putIfAbsent(PaperKey.normalize(listing.title()), listing);
            }

            @Override
            public void reject(Rejection rejection) {
                log.println(tool + ": " + inputFile + ": skipped " + rejection);
            }
        });
        List<Pair> pairs = new ArrayList<>();
        for (GoldRecord g : gold.records()) {
            Optional<Listing> l = g.id().map(byId::get).or(() -> Optional.ofNullable(
                    byTitle.get(PaperKey.normalize(g.title()))));
            if (l.isEmpty()) {
                log.println(tool + ": " + goldFile + ": no input for gold paper '" + g.title() + "'");
                continue;
            }
            pairs.add(new Pair(g.id().orElseGet(() -> PaperKey.ofTitle(g.title())), g, l.get()));
        }
        return pairs;
    }
}
