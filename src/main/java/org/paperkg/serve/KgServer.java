package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.paperkg.export.ExportFormat;
import org.paperkg.query.CannedQueryCatalog;
import org.paperkg.query.QueryRunner;

/**
 * The paperkg HTTP server: an embedded Fuseki serving the knowledge graph read-only at {@code /kg} (SPARQL query
 * endpoint {@code /kg/sparql}), the Fuseki UI, and paperkg's own linked-data routes and web pages.
 *
 * <p>Locked down unless told otherwise: it listens on 127.0.0.1 only; it serves no SPARQL Update and no Graph Store
 * writes (405); it sends no CORS headers; every SPARQL query has a time limit (an error status with a message when
 * exceeded, never an empty result) and a row limit (see {@link RowLimit}). {@link Builder#allowUpdate(Path)} adds
 * SPARQL Update at {@code /kg/update} and the read-write Graph Store Protocol at {@code /kg/data}, both behind HTTP
 * basic authentication against a password file, while reads stay open; {@link Builder#corsOrigin(String)} allows one
 * origin's scripts to read.
 *
 * <p>Routes besides Fuseki's:
 * <ul>
 * <li>{@code /paper/...}, {@code /entity/...}, {@code /claim/...}, {@code /source/...}: the resource whose IRI is the
 * base IRI plus the path, content-negotiated between HTML, Turtle, JSON-LD, N-Triples and RDF/XML, or chosen by a
 * {@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf} suffix;</li>
 * <li>{@code /.well-known/void}: the VoID + DCAT description of the dataset;</li>
 * <li>{@code /dump/paperkg.EXT}: the whole graph in each export format;</li>
 * <li>{@code /queries} and {@code /queries/NAME?param=...}: the canned queries, listed and run (SPARQL results JSON,
 * CSV, TSV, XML or HTML by {@code Accept}; 503 with a message when one runs out of time);</li>
 * <li>{@code /} (home), {@code /search?q=} (full-text search), {@code /sparql} (a SPARQL editor),
 * {@code /api/network?iri=} (the outperforms network as JSON) and {@code /assets/...} (style sheet and scripts).</li>
 * </ul>
 *
 * <p>The dataset must expose the union of its named graphs as its default graph, as {@code KgStore} sets up.
 *
 * <pre>{@code
 * KgServer server = KgServer.builder().dataset(store.dataset()).port(0).build().start();
 * String endpoint = server.sparqlUrl();
 * server.stop();
 * }</pre>
 */
public final class KgServer {
    /** The dataset name under which the graph is served. */
    public static final String DATASET = "/kg";

    /** The endpoint name of SPARQL Update, served only when updates are allowed. */
    public static final String UPDATE_ENDPOINT = "update";

    /** The endpoint name of the read-write Graph Store Protocol, served only when updates are allowed. */
    public static final String DATA_ENDPOINT = "data";

    /** The authentication realm of the update endpoints. */
    public static final String REALM = "paperkg";

    /** The default base IRI: the local server on its default port, so the demo's IRIs resolve offline. */
    public static final String DEFAULT_BASE_IRI = "http://127.0.0.1:3030/";

    /** How often a running server looks for changes to its password file, as Fuseki's own password file setup. */
    private static final int PASSWORD_FILE_RELOAD_SECONDS = 5;

    private final FusekiServer fuseki;
    private final String host;
    private final SearchIndex searchIndex;
    private final String baseIri;
    private final boolean updatable;

    private KgServer(FusekiServer fuseki, String host, SearchIndex searchIndex, String baseIri, boolean updatable) {
        this.fuseki = fuseki;
        this.host = host;
        this.searchIndex = searchIndex;
        this.baseIri = baseIri;
        this.updatable = updatable;
    }

    /** A builder for a server. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns this server. */
    public KgServer start() {
        fuseki.start();
        return this;
    }

    /**
     * Stops the server, with the watcher of its password file if it has one, and waits for it to finish, then closes
     * the search index.
     */
    public void stop() {
        fuseki.stop();
        searchIndex.close();
    }

    /** The base IRI under which the served resources are named (not necessarily this server's URL). */
    public String baseIri() {
        return baseIri;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return fuseki.getPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + port() + "/";
    }

    /** The SPARQL query endpoint's URL. */
    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    /** The SPARQL Update endpoint's URL, present only when updates are allowed. */
    public Optional<String> updateUrl() {
        return updatable ? Optional.of(baseUrl() + DATASET.substring(1) + "/" + UPDATE_ENDPOINT) : Optional.empty();
    }

    /** The read-write Graph Store Protocol endpoint's URL, present only when updates are allowed. */
    public Optional<String> dataUrl() {
        return updatable ? Optional.of(baseUrl() + DATASET.substring(1) + "/" + DATA_ENDPOINT) : Optional.empty();
    }

