package org.paperkg.kg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.paperkg.model.EntityType;
import org.paperkg.model.Relation;

/**
 * The paperkg vocabulary as Jena {@link Node} constants: every {@code pkg:} class and property of
 * {@code ontology/paperkg.ttl}, and the terms of other vocabularies (DCTERMS, SKOS, PROV-O, schema.org, ...) the
 * knowledge graph uses.
 *
 * <pre>{@code
 * out.triple(Triple.create(paper, Vocab.RDF_TYPE, Vocab.PAPER));
 * }</pre>
 */
public final class Vocab {
    private Vocab() {
    }

    /** The paperkg ontology namespace, prefix {@code pkg:}. */
    public static final String NS = "https://w3id.org/paperkg/ontology#";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/paperkg/ontology";

    /** The DCTERMS namespace, prefix {@code dcterms:}. */
    public static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    /** The SKOS namespace, prefix {@code skos:}. */
    public static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    /** The PROV-O namespace, prefix {@code prov:}. */
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    /** The schema.org namespace, prefix {@code schema:}. */
    public static final String SCHEMA_NS = "https://schema.org/";
    /** The FaBiO namespace, prefix {@code fabio:}. */
    public static final String FABIO_NS = "http://purl.org/spar/fabio/";
    /** The ML-Schema namespace, prefix {@code mls:}. */
    public static final String MLS_NS = "http://www.w3.org/ns/mls#";
    /** The RDF namespace, prefix {@code rdf:}. */
    public static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /** The RDFS namespace, prefix {@code rdfs:}. */
    public static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    /** The OWL namespace, prefix {@code owl:}. */
    public static final String OWL_NS = "http://www.w3.org/2002/07/owl#";
    /** The XML Schema datatypes namespace, prefix {@code xsd:}. */
    public static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";
    /** The VoID namespace, prefix {@code void:}. */
    public static final String VOID_NS = "http://rdfs.org/ns/void#";
    /** The DCAT namespace, prefix {@code dcat:}. */
    public static final String DCAT_NS = "http://www.w3.org/ns/dcat#";

    /** The prefixes of the vocabularies above, prefix to namespace, in a fixed order (for writers and queries). */
    public static final Map<String, String> PREFIXES = prefixes();

    // ---- pkg: classes ----
    /** {@code pkg:Paper}, a research paper. */
    public static final Node PAPER = pkg("Paper");
    /** {@code pkg:AbstractVersion}, one text of a paper's abstract. */
    public static final Node ABSTRACT_VERSION = pkg("AbstractVersion");
    /** {@code pkg:Source}, a file or page that lists papers. */
    public static final Node SOURCE = pkg("Source");
    /** {@code pkg:Listing}, one appearance of a paper in a source. */
    public static final Node LISTING = pkg("Listing");
    /** {@code pkg:ResearchEntity}, the superclass of methods, models, datasets, tasks and metrics. */
    public static final Node RESEARCH_ENTITY = pkg("ResearchEntity");
    /** {@code pkg:Method}. */
    public static final Node METHOD = pkg("Method");
    /** {@code pkg:Model}. */
    public static final Node MODEL = pkg("Model");
    /** {@code pkg:Dataset}. */
    public static final Node DATASET = pkg("Dataset");
    /** {@code pkg:Task}. */
    public static final Node TASK = pkg("Task");
    /** {@code pkg:Metric}. */
    public static final Node METRIC_CLASS = pkg("Metric");
    /** {@code pkg:CodeRepository}, a code location a paper releases. */
    public static final Node CODE_REPOSITORY = pkg("CodeRepository");
    /** {@code pkg:Claim}, a comparative claim. */
    public static final Node CLAIM = pkg("Claim");
    /** {@code pkg:Extractor}, the software agent claims are attributed to. */
    public static final Node EXTRACTOR = pkg("Extractor");

