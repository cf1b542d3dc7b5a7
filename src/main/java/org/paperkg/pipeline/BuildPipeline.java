package org.paperkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.update.UpdateRequest;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingester;
import org.paperkg.ingest.ListingHandler;
import org.paperkg.kg.EntityResolver;
import org.paperkg.kg.IriMinter;
import org.paperkg.kg.KgMapper;
import org.paperkg.kg.Provenance;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Rejection;
import org.paperkg.store.GraphLoader;
import org.paperkg.store.GraphStore;

/**
 * Builds the knowledge graph: reads input files, extracts from every listing on all cores, maps the results to
 * RDF and loads each input file as one named graph of the store.
 *
 * <p>The first build of an empty database streams everything through TDB2's bulk loader. Later builds replace the
 * graph of each input file whose content, or the extractor version that read it, changed, each in its own
 * transaction, and skip unchanged files, so re-running a build on the same input changes nothing; an unchanged
 * file that holds another abstract of a paper that a changed file held is loaded again, since consolidation may
 * have taken its claims in favour of the changed file's version. After loading, the papers that share an arXiv
 * identifier become one node ({@link PaperIdentityStep}), labels and titles are consolidated across sources, each
 * paper keeps the claims of its winning abstract ({@link ConsolidationStep}), and the build is recorded in the
 * metadata graph with its counts; a build that stopped before recording (killed, crashed) is consolidated and recorded by the next one.
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
    private static final int CONSOLIDATION_BATCH = 2_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Node DCT_MODIFIED = NodeFactory.createURI(Vocab.DCTERMS_NS + "modified");
    private static final Node VOID_TRIPLES = NodeFactory.createURI(Vocab.VOID_NS + "triples");
    /** The licence of the graph: CC0, as for the arXiv metadata it is built from. */
    static final String LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/";
    /** The dumps {@code paperkg serve} offers at {@code {base}dump/paperkg.EXT}: extension and media type. */
    private static final String[][] DUMPS = {
        {"ttl", "text/turtle"}, {"nt", "application/n-triples"}, {"nq", "application/n-quads"},
        {"trig", "application/trig"}, {"jsonld", "application/ld+json"}, {"rdf", "application/rdf+xml"}};
    /** The SHA-256 of the input file a source graph was loaded from, kept in that graph. */
    static final Node CONTENT_HASH = NodeFactory.createURI(Vocab.NS + "contentHash");
    /** The version of the extractor that last built the dataset. */
    static final Node EXTRACTOR_VERSION = NodeFactory.createURI(Vocab.NS + "extractorVersion");

    private final GraphStore store;
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
            totalBytes += Progress.bytesOf(f);
        }
        boolean bulk = store.isEmpty();
        Map<String, String> known = bulk ? Map.of() : fingerprints();
        Map<Path, String> hashes = new HashMap<>();
        List<Node> replaced = new ArrayList<>();
        for (Path f : files) {
            String hash = contentHash(f);
            hashes.put(f, hash);
            Node graph = iris.sourceGraph(Ingester.sourceName(f));
            String before = known.get(graph.getURI());
            if (before != null && !before.equals(fingerprint(hash, extractorVersion))) {
                replaced.add(graph);
            }
        }
        Set<String> sharing = sharingAPaperWith(replaced);
        ConsolidationStep step = new ConsolidationStep(store, CONSOLIDATION_BATCH, progress);
        Set<Node> dependents = new LinkedHashSet<>();
        replaced.forEach(graph -> dependents.addAll(step.dependents(graph)));
        PaperIdentityStep identity = new PaperIdentityStep(store, iris, CONSOLIDATION_BATCH, progress);
        PaperIdentityStep.Seeds replacedEvidence = identity.evidenceIn(replaced);
        boolean unfinished = !bulk && previousBuildUnfinished();
        Instant now = clock.instant();
        KgMapper mapper = new KgMapper(iris, resolver, new Provenance(extractorVersion, now));
        Counts counts = new Counts(totalBytes);
        int loaded = 0;
        int unchanged = 0;
        List<Node> loadedGraphs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
        progress.say(String.format("Building %s from %d file(s)%s", store.location(), files.size(),
                bulk ? " (bulk load into an empty database)" : ""));
        GraphLoader loader = store.loader(bulk, (fmt, args) -> { });
        try {
            for (Path file : files) {
                String source = Ingester.sourceName(file);
                String hash = hashes.get(file);
                Node graph = iris.sourceGraph(source);
                boolean same = fingerprint(hash, extractorVersion).equals(known.get(graph.getURI()));
                if (same && !sharing.contains(graph.getURI())) {
                    unchanged++;
                    counts.bytes += Progress.bytesOf(file);
                    progress.say("  unchanged, skipped: " + source);
                    continue;
                }
                progress.say(same ? "  loading again, it shares a paper with a changed source: " + source
                        : "  loading " + source);
                loader.replace(graph, out -> {
                    describeSource(out, graph, source, hash, extractorVersion, now);
                    loadFile(file, mapper, graph, out, pool, counts);
                });
                loadedGraphs.add(graph);
                counts.bytes += Progress.bytesOf(file);
                loaded++;
            }
            if (bulk && loaded > 0) {
                progress.say(String.format(Locale.ROOT, "  %,d listings read in %s; building indexes", counts.listings,
                        Progress.duration(progress.elapsedSeconds())));
            }
        } finally {
            long t0 = System.nanoTime();
            loader.close();
            counts.loadNanos += System.nanoTime() - t0;
            pool.shutdownNow();
        }
        long t1 = System.nanoTime();
        boolean changed = loaded > 0 || unfinished;
        if (unfinished) {
            progress.say("  the previous build did not finish: consolidating and recording it now");
        }
        if (changed) {
            dependents.addAll(bulk || unfinished ? identity.run()
                    : identity.run(replacedEvidence.and(identity.evidenceIn(loadedGraphs))));
            progress.say("  consolidating entity labels and paper titles across sources");
            int rewritten = bulk ? step.run()
                    : unfinished ? step.runAfterInterruptedBuild(dependents) : step.run(loadedGraphs, dependents);
            progress.say(String.format(Locale.ROOT, "  %,d entities and papers given one label", rewritten));
        }
        long t2 = System.nanoTime();
        if (changed || !hasStatistics()) {
            progress.say("  precomputing counts and rankings for the aggregate queries");
            new StatisticsStep(store, iris, StatisticsStep.DEFAULT_RANKED).run();
        }
        GraphCounts counted = GraphCounts.of(store, iris);
        long metaBefore = metaTriples();
        GraphCounts data = new GraphCounts(counted.papers(), counted.entities(), counted.claims(),
                counted.triples() - metaBefore);
        if (changed) {
            recordBuild(data, now);
        }
        GraphCounts g = new GraphCounts(data.papers(), data.entities(), data.claims(), data.triples() + metaTriples());
        long t3 = System.nanoTime();
        StageTimes stages = new StageTimes(counts.readNanos / 1e9, counts.extractNanos.sum() / 1e9,
                counts.mapNanos / 1e9, counts.loadNanos / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, threads);
        return new BuildSummary(loaded, unchanged, counts.listings, counts.rejections, g.papers(), g.entities(),
                g.claims(), g.triples(), bulk, progress.elapsedSeconds(), stages);
    }

    /**
     * Records this build in the metadata graph: the dataset's current state (when it was modified, by which
     * extractor, under which base IRI, how many triples the source graphs hold) and a dated version that keeps its
     * counts, linked with {@code dcterms:isVersionOf}, so the history of builds stays visible.
     */
    private void recordBuild(GraphCounts g, Instant now) {
        Node meta = iris.metaGraph();
        Node dataset = NodeFactory.createURI(iris.base());
        Node version = NodeFactory.createURI(iris.base() + "build/" + now);
        Node modified = NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime);
        Node triples = integer(g.triples());
        QuadDataAcc data = new QuadDataAcc();
        data.setGraph(meta);
        data.addTriple(Triple.create(dataset, Vocab.RDF_TYPE, uri(Vocab.VOID_NS + "Dataset")));
        data.addTriple(Triple.create(dataset, Vocab.RDF_TYPE, uri(Vocab.DCAT_NS + "Dataset")));
        data.addTriple(Triple.create(dataset, uri(Vocab.DCTERMS_NS + "title"),
                NodeFactory.createLiteralString("paperkg knowledge graph of machine-learning papers")));
        data.addTriple(Triple.create(dataset, DCT_MODIFIED, modified));
        data.addTriple(Triple.create(dataset, VOID_TRIPLES, triples));
        data.addTriple(Triple.create(dataset, uri(Vocab.VOID_NS + "uriSpace"), NodeFactory.createLiteralString(iris.base())));
        data.addTriple(Triple.create(dataset, EXTRACTOR_VERSION, NodeFactory.createLiteralString(extractorVersion)));
        describeAccess(data, dataset);
        data.addTriple(Triple.create(dataset, uri(Vocab.DCAT_NS + "hasCurrentVersion"), version));
        data.addTriple(Triple.create(version, Vocab.RDF_TYPE, uri(Vocab.DCAT_NS + "Dataset")));
        data.addTriple(Triple.create(version, uri(Vocab.DCTERMS_NS + "isVersionOf"), dataset));
        data.addTriple(Triple.create(version, DCT_MODIFIED, modified));
        data.addTriple(Triple.create(version, VOID_TRIPLES, triples));
        data.addTriple(Triple.create(version, EXTRACTOR_VERSION, NodeFactory.createLiteralString(extractorVersion)));
        partition(data, version, Vocab.PAPER, g.papers());
        partition(data, version, Vocab.CLAIM, g.claims());
        for (EntityType t : EntityType.values()) {
            partition(data, version, uri(Vocab.NS + t.className()), g.entities().getOrDefault(t, 0L));
        }
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDeleteWhere(new QuadAcc(List.of(new Quad(meta, dataset, Var.alloc("p"), Var.alloc("o"))))));
        request.add(new UpdateDataInsert(data));
        store.update(request);
    }

    /**
     * The VoID/DCAT access description of the dataset, kept in the graph so that every export carries it: the
     * licence, the SPARQL endpoint and the dumps that {@code paperkg serve} offers under the base IRI.
     */
    private void describeAccess(QuadDataAcc data, Node dataset) {
        data.addTriple(Triple.create(dataset, uri(Vocab.DCTERMS_NS + "license"), uri(LICENSE)));
        data.addTriple(Triple.create(dataset, uri(Vocab.VOID_NS + "sparqlEndpoint"), uri(iris.base() + "kg/sparql")));
        for (String[] dump : DUMPS) {
            Node file = uri(iris.base() + "dump/paperkg." + dump[0]);
            data.addTriple(Triple.create(dataset, uri(Vocab.VOID_NS + "dataDump"), file));
            data.addTriple(Triple.create(dataset, uri(Vocab.DCAT_NS + "distribution"), file));
            data.addTriple(Triple.create(file, Vocab.RDF_TYPE, uri(Vocab.DCAT_NS + "Distribution")));
            data.addTriple(Triple.create(file, uri(Vocab.DCAT_NS + "mediaType"), NodeFactory.createLiteralString(dump[1])));
        }
    }

    /** A VoID class partition of a version: how many instances of a class it holds. */
    private static void partition(QuadDataAcc data, Node version, Node cls, long count) {
        Node part = NodeFactory.createURI(version.getURI() + "/" + cls.getLocalName());
        data.addTriple(Triple.create(version, uri(Vocab.VOID_NS + "classPartition"), part));
        data.addTriple(Triple.create(part, uri(Vocab.VOID_NS + "class"), cls));
        data.addTriple(Triple.create(part, uri(Vocab.VOID_NS + "entities"), integer(count)));
    }

    private void loadFile(Path file, KgMapper mapper, Node graph, StreamRDF out, ExecutorService pool, Counts counts) {
        ArrayDeque<CompletableFuture<Extracted>> window = new ArrayDeque<>();
        List<Listing> batch = new ArrayList<>(BATCH);
        long[] inHandler = {0};
        long start = cpuNanos();
        ingester.read(file, new ListingHandler() {
            @Override
            public void accept(Listing listing) {
                long t0 = cpuNanos();
                batch.add(listing);
                if (batch.size() == BATCH) {
                    submit(List.copyOf(batch));
                    batch.clear();
                }
                inHandler[0] += cpuNanos() - t0;
            }

            @Override
            public void reject(Rejection rejection) {
                rejected(rejection, counts);
            }

            private void submit(List<Listing> listings) {
                window.add(CompletableFuture.supplyAsync(() -> extractAll(listings, counts), pool));
                while (window.size() > threads * 4) {
                    mapAll(window.poll().join(), mapper, graph, out, counts);
                }
            }
        });
        counts.readNanos += cpuNanos() - start - inHandler[0];
        if (!batch.isEmpty()) {
            window.add(CompletableFuture.supplyAsync(() -> extractAll(List.copyOf(batch), counts), pool));
        }
        while (!window.isEmpty()) {
            mapAll(window.poll().join(), mapper, graph, out, counts);
        }
    }

    /** Counts and reports a record that is left out: unreadable, or its extraction failed. */
    private void rejected(Rejection rejection, Counts counts) {
        counts.rejections.add(rejection);
        progress.say("  rejected " + rejection);
    }

    private void mapAll(Extracted done, KgMapper mapper, Node graph, StreamRDF out, Counts counts) {
        done.failed().forEach(failed -> rejected(failed, counts));
        long t0 = cpuNanos();
        CollectorStreamQuads buffer = new CollectorStreamQuads();
        for (Mapped m : done.mapped()) {
            mapper.map(m.listing(), m.extraction(), graph, buffer);
            counts.listings++;
        }
        counts.mapNanos += cpuNanos() - t0;
        long t1 = System.nanoTime();
        buffer.getCollected().forEach(out::quad);
        counts.loadNanos += System.nanoTime() - t1;
        progress.tick(counts.bytes, counts.totalBytes, counts.listings);
    }

    /**
     * Extracts a batch on a worker thread. A listing whose extraction fails is rejected with the failure, naming
     * its file and record, and costs nothing else: the rest of the batch and of the file are built.
     */
    private Extracted extractAll(List<Listing> listings, Counts counts) {
        long t0 = cpuNanos();
        List<Mapped> out = new ArrayList<>(listings.size());
        List<Rejection> failed = new ArrayList<>();
        for (Listing l : listings) {
            String id = l.metadata().id().orElseGet(() -> PaperKey.ofTitle(l.title()));
            try {
                out.add(new Mapped(l, extractor.extract(id, l.title(), l.abstractText())));
            } catch (RuntimeException e) {
                failed.add(new Rejection(l.source(), l.record(), "extraction failed (" + extractorVersion + "): " + e));
            }
        }
        counts.extractNanos.add(cpuNanos() - t0);
        return new Extracted(out, failed);
    }

    private static void describeSource(StreamRDF out, Node graph, String source, String hash, String version,
                                       Instant now) {
        out.triple(Triple.create(graph, Vocab.RDF_TYPE, NodeFactory.createURI(Vocab.VOID_NS + "Dataset")));
        out.triple(Triple.create(graph, NodeFactory.createURI(Vocab.DCTERMS_NS + "source"), NodeFactory.createLiteralString(source)));
        out.triple(Triple.create(graph, CONTENT_HASH, NodeFactory.createLiteralString(hash)));
        out.triple(Triple.create(graph, EXTRACTOR_VERSION, NodeFactory.createLiteralString(version)));
        out.triple(Triple.create(graph, NodeFactory.createURI(Vocab.DCTERMS_NS + "modified"),
                NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime)));
    }

    /**
     * The graphs of unchanged input files that hold another abstract version of a paper that a replaced graph holds.
     * Consolidation may have taken claims out of them in favour of the replaced graph's version
     * ({@link ConsolidationStep}), which only loading them again can give back.
     */
    private Set<String> sharingAPaperWith(List<Node> replaced) {
        Set<String> out = new HashSet<>();
        String has = Vocab.HAS_ABSTRACT.getURI();
        for (Node graph : replaced) {
            store.select("SELECT DISTINCT ?g WHERE { GRAPH <" + graph.getURI() + "> { ?p <" + has + "> ?v } GRAPH ?g { ?p <"
                    + has + "> ?w } FILTER(?g != <" + graph.getURI() + "> && ?w != ?v) }",
                    row -> out.add(row.getResource("g").getURI()));
        }
        return out;
    }

    /**
     * The fingerprint of each loaded source graph: its file's content hash and the version of the extractor that
     * read it, so that a new extractor reads unchanged files again instead of leaving the old rules' output.
     */
    private Map<String, String> fingerprints() {
        Map<String, String> out = new HashMap<>();
        String q = "SELECT ?g ?h ?v WHERE { GRAPH ?g { ?g <" + CONTENT_HASH.getURI() + "> ?h OPTIONAL { ?g <"
                + EXTRACTOR_VERSION.getURI() + "> ?v } } }";
        store.select(q, row -> out.put(row.getResource("g").getURI(), fingerprint(row.getLiteral("h").getLexicalForm(),
                row.contains("v") ? row.getLiteral("v").getLexicalForm() : "")));
        return out;
    }

    private static String fingerprint(String contentHash, String extractorVersion) {
        return contentHash + " " + extractorVersion;
    }

    /**
     * Whether a source graph was loaded after the last recorded build, that is whether the build that loaded it
     * stopped before consolidating and recording (the build record is written last).
     */
    private boolean previousBuildUnfinished() {
        String q = "SELECT ?g WHERE { GRAPH ?g { ?g <" + CONTENT_HASH.getURI() + "> ?h ; <" + DCT_MODIFIED.getURI() + "> ?t } "
                + "FILTER NOT EXISTS { GRAPH <" + iris.metaGraph().getURI() + "> { <" + iris.base() + "> <"
                + DCT_MODIFIED.getURI() + "> ?m FILTER(?m >= ?t) } } } LIMIT 1";
        boolean[] found = {false};
        store.select(q, row -> found[0] = true);
        return found[0];
    }

    /** Whether the store holds statistics of the current format (a database built by an older version does not). */
    private boolean hasStatistics() {
        return StatisticsStep.isCurrent(store, iris);
    }

    /** Triples in the metadata and statistics graphs, which the union's triple count includes. */
    private long metaTriples() {
        long[] n = {0};
        for (Node g : List.of(iris.metaGraph(), iris.statisticsGraph())) {
            store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g.getURI() + "> { ?s ?p ?o } }",
                    row -> n[0] += row.getLiteral("n").getLong());
        }
        return n[0];
    }

    /** CPU time of the current thread, so that stage times stay meaningful on a machine shared with others. */
    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
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

    /** A batch after extraction: the listings extracted and those whose extraction failed. */
    private record Extracted(List<Mapped> mapped, List<Rejection> failed) {
    }

    /** What the main thread counts during a build; {@link #extractNanos} is added to by the workers. */
    private static final class Counts {
        final long totalBytes;
        long bytes;
        long listings;
        long readNanos;
        long mapNanos;
        long loadNanos;
        final LongAdder extractNanos = new LongAdder();
        final List<Rejection> rejections = new ArrayList<>();

        Counts(long totalBytes) {
            this.totalBytes = totalBytes;
        }
    }

    /** Builds a {@link BuildPipeline}. */
    public static final class Builder {
        private GraphStore store;
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

        /** The store to build into: the local TDB2 database or a remote SPARQL store. Required. */
        public Builder store(GraphStore store) {
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
