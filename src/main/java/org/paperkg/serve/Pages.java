package org.paperkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.QueryResult;

/**
 * Renders the server's HTML pages from page data. Every piece of text that comes from the graph is escaped with
 * commons-text; links to resources under the base IRI point to local paths; external links are only made for
 * http(s) IRIs. Pages load one local style sheet and, where they draw or query, local scripts.
 *
 * <pre>{@code
 * String html = new Pages(new IriPaths("http://127.0.0.1:3030/")).paper(view);
 * }</pre>
 */
public final class Pages {
    private static final Pattern HTTP = Pattern.compile("(?i)https?://[^\\s]+");

    private final IriPaths paths;

    /** Pages linking through an IRI-to-path mapping. */
    public Pages(IriPaths paths) {
        this.paths = Objects.requireNonNull(paths, "paths");
    }

    /** HTML-escapes text for element content and double-quoted attribute values. */
    public static String esc(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    /** The home page. */
    public String home(HomeView v) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"hero\"><h1>paperkg</h1><p>A knowledge graph of machine-learning papers: the ")
                .append("methods, models, datasets, tasks and metrics they mention and the comparisons they claim.</p>")
                .append(searchForm("")).append("</section>");
        b.append("<section><h2>In the graph</h2><ul class=\"counts\">");
        v.counts().forEach((k, n) -> b.append("<li><span class=\"n\">").append(n).append("</span> ")
                .append(esc(k)).append("</li>"));
        b.append("</ul></section><section class=\"tops\">");
        v.top().forEach((kind, ranked) -> {
            b.append("<div><h2>Top ").append(esc(kind.toLowerCase(Locale.ROOT))).append("s</h2><ol>");
            ranked.forEach(r -> b.append("<li>").append(link(r.entity())).append(" <span class=\"muted\">")
                    .append(r.papers()).append(r.papers() == 1 ? " paper" : " papers").append("</span></li>"));
            b.append("</ol></div>");
        });
        b.append("</section><section><h2>Recent claims</h2>").append(claimList(v.recentClaims(), true)).append("</section>");
        return page("paperkg", b.toString(), "");
    }

    /** The search results page. */
    public String search(String query, List<SearchHit> hits) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>").append(searchForm(query));
        if (!query.isBlank()) {
            b.append("<p class=\"muted\" id=\"hit-count\">").append(hits.size()).append(hits.size() == 1 ? " result" : " results")
                    .append(" for “").append(esc(query)).append("”</p><ol class=\"hits\">");
            for (SearchHit h : hits) {
                b.append("<li class=\"hit\"><span class=\"badge ").append(esc(h.kind().toLowerCase(Locale.ROOT))).append("\">")
                        .append(esc(h.kind())).append("</span> <a class=\"hit-link\" href=\"").append(esc(paths.href(h.iri())))
                        .append("\">").append(esc(h.label())).append("</a><div class=\"snippet\">").append(h.snippetHtml())
                        .append("</div></li>");
            }
            b.append("</ol>");
        }
        return page("Search" + (query.isBlank() ? "" : ": " + query), b.toString(), "");
    }

    /** An entity's page, with a drawing of its "outperforms" network. */
    public String entity(EntityView v) {
        String path = paths.href(v.entity().iri());
        StringBuilder b = new StringBuilder();
        b.append("<h1 id=\"entity-label\">").append(esc(v.entity().label())).append("</h1><p>");
        v.types().forEach(t -> b.append("<span class=\"badge ").append(esc(t.toLowerCase(Locale.ROOT))).append("\">")
                .append(esc(t)).append("</span> "));
        b.append("<code class=\"iri\">").append(esc(v.entity().iri())).append("</code></p>");
        b.append(formats(path));
        b.append("<dl>");
        if (!v.aliases().isEmpty()) {
            b.append("<dt>Also known as</dt><dd id=\"aliases\">").append(String.join(", ", v.aliases().stream().map(Pages::esc).toList()))
                    .append("</dd>");
        }
        if (!v.sameAs().isEmpty()) {
            b.append("<dt>External identifiers</dt><dd id=\"same-as\">");
            v.sameAs().forEach(s -> b.append(external(s, s)).append(' '));
            b.append("</dd>");
        }
        b.append("<dt>Mentioned by</dt><dd>").append(v.paperCount()).append(v.paperCount() == 1 ? " paper" : " papers").append("</dd></dl>");
        b.append("<section><h2>Outperforms network</h2><div id=\"network\" class=\"network\" data-source=\"/api/network?iri=")
                .append(esc(URLEncoder.encode(v.entity().iri(), StandardCharsets.UTF_8)))
                .append("\" data-center=\"").append(esc(v.entity().iri())).append("\"></div>")
                .append("<p class=\"muted\">An arrow points from the winner to the loser of a claim. Click a node to open it.</p></section>");
        b.append("<section id=\"wins\"><h2>Claims it wins (").append(v.wins().size()).append(")</h2>")
                .append(claimList(v.wins(), true)).append("</section>");
        b.append("<section id=\"losses\"><h2>Claims it loses (").append(v.losses().size()).append(")</h2>")
                .append(claimList(v.losses(), true)).append("</section>");
        if (!v.ties().isEmpty()) {
            b.append("<section id=\"ties\"><h2>Comparable (").append(v.ties().size()).append(")</h2>")
                    .append(claimList(v.ties(), true)).append("</section>");
        }
        b.append("<section id=\"papers\"><h2>Papers</h2><ul>");
        v.papers().forEach(p -> b.append("<li>").append(link(p)).append("</li>"));
        b.append("</ul>");
        if (v.paperCount() > v.papers().size()) {
            b.append("<p class=\"muted\">and ").append(v.paperCount() - v.papers().size()).append(" more</p>");
        }
        b.append("</section>");
        String scripts = "<script defer src=\"/assets/cytoscape.min.js\"></script><script defer src=\"/assets/network.js\"></script>";
        return page(v.entity().label(), b.toString(), alternates(path) + scripts);
    }

    /** A paper's page: its abstract with every extracted name highlighted, the claims it states and its code. */
    public String paper(PaperView v) {
        String path = paths.href(v.paper().iri());
        StringBuilder b = new StringBuilder();
        b.append("<h1 id=\"paper-title\">").append(esc(v.paper().label())).append("</h1>");
        b.append("<p><span class=\"badge paper\">Paper</span> <code class=\"iri\">").append(esc(v.paper().iri())).append("</code></p>");
        b.append(formats(path));
        if (!v.authors().isEmpty()) {
            b.append("<p class=\"authors\">").append(String.join(", ", v.authors().stream().map(Pages::esc).toList())).append("</p>");
        }
        if (!v.details().isEmpty()) {
            b.append("<dl>");
            v.details().forEach(d -> b.append("<dt>").append(esc(d.get(0))).append("</dt><dd>")
                    .append(HTTP.matcher(d.get(1)).matches() ? external(d.get(1), d.get(1)) : esc(d.get(1))).append("</dd>"));
            b.append("</dl>");
        }
        for (int i = 0; i < v.abstracts().size(); i++) {
            b.append("<h2>Abstract").append(v.abstracts().size() > 1 ? " (version " + (i + 1) + ")" : "").append("</h2>")
                    .append("<p class=\"abstract\">").append(highlight(v.abstracts().get(i), v.mentions())).append("</p>");
        }
        b.append("<p class=\"legend\">");
        for (String t : List.of("Dataset", "Model", "Method", "Task", "Metric")) {
            b.append("<mark class=\"").append(t.toLowerCase(Locale.ROOT)).append("\">").append(t).append("</mark> ");
        }
        b.append("</p>");
        if (!v.code().isEmpty()) {
            b.append("<h2>Code</h2><ul id=\"code\">");
            v.code().forEach(c -> b.append("<li>").append(external(c, c)).append("</li>"));
            b.append("</ul>");
        }
        b.append("<section id=\"claims\"><h2>Claims (").append(v.claims().size()).append(")</h2>")
                .append(claimList(v.claims(), false)).append("</section>");
        b.append("<section id=\"mentions\"><h2>Extracted entities</h2><ul>");
        v.mentions().forEach(m -> b.append("<li><span class=\"badge ").append(esc(m.type().toLowerCase(Locale.ROOT))).append("\">")
                .append(esc(m.type())).append("</span> ").append(link(m.entity()))
                .append(m.proposed() ? " <strong>(proposed)</strong>" : "").append("</li>"));
        b.append("</ul></section>");
        return page(v.paper().label(), b.toString(), alternates(path));
    }

    /** A claim's page. */
    public String claim(ClaimView c) {
        String path = paths.href(c.iri());
        StringBuilder b = new StringBuilder("<h1>Claim</h1>");
        b.append("<p><span class=\"badge claim\">Claim</span> <code class=\"iri\">").append(esc(c.iri())).append("</code></p>");
        b.append(formats(path)).append(claimList(List.of(c), true));
        return page("Claim: " + c.subject().label() + " " + c.relationWords() + " " + c.objectText(), b.toString(),
                alternates(path));
    }

    /** A page for any other resource (source, listing, abstract version, ...): a table of its description. */
    public String resource(String iri, String label, Graph description) {
        String path = paths.href(iri);
        StringBuilder b = new StringBuilder("<h1>").append(esc(label)).append("</h1><p><code class=\"iri\">")
                .append(esc(iri)).append("</code></p>").append(formats(path));
        b.append("<table class=\"triples\"><thead><tr><th>Subject</th><th>Property</th><th>Value</th></tr></thead><tbody>");
        List<Triple> triples = new ArrayList<>(description.find().toList());
        triples.sort(Comparator.comparing((Triple t) -> !t.getSubject().getURI().equals(iri))
                .thenComparing(t -> t.getSubject().toString()).thenComparing(t -> t.getPredicate().getURI()));
        for (Triple t : triples) {
            b.append("<tr><td>").append(node(t.getSubject(), description)).append("</td><td>")
                    .append(node(t.getPredicate(), description)).append("</td><td>")
                    .append(node(t.getObject(), description)).append("</td></tr>");
        }
        b.append("</tbody></table>");
        return page(label, b.toString(), alternates(path));
    }

    /** An error page, e.g. for 404. */
    public String error(int status, String title, String message) {
        return page(status + " " + title, "<h1>" + status + " " + esc(title) + "</h1><p class=\"error\">" + esc(message)
                + "</p><p><a href=\"/\">Home</a></p>", "");
    }

    /** The SPARQL editor: a form posting to the endpoint, drawn by a local script as a table. */
    public String sparqlEditor(String endpointPath, String exampleQuery) {
        String body = "<h1>SPARQL</h1><p>Queries run against <code>" + esc(endpointPath) + "</code> (read-only). "
                + "The union of all named graphs is the default graph.</p>"
                + "<form id=\"sparql-form\" data-endpoint=\"" + esc(endpointPath) + "\">"
                + "<textarea id=\"sparql-query\" name=\"query\" rows=\"14\" spellcheck=\"false\">" + esc(exampleQuery)
                + "</textarea><p><button type=\"submit\">Run query</button> <span id=\"sparql-status\" class=\"muted\"></span></p>"
                + "</form><div id=\"sparql-results\"></div>";
        return page("SPARQL", body, "<script defer src=\"/assets/sparql.js\"></script>");
    }

    /** The list of canned queries, each with a form for its parameters. */
    public String queries(List<CannedQuery> queries) {
        StringBuilder b = new StringBuilder("<h1>Canned queries</h1><p>Research questions with parameters. Each runs at "
                + "<code>/queries/NAME?param=value</code> and answers in SPARQL JSON, CSV, TSV or XML by <code>Accept</code>, "
                + "or as a table here.</p>");
        for (CannedQuery q : queries) {
            b.append("<section class=\"query\" id=\"q-").append(esc(q.name())).append("\"><h2>").append(esc(q.title()))
                    .append("</h2><p>").append(esc(q.description())).append("</p><form method=\"get\" action=\"/queries/")
                    .append(esc(q.name())).append("\">");
            for (CannedQuery.Param p : q.params()) {
                b.append("<label>").append(esc(p.name())).append(" <input name=\"").append(esc(p.name())).append("\" value=\"")
                        .append(esc(p.defaultValue())).append("\" title=\"").append(esc(p.description())).append("\"></label> ");
            }
            b.append("<button type=\"submit\">Run</button> <code class=\"muted\">").append(esc(q.name())).append("</code></form></section>");
        }
        return page("Canned queries", b.toString(), "");
    }

    /**
     * A canned query's results as a table; resources under the base IRI link to their pages. When {@code truncated},
     * the page says that only the first rows, up to the server's row limit, are shown.
     */
    public String queryResult(CannedQuery q, Map<String, String> params, QueryResult result, boolean truncated) {
        StringBuilder b = new StringBuilder("<h1>").append(esc(q.title())).append("</h1><p>").append(esc(q.description()))
                .append("</p><p class=\"muted\">");
        params.forEach((k, v) -> b.append(esc(k)).append(" = <code>").append(esc(v)).append("</code> "));
        b.append("· <span id=\"row-count\">").append(result.size()).append("</span> rows");
        if (truncated) {
            b.append(" <strong id=\"truncated\">(more rows exist; the server's row limit cut the result)</strong>");
        }
        b.append(" · <a href=\"/queries\">all queries</a></p>");
        b.append("<table class=\"results\"><thead><tr>");
        result.variables().forEach(v -> b.append("<th>").append(esc(v)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (int i = 0; i < result.size(); i++) {
            b.append("<tr>");
            for (String v : result.variables()) {
                b.append("<td>").append(result.get(i, v).map(this::cell).orElse("")).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
        return page(q.title(), b.toString(), "");
    }

    private String cell(Node n) {
        if (n.isURI()) {
            return paths.pathOf(n.getURI()).isPresent()
                    ? "<a href=\"" + esc(paths.href(n.getURI())) + "\">" + esc(n.getURI()) + "</a>" : external(n.getURI(), n.getURI());
        }
        return esc(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    /**
     * The abstract text, escaped, with every occurrence of a mentioned entity's names wrapped in a link marked with
     * the entity's type. Longer names win over shorter overlapping ones.
     */
    public String highlight(String text, List<Mention> mentions) {
        record Span(int start, int end, Mention m) {
        }
        List<Span> spans = new ArrayList<>();
        for (Mention m : mentions) {
            for (String name : m.names()) {
                if (name.isBlank()) {
                    continue;
                }
                Matcher mt = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
                while (mt.find()) {
                    spans.add(new Span(mt.start(), mt.end(), m));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start())));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) {
                continue;
            }
            b.append(esc(text.substring(at, s.start())));
            b.append("<mark class=\"").append(esc(s.m().type().toLowerCase(Locale.ROOT))).append("\"><a href=\"")
                    .append(esc(paths.href(s.m().entity().iri()))).append("\" title=\"").append(esc(s.m().type()))
                    .append(": ").append(esc(s.m().entity().label())).append("\">").append(esc(text.substring(s.start(), s.end())))
                    .append("</a></mark>");
            at = s.end();
        }
        return b.append(esc(text.substring(at))).toString();
    }

    /** The claims as a list: subject, relation, object, datasets, margin, evidence and (optionally) the paper. */
    private String claimList(List<ClaimView> claims, boolean withPaper) {
        if (claims.isEmpty()) {
            return "<p class=\"muted\">None.</p>";
        }
        StringBuilder b = new StringBuilder("<ul class=\"claims\">");
        for (ClaimView c : claims) {
            b.append("<li class=\"claim ").append(esc(c.relation())).append("\"><div class=\"claim-head\">")
                    .append(link(c.subject())).append(" <span class=\"rel\">").append(esc(c.relationWords())).append("</span> ")
                    .append(c.object().map(this::link).orElse("<span class=\"generic\">" + esc(c.objectText()) + "</span>"));
            if (!c.datasets().isEmpty()) {
                b.append(" on ").append(String.join(", ", c.datasets().stream().map(this::link).toList()));
            }
            if (!c.magnitude().isEmpty()) {
                b.append(" <span class=\"margin\">(").append(esc(c.magnitude())).append(")</span>");
            }
            b.append(" <a class=\"claim-link muted\" href=\"").append(esc(paths.href(c.iri()))).append("\">claim</a>")
                    .append(" <span class=\"muted\">confidence ").append(String.format(Locale.ROOT, "%.2f", c.confidence()))
                    .append("</span></div><blockquote class=\"evidence\">").append(esc(c.evidence())).append("</blockquote>");
            if (withPaper) {
                b.append("<div class=\"stated\">in <a class=\"paper-link\" href=\"").append(esc(paths.href(c.paper().iri())))
                        .append("\">").append(esc(c.paper().label())).append("</a></div>");
            }
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }

    private String node(Node n, Graph g) {
        if (n.isURI()) {
            String label = labelIn(n, g);
            String text = label.isEmpty() ? n.getURI() : label;
            return paths.pathOf(n.getURI()).isPresent() ? "<a href=\"" + esc(paths.href(n.getURI())) + "\">" + esc(text) + "</a>"
                    : external(n.getURI(), text);
        }
        if (n.isLiteral()) {
            return esc(n.getLiteralLexicalForm());
        }
        return esc(n.toString());
    }

    private static String labelIn(Node n, Graph g) {
        for (String p : List.of("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label",
                "http://purl.org/dc/terms/title")) {
            var it = g.find(n, NodeFactory.createURI(p), Node.ANY);
            if (it.hasNext()) {
                return it.next().getObject().getLiteralLexicalForm();
            }
        }
        return "";
    }

    private String link(Link l) {
        return "<a href=\"" + esc(paths.href(l.iri())) + "\">" + esc(l.label()) + "</a>";
    }

    private static String external(String iri, String text) {
        if (!HTTP.matcher(iri).matches()) {
            return esc(text);
        }
        return "<a class=\"external\" rel=\"noopener noreferrer\" href=\"" + esc(iri) + "\">" + esc(text) + "</a>";
    }

    private static String formats(String path) {
        StringBuilder b = new StringBuilder("<p class=\"formats\">Data: ");
        for (Representation r : Representation.RDF) {
            b.append("<a href=\"").append(esc(path)).append('.').append(r.suffix()).append("\">").append(r.suffix()).append("</a> ");
        }
        return b.append("</p>").toString();
    }

    private static String alternates(String path) {
        StringBuilder b = new StringBuilder();
        for (Representation r : Representation.RDF) {
            b.append("<link rel=\"alternate\" type=\"").append(r.mediaTypes().get(0)).append("\" href=\"").append(esc(path))
                    .append('.').append(r.suffix()).append("\">");
        }
        return b.toString();
    }

    private static String searchForm(String query) {
        return "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" "
                + "id=\"search-box\" value=\"" + esc(query) + "\" placeholder=\"Search papers, datasets, models, methods…\" "
                + "aria-label=\"Search\"> <button type=\"submit\" id=\"search-button\">Search</button></form>";
    }

    private static String page(String title, String body, String head) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + " · paperkg</title><link rel=\"stylesheet\" href=\"/assets/style.css\">" + head + "</head><body>"
                + "<nav><a class=\"brand\" href=\"/\">paperkg</a> <a href=\"/search\">Search</a> <a href=\"/queries\">Queries</a> "
                + "<a href=\"/sparql\">SPARQL</a> <a href=\"/.well-known/void\">Dataset</a></nav><main>" + body
                + "</main><footer>paperkg · data as linked data (Turtle, JSON-LD, N-Triples, RDF/XML) · "
                + "<a href=\"/.well-known/void\">VoID</a></footer></body></html>";
    }
}