    // ---- pkg: paper, listing and source properties ----
    /** {@code pkg:arxivId}. */
    public static final Node ARXIV_ID = pkg("arxivId");
    /** {@code pkg:titleKey}, the key of a title a merged paper was listed under. */
    public static final Node TITLE_KEY = pkg("titleKey");
    /** {@code pkg:sourceId}, the input's own identifier of the record. */
    public static final Node SOURCE_ID = pkg("sourceId");
    /** {@code pkg:authorName}, one literal per author. */
    public static final Node AUTHOR_NAME = pkg("authorName");
    /** {@code pkg:venue}. */
    public static final Node VENUE = pkg("venue");
    /** {@code pkg:year} (xsd:integer). */
    public static final Node YEAR = pkg("year");
    /** {@code pkg:hasAbstract}, paper to abstract version. */
    public static final Node HAS_ABSTRACT = pkg("hasAbstract");
    /** {@code pkg:text}, the text of an abstract version. */
    public static final Node TEXT = pkg("text");
    /** {@code pkg:listedIn}, paper to listing. */
    public static final Node LISTED_IN = pkg("listedIn");
    /** {@code pkg:source}, listing to source. */
    public static final Node SOURCE_PROP = pkg("source");
    /** {@code pkg:recordNumber} (xsd:long). */
    public static final Node RECORD_NUMBER = pkg("recordNumber");
    /** {@code pkg:mentions}, the superproperty of the typed mention properties. */
    public static final Node MENTIONS = pkg("mentions");
    /** {@code pkg:usesDataset}. */
    public static final Node USES_DATASET = pkg("usesDataset");
    /** {@code pkg:usesModel}. */
    public static final Node USES_MODEL = pkg("usesModel");
    /** {@code pkg:usesMethod}. */
    public static final Node USES_METHOD = pkg("usesMethod");
    /** {@code pkg:addressesTask}. */
    public static final Node ADDRESSES_TASK = pkg("addressesTask");
    /** {@code pkg:reportsMetric}. */
    public static final Node REPORTS_METRIC = pkg("reportsMetric");
    /** {@code pkg:proposes}. */
    public static final Node PROPOSES = pkg("proposes");
    /** {@code pkg:releasesCode}. */
    public static final Node RELEASES_CODE = pkg("releasesCode");

    // ---- pkg: entity properties ----
    /** {@code pkg:normalizedName}. */
    public static final Node NORMALIZED_NAME = pkg("normalizedName");

    // ---- pkg: comparison properties ----
    /** {@code pkg:outperforms}. */
    public static final Node OUTPERFORMS = pkg("outperforms");
    /** {@code pkg:underperforms}, the inverse of {@code pkg:outperforms}. */
    public static final Node UNDERPERFORMS = pkg("underperforms");
    /** {@code pkg:comparableTo}, symmetric. */
    public static final Node COMPARABLE_TO = pkg("comparableTo");

    // ---- pkg: claim properties ----
    /** {@code pkg:subject}. */
    public static final Node SUBJECT = pkg("subject");
    /** {@code pkg:subjectText}. */
    public static final Node SUBJECT_TEXT = pkg("subjectText");
    /** {@code pkg:relation}. */
    public static final Node RELATION = pkg("relation");
    /** {@code pkg:object}. */
    public static final Node OBJECT = pkg("object");
    /** {@code pkg:objectText}. */
    public static final Node OBJECT_TEXT = pkg("objectText");
    /** {@code pkg:objectNamed} (xsd:boolean). */
    public static final Node OBJECT_NAMED = pkg("objectNamed");
    /** {@code pkg:onDataset}. */
    public static final Node ON_DATASET = pkg("onDataset");
    /** {@code pkg:metric}, the property (the class is {@link #METRIC_CLASS}). */
    public static final Node METRIC = pkg("metric");
    /** {@code pkg:magnitude}. */
    public static final Node MAGNITUDE = pkg("magnitude");
    /** {@code pkg:evidence}. */
    public static final Node EVIDENCE = pkg("evidence");
    /** {@code pkg:sentenceStart} (xsd:integer). */
    public static final Node SENTENCE_START = pkg("sentenceStart");
    /** {@code pkg:sentenceEnd} (xsd:integer). */
    public static final Node SENTENCE_END = pkg("sentenceEnd");
    /** {@code pkg:confidence} (xsd:double). */
    public static final Node CONFIDENCE = pkg("confidence");
    /** {@code pkg:statedIn}. */
    public static final Node STATED_IN = pkg("statedIn");
    /** {@code pkg:version}, an extractor's version string. */
    public static final Node VERSION = pkg("version");

