package org.paperkg.kg;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.paperkg.model.Alias;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Listing;
import org.paperkg.model.Relation;

/** A fixed listing and a hand-built extraction of it, shared by the kg tests. */
final class KgFixtures {
    private KgFixtures() {
    }

    static final String SOURCE = "data/daily-papers/2023-02-14.txt";
    static final String TITLE = "Symbolic Discovery of Optimization Algorithms";
    static final String ABSTRACT = "We present Lion (EvoLved Sign Momentum), a simple optimizer discovered by program "
            + "search. On ImageNet, Lion boosts the top-1 accuracy of ViT by up to 2% over AdamW. "
            + "Our method is comparable to Adafactor on language modeling. "
            + "Lion also outperforms strong baselines, while Sophia underperforms Lion on ImageNet. "
            + "Code is available at https://github.com/google/automl/tree/master/lion.";
    static final Provenance PROVENANCE = new Provenance("0.1.0", Instant.parse("2024-05-01T12:00:00Z"));
    static final IriMinter IRIS = IriMinter.of("http://example.org/kg/");

    static Listing listing() {
        return listing(SOURCE, 3);
    }

    static Listing listing(String source, long record) {
        return new Listing(source, record, TITLE, ABSTRACT, new Listing.Metadata(
                Optional.of("lion-2302"), Optional.of("2302.06675"), List.of("Xiangning Chen", "Chen Liang"),
                Optional.of("2023-02-13"), Optional.of("NeurIPS"), OptionalInt.of(2023),
                Optional.of("https://arxiv.org/abs/2302.06675")));
    }

    static Claim claim(String subject, Relation relation, String object, boolean named, List<String> datasets,
            Optional<String> metric, Optional<String> magnitude, String sentence, double confidence) {
        int start = ABSTRACT.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("sentence not in the abstract: " + sentence);
        }
        return new Claim(subject, relation, object, named, datasets, metric, magnitude, sentence, start,
                start + sentence.length(), confidence);
    }

    static Extraction extraction() {
        String s2 = "On ImageNet, Lion boosts the top-1 accuracy of ViT by up to 2% over AdamW.";
        String s3 = "Our method is comparable to Adafactor on language modeling.";
        String s4 = "Lion also outperforms strong baselines, while Sophia underperforms Lion on ImageNet.";
        return new Extraction("lion-2302", TITLE,
                Map.of(EntityType.DATASET, List.of("ImageNet"),
                        EntityType.MODEL, List.of("ViT"),
                        EntityType.METHOD, List.of("Lion", "EvoLved Sign Momentum", "AdamW", "Adafactor"),
                        EntityType.TASK, List.of("language modeling"),
                        EntityType.METRIC, List.of("top-1 accuracy")),
                List.of("Lion"),
                List.of("https://github.com/google/automl/tree/master/lion"),
                List.of(
                        claim("Lion", Relation.OUTPERFORMS, "AdamW", true, List.of("ImageNet"),
                                Optional.of("top-1 accuracy"), Optional.of("2%"), s2, 0.9),
                        claim(Claim.PROPOSED, Relation.COMPARABLE, "Adafactor", true, List.of(),
                                Optional.empty(), Optional.empty(), s3, 0.6),
                        claim("Lion", Relation.OUTPERFORMS, "strong baselines", false, List.of(),
                                Optional.empty(), Optional.empty(), s4, 0.7),
                        claim("Sophia", Relation.UNDERPERFORMS, "Lion", true, List.of("ImageNet"),
                                Optional.empty(), Optional.empty(), s4, 0.75)),
                List.of(new Alias("EvoLved Sign Momentum", "Lion")));
    }

    /** Maps listings with their extractions into one dataset, each into its source's graph. */
    static DatasetGraph map(KgMapper mapper, Listing listing, Extraction extraction) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        mapper.map(listing, extraction, IRIS.sourceGraph(listing.source()), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    static KgMapper mapper() {
        return new KgMapper(IRIS, EntityResolver.identity(), PROVENANCE);
    }
}
