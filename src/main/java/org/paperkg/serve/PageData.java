package org.paperkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.paperkg.kg.ClassPartitions;
import org.paperkg.kg.Vocab;
import org.paperkg.model.EntityType;

/**
 * Reads what the web pages show (home page, entity pages, paper pages, the claim network) from the store through a
 * {@link GraphReader}, with the resource's IRI bound by substitution.
 *
 * <pre>{@code
 * Optional<EntityView> lion = new PageData(reader).entity(NodeFactory.createURI(base + "entity/lion"));
 * }</pre>
 */
public final class PageData {
    private static final int MAX_CLAIMS = 500;
    private static final int MAX_PAPERS = 200;
    private static final String CLAIM_COLUMNS = """
            ?c a pkg:Claim ; pkg:subject ?s ; pkg:relation ?rel ; pkg:statedIn ?paper .
            OPTIONAL { ?s skos:prefLabel ?sl } OPTIONAL { ?c pkg:subjectText ?st }
            OPTIONAL { ?c pkg:objectText ?ot } OPTIONAL { ?c pkg:evidence ?ev }
            OPTIONAL { ?c pkg:object ?o OPTIONAL { ?o skos:prefLabel ?ol } }
            OPTIONAL { ?c pkg:magnitude ?mag } OPTIONAL { ?c pkg:confidence ?conf }
            OPTIONAL { ?paper dcterms:title ?ptitle }
            OPTIONAL { ?c pkg:onDataset ?d OPTIONAL { ?d skos:prefLabel ?dl } }
            """;

    private final GraphReader reader;
    private final Query exists = GraphReader.parse("ASK { ?this a ?type }");
    private final Query entityClaims = GraphReader.parse("SELECT * { { SELECT DISTINCT ?c { "
            + "{ ?c pkg:subject ?this } UNION { ?c pkg:object ?this } } LIMIT " + MAX_CLAIMS + " } "
            + CLAIM_COLUMNS + "} ORDER BY DESC(?conf) ?c");
    private final Query paperClaims = GraphReader.parse("SELECT * { ?c pkg:statedIn ?this . " + CLAIM_COLUMNS
            + "} ORDER BY ?c");
    private final Query recentClaims = GraphReader.parse("SELECT * { { SELECT ?c { ?c a pkg:Claim ; "
            + "prov:generatedAtTime ?t } ORDER BY DESC(?t) DESC(?c) LIMIT 10 } " + CLAIM_COLUMNS + "}");
    private final Query oneClaim = GraphReader.parse("SELECT * { BIND(?this AS ?c) " + CLAIM_COLUMNS + "}");
    private final Query literals = GraphReader.parse("SELECT DISTINCT ?v { ?this ?p ?v } ORDER BY ?v");
    private final Query types = GraphReader.parse("SELECT DISTINCT ?t { ?this a ?t FILTER(?t != pkg:ResearchEntity "
            + "&& STRSTARTS(STR(?t), STR(pkg:))) } ORDER BY ?t");
    private final Query papersMentioning = GraphReader.parse("SELECT DISTINCT ?p ?t { ?p pkg:mentions ?this . "
            + "OPTIONAL { ?p dcterms:title ?t } } ORDER BY ?t LIMIT " + MAX_PAPERS);
    private final Query countMentioning = GraphReader.parse("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p pkg:mentions ?this }");
    private final Query mentions = GraphReader.parse("""
            SELECT ?e ?l ?alt ?t ?proposed {
              ?this pkg:mentions ?e .
              OPTIONAL { ?e skos:prefLabel ?l } OPTIONAL { ?e skos:altLabel ?alt }
              OPTIONAL { ?e a ?t FILTER(?t IN (pkg:Dataset, pkg:Model, pkg:Method, pkg:Task, pkg:Metric)) }
              BIND(EXISTS { ?this pkg:proposes ?e } AS ?proposed)
            } ORDER BY ?l""");
    private final Query count = GraphReader.parse("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?this }");
    private final Query top = GraphReader.parse("SELECT ?e (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?p) AS ?n) "
            + "{ ?e a ?this ; skos:prefLabel ?l . ?p pkg:mentions ?e } GROUP BY ?e ORDER BY DESC(?n) ?label LIMIT 10");
    private final Query countedByBuild = GraphReader.parse("SELECT (?instances AS ?n) { { " + ClassPartitions.QUERY
            + " } FILTER (?class = ?this) } LIMIT 1");
    private final Query rankedByBuild = GraphReader.parse("SELECT ?e (SAMPLE(?l) AS ?label) ?n ?r { ?x pkg:inRanking ?this ; "
            + "pkg:rank ?r ; pkg:rankedEntity ?e ; pkg:paperCount ?n FILTER(?r <= 10) OPTIONAL { ?e skos:prefLabel ?l } } "
            + "GROUP BY ?e ?n ?r ORDER BY ?r");
    private final Query network = GraphReader.parse("""
            SELECT DISTINCT ?a ?b ?al ?bl {
              { ?this pkg:outperforms|^pkg:outperforms ?n } UNION { BIND(?this AS ?n) }
              { ?n pkg:outperforms ?b BIND(?n AS ?a) } UNION { ?a pkg:outperforms ?n BIND(?n AS ?b) }
              OPTIONAL { ?a skos:prefLabel ?al } OPTIONAL { ?b skos:prefLabel ?bl }
            } LIMIT 400""");
    private final Query titles = GraphReader.parse("SELECT ?t { ?p pkg:proposes|^pkg:statedIn ?x . "
            + "?p dcterms:title ?t } LIMIT 1");