    // ---- precomputed statistics ----
    /** {@code pkg:Ranking}, a ranking of entities that each build precomputes. */
    public static final Node RANKING = pkg("Ranking");
    /** {@code pkg:RankingEntry}, one place in a ranking. */
    public static final Node RANKING_ENTRY = pkg("RankingEntry");
    /** {@code pkg:inRanking}, the ranking an entry belongs to. */
    public static final Node IN_RANKING = pkg("inRanking");
    /** {@code pkg:rank} (xsd:integer), an entry's place, 1 for the first. */
    public static final Node RANK = pkg("rank");
    /** {@code pkg:rankedEntity}, the entity an entry ranks. */
    public static final Node RANKED_ENTITY = pkg("rankedEntity");
    /** {@code pkg:paperCount} (xsd:integer), how many papers an entry counts. */
    public static final Node PAPER_COUNT = pkg("paperCount");
    /** {@code pkg:claimCount} (xsd:integer), how many claims an entry counts. */
    public static final Node CLAIM_COUNT = pkg("claimCount");
    /** {@code pkg:methodRanking}: methods by the papers that use or propose them. */
    public static final Node METHOD_RANKING = pkg("methodRanking");
    /** {@code pkg:modelRanking}: models by the papers that use or propose them. */
    public static final Node MODEL_RANKING = pkg("modelRanking");
    /** {@code pkg:datasetRanking}: datasets by the papers that use or introduce them. */
    public static final Node DATASET_RANKING = pkg("datasetRanking");
    /** {@code pkg:taskRanking}: tasks by the papers that address them. */
    public static final Node TASK_RANKING = pkg("taskRanking");
    /** {@code pkg:metricRanking}: metrics by the papers that report them. */
    public static final Node METRIC_RANKING = pkg("metricRanking");
    /** {@code pkg:contestedWith}: claims disagree on whether the subject outperforms the object. */
    public static final Node CONTESTED_WITH = pkg("contestedWith");
    /** {@code pkg:baselineRanking}: the objects of claims by the papers and claims that compare with them. */
    public static final Node BASELINE_RANKING = pkg("baselineRanking");
    /** {@code pkg:aliasedEntityRanking}: the entities with an alias by the papers that mention them. */
    public static final Node ALIASED_ENTITY_RANKING = pkg("aliasedEntityRanking");
    /** {@code pkg:coUsedRanking}: a dataset's ranking of the methods and models its papers mention. */
    public static final Node CO_USED_RANKING = pkg("coUsedRanking");
    /** {@code pkg:paperRanking}: a dataset's ranking of the papers that use it or state claims on it. */
    public static final Node PAPER_RANKING = pkg("paperRanking");
    /** {@code pkg:proposingWithCodeRanking}: papers that propose something and release code, by title. */
    public static final Node PROPOSING_WITH_CODE_RANKING = pkg("proposingWithCodeRanking");
    /** {@code pkg:contradictionRanking}: pairs of claims from different papers that disagree. */
    public static final Node CONTRADICTION_RANKING = pkg("contradictionRanking");
    /** {@code pkg:rankedPaper}, the paper an entry ranks or belongs to. */
    public static final Node RANKED_PAPER = pkg("rankedPaper");
    /** {@code pkg:rankedCode}, the code repository of an entry. */
    public static final Node RANKED_CODE = pkg("rankedCode");
    /** {@code pkg:rankedClaim}, the claim an entry ranks. */
    public static final Node RANKED_CLAIM = pkg("rankedClaim");
    /** {@code pkg:otherClaim}, the claim that disagrees with an entry's ranked claim. */
    public static final Node OTHER_CLAIM = pkg("otherClaim");
    /** {@code pkg:marginRanking}: a dataset's ranking of the claims on it that state a margin, largest first. */
    public static final Node MARGIN_RANKING = pkg("marginRanking");
    /** {@code pkg:rankedLabel}, the canonical name of an entry's entity, copied into the statistics. */
    public static final Node RANKED_LABEL = pkg("rankedLabel");
    /** {@code pkg:rankedAlias}, an alias of an entry's entity, copied into the statistics. */
    public static final Node RANKED_ALIAS = pkg("rankedAlias");
    /** {@code pkg:statisticsVersion} (xsd:integer), the format of the statistics a build wrote. */
    public static final Node STATISTICS_VERSION = pkg("statisticsVersion");

