package org.paperkg.extract;

import java.util.List;

/** The annotation layers of the rule pipeline, one constant per kind of annotation. */
public final class Layers {
    private Layers() {
    }

    /** {@code List<Sentence>}: the title as sentence 0, then the abstract's sentences. */
    public static final Layer<List<Sentence>> SENTENCES = new Layer<>("sentences", List.class);
    /** {@code List<List<Token>>}: the tokens of each sentence, by sentence index. */
    public static final Layer<List<List<Token>>> TOKENS = new Layer<>("tokens", List.class);
    /** {@code List<String>}: code and project URLs as written. */
    public static final Layer<List<String>> CODE = new Layer<>("code", List.class);
    /** {@code List<GazetteerMatch>}: gazetteer names in the text. */
    public static final Layer<List<GazetteerMatch>> GAZETTEER = new Layer<>("gazetteer", List.class);
    /** {@code List<Abbreviation>}: long-form/abbreviation pairs. */
    public static final Layer<List<Abbreviation>> ABBREVIATIONS = new Layer<>("abbreviations", List.class);
    /** {@code List<Candidate>}: untyped name candidates. */
    public static final Layer<List<Candidate>> CANDIDATES = new Layer<>("candidates", List.class);
    /** {@code List<Mention>}: the name candidates with their types (mostly datasets, models and methods). */
    public static final Layer<List<Mention>> ENTITIES = new Layer<>("entities", List.class);
    /** {@code List<Mention>}: task and metric mentions. */
    public static final Layer<List<Mention>> TERMS = new Layer<>("terms", List.class);
    /** {@code List<Proposal>}: what the paper itself introduces. */
    public static final Layer<List<Proposal>> PROPOSED = new Layer<>("proposed", List.class);
    /** {@code Referent}: what "our method", "it" and "the proposed approach" refer to. */
    public static final Layer<Referent> REFERENT = new Layer<>("referent", Referent.class);
    /** {@code List<org.paperkg.model.Claim>}: comparative claims. */
    public static final Layer<List<org.paperkg.model.Claim>> CLAIMS = new Layer<>("claims", List.class);
}
