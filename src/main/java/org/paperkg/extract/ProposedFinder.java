package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.EntityType;

/**
 * Finds the names of what the paper itself introduces.
 *
 * <p>Cues: a title of the form "X: ..." (X one word, or a short phrase the abstract repeats) and abbreviation pairs
 * defined in the title; "we propose / introduce / present / develop / release ... X" and "we propose to build X" (the
 * first new name after the verb, every name-like abbreviation pair after it that no preposition makes an object, any
 * pair right after the verb, and a new name set off by a comma after a generic description: "a generic translation
 * framework, pSp"), also when the verb is coordinated with an earlier "we" clause ("we model ... and propose X");
 * a bracketed acronym ending the description after such a verb that words before the description's first
 * preposition start to spell ("a unified Multimodal Generative framework for Aspect-based ... detection (MuGACD)");
 * "called / dubbed / termed / named / we refer to ... as X" (also a quoted X); "X (ABBR) is proposed"; "our method
 * X"; a sentence opening "X, a novel ..." or "X is a new ..."; "Our contribution, X," and "The resulting
 * algorithm, X,"; names listed after "we design two new algorithms:"; a lower-case term after "which we call"; parts
 * of the artifact defined or enumerated after the proposal; names in the title's structure ("X for ...", "... via
 * X") that the abstract introduces or that end in an artifact noun. A name after "we propose" must be new: not a
 * gazetteer entry and not mentioned in an earlier sentence.
 * Each name brings its abbreviation partner. The type is dataset, metric or model when such a noun stands near
 * the cue or after the title's colon, else the type the entity typer chose.
 */