    // ---- other vocabularies ----
    /** {@code rdf:type}. */
    public static final Node RDF_TYPE = uri(RDF_NS + "type");
    /** {@code rdfs:label}. */
    public static final Node RDFS_LABEL = uri(RDFS_NS + "label");
    /** {@code rdfs:comment}. */
    public static final Node RDFS_COMMENT = uri(RDFS_NS + "comment");
    /** {@code owl:sameAs}. */
    public static final Node OWL_SAME_AS = uri(OWL_NS + "sameAs");
    /** {@code dcterms:title}. */
    public static final Node DCT_TITLE = uri(DCTERMS_NS + "title");
    /** {@code dcterms:identifier}. */
    public static final Node DCT_IDENTIFIER = uri(DCTERMS_NS + "identifier");
    /** {@code dcterms:issued}. */
    public static final Node DCT_ISSUED = uri(DCTERMS_NS + "issued");
    /** {@code dcterms:abstract}. */
    public static final Node DCT_ABSTRACT = uri(DCTERMS_NS + "abstract");
    /** {@code dcterms:source}. */
    public static final Node DCT_SOURCE = uri(DCTERMS_NS + "source");
    /** {@code skos:prefLabel}. */
    public static final Node SKOS_PREF_LABEL = uri(SKOS_NS + "prefLabel");
    /** {@code skos:altLabel}. */
    public static final Node SKOS_ALT_LABEL = uri(SKOS_NS + "altLabel");
    /** {@code prov:wasDerivedFrom}. */
    public static final Node PROV_WAS_DERIVED_FROM = uri(PROV_NS + "wasDerivedFrom");
    /** {@code prov:wasAttributedTo}. */
    public static final Node PROV_WAS_ATTRIBUTED_TO = uri(PROV_NS + "wasAttributedTo");
    /** {@code prov:generatedAtTime}. */
    public static final Node PROV_GENERATED_AT_TIME = uri(PROV_NS + "generatedAtTime");
    /** {@code schema:url}. */
    public static final Node SCHEMA_URL = uri(SCHEMA_NS + "url");
    /** {@code schema:codeRepository}. */
    public static final Node SCHEMA_CODE_REPOSITORY = uri(SCHEMA_NS + "codeRepository");

    /** The class of entities of one type, e.g. {@link #DATASET} for {@link EntityType#DATASET}. */
    public static Node classOf(EntityType type) {
        return switch (type) {
            case DATASET -> DATASET;
            case MODEL -> MODEL;
            case METHOD -> METHOD;
            case TASK -> TASK;
            case METRIC -> METRIC_CLASS;
        };
    }

    /** The mention sub-property for entities of one type, e.g. {@link #USES_DATASET} for datasets. */
    public static Node mentionOf(EntityType type) {
        return switch (type) {
            case DATASET -> USES_DATASET;
            case MODEL -> USES_MODEL;
            case METHOD -> USES_METHOD;
            case TASK -> ADDRESSES_TASK;
            case METRIC -> REPORTS_METRIC;
        };
    }

    /** The ranking of entities of one type by the papers that mention them, e.g. {@link #DATASET_RANKING}. */
    public static Node rankingOf(EntityType type) {
        return switch (type) {
            case DATASET -> DATASET_RANKING;
            case MODEL -> MODEL_RANKING;
            case METHOD -> METHOD_RANKING;
            case TASK -> TASK_RANKING;
            case METRIC -> METRIC_RANKING;
        };
    }

    /** The comparison property of a relation, e.g. {@link #OUTPERFORMS} for {@link Relation#OUTPERFORMS}. */
    public static Node propertyOf(Relation relation) {
        return switch (relation) {
            case OUTPERFORMS -> OUTPERFORMS;
            case COMPARABLE -> COMPARABLE_TO;
            case UNDERPERFORMS -> UNDERPERFORMS;
        };
    }

    /**
     * The IRI node of a compact name such as {@code "skos:prefLabel"}, expanded with {@link #PREFIXES}.
     *
     * @throws IllegalArgumentException when the prefix is not one of {@link #PREFIXES}
     */
    public static Node uriOf(String compactName) {
        int colon = compactName.indexOf(':');
        String ns = colon < 0 ? null : PREFIXES.get(compactName.substring(0, colon));
        if (ns == null) {
            throw new IllegalArgumentException("not a compact name with a known prefix: '" + compactName
                    + "' (known prefixes: " + PREFIXES.keySet() + ")");
        }
        return NodeFactory.createURI(ns + compactName.substring(colon + 1));
    }

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pkg", NS);
        m.put("rdf", RDF_NS);
        m.put("rdfs", RDFS_NS);
        m.put("owl", OWL_NS);
        m.put("xsd", XSD_NS);
        m.put("dcterms", DCTERMS_NS);
        m.put("skos", SKOS_NS);
        m.put("prov", PROV_NS);
        m.put("schema", SCHEMA_NS);
        m.put("fabio", FABIO_NS);
        m.put("mls", MLS_NS);
        m.put("void", VOID_NS);
        m.put("dcat", DCAT_NS);
        return Collections.unmodifiableMap(m);
    }

    private static Node pkg(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