    private final Query joinedUnder = GraphReader.parse("SELECT ?p { ?p pkg:titleKey ?key FILTER(?p != ?this) } "
            + "ORDER BY ?p LIMIT 1");

    /** Page data read through a {@link GraphReader}. */
    public PageData(GraphReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Whether the IRI names a resource that has a type in the graph. */
    public boolean exists(Node iri) {
        return reader.ask(exists, Map.of("this", iri));
    }

    /** Whether the resource is an instance of a class. */
    public boolean isA(Node iri, Node cls) {
        return reader.ask(exists, Map.of("this", iri, "type", cls));
    }

    /**
     * The paper that a paper IRI now belongs to, when the IRI names no resource but its key is a title key of a
     * paper that listings of several titles were joined into (they share an arXiv identifier): links minted from
     * the other title still lead to the paper.
     *
     * @param iri a paper IRI, {@code {base}paper/{key}}
     */
    public Optional<Node> joinedInto(Node iri) {
        String uri = iri.getURI();
        String key = uri.substring(uri.lastIndexOf('/') + 1);
        if (!key.matches("[0-9a-f]{16}") || exists(iri)) {
            return Optional.empty();
        }
        return reader.select(joinedUnder, Map.of("this", iri, "key", NodeFactory.createLiteralString(key))).stream()
                .map(b -> b.get("p")).findFirst();
    }

    /** The entity page's data; empty when the IRI is not a research entity. */
    public Optional<EntityView> entity(Node iri) {
        if (!isA(iri, Vocab.RESEARCH_ENTITY)) {
            return Optional.empty();
        }
        List<ClaimView> wins = new ArrayList<>();
        List<ClaimView> losses = new ArrayList<>();
        List<ClaimView> ties = new ArrayList<>();
        for (ClaimView c : claims(entityClaims, Map.of("this", iri))) {
            boolean isSubject = c.subject().iri().equals(iri.getURI());
            switch (c.relation()) {
                case "outperforms" -> (isSubject ? wins : losses).add(c);
                case "underperforms" -> (isSubject ? losses : wins).add(c);
                default -> ties.add(c);
            }
        }
        List<Link> papers = reader.select(papersMentioning, Map.of("this", iri)).stream()
                .map(b -> new Link(b.get("p").getURI(), text(b, "t", "(untitled)"))).toList();
        return Optional.of(new EntityView(new Link(iri.getURI(), label(iri)),
                values(iri, Vocab.RDF_TYPE, types).stream().map(t -> t.substring(Vocab.NS.length())).toList(),
                values(iri, Vocab.SKOS_ALT_LABEL, literals), values(iri, Vocab.OWL_SAME_AS, literals), papers,
                number(countMentioning, iri), wins, losses, ties));
    }

    /** The paper page's data; empty when the IRI is not a paper. */
    public Optional<PaperView> paper(Node iri) {
        if (!isA(iri, Vocab.PAPER)) {
            return Optional.empty();
        }
        List<List<String>> details = new ArrayList<>();
        for (Map.Entry<String, Node> e : Map.of("arXiv", Vocab.ARXIV_ID, "Year", Vocab.YEAR, "Venue", Vocab.VENUE,
                "Issued", Vocab.DCT_ISSUED, "URL", Vocab.SCHEMA_URL).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            for (String v : values(iri, e.getValue(), literals)) {
                details.add(List.of(e.getKey(), v));
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> typeOf = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Set<String> proposed = new LinkedHashSet<>();
        for (Binding b : reader.select(mentions, Map.of("this", iri))) {
            String e = b.get("e").getURI();
            labels.putIfAbsent(e, text(b, "l", localName(e)));
            names.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(labels.get(e));
            if (b.get("alt") != null) {
                names.get(e).add(b.get("alt").getLiteralLexicalForm());
            }
            if (b.get("t") != null) {
                typeOf.putIfAbsent(e, b.get("t").getLocalName());
            }
            if (b.get("proposed") != null && "true".equals(b.get("proposed").getLiteralLexicalForm())) {
                proposed.add(e);
            }
        }
        List<Mention> ms = labels.keySet().stream().map(e -> new Mention(new Link(e, labels.get(e)),
                typeOf.getOrDefault(e, "ResearchEntity"), List.copyOf(names.get(e)), proposed.contains(e))).toList();
        return Optional.of(new PaperView(new Link(iri.getURI(), label(iri)), values(iri, Vocab.DCT_ABSTRACT, literals),
                details, values(iri, Vocab.AUTHOR_NAME, literals), values(iri, Vocab.RELEASES_CODE, literals), ms,
                claims(paperClaims, Map.of("this", iri))));
    }

    /** One claim; empty when the IRI is not a claim. */
    public Optional<ClaimView> claim(Node iri) {
        if (!isA(iri, Vocab.CLAIM)) {
            return Optional.empty();
        }
        return claims(oneClaim, Map.of("this", iri)).stream().findFirst();
    }

    /**
     * The home page's data. Counts and rankings come from the statistics the build precomputed, so the page stays
     * fast on a large graph; a graph without them (built by an older version) is counted live.
     */
    public HomeView home() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("papers", classCount(Vocab.PAPER));
        counts.put("claims", classCount(Vocab.CLAIM));
        Map<String, List<HomeView.Ranked>> tops = new LinkedHashMap<>();
        for (Node cls : List.of(Vocab.DATASET, Vocab.MODEL, Vocab.METHOD, Vocab.TASK, Vocab.METRIC_CLASS)) {
            counts.put(cls.getLocalName().toLowerCase(Locale.ROOT) + "s", classCount(cls));
        }
        for (EntityType type : List.of(EntityType.DATASET, EntityType.MODEL, EntityType.METHOD)) {
            List<Binding> rows = reader.select(rankedByBuild, Map.of("this", Vocab.rankingOf(type)));
            if (rows.isEmpty()) {
                rows = reader.select(top, Map.of("this", Vocab.classOf(type)));
            }
            tops.put(type.className(), rows.stream()
                    .map(b -> new HomeView.Ranked(new Link(b.get("e").getURI(), text(b, "label", "")),
                            ((Number) b.get("n").getLiteralValue()).longValue())).toList());
        }
        return new HomeView(counts, tops, claims(recentClaims, Map.of()));
    }

    private long classCount(Node cls) {
        List<Binding> rows = reader.select(countedByBuild, Map.of("this", cls));
        return rows.isEmpty() ? number(count, cls) : ((Number) rows.get(0).get("n").getLiteralValue()).longValue();
    }

    /**
     * The "outperforms" network around an entity: its edges and those of its direct neighbours, as
     * {@code [winner, loser]} pairs of links.
     */
    public List<List<Link>> network(Node iri) {
        List<List<Link>> edges = new ArrayList<>();
        for (Binding b : reader.select(network, Map.of("this", iri))) {
            edges.add(List.of(link(b.get("a"), b.get("al")), link(b.get("b"), b.get("bl"))));
        }
        return edges;
    }

    private Link link(Node n, Node label) {
        if (label != null) {
            return new Link(n.getURI(), label.getLiteralLexicalForm());
        }
        return new Link(n.getURI(), label(n));
    }

    /** A label for any resource: preferred label, label, title, or a name made from the IRI. */
    public String label(Node iri) {
        for (Node p : List.of(Vocab.SKOS_PREF_LABEL, Vocab.RDFS_LABEL, Vocab.DCT_TITLE)) {
            List<String> v = values(iri, p, literals);
            if (!v.isEmpty()) {
                return v.get(0);
            }
        }
        if (iri.getURI().endsWith("/proposed")) {
            List<Binding> t = reader.select(titles, Map.of("x", iri));
            return t.isEmpty() ? "proposed method" : "proposed method of “" + text(t.get(0), "t", "") + "”";
        }
        return localName(iri.getURI());
    }

    private List<ClaimView> claims(Query q, Map<String, Node> bindings) {
        Map<String, List<Binding>> rows = new LinkedHashMap<>();
        for (Binding b : reader.select(q, bindings)) {
            rows.computeIfAbsent(b.get("c").getURI(), k -> new ArrayList<>()).add(b);
        }
        List<ClaimView> out = new ArrayList<>();
        rows.forEach((c, bs) -> {
            Binding b = bs.get(0);
            Map<String, Link> datasets = new LinkedHashMap<>();
            for (Binding r : bs) {
                if (r.get("d") != null) {
                    datasets.putIfAbsent(r.get("d").getURI(), link(r.get("d"), r.get("dl")));
                }
            }
            Node s = b.get("s");
            Link subject = b.get("sl") != null ? link(s, b.get("sl")) : new Link(s.getURI(), label(s));
            Optional<Link> object = Optional.ofNullable(b.get("o")).map(o -> link(o, b.get("ol")));
            String objectText = text(b, "ot", object.map(Link::label).orElse(""));
            double conf = b.get("conf") == null ? 0 : ((Number) b.get("conf").getLiteralValue()).doubleValue();
            out.add(new ClaimView(c, subject, b.get("rel").getLocalName(), object, objectText,
                    List.copyOf(datasets.values()), text(b, "mag", ""), text(b, "ev", ""), conf,
                    new Link(b.get("paper").getURI(), text(b, "ptitle", localName(b.get("paper").getURI())))));
        });
        return out;
    }

    private List<String> values(Node iri, Node property, Query q) {
        List<String> out = new ArrayList<>();
        for (Binding b : reader.select(q, Map.of("this", iri, "p", property))) {
            if (!b.vars().hasNext()) {
                continue;
            }
            Node v = b.get(b.vars().next());
            out.add(v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? v.getURI() : v.toString());
        }
        return out;
    }

    private long number(Query q, Node iri) {
        List<Binding> rows = reader.select(q, Map.of("this", iri));
        return rows.isEmpty() || rows.get(0).get("n") == null ? 0
                : ((Number) rows.get(0).get("n").getLiteralValue()).longValue();
    }

    private static String text(Binding b, String var, String fallback) {
        Node n = b.get(var);
        return n == null ? fallback : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String localName(String iri) {
        String s = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    }
}
