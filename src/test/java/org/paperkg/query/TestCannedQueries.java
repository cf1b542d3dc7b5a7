package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.query.QueryFixture.rows;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.kg.ClassPartitions;
import org.paperkg.pipeline.StatisticsStep;

/**
 * Every canned query run on the fixture graph, checking its rows. The fixture's story: Lion beats AdamW and Adam
 * (paper 55dc...), AdamW beats Adam (448c...), Adam beats SGD (cd4b...), an unnamed proposed method beats SGD
 * (5ad1...), and paper 0e4f... contradicts the Lion paper twice (Lion only comparable to AdamW; Adam beats Lion).
 */
class TestCannedQueries {
    private static final String LION_PAPER = "paper/55dc2f7520d39a33";
    private static final String ADAMW_PAPER = "paper/448cbe246f0d725d";
    private static final String CRITIQUE_PAPER = "paper/0e4f19ab9972fc93";
    private static final String ADAM_PAPER = "paper/cd4bb2ccc0159656";
    private static final String SAF_PAPER = "paper/5ad176c51e2a9b27";
    private static final String SAF_PROPOSED = SAF_PAPER + "/proposed";
    private static final String SAF_PROPOSED_LABEL = "proposed method of \"Sharpness-Aware Training for Free\"";
    private static final String LION_TITLE = "Symbolic Discovery of Optimization Algorithms";
    private static final String ADAMW_TITLE = "Decoupled Weight Decay Regularization";
    private static final String CRITIQUE_TITLE = "A Critical Look at the Lion Optimizer";
    private static final String ADAM_TITLE = "Adam: A Method for Stochastic Optimization";
    private static final String SAF_TITLE = "Sharpness-Aware Training for Free";

    private static Dataset dataset;
    private static QueryRunner runner;
    private static CannedQueryCatalog catalog;

