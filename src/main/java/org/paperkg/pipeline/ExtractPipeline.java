package org.paperkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingester;
import org.paperkg.ingest.ListingHandler;
import org.paperkg.ingest.ListingSource;
import org.paperkg.kg.KgMapper.VersionRank;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Rejection;

/**
 * Extracts from input files without a database, streaming: one {@link Extraction} per distinct paper, handed to
 * the sink in input order while later records are still being read and extracted.
 *
 * <p>Listings of the same paper (same normalised title, or same arXiv identifier whatever the titles, as in a build)
 * are one paper, extracted once from its winning listing:
 * the first listing, in input order, of the abstract version that wins by {@link VersionRank} (the longest text),
 * so that {@code extract} and {@code build} state the same claims for a paper. Its extraction comes at that
 * listing's position in the input. The paper's id is the winning listing's own id when it has one, else the paper
 * key.
 *
 * <p>A run reads the inputs twice. The first pass only reads, to find each paper's winning listing; it keeps a
 * small entry per distinct paper and per arXiv identifier while it reads and afterwards only those of papers listed
 * more than once. The second pass hands batches of listings to the extraction threads and writes the results in order, holding at
 * most {@link #maxInFlight()} listings and extractions at a time, whatever the size of the corpus. A record that
 * cannot be read or whose extraction throws is rejected alone, named by file and record; its neighbours are
 * extracted.
 *
 * <pre>{@code
 * ExtractPipeline.Result r = new ExtractPipeline(Pipelines.extractor(), Ingester.detecting(), 2)
 *         .run(List.of(Path.of("papers.jsonl")), extraction -> System.out.println(extraction.title()));
 * }</pre>
 */
public final class ExtractPipeline {
    /** Listings extracted by one task on one thread. */
    static final int BATCH = 64;
    /** Batches queued or running per extraction thread. */
    private static final int BATCHES_PER_THREAD = 4;

    private final Extractor extractor;
    private final ListingSource source;
    private final int threads;
    private final Progress progress;

    /**
     * A silent pipeline.
     *
     * @param extractor the extractor
     * @param source reads the files, e.g. {@link Ingester#detecting()}
     * @param threads extraction threads
     */
    public ExtractPipeline(Extractor extractor, ListingSource source, int threads) {
        this(extractor, source, threads, Progress.silent());
    }

    /**
     * A pipeline that reports its progress (listings, rate, time left).
     *
     * @param extractor the extractor
     * @param source reads the files, e.g. {@link Ingester#detecting()}
     * @param threads extraction threads
     * @param progress where progress goes
     */
    public ExtractPipeline(Extractor extractor, ListingSource source, int threads, Progress progress) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.source = Objects.requireNonNull(source, "source");
        this.progress = Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /**
     * The most listings a run holds at once, read but not yet handed to the sink: the batches queued for or running
     * on the extraction threads, and the batch being filled.
     */
    public int maxInFlight() {
        return (threads * BATCHES_PER_THREAD + 1) * BATCH;
    }

    /**
     * What a run read and rejected.
     *
     * @param listings good listings read
     * @param papers distinct papers extracted
     * @param rejections records that could not be read or extracted
     */
    public record Result(long listings, int papers, List<Rejection> rejections) {
        public Result {
            rejections = List.copyOf(rejections);
        }
    }

    /**
     * Reads every input, extracts every distinct paper and hands the extractions to the sink in input order, on
     * the calling thread.
     *
     * @throws IllegalArgumentException when an input does not exist
     */
    public Result run(List<Path> inputs, Consumer<Extraction> sink) {
        Objects.requireNonNull(sink, "sink");
        List<Path> files = Ingester.expand(inputs);
        Winners winners = winners(files);
        long totalBytes = files.stream().mapToLong(Progress::bytesOf).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
        SecondPass pass = new SecondPass(sink, pool, totalBytes);
        try {
            for (int f = 0; f < files.size(); f++) {
                int file = f;
                source.read(files.get(f), new ListingHandler() {
                    @Override
                    public void accept(Listing listing) {
                        pass.listings++;
                        Winner w = winners.of(listing);
                        if (w == null || w.isAt(file, listing.record())) {
                            pass.add(listing);
                        }
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        pass.rejections.add(rejection);
                    }
                });
                pass.bytes += Progress.bytesOf(files.get(f));
            }
            pass.finish();
        } finally {
            pool.shutdownNow();
        }
        return new Result(pass.listings, pass.papers, pass.rejections);
    }

