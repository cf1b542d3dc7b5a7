package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.EntityType;

/**
 * Finds task and metric phrases, which are often written in lower case and so escape the name candidates.
 *
 * <p>Tasks: "the task(s)/problem(s) of X and Y", "X tasks", "tasks such as X, Y and Z", and noun phrases that end
 * in a task noun ("semantic segmentation", "text-to-image generation"; in the title "Monocular 3D Object
 * Detection"), plus gazetteer tasks. Metrics: gazetteer metrics ("BLEU", "PSNR", "accuracy"), "top-k accuracy",
 * "recall@k", "average ... improvement/score", qualified rates ("success rate", "false discovery rate"), errors
 * ("reconstruction error", "mean absolute error", "type-I error"), scores ("alignment score"), "test power", and an
 * accuracy or error rate qualified by one descriptive word ("layout accuracy", not "unbeatable accuracy"). A
 * gazetteer short form that the text defines as something else ("electron microscopy (EM)") is not a metric.
 */
public final class TermFinder implements Stage {
    private static final Pattern METRIC = Pattern.compile("(?<![a-zA-Z0-9_])(?=[a-zA-Z])(?:"
            + "(?i)\\b(?:top|rank)-?[1-9]\\d? (?:accuracy|error)\\b"
                    + "|\\b(?:recall|precision|hits?|pass|r|p|ndcg|map|hr|acc|success|sr)@\\s?(?:\\d+|k)\\b"
                    + "|\\b(?:average|mean|median)(?: [a-z-]+){0,2}? (?:improvement|score|reward|return|accuracy|error"
                    + "|rank|precision|success rate)\\b(?!-\\d)"
                    + "|\\b(?:success|win|error|pass|hit|acceptance|attack success|word error|character error"
                    + "|false (?:positive|negative|discovery|detection|alarm|acceptance|rejection)|true (?:positive"
                    + "|negative)|recognition|click-through|miss|bit error|equal error|solve|resolve|completion"
                    + "|refusal|hallucination|jailbreak success) rates?\\b"
                    + "|\\btype[- ]II? errors?\\b|\\b(?:test|statistical) power\\b"
                    + "|(?<![\\w-])(?:reconstruction|localization|translation|rotation|pose|depth|absolute|relative"
                    + "|trajectory"
                    + "|end-?point|calibration|median|mean (?:squared|absolute)|root mean squared?) errors?\\b"
                    + "|\\b(?:aesthetic|alignment|preference|faithfulness|factuality|coherence|fluency) scores?\\b"
                    + "|\\b(?:classification|balanced|test|validation|zero-shot|few-shot|overall|prediction|detection"
                    + "|segmentation|retrieval|training|linear[- ]prob(?:e|ing)|exact[- ]match)"
                    + " (?:accuracy|error(?: rate)?)\\b)");
    /**
     * Strings of which every match of {@link #METRIC} holds one ("@", or a metric word with the blank before it), so
     * that the pattern is searched only in sentences that hold one of them.
     */
    private static final List<String> METRIC_WORDS = List.of("@", " accuracy", " error", " rate", " power", " score",
            " improvement", " reward", " return", " rank", " precision");
    private static final Set<String> VERBS = Lexicon.words("perform", "address", "develop", "enhance", "improve",
            "keep", "categorize", "achieve", "enable", "support", "tackle", "solve", "study", "propose", "present",
            "introduce", "use", "apply", "train", "learn", "generate", "allow", "make", "provide", "boost", "conduct",
            "evaluate", "demonstrate", "show", "focus", "handle", "consider", "explore", "investigate", "leverage",
            "first", "second", "leading", "compact", "synthetic", "manual", "vanilla", "model", "training", "improves",
            "enables", "achieves", "performs", "shows", "allows", "requires", "uses", "including", "using", "makes",
            "provides", "supports", "boosts", "tackles", "addresses", "studies", "benefits", "facilitates", "yields",
            "is", "are", "be", "enhances", "learns");
    /**
     * Words that never open or sit inside a task phrase: ratings ("poor texture generation", "time-consuming task"),
     * degree words ("beyond just long-term prediction"), verbs ("extends conformal prediction", "combines detection")
     * and stage counts that describe a method ("two-stage image inpainting"). Corpus ids ren2024eccv-moediffir,
     * janouskova2022eccvw-modelassisted, chen2023neurips-adversarial, feldman2023tmlr-achieving, dai2021iccv-bevnet.
     */
    private static final Set<String> NOT_TASK_WORDS = Lexicon.words("poor", "poorer", "reasonable", "rich", "richer",
            "largest", "smallest", "insufficient", "sufficient", "precise", "proper", "realistic", "plausible",
            "faithful", "coherent", "fine", "publicly-available", "time-consuming", "costly", "expensive", "tedious",
            "laborious", "fundamental", "crucial", "critical", "essential", "vital", "central", "main", "primary",
            "major", "long-standing", "longstanding", "non-trivial", "nontrivial", "trivial", "ill-posed",
            "daunting", "pressing", "emerging", "promising", "interesting", "demanding", "subsequent", "just",
            "beyond", "even", "much", "very", "still", "already", "thus", "hence", "therefore", "two-stage",
            "one-stage", "single-stage", "multi-stage", "three-stage", "extend", "extends", "combine", "combines",
            "refine", "refines", "integrate", "integrates", "incorporate", "incorporates", "employ", "employs", "adopt",
            "adopts", "exploit", "exploits", "mitigate", "mitigates", "reduce", "reduces", "capture", "captures",
            "bridge", "bridges", "unify", "unifies", "outperform", "outperforms", "surpass", "surpasses", "produce",
            "produces", "predict", "predicts", "estimate", "estimates", "detect", "detects", "aim", "aims", "seek",
            "seeks", "help", "helps", "facilitate", "guide", "guides", "ensure", "ensures", "remain", "remains",
            "become", "becomes", "involve", "involves", "include", "includes", "contain", "contains", "lack", "lacks",
            "suffer", "suffers", "rely", "relies", "fail", "fails", "enable", "benefit", "require", "safe",
            "controllable", "high-performance", "high-fidelity", "physical", "canonical", "insightful", "accessible");
    /**
     * Nouns after a task noun that make it a modifier of something else: "data generation processes", "the
     * detection head" (corpus id bystrov2024jmlr-choosing).
     */
    private static final Set<String> MODIFIED_NOUNS = Lexicon.words("process", "processes", "module", "modules",
            "pipeline", "pipelines", "head", "heads", "branch", "branches", "stage", "stages", "step", "steps",
            "quality", "capability", "capabilities", "ability", "abilities", "speed", "cost", "costs", "mechanism",
            "mechanisms", "scheme", "schemes", "loss", "losses", "objective", "objectives", "component", "components",
            "prior", "priors", "backbone", "backbones");
    private static final Pattern ED_OK = Pattern.compile(
            ".*(?:supervised|structured|grounded|guided|conditioned|controlled|augmented|based|oriented|driven|aware"
                    + "|constrained|informed|specified)");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?%?");
    /** "a driving score of 84.2%": a score reported with its value. */
    private static final Pattern SCORE_OF = Pattern.compile("\\b([a-z][a-z-]{3,}) scores? of \\d");
    /** "predictive accuracy", "layout accuracy": one qualifying word before accuracy or error. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z][a-z-]{3,}) (accuracy|error rate)\\b");
    /** Words that rate or own an accuracy rather than name a kind of it. */
    private static final Set<String> NOT_QUALIFIERS = Lexicon.words("high", "low", "good", "poor", "model", "models",
            "sacrifice", "maintain", "without", "their", "whose", "same", "best", "top", "mean", "average", "median",
            "task", "tasks", "system", "method", "network", "final", "total", "greater", "lesser", "great", "perfect",
            "near", "reasonable", "decent", "optimal", "maximum", "minimum", "acceptable", "satisfactory", "reduces",
            "increases", "decreases", "degrades", "hurts", "harms", "sacrifices", "compromises", "attains", "reaches",
            "obtains", "preserves", "retains", "maintains", "affects", "drops", "loses", "gains", "trades", "matches");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.GAZETTEER, Layers.ABBREVIATIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TERMS);
    }

    @Override
    public void annotate(Document document) {
        List<Mention> out = new ArrayList<>();
        List<List<Token>> tokens = document.get(Layers.TOKENS);
        for (Sentence s : document.get(Layers.SENTENCES)) {
            List<Token> toks = tokens.get(s.index());
            List<Mention> found = new ArrayList<>();
            String[] lower = new String[toks.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = toks.get(i).text().toLowerCase(Locale.ROOT);
            }
            gazetteerTerms(document, s, found);
            metrics(s, found);
            taskOf(s, toks, lower, found);
            tasksNoun(s, toks, lower, found);
            tasksSuchAs(s, toks, lower, found);
            taskHeads(s, toks, lower, found);
            found.sort(java.util.Comparator.comparingInt(Mention::start));
            for (Mention m : found) {
                boolean covered = false;
                for (Mention o : found) {
                    if (o != m && o.type() == m.type() && o.start() <= m.start() && m.end() <= o.end()
                            && o.end() - o.start() > m.end() - m.start()) {
                        covered = true;
                        break;
                    }
                }
                if (!covered) {
                    out.add(m);
                }
            }
        }
        document.put(Layers.TERMS, List.copyOf(out));
    }

    private static void gazetteerTerms(Document d, Sentence s, List<Mention> found) {
        for (GazetteerMatch g : d.get(Layers.GAZETTEER)) {
            EntityType t = g.entry().type();
            if (g.sentence() == s.index() && (t == EntityType.TASK || t == EntityType.METRIC)
                    && !namesake(g, d.get(Layers.ABBREVIATIONS))) {
                add(s, g.start(), g.end(), t, found);
            }
        }
    }

    /**
     * Whether a gazetteer short form is defined in the text as something else: "electron microscopy (EM)" is not the
     * metric EM (exact match).
     */
    private static boolean namesake(GazetteerMatch g, List<Abbreviation> pairs) {
        String k = Keys.of(g.surface());
        boolean defined = false;
        for (Abbreviation a : pairs) {
            if (Keys.of(a.shortForm()).equals(k)) {
                String lk = Keys.of(a.longForm());
                if (Keys.of(g.entry().name()).equals(lk)) {
                    return false;
                }
                for (String alias : g.entry().aliases()) {
                    if (Keys.of(alias).equals(lk)) {
                        return false;
                    }
                }
                defined = true;
            }
        }
        return defined;
    }

    private static void metrics(Sentence s, List<Mention> found) {
        String lower = s.text().toLowerCase(Locale.ROOT);
        if (!(lower.contains("@") || lower.contains("top") || lower.contains("rank") || lower.contains("average")
                || lower.contains("mean")
                || lower.contains("median") || lower.contains(" rate") || lower.contains("accuracy")
                || lower.contains("error") || lower.contains("score"))) {
            return;
        }
        if (Lexicon.containsAny(lower, METRIC_WORDS)) {
            Matcher m = METRIC.matcher(s.text());
            while (m.find()) {
                add(s, m.start(), m.end(), EntityType.METRIC, found);
            }
        }
        Matcher sc = SCORE_OF.matcher(s.text());
        while (lower.contains(" score") && sc.find()) {
            String w = sc.group(1);
            if (!NOT_QUALIFIERS.contains(w) && !Lexicon.VAGUE.contains(w) && !VERBS.contains(w)) {
                add(s, sc.start(), sc.start() + w.length() + 6, EntityType.METRIC, found);
            }
        }
        Matcher q = QUALIFIED.matcher(s.text());
        while ((lower.contains(" accuracy") || lower.contains(" error rate")) && q.find()) {
            String w = q.group(1);
            if (!NOT_QUALIFIERS.contains(w) && !Lexicon.VAGUE.contains(w) && !VERBS.contains(w) && !w.endsWith("ly")
                    && !w.endsWith("ing") && !w.endsWith("er") && !w.endsWith("est") && !w.endsWith("able")
                    && !w.endsWith("ible")
                    && (!w.endsWith("ed") || ED_OK.matcher(w).matches())) {
                add(s, q.start(), q.end(), EntityType.METRIC, found);
            }
        }
    }

    /** "the task of X and Y", "the problem of X". */
    private void taskOf(Sentence s, List<Token> toks, String[] lower, List<Mention> found) {
        for (int i = 0; i + 2 < toks.size(); i++) {
            String w = lower[i];
            if (!(w.equals("task") || w.equals("tasks") || w.equals("problem") || w.equals("problems"))
                    || !toks.get(i + 1).text().equals("of")) {
                continue;
            }
            int j = i + 2;
            while (j < toks.size()) {
                int start = j;
                while (j < toks.size() && j - start < 5 && content(toks.get(j), s.isTitle(), true)) {
                    j++;
                }
                boolean cut = j < toks.size() && toks.get(j).isWord() && !toks.get(j).isLowerCase()
                        && toks.get(j).start() == toks.get(j - 1).end() + 1;
                String one = j == start + 1 ? lower[start] : "";
                boolean gerund = one.endsWith("ing") && !Lexicon.TASK_HEADS.contains(one);
                if (j > start && !cut && !gerund) {
                    add(s, toks.get(start).start(), toks.get(j - 1).end(), EntityType.TASK, found);
                }
                if (j < toks.size() && (toks.get(j).text().equals("and") || toks.get(j).text().equals("or")
                        || toks.get(j).text().equals(","))) {
                    j++;
                    if (j < toks.size() && toks.get(j).text().equals("and")) {
                        j++;
                    }
                } else {
                    break;
                }
            }
        }
    }

    /** "image classification tasks", "sequential decision-making tasks". */
    private void tasksNoun(Sentence s, List<Token> toks, String[] lower, List<Mention> found) {
        for (int i = 1; i < toks.size(); i++) {
            String w = lower[i];
            if (!(w.equals("task") || w.equals("tasks"))) {
                continue;
            }
            int j = i;
            while (j > 0 && i - j < 4 && content(toks.get(j - 1), s.isTitle(), j == i)) {
                j--;
            }
            if (j == i) {
                continue;
            }
            String head = lower[i - 1];
            boolean taskLike = Lexicon.TASK_HEADS.contains(head) || head.endsWith("ing") && i - j >= 2 || i - j >= 2;
            if (!s.isTitle() && taskLike) {
                j = extendLeft(toks, j);
            }
            if (taskLike && j >= 0 && !toks.get(j).text().equalsIgnoreCase("NLP")) {
                add(s, toks.get(j).start(), toks.get(i - 1).end(), EntityType.TASK, found);
            }
        }
    }

    /** "tasks such as X, Y, and Z", "tasks including X". */
    private void tasksSuchAs(Sentence s, List<Token> toks, String[] lower, List<Mention> found) {
        for (int i = 0; i + 2 < toks.size(); i++) {
            String w = lower[i];
            if (!(w.equals("task") || w.equals("tasks"))) {
                continue;
            }
            int j = i + 1;
            if (toks.get(j).text().equals(",")) {
                j++;
            }
            if (j + 1 < toks.size() && toks.get(j).text().equals("such") && toks.get(j + 1).text().equals("as")) {
                j += 2;
            } else if (j < toks.size() && (toks.get(j).text().equals("including") || toks.get(j).text().equals("like")
                    || toks.get(j).text().equals("e.g"))) {
                j++;
            } else {
                continue;
            }
            while (j < toks.size()) {
                int start = j;
                while (j < toks.size() && j - start < 4 && content(toks.get(j), false, true)
                        && Character.isLowerCase(toks.get(j).text().charAt(0))) {
                    j++;
                }
                if (j > start) {
                    add(s, toks.get(start).start(), toks.get(j - 1).end(), EntityType.TASK, found);
                }
                if (j < toks.size() && (toks.get(j).text().equals(",") && listContinues(toks, j)
                        || toks.get(j).text().equals("and") || toks.get(j).text().equals("or"))) {
                    j++;
                    if (j < toks.size() && (toks.get(j).text().equals("and") || toks.get(j).text().equals("or"))) {
                        j++;
                    }
                } else {
                    break;
                }
            }
        }
    }

    /** Whether a list goes on after the comma at token j: an "and"/"or" comes before the clause ends. */
    private static boolean listContinues(List<Token> toks, int j) {
        for (int k = j + 1; k < toks.size(); k++) {
            String w = toks.get(k).text();
            if (w.equals("and") || w.equals("or")) {
                return true;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals(")")) {
                return false;
            }
        }
        return false;
    }

    /** Noun phrases that end in a task noun: "semantic segmentation", "point tracking". */
    private void taskHeads(Sentence s, List<Token> toks, String[] lower, List<Mention> found) {
        for (int i = 1; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = lower[i];
            if (!Lexicon.TASK_HEADS.contains(w) || !s.isTitle() && !t.isLowerCase()) {
                continue;
            }
            int j = i;
            while (j > 0 && i - j < 3 && content(toks.get(j - 1), s.isTitle(), false)) {
                j--;
            }
            if (j == i || modifier(toks, i) || s.isTitle() && i + 1 < toks.size()
                    && toks.get(i + 1).text().equals("of")) {
                continue;
            }
            if (!s.isTitle()) {
                j = extendLeft(toks, j);
                if (j < 0) {
                    continue;
                }
            }
            add(s, toks.get(j).start(), t.end(), EntityType.TASK, found);
        }
    }

    /** Whether the task noun at i modifies the noun after it: "data generation processes", "detection head". */
    private static boolean modifier(List<Token> toks, int i) {
        return i + 1 < toks.size() && MODIFIED_NOUNS.contains(toks.get(i + 1).text())
                && toks.get(i + 1).start() == toks.get(i).end() + 1;
    }

    /**
     * Where a task phrase starting at token j really starts: one word earlier when a capitalised first word of the
     * sentence opens it ("Point cloud segmentation is ..."), -1 when a name glued before it leaves the phrase cut
     * ("Zero-shot HOI detection"), else j. Corpus id ye2021iccv-learning.
     */
    private static int extendLeft(List<Token> toks, int j) {
        if (j == 0) {
            return j;
        }
        Token p = toks.get(j - 1);
        if (!p.isWord() || p.end() + 1 != toks.get(j).start() || Character.isLowerCase(p.text().charAt(0))
                || Character.isDigit(p.text().charAt(0))) {
            return j;
        }
        if (j - 1 > 0 && !toks.get(j - 2).text().equals(":") && !toks.get(j - 2).text().equals("(")) {
            return -1;
        }
        boolean opens = Lexicon.titleCase(p.text()) && !Lexicon.NOT_NAMES.contains(p.text())
                && content(new Token(p.text().toLowerCase(Locale.ROOT), p.start(), p.end()), false, false);
        return opens ? j - 1 : j;
    }

    /** Whether a token may be part of a task phrase; only a head may be an "-ing" word unless it says so. */
    private static boolean content(Token t, boolean title, boolean mayBeGerund) {
        String x = t.text();
        if (!t.isWord()) {
            return false;
        }
        String lower = x.toLowerCase(Locale.ROOT);
        if (x.length() < 2 || NOT_TASK_WORDS.contains(lower) || lower.endsWith("-free") || lower.endsWith("-efficient")
                || title && lower.endsWith("-based")) {
            return false;
        }
        if (Lexicon.VAGUE.contains(lower) || VERBS.contains(lower) || lower.endsWith("ly")
                || !mayBeGerund && lower.endsWith("ing")
                || lower.endsWith("ed") && !ED_OK.matcher(lower).matches() || NUMBER.matcher(lower).matches()) {
            return false;
        }
        if (title) {
            return true;
        }
        return t.isLowerCase() || Lexicon.unitLike(x) && x.length() <= 3;
    }

    private static void add(Sentence s, int start, int end, EntityType type, List<Mention> found) {
        if (type == EntityType.METRIC) {
            String surface = s.text().substring(start, end);
            int sp = surface.lastIndexOf(' ');
            String last = sp < 0 ? "" : surface.substring(sp + 1).toLowerCase(Locale.ROOT);
            if ((last.equals("score") || last.equals("scores")) && Lexicon.shaped(surface.substring(0, sp))) {
                end = start + sp;
            }
        }
        for (Mention m : found) {
            if (m.start() == start && m.end() == end && m.type() == type) {
                return;
            }
        }
        found.add(new Mention(s.text().substring(start, end), type, s.index(), start, end));
    }
}