    @BeforeAll
    static void load() {
        dataset = QueryFixture.load();
        runner = QueryRunner.builder(dataset).build();
        catalog = CannedQueryCatalog.fromClasspath();
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    private static QueryResult run(String name, Map<String, String> params) {
        return runner.select(new Bindings(catalog.get(name).orElseThrow(), params));
    }

    @Test
    void whatOutperformsCountsClaimsFromBothDirections() {
        assertEquals(List.of(
                        List.of("entity/adamw", "AdamW", "1", "1"),
                        List.of("entity/lion", "Lion", "1", "1")),
                rows(run("what-outperforms", Map.of("name", "adam")), "winner", "winnerLabel", "papers", "claims"));
        // Adam beats Lion only through "Lion underperforms Adam" in the critique paper
        assertEquals(List.of(List.of("entity/adam", "Adam", "1", "1")),
                rows(run("what-outperforms", Map.of("name", "Lion")), "winner", "winnerLabel", "papers", "claims"));
    }

    @Test
    void whatOutperformsListsAnUnnamedProposedMethodByItsGeneratedLabel() {
        assertEquals(List.of(
                        List.of("entity/adam", "Adam"),
                        List.of(SAF_PROPOSED, SAF_PROPOSED_LABEL)),
                rows(run("what-outperforms", Map.of("name", "SGD")), "winner", "winnerLabel"));
    }

    @Test
    void whatOutperformsTransitivelyFollowsChainsAndMarksDirectWins() {
        assertEquals(List.of(
                        List.of("entity/adam", "true"),
                        List.of(SAF_PROPOSED, "true"),
                        List.of("entity/adamw", "false"),
                        List.of("entity/lion", "false")),
                rows(run("what-outperforms-transitively", Map.of("name", "sgd")), "winner", "direct"));
    }

    @Test
    void whatOutperformsTransitivelyLeavesOutTheEntityOnACycle() {
        // Lion > AdamW > Adam > Lion is a cycle; AdamW itself must not be listed
        assertEquals(List.of(
                        List.of("entity/lion", "Lion", "true"),
                        List.of("entity/adam", "Adam", "false")),
                rows(run("what-outperforms-transitively", Map.of("name", "AdamW")), "winner", "winnerLabel", "direct"));
    }

    @Test
    void whatEntityOutperforms() {
        assertEquals(List.of(
                        List.of("entity/adam", "Adam", "1", "1"),
                        List.of("entity/adamw", "AdamW", "1", "1")),
                rows(run("what-entity-outperforms", Map.of("name", "LION")), "loser", "loserLabel", "papers", "claims"));
        assertEquals(List.of(
                        List.of("entity/lion", "Lion"),
                        List.of("entity/sgd", "SGD")),
                rows(run("what-entity-outperforms", Map.of("name", "Adam")), "loser", "loserLabel"));
    }

    @Test
    void contradictoryClaimsFindsReversedAndComparableConflictsOncePerPair() {
        assertEquals(List.of(
                        List.of("Adam", "Lion", "reversed", CRITIQUE_PAPER,
                                "On CIFAR-10, Lion underperforms Adam by 0.8%.", LION_PAPER,
                                "Lion also outperforms Adam on ImageNet with ResNet-50."),
                        List.of("Lion", "AdamW", "comparable", LION_PAPER,
                                "On ImageNet, Lion outperforms AdamW by 2% top-1 accuracy with ViT.", CRITIQUE_PAPER,
                                "Lion is comparable to AdamW on ImageNet.")),
                rows(run("contradictory-claims", Map.of()),
                        "aLabel", "bLabel", "conflict", "paper", "evidence", "otherPaper", "otherEvidence"));
    }

    @Test
    void mostUsedDatasetsCountsEachPaperOnceAcrossSources() {
        // the critique paper is listed in both sources (both named graphs) and still counts once
        assertEquals(List.of(
                        List.of("entity/cifar10", "CIFAR-10", "4"),
                        List.of("entity/imagenet", "ImageNet", "2")),
                rows(run("most-used-datasets", Map.of()), "dataset", "datasetLabel", "papers"));
        assertEquals(List.of(List.of("CIFAR-10", "4")),
                rows(run("most-used-datasets", Map.of("limit", "1")), "datasetLabel", "papers"));
    }

    @Test
    void mostComparedBaselinesRanksClaimObjects() {
        assertEquals(List.of(
                        List.of("entity/adam", "Adam", "3", "3"),
                        List.of("entity/adamw", "AdamW", "2", "2"),
                        List.of("entity/sgd", "SGD", "2", "2")),
                rows(run("most-compared-baselines", Map.of()), "baseline", "baselineLabel", "papers", "claims"));
    }

    @Test
    void papersOnDatasetByCanonicalName() {
        assertEquals(List.of(
                        List.of(LION_PAPER, LION_TITLE, "2023", "2"),
                        List.of(CRITIQUE_PAPER, CRITIQUE_TITLE, "2024", "1")),
                rows(run("papers-on-dataset", Map.of("dataset", "imagenet")), "paper", "title", "year", "claims"));
    }

    @Test
    void papersOnDatasetBySpellingVariant() {
        assertEquals(List.of(
                        List.of(CRITIQUE_PAPER, "1"),
                        List.of(ADAM_PAPER, "1"),
                        List.of(ADAMW_PAPER, "1"),
                        List.of(SAF_PAPER, "1")),
                rows(run("papers-on-dataset", Map.of("dataset", "CIFAR10")), "paper", "claims"));
    }

    @Test
    void usedWithDatasetFoundThroughAnAlias() {
        assertEquals(List.of(
                        List.of("entity/adam", "Adam", "Method", "2"),
                        List.of("entity/adamw", "AdamW", "Method", "2"),
                        List.of("entity/lion", "Lion", "Method", "2"),
                        List.of("entity/resnet50", "ResNet-50", "Model", "2"),
                        List.of("entity/vit", "ViT", "Model", "1")),
                rows(run("used-with-dataset", Map.of("dataset", "ILSVRC-2012")), "entity", "entityLabel", "type", "papers"));
    }

    @Test
    void usedWithDatasetFromTheBuildsRankingForADatasetItRanked() {
        // CIFAR-10 (4 papers) has rankings of its own in the fixture's statistics; ImageNet (2 papers) has none
        assertEquals(List.of(
                        List.of("entity/adam", "Adam", "Method", "3"),
                        List.of("entity/adamw", "AdamW", "Method", "2"),
                        List.of("entity/sgd", "SGD", "Method", "2"),
                        List.of("entity/lion", "Lion", "Method", "1"),
                        List.of("entity/resnet50", "ResNet-50", "Model", "1"),
                        List.of(SAF_PROPOSED, SAF_PROPOSED_LABEL, "Method", "1")),
                rows(run("used-with-dataset", Map.of("dataset", "CIFAR-10")), "entity", "entityLabel", "type", "papers"));
    }

    @ParameterizedTest
    @CsvSource({"used-with-dataset,CIFAR-10", "used-with-dataset,CIFAR10", "used-with-dataset,ImageNet",
            "used-with-dataset,nothing", "papers-on-dataset,CIFAR-10", "papers-on-dataset,cifar10",
            "papers-on-dataset,ILSVRC-2012", "papers-on-dataset,nothing", "claims-by-margin,CIFAR-10",
            "claims-by-margin,cifar10", "claims-by-margin,ImageNet"})
    void perDatasetQueriesAnswerAsTheyDoLive(String query, String dataset) {
        Dataset live = QueryFixture.load(new StatisticsStep.PerDataset(0, 1, 1, 1));
        try {
            QueryRunner liveRunner = QueryRunner.builder(live).build();
            Bindings b = new Bindings(catalog.get(query).orElseThrow(), Map.of("dataset", dataset));
            QueryResult expected = liveRunner.select(b);
            QueryResult actual = runner.select(b);
            assertEquals(all(expected), all(actual));
            for (String limit : List.of("1", "2", "3")) {
                Bindings limited = new Bindings(b.query(), Map.of("dataset", dataset, "limit", limit));
                assertEquals(all(liveRunner.select(limited)), all(runner.select(limited)), "limit " + limit);
            }
        } finally {
            live.close();
        }
    }

    @Test
    void aRankedDatasetIsAnsweredFromItsRankingAndNotLive() {
        // mark every co-used entry of the fixture's statistics with 99 papers: only the ranked CIFAR-10 shows it
        Dataset marked = QueryFixture.load();
        try {
            Txn.executeWrite(marked, () -> UpdateExecution.dataset(marked).update(
                    "PREFIX pkg: <" + QueryFixture.PKG + "> DELETE { GRAPH ?g { ?e pkg:paperCount ?n } } "
                            + "INSERT { GRAPH ?g { ?e pkg:paperCount 99 } } WHERE { GRAPH ?g { ?d pkg:coUsedRanking ?r . "
                            + "?e pkg:inRanking ?r ; pkg:paperCount ?n } }").execute());
            QueryRunner markedRunner = QueryRunner.builder(marked).build();
            CannedQuery query = catalog.get("used-with-dataset").orElseThrow();
            assertEquals(List.of("99"), rows(markedRunner.select(new Bindings(query, Map.of("dataset", "CIFAR-10",
                    "limit", "1"))), "papers").get(0));
            assertEquals(List.of("2"), rows(markedRunner.select(new Bindings(query, Map.of("dataset", "ImageNet",
                    "limit", "1"))), "papers").get(0));
        } finally {
            marked.close();
        }
    }

    private static List<List<String>> all(QueryResult result) {
        return rows(result, result.variables().toArray(String[]::new));
    }

    @Test
    void papersProposingWithCodeNeedBoth() {
        // the Adam paper proposes without code; the SAF paper's unnamed method counts as proposed
        assertEquals(List.of(
                        List.of(ADAMW_PAPER, ADAMW_TITLE, "entity/adamw", "AdamW", "https://github.com/loshchil/AdamW-and-SGDW"),
                        List.of(SAF_PAPER, SAF_TITLE, SAF_PROPOSED, SAF_PROPOSED_LABEL, "https://github.com/example/saf"),
                        List.of(LION_PAPER, LION_TITLE, "entity/lion", "Lion", "https://github.com/google/automl")),
                rows(run("papers-proposing-with-code", Map.of()), "paper", "title", "proposed", "proposedLabel", "code"));
    }

    @Test
    void entityAliasesOneRowPerAlias() {
        assertEquals(List.of(
                        List.of("entity/adam", "Adam", "ADAM"),
                        List.of("entity/cifar10", "CIFAR-10", "CIFAR10"),
                        List.of("entity/imagenet", "ImageNet", "ILSVRC-2012"),
                        List.of("entity/imagenet", "ImageNet", "ImageNet-1k"),
                        List.of("entity/lion", "Lion", "EvoLved Sign Momentum"),
                        List.of("entity/sgd", "SGD", "stochastic gradient descent"),
                        List.of("entity/vit", "ViT", "Vision Transformer")),
                rows(run("entity-aliases", Map.of()), "entity", "label", "alias"));
    }

    @Test
    void entityNeighbourhoodInBothDirections() {
        String claimLionAdam = "claim/d44f444982ccd59e";
        String claimComparable = "claim/c35ae3b7d77216d9";
        String claimBaselines = "claim/c825dd765e0f0e30";
        String claimUnder = "claim/fc3caa4e4500c01f";
        String claimLionAdamW = "claim/0a126c6e31ed1333";
        assertEquals(List.of(
                        List.of("in", "pkg:comparableTo", "entity/adamw", "AdamW"),
                        List.of("in", "pkg:contestedWith", "entity/adam", "Adam"),
                        List.of("in", "pkg:mentions", CRITIQUE_PAPER, CRITIQUE_TITLE),
                        List.of("in", "pkg:mentions", LION_PAPER, LION_TITLE),
                        List.of("in", "pkg:outperforms", "entity/adam", "Adam"),
                        List.of("in", "pkg:proposes", LION_PAPER, LION_TITLE),
                        List.of("in", "pkg:subject", claimLionAdam, "Lion also outperforms Adam on ImageNet with ResNet-50."),
                        List.of("in", "pkg:subject", claimComparable, "Lion is comparable to AdamW on ImageNet."),
                        List.of("in", "pkg:subject", claimBaselines, "Lion outperforms strong baselines only with tuned learning rates."),
                        List.of("in", "pkg:subject", claimUnder, "On CIFAR-10, Lion underperforms Adam by 0.8%."),
                        List.of("in", "pkg:subject", claimLionAdamW, "On ImageNet, Lion outperforms AdamW by 2% top-1 accuracy with ViT."),
                        List.of("in", "pkg:underperforms", "entity/adam", "Adam"),
                        List.of("in", "pkg:underperforms", "entity/adamw", "AdamW"),
                        List.of("in", "pkg:usesMethod", CRITIQUE_PAPER, CRITIQUE_TITLE),
                        List.of("in", "pkg:usesMethod", LION_PAPER, LION_TITLE),
                        List.of("out", "pkg:comparableTo", "entity/adamw", "AdamW"),
                        List.of("out", "pkg:contestedWith", "entity/adam", "Adam"),
                        List.of("out", "pkg:contestedWith", "entity/adamw", "AdamW"),
                        List.of("out", "pkg:outperforms", "entity/adam", "Adam"),
                        List.of("out", "pkg:outperforms", "entity/adamw", "AdamW"),
                        List.of("out", "pkg:underperforms", "entity/adam", "Adam")),
                rows(run("entity-neighbourhood", Map.of("name", "EvoLved Sign Momentum")),
                        "direction", "property", "other", "otherLabel"));
    }

    @Test
    void entityNeighbourhoodWithALimitKeepsTheFirstNeighboursByPropertyAndReadsTheirLabels() {
        assertEquals(List.of(
                        List.of("in", "pkg:comparableTo", "entity/adamw", "AdamW"),
                        List.of("in", "pkg:contestedWith", "entity/adam", "Adam")),
                rows(run("entity-neighbourhood", Map.of("name", "Lion", "limit", "2")),
                        "direction", "property", "other", "otherLabel"));
    }

    @Test
    void papersPerTask() {
        assertEquals(List.of(
                        List.of("entity/imageclassification", "Image Classification", "5"),
                        List.of("entity/languagemodeling", "Language Modeling", "1")),
                rows(run("papers-per-task", Map.of()), "task", "taskLabel", "papers"));
    }

    @Test
    void claimsWithEvidenceOnBothSidesOfTheEntity() {
        assertEquals(List.of(
                        List.of("subject", "Adam", "outperforms", "SGD", "CIFAR-10", "3 points", "0.95",
                                "On CIFAR-10, Adam outperforms SGD by 3 points.", ADAM_PAPER, ADAM_TITLE),
                        List.of("object", "AdamW", "outperforms", "Adam", "CIFAR-10", "1.5%", "0.85",
                                "On CIFAR-10, AdamW outperforms Adam by 1.5% test accuracy.", ADAMW_PAPER, ADAMW_TITLE),
                        List.of("object", "Lion", "outperforms", "Adam", "ImageNet", "-", "0.8",
                                "Lion also outperforms Adam on ImageNet with ResNet-50.", LION_PAPER, LION_TITLE),
                        List.of("object", "Lion", "underperforms", "Adam", "CIFAR-10", "0.8%", "0.75",
                                "On CIFAR-10, Lion underperforms Adam by 0.8%.", CRITIQUE_PAPER, CRITIQUE_TITLE)),
                rows(run("claims-with-evidence", Map.of("name", "Adam")), "role", "subject", "relation", "object",
                        "datasets", "magnitude", "confidence", "evidence", "paper", "title"));
    }

    @Test
    void claimsWithEvidenceFiltersByConfidence() {
        assertEquals(List.of(
                        List.of("claim/0a126c6e31ed1333", "outperforms", "AdamW", "0.9"),
                        List.of("claim/d44f444982ccd59e", "outperforms", "Adam", "0.8"),
                        List.of("claim/fc3caa4e4500c01f", "underperforms", "Adam", "0.75")),
                rows(run("claims-with-evidence", Map.of("name", "lion", "minConfidence", "0.75")),
                        "claim", "relation", "object", "confidence"));
        // at confidence 0 the comparable claim (0.7) and the claim against unnamed baselines (0.5) come back too
        assertEquals(List.of(
                        List.of("0.9", "outperforms", "AdamW"),
                        List.of("0.8", "outperforms", "Adam"),
                        List.of("0.75", "underperforms", "Adam"),
                        List.of("0.7", "comparableTo", "AdamW"),
                        List.of("0.5", "outperforms", "strong baselines")),
                rows(run("claims-with-evidence", Map.of("name", "lion", "minConfidence", "0.0")),
                        "confidence", "relation", "object"));
    }

    @Test
    void claimsByMarginOrdersByTheNumberInTheMargin() {
        assertEquals(List.of(
                        List.of("Adam", "SGD", "3 points", "3.0", "-", ADAM_PAPER),
                        List.of("AdamW", "Adam", "1.5%", "1.5", "Accuracy", ADAMW_PAPER),
                        List.of("Lion", "Adam", "0.8%", "0.8", "-", CRITIQUE_PAPER),
                        List.of("(proposed)", "SGD", "0.4%", "0.4", "-", SAF_PAPER)),
                rows(run("claims-by-margin", Map.of("dataset", "CIFAR-10")),
                        "subject", "object", "magnitude", "margin", "metric", "paper"));
        // claims on ImageNet without a margin are left out
        assertEquals(List.of(List.of("Lion", "AdamW", "2%", "2.0", "Top-1 Accuracy")),
                rows(run("claims-by-margin", Map.of("dataset", "ImageNet")),
                        "subject", "object", "magnitude", "margin", "metric"));
    }

    @Test
    void graphSummaryCountsEveryClass() {
        assertEquals(List.of(
                        List.of("AbstractVersion", "5"),
                        List.of("Claim", "8"),
                        List.of("CodeRepository", "3"),
                        List.of("Dataset", "2"),
                        List.of("Extractor", "1"),
                        List.of("Listing", "6"),
                        List.of("Method", "5"),
                        List.of("Metric", "2"),
                        List.of("Model", "2"),
                        List.of("Paper", "5"),
                        List.of("ResearchEntity", "13"),
                        List.of("Source", "2"),
                        List.of("Task", "2")),
                rows(run("graph-summary", Map.of()), "className", "instances"));
    }

    @Test
    void graphSummaryReadsTheCountsWithTheSharedPattern() {
        String normalized = catalog.get("graph-summary").orElseThrow().sparql().replaceAll("\\s+", " ");
        assertTrue(normalized.contains(ClassPartitions.PATTERN.replaceAll("\\s+", " ")), normalized);
    }

    @Test
    void papersMentioningEntityWithTheirRole() {
        assertEquals(List.of(
                        List.of(CRITIQUE_PAPER, CRITIQUE_TITLE, "usesMethod"),
                        List.of(LION_PAPER, LION_TITLE, "proposes"),
                        List.of(LION_PAPER, LION_TITLE, "usesMethod")),
                rows(run("papers-mentioning-entity", Map.of("name", "Lion")), "paper", "title", "role"));
        assertEquals(List.of(
                        List.of(ADAM_PAPER, "usesMethod"),
                        List.of(SAF_PAPER, "usesMethod")),
                rows(run("papers-mentioning-entity", Map.of("name", "stochastic gradient descent")), "paper", "role"));
    }

    @Test
    void mostMentionedEntitiesOfOneType() {
        assertEquals(List.of(
                        List.of("entity/adam", "Adam", "4"),
                        List.of("entity/adamw", "AdamW", "3"),
                        List.of("entity/lion", "Lion", "2"),
                        List.of("entity/sgd", "SGD", "2"),
                        List.of(SAF_PROPOSED, SAF_PROPOSED_LABEL, "1")),
                rows(run("most-mentioned-entities", Map.of()), "entity", "entityLabel", "papers"));
        assertEquals(List.of(
                        List.of("ResNet-50", "2"),
                        List.of("ViT", "1")),
                rows(run("most-mentioned-entities", Map.of("type", "Model")), "entityLabel", "papers"));
        assertEquals(List.of(), rows(run("most-mentioned-entities", Map.of("type", "Paper")), "entity"));
    }

    @Test
    void everyQueryInTheCatalogueHasATestHere() {
        List<String> tested = List.of("what-outperforms", "what-outperforms-transitively", "what-entity-outperforms",
                "contradictory-claims", "most-used-datasets", "most-compared-baselines", "papers-on-dataset",
                "used-with-dataset", "papers-proposing-with-code", "entity-aliases", "entity-neighbourhood",
                "papers-per-task", "claims-with-evidence", "claims-by-margin", "graph-summary",
                "papers-mentioning-entity", "most-mentioned-entities");
        assertEquals(tested.stream().sorted().toList(), catalog.names());
    }
}
