package org.paperkg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.EntityType;

/**
 * Decides the type of every candidate name from all the evidence in the document.
 *
 * <p>Evidence, strongest first: the gazetteer (unless the text defines the short form as something else: "Mean
 * Absolute Error (MAE)" is no masked autoencoder); a type noun after the name or at its end ("the X dataset",
 * "Segment Anything Model", "X framework", "X-benchmark", "the X test set", "X Shared Task"), the head noun of an appositive ("X, the
 * first ... dataset", "a new mechanism, X"), a list introduced by "datasets such as" or "datasets, including the
 * newly introduced", a score ("an RPS of 0.21", "in terms of X"); word shape ("-Bench", "-QA", "-7B", "-Net",
 * "-Former") or a version of a known model family ("Qwen3"); being listed together with a known dataset ("on A, B
 * and C"); appearing after "on"/"across" in a sentence about experiments. A name with no evidence is a method.
 * Techniques and models written in lower case and architecture families ("Transformer", "LLMs") are not reported:
 * the guide puts them in the optional tier at best. One surface gets one type
 * per document, shared with its abbreviation partner. A lower-case long form whose head noun shows no type and that
 * has no other evidence ("knowledge graph (KG)") is a term, not a name, and both it and its abbreviation are
 * dropped; a capitalised long form with an abbreviation is a name (the annotation guide's settled case). A single
 * capitalised word with no evidence at all is dropped when the abstract also uses it in lower case ("Prediction")
 * or mentions it only once without a hyphen; a proposal cue can still bring it back. A capitalised phrase without
 * name shape or evidence that only ever follows a demonstrative or possessive and ends its noun phrase ("this Part of
 * Speech since ...", "its Markov Blanket.") is a common noun written with capitals, not a name; "its Quasi Monte Carlo
 * counterparts" keeps its name.
 */
