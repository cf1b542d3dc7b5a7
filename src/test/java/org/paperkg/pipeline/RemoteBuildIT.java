package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.pipeline.BuildFixture.paper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperKg;
import org.paperkg.store.GraphStore;
import org.paperkg.store.KgStore;
import org.paperkg.store.RemoteStore;

/**
 * Builds into a second Fuseki, started as a separate process, through the Graph Store Protocol and SPARQL Update,
 * and reads it back: the remote dataset equals a local build graph by graph, a rebuild skips the unchanged file,
 * and canned queries over the endpoint give the local answers.
 */
class RemoteBuildIT {
    private static final Clock T1 = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("papers.jsonl"), String.join("\n",
                paper("p1", "FooNet for image classification", "We propose FooNet, a convolutional network. "
                        + "FooNet outperforms ResNet-50 on ImageNet by 2% top-1 accuracy."),
                paper("p2", "BarGAN generates faces", "We introduce BarGAN, a generative model. "
                        + "BarGAN outperforms StyleGAN on FFHQ."),
                paper("p3", "Segment Anything Model for cells", "We adapt the Segment Anything Model (SAM) to cells."),
                paper("p4", "Prompting SAM", "We prompt SAM with points. SAM outperforms U-Net on LIVECell."),
                paper("p5", "2401.00007", "Sparse kernels for BazNet", "We propose BazNet. BazNet is fast."),
                paper("p6", "2401.00007", "BazNet: sparse kernels, revised", "We propose BazNet, a sparse network. "
                        + "BazNet outperforms MobileNetV2 on ImageNet.")) + "\n");
    }

    private static BuildSummary build(GraphStore store, Path input) {
        return BuildFixture.build(store, T1, Pipelines.extractorVersion(), input);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run paperkg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PaperKg.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until the server accepts connections; fails after a minute. */
    private static void awaitPort(int port, Process fuseki, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!fuseki.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Fuseki did not start within a minute: " + Files.readString(log));
    }

    @Test
    void buildsIntoAndQueriesASecondFusekiOverHttp() throws Exception {
        Path input = input();
        int port = freePort();
        Path log = dir.resolve("fuseki.log");
        Process fuseki = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--localhost", "--port=" + port, "--mem", "--update", "/ds")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitPort(port, fuseki, log);
            String url = "http://127.0.0.1:" + port + "/ds";

            BuildSummary remote;
            try (RemoteStore store = RemoteStore.connect(url)) {
                remote = build(store, input);
            }
            Path db = dir.resolve("db");
            BuildSummary local;
            try (KgStore store = KgStore.open(db)) {
                local = build(store, input);
            }
            assertEquals(local.triples(), remote.triples());
            assertEquals(5, local.papers(), "p5 and p6 share an arXiv id: one paper");
            assertEquals(local.papers(), remote.papers());
            assertEquals(local.claims(), remote.claims());
            assertTrue(local.claims() > 0);
            DatasetSnapshot remoteData;
            try (RDFConnection conn = RDFConnection.connect(url)) {
                remoteData = DatasetSnapshot.of(conn.fetchDataset().asDatasetGraph());
            }
            try (KgStore store = KgStore.open(db)) {
                DatasetSnapshot.assertIsomorphic(DatasetSnapshot.of(store.datasetGraph()), remoteData);
            }

            Run again = paperkg("build", "--endpoint", url, "--input", input.toString(), "--quiet");
            assertEquals(0, again.status(), again.err());
            assertTrue(again.out().contains("0 loaded, 1 unchanged"), again.out());

            for (String[] q : List.of(new String[] {"what-outperforms", "--param", "name=ResNet-50"},
                    new String[] {"graph-summary"}, new String[] {"entity-aliases"})) {
                Run viaHttp = paperkg(concat(new String[] {"query", "--endpoint", url, "--format", "csv"}, q));
                Run viaDb = paperkg(concat(new String[] {"query", "--db", db.toString(), "--format", "csv"}, q));
                assertEquals(0, viaHttp.status(), viaHttp.err());
                assertEquals(0, viaDb.status(), viaDb.err());
                assertTrue(viaDb.out().lines().count() > 1, "the local query has rows: " + viaDb.out());
                assertEquals(viaDb.out(), viaHttp.out(), q[0]);
            }
        } finally {
            fuseki.destroyForcibly();
            fuseki.waitFor();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