public final class ProposedFinder implements Stage {
    private static final Pattern PROPOSER = Pattern.compile(
            "(?i)\\b(?:we|this (?:paper|work|study|article|report)|here,? we|in this (?:paper|work),? we)\\s+"
                    + "(?:(?:\\w+ly|first|further|also|then|therefore|thus|hence|now)\\s+)?"
                    + "(?:(?:propose|aim|seek|set out|choose|decide|attempt)\\s+to\\s+)?$");
    /** A verb coordinated with an earlier one: "we model the setting ... and propose X". */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?i)(?:,\\s+|\\s)(?:and|then)\\s+(?:(?:\\w+ly|also|then|further|finally)\\s+)?$");
    /** A gerund after "by" in a clause whose subject is "we": "we lift that restriction by proposing X". */
    private static final Pattern BY = Pattern.compile("(?i)\\bby\\s+$");
    private static final Pattern WE = Pattern.compile("(?i)\\b(?:we|this (?:paper|work|study|article))\\b");
    private static final Pattern PROPOSE_VERB = Pattern.compile(
            "(?i)(?:propose[sd]?|proposing|present(?:s|ed|ing)?|introduce[sd]?|introducing|develop(?:s|ed|ing)?"
                    + "|design(?:s|ed)?|release[sd]?"
                    + "|build|builds|built|construct(?:s|ed)?|create[sd]?|contribute[sd]?|curate[sd]?|collect(?:s|ed)?"
                    + "|devise[sd]?|formulate[sd]?|offer(?:s|ed)?|establish(?:es|ed)?|unveil(?:s|ed)?|put forward"
                    + "|describe[sd]?|implement(?:s|ed)?)\\b");
    /** Naming cues; the lookahead holds the first letters its alternatives can start with, for speed (hotspots H6). */
    private static final Pattern NAMING = Pattern.compile(
            "(?=[cdtnwrCDTNWR])(?:(?i)\\b(?:called|dubbed|termed|named|coined|denoted)\\s+(?:as\\s+)?"
                    + "|\\bwhich we (?:call|name|term|dub|refer to as)\\s+"
                    + "|\\bwe (?:call|name|term|dub) (?:it|this|them|these|our [\\w-]+|the [\\w-]+)\\s+(?:as\\s+)?"
                    + "|\\b(?:we )?refer(?:red)? to (?:[\\w-]+ ){0,4}?as\\s+)");
    /** Naming cues that coin a term, so that a lower-case phrase after them is the name: "which we call X". */
    private static final Pattern COINING = Pattern.compile(
            "(?i)\\bwhich we (?:call|term|name|dub)\\s+$|\\b(?:coined|termed)\\s+(?:as\\s+)?$");
    /** Cues after which "the" may open a coined term: "which we call the structured abstain problem". */
    private static final Pattern COINING_THE = Pattern.compile(
            "(?i)\\bwhich we (?:call|term|name|dub)\\s+$|\\b(?:called|coined|termed)\\s+$");
    /**
     * A name set in emphasis: "\emph{least square calibration}", "$\textit{partial guidance}$", "**X**"; group 1 or
     * 2 is the name. A marked letter inside a word ("\textbf{SE}mantics") is not a name.
     */
    private static final Pattern MARKED = Pattern.compile(
            "\\$?(?:\\\\(?:emph|textit|textbf|textsc|texttt|mathbf|mathrm|text)\\{){1,2}([^{}$]{2,80})\\}{1,2}\\$?"
                    + "(?![\\p{L}\\p{N}])|\\*{2,3}([^*]{2,80})\\*{2,3}(?![\\p{L}\\p{N}])");
    /** What may stand between a proposal cue and a marked name: "a flexible framework, namely ". */
    private static final Pattern MARK_LEAD = Pattern.compile(
            "\\s*(?:(?:a|an|the|our)\\s+)?(?:[a-z][\\w-]*,?\\s+){0,4}?(?:(?:namely|called|named|dubbed|termed)\\s+)?");
    /** Words that make a marked phrase an object or a clause, not the proposal: "we propose to \emph{...}". */
    private static final Set<String> MARK_STOPS = Lexicon.words("to", "for", "on", "with", "that", "which", "using",
            "by", "from", "into", "via", "of", "in", "where", "when", "how", "whether", "if", "and", "or", "than");
    /** Text a marked name may have: letters, digits, spaces, hyphens, apostrophes and plus signs. */
    private static final Pattern MARKED_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '+-]*");
    /** "our S-RGBD dataset", "a new VEGA dataset": a shaped name right before a dataset noun; group 1 is the name. */
    private static final Pattern OWN_DATASET = Pattern.compile("\\b(?:[Oo]ur|a new|a novel|the new) "
            + "((?=[\\w-]*[A-Z0-9])[A-Za-z][\\w-]*[A-Z0-9][\\w+-]*|[A-Z][a-z]+[A-Z][\\w-]*) (?:dataset|benchmark|corpus)\\b");
    /** Words that end a lower-case coined term: "which we call conferrable adversarial examples that ...". */
    private static final Set<String> TERM_END = Lexicon.words("that", "which", "who", "where", "to", "for", "with",
            "in", "of", "and", "or", "as", "from", "by", "on", "is", "are", "because", "since", "when", "while");
    /** A capitalised description before a method noun, at the end of the text before a naming cue. */
    private static final Pattern DESCRIBED_NAME = Pattern.compile(
            "\\b(?:a|an)\\s+(?:(?:novel|new|simple|effective|efficient|general|unified)\\s+)*"
                    + "([A-Z][\\w-]*(?: (?:and|of|[A-Z][\\w-]*)){1,6}) (?:framework|model|method|approach|network"
                    + "|architecture|algorithm|module|system|pipeline)s?,?\\s*$");
    private static final Pattern QUOTED = Pattern.compile(
            "\\s*(?:''|``|\"|\u201c|')([^'\"\u201d`]{1,60}?)(?:''|\"|\u201d|')");
    private static final Pattern APPOSITIVE = Pattern.compile(
            ",? (?:is |as )?(?:a|an) (?:novel|new|simple|general|unified|efficient|effective|scalable|lightweight"
                    + "|open-source|first|training-free|plug-and-play|generalist|universal|flexible|modular|principled"
                    + "|large-scale|comprehensive|holistic|challenging|curated|family)\\b");
    private static final Pattern DETERMINER_ONLY = Pattern.compile("(?i)\\s*(?:(?:a|an)\\s+)?");
    private static final Pattern DESCRIPTION_THEN_COMMA = Pattern.compile(
            "(?i)\\s*(?:a|an|the|two|three|several)\\s+(?!.*\\b(?:which|that|where|whose|while)\\b)[^,;:()]+,\\s+");
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[,.;:(]|$)");
    private static final Set<String> STOP_BETWEEN = Lexicon.words("to", "for", "on", "with", "that", "which", "using",
            "by", "based", "from", "into", "via", "where", "whose", "when", "while", "how", "whether", "if",
            "existing", "results", "findings", "overview", "summary", "description", "employing", "leveraging",
            "utilizing", "utilising", "exploiting", "adopting", "integrating", "combining");
    private static final Set<String> OBJECT_PREPOSITIONS = Lexicon.words("for", "of", "on", "using", "with", "via",
            "by", "from", "to", "than", "against", "over");
    private static final Pattern OUR_BEFORE = Pattern.compile("\\bour (?:(?:proposed|new|novel) )?$");
    private static final Pattern BRACKETED = Pattern.compile(
            "(?:''|\"|\u201d|'|[*_]{1,3}|\\}{1,2}\\$?)?[\\s~]?\\((?:[*_]{1,3})?([\\p{L}\\p{N}-]{2,12})(?:[*_]{1,3})?\\)");
    /** Lower-case words that end a capitalised run in a title. */
    private static final Set<String> TITLE_CONNECTORS = Lexicon.words("for", "with", "via", "using", "through", "in",
            "on", "of", "and", "or", "to", "from", "by", "towards", "toward", "under", "based", "a", "an", "the", "is",
            "are", "as", "at", "into", "beyond", "without", "vs", "versus", "meets", "&");
    /** Connectors after a title's head name: "Hierarchical Kickstarting for Skill Transfer". */
    private static final Set<String> HEAD_CONNECTORS = Lexicon.words("for", "with", "via", "using", "through", "in",
            "on", "based", "towards", "toward");
    /** Connectors before a title's method name: "... via Agentic Supernet", "... with Probabilistic Covariant Loss". */
    private static final Set<String> TAIL_CONNECTORS = Lexicon.words("via", "with", "using", "through");
    /** Last words that make a title phrase an artifact name without the abstract's help. */
    private static final Set<String> TITLE_ARTIFACTS = Lexicon.words("regularizer", "regulariser", "loss", "pruning",
            "estimator", "agent", "optimizer", "optimiser", "attention", "autoencoder", "autoencoders", "supernet");
    /** Words that, with family names, make a title phrase generic: "Transformer Model", "Neural Network Approach". */
    private static final Set<String> GENERIC_TITLE_WORDS = Lexicon.words("model", "models", "method", "methods",
            "approach", "approaches", "framework", "network", "networks", "neural", "deep", "learning", "algorithm",
            "algorithms", "system", "systems", "architecture", "technique", "techniques", "based", "new", "novel",
            "simple", "efficient", "effective", "robust", "fast", "scalable", "general", "unified", "improved",
            "convolutional", "recurrent", "graph", "convolution", "supervised", "self-supervised", "unsupervised",
            "semi-supervised", "multilayer", "multi-layer", "siamese", "3d", "2d", "character-level", "word-level",
            "autoregressive", "non-autoregressive", "statistical", "adversarial", "metric", "hierarchical", "training",
            "lstm", "attention", "self-attention", "loss", "residual", "generative", "probabilistic", "bayesian",
            "linear", "nonlinear", "optimal", "online", "offline", "sparse", "dense", "dynamic", "adaptive", "vision",
            "attention-based", "transformer-based", "neural-network");
    /** Last words of a title phrase that name a result or an input, not an artifact: "Complexity Bounds", "Cues". */
    private static final Set<String> NOT_ARTIFACTS = Lexicon.words("bound", "bounds", "guarantee", "guarantees",
            "analysis", "study", "cues", "features", "perspective", "view", "complexity", "limits", "test", "tests",
            "data", "evaluation", "survey", "theory", "dynamics", "estimates", "supervision", "defense", "defence");
    /** A naming cue right before a repeated lower-case title phrase: "called", "this", "our", "the proposed". */
    private static final Pattern TITLE_PHRASE_NAMING = Pattern.compile(
            "\\b(?:call(?:ed)?|named?|termed?|dub(?:bed)?|this|our|proposed)(?: (?:novel|new|simple|first))* $");
    /** A cue right before a repeated title phrase, on lower-cased words: "we propose a novel", "this", "called". */
    private static final Pattern TITLE_PHRASE_CUE = Pattern.compile("\\b(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?"
            + "|develop(?:s|ed)?|design(?:s|ed)?|call(?:ed)?|named?|termed?|dub(?:bed)?|this|our|proposed|novel|new)"
            + "(?: (?:a|an|the|novel|new|simple|effective|efficient|general|generic|first))* $");
    /**
     * A proposal verb right before a lower-case repetition of a title phrase, on lower-cased words: "we propose a
     * novel", "this work proposes the", "we suggest".
     */
    private static final Pattern TITLE_PHRASE_PROPOSED = Pattern.compile("\\b(?:propose[sd]?|introduce[sd]?"
            + "|present(?:s|ed)?|suggest(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?) (?:(?:a|an|the|novel|new|first) )*$");
    /**
     * What makes a lower-case title phrase after a proposal verb the artifact's name: a method noun ("a novel spherical
     * feature transform approach") or, for a phrase that opens with no generic word, an apposition or a relative clause
     * ("the domain-specific suppression, an exemplary constraint", "a shift-agnostic weight regularization that").
     */
    private static final Pattern TITLE_PHRASE_NOUN = Pattern.compile("\\s+(?:approach|model|framework|method|technique"
            + "|algorithm|strategy|scheme|attack|loss|module|architecture|network|mechanism|regularizer|objective)s?\\b");
    private static final Pattern TITLE_PHRASE_CLAUSE = Pattern.compile("\\s*,\\s+(?:an?|which|that)\\s|\\s+(?:that|which)\\s");
    /** "X is proposed" after a repeated title phrase. */
    private static final Pattern TITLE_PHRASE_PASSIVE = Pattern.compile(
            " (?:is|are) (?:\\w+ly )?(?:proposed|introduced|presented|developed|designed)\\b");
    /** "This X" or "our X": the abstract speaks of a task-like title phrase as its own artifact. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("\\b(?:this|our|proposed) $");
    /**
     * A subtitle that calls the prefix an artifact, "You Only Evaluate Once: a Simple Baseline Algorithm for Offline
     * RL" (goo2021corl-you): a capitalised prefix of up to five words is then a name even when the abstract never
     * repeats it.
     */
    private static final Pattern ARTIFACT_SUBTITLE = Pattern.compile("\\s*(?i:an?)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?i:algorithm|framework|method|approach|model|benchmark|dataset|baseline|library|toolkit|agent"
            + "|architecture|network|optimizer|suite|platform)s?(?=\\s*$|\\s*[,:;]|\\s+(?i:for|to|of|with|in|on|via"
            + "|and|that|based)\\b)");
    /**
     * A subtitle's head that spells the name before the colon: two to seven capitalised words, which "and", "of" or
     * "via" may join ("Local and Continuous Mamba"), followed by "for" or "with" ("X: Long Form for Task").
     */
    private static final SubtitleSpelling SUBTITLE_HEADS = SubtitleSpelling.builder().joins("and", "of", "via")
            .stops("for", "with").followers("for", "with").words(2, 7).voidOnPunctuation()
            .spelling(SubtitleSpelling.Spelling.NAME_START).build();
    /** "we design two innovative meta-algorithms:": a proposal of several artifacts listed after the colon. */
    private static final Pattern LIST_CUE = Pattern.compile("(?i)\\b(?:we|this (?:paper|work))\\s+(?:\\w+ly\\s+)?"
            + "(?:propose|introduce|present|specify|design|develop|devise|define|contribute)s?\\s+"
            + "(?:two|three|four|five|several)\\s+(?-i:(?:[a-z][\\w-]*\\s+){0,3}?([a-z][\\w-]*)):\\s*");
    /** Listed things that are not artifacts: "we propose two benchmark tasks: ...". */
    private static final Set<String> NOT_ARTIFACT_LISTS = Lexicon.words("tasks", "challenges", "applications",
            "settings", "scenarios", "cases", "problems", "questions", "findings", "observations", "insights",
            "contributions", "directions", "goals", "issues", "limitations", "hypotheses", "regimes", "conventions");
    /** What may stand before a listed name: separators, "and", an enumeration mark, an article. */
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?:\\s|,|;|:|\\band\\b|\\bor\\b|\\(?(?:[1-9]|i{1,3}|iv|v)\\)|\\b(?:the|a|an)\\b)*");
    /** "(CORD-19) is a" after an opening pair. */
    private static final Pattern OPENING_IS = Pattern.compile("\\)?,?\\s+(?:is|are)\\s+(?:an?|the)\\b");
    /** A bracketed acronym closing a title's prefix: "Prompt2Perturb (P2P): ..." names Prompt2Perturb. */
    private static final Pattern BRACKET_END = Pattern.compile("\\s+\\([^()]{1,15}\\)$");
    private static final Pattern TITLE_NAME = Pattern.compile(
            "([A-Z][\\w-]*(?: [A-Z][\\w-]*){1,5}?) (?i:for|with|via|based on|in|on) ");
    private static final Set<String> ARCHITECTURES = Lexicon.words("network", "networks", "transformer",
            "transformers", "autoencoder", "autoencoders", "machine", "machines", "encoder", "decoder");
    /** "we define" and "this paper defines", before a pair it coins. */
    private static final Pattern DEFINE = Pattern.compile(
            "(?i)\\b(?:we|this (?:paper|work))\\s+(?:(?:\\w+ly|first|further|also|then)\\s+)?define[sd]?\\s+(?:an?\\s+)?");
    /** "the proposed NTK-MMD statistic": a name after "the proposed". */
    private static final Pattern THE_PROPOSED = Pattern.compile("\\b[Tt]he proposed ");
    /** "proposes to learn X": the name follows the infinitive. */
    private static final Pattern INFINITIVE = Pattern.compile("\\s+to\\s+[a-z]+(?=\\s)");
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)\\s*(?:\\([^)]{1,15}\\)\\s*)?(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:first\\s+)?"
                    + "(?:proposed|introduced|presented|developed|designed|devised)\\b");
    /** A date or an author after "X was introduced": earlier work ("was introduced in the 1980s", "by Vapnik"). */
    private static final Pattern EARLIER_WORK = Pattern.compile(
            "\\s+(?:in (?:the )?(?:early |late |mid-)?(?:19|20)\\d\\d|by [A-Z]\\w+|(?:decades|years) ago)");
    private static final List<String> PROPOSE_VERBS = List.of("propos", "present", "introduc", "develop", "design",
            "releas", "build", "built", "construct", "creat", "contribut", "curat", "collect", "devis", "formulat",
            "offer", "establish", "unveil", "put forward", "describ", "implement");
    private static final Set<String> ARTIFACT_HEADS = Lexicon.words("model", "network", "framework", "module", "loss",
            "algorithm", "method", "mechanism", "architecture", "agent", "estimator", "regularizer", "optimizer",
            "transformer", "dataset", "benchmark", "corpus", "metric", "measure", "capacity", "score", "index");
    /** ", namely X" after a proposal cue: X is the name ("a new variant of ..., namely Score-based CUSUM"). */
    private static final Pattern NAMELY = Pattern.compile(",\\s+namely\\s+|,\\s+i\\.e\\.,?\\s+");
    /** The head noun right before a name, which types it: "our novel skill-based method Hierarchical Kickstarting". */
    private static final Pattern HEAD_BEFORE = Pattern.compile(
            "\\b(?:(method|approach|algorithm|framework|technique|strategy|module|loss)|(model)"
                    + "|(dataset|benchmark|corpus))\\s+(?:(?:called|named|termed|dubbed)\\s+)?$");
    /**
     * The words that coordinate two names of one proposing clause, after an optional bracketed short form of the first:
     * "the Kernel-Thinned NW and Kernel-Thinned KRR estimators", "ST-NAS-A, ST-NAS-B", "Cayley SGD and Cayley ADAM".
     * A comma then a determiner is an appositive, not a second name: "we propose H3-DDG, a Hypergraph-driven ...".
     */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?:\\s+\\([^()]{1,15}\\))?(?:\\s*,\\s+(?:(?:and|or)\\s+(?:(?:the|a|an)\\s+)?)?"
                    + "|\\s+(?:and|or)\\s+(?:(?:the|a|an)\\s+)?)");
    /**
     * Parallel coordination with one preposition after each name: "we introduce B-CVTS for continuous bounded rewards
     * and M-CVTS for multinomial distributions"; group 1 is the preposition the second name must be followed by too.
     */
    private static final Pattern PARALLEL = Pattern.compile(
            "\\s+(for|on|in|with|to)\\s+[^,;:()]{1,60}?\\s+and\\s+");
    /** A method noun right after a name or its bracketed short form: "... datasEt Distillation (SPEED) framework". */
    private static final Pattern METHOD_AFTER = Pattern.compile(
            "\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:framework|method|algorithm|approach|module|network|architecture|loss"
                    + "|mechanism|strategy|technique|scheme|pipeline)\\b");
    /**
     * "we propose an iterative ensemble training strategy": a lower-case description before a method noun, right after
     * the cue; it is a name when the title spells it (corpus id liu2024eccv-iterative in dev-b).
     */
    private static final Pattern DESCRIBED_METHOD = Pattern.compile(
            "\\s*(?:an?|the|our)\\s+(?:(?:novel|new|simple|effective|efficient|general|generic|first)\\s+)*"
                    + "([a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,4}?)\\s+(?:strategy|method|framework|module|mechanism|loss"
                    + "|algorithm|approach|technique|regularizer|scheme|objective)\\b");
    /** A description after a proposal cue that ends in a bracketed acronym, no clause or punctuation in between. */
    private static final Pattern DESCRIBED_ACRONYM = Pattern.compile(
            "\\s*(?:an?|the)\\s+([^,;:.()]{3,160}?)\\s\\(([\\p{L}\\p{N}-]{2,14})\\)");
    /** Words that make a description's later part an object of it: "a framework for ...", "a model driven by ...". */
    private static final Set<String> DESCRIPTION_LINKS = Lexicon.words("for", "with", "to", "on", "using", "via", "by",
            "from", "in", "through", "based", "against", "under", "into", "over", "at");
    /** Clause words that end a description: "a method that ...". */
    private static final Set<String> CLAUSE_WORDS = Lexicon.words("which", "that", "where", "whose", "when", "while");
    /** A name given right after a description: ", pSp", "(X)", "called X". */
    private static final Pattern NAMED_NEXT = Pattern.compile("\\s*(?:[,(]|called|named|termed|dubbed)");
    /** Words that introduce the parts of an artifact: "comprising two key components", "INFER builds X". */
    private static final Pattern COMPONENT_CUE = Pattern.compile(
            "\\b(?:components?|consist(?:s|ing)? of|compris(?:es|ing)|composed of|builds|introduction of"
                    + "|equipped with)\\b");
    /** Literal text that every alternative of {@link #COMPONENT_CUE} holds, for a cheap guard (hotspots S4). */
    private static final List<String> COMPONENT_WORDS = List.of("component", "consist", "compris", "composed of",
            "builds", "introduction of", "equipped with");
    /** A sentence opening that speaks of the paper's own artifact: "It applies ...", "Our framework ...". */
    private static final Pattern OWN_SUBJECT = Pattern.compile(
            "\\s*(?:It|Our|The proposed|This (?:method|model|framework|approach|architecture|network|system))\\b");
    /** An enumerated part that continues a sentence announcing components: "(1) Sign Video Diffusion Model is ...". */
    private static final Pattern ENUMERATED = Pattern.compile("\\s*(?:\\(?(?:[1-9]|i{1,3}|iv|v|vi)\\)|[1-9]\\.)\\s");
    /** Nouns that name a part of an architecture: "Cross-scale Interaction Module", "(FAT) module". */
    private static final Set<String> PART_NOUNS = Lexicon.words("module", "modules", "block", "blocks", "layer",
            "layers", "unit", "units", "head", "branch", "encoder", "decoder", "attention", "mechanism", "network");
    /** The word right after a closing bracket: group 1. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([A-Za-z]+)");
    /** Words of a sentence about other work, where named parts belong to a rival. */
    private static final Pattern RIVALS = Pattern.compile(
            "(?i)\\b(?:compar\\w*|baselines?|than|existing|prior|previous|outperform\\w*|unlike)\\b");
    /** Endings of nouns that can head a method's name: "anti-gradient control", "weight space rotation". */
    private static final Pattern NOUN_ENDING = Pattern.compile(".*(?:tion|sion|ment|ance|ence|ure|ity|ness|sis|er|or)"
            + "|control");
    /** A lower-case "x-to-y" mapping, which names a task: "an end-to-end trainable text-to-SQL guided framework". */
    private static final Pattern MAPPING = Pattern.compile("[a-z]+-to-[\\w-]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DATASET_WORDS = Pattern.compile(
            "\\b(?:dataset|benchmark|corpus|test suite|testbed|collection of)\\b");
    private static final Pattern METRIC_WORDS = Pattern.compile("\\b(?:metric|metrics|measure|measures)\\b");
    private static final Pattern MODEL_WORD = Pattern.compile("\\bmodels?\\b");
    private static final Pattern TITLE_MODEL = Pattern.compile(
            "\\s*(?:an? )?(?:[\\w-]+ ){0,3}(?:model|llm|language model)s?"
                    + "(?:\\s*$|[,:;]|\\s+(?:for|with|based|of|via|on|that|in|to|using|from|by|and|trained)\\b)");
    private static final Pattern OUR = Pattern.compile(
            "(?=[oO])(?i)\\bour (?:own )?(?:proposed |new |novel )?(?:(?:(?-i:[a-z][\\w-]*) ){0,2}?"
                    + "(?:method|model|approach|framework|system|algorithm|network|architecture|technique|module|loss"
                    + "|dataset|benchmark)\\b)?\\s*");
    /**
     * A name set off by commas after a phrase that stands for the paper's artifact: "Our contribution, Melting Pot, is
     * a MARL evaluation suite" (leibo2021icml-scalable), "The resulting algorithm, GenDICE, ...", "Our approach, FedPFT
     * (FL with Parametric Feature Transfer), involves ...", also after a new artifact or one or two words before the
     * noun: "(1) A new estimator, MWL, that ..." (uehara2020icml-minimax), "Our resulting GNN architecture, the STAGNN,"
     * (huang2023neurips-tailoring). "The proposed method, namely X (ABBR)" is left out: it names the artifact right, but
     * the claims that follow it then speak of that name instead of the variants the paper compares (dev-h).
     */
    private static final Pattern APPOSED = Pattern.compile(
            "(?=[aotAOT])(?i)\\b(?:(?:a|an|another) (?:novel|new)|our(?: resulting)?|the resulting)"
                    + " (?:(?:main|key|primary|first|(?-i:[a-z][\\w-]*|[A-Z]{2,}s?)) ){0,2}?"
                    + "(?:contribution|approach|method|model|framework|algorithm|system|architecture|technique"
                    + "|estimator|dataset|benchmark|agent|policy|network|metric|loss)\\s*,\\s+"
                    + "(?:(?:namely|called|dubbed|named|termed) )?(?:the )?");

    private final Gazetteer gazetteer;

    /** A finder that treats gazetteer names as existing work, never as proposals after "we propose". */
    public ProposedFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ABBREVIATIONS, Layers.CANDIDATES, Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PROPOSED);
    }


    @Override
    public void annotate(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        Map<String, EntityType> types = new java.util.HashMap<>();
        for (Mention m : document.get(Layers.ENTITIES)) {
            types.putIfAbsent(Keys.of(m.surface()), m.type());
        }
        List<Mention> entities = new ArrayList<>();
        for (Candidate c : document.get(Layers.CANDIDATES)) {
            entities.add(new Mention(c.surface(), types.getOrDefault(Keys.of(c.surface()), EntityType.METHOD),
                    c.sentence(), c.start(), c.end()));
        }
        List<Abbreviation> pairs = document.get(Layers.ABBREVIATIONS);
        Map<String, Proposal> found = new LinkedHashMap<>();
        titlePrefix(document, entities, found);
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (Mention m : entities) {
            if (!sentences.get(m.sentence()).isTitle()) {
                firstSeen.putIfAbsent(Keys.of(m.surface()), m.sentence());
            }
        }
        String titleWords = words(document.title());
        int proposedIn = -1;
        int foundBefore = found.size();
        for (Sentence s : sentences) {
            if (s.isTitle()) {
                continue;
            }
            List<Mention> here = new ArrayList<>();
            for (Mention m : entities) {
                if (m.sentence() == s.index() && m.type() != EntityType.METRIC) {
                    here.add(m);
                }
            }
            naming(s, here, found, pairs);
            definedPair(s, firstSeen, found, pairs);
            marked(s, here, found);
            ownDataset(s, found);
            propose(s, here, firstSeen, found, pairs, titleWords);
            appositive(s, here, firstSeen, found, pairs);
            passive(s, here, firstSeen, found);
            our(s, here, found, pairs);
            apposed(s, here, found, pairs);
            listed(s, here, firstSeen, found);
            components(s, sentences, here, firstSeen, found, pairs);
            if (proposedIn >= 0 && proposedIn < s.index()) {
                definedParts(s, here, firstSeen, found, pairs);
            }
            if (proposedIn < 0 && found.size() > foundBefore) {
                proposedIn = s.index();
            }
        }
        for (Abbreviation a : pairs) {
            if (a.sentence() == 0) {
                add(a.longForm(), typeOf(Keys.of(a.longForm()), entities, EntityType.METHOD), found);
            }
        }
        titleNames(document.title().strip(), sentences, entities, found);
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : found.values()) {
            out.add(p);
        }
        for (Proposal p : new ArrayList<>(out)) {
            String k = Keys.of(p.name());
            for (Abbreviation a : pairs) {
                Optional<String> partner = a.partnerOf(k);
                if (partner.isEmpty()) {
                    continue;
                }
                String other = partner.get();
                boolean nameShaped = Character.isUpperCase(other.charAt(0))
                        || a.shortForm().equals(other) && !other.equals(other.toLowerCase(Locale.ROOT));
                if (!found.containsKey(Keys.of(other)) && nameShaped
                        && !Lexicon.FAMILIES.contains(a.shortForm()) && !Lexicon.NOT_NAMES.contains(a.shortForm())) {
                    found.put(Keys.of(other), new Proposal(other, p.type()));
                    out.add(new Proposal(other, p.type()));
                }
            }
        }
        for (Proposal p : new ArrayList<>(out)) {
            bracketedAcronym(document.abstractText(), p.name())
                    .filter(acronym -> !found.containsKey(Keys.of(acronym)) && gazetteer.lookup(acronym).isEmpty()
                            && !Lexicon.FAMILIES.contains(acronym) && !Lexicon.NOT_NAMES.contains(acronym))
                    .ifPresent(acronym -> {
                        found.put(Keys.of(acronym), new Proposal(acronym, p.type()));
                        out.add(new Proposal(acronym, p.type()));
                    });
        }
        Set<String> families = new java.util.HashSet<>();
        for (Abbreviation a : pairs) {
            if (Lexicon.FAMILIES.contains(a.shortForm()) || Lexicon.NOT_NAMES.contains(a.shortForm())) {
                families.add(Keys.of(a.longForm()));
            }
        }
        out.removeIf(p -> families.contains(Keys.of(p.name())) || genericWord(p.name()));
        document.put(Layers.PROPOSED, List.copyOf(out));
    }

    private void titlePrefix(Document d, List<Mention> entities, Map<String, Proposal> found) {
        String title = d.title().strip();
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 60) {
            return;
        }
        String prefix = BRACKET_END.matcher(title.substring(0, colon).strip().replaceFirst("^(?:The|A|An) ", ""))
                .replaceFirst("");
        String[] words = prefix.split("\\s+");
        String key = Keys.of(prefix);
        if (key.isEmpty() || !Character.isUpperCase(prefix.codePointAt(0)) && !Lexicon.shaped(words[0])
                || Lexicon.NOT_NAMES.contains(words[0])) {
            return;
        }
        boolean ok = words.length == 1 || words.length <= 4 && (Keys.of(d.abstractText()).contains(key)
                || architecture(words[words.length - 1]))
                || words.length <= 5 && capitalisedWords(prefix) && !words[0].endsWith("ing")
                        && !Lexicon.TASK_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                        && !typedTask(key, entities) && noConnector(words)
                        && ARTIFACT_SUBTITLE.matcher(title).region(colon + 1, title.length()).lookingAt();
        if (!ok || gazetteer.lookup(prefix).map(e -> e.type() == EntityType.TASK || e.type() != EntityType.MODEL
                && e.type() != EntityType.DATASET && !capitalisedWords(prefix)).orElse(false)) {
            return;
        }
        String rest = title.substring(colon + 1).toLowerCase(Locale.ROOT);
        EntityType type = DATASET_WORDS.matcher(rest).find() ? EntityType.DATASET
                : METRIC_WORDS.matcher(rest).find() ? EntityType.METRIC
                : TITLE_MODEL.matcher(rest).lookingAt() ? EntityType.MODEL
                : typeOf(key, entities, EntityType.METHOD);
        found.put(key, new Proposal(prefix, type));
        if (words.length == 1) {
            String longForm = AbbreviationFinder.titleLongForm(title.substring(colon + 1), prefix);
            EntityType longType = type;
            if (longForm.isEmpty()) {
                longForm = subtitleHead(title.substring(colon + 1), prefix, entities);
                longType = type == EntityType.DATASET && !DATASET_WORDS.matcher(longForm.toLowerCase(Locale.ROOT))
                        .find() ? EntityType.METHOD : type;
            }
            if (!longForm.isEmpty()) {
                found.putIfAbsent(Keys.of(longForm), new Proposal(longForm, longType));
            }
        }
    }

    /**
     * The capitalised head of a subtitle that spells a coined one-word name before the colon and is followed by "for"
     * or "with": "GravMAD: Grounded Spatial Value Maps Guided Action Diffusion for Generalized 3D Manipulation",
     * "CSC-PA: Cross-image Semantic Correlation via Prototype Attentions for ...", "UniSent: Universal Adaptable
     * Sentiment Lexica for 1000+ Languages" (dev-e, dev-j, dev-k). The head starts with the name's first letter and its
     * word initials hold the name's capitals in order ({@link SubtitleSpelling}), or those of the name's coined part
     * ({@link #coinedPart}); "and", "of" and "via" may join capitalised words, and a vague first word such as
     * "Universal" may open it, an article may not ("Adv-CPG: A Customized Portrait Generation Framework with ..."). A
     * head with nothing after it describes the paper ("DiSC: Differential Spectral Clustering of Features"), one that
     * ends in a task noun names the task ("TexGen: Text-Guided 3D Texture Generation with ..."); empty when none.
     */
    private String subtitleHead(String subtitle, String name, List<Mention> entities) {
        String phrase = SUBTITLE_HEADS.match(subtitle, name)
                .or(() -> SUBTITLE_HEADS.match(subtitle, coinedPart(name))).orElse("");
        if (phrase.isEmpty()) {
            return "";
        }
        String[] w = phrase.split(" ");
        String first = w[0].toLowerCase(Locale.ROOT);
        return !first.equals("a") && !first.equals("an") && !first.equals("the") && !first.endsWith("ing")
                && !Lexicon.TASK_HEADS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))
                && gazetteer.lookup(phrase).isEmpty() && !typedTask(Keys.of(phrase), entities) && !generic(w)
                ? phrase : "";
    }

    /**
     * The part of a name that a subtitle may spell without the rest: the acronym before a hyphen and an upper-case
     * acronym of the task ("DELS" of "DELS-MVS: Deep Epipolar Line Search for Multi-View Stereo", dev-r; not "PoGO" of
     * "PoGO-Net") or before an architecture suffix ("UGP" of "UGPNet"); the name itself when it has neither.
     */
    private static String coinedPart(String name) {
        int hyphen = name.indexOf('-');
        if (hyphen >= 2 && name.length() - hyphen > 2 && name.substring(hyphen + 1).chars().allMatch(
                c -> c >= 'A' && c <= 'Z')) {
            return name.substring(0, hyphen);
        }
        return hyphen < 0 && name.length() > 4 && name.endsWith("Net") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * Names in the title's structure: a capitalised head before a preposition, "Foreground-Action Consistency Network
     * for Weakly Supervised Temporal Action Localization", and a capitalised run after "via", "with", "using" or
     * "through", "Breaking Correlation Shift via Conditional Invariant Regularizer" (dev-d, dev-b conventions). A
     * phrase the abstract repeats is the paper's own only where the abstract introduces it ("This splatting-based
     * synthesis", "a new technique called fusion point pruning", "a probabilistic covariant loss is proposed"); a
     * phrase the abstract never repeats only when it ends in an artifact noun ("Network", "Loss", "Regularizer", a
     * coined "-Net"). A head architecture name counts, as before, when nothing else was found. Generic, known,
     * task-like and family phrases ("Transformer Model", "Video Question Answering") and parts of a longer found name
     * are left out.
     */
    private void titleNames(String title, List<Sentence> sentences, List<Mention> entities,
            Map<String, Proposal> found) {
        Matcher m = TITLE_NAME.matcher(title);
        if (found.isEmpty() && m.lookingAt()) {
            String name = m.group(1);
            String[] words = name.split(" ");
            if (words.length >= 2 && architecture(words[words.length - 1]) && !Lexicon.NOT_NAMES.contains(words[0])
                    && !words[0].endsWith("ing") && gazetteer.lookup(name).isEmpty()) {
                add(name, EntityType.METHOD, found);
            }
        }
        String[] lowered = new String[sentences.size()];
        int colon = title.indexOf(':');
        String[] segments = colon > 0 ? new String[] {title.substring(0, colon), title.substring(colon + 1)}
                : new String[] {title};
        for (int seg = 0; seg < segments.length; seg++) {
            String[] w = segments[seg].strip().split("\\s+");
            int i = 0;
            while (i < w.length) {
                if (!capitalisedWord(w[i]) || TITLE_CONNECTORS.contains(w[i].toLowerCase(Locale.ROOT))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < w.length && capitalisedWord(w[end])
                        && !TITLE_CONNECTORS.contains(w[end].toLowerCase(Locale.ROOT))) {
                    end++;
                }
                String before = i == 0 ? "" : w[i - 1].toLowerCase(Locale.ROOT);
                String after = end < w.length ? w[end].toLowerCase(Locale.ROOT) : "";
                boolean head = i == 0 && (HEAD_CONNECTORS.contains(after) || end == w.length && colon < 0);
                boolean tail = TAIL_CONNECTORS.contains(before);
                if (end - i >= 2) {
                    String phrase = String.join(" ", Arrays.copyOfRange(w, i, end))
                            .replaceAll("[,;:.!?]+$", "");
                    if ((head || tail) && end - i <= 6) {
                        titlePhrase(phrase, head, head && colon > 0 && seg == 1, sentences, lowered, entities,
                                found);
                    }
                    numberVariant(phrase, found);
                }
                i = end;
            }
        }
    }

    /**
     * A capitalised title phrase that is the plural or the singular of a name already found: the title's "Causal
     * Modelling Agents" for "the Causal Modelling Agent (CMA)" of the abstract, "Semi-supervised Concept Bottleneck
     * Models" for "SSCBM (Semi-supervised Concept Bottleneck Model)" (dev-k, dev-n). The title's form is one more
     * surface form of the same proposal, typed method: a plural names the approach, not a released trained model,
     * which is the guide's line between methods and models.
     */
    private static void numberVariant(String phrase, Map<String, Proposal> found) {
        String k = Keys.of(phrase);
        if (k.length() < 6 || found.containsKey(k)) {
            return;
        }
        if (found.containsKey(Keys.otherNumber(k))) {
            add(phrase, EntityType.METHOD, found);
        }
    }

    /**
     * Adds one title phrase when the abstract introduces it or, never repeating it, its last word is an artifact. A
     * lower-case repetition needs a naming cue ("called", "this", "is proposed"): "we propose a fast word predictor"
     * describes, it does not name (dev-d). A head the abstract never repeats counts when nothing else was found or when
     * it spells a found name ("Foreground-Action Consistency Network" for FAC-Net). {@code lowered} caches the
     * sentences' lower-cased texts for {@link #mayHold} across the title's phrases.
     */
    private void titlePhrase(String phrase, boolean head, boolean subtitleHead, List<Sentence> sentences,
            String[] lowered, List<Mention> entities, Map<String, Proposal> found) {
        String[] words = phrase.split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String key = Keys.of(phrase);
        if (found.containsKey(key) || Lexicon.NOT_NAMES.contains(words[0]) || words[0].endsWith("ing")
                || Lexicon.NOT_NAME_PHRASES.contains(key) || NOT_ARTIFACTS.contains(last)
                || gazetteer.lookup(phrase).isPresent() || generic(words) || partOfFound(key, found)
                || typedTask(key, entities)) {
            return;
        }
        List<String> quoted = new ArrayList<>();
        List<String> needed = new ArrayList<>();
        for (String w : NON_WORD.split(phrase.strip())) {
            quoted.add(Pattern.quote(w));
            if (!w.isEmpty() && ascii(w)) {
                needed.add(w.toLowerCase(Locale.ROOT));
            }
        }
        Pattern spelled = null;
        for (Sentence s : sentences) {
            if (s.isTitle() || !mayHold(lowered, s.index(), s.text(), needed)) {
                continue;
            }
            if (spelled == null) {
                spelled = Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("[^\\p{L}\\p{N}]+", quoted)
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            }
            Matcher at = spelled.matcher(s.text());
            if (!at.find()) {
                continue;
            }
            String before = " " + words(s.text().substring(0, at.start())) + " ";
            String after = " " + words(s.text().substring(at.end()));
            boolean named = TITLE_PHRASE_NAMING.matcher(before).find()
                    || TITLE_PHRASE_PASSIVE.matcher(after).lookingAt() || proposedDescription(s.text(), at, before,
                            words);
            boolean capitalised = Character.isUpperCase(at.group().charAt(0));
            boolean task = Lexicon.TASK_HEADS.contains(last) || Lexicon.TASK_HEADS.contains(lastSpecific(words));
            if (named && (!task || DEMONSTRATIVE.matcher(before).find())
                    || capitalised && !task && TITLE_PHRASE_CUE.matcher(before).find()) {
                add(phrase, typeOf(key, entities, EntityType.METHOD), found);
            }
            return;
        }
        if (subtitleHead || !titleArtifact(last) || Lexicon.TASK_HEADS.contains(lastSpecific(words))) {
            return;
        }
        boolean spells = found.isEmpty();
        for (Proposal p : found.values()) {
            spells |= AbbreviationFinder.initialsCover(phrase, p.name());
        }
        if (!head || spells) {
            add(phrase, EntityType.METHOD, found);
        }
    }

    /**
     * Whether a lower-case repetition of a title phrase that opens with no generic word, right after a proposal verb,
     * names the artifact by a method noun, an apposition or a relative clause after it: "we propose a
     * novel bidirectional dependency-guided attention model" (deng2020acml-bidirectional), "we propose the
     * domain-specific suppression, an exemplary and generalizable constraint" (wang2021cvpr-domainspecific), but not
     * "we propose a fast word predictor performing efficiently" (dev-d). The phrase needs three words or a hyphen: two
     * plain words are a known technique described ("a weight averaging technique", "a novel optimal transport
     * framework").
     */
    private static boolean proposedDescription(String text, Matcher at, String before, String[] words) {
        if (words.length < 3 && !String.join(" ", words).contains("-")
                || GENERIC_TITLE_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
                || !TITLE_PHRASE_PROPOSED.matcher(before).find()) {
            return false;
        }
        return TITLE_PHRASE_NOUN.matcher(text).region(at.end(), text.length()).lookingAt()
                || TITLE_PHRASE_CLAUSE.matcher(text).region(at.end(), text.length()).lookingAt();
    }

    /** The last word of a title phrase that is not a generic noun: "Detection" in "Object Detection Neural Network". */
    private static String lastSpecific(String[] words) {
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (!GENERIC_TITLE_WORDS.contains(w)) {
                return w;
            }
        }
        return "";
    }

    /** Whether no word of a capitalised title phrase is a connector: "Computing With ...", "X Meets Y". */
    private static boolean noConnector(String[] words) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (TITLE_CONNECTORS.contains(lw) || lw.equals("meets") || lw.equals("meet")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name is one generic word, not written in capitals, that names no artifact on its own: "Hierarchical"
     * cut from "Hierarchical $k$-Step Latent" (dev-c), "Multi" cut from "Multi-level Attention Network"; an acronym
     * such as "SET" (self-enhancing transformer) stays.
     */
    private static boolean genericWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.indexOf(' ') < 0 && !name.equals(name.toUpperCase(Locale.ROOT))
                && (GENERIC_TITLE_WORDS.contains(lower) || Lexicon.VAGUE.contains(lower) || lower.equals("multi"));
    }

    /** Whether a phrase is only a family or generic noun with generic method words ("Transformer Model"). */
    private static boolean generic(String[] words) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (!Lexicon.FAMILIES.contains(w) && !GENERIC_TITLE_WORDS.contains(lw) && !Lexicon.VAGUE.contains(lw)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a phrase is part of a longer name already found ("Federated Disentangled Tuning with ..."). */
    private static boolean partOfFound(String key, Map<String, Proposal> found) {
        for (String k : found.keySet()) {
            if (k.length() > key.length() && k.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typedTask(String key, List<Mention> entities) {
        for (Mention m : entities) {
            if (m.type() == EntityType.TASK && Keys.of(m.surface()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title word starts with a capital letter or a digit. */
    private static boolean capitalisedWord(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
    }

    /** Whether a title phrase's last word names an artifact on its own: "Regularizer", "Loss", "Supernet". */
    private static boolean titleArtifact(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        return architecture(w) || TITLE_ARTIFACTS.contains(w) || w.endsWith("-of-experts");
    }

    /** Whether a word is an architecture noun such as "Network", "Transformer" or a coined "Graphormer". */
    private static boolean architecture(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ARCHITECTURES.contains(w) || w.endsWith("former") || w.endsWith("net") && word.length() > 4;
    }

    private static EntityType typeOf(String key, List<Mention> entities, EntityType fallback) {
        for (Mention m : entities) {
            if (Keys.of(m.surface()).equals(key) && (m.type() == EntityType.DATASET || m.type() == EntityType.MODEL
                    || m.type() == EntityType.METHOD)) {
                return m.type();
            }
        }
        return fallback;
    }

    /**
     * A new pair right after "we define": "we define arithmetic computation effort (ACE), a hardware- and
     * energy-inspired cost metric" (zhang2022cvpr-pokebnn), "we define localised natural structure learning algorithms
     * (LoNS)" (teh2024uai-localised). Only a pair counts: "we define a Markov Decision Process which ..." or "we define
     * a game between three parties, Alice, Bob and Eve" define no artifact (corpus).
     */
    private void definedPair(Sentence s, Map<String, Integer> firstSeen, Map<String, Proposal> found,
            List<Abbreviation> pairs) {
        if (!s.text().contains("define")) {
            return;
        }
        Matcher m = DEFINE.matcher(s.text());
        while (m.find()) {
            for (Abbreviation a : pairs) {
                if (pairOf(a, s) && a.longStart() == m.end() && !Lexicon.NOT_NAMES.contains(a.shortForm())
                        && gazetteer.lookup(a.shortForm()).isEmpty()
                        && firstSeen.getOrDefault(Keys.of(a.shortForm()), s.index()) >= s.index()) {
                    add(a.longForm(), EntityType.METHOD, found);
                }
            }
        }
    }

    /**
     * Whether a pair is defined in the sentence and its short form is no family name ("CNN", "LLMs"): the check that
     * every proposal of a new pair in this sentence (after a naming cue, "we define", a proposal verb or a part cue)
     * starts with.
     */
    private static boolean pairOf(Abbreviation a, Sentence s) {
        return a.sentence() == s.index() && !Lexicon.FAMILIES.contains(a.shortForm());
    }

    /** Whether a lower-cased sentence holds a word that every alternative of {@link #NAMING} needs. */
    private static boolean namingWord(String lower) {
        return lower.contains("call") || lower.contains("dub") || lower.contains("term") || lower.contains("name")
                || lower.contains("coined") || lower.contains("denoted") || lower.contains("refer");
    }

    /**
     * The capitalised long form of a new pair right after a naming cue, "the" allowed between: "dubbed the Watermark
     * Anything Model (WAM)" (sander2025iclr-watermark), where a shorter candidate ("Watermark Anything") would
     * otherwise be taken; empty when there is none.
     */
    private Optional<String> namedPair(Sentence s, int cueEnd, List<Abbreviation> pairs) {
        int at = s.text().startsWith("the ", cueEnd) ? cueEnd + 4 : cueEnd;
        for (Abbreviation a : pairs) {
            if (pairOf(a, s) && a.longStart() == at && a.capitalized()
                    && Character.isUpperCase(a.longForm().charAt(0)) && gazetteer.lookup(a.shortForm()).isEmpty()
                    && !Lexicon.NOT_NAMES.contains(a.shortForm())) {
                return Optional.of(a.longForm());
            }
        }
        return Optional.empty();
    }

    private void naming(Sentence s, List<Mention> here, Map<String, Proposal> found, List<Abbreviation> pairs) {
        if (!namingWord(s.text().toLowerCase(Locale.ROOT))) {
            return;
        }
        Matcher m = NAMING.matcher(s.text());
        while (m.find()) {
            Matcher q = QUOTED.matcher(s.text()).region(m.end(), s.text().length());
            Optional<String> named = Optional.empty();
            boolean article = s.text().startsWith("the ", m.end()) && COINING_THE.matcher(m.group()).find();
            Optional<String> pair = namedPair(s, m.end(), pairs);
            if (q.lookingAt()) {
                named = Optional.of(q.group(1).strip());
            } else if (pair.isPresent()) {
                named = pair;
            } else {
                for (Mention e : here) {
                    boolean next = e.start() >= m.end() && e.start() <= m.end() + 2;
                    if (next || article && e.start() == m.end() + 4 && gazetteer.lookup(e.surface()).isEmpty()) {
                        boolean glued = e.end() < s.text().length() && s.text().charAt(e.end()) == '-';
                        if (!glued) {
                            named = Optional.of(e.surface());
                        }
                        break;
                    }
                }
            }
            if (named.isEmpty() && COINING.matcher(m.group()).find()) {
                named = lowerTerm(s.text(), m.end());
            }
            if (named.isEmpty() && article) {
                named = lowerTerm(s.text(), m.end() + 4);
            }
            String name = named.orElse("");
            if (!name.isEmpty() && Character.isLetterOrDigit(name.charAt(0))) {
                add(name, contextType(s.text(), m.start(), name, here), found);
                describedBeforeName(s.text().substring(0, m.start()), name, here, found);
            }
        }
    }

    /**
     * A name set in emphasis right after a proposal or naming cue: "we propose a flexible framework, namely
     * \emph{least square calibration} (LSC)" (tan2021neurips-least), "we introduce $\textit{partial guidance}$"
     * (yang2023neurips-pgdiff), "the proposed \textit{Generate Rounded OOD Data} (GROD) algorithm"
     * (zhou2024icmlw-grod). Only articles, a few words and "namely" may stand between cue and name; a lower-case name
     * needs two words.
     */
    private void marked(Sentence s, List<Mention> here, Map<String, Proposal> found) {
        String text = s.text();
        if (text.indexOf('\\') < 0 && !text.contains("**")) {
            return;
        }
        List<Integer> cues = new ArrayList<>(proposeCues(text, text.toLowerCase(Locale.ROOT)));
        for (Matcher c : List.of(NAMING.matcher(text), THE_PROPOSED.matcher(text))) {
            while (c.find()) {
                cues.add(c.end());
            }
        }
        for (int cue : cues) {
            Matcher m = MARKED.matcher(text).region(cue, text.length());
            if (!m.find()) {
                continue;
            }
            String between = text.substring(cue, m.start());
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            String[] words = name.split(" ");
            if (!MARK_LEAD.matcher(between).matches() || stopIn(between, MARK_STOPS)
                    || !MARKED_NAME.matcher(name).matches() || words.length > 6
                    || words.length < 2 && !Character.isUpperCase(name.charAt(0))
                    || words[0].endsWith("ly") || gazetteer.lookup(name).isPresent()) {
                continue;
            }
            add(name, contextType(text, cue, name, here), found);
        }
    }

    /**
     * A coined name right before a dataset noun after "our" or "a new": "using our S-RGBD dataset and the TOD benchmark"
     * (qiu2025cvpr-leveraging), "we further craft a new VEGA dataset" (zhou2025iclr-learning), "Our OoD-NAS-ViT
     * benchmark and code are available" (ho2024neurips-vision). Known datasets are left out.
     */
    private void ownDataset(Sentence s, Map<String, Proposal> found) {
        String text = s.text();
        if (!text.contains(" dataset") && !text.contains(" benchmark") && !text.contains(" corpus")
                || !text.contains("ur ") && !text.contains("a new ") && !text.contains("a novel ")
                && !text.contains("the new ")) {
            return;
        }
        Matcher m = OWN_DATASET.matcher(text);
        while (m.find()) {
            if (gazetteer.lookup(m.group(1)).isEmpty() && !Lexicon.FAMILIES.contains(m.group(1))) {
                add(m.group(1), EntityType.DATASET, found);
            }
        }
    }

    /** Whether a lower-cased stretch of text holds one of the given words. */
    private static boolean stopIn(String between, Set<String> stops) {
        for (String w : between.toLowerCase(Locale.ROOT).split("[^a-z-]+")) {
            if (stops.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case term of two to four words at {@code from}, ending at punctuation, the text's end or a clause word:
     * "conferrable adversarial examples" in "which we call conferrable adversarial examples that exclusively transfer"
     * (lukas2021iclr-deep); empty when there is none.
     */
    private static Optional<String> lowerTerm(String text, int from) {
        String[] w = text.substring(from).split(" ", 6);
        List<String> term = new ArrayList<>();
        for (String word : w) {
            String bare = word.replaceAll("[,.;:)]+$", "");
            if (TERM_END.contains(bare) || bare.isEmpty() || !bare.matches("[a-z][a-z-]*")) {
                break;
            }
            term.add(bare);
            if (!bare.equals(word) || term.size() > 4) {
                break;
            }
        }
        int n = term.size();
        boolean ended = n > 0 && (n == w.length || !w[n - 1].equals(term.get(n - 1))
                || n < w.length && TERM_END.contains(w[n].replaceAll("[,.;:)]+$", "")));
        return ended && n >= 2 && n <= 4 && !Lexicon.VAGUE.contains(term.get(0)) ? Optional.of(String.join(" ", term))
                : Optional.empty();
    }

    /**
     * "we propose a novel Bi-directional and Early Interaction Transformers framework named BAEFormer"
     * (pan2023cvpr-baeformer): a capitalised description right before a method noun and the naming cue is the name's
     * long form when its initials start the name's capitals.
     */
    private void describedBeforeName(String before, String name, List<Mention> here, Map<String, Proposal> found) {
        Matcher d = DESCRIBED_NAME.matcher(before);
        if (!d.find()) {
            return;
        }
        String phrase = d.group(1);
        String caps = name.replaceAll("[^\\p{Lu}]", "");
        if (caps.length() >= 2 && AbbreviationFinder.initialsCover(phrase, caps.substring(0, 2))
                && !generic(phrase.split(" ")) && gazetteer.lookup(phrase).isEmpty()
                && !typedTask(Keys.of(phrase), here)) {
            add(phrase, contextType(before, d.start(), phrase, here), found);
        }
    }

    private void propose(Sentence s, List<Mention> here, Map<String, Integer> firstSeen, Map<String, Proposal> found,
            List<Abbreviation> pairs, String titleWords) {
        String lower = s.text().toLowerCase(Locale.ROOT);
        if (!Lexicon.containsAny(lower, PROPOSE_VERBS)) {
            return;
        }
        boolean named = namingWord(lower) && NAMING.matcher(s.text()).find();
        for (int cueEnd : proposeCues(s.text(), lower)) {
            for (Abbreviation a : pairs) {
                if (pairOf(a, s) && a.longStart() >= cueEnd
                        && !objectBetween(s.text().substring(cueEnd, a.longStart()).toLowerCase(Locale.ROOT))
                        && (nameLike(a) || DETERMINER_ONLY.matcher(s.text().substring(cueEnd, a.longStart())).matches())
                        && firstSeen.getOrDefault(Keys.of(a.shortForm()), s.index()) >= s.index()
                        && (gazetteer.lookup(a.shortForm()).isEmpty() || redefined(a))) {
                    add(a.longForm(), contextType(s.text(), cueEnd, a.longForm(), here), found);
                }
            }
            if (named || namely(s, here, firstSeen, found, cueEnd)) {
                continue;
            }
            describedMethod(s, titleWords, found, cueEnd);
            describedThenNamed(s, here, firstSeen, found, cueEnd);
            spelledAcross(s, here, firstSeen, found, cueEnd);
            for (Mention e : here) {
                if (e.start() < cueEnd) {
                    continue;
                }
                String between = s.text().substring(cueEnd, e.start()).toLowerCase(Locale.ROOT);
                if (between.length() > 120 || stopBetween(between)) {
                    break;
                }
                String k = Keys.of(e.surface());
                boolean known = gazetteer.lookup(e.surface()).isPresent();
                boolean seenBefore = firstSeen.getOrDefault(k, s.index()) < s.index();
                if (e.type() == EntityType.TASK || known || seenBefore || MAPPING.matcher(e.surface()).matches()) {
                    continue;
                }
                add(e.surface(), contextType(s.text(), cueEnd, e.surface(), here), found);
                coordinated(s, here, e, firstSeen, found);
                break;
            }
        }
    }

    /**
     * Adds the new names coordinated after the first proposal of a clause, while they are of its kind (method or
     * model, else the same type): "we introduce the Kernel-Thinned NW and Kernel-Thinned KRR estimators" (corpus id
     * gong2024neurips-supervised in dev-n) proposes both. A known or earlier-mentioned name, a task, or a name that
     * only follows the first through other words ("we propose X and compare it with Y") ends the run, and so does a
     * bracket after the second name when the first has none, since it spells both as one name: "the Alternating
     * Continuous and Discrete Combinatorial (AC$\oplus$DC) optimizations".
     */
    private void coordinated(Sentence s, List<Mention> here, Mention first, Map<String, Integer> firstSeen,
            Map<String, Proposal> found) {
        String text = s.text();
        Mention last = first;
        for (Mention e : here) {
            if (e.start() < last.end()) {
                continue;
            }
            String between = text.substring(last.end(), e.start());
            if (between.isBlank() || between.strip().equals("(")) {
                continue;
            }
            boolean joined = COORDINATION.matcher(between).matches() || parallel(text, between, e);
            boolean wholeBracketed = !between.contains("(") && text.startsWith("(", skipSpaces(text, e.end()));
            String k = Keys.of(e.surface());
            if (!joined || wholeBracketed || plainWord(e.surface()) || !sameKind(first.type(), e.type())
                    || gazetteer.lookup(e.surface()).isPresent()
                    || firstSeen.getOrDefault(k, s.index()) < s.index() || MAPPING.matcher(e.surface()).matches()) {
                return;
            }
            add(e.surface(), contextType(text, last.end(), e.surface(), here), found);
            last = e;
        }
    }

    /**
     * Whether a name is one word with no capital, digit or dash after its first letter, which after "and" is more
     * often the end of the first name than a second one: "Commonsense Validation and Explanation".
     */
    private static boolean plainWord(String name) {
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '-' || Character.isUpperCase(c) || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words between two names are "for P and" and the second name is followed by the same preposition. */
    private static boolean parallel(String text, String between, Mention second) {
        Matcher m = PARALLEL.matcher(between);
        if (!m.matches()) {
            return false;
        }
        return text.startsWith(" " + m.group(1) + " ", second.end());
    }

    /** The index of the first character at or after {@code from} that is not a space. */
    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether two entity types are one kind of proposal: both methods or models, or the same type but a task. */
    private static boolean sameKind(EntityType a, EntityType b) {
        if (a == EntityType.TASK || b == EntityType.TASK) {
            return false;
        }
        boolean aTechnique = a == EntityType.METHOD || a == EntityType.MODEL;
        boolean bTechnique = b == EntityType.METHOD || b == EntityType.MODEL;
        return a == b || aTechnique && bTechnique;
    }

    /**
     * "we develop a new variant of the classical Cumulative Sum (CUSUM) change detection, namely Score-based CUSUM
     * (SCUSUM)": the name after ", namely" or ", i.e.," is the proposal, not the names in the description before it
     * (corpus ids wu2023aistats-scorebased, lei2024eccv-exploring). Returns whether such a name was found.
     */
    private boolean namely(Sentence s, List<Mention> here, Map<String, Integer> firstSeen, Map<String, Proposal> found,
            int cueEnd) {
        String text = s.text();
        Matcher m = NAMELY.matcher(text).region(cueEnd, Math.min(text.length(), cueEnd + 160));
        if (!m.find() || text.substring(cueEnd, m.start()).contains(" such as ")) {
            return false;
        }
        for (Mention e : here) {
            if (e.start() == m.end() && e.type() != EntityType.TASK && gazetteer.lookup(e.surface()).isEmpty()
                    && firstSeen.getOrDefault(Keys.of(e.surface()), s.index()) >= s.index()) {
                add(e.surface(), contextType(text, cueEnd, e.surface(), here), found);
                return true;
            }
        }
        return false;
    }

    /**
     * "we propose an iterative ensemble training strategy" under the title "Iterative Ensemble Training with
     * Anti-Gradient Control ...": a lower-case description right after the cue that the title writes as a name.
     */
    private static void describedMethod(Sentence s, String titleWords, Map<String, Proposal> found, int cueEnd) {
        Matcher m = DESCRIBED_METHOD.matcher(s.text()).region(cueEnd, s.text().length());
        if (!m.lookingAt()) {
            return;
        }
        String name = m.group(1);
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String rest = s.text().substring(m.end());
        String head = last.substring(last.lastIndexOf('-') + 1);
        if (name.indexOf(' ') < 0 || name.indexOf('-') < 0 && name.split(" ").length < 3 || last.equals("learning")
                || Lexicon.TASK_HEADS.contains(last) || !Lexicon.METHOD_HEADS.contains(head)
                && !NOUN_ENDING.matcher(head).matches() || NAMED_NEXT.matcher(rest).lookingAt()) {
            return;
        }
        if ((" " + titleWords + " ").contains(" " + words(name) + " ")) {
            add(name, EntityType.METHOD, found);
        }
    }

    /**
     * "we present a new synthetic corpus in code-mix for dialogs, CM-DailyDialog, by ...": a generic description, then
     * a new name set off by a comma, with no other comma in between.
     */
    private void describedThenNamed(Sentence s, List<Mention> here, Map<String, Integer> firstSeen,
            Map<String, Proposal> found, int cueEnd) {
        String text = s.text();
        for (Mention e : here) {
            if (e.start() < cueEnd + 2) {
                continue;
            }
            String between = text.substring(cueEnd, e.start());
            if (between.length() > 120 || !DESCRIPTION_THEN_COMMA.matcher(between).matches()) {
                continue;
            }
            String after = text.substring(e.end());
            String k = Keys.of(e.surface());
            if (NAME_END.matcher(after).lookingAt() && e.type() != EntityType.TASK
                    && gazetteer.lookup(e.surface()).isEmpty() && firstSeen.getOrDefault(k, s.index()) >= s.index()) {
                add(e.surface(), contextType(text, cueEnd, e.surface(), here), found);
            }
            return;
        }
    }

    /**
     * Proposes the bracketed acronym that ends the description after a proposal cue when the words spelling it start
     * before the description's first preposition: "We propose a knowledge-infused unified Multimodal Generative
     * framework for Aspect-based complaint and Cause detection (MuGACD)" (corpus), "we propose a semi-supervised 2D
     * human pose estimation framework driven by a position inconsistency pseudo label correction module (SSPCM)"
     * (huang2023cvpr-semisupervised). Spelled after the preposition only, the acronym names the object: "a method of
     * approximate dynamic programming for Markov decision processes (MDPs)". Known, earlier and family acronyms are
     * left out.
     */
    private void spelledAcross(Sentence s, List<Mention> here, Map<String, Integer> firstSeen,
            Map<String, Proposal> found, int cueEnd) {
        String text = s.text();
        if (text.indexOf('(', cueEnd) < 0) {
            return;
        }
        Matcher m = DESCRIBED_ACRONYM.matcher(text).region(cueEnd, text.length());
        if (!m.lookingAt()) {
            return;
        }
        String acronym = m.group(2);
        String[] words = m.group(1).split("\\s+");
        int link = -1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (CLAUSE_WORDS.contains(w)) {
                return;
            }
            if (link < 0 && DESCRIPTION_LINKS.contains(w)) {
                link = i;
            }
        }
        if (link < 0 || !AbbreviationFinder.validShort(acronym) || !Lexicon.shaped(acronym)
                || Lexicon.FAMILIES.contains(acronym) || Lexicon.NOT_NAMES.contains(acronym)
                || gazetteer.lookup(acronym).isPresent()
                || firstSeen.getOrDefault(Keys.of(acronym), s.index()) < s.index()) {
            return;
        }
        char initial = Character.toLowerCase(acronym.charAt(0));
        for (int start = words.length - 1; start >= 0; start--) {
            String phrase = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            if (Character.toLowerCase(words[start].charAt(0)) == initial
                    && AbbreviationFinder.initialsCover(phrase, acronym)) {
                if (start < link) {
                    add(acronym, contextType(text, cueEnd, acronym, here), found);
                }
                return;
            }
        }
    }

    /** Ends of "we propose", "this paper introduces" and similar cues, in text order. */
    private static List<Integer> proposeCues(String text, String lower) {
        List<Integer> ends = new ArrayList<>();
        for (String stem : PROPOSE_VERBS) {
            int at = lower.indexOf(stem);
            while (at >= 0) {
                if (at > 0 && !Character.isLetter(lower.charAt(at - 1))) {
                    Matcher verb = PROPOSE_VERB.matcher(text).region(at, text.length());
                    if (verb.lookingAt() && proposer(text, at, text.startsWith("ing", verb.end() - 3))) {
                        Matcher inf = INFINITIVE.matcher(text).region(verb.end(), text.length());
                        ends.add(inf.lookingAt() ? inf.end() : verb.end());
                    }
                }
                at = lower.indexOf(stem, at + 1);
            }
        }
        ends.sort(Comparator.naturalOrder());
        return ends;
    }

    /**
     * Whether the verb at {@code at} has "we" or "this paper" as its subject: right before it, through an "and", or
     * for a gerund through "by" ("we lift that restriction by proposing X").
     */
    private static boolean proposer(String text, int at, boolean gerund) {
        if (gerund) {
            return BY.matcher(text).region(Math.max(0, at - 4), at).find() && WE.matcher(text).region(0, at).find();
        }
        return PROPOSER.matcher(text).region(Math.max(0, at - 45), at).find() || coordinatedWithWe(text, at);
    }

    /** Whether the verb at {@code at} is coordinated ("and propose") with an earlier clause whose subject is "we". */
    private static boolean coordinatedWithWe(String text, int at) {
        return COORDINATED.matcher(text).region(Math.max(0, at - 25), at).find()
                && WE.matcher(text).region(0, at).find();
    }

    /**
     * Named parts of the paper's artifact: new capitalised names in a sentence that speaks of the artifact (by its
     * name, in it or the sentence before) with a part cue, as in "GRA ..., comprising two key components: Group-wise
     * Rotating and Group-wise Attention" or "INFER builds Temporal Weight Matrices" (dev-d and dev-b conventions) and
     * "The training of SSPL involves two stages. First, three auxiliary tasks, consisting of a Patch Rotation Task
     * (PRT), ..." (corpus id shu2021cvpr-learning). After a colon that follows the cue, listed names count whatever
     * their type ("It consists of two steps: Dynamic Path Tracking and Post-retrieval Completion",
     * li2025neurips-neuropath), and so do pairs after the cue whose long form opens with a capital ("two modules: 1)
     * Unlabeled Proxy-based Contrastive learning (UPC) module ...", lee2025cvpr-unlocking; not "solving a contextual
     * Markov Decision Process (CMDP)").
     */
    private void components(Sentence s, List<Sentence> sentences, List<Mention> here, Map<String, Integer> firstSeen,
            Map<String, Proposal> found, List<Abbreviation> pairs) {
        Sentence cued = s;
        while (cued.index() > 1 && ENUMERATED.matcher(cued.text()).lookingAt()) {
            cued = sentences.get(cued.index() - 1);
        }
        Matcher cue = COMPONENT_CUE.matcher(cued.text());
        if (found.isEmpty() || !Lexicon.containsAny(cued.text(), COMPONENT_WORDS) || !cue.find()
                || RIVALS.matcher(s.text()).find()) {
            return;
        }
        int from = cued == s ? cue.start() : 0;
        String own = Keys.of(cued.text());
        String before = cued.index() > 0 && !sentences.get(cued.index() - 1).isTitle()
                ? Keys.of(sentences.get(cued.index() - 1).text()) : "";
        Set<String> names = new java.util.HashSet<>(found.keySet());
        for (Abbreviation a : pairs) {
            if (names.contains(Keys.of(a.longForm()))) {
                names.add(Keys.of(a.shortForm()));
            }
        }
        boolean about = false;
        for (String k : names) {
            if (k.length() >= 3 && (own.contains(k) || before.contains(k))) {
                about = true;
                break;
            }
        }
        if (!about) {
            return;
        }
        int colon = cued == s ? s.text().indexOf(':', cue.end()) : -1;
        for (Mention e : here) {
            String k = Keys.of(e.surface());
            boolean part = e.type() == EntityType.METHOD || e.type() == EntityType.MODEL
                    || colon >= 0 && e.start() > colon;
            if (e.start() >= from && part && !found.containsKey(k)
                    && e.surface().indexOf(' ') > 0 && capitalisedWords(e.surface())
                    && gazetteer.lookup(e.surface()).isEmpty()
                    && firstSeen.getOrDefault(k, s.index()) >= s.index()) {
                add(e.surface(), EntityType.METHOD, found);
            }
        }
        for (Abbreviation a : pairs) {
            if (pairOf(a, s) && a.longStart() >= from && a.capitalized() && a.longForm().indexOf(' ') > 0
                    && Character.isUpperCase(a.longForm().charAt(0))
                    && !found.containsKey(Keys.of(a.longForm())) && gazetteer.lookup(a.longForm()).isEmpty()
                    && gazetteer.lookup(a.shortForm()).isEmpty()
                    && firstSeen.getOrDefault(Keys.of(a.shortForm()), s.index()) >= s.index()) {
                add(a.longForm(), EntityType.METHOD, found);
            }
        }
    }

    /**
     * Capitalised pairs a sentence after the proposal defines, outside talk of rivals, when the sentence speaks of the
     * artifact (its name, or "It", "Our ..." opening it): parts of the proposed artifact, as in "It applies a Depth
     * Value Network (DVN) ..." after "we propose ... the Value Classification Model (VCM)"
     * (chen2024neurips-learning-e). A sentence that speaks of it only by the short form an earlier sentence paired
     * with its name gives only pairs that a part noun names: "RMSIN incorporates an Intra-scale Interaction Module
     * (IIM) ..." after "we introduce the Rotated Multi-Scale Interaction Network (RMSIN)" (liu2024cvpr-rotated), not
     * "DASR-HE is based on Symbolic Regression (SR)" (dev-b).
     */
    private void definedParts(Sentence s, List<Mention> here, Map<String, Integer> firstSeen,
            Map<String, Proposal> found, List<Abbreviation> pairs) {
        String own = Keys.of(s.text());
        boolean about = OWN_SUBJECT.matcher(s.text()).lookingAt();
        for (String k : found.keySet()) {
            about |= k.length() >= 3 && own.contains(k);
        }
        boolean byShortForm = !about && byShortForm(s, found, pairs);
        if (!about && !byShortForm) {
            return;
        }
        for (Abbreviation a : pairs) {
            String lk = Keys.of(a.longForm());
            if (a.sentence() != s.index() || !a.capitalized() || a.longForm().indexOf(' ') < 0
                    || byShortForm && !part(s.text(), a) || found.containsKey(lk)
                    || RIVALS.matcher(s.text().substring(0, a.longStart())).find()
                    || !Lexicon.shaped(a.shortForm()) || Lexicon.FAMILIES.contains(a.shortForm())
                    || Lexicon.NOT_NAMES.contains(a.shortForm()) || gazetteer.lookup(a.shortForm()).isPresent()
                    || gazetteer.lookup(a.longForm()).isPresent()
                    || firstSeen.getOrDefault(Keys.of(a.shortForm()), s.index()) < s.index()) {
                continue;
            }
            for (Mention e : here) {
                if (Keys.of(e.surface()).equals(lk)
                        && (e.type() == EntityType.METHOD || e.type() == EntityType.MODEL)) {
                    add(a.longForm(), EntityType.METHOD, found);
                    break;
                }
            }
        }
    }

    /**
     * Whether a sentence speaks of a found proposal by the short form an earlier sentence paired with it: "RMSIN
     * incorporates ..." after "the Rotated Multi-Scale Interaction Network (RMSIN)".
     */
    private static boolean byShortForm(Sentence s, Map<String, Proposal> found, List<Abbreviation> pairs) {
        for (Abbreviation a : pairs) {
            if (a.sentence() < s.index() && a.shortForm().length() >= 3 && found.containsKey(Keys.of(a.longForm()))
                    && holdsWord(s.text(), a.shortForm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pair names a part by a part noun ending its long form or standing right after its short form:
     * "Intra-scale Interaction Module (IIM)", "the sequential Feature AlignMent (FAM) module".
     */
    private static boolean part(String text, Abbreviation a) {
        String longForm = a.longForm();
        String last = longForm.substring(longForm.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (PART_NOUNS.contains(last)) {
            return true;
        }
        int close = text.indexOf(')', a.shortStart());
        Matcher next = NEXT_WORD.matcher(text);
        return close >= 0 && next.region(close + 1, text.length()).lookingAt()
                && PART_NOUNS.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether sentence {@code i} may hold a phrase whose ASCII words, lower-cased, are {@code needed}: false only for
     * an all-ASCII sentence that lacks one of them, which no case-insensitive match of the phrase can then be in (no
     * character outside ASCII folds onto an ASCII letter in an ASCII text). {@code lowered} caches each sentence's
     * lower-cased text, "" for one with a character outside ASCII (it is always searched).
     */
    private static boolean mayHold(String[] lowered, int i, String text, List<String> needed) {
        if (lowered[i] == null) {
            lowered[i] = ascii(text) ? text.toLowerCase(Locale.ROOT) : "";
        }
        if (lowered[i].isEmpty()) {
            return true;
        }
        for (String w : needed) {
            if (!lowered[i].contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character of a text is ASCII. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text holds a word as a whole word: not inside a longer run of letters and digits. */
    private static boolean holdsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of a name starts with a capital letter or a digit. */
    private static boolean capitalisedWords(String name) {
        for (String w : name.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private void appositive(Sentence s, List<Mention> here, Map<String, Integer> firstSeen,
            Map<String, Proposal> found, List<Abbreviation> pairs) {
        openingDataset(s, found, pairs);
        if (here.isEmpty()) {
            return;
        }
        Mention first = here.get(0);
        if (first.start() != 0 || first.type() == EntityType.TASK) {
            return;
        }
        int after = first.end();
        String text = s.text();
        if (after < text.length() && text.charAt(after) == ' ' && after + 1 < text.length()
                && text.charAt(after + 1) == '(') {
            int close = text.indexOf(')', after);
            after = close < 0 ? after : close + 1;
        }
        Matcher m = APPOSITIVE.matcher(text).region(after, text.length());
        String k = Keys.of(first.surface());
        if (m.lookingAt() && gazetteer.lookup(first.surface()).isEmpty()
                && firstSeen.getOrDefault(k, s.index()) >= s.index()) {
            add(first.surface(), contextType(text, m.end(), first.surface(), here), found);
        }
    }

    /**
     * Names listed after a colon that announces several new artifacts: "We design two innovative meta-algorithms:
     * RS-DisRL-M, a model-based strategy ..., and RS-DisRL-V, ..." or "we present two novel designs: KPConvD (...) and
     * KPConvX" (shards 010-030). Each item's leading name counts when it is capitalised and new.
     */
    private void listed(Sentence s, List<Mention> here, Map<String, Integer> firstSeen, Map<String, Proposal> found) {
        String text = s.text();
        if (text.indexOf(':') < 0) {
            return;
        }
        Matcher m = LIST_CUE.matcher(text);
        if (!m.find() || NOT_ARTIFACT_LISTS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return;
        }
        for (Mention e : here) {
            if (e.start() < m.end()) {
                continue;
            }
            String between = text.substring(itemStart(text, m.end(), e.start()), e.start());
            String k = Keys.of(e.surface());
            if (LIST_GAP.matcher(between).matches() && (Lexicon.shaped(e.surface())
                    || e.surface().indexOf(' ') > 0 && capitalisedWords(e.surface()))
                    && e.type() != EntityType.TASK && gazetteer.lookup(e.surface()).isEmpty()
                    && firstSeen.getOrDefault(k, s.index()) >= s.index()) {
                add(e.surface(), contextType(text, m.start(), e.surface(), here), found);
            }
        }
    }

    /** Start of the list item that holds {@code at}: just after the last ", ", "; " or " and " from {@code from}. */
    private static int itemStart(String text, int from, int at) {
        String part = text.substring(from, at);
        int cut = Math.max(Math.max(part.lastIndexOf(','), part.lastIndexOf(';')), part.lastIndexOf(" and "));
        return cut < 0 ? from : from + cut + 1;
    }

    /** A name right after an artifact phrase and a comma, ending at a comma or its bracketed acronym. */
    private void apposed(Sentence s, List<Mention> here, Map<String, Proposal> found, List<Abbreviation> pairs) {
        String text = s.text();
        if (text.indexOf(',') < 0 || !(text.contains("ur ") || text.contains("esulting") || text.contains("new ")
                || text.contains("novel "))) {
            return;
        }
        Matcher m = APPOSED.matcher(text);
        while (m.find()) {
            for (Mention e : here) {
                if (e.start() == m.end() && e.type() != EntityType.TASK && unknownOrDataset(e.surface())
                        && NAME_END.matcher(text).region(e.end(), text.length()).lookingAt()) {
                    add(e.surface(), contextType(text, m.start(), e.surface(), here), found);
                }
            }
            for (Abbreviation a : pairs) {
                if (a.sentence() == s.index() && a.longStart() == m.end() && nameLike(a)
                        && gazetteer.lookup(a.shortForm()).isEmpty() && !Lexicon.FAMILIES.contains(a.shortForm())) {
                    add(a.longForm(), contextType(text, m.start(), a.longForm(), here), found);
                }
            }
        }
    }

    /**
     * Whether a name is no gazetteer entry or a known dataset: a dataset famous enough for the gazetteer is still the
     * proposal of the paper that defines it ("The COVID-19 Open Research Dataset (CORD-19) is a growing resource",
     * "Our contribution, Melting Pot, is a MARL evaluation suite"), as the title prefix already allows.
     */
    private boolean unknownOrDataset(String name) {
        return gazetteer.lookup(name).map(e -> e.type() == EntityType.DATASET).orElse(true);
    }

    /**
     * An abstract that opens by defining a named dataset, "The COVID-19 Open Research Dataset (CORD-19) is a growing
     * resource ...": the paper presents that dataset.
     */
    private void openingDataset(Sentence s, Map<String, Proposal> found, List<Abbreviation> pairs) {
        if (s.index() != 1) {
            return;
        }
        for (Abbreviation a : pairs) {
            String lf = a.longForm();
            String head = lf.substring(lf.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (a.sentence() == 1 && a.longStart() <= 4 && a.capitalized() && Lexicon.DATASET_HEADS.contains(head)
                    && OPENING_IS.matcher(s.text()).region(a.shortStart() + a.shortForm().length(), s.text().length())
                            .lookingAt()
                    && unknownOrDataset(a.shortForm())) {
                add(lf, EntityType.DATASET, found);
                add(a.shortForm(), EntityType.DATASET, found);
            }
        }
    }

    private void passive(Sentence s, List<Mention> here, Map<String, Integer> firstSeen, Map<String, Proposal> found) {
        for (Mention e : here) {
            Matcher m = PASSIVE.matcher(s.text()).region(e.end(), s.text().length());
            if (m.lookingAt() && e.type() != EntityType.TASK && gazetteer.lookup(e.surface()).isEmpty()
                    && firstSeen.getOrDefault(Keys.of(e.surface()), s.index()) >= s.index()
                    && !EARLIER_WORK.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()) {
                add(e.surface(), contextType(s.text(), e.start(), e.surface(), here), found);
            }
        }
    }

    /**
     * Whether a pair after "the proposed" names the paper's artifact: capitalised, or followed by a component noun
     * ("The proposed semantic global reasoning (SGR) component", corpus id hossain2024wacv-frameworkagnostic).
     */
    private static boolean nameLikeOrComponent(String text, Abbreviation a) {
        int end = a.shortStart() + a.shortForm().length();
        return nameLike(a) || end < text.length() && METHOD_AFTER.matcher(text).region(end + 1, text.length())
                .lookingAt() || end + 1 < text.length() && text.startsWith(" component", end + 1);
    }

    private void our(Sentence s, List<Mention> here, Map<String, Proposal> found, List<Abbreviation> pairs) {
        Matcher p = THE_PROPOSED.matcher(s.text());
        while (s.text().contains("he proposed ") && p.find()) {
            for (Mention e : here) {
                if (e.start() == p.end() && gazetteer.lookup(e.surface()).isEmpty() && e.type() != EntityType.TASK
                        && (Lexicon.shaped(e.surface()) || Character.isUpperCase(e.surface().charAt(0))
                                && e.surface().indexOf(' ') < 0)) {
                    add(e.surface(), contextType(s.text(), p.start(), e.surface(), here), found);
                }
            }
            for (Abbreviation a : pairs) {
                if (a.sentence() == s.index() && a.longStart() == p.end() && nameLikeOrComponent(s.text(), a)
                        && gazetteer.lookup(a.shortForm()).isEmpty() && !Lexicon.FAMILIES.contains(a.shortForm())) {
                    add(a.longForm(), EntityType.METHOD, found);
                    add(a.shortForm(), EntityType.METHOD, found);
                }
            }
        }
        if (!s.text().contains("our ") && !s.text().contains("Our ")) {
            return;
        }
        Matcher m = OUR.matcher(s.text());
        while (m.find()) {
            for (Mention e : here) {
                if (e.start() == m.end() && m.end() > m.start() + 4 && gazetteer.lookup(e.surface()).isEmpty()
                        && e.type() != EntityType.TASK) {
                    add(e.surface(), contextType(s.text(), m.start(), e.surface(), here), found);
                }
            }
        }
    }

    /**
     * The acronym in brackets right after the first mention of a name, "Cache-Augmented Inbatch Importance Resampling
     * (XIR)", even when its letters do not spell the name; empty when there is none.
     */
    static Optional<String> bracketedAcronym(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = BRACKETED.matcher(text).region(at + name.length(), text.length());
        if (!m.lookingAt() || !AbbreviationFinder.validShort(m.group(1)) || !Lexicon.shaped(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /**
     * Whether a pair gives a gazetteer short form a different long form than the gazetteer knows: "Deep Quantification
     * Network (DQN)" is not the Deep Q-Network (dev-d); a gazetteer entry without long forms proves nothing.
     */
    private boolean redefined(Abbreviation a) {
        GazetteerEntry known = gazetteer.lookup(a.shortForm()).orElseThrow();
        String lk = Keys.of(a.longForm());
        if (known.aliases().isEmpty() || Keys.of(known.name()).equals(lk)) {
            return false;
        }
        for (String alias : known.aliases()) {
            if (Keys.of(alias).equals(lk)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased letters and digits of a text, one space between words. */
    private static String words(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether an abbreviation pair names an artifact: a capitalised long form or an artifact noun at its end. */
    private static boolean nameLike(Abbreviation a) {
        String lf = a.longForm();
        String head = lf.substring(lf.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return a.capitalized() || ARTIFACT_HEADS.contains(head);
    }

    /**
     * Whether a preposition between the cue and a pair makes the pair an object, as in "a learner for the CATT"; "our"
     * right before the pair keeps it the paper's own ("based on our Probabilistic Contrastive Fusion (PCF)").
     */
    private static boolean objectBetween(String between) {
        if (OUR_BEFORE.matcher(between).find()) {
            return false;
        }
        for (String w : between.split("[^a-z-]+")) {
            if (OBJECT_PREPOSITIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stopBetween(String between) {
        for (String w : between.split("[^a-z-]+")) {
            if (STOP_BETWEEN.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type a head noun right before the name gives ("method X", "the dataset X"), else dataset or model when such
     * a noun is near the cue, else the typer's type, else method.
     */
    private static EntityType contextType(String text, int from, String name, List<Mention> here) {
        int nameAt = text.indexOf(name, Math.max(0, from - name.length() - 4));
        if (nameAt > 0) {
            Matcher head = HEAD_BEFORE.matcher(text).region(Math.max(0, nameAt - 30), nameAt);
            if (head.find()) {
                return head.group(1) != null ? EntityType.METHOD
                        : head.group(2) != null ? EntityType.MODEL : EntityType.DATASET;
            }
        }
        int lo = Math.max(0, Math.min(from, nameAt < 0 ? from : nameAt) - 60);
        int hi = Math.min(text.length(), (nameAt < 0 ? from : nameAt + name.length()) + 40);
        if (nameAt >= 0 && METHOD_AFTER.matcher(text).region(nameAt + name.length(), text.length()).lookingAt()) {
            return typeOf(Keys.of(name), here, EntityType.METHOD);
        }
        String window = text.substring(lo, hi).toLowerCase(Locale.ROOT);
        if (nameAt >= 0 && nameAt >= lo && nameAt + name.length() <= hi) {
            window = (text.substring(lo, nameAt) + " " + text.substring(nameAt + name.length(), hi))
                    .toLowerCase(Locale.ROOT);
        }
        if (DATASET_WORDS.matcher(window).find()) {
            return EntityType.DATASET;
        }
        if (METRIC_WORDS.matcher(window).find()) {
            return EntityType.METRIC;
        }
        return typeOf(Keys.of(name), here, MODEL_WORD.matcher(window).find() ? EntityType.MODEL
                : EntityType.METHOD);
    }

    private static void add(String name, EntityType type, Map<String, Proposal> found) {
        String k = Keys.of(name);
        if (!k.isEmpty() && name.length() <= 100 && !Lexicon.FAMILIES.contains(name)
                && !Lexicon.NOT_NAMES.contains(name)) {
            found.putIfAbsent(k, new Proposal(name, type));
        }
    }
}
