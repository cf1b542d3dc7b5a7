package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds word sequences that may name a dataset, model or method, by word shape, capitalisation and the gazetteer.
 *
 * <p>Three sources, merged longest-first without overlaps: runs of name-shaped or capitalised words
 * ("Segment Anything Model", "GPT-4", "Llama 2", "Reinforcement Learning from Human Feedback"); gazetteer names
 * including lower-case ones ("behavior cloning"); and abbreviation pairs. A capitalised word at the start of a
 * sentence counts only when the same word is capitalised elsewhere in the middle of a sentence or is in the
 * gazetteer. In the title, where every word is capitalised, only name-shaped words count. A name glued to a
 * suffix such as "-based" or "-like" counts without the suffix. Words inside {@code $...$} mathematics and LaTeX
 * commands ("\\calO") are never names, nor adjectives opening and closing in lower case ("cross-LLM-backbone"), nor
 * citation authors ("Daniely-Vardi '21", "[Lee and Valiant, 2022]") or hyphenated words after a
 * non-name acronym or a unit ("KL-divergence", "3D-aware"), nor a verb form before a glued suffix ("Training-free").
 * Eponyms such as "Gaussian" or "Kullback-Leibler" are names only at the start of a longer capitalised name
 * ("Hamiltonian Monte Carlo"), "Task" only inside one ("... Shared Task"), and a year
 * opens a challenge's name ("2023 Soccer Prediction Challenge"). The pieces of a link broken after its host
 * ("https://github.com/ Dev-Mrha/DualPriorsCorrection", "TCFormer.git") are no names, and a slash pair of two
 * name-shaped words ("SAC/DrQ") gives two names. A release number ("SKEMPI v2"), a parameter count after a versioned
 * model ("Llama 3.1 8B") and a year after a challenge ("PhysioNet Challenge 2012") belong to the name, and a
 * challenge keeps its head noun ("ActivityNet Challenge"), also in lower case after two or more words or a year ("Ego4D
 * NLQ challenge"); a challenge or shared task opened by a year also takes the series acronym before the year ("NTIRE
 * 2025 Event-Based Image Deblurring Challenge", "CMCL 2021 Shared Task").
 */
public final class CandidateFinder implements Stage {
    private static final Set<String> GLUED_SUFFIXES = Lexicon.words("based", "like", "style", "driven", "guided",
            "powered", "generated", "specific", "aware", "free", "level", "only", "centric", "friendly", "enhanced",
            "augmented", "conditioned", "inspired", "equipped", "assisted", "derived", "initialized", "sized", "scale",
            "type", "enabled", "approved", "agnostic", "compatible", "tuned", "pretrained", "optimized");
    private static final Pattern NOT_A_WORD = Pattern.compile(
            ".*[_\\\\$].*|.*\\.(?:io|com|org|net|edu|ai|html?|git)(?:/.*)?"
                    + "|(?:Fig|Figure|Table|Eq|Sec|Section)\\.?\\d.*");
    private static final Set<String> EXTENDING_HEADS = Lexicon.words("sampling", "pooling", "pruning", "regularization",
            "normalization", "attention", "loss", "search", "distillation", "decoding", "encoding", "embedding",
            "embeddings", "augmentation", "dropout", "initialization", "tuning", "ensembles", "tickets", "networks",
            "network", "kernel", "kernels", "descent", "boosting", "clustering", "estimator", "tokenizer");
    /**
     * Nouns after which a plain capitalised word names a person's technique or object only together with the noun:
     * "Platt scaling", "Sinkhorn iterations", "Laplace approximation", "Cholesky decomposition" (dev-l, dev-y), never
     * the bare surname.
     */
    private static final Set<String> EPONYM_HEADS = Lexicon.words("scaling", "iterations", "iteration",
            "approximation", "approximations", "decomposition", "decompositions", "factorization", "value", "values",
            "sampler", "filter", "filtering", "smoothing", "projection");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})?");
    private static final Set<String> CONNECTORS = Lexicon.words("of", "for", "from");
    private static final Set<String> UNIT_AFTER = Lexicon.words("%", "times", "percent", "points", "dB", "x", "×",
            "ms", "s", "hours", "days", "steps", "layers", "billion", "million", "M", "B", "K");
    /**
     * A hyphenated word after a non-name or a unit: "KL-divergence", "3D-aware", and in titles "KL-Regularized"; not
     * "GUI-Lasagne".
     */
    private static final Pattern PREFIXED_WORD = Pattern.compile("([A-Z]{2,}|\\d[A-Za-z0-9]*)-[A-Za-z][a-z]+");
    /**
     * A plural acronym ("ViTs", "LLMs"), which ends a name: "predicting ViTs OoD accuracy" holds two (corpus id
     * ho2024neurips-vision).
     */
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Z]s");
    /** A word opening and closing in lower-case letters around inner capitals: "cross-LLM-backbone". */
    private static final Pattern LOWER_EDGED = Pattern.compile("[a-z]{2,}-.*-[a-z]{3,}");
    /** Articles that may open the phrase after a title's colon: "UKnow: A Unified Knowledge Protocol with ...". */
    private static final Set<String> ARTICLES = Lexicon.words("A", "An", "The");
    /** Lower-case words that may stand inside a title's spelled-out name: "Local and Continuous Mamba". */
    private static final Set<String> INNER_WORDS = Lexicon.words("of", "and", "via");
    /** Words that end a title's spelled-out name: "Masked Auto-regressive Diffusion for Video Generation". */
    private static final Set<String> TITLE_STOPS = Lexicon.words("for", "with", "in", "on", "to", "from", "using", "by",
            "through", "towards", "toward", "under", "at", "as", "without", "beyond", "is", "are", "meets", "versus",
            "vs", "based", "over", "into", "against", "across");
    /** A year that may open a challenge's name: "2023 Soccer Prediction Challenge". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A citation's year, with an optional letter: "2013", "2021a". */
    private static final Pattern YEAR_CITED = Pattern.compile("(?:19|20)\\d\\d[a-z]?");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");
    /** A release number after a name: "SKEMPI v2", "Something-Something V1", "CARLA v2" (dev-k, dev-n, dev-u). */
    private static final Pattern RELEASE = Pattern.compile("[vV]\\d{1,2}(?:\\.\\d{1,2})?");
    /** A parameter count: "8B", "72B", "1.5B", "350M". */
    private static final Pattern MODEL_SIZE = Pattern.compile("\\d{1,4}(?:\\.\\d)?[BM]");
    /**
     * Variant words that continue a model name after its version number: "Gemini 2.0 Flash Thinking", "Claude 3.5
     * Sonnet" (corpus id zhao2025cvpr-mmvu).
     */
    private static final Set<String> VARIANTS = Lexicon.words("Pro", "Flash", "Sonnet", "Opus", "Haiku", "Ultra",
            "Nano", "Mini", "Turbo", "Instruct", "Chat", "Base", "Large", "Small", "Medium", "XL", "XXL", "Max", "Plus",
            "Lite", "Thinking", "Coder", "Vision", "Omni");
    /** Field acronyms a capitalised qualifier may precede: "Explainable AI", "Trustworthy ML". */
    private static final Set<String> FIELD_ACRONYMS = Lexicon.words("AI", "ML", "NLP", "CV", "IR");

    private final Gazetteer gazetteer;

    /** A finder that also proposes every gazetteer name it sees. */
    public CandidateFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ABBREVIATIONS, Layers.GAZETTEER);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CANDIDATES);
    }

    @Override
    public void annotate(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<List<Token>> tokens = document.get(Layers.TOKENS);
        Set<String> midCaps = midSentenceCapitals(sentences, tokens);
        Set<String> spelling = spellingWords(tokens);
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> toks = tokens.get(s.index());
            List<Candidate> spans = new ArrayList<>();
            Set<Integer> longStarts = new HashSet<>();
            for (Abbreviation a : document.get(Layers.ABBREVIATIONS)) {
                if (a.sentence() == s.index()) {
                    longStarts.add(a.longStart());
                }
            }
            runs(s, toks, midCaps, spelling, longStarts, spans);
            if (s.isTitle()) {
                titleExpansion(s, toks, spans);
                titleHead(s, toks, spans);
            }
            for (GazetteerMatch g : document.get(Layers.GAZETTEER)) {
                if (g.sentence() == s.index()) {
                    spans.add(new Candidate(g.surface(), s.index(), g.firstToken(), g.endToken(), g.start(), g.end(),
                            Lexicon.shaped(g.surface())));
                }
            }
            for (Abbreviation a : document.get(Layers.ABBREVIATIONS)) {
                if (a.sentence() == s.index()) {
                    addSpan(s, toks, a.longStart(), a.longStart() + a.longForm().length(), spans);
                    addSpan(s, toks, a.shortStart(), a.shortStart() + a.shortForm().length(), spans);
                }
            }
            out.addAll(select(spans));
        }
        document.put(Layers.CANDIDATES, List.copyOf(out));
    }

    /**
     * Adds the capitalised phrase after a title's colon that spells out the short name before it, as "Masked
     * Auto-regressive Diffusion" in "MarDini: Masked Auto-regressive Diffusion for Video Generation at Scale" or "Local
     * and Continuous Mamba" in "LC-Mamba: Local and Continuous Mamba with Shifted Windows for Frame Interpolation"
     * (dev-e, dev-f). The capitals of the short name must open the phrase's first word and then the phrase's words or
     * their hyphenated parts in order; only "of", "and" and "via" may stand inside, a preposition such as "for" or
     * "with" ends it, and a phrase opening with a gerund ("Generating ...") or ending in a task noun ("... Dialogue
     * Response Generation") or in a participle ("Text-Guided") is no name. Phrases ending in a dataset noun are left
     * out: the annotators list a benchmark by its short name.
     */
    private static void titleExpansion(Sentence s, List<Token> toks, List<Candidate> spans) {
        if (toks.size() < 4 || !toks.get(1).text().equals(":") || !Lexicon.shaped(toks.get(0).text())) {
            return;
        }
        String caps = toks.get(0).text().codePoints().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int start = ARTICLES.contains(toks.get(2).text()) ? 3 : 2;
        if (caps.length() < 2 || start >= toks.size() || toks.get(start).text().endsWith("ing")
                || toks.get(start).text().codePointAt(0) != caps.codePointAt(0)) {
            return;
        }
        int k = 0;
        int j = start;
        for (; j < toks.size() && k < caps.length(); j++) {
            String w = toks.get(j).text();
            if (j > start && INNER_WORDS.contains(w)) {
                continue;
            }
            if (!toks.get(j).isWord() || !Character.isUpperCase(w.codePointAt(0))
                    || TITLE_STOPS.contains(w.toLowerCase(Locale.ROOT))) {
                return;
            }
            for (String part : w.split("-")) {
                if (k < caps.length() && !part.isEmpty()
                        && Character.toUpperCase(part.codePointAt(0)) == caps.codePointAt(k)) {
                    k++;
                }
            }
        }
        if (k < caps.length()) {
            return;
        }
        while (j < toks.size() && toks.get(j).isWord() && Character.isUpperCase(toks.get(j).text().codePointAt(0))
                && !TITLE_STOPS.contains(toks.get(j).text().toLowerCase(Locale.ROOT))) {
            j++;
        }
        String head = toks.get(j - 1).text().toLowerCase(Locale.ROOT);
        if (!Lexicon.TASK_HEADS.contains(head) && !Lexicon.DATASET_HEADS.contains(head) && !head.endsWith("ed")) {
            addSpan(s, toks, toks.get(start).start(), toks.get(j - 1).end(), spans);
        }
    }

    /**
     * Adds the capitalised phrase of two to five words before a title's colon, the name a paper gives its method:
     * "Spectral Graphormer: Spectral Graph-Based Transformer for ...", "Causal Modelling Agents: Causal Graph Discovery
     * ..." (dev-c, dev-k). Only "of" and "and" may stand inside in lower case; a phrase that opens with a gerund,
     * participle or adverb ("Learning to Correct Mistakes", "Provably Safe Reinforcement Learning") or holds a verb, a
     * preposition or a word that is never a name ("Consensus Is All You Get", "How Low Can We Go", "The Pose Knows") is
     * a statement, not a name; one ending in a task or dataset noun is left
     * to the other rules, as in {@link #titleExpansion}.
     */
    private static void titleHead(Sentence s, List<Token> toks, List<Candidate> spans) {
        int colon = -1;
        for (int k = 0; k < toks.size() && k <= 5; k++) {
            if (toks.get(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 2) {
            return;
        }
        String first = toks.get(0).text();
        if (first.endsWith("ing") || first.endsWith("ed") || first.endsWith("ly")) {
            return;
        }
        for (int k = 0; k < colon; k++) {
            String w = toks.get(k).text();
            boolean inner = k > 0 && k < colon - 1 && INNER_WORDS.contains(w) && !w.equals("via");
            if (!inner && (!Lexicon.titleCase(w) || Lexicon.shaped(w) || Lexicon.NOT_NAMES.contains(w)
                    || TITLE_STOPS.contains(w.toLowerCase(Locale.ROOT)))) {
                return;
            }
        }
        String head = toks.get(colon - 1).text().toLowerCase(Locale.ROOT);
        if (!Lexicon.TASK_HEADS.contains(head) && !Lexicon.DATASET_HEADS.contains(head)) {
            addSpan(s, toks, toks.get(0).start(), toks.get(colon - 1).end(), spans);
        }
    }

    /**
     * The words of a document that capitalise their first two letters only to spell out an acronym written elsewhere
     * in it, as "DEtection" and "TRansformer" beside "DETR" or "EXhaustive" beside "WEXEA": a word of two capitals and
     * three or more lower-case letters whose two capitals stand together in another word of three or more characters
     * that does not contain it. Such a word without its acronym is a coined name, as "RBlur" in "we develop RBlur, an
     * image transform" or "SQuant" (corpus ids shah2023neurips-training, guo2022iclr-squant).
     */
    private static Set<String> spellingWords(List<List<Token>> tokens) {
        Set<String> candidates = new HashSet<>();
        for (List<Token> toks : tokens) {
            for (Token t : toks) {
                String c = core(t.text());
                if (capitalisedPrefix(c)) {
                    candidates.add(c);
                }
            }
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        Set<String> spelling = new HashSet<>();
        for (String w : candidates) {
            String capitals = w.substring(0, 2);
            boolean found = false;
            for (int k = 0; k < tokens.size() && !found; k++) {
                for (Token t : tokens.get(k)) {
                    String o = t.text();
                    if (o.length() > 2 && o.contains(capitals) && !o.contains(w) && !capitalisedPrefix(o)) {
                        found = true;
                        break;
                    }
                }
            }
            if (found) {
                spelling.add(w);
            }
        }
        return spelling;
    }

    private static Set<String> midSentenceCapitals(List<Sentence> sentences, List<List<Token>> tokens) {
        Set<String> caps = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.isTitle()) {
                continue;
            }
            List<Token> toks = tokens.get(s.index());
            for (int i = 1; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.isCapitalized() && !initialPosition(toks, i)) {
                    caps.add(t.text());
                }
            }
        }
        return caps;
    }

    /** Whether token i starts a sentence or a clause where any word may be capitalised. */
    private static boolean initialPosition(List<Token> toks, int i) {
        int j = i - 1;
        while (j >= 0 && (toks.get(j).text().equals("\"") || toks.get(j).text().equals("(")
                || toks.get(j).text().equals("`") || toks.get(j).text().equals("'"))) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        String p = toks.get(j).text();
        return p.equals(":") || p.equals(")") && j >= 1 && SMALL_NUMBER.matcher(toks.get(j - 1).text()).matches()
                || p.equals(".") || p.equals("?") || p.equals("!");
    }

    private void runs(Sentence s, List<Token> toks, Set<String> midCaps, Set<String> spelling,
            Set<Integer> longStarts, List<Candidate> spans) {
        int n = toks.size();
        boolean[] name = new boolean[n];
        boolean math = false;
        int scanned = 0;
        String text = s.text();
        for (int k = 0; k < n; k++) {
            int start = toks.get(k).start();
            for (; scanned < start; scanned++) {
                if (text.charAt(scanned) == '$' && (scanned == 0 || text.charAt(scanned - 1) != '\\')) {
                    math = !math;
                }
            }
            boolean command = start > 0 && text.charAt(start - 1) == '\\';
            name[k] = !math && !command && nameWord(s, toks, k, spelling);
        }
        int i = 0;
        while (i < n) {
            if (!name[i]) {
                i++;
                continue;
            }
            if (!s.isTitle() && initialPosition(toks, i) && !Lexicon.shaped(core(toks.get(i).text()))
                    && !midCaps.contains(toks.get(i).text())
                    && gazetteer.lookup(toks.get(i).text()).isEmpty()
                    && (!(i + 2 < toks.size() && name[i + 1] && name[i + 2])
                            || verbLike(toks.get(i).text()) && longStarts.contains(toks.get(i + 1).start()))) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean glued = !core(toks.get(i).text()).equals(toks.get(i).text());
            while (!glued && end < n) {
                Token prev = toks.get(end - 1);
                Token next = toks.get(end);
                if (possessiveInside(toks, name, i, end)) {
                    end += 2;
                    continue;
                }
                if (next.start() != prev.end() + 1 || PLURAL_ACRONYM.matcher(prev.text()).matches()) {
                    break;
                }
                if (name[end]) {
                    glued = !core(next.text()).equals(next.text());
                    end++;
                } else if (!s.isTitle() && end + 1 < n && CONNECTORS.contains(next.text())
                        && Lexicon.titleCase(prev.text()) && Lexicon.titleCase(toks.get(end + 1).text())
                        && toks.get(end + 1).start() == next.end() + 1
                        && !Lexicon.NOT_NAMES.contains(toks.get(end + 1).text())) {
                    end += 2;
                } else if (SMALL_NUMBER.matcher(next.text()).matches()
                        && (end + 1 >= n || !UNIT_AFTER.contains(toks.get(end + 1).text()))) {
                    end++;
                    while (end < n && VARIANTS.contains(toks.get(end).text())
                            && toks.get(end).start() == toks.get(end - 1).end() + 1) {
                        end++;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (sizeAfterVersion(toks, end) || !s.isTitle() && adjacent(toks, end)
                    && RELEASE.matcher(toks.get(end).text()).matches()) {
                end++;
            }
            if (adjacent(toks, end) && toks.get(end - 1).text().equals("Challenge")
                    && YEAR.matcher(toks.get(end).text()).matches()) {
                end++;
            }
            int first = i;
            int last = end;
            String after = end < n ? toks.get(end).text() : "";
            if (end == i + 1 && end + 1 < n && Lexicon.titleCase(toks.get(i).text())
                    && (after.equals("'") || after.equals("\u2019"))
                    && toks.get(end + 1).text().equals("s") && gazetteer.lookup(toks.get(i).text()).isEmpty()) {
                i = end;
                continue;
            }
            if (end == i + 1 && Lexicon.LANGUAGES.contains(core(toks.get(i).text()))) {
                i = end;
                continue;
            }
            if (!s.isTitle() && end == i + 1 && end < n && toks.get(end).start() == toks.get(i).end() + 1
                    && (EXTENDING_HEADS.contains(toks.get(end).text()) || EPONYM_HEADS.contains(toks.get(end).text())
                            && Lexicon.titleCase(toks.get(i).text()) && !Lexicon.shaped(toks.get(i).text())
                            && core(toks.get(i).text()).equals(toks.get(i).text()) && !initialPosition(toks, i))
                    && gazetteer.lookup(toks.get(i).text()).isEmpty()) {
                last = end + 1;
                end = last;
            }
            if (last - first >= 2) {
                String head = toks.get(last - 1).text();
                if (Lexicon.headNounType(head).isPresent() && last - first == 2
                        && !head.equalsIgnoreCase("challenge")) {
                    String rest = toks.get(first).text();
                    if (Lexicon.shaped(rest) || gazetteer.lookup(rest).isPresent()) {
                        last--;
                    }
                }
            }
            if (!s.isTitle() && adjacent(toks, last) && toks.get(last).text().equals("challenge")
                    && (last - first >= 2 || first >= 1 && YEAR.matcher(toks.get(first - 1).text()).matches())) {
                last++;
                end = last;
            }
            if (first >= 1 && last - first >= 2 && YEAR.matcher(toks.get(first - 1).text()).matches()
                    && (Lexicon.DATASET_HEADS.contains(toks.get(last - 1).text().toLowerCase(Locale.ROOT))
                            || sharedTask(toks, first, last))
                    && adjacent(toks, first)) {
                first--;
                if (first >= 1 && adjacent(toks, first) && Lexicon.shaped(toks.get(first - 1).text())
                        && !Lexicon.NOT_NAMES.contains(toks.get(first - 1).text())) {
                    first--;
                }
            }
            if (first >= 1 && !s.isTitle() && opensDatasetName(toks, first, last)) {
                first--;
            }
            if (!slashPair(s, toks, first, last, spans)) {
                addTokens(s, toks, first, last, spans);
            }
            i = end;
        }
    }

    /** Whether the run [first, last) ends in "Shared Task": "CMCL 2021 Shared Task" (dev-s). */
    private static boolean sharedTask(List<Token> toks, int first, int last) {
        return last - first >= 2 && toks.get(last - 1).text().equals("Task")
                && toks.get(last - 2).text().equals("Shared");
    }

    /** Whether token {@code end} follows the token before it after one space. */
    private static boolean adjacent(List<Token> toks, int end) {
        return end >= 1 && end < toks.size() && toks.get(end).start() == toks.get(end - 1).end() + 1;
    }

    /**
     * Whether token {@code end} is a parameter count that ends the versioned model name before it: "8B" in "Llama
     * 3.1 8B", "72B" in "Qwen-1.5 72B" (corpus ids cai2025iclr-llamaflex, liang2025iclrw-isheep), which the annotators
     * copy with the size. The name's last word must hold a digit, so that "the 7B" or "LLaMA 7B" are left alone.
     */
    private static boolean sizeAfterVersion(List<Token> toks, int end) {
        if (!adjacent(toks, end) || !MODEL_SIZE.matcher(toks.get(end).text()).matches()) {
            return false;
        }
        String last = toks.get(end - 1).text();
        return Character.isDigit(last.charAt(last.length() - 1));
    }

    /**
     * Adds the two names of a slash pair written as one word, "SARAH/SPIDER", "SAC/DrQ", "LSP/LSPET" (dev-j, dev-n,
     * dev-q), as two candidates, and says whether it did. Both halves must have a name's shape on their own and be no
     * known non-name, so that "Generalized/Simulated", "Qwen-1.5B/7B" and "GPU/TPU" stay whole, and the whole word must
     * not be a gazetteer name ("CNN/DM").
     */
    private boolean slashPair(Sentence s, List<Token> toks, int first, int last, List<Candidate> spans) {
        if (last - first != 1) {
            return false;
        }
        Token t = toks.get(first);
        String w = t.text();
        int slash = w.indexOf('/');
        if (slash <= 0 || slash != w.lastIndexOf('/') || slash == w.length() - 1 || !core(w).equals(w)) {
            return false;
        }
        String a = w.substring(0, slash);
        String b = w.substring(slash + 1);
        if (!Lexicon.shaped(a) || !Lexicon.shaped(b) || Lexicon.NOT_NAMES.contains(a) || Lexicon.NOT_NAMES.contains(b)
                || gazetteer.lookup(w).isPresent()) {
            return false;
        }
        spans.add(new Candidate(a, s.index(), first, last, t.start(), t.start() + slash, true));
        spans.add(new Candidate(b, s.index(), first, last, t.start() + slash + 1, t.end(), true));
        return true;
    }

    private boolean nameWord(Sentence s, List<Token> toks, int i, Set<String> spelling) {
        Token t = toks.get(i);
        if (!t.isWord() || plainLowerCase(t.text()) || t.text().contains("://") || t.text().startsWith("www.")
                || i > 0 && toks.get(i - 1).text().endsWith("/") && toks.get(i - 1).text().indexOf('.') > 0) {
            return false;
        }
        String c = core(t.text());
        if (c.equals("Task")) {
            return i > 0 && toks.get(i - 1).end() + 1 == t.start()
                    && (Lexicon.titleCase(toks.get(i - 1).text()) || Lexicon.shaped(toks.get(i - 1).text()))
                    && !Lexicon.NOT_NAMES.contains(toks.get(i - 1).text());
        }
        if (!c.equals(t.text()) && Lexicon.titleCase(c) && verbLike(c) && (i == 0
                || toks.get(i - 1).end() + 1 != t.start() || !Lexicon.titleCase(toks.get(i - 1).text()))) {
            return false;
        }
        if (Lexicon.EPONYMS.contains(c) || eponymCompound(c) && gazetteer.lookup(c).isEmpty()) {
            return !s.isTitle() && startsLongerName(toks, i) && (i + 2 >= toks.size()
                    || !EXTENDING_HEADS.contains(toks.get(i + 2).text())
                    && gazetteer.lookup(s.text().substring(toks.get(i + 1).start(), toks.get(i + 2).end())).isEmpty());
        }
        if (c.indexOf('-') > 0 && (prefixedNonName(c, s.isTitle()) || LOWER_EDGED.matcher(c).matches())
                || cited(toks, i) || citedAuthor(toks, i)) {
            return false;
        }
        if (Lexicon.NOT_NAMES.contains(c) || c.length() < 2 && !Character.isUpperCase(c.charAt(0))
                || mayBeNonWord(c) && NOT_A_WORD.matcher(c).matches()) {
            return false;
        }
        if (i + 2 < toks.size() && toks.get(i + 1).text().equals("et") && toks.get(i + 2).text().startsWith("al")) {
            return false;
        }
        if (spelling.contains(c) || insideBigO(toks, i) || fieldQualifier(toks, i) || eponymOfMath(toks, i, c)) {
            return false;
        }
        if (s.isTitle()) {
            return Lexicon.shaped(c);
        }
        return Lexicon.shaped(c) || Lexicon.titleCase(c);
    }

    /**
     * Whether a capitalised word that opens a sentence reads as a verb form or adverb rather than a name's first word,
     * when a defined long form follows it: "Scaling" in "Scaling Visual Question Answering (VQA) to the open-domain ...
     * requires" (corpus id chang2022cvpr-webqa), not "Denoising" in "Denoising Diffusion Probabilistic Models have".
     */
    private static boolean verbLike(String w) {
        return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly")) && w.indexOf('-') < 0;
    }

    /**
     * Whether a hyphenated word joins an eponym with other eponyms or non-names, as "Kullback-Leibler" in "the
     * Kullback-Leibler divergence" (corpus id wang2025alt-noisy) or "Cauchy-Schwarz": an adjective from proper names,
     * not a name. Language pairs ("WMT14 English-German") are left alone.
     */
    private static boolean eponymCompound(String c) {
        if (c.indexOf('-') <= 0) {
            return false;
        }
        boolean eponym = false;
        for (String part : c.split("-", -1)) {
            if (!Lexicon.EPONYMS.contains(part) && !Lexicon.NOT_NAMES.contains(part)) {
                return false;
            }
            eponym |= Lexicon.EPONYMS.contains(part);
        }
        return eponym;
    }

    /**
     * Whether the capitalised non-name word just before the run [first, last) opens a dataset's name: a language, a
     * company or "COVID-19" before a run that ends in a dataset noun or is followed by one, as in "The COVID-19 Open
     * Research Dataset (CORD-19)" (corpus id 2020.nlpcovid19-acl.1) or "the Arabic OffensEval dataset" (corpus id
     * 2020.semeval-1.298), or a two-letter acronym before a challenge, "the eighth AI City Challenge" (dev-l). A word
     * that opens the sentence does not count.
     */
    private static boolean opensDatasetName(List<Token> toks, int first, int last) {
        Token prev = toks.get(first - 1);
        String w = prev.text();
        String lastWord = toks.get(last - 1).text().toLowerCase(Locale.ROOT);
        if (prev.end() + 1 != toks.get(first).start() || !Lexicon.NOT_NAMES.contains(w) || initialPosition(toks, first - 1)
                || !(Lexicon.titleCase(w) || Lexicon.shaped(w))
                || w.length() < 3 && !(lastWord.equals("challenge") && Lexicon.shaped(w))) {
            return false;
        }
        boolean headInside = last - first >= 2 && Lexicon.DATASET_HEADS.contains(lastWord);
        boolean headAfter = last < toks.size() && toks.get(last).start() == toks.get(last - 1).end() + 1
                && Lexicon.DATASET_HEADS.contains(toks.get(last).text());
        return headInside || headAfter;
    }

    /** Whether token i is the argument of an order symbol, as "dN" in "O(dN) Operations". */
    private static boolean insideBigO(List<Token> toks, int i) {
        if (i < 2 || !toks.get(i - 1).text().equals("(")) {
            return false;
        }
        String o = toks.get(i - 2).text();
        return o.equals("O") || o.equals("o") || o.equals("\u0398") || o.equals("\u03a9");
    }

    /**
     * Whether a capitalised word qualifies a field acronym right after it, as "Explainable" in "Explainable AI" (corpus
     * id cina2023chil-semantic): a field, not a name.
     */
    private static boolean fieldQualifier(List<Token> toks, int i) {
        if (i + 1 >= toks.size() || !Lexicon.titleCase(toks.get(i).text())) {
            return false;
        }
        Token next = toks.get(i + 1);
        return next.start() == toks.get(i).end() + 1 && FIELD_ACRONYMS.contains(next.text());
    }

    /**
     * Whether a single capitalised word names only the mathematical object after it, as "Wiener" in "the Wiener
     * process" or "Hanson-Wright" in "the Hanson-Wright inequality" (corpus ids deng2020neurips-modeling,
     * derezinski2023colt-algorithmic): a proper name of a theorem or process, not a method.
     */
    private boolean eponymOfMath(List<Token> toks, int i, String c) {
        if (i + 1 >= toks.size() || !Lexicon.titleCase(c) || i > 0 && Lexicon.titleCase(toks.get(i - 1).text())
                && toks.get(i - 1).end() + 1 == toks.get(i).start()) {
            return false;
        }
        Token next = toks.get(i + 1);
        return next.start() == toks.get(i).end() + 1 && Lexicon.MATH_NOUNS.contains(next.text())
                && gazetteer.lookup(c).isEmpty();
    }

    /** Whether a word has neither capitals nor digits, so that no rule can make it a name. */
    private static boolean plainLowerCase(String w) {
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            if (Character.isUpperCase(ch) || Character.isDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a hyphenated word starts with a non-name acronym or a unit: "KL-divergence", "3D-aware". */
    private static boolean prefixedNonName(String c, boolean title) {
        Matcher prefixed = PREFIXED_WORD.matcher(c);
        return prefixed.matches() && (Lexicon.NOT_NAMES.contains(prefixed.group(1))
                || Lexicon.unitLike(prefixed.group(1)))
                && (title || Character.isLowerCase(c.charAt(prefixed.end(1) + 1)));
    }

    /** Whether the eponym at token i ("Hamiltonian") is followed by a capitalised word of the same name. */
    private static boolean startsLongerName(List<Token> toks, int i) {
        if (i + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(i + 1);
        String w = next.text();
        return next.start() == toks.get(i).end() + 1 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.EPONYMS.contains(w)
                && (Lexicon.titleCase(w) || Lexicon.shaped(w));
    }

    /** Whether token i is an author name in a citation such as "[Daniely-Vardi '21]". */
    private static boolean cited(List<Token> toks, int i) {
        if (i + 2 >= toks.size()) {
            return false;
        }
        String q = toks.get(i + 1).text();
        return (q.equals("'") || q.equals("\u2019")) && TWO_DIGITS.matcher(toks.get(i + 2).text()).matches();
    }

    /**
     * Whether token i is one of the authors of a citation that ends in a year after a comma or in brackets: "[Lee and
     * Valiant, 2022]", "[Bubeck, Cesa-Bianchi and Lugosi, 2013]", "Dwivedi & Mackey (2024)" (dev-j, dev-n). Only
     * capitalised words without a name's shape, "and", "&", commas and "et al." may stand between the word and the
     * year, so that "MAI 2022" or "EndoVis 2017" stay names.
     */
    private static boolean citedAuthor(List<Token> toks, int i) {
        if (!Lexicon.titleCase(toks.get(i).text()) || Lexicon.shaped(toks.get(i).text())) {
            return false;
        }
        for (int k = i + 1; k + 1 < toks.size() && k <= i + 10; k++) {
            String w = toks.get(k).text();
            String next = toks.get(k + 1).text();
            if ((w.equals(",") || w.equals("(")) && YEAR_CITED.matcher(next).matches()) {
                return true;
            }
            boolean author = Lexicon.titleCase(w) && !Lexicon.shaped(w);
            if (!author && !w.equals(",") && !w.equals("and") && !w.equals("&") && !w.equals("et")
                    && !w.equals("al") && !w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a word capitalises its first letters only to spell out an acronym, as in "DEtection TRansformer" or
     * "CUrvature-aware SPectral": exactly two capitals followed by three or more lower-case letters.
     */
    static boolean capitalisedPrefix(String w) {
        int i = 0;
        while (i < w.length() && Character.isUpperCase(w.charAt(i))) {
            i++;
        }
        if (i != 2 || w.length() - i < 3) {
            return false;
        }
        for (int k = i; k < w.length(); k++) {
            if (!Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBeNonWord(String c) {
        for (int k = 0; k < c.length(); k++) {
            char ch = c.charAt(k);
            if (ch == '.' || ch == '_' || ch == '\\' || ch == '$') {
                return true;
            }
        }
        return false;
    }

    /**
     * The word without a glued suffix such as "-based"; a capitalised suffix ("NeRF-Free") only after a name-shaped
     * word, so that "Curiosity-Driven Prompting" stays whole.
     */
    static String core(String word) {
        int dash = word.lastIndexOf('-');
        if (dash <= 0 || dash >= word.length() - 2) {
            return word;
        }
        String suffix = word.substring(dash + 1);
        if (GLUED_SUFFIXES.contains(suffix) || GLUED_SUFFIXES.contains(suffix.toLowerCase(Locale.ROOT))
                && Lexicon.shaped(word.substring(0, dash))) {
            return word.substring(0, dash);
        }
        return word;
    }

    private static void addTokens(Sentence s, List<Token> toks, int first, int end, List<Candidate> spans) {
        int start = toks.get(first).start();
        Token last = toks.get(end - 1);
        String lastCore = core(last.text());
        int stop = last.start() + lastCore.length();
        String surface = s.text().substring(start, stop);
        spans.add(new Candidate(surface, s.index(), first, end, start, stop, Lexicon.shaped(surface)));
    }

    private static void addSpan(Sentence s, List<Token> toks, int start, int end, List<Candidate> spans) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() == start) {
                first = i;
            }
            if (t.end() == end) {
                last = i;
            }
        }
        if (first >= 0 && last >= first) {
            String surface = s.text().substring(start, end);
            spans.add(new Candidate(surface, s.index(), first, last + 1, start, end, Lexicon.shaped(surface)));
        }
    }

    /** Longest spans first, then earliest; drops spans overlapping a chosen one; returns them in text order. */
    private static List<Candidate> select(List<Candidate> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Candidate> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -(c.end() - c.start()))
                .thenComparingInt(Candidate::start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean overlaps = false;
            for (Candidate o : chosen) {
                if (c.start() < o.end() && o.start() < c.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /**
     * Whether a name of two or more capitalised words goes on across a possessive "'s" to another capitalised word:
     * "Word Mover's Distance" is one name (a request from reading corpus abstracts), "Google's Gemini" is two.
     */
    private static boolean possessiveInside(List<Token> toks, boolean[] name, int first, int end) {
        if (end - first < 2 || end + 2 >= toks.size() || !name[end + 2]) {
            return false;
        }
        Token prev = toks.get(end - 1);
        Token quote = toks.get(end);
        Token s = toks.get(end + 1);
        Token word = toks.get(end + 2);
        return (quote.text().equals("'") || quote.text().equals("\u2019")) && quote.start() == prev.end()
                && s.text().equals("s") && s.start() == quote.end() && word.start() == s.end() + 1
                && Lexicon.titleCase(prev.text()) && Lexicon.titleCase(word.text());
    }
}