    /**
     * The winning listing of every paper listed more than once, by paper key; the first pass over the inputs.
     * Records it cannot read are left for the second pass to report.
     */
    private Winners winners(List<Path> files) {
        Map<Long, Winner> winners = new HashMap<>();
        Map<Long, Long> titleOfArxivId = new HashMap<>();
        Clusters<Long> joined = new Clusters<>();
        for (int f = 0; f < files.size(); f++) {
            int file = f;
            source.read(files.get(f), new ListingHandler() {
                @Override
                public void accept(Listing listing) {
                    Winner candidate = new Winner(VersionRank.of(listing.abstractText()), file, listing.record(), 1);
                    long key = key(listing);
                    winners.merge(key, candidate, Winner::meet);
                    listing.metadata().arxivId().ifPresent(id -> {
                        Long title = titleOfArxivId.putIfAbsent(PaperKey.hash64(id), key);
                        if (title != null && title != key) {
                            joined.join(title, key);
                        }
                    });
                }

                @Override
                public void reject(Rejection rejection) {
                    // reported once, by the second pass
                }
            });
        }
        titleOfArxivId.clear();
        for (Long key : List.copyOf(joined.joinedUnderOthers())) {
            long root = joined.root(key);
            Winner w = winners.remove(key);
            if (w != null) {
                winners.merge(root, w, Winner::combine);
            }
        }
        winners.values().removeIf(w -> w.listings() == 1);
        return new Winners(winners, joined);
    }

    private static long key(Listing listing) {
        return PaperKey.hash64(PaperKey.normalize(listing.title()));
    }

    /**
     * The winning listings of the papers listed more than once, by the key of the paper's root title, and the title
     * keys joined to another by a shared arXiv identifier.
     */
    private record Winners(Map<Long, Winner> byRoot, Clusters<Long> joined) {
        Winner of(Listing listing) {
            return byRoot.get(joined.root(key(listing)));
        }
    }

    /**
     * The best listing of one paper seen so far and how many listings the paper has.
     *
     * @param rank the rank of the best listing's abstract
     * @param file the index of its file among the inputs
     * @param record its record number in that file
     * @param listings listings of the paper seen
     */
    private record Winner(VersionRank rank, int file, long record, int listings) {
        /** The winner after a later listing of the same paper: the earlier one keeps an equal rank. */
        Winner meet(Winner later) {
            Winner best = later.rank().compareTo(rank) < 0 ? later : this;
            return new Winner(best.rank(), best.file(), best.record(), listings + later.listings());
        }

        /** The winner of two papers joined into one, whichever was seen first: an equal rank goes to the earlier. */
        Winner combine(Winner other) {
            boolean thisFirst = file < other.file() || file == other.file() && record <= other.record();
            return thisFirst ? meet(other) : other.meet(this);
        }

        boolean isAt(int otherFile, long otherRecord) {
            return file == otherFile && record == otherRecord;
        }
    }

    /** The second pass: batches of listings out to the extraction threads, extractions back in input order. */
    private final class SecondPass {
        final Consumer<Extraction> sink;
        final ExecutorService pool;
        final long totalBytes;
        final ArrayDeque<CompletableFuture<List<Outcome>>> window = new ArrayDeque<>();
        final List<Rejection> rejections = new ArrayList<>();
        List<Listing> batch = new ArrayList<>(BATCH);
        long listings;
        long bytes;
        int papers;

        SecondPass(Consumer<Extraction> sink, ExecutorService pool, long totalBytes) {
            this.sink = sink;
            this.pool = pool;
            this.totalBytes = totalBytes;
        }

        void add(Listing listing) {
            batch.add(listing);
            if (batch.size() == BATCH) {
                submit();
                while (window.size() > threads * BATCHES_PER_THREAD) {
                    emit(window.poll().join());
                }
            }
        }

        void finish() {
            if (!batch.isEmpty()) {
                submit();
            }
            while (!window.isEmpty()) {
                emit(window.poll().join());
            }
        }

        private void submit() {
            List<Listing> listings = batch;
            batch = new ArrayList<>(BATCH);
            window.add(CompletableFuture.supplyAsync(() -> listings.stream().map(ExtractPipeline.this::extract).toList(),
                    pool));
        }

        private void emit(List<Outcome> outcomes) {
            for (Outcome o : outcomes) {
                o.extraction().ifPresent(e -> {
                    sink.accept(e);
                    papers++;
                });
                o.failure().ifPresent(rejections::add);
            }
            progress.tick(bytes, totalBytes, listings);
        }
    }

    /** One listing's extraction, or why it failed. */
    private record Outcome(Optional<Extraction> extraction, Optional<Rejection> failure) {
    }

    /** Extracts one listing; a failure becomes a rejection of that record and costs no other. */
    private Outcome extract(Listing listing) {
        String id = listing.metadata().id().orElseGet(() -> PaperKey.ofTitle(listing.title()));
        try {
            return new Outcome(Optional.of(extractor.extract(id, listing.title(), listing.abstractText())),
                    Optional.empty());
        } catch (RuntimeException e) {
            return new Outcome(Optional.empty(),
                    Optional.of(new Rejection(listing.source(), listing.record(), "extraction failed: " + e)));
        }
    }

}