    /**
     * The addresses the server's connectors are bound to, as configured on them (e.g. {@code 127.0.0.1};
     * {@code 0.0.0.0} for a connector that listens on every interface).
     */
    public List<String> boundHosts() {
        List<String> hosts = new ArrayList<>();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                hosts.add(sc.getHost() == null ? "0.0.0.0" : sc.getHost());
            }
        }
        return List.copyOf(hosts);
    }

    /** Builds a {@link KgServer}; validates its settings in {@link #build()}. */
    public static final class Builder {
        private Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private String baseIri = DEFAULT_BASE_IRI;
        private Path searchIndexDir;
        private CannedQueryCatalog queries;
        private int maxRows = RowLimit.DEFAULT_MAX_ROWS;
        private Optional<String> corsOrigin = Optional.empty();
        private Optional<Path> passwordFile = Optional.empty();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

        private Builder() {
        }

        /** The dataset to serve (read-only unless {@link #allowUpdate(Path)} is set). Required. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The one address to listen on; {@code 127.0.0.1} unless set ({@code 0.0.0.0} for every interface). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The limit on one SPARQL query's run time; a query that exceeds it gets an error, never a partial result. */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The base IRI the graph's resources were minted under, ending with '/'; {@link #DEFAULT_BASE_IRI} unless
         * set. A request for {@code /entity/lion} resolves {@code {base}entity/lion}, so a public base maps onto this
         * server's paths.
         */
        public Builder baseIri(String baseIri) {
            this.baseIri = Objects.requireNonNull(baseIri, "baseIri");
            return this;
        }

        /**
         * A folder for the full-text index, rebuilt there when the server is built; without it the index is kept
         * in memory.
         */
        public Builder searchIndexDir(Path dir) {
            this.searchIndexDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** The canned queries served at {@code /queries}; those shipped in the jar unless set. */
        public Builder queries(CannedQueryCatalog catalog) {
            this.queries = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * The most rows one query answers with, on {@code /kg/sparql} and {@code /queries}; {@value
         * RowLimit#DEFAULT_MAX_ROWS} unless set. A query asking for more gets the first {@code rows} and headers that
         * say so (see {@link RowLimit}).
         */
        public Builder maxRows(int rows) {
            this.maxRows = rows;
            return this;
        }

        /**
         * Allows scripts from one origin such as {@code https://example.org} to read from the server (CORS); no CORS
         * headers are sent unless set, and never for another origin.
         */
        public Builder corsOrigin(String origin) {
            this.corsOrigin = Optional.of(Objects.requireNonNull(origin, "origin"));
            return this;
        }

        /**
         * Serves SPARQL Update at {@code /kg/update} and Graph Store Protocol reads and writes at {@code /kg/data},
         * both only to users who log in with HTTP basic authentication as a user of this password file (Jetty's
         * {@code user: password} lines; {@code OBF:}, {@code MD5:} and {@code CRYPT:} passwords work too). Queries,
         * {@code /kg/get} and every page stay open. Updates should write to named graphs: queries see the union of the
         * named graphs. While the server runs it re-reads the file within a few seconds of a change, so users can be
         * added or removed without a restart.
         */
        public Builder allowUpdate(Path passwordFile) {
            this.passwordFile = Optional.of(Objects.requireNonNull(passwordFile, "passwordFile"));
            return this;
        }

        /** Adds a servlet at a path spec such as {@code /entity/*}. */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(servlet, "servlet"));
            return this;
        }

        /**
         * Builds the server (not yet started).
         *
         * @throws IllegalStateException when no dataset was given
         * @throws IllegalArgumentException when the port, timeout or row limit is out of range, the base IRI is not
         *     an absolute http(s) IRI ending with '/', the CORS origin is not a bare http(s) origin, or the password
         *     file cannot be read or names no user
         * @throws java.io.UncheckedIOException when the search index cannot be written
         */
        public KgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset to serve");
            }
            checkSettings();
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DatasetGraph dsg = dataset.asDatasetGraph();
            IriPaths paths = new IriPaths(baseIri);
            GraphReader reader = new GraphReader(dsg, queryTimeout);
            PageData data = new PageData(reader);
            Pages pages = new Pages(paths);
            ResourceDescriber describer = new ResourceDescriber(reader);
            SearchIndex index = SearchIndex.build(dsg, openDirectory());
            DatasetDescription.Builder voidBuilder = DatasetDescription.builder().baseIri(baseIri)
                    .sparqlEndpoint(baseIri + DATASET.substring(1) + "/sparql");
            for (ExportFormat f : ExportFormat.values()) {
                voidBuilder.dataDump(baseIri + "dump/" + DumpServlet.NAME + "." + f.extension(), f.rio().getDefaultMIMEType());
            }
            DatasetDescription description = voidBuilder.build();
            Supplier<Graph> voidGraph = new Supplier<>() {
                private Graph computed;

                @Override
                public synchronized Graph get() {
                    if (computed == null) {
                        computed = description.describe(dsg);
                    }
                    return computed;
                }
            };
            Map<String, HttpServlet> routes = new LinkedHashMap<>();
            for (String prefix : List.of("/paper/*", "/entity/*", "/claim/*", "/source/*")) {
                routes.put(prefix, new LinkedDataServlet(paths, describer, data, pages));
            }
            routes.put("/.well-known/void", new VoidServlet(voidGraph, baseIri, pages));
            for (Representation r : Representation.RDF) {
                routes.put("/.well-known/void." + r.suffix(), new VoidServlet(voidGraph, baseIri, pages));
            }
            routes.put("", new HomeServlet(data, pages));
            routes.put("/search", new SearchServlet(index, pages));
            routes.put("/sparql", new SparqlPageServlet(pages, DATASET + "/sparql"));
            routes.put("/api/network", new NetworkServlet(data, paths, pages));
            routes.put("/assets/*", new AssetServlet());
            // one row more than the limit, so that the servlet can tell a cut result from one that fits
            QueriesServlet canned = new QueriesServlet(queries == null ? CannedQueryCatalog.fromClasspath() : queries,
                    QueryRunner.builder(dataset).timeout(queryTimeout).maxRows(maxRows + 1).build(), maxRows, pages);
            routes.put("/queries/*", canned);
            routes.put("/dump/*", new DumpServlet(dsg));
            routes.putAll(servlets);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(false)
                    .enableCors(false)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new RowLimitedQuery(maxRows))
                    .add(DATASET, dataset, false)
                    .addServlet("/$/server", new ActionServerStatus());
            passwordFile.ifPresent(file -> b.securityHandler(passwordCheck(file))
                    .addEndpoint(DATASET, UPDATE_ENDPOINT, Operation.Update, Auth.ANY_USER)
                    .addEndpoint(DATASET, DATA_ENDPOINT, Operation.GSP_RW, Auth.ANY_USER));
            corsOrigin.ifPresent(origin -> b.addFilter("/*", new SingleOriginCors(origin)));
            if (fusekiUiFound()) {
                b.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                        .fusekiModules(FusekiModules.create(new FMod_UI()));
            } else {
                b.fusekiModules(FusekiModules.create());
            }
            routes.forEach(b::addServlet);
            FusekiServer server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new KgServer(server, host, index, baseIri, passwordFile.isPresent());
        }

        /**
         * Validates the settings other than the dataset, as {@link #build()} does, without building anything.
         *
         * @throws IllegalArgumentException when the port, timeout or row limit is out of range, the base IRI is not
         *     an absolute http(s) IRI ending with '/', the CORS origin is not a bare http(s) origin, or the password
         *     file cannot be read or names no user
         */
        public void checkSettings() {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be in 0..65535: " + port);
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
            }
            if (!baseIri.matches("(?i)https?://[^\\s/?#]+/\\S*") || !baseIri.endsWith("/") || baseIri.contains("#")
                    || baseIri.contains("?")) {
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI ending with '/': " + baseIri);
            }
            if (maxRows < 1 || maxRows == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the row limit must be in 1.." + (Integer.MAX_VALUE - 1) + ": " + maxRows);
            }
            corsOrigin.ifPresent(Builder::checkOrigin);
            passwordFile.ifPresent(Builder::checkPasswordFile);
        }

        /**
         * The basic-auth check against a password file, as {@code FusekiServer.Builder.passwordFile} sets it up but
         * with users that are not loaded yet: Jetty then starts them, with the thread that watches the file for
         * changes, when the server starts and stops them when it stops. Fuseki's own setup loads them when the server
         * is built and never stops them, so a stopped server kept re-reading the file (and logging a warning every
         * few seconds once the file was gone).
         */
        private static SecurityHandler passwordCheck(Path file) {
            return JettySecurityLib.makeSecurityHandler(REALM, new PasswordFileUsers(file, PASSWORD_FILE_RELOAD_SECONDS),
                    AuthScheme.BASIC);
        }

        private static void checkOrigin(String origin) {
            if (!origin.matches("(?i)https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|(?i)https?://\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
                throw new IllegalArgumentException("the CORS origin must be one origin such as https://example.org "
                        + "(scheme, host and optional port; no path, no wildcard): " + origin);
            }
        }

        private static void checkPasswordFile(Path file) {
            Properties users = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                users.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
            }
            if (users.isEmpty()) {
                throw new IllegalArgumentException("the password file " + file + " names no user; write one line "
                        + "'USER: PASSWORD' per user");
            }
        }

        /**
         * Whether the Fuseki UI's files are on the classpath exactly once: the UI module cannot serve them when
         * several classpath entries hold a {@code webapp/} folder (e.g. the shaded jar next to the UI's own jar, as
         * in Maven's integration tests); the server then offers only its own SPARQL page at {@code /sparql}.
         */
        private static boolean fusekiUiFound() {
            try {
                return Collections.list(KgServer.class.getClassLoader().getResources("webapp/index.html")).size() == 1;
            } catch (IOException e) {
                return false;
            }
        }

        private Directory openDirectory() {
            if (searchIndexDir == null) {
                return new ByteBuffersDirectory();
            }
            try {
                return FSDirectory.open(searchIndexDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index folder " + searchIndexDir, e);
            }
        }
    }
}