public final class EntityTyper implements Stage {
    private static final List<String> DATASET_ENDINGS = List.of("Bench", "bench", "QA", "Eval", "-Hard", "Arena", "Gym",
            "World", "Set", "Corpus", "Bank");
    private static final List<String> MODEL_ENDINGS = List.of("-Instruct", "-Chat", "-Base", "-Large", "-XL", "-XXL",
            "-Small", "-Mini", "-Turbo", "-Pro", "-Ultra", "-Coder", "-Math", "-VL");
    private static final List<String> MODEL_PARTS = List.of("GPT", "BERT", "LLaMA", "Llama", "LLAMA", "T5");
    private static final List<String> METHOD_ENDINGS = List.of("Net", "Nets", "Former", "former", "GAN", "GANs",
            "Attention", "Prompt", "Tuning", "Opt", "Norm", "Loss", "RL", "Search");
    private static final Pattern MODEL_SIZE = Pattern.compile("\\d+(?:\\.\\d+)?B\\b");
    /** A ratio or percentage, the kind of number a metric takes ("0.8976", "73.2%"). */
    private static final Pattern SCORE_NUMBER = Pattern.compile("\\d*\\.\\d+%?|\\d+(?:\\.\\d+)?%");
    /**
     * Final nouns of capitalised names that make them fields or problems: "Affective Behavior Analysis", "the Opinion
     * Minimization Problem" (dev-i).
     */
    private static final Set<String> TASK_LIKE_HEADS = Lexicon.words("analysis", "processing", "assessment",
            "validation", "diagnosis", "discovery", "mining", "profiling", "prognosis", "screening", "problem",
            "problems");
    /**
     * Words before a name that present it as a technique being named or used: "We call this scheme Two-Stage Few-Shot
     * Adaptation", "using Adversarial Domain Feature Adaptation" (corpus abstracts).
     */
    private static final Set<String> NAMING_WORDS = Lexicon.words("call", "called", "named", "dubbed", "termed",
            "coined", "scheme", "using", "via", "proposed");
    /** Words that open a verb's object or clause: "CNN/DM and NYT demonstrate that ...", "X select the ...". */
    private static final Set<String> OBJECT_OPENERS = Lexicon.words("that", "the", "a", "an", "its", "their", "our",
            "how", "whether", "them", "it");
    /** Final nouns of a learning setting: "class-incremental learning", "test-time adaptation". */
    private static final Set<String> SETTING_HEADS = Lexicon.words("learning", "adaptation", "generalization",
            "generalisation");
    /**
     * Words that qualify a learning setting rather than a technique: the data or time regime of the problem
     * ("incremental", "few-shot", "test-time", "domain", "partial-label", "long-tailed").
     */
    private static final Set<String> SETTING_WORDS = Lexicon.words("incremental", "continual", "lifelong", "test-time",
            "domain", "few-shot", "zero-shot", "one-shot", "partial-label", "open-set", "open-world", "long-tailed",
            "unbiased", "gradual", "data-free", "source-free", "partial");
    /** Words before "Analysis" that make a method: "Principal Component Analysis", "Linear Discriminant Analysis". */
    private static final Set<String> ANALYSIS_METHODS = Lexicon.words("component", "components", "discriminant",
            "correlation", "factor", "semantic", "sensitivity", "survival", "regression", "variance", "cluster",
            "spectral", "data");
    /** A title that opens with a team name before a shared task: "WOLI at SemEval-2020 Task 12: ...". */
    private static final Pattern TEAM = Pattern.compile(
            "(\\S+) at (?:SemEval|WMT|CLEF|TREC|BioASQ|WNUT|[A-Z][\\w-]*-?\\d{4})");
    /** A rank cut-off written as a name: "Rank-1", "Top-5", "R@1" (corpus id wang2023iccv-dygait). */
    private static final Pattern RANKED = Pattern.compile("(?i)(?:top|rank|hits?|r|recall|precision|mAP)[-@]?\\d{1,3}");
    private static final Pattern LEADING_LETTERS = Pattern.compile("[A-Za-z]{3,}");
    private static final Set<String> DETERMINERS = Lexicon.words("a", "an", "the", "our");
    /**
     * Determiners that put a capitalised phrase back among common nouns when no type noun follows: "this Part of
     * Speech" (corpus id 2020.lrec-1.718), "its Markov Blanket" (biza2020pgm-tuning).
     */
    private static final Set<String> DEMONSTRATIVES = Lexicon.words("this", "these", "those", "its", "their",
            "his", "her");
    /**
     * The end of a shared task's name, a benchmark: "CMCL 2021 Shared Task", "PARSEME Shared Task 1.2" (dev-s, dev-m).
     */
    private static final Pattern SHARED_TASK_NAME = Pattern.compile("Shared Task(?: \\d{1,2}(?:\\.\\d{1,2})?)?$");
    /** A shared task's number written as one word: "Task4". */
    private static final Pattern SHARED_TASK = Pattern.compile("Task\\d{1,2}");
    /** Signs that make the name before them a quantity when a number follows: "IPC=50". */
    private static final Set<String> COMPARISONS = Lexicon.words("=", "<", ">", "\u2264", "\u2265", "\u2248");
    /** Capitalised nouns after a name that make it an organisation: "WideBot AI Lab". */
    private static final Set<String> ORGANISATIONS = Lexicon.words("Lab", "Labs", "Laboratory", "Laboratories",
            "Team", "Inc", "Corporation", "Corp", "University", "Institute", "Foundation", "Company");
    /** Plural dataset nouns after which a name may only describe the kind of data. */
    private static final Set<String> PLURAL_DATASET_NOUNS = Lexicon.words("datasets", "benchmarks", "corpora");
    /** Words before a name that leave it a name even before a plural dataset noun: "on the X datasets". */
    private static final Set<String> NAME_POSITIONS = Lexicon.words("the", "a", "an", "and", "or", "both", "our",
            "their", "its", "this", "these", "of", "on", "in", "from", "to", "with", "for", "by", "across", "over",
            "using", "via", "between", "and/or", "vs", "versus", "than", "namely", "including", "like", "e.g.", "i.e.");
    /** Words after a noun phrase that show it has ended: "this Part of Speech since verbs ...". */
    private static final Set<String> CLAUSE_WORDS = Lexicon.words("since", "because", "while", "when", "whereas", "if",
            "was", "were", "can", "could", "may", "might", "will", "would", "should", "has", "have", "had", "does", "do");
    /** Words that end the noun phrase of an appositive ("X, a new framework for ..."). */
    private static final Set<String> PHRASE_END = Lexicon.words("that", "which", "who", "for", "of", "to", "with",
            "in", "on", "by", "using", "based", "trained", "designed", "built", "where", "and", "or", "is", "are",
            "from", "via", "capable", "able", "consisting", "containing", "comprising", "than", "as", "at", "into");
    /** Prepositions that open a sentence with a phrase before its subject: "On the X dataset, Y achieves ...". */
    private static final Set<String> OPENING_PREPOSITIONS = Lexicon.words("On", "Across", "In", "Over", "For",
            "Among", "Under", "Using", "With", "Without");
    /** Connectives that may stand with a comma before such an opening phrase: "Finally, without ...". */
    private static final Set<String> CONNECTIVES = Lexicon.words("Finally", "Moreover", "Furthermore", "Additionally",
            "Notably", "Importantly", "Overall", "Empirically", "Experimentally", "Specifically", "Also", "Besides");
    private static final Set<String> LIST_INTRODUCERS = Lexicon.words("such", "including", "like", "e.g.", "namely",
            ":", "(");
    /**
     * Nouns after a name that refer to things of that name rather than qualify something else: "its Quasi Monte Carlo
     * counterparts", "other Adapter variants".
     */
    private static final Set<String> KIN_NOUNS = Lexicon.words("counterpart", "counterparts", "variant", "variants",
            "version", "versions", "baseline", "baselines", "alternative", "alternatives", "extension", "extensions",
            "implementation", "implementations", "family", "families");
    /** Words before "set" that make a data split: "the MiniText test set". */
    private static final Set<String> SET_KINDS = Lexicon.words("test", "data", "training", "validation", "evaluation",
            "dev");
    private static final Set<String> METRIC_NOUNS = Lexicon.words("metric", "metrics", "measure", "measures");
    /**
     * Nouns that make a dataset of a name only as the head of an appositive after it: "SimLex-999, a gold standard
     * resource" (corpus id 2020.lrec-1.718); after a name ("GPU resources") or before it ("with a large tagger lexicon,
     * TnT-Tagger scores") they say nothing.
     */
    private static final Set<String> RESOURCE_NOUNS = Lexicon.words("resource", "resources", "lexicon", "repository");
    private static final Set<String> NOT_DATASET_CONTEXT = Lexicon.words("based", "built", "relies", "rely", "relying",
            "depends", "depend", "depending", "focus", "focuses", "focusing", "conditioned", "operate", "operates",
            "operating", "act", "acts", "acting", "work", "works", "working", "run", "runs", "running", "deployed",
            "draw", "draws", "drawing", "light", "emphasis", "impact", "effect", "effects", "attention", "comment",
            "improves", "improve", "improving", "building", "rests", "hinges", "centered", "centred", "agree");
    private static final Set<String> DATA_NOUNS = Lexicon.words("images", "data", "videos", "scenes", "samples",
            "sequences", "documents", "articles", "sentences", "questions", "problems", "episodes", "trajectories");
    private static final Pattern EXPERIMENT_WORDS = Pattern.compile(
            "(?i)experiment|evaluat|benchmark|dataset|result|achiev|outperform|perform|accura|score|state-of-the-art"
                    + "|sota|test|improv|surpass|trained|fine-tun|empirical");

    private static final Map<String, EntityType> PRECEDING = Map.ofEntries(
            Map.entry("metric", EntityType.METRIC), Map.entry("metrics", EntityType.METRIC),
            Map.entry("measure", EntityType.METRIC), Map.entry("dataset", EntityType.DATASET),
            Map.entry("benchmark", EntityType.DATASET), Map.entry("corpus", EntityType.DATASET),
            Map.entry("model", EntityType.MODEL), Map.entry("method", EntityType.METHOD),
            Map.entry("algorithm", EntityType.METHOD), Map.entry("framework", EntityType.METHOD),
            Map.entry("approach", EntityType.METHOD), Map.entry("technique", EntityType.METHOD),
            Map.entry("loss", EntityType.METHOD), Map.entry("module", EntityType.METHOD),
            Map.entry("architecture", EntityType.METHOD), Map.entry("optimizer", EntityType.METHOD));

