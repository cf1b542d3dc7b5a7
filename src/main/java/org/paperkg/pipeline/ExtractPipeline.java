package org.paperkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingester;
import org.paperkg.ingest.ListingHandler;
import org.paperkg.model.Alias;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Rejection;

/**
 * Extracts from input files without a database: one {@link Extraction} per distinct paper, in the order papers
 * first appear.
 *
 * <p>Listings of the same paper (same normalised title) are one paper; when they carry different abstracts, each
 * abstract is extracted and the results are merged. The paper's id is the input's own id when it has one, else
 * the paper key.
 *
 * <pre>{@code
 * ExtractPipeline.Result r = new ExtractPipeline(Pipelines.extractor(), Ingester.detecting(), 2)
 *         .run(List.of(Path.of("papers.jsonl")), extraction -> System.out.println(extraction.title()));
 * }</pre>
 */
public final class ExtractPipeline {
    private final Extractor extractor;
    private final Ingester ingester;
    private final int threads;

    /**
     * @param extractor the extractor
     * @param ingester reads the files
     * @param threads extraction threads
     */
    public ExtractPipeline(Extractor extractor, Ingester ingester, int threads) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /**
     * What a run read and rejected.
     *
     * @param listings good listings read
     * @param papers distinct papers extracted
     * @param rejections records that could not be read
     */
    public record Result(long listings, int papers, List<Rejection> rejections) {
        public Result {
            rejections = List.copyOf(rejections);
        }
    }

    /**
     * Reads every input, extracts every distinct paper and hands the extractions to the sink in input order.
     *
     * @throws IllegalArgumentException when an input does not exist
     */
    public Result run(List<Path> inputs, Consumer<Extraction> sink) {
        Map<String, List<Listing>> papers = new LinkedHashMap<>();
        List<Rejection> rejections = new ArrayList<>();
        long[] listings = {0};
        for (Path file : Ingester.expand(inputs)) {
            ingester.read(file, new ListingHandler() {
                @Override
                public void accept(Listing listing) {
                    listings[0]++;
                    papers.computeIfAbsent(PaperKey.ofTitle(listing.title()), k -> new ArrayList<>()).add(listing);
                }

                @Override
                public void reject(Rejection rejection) {
                    rejections.add(rejection);
                }
            });
        }
        List<Map.Entry<String, List<Listing>>> entries = new ArrayList<>(papers.entrySet());
        ForkJoinPool pool = new ForkJoinPool(threads);
        int extracted = 0;
        try {
            List<Outcome> out = pool.submit(() -> entries.parallelStream()
                    .map(e -> extractPaper(e.getKey(), e.getValue()))
                    .toList()).join();
            for (Outcome o : out) {
                o.extraction().ifPresent(sink);
                o.failure().ifPresent(rejections::add);
                extracted += o.extraction().isPresent() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        return new Result(listings[0], extracted, rejections);
    }

    /** One paper's extraction, or why it failed. */
    private record Outcome(Optional<Extraction> extraction, Optional<Rejection> failure) {
    }

    /**
     * Extracts one paper; a failure becomes a rejection of its first listing (file and record) and costs no other
     * paper.
     */
    private Outcome extractPaper(String key, List<Listing> listings) {
        try {
            return new Outcome(Optional.of(extract(key, listings)), Optional.empty());
        } catch (RuntimeException e) {
            Listing first = listings.get(0);
            return new Outcome(Optional.empty(),
                    Optional.of(new Rejection(first.source(), first.record(), "extraction failed: " + e)));
        }
    }

    private Extraction extract(String key, List<Listing> listings) {
        Listing first = listings.get(0);
        String id = listings.stream().map(l -> l.metadata().id()).filter(Optional::isPresent)
                .map(Optional::get).findFirst().orElse(key);
        Set<String> abstracts = new LinkedHashSet<>();
        listings.forEach(l -> abstracts.add(l.abstractText()));
        List<Extraction> parts = new ArrayList<>();
        for (String a : abstracts) {
            parts.add(extractor.extract(id, first.title(), a));
        }
        return parts.size() == 1 ? parts.get(0) : merge(id, first.title(), parts);
    }

    /** Merges the extractions of several abstracts of one paper: names once each, all claims. */
    static Extraction merge(String id, String title, List<Extraction> parts) {
        Map<EntityType, List<String>> entities = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, unique(parts.stream().flatMap(p -> p.names(t).stream()).toList()));
        }
        List<Claim> claims = new ArrayList<>();
        Set<String> seenClaims = new LinkedHashSet<>();
        for (Extraction p : parts) {
            for (Claim c : p.claims()) {
                if (seenClaims.add(c.relation() + "|" + PaperKey.normalize(c.subject()) + "|" + PaperKey.normalize(c.object()))) {
                    claims.add(c);
                }
            }
        }
        List<Alias> aliases = new ArrayList<>(new LinkedHashSet<>(parts.stream().flatMap(p -> p.aliases().stream()).toList()));
        return new Extraction(id, title, entities,
                unique(parts.stream().flatMap(p -> p.proposed().stream()).toList()),
                new ArrayList<>(new LinkedHashSet<>(parts.stream().flatMap(p -> p.code().stream()).toList())),
                claims, aliases);
    }

    private static List<String> unique(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String n : names) {
            byKey.putIfAbsent(PaperKey.normalize(n), n);
        }
        return new ArrayList<>(byKey.values());
    }
}
