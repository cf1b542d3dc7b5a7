import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.paperkg.query.Bindings;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.CannedQueryCatalog;

/**
 * The load test's request mix, written as two parallel tab-separated files: line i of paperkg.tsv and line i of
 * fuseki.tsv ask for the same thing, once through paperkg's routes and once as SPARQL posted to plain Fuseki.
 *
 * <p>Columns: kind (query|page), method, path, Accept, body (URL-encoded form, or "-"). Every canned query runs with
 * its defaults, and the name-taking ones also with the names of the most-mentioned entities; pages are the
 * most-mentioned entities' and some papers' HTML pages, whose Fuseki counterpart is a DESCRIBE of the same IRI.
 *
 * <p>Run with the fat jar on the class path: {@code java -cp paperkg.jar RequestMix.java DB OUTDIR BASE_IRI}.
 */
public class RequestMix {
    private static final String JSON = "application/sparql-results+json";

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String base = args[2];
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(db.toAbsolutePath().toString()));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        List<String[]> entities = select(dsg, """
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?e ?label { { SELECT ?e (COUNT(?p) AS ?n) { ?p pkg:mentions ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 10 }
                  ?e skos:prefLabel ?label } ORDER BY DESC(?n) ?e""", "e", "label");
        List<String[]> papers = select(dsg, """
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                SELECT ?p { ?p a pkg:Paper } ORDER BY ?p LIMIT 10""", "p");
        List<String[]> ours = new ArrayList<>();
        List<String[]> fuseki = new ArrayList<>();
        for (CannedQuery q : CannedQueryCatalog.fromClasspath().list()) {
            List<Map<String, String>> runs = new ArrayList<>();
            runs.add(Map.of());
            q.params().stream().filter(p -> p.name().equals("name")).findFirst().ifPresent(p ->
                    entities.stream().limit(3).forEach(e -> runs.add(Map.of("name", e[1]))));
            for (Map<String, String> values : runs) {
                Bindings b = new Bindings(q, values);
                StringBuilder path = new StringBuilder("/queries/" + q.name());
                String sep = "?";
                for (Map.Entry<String, String> v : values.entrySet()) {
                    path.append(sep).append(v.getKey()).append('=').append(enc(v.getValue()));
                    sep = "&";
                }
                ours.add(new String[] {"query", "GET", path.toString(), JSON, "-"});
                fuseki.add(new String[] {"query", "POST", "/kg/sparql", JSON, "query=" + enc(sparql(q, b))});
            }
        }
        for (String[] e : entities) {
            ours.add(new String[] {"page", "GET", "/" + e[0].substring(base.length()), "text/html", "-"});
            fuseki.add(new String[] {"page", "POST", "/kg/sparql", "text/turtle", "query=" + enc("DESCRIBE <" + e[0] + ">")});
        }
        for (String[] p : papers) {
            ours.add(new String[] {"page", "GET", "/" + p[0].substring(base.length()), "text/html", "-"});
            fuseki.add(new String[] {"page", "POST", "/kg/sparql", "text/turtle", "query=" + enc("DESCRIBE <" + p[0] + ">")});
        }
        write(out.resolve("paperkg.tsv"), ours);
        write(out.resolve("fuseki.tsv"), fuseki);
        System.out.println("request mix: " + ours.size() + " requests (" + entities.size() + " entity pages, "
                + papers.size() + " paper pages, the rest canned queries) in " + out);
    }

    /** The canned query's text with its parameters substituted as RDF terms and its LIMIT set as the runner does. */
    private static String sparql(CannedQuery q, Bindings b) {
        Query query = QueryFactory.create(q.sparql());
        b.limit().ifPresent(query::setLimit);
        Map<Var, Node> terms = new HashMap<>();
        b.toBinding().forEach(terms::put);
        return QueryTransformOps.syntaxSubstitute(query, terms).serialize();
    }

    private static List<String[]> select(DatasetGraph dsg, String sparql, String... vars) {
        return Txn.calculateRead(dsg, () -> {
            List<String[]> rows = new ArrayList<>();
            QueryExec.dataset(dsg).query(sparql).select().forEachRemaining(row -> {
                String[] r = new String[vars.length];
                for (int i = 0; i < vars.length; i++) {
                    Node n = row.get(Var.alloc(vars[i]));
                    r[i] = n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
                }
                rows.add(r);
            });
            return rows;
        });
    }

    private static void write(Path file, List<String[]> rows) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            rows.forEach(r -> w.println(String.join("\t", r)));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