    /** Words before "model(s)" that name a kind of trained model: "language models", "reward model", "vision models". */
    private static final Set<String> TRAINED_KINDS = Set.of("language", "foundation", "multimodal", "modal", "vision",
            "reward", "generative", "space", "lm", "pretrained", "trained", "speech", "embedding", "base", "world",
            "video", "image", "text", "code", "reasoning", "chat", "instruction", "policy", "dynamics");

    private final Gazetteer gazetteer;

    /** A typer that trusts the gazetteer first. */
    public EntityTyper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ABBREVIATIONS, Layers.CANDIDATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    /** Evidence gathered for one normalised name. */
    private static final class Evidence {
        EntityType gazetteer;
        final EnumMap<EntityType, Integer> cues = new EnumMap<>(EntityType.class);
        EntityType shape;
        boolean coordinatedWithDataset;
        boolean taskLike;
        boolean setting;
        boolean named;
        int datasetContext;
        int mentions;
        int afterDemonstrative;
        int kindOfData;
        int notAnEntity;
        int modifier;
        int modelNounAfter;
        boolean dropped;

        void cue(EntityType t) {
            cues.merge(t, 1, Integer::sum);
        }

        void absorb(Evidence o) {
            if (gazetteer == null) {
                gazetteer = o.gazetteer;
            }
            o.cues.forEach((t, n) -> cues.merge(t, n, Integer::sum));
            if (shape == null) {
                shape = o.shape;
            }
            coordinatedWithDataset |= o.coordinatedWithDataset;
            taskLike |= o.taskLike;
            setting |= o.setting;
            named |= o.named;
            datasetContext += o.datasetContext;
            kindOfData += o.kindOfData;
        }

        EntityType decide() {
            if (gazetteer != null) {
                return gazetteer;
            }
            if (setting && !named) {
                return EntityType.TASK;
            }
            if (!cues.isEmpty()) {
                EntityType best = null;
                int n = 0;
                for (EntityType t : new EntityType[] {EntityType.DATASET, EntityType.MODEL, EntityType.TASK,
                    EntityType.METRIC, EntityType.METHOD}) {
                    int v = cues.getOrDefault(t, 0);
                    if (v > n) {
                        best = t;
                        n = v;
                    }
                }
                return best;
            }
            if (shape != null) {
                return shape;
            }
            if (taskLike) {
                return EntityType.TASK;
            }
            if (coordinatedWithDataset || datasetContext * 2 > mentions) {
                return EntityType.DATASET;
            }
            return EntityType.METHOD;
        }
    }

