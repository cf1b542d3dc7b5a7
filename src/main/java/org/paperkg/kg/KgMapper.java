package org.paperkg.kg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.model.Alias;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.PaperKey;

/**
 * The mapper of one listing and the extraction of its title and abstract to RDF quads in the paperkg vocabulary.
 *
 * <p>It writes the paper with its metadata, the abstract version, the listing and its source, every entity the
 * extraction names (typed, labelled, with aliases merged and the typed mention properties), what the paper
 * proposes, the code it releases, every claim with its evidence and provenance, the direct
 * {@code pkg:outperforms}/{@code pkg:underperforms}/{@code pkg:comparableTo} triples between entities, and the
 * extractor agent. The output is a function of the inputs alone: the same listing, extraction and provenance
 * always give the same quads, each once, in the same order; two listings of one paper give the same paper
 * triples apart from their own listing.
 *
 * <pre>{@code
 * IriMinter iris = IriMinter.of("http://127.0.0.1:3030/");
 * KgMapper mapper = new KgMapper(iris, EntityResolver.identity(), new Provenance("0.1.0", Instant.now()));
 * mapper.map(listing, extraction, iris.sourceGraph(listing.source()), StreamRDFLib.dataset(dataset));
 * }</pre>
 *
 * <p>Names without a letter or digit are skipped, since they cannot name an entity; a claim whose subject is
 * such a name is skipped. An alias pair ({@link Extraction#aliases()}) is one entity whose preferred label is the
 * more specific form ({@link PreferredLabel}) unless the resolver knows a canonical name, with the other forms as
 * {@code skos:altLabel}; its IRI is minted from the short form's key, or from the long form's key when only the
 * long form is known to the resolver. A metadata URL that is not a valid http(s) IRI is not written.
 * Instances are immutable and thread-safe.
 */
public final class KgMapper {

    private final IriMinter iris;
    private final EntityResolver resolver;
    private final Provenance provenance;

