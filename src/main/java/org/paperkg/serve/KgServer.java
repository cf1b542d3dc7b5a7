package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The paperkg HTTP server: an embedded Fuseki serving the knowledge graph read-only at {@code /kg} (SPARQL query
 * endpoint {@code /kg/sparql}), the Fuseki UI's SPARQL editor, and paperkg's own pages and linked-data routes.
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

    private final FusekiServer fuseki;
    private final String host;

    private KgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
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

    /** Stops the server and waits for it to finish. */
    public void stop() {
        fuseki.stop();
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

    /** Builds a {@link KgServer}; validates its settings in {@link #build()}. */
    public static final class Builder {
        private Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

        private Builder() {
        }

        /** The dataset to serve (read-only). Required. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The address to bind to; {@code 127.0.0.1} unless set. */
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

        /** Adds a servlet at a path spec such as {@code /entity/*}. */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(servlet, "servlet"));
            return this;
        }

        /**
         * Builds the server (not yet started).
         *
         * @throws IllegalStateException when no dataset was given
         * @throws IllegalArgumentException when the port or timeout is out of range
         */
        public KgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset to serve");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be in 0..65535: " + port);
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
            }
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(false)
                    .enableCors(false)
                    .enablePing(true)
                    .add(DATASET, dataset, false)
                    .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                    .addServlet("/$/server", new ActionServerStatus())
                    .fusekiModules(FusekiModules.create(new FMod_UI()));
            servlets.forEach(b::addServlet);
            FusekiServer server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new KgServer(server, host);
        }
    }
}
