package org.paperkg.kg;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rfc3986.IRI3986;
import org.apache.jena.rfc3986.IRIParseException;
import org.paperkg.model.Claim;
import org.paperkg.model.PaperKey;

/**
 * The minter of every instance IRI of the knowledge graph, under one base IRI, following the vocabulary spec's
 * IRI table: papers, abstract versions, proposed-method nodes, sources, listings, entities, claims, code
 * repositories, extractors and named graphs.
 *
 * <pre>{@code
 * IriMinter iris = IriMinter.of("http://127.0.0.1:3030/");
 * Node paper = iris.paper(PaperKey.ofTitle("Lion: Symbolic Discovery of Optimization Algorithms"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IriMinter {

    /** The default base IRI: the local server, so that the demo resolves offline. */
    public static final String DEFAULT_BASE = "http://127.0.0.1:3030/";

    private static final Pattern PAPER_KEY = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]{1,64}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._~+-]{1,64}");

    private final String base;

    private IriMinter(String base) {
        this.base = base;
    }

    /**
     * A minter for a base IRI.
     *
     * @param baseIri an absolute http or https IRI with a host, ending with '/', without query or fragment
     * @throws IllegalArgumentException when the base IRI is not such an IRI
     */
    public static IriMinter of(String baseIri) {
        Objects.requireNonNull(baseIri, "baseIri");
        IRI3986 iri;
        try {
            IRIx.create(baseIri);
            iri = IRI3986.create(baseIri);
        } catch (IRIException | IRIParseException e) {
            throw new IllegalArgumentException("base IRI '" + baseIri + "' is not a valid IRI: " + e.getMessage(), e);
        }
        if (!iri.isAbsolute()) {
            throw new IllegalArgumentException("base IRI '" + baseIri + "' is not absolute");
        }
        String scheme = iri.scheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("base IRI '" + baseIri + "' must use http or https, not " + scheme);
        }
        if (!iri.hasHost() || iri.host().isEmpty()) {
            throw new IllegalArgumentException("base IRI '" + baseIri + "' has no host");
        }
        if (iri.hasQuery() || iri.hasFragment()) {
            throw new IllegalArgumentException("base IRI '" + baseIri + "' must not have a query or fragment");
        }
        if (!baseIri.endsWith("/")) {
            throw new IllegalArgumentException("base IRI '" + baseIri + "' must end with '/'");
        }
        return new IriMinter(baseIri);
    }

    /** A minter for {@link #DEFAULT_BASE}. */
    public static IriMinter defaultBase() {
        return of(DEFAULT_BASE);
    }

    /** The base IRI every minted IRI starts with. */
    public String base() {
        return base;
    }

    /**
     * The IRI of a paper: {@code {base}paper/{key}}.
     *
     * @param paperKey the paper's key, {@link PaperKey#ofTitle(String)} of its title
     * @throws IllegalArgumentException when the key is not 16 lower-case hex digits
     */
    public Node paper(String paperKey) {
        return uri("paper/" + checkKey(paperKey));
    }

    /** The IRI of one version of a paper's abstract: {@code {base}paper/{key}/abstract/{hash(text)}}. */
    public Node abstractVersion(String paperKey, String abstractText) {
        return uri("paper/" + checkKey(paperKey) + "/abstract/" + PaperKey.hash(abstractText));
    }

    /** The IRI of a paper's unnamed proposed method: {@code {base}paper/{key}/proposed}. */
    public Node proposed(String paperKey) {
        return uri("paper/" + checkKey(paperKey) + "/proposed");
    }

    /** The IRI of a source (a file or page): {@code {base}source/{hash(sourceName)}}. */
    public Node source(String sourceName) {
        return uri("source/" + PaperKey.hash(sourceName));
    }

    /**
     * The IRI of one record of a source: {@code {base}source/{hash(sourceName)}/{recordNumber}}.
     *
     * @throws IllegalArgumentException when the record number is negative
     */
    public Node listing(String sourceName, long recordNumber) {
        if (recordNumber < 0) {
            throw new IllegalArgumentException("record number must not be negative: " + recordNumber);
        }
        return uri("source/" + PaperKey.hash(sourceName) + "/" + recordNumber);
    }

    /**
     * The IRI of a research entity: {@code {base}entity/{slug}} with the slug of {@link #entitySlug(String)}.
     *
     * @param name the entity's key or canonical name
     * @throws IllegalArgumentException when the name has no letter or digit
     */
    public Node entity(String name) {
        return uri("entity/" + entitySlug(name));
    }

    /**
     * The slug of an entity name: {@link PaperKey#normalize(String)} of it when that is 1 to 64 characters of
     * [a-z0-9], else {@code h} followed by {@link PaperKey#hash(String)} of the normalised name.
     *
     * @throws IllegalArgumentException when the name has no letter or digit
     */
    public static String entitySlug(String name) {
        String normalized = PaperKey.normalize(name);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("entity name '" + name + "' has no letter or digit");
        }
        return SLUG.matcher(normalized).matches() ? normalized : "h" + PaperKey.hash(normalized);
    }

    /**
     * The IRI of a claim: {@code {base}claim/{hash(key|abstractHash|sentenceStart|subject|relation|object)}}.
     *
     * @param paperKey the key of the paper stating the claim
     * @param abstractText the abstract version the claim was extracted from
     * @param claim the claim
     */
    public Node claim(String paperKey, String abstractText, Claim claim) {
        String id = checkKey(paperKey) + "|" + PaperKey.hash(abstractText) + "|" + claim.sentenceStart() + "|"
                + claim.subject() + "|" + claim.relation().label() + "|" + claim.object();
        return uri("claim/" + PaperKey.hash(id));
    }

    /**
     * The IRI of a code repository: the URL itself when it is a valid absolute http(s) IRI with a host, else
     * {@code {base}code/{hash(url)}}.
     */
    public Node code(String url) {
        return isWebIri(url) ? NodeFactory.createURI(url) : uri("code/" + PaperKey.hash(url));
    }

    /**
     * The IRI of the extractor agent of one version: {@code {base}extractor/{version}}.
     *
     * @throws IllegalArgumentException when the version is not 1 to 64 characters of [A-Za-z0-9._~+-]
     */
    public Node extractor(String version) {
        return uri("extractor/" + checkVersion(version));
    }

    /** The named graph holding everything mapped from one source: {@code {base}graph/source/{hash(sourceName)}}. */
    public Node sourceGraph(String sourceName) {
        return uri("graph/source/" + PaperKey.hash(sourceName));
    }

    /** The named graph of the dataset's own description (VoID/DCAT, builds): {@code {base}graph/meta}. */
    public Node metaGraph() {
        return uri("graph/meta");
    }

    /** The named graph of the statistics each build precomputes: {@code {base}graph/statistics}. */
    public Node statisticsGraph() {
        return uri("graph/statistics");
    }

    /** One entry of a precomputed ranking: {@code {base}statistics/{ranking's local name}/{rank}}. */
    public Node rankingEntry(Node ranking, int rank) {
        return uri("statistics/" + ranking.getLocalName() + "/" + rank);
    }

    /**
     * A ranking of one kind that belongs to one dataset (its co-used entities, its papers, its claims by margin):
     * {@code {base}statistics/{kind}/{the dataset's IRI below the base}}, or {@code .../iri/{hash}} for a dataset
     * minted under another base.
     */
    public Node datasetRanking(String kind, Node dataset) {
        String iri = dataset.getURI();
        String below = iri.startsWith(base) ? iri.substring(base.length())
                : "iri/" + Integer.toHexString(iri.hashCode());
        return uri("statistics/" + kind + "/" + below);
    }

    /** One entry of a dataset's ranking ({@link #datasetRanking}): {@code {the ranking's IRI}/{rank}}. */
    public Node datasetRankingEntry(Node ranking, int rank) {
        return NodeFactory.createURI(ranking.getURI() + "/" + rank);
    }

    /** The VoID class partition of the current graph for one class: {@code {base}statistics/class/{local name}}. */
    public Node classPartition(Node cls) {
        return uri("statistics/class/" + cls.getLocalName());
    }

    /** Whether a string is an absolute http or https IRI with a host, usable as an IRI as it stands. */
    public static boolean isWebIri(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        try {
            IRIx.create(text);
            IRI3986 iri = IRI3986.create(text);
            String scheme = iri.scheme();
            return iri.isAbsolute() && scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && iri.hasHost() && !iri.host().isEmpty();
        } catch (IRIException | IRIParseException e) {
            return false;
        }
    }

    /**
     * Checks an extractor version string for use in an IRI.
     *
     * @throws IllegalArgumentException when it is not 1 to 64 characters of [A-Za-z0-9._~+-]
     */
    static String checkVersion(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("extractor version '" + version
                    + "' must be 1 to 64 characters of letters, digits and ._~+-");
        }
        return version;
    }

    private static String checkKey(String paperKey) {
        if (paperKey == null || !PAPER_KEY.matcher(paperKey).matches()) {
            throw new IllegalArgumentException("paper key '" + paperKey + "' is not 16 lower-case hex digits");
        }
        return paperKey;
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    @Override
    public String toString() {
        return "IriMinter[" + base + "]";
    }
}