    /**
     * A mapper minting IRIs with {@code iris}, resolving names with {@code resolver}, and attributing claims to
     * the extractor and build time of {@code provenance}.
     */
    public KgMapper(IriMinter iris, EntityResolver resolver, Provenance provenance) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Maps one listing and the extraction of its title and abstract into a named graph.
     *
     * <p>Only {@link StreamRDF#quad(Quad)} is called; starting and finishing the stream is the caller's.
     *
     * @param listing the paper as read from its source
     * @param extraction what the extractor found in the listing's title and abstract
     * @param graph the named graph to write into, e.g. {@link IriMinter#sourceGraph(String)}
     * @param out where the quads go
     * @throws IllegalArgumentException when the extraction's title is not the listing's paper
     */
    public void map(Listing listing, Extraction extraction, Node graph, StreamRDF out) {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(out, "out");
        String key = PaperKey.ofTitle(listing.title());
        if (!key.equals(PaperKey.ofTitle(extraction.title()))) {
            throw new IllegalArgumentException("extraction of '" + extraction.title() + "' does not belong to listing '"
                    + listing.title() + "'");
        }
        Run run = new Run(listing, extraction, key);
        run.mapPaper();
        run.mapEntitiesAndClaims();
        for (Triple t : run.triples) {
            out.quad(Quad.create(graph, t));
        }
    }

    /** The state of mapping one listing: the triples written so far and the entities drafted. */
    private final class Run {
        final Set<Triple> triples = new LinkedHashSet<>();
        final Listing listing;
        final Extraction extraction;
        final String key;
        final Node paper;
        final Node abstractVersion;
        final Node extractor;
        final Map<String, EnumSet<EntityType>> listedTypes = new HashMap<>();
        final Map<String, Alias> aliasOf = new HashMap<>();
        final Map<String, Draft> drafts = new LinkedHashMap<>();
        final Map<Alias, Group> aliasGroups = new HashMap<>();

        Run(Listing listing, Extraction extraction, String key) {
            this.listing = listing;
            this.extraction = extraction;
            this.key = key;
            this.paper = iris.paper(key);
            this.abstractVersion = iris.abstractVersion(key, listing.abstractText());
            this.extractor = iris.extractor(provenance.extractorVersion());
        }

        void add(Node s, Node p, Node o) {
            triples.add(Triple.create(s, p, o));
        }

        void mapPaper() {
            Node listingNode = iris.listing(listing.source(), listing.record());
            Node source = iris.source(listing.source());
            add(paper, Vocab.RDF_TYPE, Vocab.PAPER);
            add(paper, Vocab.DCT_TITLE, string(listing.title()));
            add(paper, Vocab.DCT_IDENTIFIER, string(key));
            add(paper, Vocab.HAS_ABSTRACT, abstractVersion);
            add(paper, Vocab.DCT_ABSTRACT, string(listing.abstractText()));
            add(paper, Vocab.LISTED_IN, listingNode);
            Listing.Metadata m = listing.metadata();
            m.id().ifPresent(v -> add(paper, Vocab.SOURCE_ID, string(v)));
            m.arxivId().ifPresent(v -> add(paper, Vocab.ARXIV_ID, string(v)));
            m.authors().forEach(v -> add(paper, Vocab.AUTHOR_NAME, string(v)));
            m.published().ifPresent(v -> add(paper, Vocab.DCT_ISSUED, string(v)));
            m.venue().ifPresent(v -> add(paper, Vocab.VENUE, string(v)));
            m.year().ifPresent(v -> add(paper, Vocab.YEAR, typed(Integer.toString(v), XSDDatatype.XSDinteger)));
            m.url().filter(IriMinter::isWebIri).ifPresent(v -> add(paper, Vocab.SCHEMA_URL, NodeFactory.createURI(v)));

            add(abstractVersion, Vocab.RDF_TYPE, Vocab.ABSTRACT_VERSION);
            add(abstractVersion, Vocab.TEXT, string(listing.abstractText()));
            add(abstractVersion, Vocab.PROV_WAS_DERIVED_FROM, listingNode);

            add(listingNode, Vocab.RDF_TYPE, Vocab.LISTING);
            add(listingNode, Vocab.SOURCE_PROP, source);
            add(listingNode, Vocab.RECORD_NUMBER, typed(Long.toString(listing.record()), XSDDatatype.XSDlong));

            add(source, Vocab.RDF_TYPE, Vocab.SOURCE);
            add(source, Vocab.RDFS_LABEL, string(fileName(listing.source())));
            add(source, Vocab.DCT_SOURCE, string(listing.source()));

            add(extractor, Vocab.RDF_TYPE, Vocab.EXTRACTOR);
            add(extractor, Vocab.VERSION, string(provenance.extractorVersion()));
            add(extractor, Vocab.RDFS_LABEL, string("paperkg extractor " + provenance.extractorVersion()));

            for (String url : extraction.code()) {
                if (url.isBlank()) {
                    continue;
                }
                Node code = iris.code(url);
                add(paper, Vocab.RELEASES_CODE, code);
                add(paper, Vocab.SCHEMA_CODE_REPOSITORY, code);
                add(code, Vocab.RDF_TYPE, Vocab.CODE_REPOSITORY);
                add(code, Vocab.RDFS_LABEL, string(url));
            }
        }

        void mapEntitiesAndClaims() {
            indexNames();
            for (EntityType type : EntityType.values()) {
                for (String name : extraction.names(type)) {
                    entity(name, type);
                }
            }
            for (String name : extraction.proposed()) {
                entity(name, typeOf(name)).ifPresent(iri -> add(paper, Vocab.PROPOSES, iri));
            }
            List<Runnable> claimWriters = new ArrayList<>();
            for (Claim claim : extraction.claims()) {
                claimWriters.add(claimWriter(claim));
            }
            for (Draft d : drafts.values()) {
                writeEntity(d);
            }
            claimWriters.forEach(Runnable::run);
        }

        /** Records the listed types of every name and which names are forms of an alias pair. */
        void indexNames() {
            for (EntityType type : EntityType.values()) {
                for (String name : extraction.names(type)) {
                    String norm = PaperKey.normalize(name);
                    if (!norm.isEmpty()) {
                        listedTypes.computeIfAbsent(norm, k -> EnumSet.noneOf(EntityType.class)).add(type);
                    }
                }
            }
            for (Alias alias : extraction.aliases()) {
                String longNorm = PaperKey.normalize(alias.longForm());
                String shortNorm = PaperKey.normalize(alias.shortForm());
                if (longNorm.isEmpty() || shortNorm.isEmpty()) {
                    continue;
                }
                aliasOf.putIfAbsent(longNorm, alias);
                aliasOf.putIfAbsent(shortNorm, alias);
                EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
                types.addAll(listedTypes.getOrDefault(longNorm, EnumSet.noneOf(EntityType.class)));
                types.addAll(listedTypes.getOrDefault(shortNorm, EnumSet.noneOf(EntityType.class)));
                if (!types.isEmpty()) {
                    listedTypes.computeIfAbsent(longNorm, k -> EnumSet.noneOf(EntityType.class)).addAll(types);
                    listedTypes.computeIfAbsent(shortNorm, k -> EnumSet.noneOf(EntityType.class)).addAll(types);
                }
            }
        }

        /** The types the extraction lists a name under, or {@code METHOD} when it lists it nowhere. */
        EnumSet<EntityType> typeOf(String name) {
            EnumSet<EntityType> types = listedTypes.get(PaperKey.normalize(name));
            return types == null || types.isEmpty() ? EnumSet.of(EntityType.METHOD) : EnumSet.copyOf(types);
        }

        Optional<Node> entity(String name, EntityType type) {
            return entity(name, EnumSet.of(type));
        }

        /** Drafts the entity a name denotes with the given types; empty when the name has no letter or digit. */
        Optional<Node> entity(String name, EnumSet<EntityType> types) {
            String norm = PaperKey.normalize(name);
            if (norm.isEmpty()) {
                return Optional.empty();
            }
            EntityType first = types.iterator().next();
            Alias alias = aliasOf.get(norm);
            Group group = alias != null
                    ? aliasGroups.computeIfAbsent(alias, a -> aliasGroup(a, first))
                    : single(name, first);
            Node iri = iris.entity(group.key);
            Draft d = drafts.computeIfAbsent(iri.getURI(), k -> new Draft(iri));
            d.types.addAll(types);
            d.forms.addAll(group.forms);
            d.known.addAll(group.known);
            d.sameAs.addAll(group.sameAs);
            return Optional.of(iri);
        }

        Group single(String name, EntityType type) {
            ResolvedEntity r = resolver.resolve(name, type);
            Group g = new Group(r.key());
            g.forms.add(name);
            g.forms.add(r.canonical());
            if (isKnown(r, name)) {
                g.known.add(r.canonical());
                g.sameAs.addAll(r.sameAs());
            }
            return g;
        }

        Group aliasGroup(Alias alias, EntityType type) {
            ResolvedEntity longR = resolver.resolve(alias.longForm(), type);
            ResolvedEntity shortR = resolver.resolve(alias.shortForm(), type);
            Group g;
            if (isKnown(longR, alias.longForm())) {
                g = new Group(longR.key());
                g.known.add(longR.canonical());
                g.sameAs.addAll(longR.sameAs());
                g.forms.add(longR.canonical());
            } else if (isKnown(shortR, alias.shortForm())
                    && PaperKey.normalize(shortR.canonical()).equals(PaperKey.normalize(alias.longForm()))) {
                g = new Group(shortR.key());
                g.known.add(shortR.canonical());
                g.sameAs.addAll(shortR.sameAs());
                g.forms.add(shortR.canonical());
            } else {
                g = new Group(isKnown(shortR, alias.shortForm()) ? alias.shortForm() : shortR.key());
            }
            g.forms.add(alias.longForm());
            g.forms.add(alias.shortForm());
            return g;
        }

        boolean isKnown(ResolvedEntity r, String surface) {
            return !r.sameAs().isEmpty() || !r.canonical().equals(surface);
        }

        void writeEntity(Draft d) {
            String pref = PreferredLabel.choose(d.known.isEmpty() ? d.forms : d.known);
            add(d.iri, Vocab.RDF_TYPE, Vocab.RESEARCH_ENTITY);
            for (EntityType t : d.types) {
                add(d.iri, Vocab.RDF_TYPE, Vocab.classOf(t));
                add(paper, Vocab.mentionOf(t), d.iri);
            }
            add(paper, Vocab.MENTIONS, d.iri);
            add(d.iri, Vocab.SKOS_PREF_LABEL, string(pref));
            add(d.iri, Vocab.RDFS_LABEL, string(pref));
            Set<String> alt = new TreeSet<>(d.forms);
            alt.addAll(d.known);
            alt.remove(pref);
            alt.forEach(a -> add(d.iri, Vocab.SKOS_ALT_LABEL, string(a)));
            add(d.iri, Vocab.NORMALIZED_NAME, string(PaperKey.normalize(pref)));
            d.sameAs.forEach(s -> add(d.iri, Vocab.OWL_SAME_AS, NodeFactory.createURI(s)));
        }

        /** The proposed-method node of this paper, typed and labelled, linked from the paper. */
        Node proposedNode() {
            Node node = iris.proposed(key);
            String label = "proposed method of \"" + listing.title() + "\"";
            add(node, Vocab.RDF_TYPE, Vocab.RESEARCH_ENTITY);
            add(node, Vocab.RDF_TYPE, Vocab.METHOD);
            add(node, Vocab.SKOS_PREF_LABEL, string(label));
            add(node, Vocab.RDFS_LABEL, string(label));
            add(node, Vocab.NORMALIZED_NAME, string(PaperKey.normalize(label)));
            add(paper, Vocab.PROPOSES, node);
            add(paper, Vocab.MENTIONS, node);
            add(paper, Vocab.USES_METHOD, node);
            return node;
        }

        /**
         * Drafts the entities of a claim now and returns what writes the claim once entities are written, so that
         * every entity's labels are complete before any is written.
         */
        Runnable claimWriter(Claim claim) {
            Optional<Node> subject = claim.subjectIsProposed()
                    ? Optional.of(proposedNode())
                    : entity(claim.subject(), typeOf(claim.subject()));
            if (subject.isEmpty()) {
                return () -> { };
            }
            Optional<Node> object;
            if (!claim.objectNamed()) {
                object = Optional.empty();
            } else if (Claim.PROPOSED.equals(claim.object())) {
                object = Optional.of(proposedNode());
            } else {
                object = entity(claim.object(), typeOf(claim.object()));
            }
            List<Node> datasets = new ArrayList<>();
            for (String d : claim.datasets()) {
                entity(d, EntityType.DATASET).ifPresent(datasets::add);
            }
            Optional<Node> metric = claim.metric().flatMap(m -> entity(m, EntityType.METRIC));
            return () -> writeClaim(claim, subject.get(), object, datasets, metric);
        }

        void writeClaim(Claim claim, Node subject, Optional<Node> object, List<Node> datasets, Optional<Node> metric) {
            Node c = iris.claim(key, listing.abstractText(), claim);
            add(c, Vocab.RDF_TYPE, Vocab.CLAIM);
            add(c, Vocab.SUBJECT, subject);
            add(c, Vocab.SUBJECT_TEXT, string(claim.subject()));
            add(c, Vocab.RELATION, Vocab.propertyOf(claim.relation()));
            object.ifPresent(o -> add(c, Vocab.OBJECT, o));
            add(c, Vocab.OBJECT_TEXT, string(claim.object()));
            add(c, Vocab.OBJECT_NAMED, typed(Boolean.toString(claim.objectNamed()), XSDDatatype.XSDboolean));
            datasets.forEach(d -> add(c, Vocab.ON_DATASET, d));
            metric.ifPresent(m -> add(c, Vocab.METRIC, m));
            claim.magnitude().ifPresent(m -> add(c, Vocab.MAGNITUDE, string(m)));
            add(c, Vocab.EVIDENCE, string(claim.sentence()));
            add(c, Vocab.SENTENCE_START, typed(Integer.toString(claim.sentenceStart()), XSDDatatype.XSDinteger));
            add(c, Vocab.SENTENCE_END, typed(Integer.toString(claim.sentenceEnd()), XSDDatatype.XSDinteger));
            add(c, Vocab.CONFIDENCE, typed(Double.toString(claim.confidence()), XSDDatatype.XSDdouble));
            add(c, Vocab.STATED_IN, paper);
            add(c, Vocab.PROV_WAS_DERIVED_FROM, abstractVersion);
            add(c, Vocab.PROV_WAS_ATTRIBUTED_TO, extractor);
            add(c, Vocab.PROV_GENERATED_AT_TIME,
                    typed(provenance.generatedAt().toString(), XSDDatatype.XSDdateTime));
            object.filter(o -> !o.equals(subject)).ifPresent(o -> {
                add(subject, Vocab.propertyOf(claim.relation()), o);
                add(o, Vocab.propertyOf(claim.relation().inverse()), subject);
            });
        }
    }

    /**
     * The rank of one abstract version of a paper: a paper that arrives with several abstracts (several sources,
     * revised versions) states the claims of its winning version only, the one that sorts first. The longest text
     * (in code points) wins, so a revised abstract that adds results wins over a shorter one; equal lengths are
     * broken by the smaller {@link PaperKey#hash} of the text. The rank depends on the text alone, not on the order
     * in which versions arrive, so every build and {@code paperkg extract} pick the same version.
     *
     * <pre>{@code
     * boolean wins = VersionRank.of(revised).compareTo(VersionRank.of(original)) < 0;
     * }</pre>
     *
     * @param length the length of the text in code points
     * @param hash {@link PaperKey#hash} of the text
     */
    public record VersionRank(int length, String hash) implements Comparable<VersionRank> {
        private static final Comparator<VersionRank> ORDER = Comparator.comparingInt(VersionRank::length).reversed()
                .thenComparing(VersionRank::hash);

        public VersionRank {
            Objects.requireNonNull(hash, "hash");
        }

        /** The rank of an abstract text. */
        public static VersionRank of(String abstractText) {
            return new VersionRank(abstractText.codePointCount(0, abstractText.length()), PaperKey.hash(abstractText));
        }

        /** Negative when this version wins over the other. */
        @Override
        public int compareTo(VersionRank other) {
            return ORDER.compare(this, other);
        }
    }

    /** What one name or alias pair resolves to: the key and the labels and identifiers it contributes. */
    private static final class Group {
        final String key;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> known = new LinkedHashSet<>();
        final Set<String> sameAs = new TreeSet<>();

        Group(String key) {
            this.key = key;
        }
    }

    /** One entity of this paper being assembled before it is written. */
    private static final class Draft {
        final Node iri;
        final EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
        final Set<String> forms = new TreeSet<>();
        final Set<String> known = new TreeSet<>();
        final Set<String> sameAs = new TreeSet<>();

        Draft(Node iri) {
            this.iri = iri;
        }
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** The last segment of a path or URL, ignoring a trailing separator; the whole text when it has none. */
    static String fileName(String source) {
        String s = source;
        while (s.length() > 1 && (s.endsWith("/") || s.endsWith("\\"))) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = cut >= 0 ? s.substring(cut + 1) : s;
        return name.isEmpty() ? source : name;
    }
}
