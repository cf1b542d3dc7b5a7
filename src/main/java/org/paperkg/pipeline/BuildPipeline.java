package org.paperkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingester;
import org.paperkg.ingest.ListingHandler;
import org.paperkg.kg.EntityResolver;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.KgMapper;
import org.paperkg.kg.LabelConsolidator;
import org.paperkg.kg.Provenance;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Rejection;
import org.paperkg.store.GraphLoader;
import org.paperkg.store.KgStore;

/**
 * Builds the knowledge graph: reads input files, extracts from every listing on all cores, maps the results to
 * RDF and loads each input file as one named graph of the store.
 *
 * <p>The first build of an empty database streams everything through TDB2's bulk loader. Later builds replace the
 * graph of each input file whose content changed, each in its own transaction, and skip unchanged files, so
 * re-running a build on the same input changes nothing.
 *
 * <pre>{@code
 * BuildSummary s = BuildPipeline.builder()
 *         .store(store)
 *         .extractor(RuleExtractor.withDefaults())
 *         .build()
 *         .run(List.of(Path.of("data/daily-papers")));
 * }</pre>
 */
public final class BuildPipeline {
    private static final int BATCH = 64;
    /** The SHA-256 of the input file a source graph was loaded from, kept in that graph. */
    static final Node CONTENT_HASH = NodeFactory.createURI(Vocab.NS + "contentHash");
    /** The version of the extractor that last built the dataset. */
    static final Node EXTRACTOR_VERSION = NodeFactory.createURI(Vocab.NS + "extractorVersion");

    private final KgStore store;
    private final Extractor extractor;
    private final String extractorVersion;
    private final IriMinter iris;
    private final EntityResolver resolver;
    private final Ingester ingester;
    private final int threads;
    private final Clock clock;
    private final Progress progress;

    private BuildPipeline(Builder b) {
        this.store = b.store;
        this.extractor = b.extractor;
        this.extractorVersion = b.extractorVersion;
        this.iris = b.iris;
        this.resolver = b.resolver;
        this.ingester = b.ingester;
        this.threads = b.threads;
        this.clock = b.clock;
        this.progress = b.progress;
    }