    @Override
    public void annotate(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<List<Token>> tokens = document.get(Layers.TOKENS);
        List<Candidate> candidates = document.get(Layers.CANDIDATES);
        Map<String, Evidence> ev = new HashMap<>();
        Set<String> defined = new HashSet<>();
        for (Abbreviation a : document.get(Layers.ABBREVIATIONS)) {
            defined.add(Keys.of(a.longForm()));
            defined.add(Keys.of(a.shortForm()));
        }
        for (Candidate c : candidates) {
            Evidence e = ev.computeIfAbsent(Keys.of(c.surface()), k -> new Evidence());
            e.mentions++;
            Sentence s = sentences.get(c.sentence());
            collect(c, s, tokens.get(c.sentence()), e, defined.contains(Keys.of(c.surface())));
        }
        coordinate(candidates, sentences, ev);
        Set<String> dropped = abbreviations(document.get(Layers.ABBREVIATIONS), ev);
        Set<String> spelledOut = spelledOut(document.get(Layers.ABBREVIATIONS), dropped);
        Set<String> lowerWords = null;
        String team = teamName(sentences);
        Set<String> capitalisedInText = null;
        List<Mention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            String k = Keys.of(c.surface());
            Evidence e = ev.get(k);
            if (k.isEmpty() || e.dropped || dropped.contains(k) || k.equals(team)) {
                continue;
            }
            if (sentences.get(c.sentence()).isTitle() && c.surface().indexOf(' ') > 0) {
                capitalisedInText = capitalisedInText == null ? capitalisedInText(candidates, sentences)
                        : capitalisedInText;
                if (!capitalisedInText.contains(k) && genericInTitle(c.surface(), capitalisedInText)) {
                    continue;
                }
            }
            if (!c.shaped() && e.gazetteer == null && c.surface().equals(c.surface().toLowerCase(Locale.ROOT))
                    && e.cues.isEmpty()) {
                continue;
            }
            if (e.gazetteer == null && e.cues.isEmpty() && e.shape == null
                    && (e.afterDemonstrative == e.mentions || e.kindOfData > 0)
                    || e.gazetteer == null && (e.notAnEntity == e.mentions
                            || e.modifier == e.mentions && e.cues.isEmpty() && e.shape == null && !e.setting
                                    && !e.taskLike)) {
                continue;
            }
            if (c.endToken() == c.firstToken() + 1 && !c.shaped() && e.gazetteer == null && e.cues.isEmpty()
                    && e.shape == null) {
                lowerWords = lowerWords == null ? lowerWords(tokens) : lowerWords;
                if (lowerWords.contains(c.surface().toLowerCase(Locale.ROOT)) || e.mentions < 2
                        && c.surface().indexOf('-') < 0 && (e.datasetContext == 0 || c.surface().endsWith("ing"))) {
                    continue;
                }
            }
            EntityType type = e.decide();
            if ((type == EntityType.METHOD || type == EntityType.MODEL)
                    && (generic(c.surface()) && !spelledOut.contains(k) || Lexicon.FAMILIES.contains(c.surface()))
                    || type != EntityType.TASK && Lexicon.NOT_NAME_PHRASES.contains(k)) {
                continue;
            }
            out.add(new Mention(c.surface(), type, c.sentence(), c.start(), c.end()));
        }
        document.put(Layers.ENTITIES, List.copyOf(out));
    }

    /** The lower-case words of a document. */
    private static Set<String> lowerWords(List<List<Token>> tokens) {
        Set<String> lowerWords = new HashSet<>();
        for (List<Token> ts : tokens) {
            for (Token t : ts) {
                if (t.isWord() && t.isLowerCase()) {
                    lowerWords.add(t.text());
                }
            }
        }
        return lowerWords;
    }

    /** The keys of the names the abstract writes with a capital or digit. */
    private static Set<String> capitalisedInText(List<Candidate> candidates, List<Sentence> sentences) {
        Set<String> keys = new HashSet<>();
        for (Candidate c : candidates) {
            if (!sentences.get(c.sentence()).isTitle() && !generic(c.surface())) {
                keys.add(Keys.of(c.surface()));
            }
        }
        return keys;
    }

    /**
     * Whether a title's name is a technique or architecture family that the gazetteer knows in lower case, capitalised
     * only because titles are: "Reinforcement Learning" in "Random Latent Exploration for Deep Reinforcement Learning",
     * "Diffusion Models", "Convolutional Neural Networks" (dev-h, dev-w, dev-t). The annotators list such a name as
     * optional at most when the abstract writes neither it nor the gazetteer's short name with capitals (a title's
     * "Low-Rank Adaptation" stays beside the abstract's "LoRA"). The long form of a named method whose gazetteer name
     * is an acronym other than a family's ("Generative Adversarial Imitation Learning" for GAIL) stays a name.
     */
    private boolean genericInTitle(String surface, Set<String> capitalisedInText) {
        if (surface.indexOf(' ') < 0 || anyWordShaped(surface)) {
            return false;
        }
        Optional<GazetteerEntry> g = gazetteer.lookup(surface);
        if (g.isEmpty() || g.get().type() != EntityType.METHOD && g.get().type() != EntityType.MODEL
                || Lexicon.shaped(g.get().name()) && !Lexicon.FAMILIES.contains(g.get().name())
                || capitalisedInText.contains(Keys.of(g.get().name()))) {
            return false;
        }
        int capitals = capitals(surface);
        if (lowerVariant(g.get().name(), surface, capitals)) {
            return true;
        }
        for (String a : g.get().aliases()) {
            if (lowerVariant(a, surface, capitals)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerVariant(String variant, String surface, int capitals) {
        return variant.equalsIgnoreCase(surface) && capitals(variant) < capitals;
    }

    private static int capitals(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The keys of lower-case long forms that spell out an abbreviation reported as a name: "knowledge distillation" in
     * "knowledge distillation (KD)", "kernel ridge regression (KRR)" (corpus ids in dev-f and dev-n). The annotators
     * list such a long form with its abbreviation, as core about half the time, so it is reported although a
     * lower-case technique on its own is not. Pairs already dropped as terms, fields or families stay dropped.
     */
    private static Set<String> spelledOut(List<Abbreviation> pairs, Set<String> dropped) {
        Set<String> out = new HashSet<>();
        for (Abbreviation a : pairs) {
            String lk = Keys.of(a.longForm());
            if (!dropped.contains(lk) && !dropped.contains(Keys.of(a.shortForm())) && generic(a.longForm())
                    && !generic(a.shortForm()) && !Lexicon.FAMILIES.contains(a.shortForm())) {
                out.add(lk);
            }
        }
        return out;
    }

    /**
     * The key of a shared-task team name, "IITK" in the title "IITK at SemEval-2020 Task 8: ..." (corpus id
     * 2020.semeval-1.150): a team, not a method; empty when the title has none.
     */
    private static String teamName(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.isTitle()) {
                Matcher m = TEAM.matcher(s.text());
                return m.lookingAt() ? Keys.of(m.group(1)) : "";
            }
        }
        return "";
    }

    /**
     * Whether a technique or model name is written entirely in lower case without digits ("reinforcement learning",
     * "transformer", "diffusion models"): the guide's optional tier at best, so it is not reported as an entity. A
     * lower-case name the paper proposes still reaches the output through the proposal stage.
     */
    static boolean generic(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char ch = surface.charAt(i);
            if (Character.isUpperCase(ch) || Character.isDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a lower-case phrase ending in "model" or "models" names a kind of statistical or generative model, a
     * technique, rather than a trained model family: "structural causal model", "time warping model", "additive noise
     * model" (dev-h, dev-u, dev-l), not "pre-trained language models", "foundation models" or "outcome reward models",
     * whose word before the head says what kind of trained model they are.
     */
    static boolean statisticalModel(String surface, int lastSpace) {
        String last = surface.substring(lastSpace + 1);
        if (!generic(surface) || !last.equals("model") && !last.equals("models")) {
            return false;
        }
        int prev = surface.lastIndexOf(' ', lastSpace - 1);
        String before = surface.substring(prev + 1, lastSpace);
        int dash = before.lastIndexOf('-');
        return !TRAINED_KINDS.contains(dash >= 0 ? before.substring(dash + 1) : before);
    }

    private void collect(Candidate c, Sentence s, List<Token> toks, Evidence e, boolean defined) {
        Optional<GazetteerEntry> g = gazetteer.lookup(c.surface());
        if (g.isPresent()) {
            e.gazetteer = g.get().type();
        }
        String surface = c.surface();
        int sp = surface.lastIndexOf(' ');
        if (sp > 0) {
            String last = surface.substring(sp + 1);
            Optional<EntityType> own = Lexicon.headNounType(last);
            if (own.isPresent() && own.get() == EntityType.MODEL && statisticalModel(surface, sp)) {
                e.cue(EntityType.METHOD);
            } else if (own.isPresent() && !last.equalsIgnoreCase("split") && !last.equalsIgnoreCase("splits")) {
                e.cue(own.get());
            }
        }
        if (surface.contains("Shared Task") && SHARED_TASK_NAME.matcher(surface).find()) {
            e.cue(EntityType.DATASET);
        }
        if (quantityOrOrganisation(toks, c.endToken())) {
            e.notAnEntity++;
        }
        if (modifiesCommonNoun(toks, c)) {
            e.modifier++;
        }
        boolean kind = defined && kindOfData(toks, c);
        if (kind) {
            e.kindOfData++;
        } else if (c.endToken() < toks.size()) {
            Token next = toks.get(c.endToken());
            Optional<EntityType> t = Lexicon.headNounType(next.text());
            if (t.isPresent() && t.get() != EntityType.TASK && t.get() != EntityType.METRIC
                    && next.start() <= c.end() + 1) {
                e.cue(t.get());
                if (t.get() == EntityType.MODEL) {
                    e.modelNounAfter++;
                }
            }
        }
        if (c.firstToken() >= 1 && !kind) {
            String prevWord = toks.get(c.firstToken() - 1).text().toLowerCase(Locale.ROOT);
            EntityType before = PRECEDING.get(prevWord);
            if (before != null) {
                e.cue(before);
            }
        }
        if (c.firstToken() >= 1 && !anyWordShaped(surface)
                && DEMONSTRATIVES.contains(toks.get(c.firstToken() - 1).text().toLowerCase(Locale.ROOT))
                && (c.endToken() >= toks.size() || !toks.get(c.endToken()).isWord()
                        || PHRASE_END.contains(toks.get(c.endToken()).text())
                        || CLAUSE_WORDS.contains(toks.get(c.endToken()).text()))) {
            e.afterDemonstrative++;
        }
        if (taskNounAfterShortForm(toks, c.endToken()) || problemNounAfter(toks, c.endToken())) {
            e.cue(EntityType.TASK);
        }
        e.taskLike |= taskLikeHead(surface, sp);
        e.named |= namedBefore(toks, c.firstToken());
        e.setting |= learningSetting(surface, sp);
        if (datasetNounAhead(toks, c.endToken())) {
            e.cue(EntityType.DATASET);
        }
        if (precededByDatasetList(toks, c.firstToken()) || !s.isTitle() && namesSharedTask(toks, c.firstToken())) {
            e.cue(EntityType.DATASET);
        }
        appositiveType(toks, c).ifPresent(e::cue);
        if (c.endToken() + 1 < toks.size() && toks.get(c.endToken() + 1).text().equals("set")
                && SET_KINDS.contains(toks.get(c.endToken()).text())) {
            e.cue(EntityType.DATASET);
        }
        if (scoredLikeAMetric(toks, c)) {
            e.cue(EntityType.METRIC);
        }
        int dash = surface.lastIndexOf('-');
        if (sp < 0 && dash > 0) {
            Lexicon.headNounType(surface.substring(dash + 1))
                    .filter(t -> t == EntityType.DATASET || t == EntityType.MODEL).ifPresent(e::cue);
        }
        e.shape = typeByShape(surface).or(() -> familyMember(surface)).orElse(null);
        if (!s.isTitle() && c.firstToken() >= 1) {
            String prev = toks.get(c.firstToken() - 1).text().toLowerCase(Locale.ROOT);
            String before = c.firstToken() >= 2 ? toks.get(c.firstToken() - 2).text().toLowerCase(Locale.ROOT) : "";
            if ((prev.equals("on") || prev.equals("across")) && !NOT_DATASET_CONTEXT.contains(before)
                    && EXPERIMENT_WORDS.matcher(s.text()).find()) {
                e.datasetContext++;
            }
            if (c.endToken() < toks.size() && DATA_NOUNS.contains(toks.get(c.endToken()).text())) {
                e.datasetContext++;
            }
        }
    }

    /**
     * The type an appositive gives a name: the head noun of "X, a novel flow-matching framework ..." or "X (ABBR), the
     * first ... dataset", or of a description just before it, "a new mechanism, X"; empty when there is none.
     */
    static Optional<EntityType> appositiveType(List<Token> toks, Candidate c) {
        int j = c.endToken();
        if (j < toks.size() && toks.get(j).text().equals("(")) {
            while (j < toks.size() && j < c.endToken() + 8 && !toks.get(j).text().equals(")")) {
                j++;
            }
            j++;
        }
        if (j + 1 < toks.size() && toks.get(j).text().equals(",")
                && DETERMINERS.contains(toks.get(j + 1).text().toLowerCase(Locale.ROOT))) {
            Optional<EntityType> head = Optional.empty();
            for (int k = j + 2; k < toks.size() && k < j + 12; k++) {
                Token t = toks.get(k);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (!t.isWord() && !w.equals(",") || PHRASE_END.contains(w)) {
                    break;
                }
                Optional<EntityType> h = RESOURCE_NOUNS.contains(w) ? Optional.of(EntityType.DATASET) : headType(w);
                if (h.isEmpty() && w.endsWith("ing") && k > j + 2) {
                    break;
                }
                if (h.isPresent()) {
                    head = h;
                }
            }
            if (head.isPresent() && head.get() != EntityType.TASK) {
                return head;
            }
        }
        int f = c.firstToken();
        if (f >= 3 && toks.get(f - 1).text().equals(",") && !introductoryPhrase(toks, f - 1)) {
            Optional<EntityType> h = headType(toks.get(f - 2).text().toLowerCase(Locale.ROOT));
            if (h.isEmpty() || h.get() == EntityType.TASK) {
                return Optional.empty();
            }
            for (int k = f - 3; k >= 0 && k >= f - 7; k--) {
                String w = toks.get(k).text().toLowerCase(Locale.ROOT);
                if (!toks.get(k).isWord() || PHRASE_END.contains(w)) {
                    return Optional.empty();
                }
                if (DETERMINERS.contains(w) || w.equals("new") || w.equals("novel")) {
                    return h;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a name may only say what kind of data a plural dataset noun holds: a quantifier or adjective before it
     * and "datasets" or "benchmarks" after it, as in "two benchmark BUS datasets", "common large-scale OoD datasets",
     * "various TKG datasets" (corpus ids ding2025cvpr-cscpa, ho2024neurips-vision, li2025iclr-infer); "on the X
     * datasets" and "on CIFAR-10 and X datasets" still name datasets. Such a name is dropped only when the abstract
     * defines it as an abbreviation of a description ("breast ultrasound (BUS)"), so that "three large-scale OpenML
     * benchmarks" and "two CIFAR datasets" keep their names.
     */
    private static boolean kindOfData(List<Token> toks, Candidate c) {
        int f = c.firstToken();
        int e = c.endToken();
        if (f < 1 || e >= toks.size() || !PLURAL_DATASET_NOUNS.contains(toks.get(e).text())) {
            return false;
        }
        Token prev = toks.get(f - 1);
        String p = prev.text();
        return (prev.isWord() && prev.isLowerCase() || Character.isDigit(p.charAt(0)))
                && !NAME_POSITIONS.contains(p.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a capitalised name or an acronym, without a type noun of its own ("Deep Neural Networks"), qualifies the
     * common noun right after it, as an adjective does: "Lennard-Jones fluids", "the Moore-Penrose pseudoinverse",
     * "Spanish and Catalan tweets", "Los Angeles County restaurants", "two IMU streams", "constant VRAM consumption"
     * (dev-d, dev-j, dev-n, dev-t). A name used only so, with no other evidence, is no name of a model, method or
     * dataset. The noun must be plain lower case and none of: a type noun ("Mamba architecture"), a mathematical noun,
     * a function word, a kind of data or task ("Higgs data", "Key-to-Door tasks"), a noun for things of the name
     * itself ("Quasi Monte Carlo counterparts"), a participle or adverb ("Adapter consisting"), a verb before its
     * object ("Codex achieves state-of-the-art", "CNN/DM and NYT demonstrate that", "X remains a challenge") or the
     * first word of a typed phrase ("Matting neural network"). Mixed-case names with a name's shape ("LoRA") are
     * left alone.
     */
    static boolean modifiesCommonNoun(List<Token> toks, Candidate c) {
        int e = c.endToken();
        String surface = c.surface();
        if (e >= toks.size() || anyWordShaped(surface) && !surface.chars().allMatch(Character::isUpperCase)
                || !Character.isUpperCase(surface.charAt(0))
                || Lexicon.headNounType(surface.substring(surface.lastIndexOf(' ') + 1)).isPresent()) {
            return false;
        }
        Token next = toks.get(e);
        String w = next.text();
        if (next.start() != c.end() + 1 || !next.isWord() || !next.isLowerCase() || !Character.isLetter(w.charAt(0))
                || Lexicon.VAGUE.contains(w) || PHRASE_END.contains(w) || CLAUSE_WORDS.contains(w)
                || Lexicon.headNounType(w).isPresent() || Lexicon.MATH_NOUNS.contains(w) || DATA_NOUNS.contains(w)
                || w.equals("task") || w.equals("tasks") || w.equals("et") || KIN_NOUNS.contains(w)
                || w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly")) {
            return false;
        }
        if (e + 1 < toks.size()) {
            Token after = toks.get(e + 1);
            String a = after.text().toLowerCase(Locale.ROOT);
            if (Lexicon.headNounType(a).isPresent()
                    || w.endsWith("s") && after.isWord() && !PHRASE_END.contains(a) || OBJECT_OPENERS.contains(a)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether what follows a name makes it a quantity or an organisation: a comparison sign and a number ("at
     * IPC=50", corpus id chen2025iclr-influenceguided) or a laboratory, team or company noun
     * ("the system submitted by WideBot AI Lab", corpus id 2020.semeval-1.298).
     */
    private static boolean quantityOrOrganisation(List<Token> toks, int end) {
        if (end + 1 < toks.size() && COMPARISONS.contains(toks.get(end).text())
                && Character.isDigit(toks.get(end + 1).text().charAt(0))) {
            return true;
        }
        int k = end;
        if (k < toks.size() && Lexicon.NOT_NAMES.contains(toks.get(k).text())
                && Lexicon.shaped(toks.get(k).text())) {
            k++;
        }
        return k < toks.size() && ORGANISATIONS.contains(toks.get(k).text());
    }

    /**
     * Whether a name follows "Task N:" in the abstract, as the shared task's own name: "SemEval-2020 Task4:
     * Commonsense Validation and Explanation (ComVE)" (corpus id 2020.semeval-1.80);
     * a shared task is a benchmark. Titles are left out: "GU IRLAB at SemEval-2018 Task 7: Tree-LSTMs for ..." names
     * the team's method there.
     */
    private static boolean namesSharedTask(List<Token> toks, int first) {
        if (first < 2 || !toks.get(first - 1).text().equals(":")) {
            return false;
        }
        String t = toks.get(first - 2).text();
        return SHARED_TASK.matcher(t).matches()
                || first >= 3 && t.chars().allMatch(Character::isDigit) && toks.get(first - 3).text().equals("Task");
    }

    /** Whether some word of a name has a name's shape on its own: "LoRA" in "this LoRA variant", none in "Part of Speech". */
    private static boolean anyWordShaped(String surface) {
        for (String w : surface.split(" ")) {
            if (Lexicon.shaped(w)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<EntityType> headType(String w) {
        return METRIC_NOUNS.contains(w) ? Optional.of(EntityType.METRIC) : Lexicon.headNounType(w);
    }

    /**
     * Whether a name is reported with a score: "an RPS of 0.21", "an HPSv2 score of 31.21", "0.9582 NED", "in terms
     * of X".
     */
    private static boolean scoredLikeAMetric(List<Token> toks, Candidate c) {
        int e = c.endToken();
        if (e + 2 < toks.size() && toks.get(e).text().toLowerCase(Locale.ROOT).startsWith("score")
                && toks.get(e + 1).text().equals("of")) {
            e++;
        }
        if (e + 1 < toks.size() && (toks.get(e).text().equals("of") || toks.get(e).text().equals("="))
                && SCORE_NUMBER.matcher(toks.get(e + 1).text()).matches()
                || e < toks.size() && SCORE_NUMBER.matcher(toks.get(e).text()).matches()) {
            return true;
        }
        int f = c.firstToken();
        if (f >= 1 && SCORE_NUMBER.matcher(toks.get(f - 1).text()).matches()
                && (f < 2 || !Character.isUpperCase(toks.get(f - 2).text().charAt(0)))) {
            return true;
        }
        return f >= 3 && toks.get(f - 1).text().equals("of") && toks.get(f - 2).text().equals("terms")
                && toks.get(f - 3).text().equalsIgnoreCase("in");
    }

    /**
     * The family type of a version or variant of a known model or dataset family: "Qwen3", "Claude Sonnet 3.7",
     * "SemEval-2020 Task 4"; empty when it is not one.
     */
    private Optional<EntityType> familyMember(String surface) {
        Matcher m = LEADING_LETTERS.matcher(surface);
        if (!m.lookingAt() || m.end() == surface.length()) {
            return Optional.empty();
        }
        return gazetteer.lookup(m.group()).map(GazetteerEntry::type)
                .filter(t -> t == EntityType.MODEL || t == EntityType.DATASET);
    }

    /**
     * The type a name's shape suggests: "-Bench"/"-QA" datasets, "-7B"/"GPT" models, "-Net"/"-Former" methods; empty
     * when it suggests none.
     */
    static Optional<EntityType> typeByShape(String surface) {
        int n = surface.length();
        int at = surface.indexOf('@');
        if (at > 0 && at < n - 1 && Character.isUpperCase(surface.charAt(0)) || RANKED.matcher(surface).matches()) {
            return Optional.of(EntityType.METRIC);
        }
        if (endsWithAny(surface, DATASET_ENDINGS) && !surface.endsWith("IQA")
                || n > 2 && (surface.charAt(n - 1) == 'k' || surface.charAt(n - 1) == 'K')
                && Character.isDigit(surface.charAt(n - 2))) {
            return Optional.of(EntityType.DATASET);
        }
        if (endsWithAny(surface, MODEL_ENDINGS) || MODEL_PARTS.stream().anyMatch(surface::contains)
                || MODEL_SIZE.matcher(surface).find()) {
            return Optional.of(EntityType.MODEL);
        }
        return endsWithAny(surface, METHOD_ENDINGS) ? Optional.of(EntityType.METHOD) : Optional.empty();
    }

    private static boolean endsWithAny(String s, List<String> endings) {
        for (String e : endings) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bracketed short form and then a task noun follow a name: "Human-Object Interaction (HOI) detection",
     * "Valence-Arousal (VA) Estimation" (corpus id lei2024eccv-exploring; the ABAW tracks in dev-d).
     */
    private static boolean taskNounAfterShortForm(List<Token> toks, int end) {
        return end + 3 < toks.size() && toks.get(end).text().equals("(") && toks.get(end + 2).text().equals(")")
                && Lexicon.TASK_HEADS.contains(toks.get(end + 3).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether "problem" or a singular "task" follows a name, directly or after its bracketed short form: "the CIL
     * problem", "the Concept Combination Erasing (CCE) problem", "the IITC task" (dev-h, dev-i, dev-m). The name is the
     * problem's own; a plural "tasks" after a benchmark ("SCAN tasks") says nothing.
     */
    private static boolean problemNounAfter(List<Token> toks, int end) {
        int j = end;
        if (j < toks.size() && toks.get(j).text().equals("(")) {
            while (j < toks.size() && j < end + 8 && !toks.get(j).text().equals(")")) {
                j++;
            }
            j++;
        }
        if (j >= toks.size()) {
            return false;
        }
        String w = toks.get(j).text();
        return w.equals("problem") || w.equals("problems") || w.equals("task");
    }

    /**
     * Whether a capitalised name of several words ends in a noun that names a field of study or a problem rather than
     * a technique: "Affective Behavior Analysis", "Memotion Analysis", "Image Signal Processing" (corpus id
     * 2020.semeval-1.150); "Principal Component Analysis" and its kin stay methods.
     */
    private static boolean taskLikeHead(String surface, int lastSpace) {
        if (lastSpace <= 0) {
            return false;
        }
        String last = surface.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
        if (!TASK_LIKE_HEADS.contains(last)) {
            return false;
        }
        int before = surface.lastIndexOf(' ', lastSpace - 1);
        String prev = surface.substring(before + 1, lastSpace).toLowerCase(Locale.ROOT);
        return !ANALYSIS_METHODS.contains(prev);
    }

    /**
     * Whether a name of several words names a learning setting, a problem rather than a technique: a learning,
     * adaptation or generalization head qualified by a setting word, as in "class-incremental learning (CIL)",
     * "Few-Shot Class Incremental Learning", "Gradual Domain Adaptation", "Continual Test-time Adaptation", "partial-label
     * learning" (dev-b, dev-f, dev-h, dev-m, dev-q), which the annotators list as tasks, like the guide's "domain
     * generalization". A type noun among the qualifiers makes a technique of it ("Continual Test-Time Model
     * Adaptation"), as does a naming or using word before a mention ("We call this scheme Two-Stage Few-Shot
     * Adaptation"); a setting the paper proposes as its method keeps the method type later.
     */
    static boolean learningSetting(String surface, int lastSpace) {
        if (lastSpace <= 0 || !SETTING_HEADS.contains(surface.substring(lastSpace + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean setting = false;
        for (String w : surface.substring(0, lastSpace).toLowerCase(Locale.ROOT).split(" ")) {
            if (Lexicon.headNounType(w).isPresent()) {
                return false;
            }
            setting |= SETTING_WORDS.contains(w);
            for (String part : w.split("-")) {
                setting |= SETTING_WORDS.contains(part);
            }
        }
        return setting;
    }

    /**
     * Whether a naming, using or proposal word stands before token {@code first}, across quotes, "as" and articles:
     * "is termed as “Adversarial Domain Feature Adaptation (ADFA)”", "the proposed ADFA method".
     */
    private static boolean namedBefore(List<Token> toks, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (NAMING_WORDS.contains(w)) {
                return true;
            }
            if (!w.equals("as") && !w.equals("the") && !w.equals("a") && !w.equals("an") && toks.get(k).isWord()
                    || w.equals(",") || w.equals("(")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether one or two plain lower-case words and then a dataset noun follow a name: "the DVM car advertisement
     * dataset" (corpus id hager2023cvpr-best).
     */
    private static boolean datasetNounAhead(List<Token> toks, int end) {
        for (int k = end; k < toks.size() && k <= end + 2; k++) {
            Token t = toks.get(k);
            String w = t.text();
            if (k > end && Lexicon.DATASET_HEADS.contains(w) && !w.equals("split") && !w.equals("splits")) {
                return true;
            }
            if (!t.isWord() || !t.isLowerCase() || PHRASE_END.contains(w) || Lexicon.VAGUE.contains(w)
                    || w.endsWith("ed") || w.endsWith("ing") || Lexicon.headNounType(w).isPresent()) {
                return false;
            }
        }
        return false;
    }

    private static boolean precededByDatasetList(List<Token> toks, int first) {
        for (int j = first - 1; j >= 0 && j >= first - 7; j--) {
            String w = toks.get(j).text().toLowerCase(Locale.ROOT);
            if (!Lexicon.DATASET_HEADS.contains(w) || w.equals("split") || w.equals("splits")) {
                continue;
            }
            if (j + 1 >= first) {
                return false;
            }
            int k = j + 1;
            String b = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (b.equals(",") && k + 1 < first && LIST_INTRODUCERS.contains(toks.get(k + 1).text())) {
                k++;
                b = toks.get(k).text();
            }
            if (b.equals(",")) {
                return k + 1 == first && !introductoryPhrase(toks, k);
            }
            if (!LIST_INTRODUCERS.contains(b)) {
                return false;
            }
            k++;
            if (b.equals("such") && k < first && toks.get(k).text().equals("as")) {
                k++;
            }
            return onlyModifiers(toks, k, first);
        }
        return false;
    }

    /**
     * Whether the comma at token k closes a phrase that opens the sentence with a preposition, so that the name after
     * it is the subject, not the next item of a list: "On the SKEMPI v2 dataset, H3-DDG achieves", "On transfer
     * learning benchmarks, CLSP outperforms" (dev-l, dev-i), also after a connective: "Finally, without fine-tuning
     * and synthetic datasets, SQuant accelerates" (corpus id guo2022iclr-squant).
     */
    private static boolean introductoryPhrase(List<Token> toks, int k) {
        int open = 0;
        if (k > 3 && CONNECTIVES.contains(toks.get(0).text()) && toks.get(1).text().equals(",")) {
            open = 2;
        }
        if (k < open + 2 || !OPENING_PREPOSITIONS.contains(capitalised(toks.get(open).text()))) {
            return false;
        }
        for (int j = open + 1; j < k; j++) {
            if (!toks.get(j).isWord() && !toks.get(j).text().equals("-")) {
                return false;
            }
        }
        return true;
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /** Whether tokens [from, to) are lower-case modifiers such as "the newly introduced", with no clause break. */
    private static boolean onlyModifiers(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() && !t.text().equals(",") || !t.isLowerCase() && !t.text().equals(",")
                    || PHRASE_END.contains(t.text()) || t.text().equals("we")) {
                return false;
            }
        }
        return true;
    }

    /** Spreads dataset evidence among names listed together ("A, B, and C"). */
    private static void coordinate(List<Candidate> candidates, List<Sentence> sentences, Map<String, Evidence> ev) {
        int i = 0;
        while (i < candidates.size()) {
            int j = i;
            while (j + 1 < candidates.size() && candidates.get(j + 1).sentence() == candidates.get(i).sentence()
                    && coordinated(sentences.get(candidates.get(i).sentence()).text(), candidates.get(j),
                            candidates.get(j + 1))) {
                j++;
            }
            if (j > i) {
                boolean dataset = false;
                for (int k = i; k <= j; k++) {
                    Evidence e = ev.get(Keys.of(candidates.get(k).surface()));
                    dataset |= e.gazetteer == EntityType.DATASET || e.gazetteer == null
                            && (e.cues.getOrDefault(EntityType.DATASET, 0) > 0 || e.datasetContext * 2 > e.mentions);
                }
                if (dataset) {
                    for (int k = i; k <= j; k++) {
                        ev.get(Keys.of(candidates.get(k).surface())).coordinatedWithDataset = true;
                    }
                }
            }
            i = j + 1;
        }
    }

    private static boolean coordinated(String text, Candidate a, Candidate b) {
        String between = text.substring(a.end(), b.start());
        return between.equals(", ") || between.equals(" and ") || between.equals(", and ") || between.equals(" or ")
                || between.equals(", or ") || between.equals("/") || between.equals(" & ") || between.equals(" -> ")
                || between.equals(" \u2192 ");
    }

    /**
     * Shares evidence between long and short forms; returns the keys of pairs that are not names: lower-case terms with
     * no type evidence, fields ("Artificial Intelligence (AI)") and families ("Large Language Models (LLMs)").
     */
    private Set<String> abbreviations(List<Abbreviation> pairs, Map<String, Evidence> ev) {
        Set<String> dropped = new HashSet<>();
        for (Abbreviation a : pairs) {
            String lk = Keys.of(a.longForm());
            String sk = Keys.of(a.shortForm());
            Evidence le = ev.computeIfAbsent(lk, k -> new Evidence());
            Evidence se = ev.computeIfAbsent(sk, k -> new Evidence());
            String lf = a.longForm();
            int sp = lf.lastIndexOf(' ');
            String head = sp > 0 ? lf.substring(sp + 1) : lf;
            int dash = head.lastIndexOf('-');
            Optional<EntityType> headType = Lexicon.headNounType(head);
            if (headType.isEmpty() && dash > 0) {
                headType = Lexicon.headNounType(head.substring(dash + 1));
            }
            if (headType.isPresent() && headType.get() == EntityType.MODEL && sp > 0 && statisticalModel(lf, sp)) {
                headType = Optional.of(EntityType.METHOD);
            }
            if (headType.isPresent()) {
                le.cue(headType.get());
                se.cue(headType.get());
            }
            EntityType own = headType.orElse(taskLikeHead(lf, sp) ? EntityType.TASK : EntityType.MODEL);
            if (own != EntityType.MODEL || headType.isEmpty() && !a.capitalized()) {
                modelNounAfterAs(le, own);
                modelNounAfterAs(se, own);
            }
            if (se.gazetteer != null && gazetteer.lookup(a.shortForm())
                    .filter(g -> gazetteer.lookup(a.longForm()).map(g::equals).orElse(false)).isEmpty()) {
                se.gazetteer = le.gazetteer;
            }
            Evidence merged = new Evidence();
            merged.absorb(le);
            merged.absorb(se);
            le.absorb(merged);
            se.absorb(merged);
            if (!a.capitalized() && le.gazetteer == null && le.cues.isEmpty() && le.shape == null
                    || Lexicon.NOT_NAMES.contains(a.shortForm()) || Lexicon.FAMILIES.contains(a.shortForm())
                    || Lexicon.NOT_NAME_PHRASES.contains(lk)) {
                dropped.add(lk);
                dropped.add(sk);
                dropped.add(Keys.otherNumber(sk));
            }
        }
        return dropped;
    }

    /**
     * Moves the model cues a name got from "model(s)" right after it ("NR-VQA models", "LOB models") to the type its
     * abbreviation's long form names by its head noun, or drops them when the long form is a lower-case term with no
     * type of its own: the acronym keeps its long form's type. "No-Reference Video Quality Assessment (NR-VQA) ...
     * recent NR-VQA models" are models for a task (corpus id zhang2023neurips-vulnerabilities), "Dual-Encoder (DE)
     * models" use a method, and "limit order books (LOB)" are data, not a trained model.
     */
    private static void modelNounAfterAs(Evidence e, EntityType own) {
        if (e.modelNounAfter > 0) {
            e.cues.computeIfPresent(EntityType.MODEL, (t, n) -> n > e.modelNounAfter ? n - e.modelNounAfter : null);
            if (own != EntityType.MODEL) {
                e.cues.merge(own, e.modelNounAfter, Integer::sum);
            }
            e.modelNounAfter = 0;
        }
    }
}