    /** A builder; {@code store} and {@code extractor} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds or updates the graph from files and folders.
     *
     * @throws IllegalArgumentException when an input does not exist
     */
    public BuildSummary run(List<Path> inputs) {
        List<Path> files = Ingester.expand(inputs);
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += size(f);
        }
        boolean bulk = store.isEmpty();
        Map<String, String> known = bulk ? Map.of() : fingerprints();
        Instant now = clock.instant();
        KgMapper mapper = new KgMapper(iris, resolver, new Provenance(extractorVersion, now));
        Counts counts = new Counts(totalBytes);
        int loaded = 0;
        int unchanged = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
        progress.say(String.format("Building %s from %d file(s)%s", store.location(), files.size(),
                bulk ? " (bulk load into an empty database)" : ""));
        try (GraphLoader loader = store.loader(bulk, (fmt, args) -> { })) {
            for (Path file : files) {
                String source = Ingester.sourceName(file);
                String hash = contentHash(file);
                Node graph = iris.sourceGraph(source);
                if (hash.equals(known.get(graph.getURI()))) {
                    unchanged++;
                    counts.bytes += size(file);
                    progress.say("  unchanged, skipped: " + source);
                    continue;
                }
                progress.say("  reading " + source);
                loader.replace(graph, out -> {
                    describeSource(out, graph, source, hash, now);
                    loadFile(file, mapper, graph, out, pool, counts);
                });
                counts.bytes += size(file);
                loaded++;
            }
        } finally {
            pool.shutdownNow();
        }
        if (loaded > 0) {
            progress.say("  consolidating entity labels across papers");
            store.write(() -> LabelConsolidator.consolidate(store.datasetGraph()));
        }
        BuildSummary summary = summarize(loaded, unchanged, counts, bulk);
        if (loaded > 0) {
            recordBuild(summary, now);
        }
        return summary;
    }

    /**
     * Replaces the metadata graph's description of the dataset with the state after this build: when it was
     * modified, by which extractor, under which base IRI, and how much it holds.
     */
    private void recordBuild(BuildSummary s, Instant now) {
        Node meta = iris.metaGraph();
        Node dataset = NodeFactory.createURI(iris.base());
        try (GraphLoader loader = store.loader(false, (fmt, args) -> { })) {
            loader.replace(meta, out -> {
                out.triple(Triple.create(dataset, Vocab.RDF_TYPE, NodeFactory.createURI(Vocab.VOID_NS + "Dataset")));
                out.triple(Triple.create(dataset, Vocab.RDF_TYPE, NodeFactory.createURI(Vocab.DCAT_NS + "Dataset")));
                out.triple(Triple.create(dataset, NodeFactory.createURI(Vocab.DCTERMS_NS + "title"),
                        NodeFactory.createLiteralString("paperkg knowledge graph of machine-learning papers")));
                out.triple(Triple.create(dataset, NodeFactory.createURI(Vocab.DCTERMS_NS + "modified"),
                        NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime)));
                out.triple(Triple.create(dataset, NodeFactory.createURI(Vocab.VOID_NS + "triples"),
                        NodeFactory.createLiteralDT(Long.toString(s.triples()), XSDDatatype.XSDinteger)));
                out.triple(Triple.create(dataset, NodeFactory.createURI(Vocab.VOID_NS + "uriSpace"),
                        NodeFactory.createLiteralString(iris.base())));
                out.triple(Triple.create(dataset, EXTRACTOR_VERSION, NodeFactory.createLiteralString(extractorVersion)));
            });
        }
    }

    private void loadFile(Path file, KgMapper mapper, Node graph, StreamRDF out, ExecutorService pool, Counts counts) {
        ArrayDeque<CompletableFuture<List<Mapped>>> window = new ArrayDeque<>();
        List<Listing> batch = new ArrayList<>(BATCH);
        ingester.read(file, new ListingHandler() {
            @Override
            public void accept(Listing listing) {
                batch.add(listing);
                if (batch.size() == BATCH) {
                    submit(List.copyOf(batch));
                    batch.clear();
                }
            }

            @Override
            public void reject(Rejection rejection) {
                counts.rejections.add(rejection);
                progress.say("  rejected " + rejection);
            }

            private void submit(List<Listing> listings) {
                window.add(CompletableFuture.supplyAsync(() -> extractAll(listings), pool));
                while (window.size() > threads * 4) {
                    drain(window.poll().join());
                }
            }

            private void drain(List<Mapped> done) {
                mapAll(done, mapper, graph, out, counts);
            }
        });
        if (!batch.isEmpty()) {
            window.add(CompletableFuture.supplyAsync(() -> extractAll(List.copyOf(batch)), pool));
        }
        while (!window.isEmpty()) {
            mapAll(window.poll().join(), mapper, graph, out, counts);
        }
    }

    private void mapAll(List<Mapped> done, KgMapper mapper, Node graph, StreamRDF out, Counts counts) {
        for (Mapped m : done) {
            mapper.map(m.listing(), m.extraction(), graph, out);
            counts.listings++;
        }
        progress.tick(counts.bytes, counts.totalBytes, counts.listings);
    }

    private List<Mapped> extractAll(List<Listing> listings) {
        List<Mapped> out = new ArrayList<>(listings.size());
        for (Listing l : listings) {
            String id = l.metadata().id().orElseGet(() -> PaperKey.ofTitle(l.title()));
            out.add(new Mapped(l, extractor.extract(id, l.title(), l.abstractText())));
        }
        return out;
    }

    private static void describeSource(StreamRDF out, Node graph, String source, String hash, Instant now) {
        out.triple(Triple.create(graph, Vocab.RDF_TYPE, NodeFactory.createURI(Vocab.VOID_NS + "Dataset")));
        out.triple(Triple.create(graph, NodeFactory.createURI(Vocab.DCTERMS_NS + "source"), NodeFactory.createLiteralString(source)));
        out.triple(Triple.create(graph, CONTENT_HASH, NodeFactory.createLiteralString(hash)));
        out.triple(Triple.create(graph, NodeFactory.createURI(Vocab.DCTERMS_NS + "modified"),
                NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime)));
    }

    private Map<String, String> fingerprints() {
        Map<String, String> out = new HashMap<>();
        String q = "SELECT ?g ?h WHERE { GRAPH ?g { ?g <" + CONTENT_HASH.getURI() + "> ?h } }";
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.put(s.getResource("g").getURI(), s.getLiteral("h").getLexicalForm());
                }
            }
            return out;
        });
        return out;
    }

    private BuildSummary summarize(int loaded, int unchanged, Counts counts, boolean bulk) {
        GraphCounts g = GraphCounts.of(store);
        return new BuildSummary(loaded, unchanged, counts.listings, counts.rejections, g.papers(), g.entities(),
                g.claims(), g.triples(), bulk, progress.elapsedSeconds());
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String contentHash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Mapped(Listing listing, Extraction extraction) {
    }

    private static final class Counts {
        final long totalBytes;
        long bytes;
        long listings;
        final List<Rejection> rejections = new ArrayList<>();

        Counts(long totalBytes) {
            this.totalBytes = totalBytes;
        }
    }

    /** Builds a {@link BuildPipeline}. */
    public static final class Builder {
        private KgStore store;
        private Extractor extractor;
        private String extractorVersion = "unknown";
        private IriMinter iris = IriMinter.defaultBase();
        private EntityResolver resolver = EntityResolver.identity();
        private Ingester ingester = Ingester.detecting();
        private int threads = Runtime.getRuntime().availableProcessors();
        private Clock clock = Clock.systemUTC();
        private Progress progress = Progress.silent();

        private Builder() {
        }

        /** The store to build into. Required. */
        public Builder store(KgStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The extractor, and its version for provenance. Required. */
        public Builder extractor(Extractor extractor, String version) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            this.extractorVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Mints IRIs under a base; default {@link IriMinter#defaultBase()}. */
        public Builder iris(IriMinter iris) {
            this.iris = Objects.requireNonNull(iris, "iris");
            return this;
        }

        /** Resolves surface names to entities; default {@link EntityResolver#identity()}. */
        public Builder resolver(EntityResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** Reads input files; default detects each file's format. */
        public Builder ingester(Ingester ingester) {
            this.ingester = Objects.requireNonNull(ingester, "ingester");
            return this;
        }

        /** Extraction threads; default one per core. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The clock for build timestamps; default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where progress goes; default nowhere. */
        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @throws IllegalStateException when the store or extractor is missing
         */
        public BuildPipeline build() {
            if (store == null) {
                throw new IllegalStateException("no store");
            }
            if (extractor == null) {
                throw new IllegalStateException("no extractor");
            }
            return new BuildPipeline(this);
        }
    }
}
