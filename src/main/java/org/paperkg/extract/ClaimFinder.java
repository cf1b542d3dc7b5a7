package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Relation;

/**
 * Finds comparative claims: who outperforms, matches or falls behind whom, on which datasets, by how much.
 *
 * <p>Per abstract sentence: comparison triggers from three verb and phrase lexicons (hedged forms such as
 * "comparable or better" and "matches or exceeds" are {@code comparable}; "does not outperform" and "fails to
 * beat" are {@code underperforms}; "no worse than" is {@code comparable}; "X is outperformed by Y" swaps the
 * roles; "compared to Y" counts when the sentence states a gain or a loss, a weak gain such as "greater robustness"
 * only with a named subject, and "competitive ... compared to Y" is {@code comparable}). The object is the shortest
 * phrase after the trigger, split at "and"/"," into one claim per object; a rival needs a name, a rival head noun
 * ("baselines", "solvers"), a rival word ("existing", "other"), or, right after a comparative "than" or a gain, a
 * short plain or technique phrase ("the KLT tracker", "full fine-tuning"); named examples after "like"/"such as"
 * replace their generic rival, "CNN-based and transformer-based methods" share the head, "other point-cloud and
 * graph-based models" gives "other point-cloud models" and "other graph-based models" (so do conjuncts that are
 * modifiers by their form: "existing hand-crafted and search-based GNNs"), a count before a rival noun ("six
 * state-of-the-art methods") is dropped, and a named rival drops the noun for its kind ("SAC-BL algorithm" is
 * SAC-BL) and a ranking qualifier ("the VMamba baseline", "standard DPO"); a spelled-out rival written with its
 * bracketed short form is named by the short form ("Direct Preference Optimization (DPO)" is DPO), a conjunct cut at
 * a hyphen takes the next one's hyphenated part ("mean- or median-based approaches"), and names listed after
 * ", including" are rivals beside the generic one. The subject is a proposed name in the clause, else the name right
 * before the verb ("X, which outperforms") or opening the clause or its last comma stretch, else a phrase such as
 * "our method", "it", "the adapted model", "these hybrids" or "Such a result" that stands for the referent, else the
 * name after "the performance of", else a named model or method in the clause, else a generic prior-work phrase
 * ("existing methods"), else, before a strong verb, the plain noun phrase there ("multilingual models outperform
 * ..."), else the previous claim's subject or the referent.
 * Datasets and metric come from the claim sentence; the magnitude is the first margin after the object ("by 4.9%",
 * "an improvement of 52%"). One claim per subject/object pair; the first one wins.
 */
public final class ClaimFinder implements Stage {
    /** A comparison trigger pattern. */
    private record Trigger(Pattern pattern, Relation relation, double confidence, Kind kind, List<String> anchors,
            List<String> also) {
        /** This trigger, searched only in sentences that also hold one of {@code words}, which its every match does. */
        Trigger also(String... words) {
            return new Trigger(pattern, relation, confidence, kind, anchors, List.of(words));
        }
    }

    private enum Kind { PLAIN, HEDGED, COMPARED, HIGHER, LOWER, OVER }

    /** Trigger patterns, hedged forms first so that they win over their parts. */
    private static final List<Trigger> TRIGGERS = List.of(
            t(Relation.COMPARABLE, 0.6, Kind.HEDGED, "comparable|competitive|on par|on-par|similar|equal", "cose",
                    "\\b(?:comparable|competitive|on[ -]par|similar|equal|equivalent)(?: to| with)?"
                    + "(?: (?:or|and) (?:(?:even|occasionally|sometimes|often|frequently) ){0,2}(?:better|superior"
                    + "|higher|stronger"
                    + "|exceeds?|outperforms?|surpass(?:es)?))"
                    + "(?: than| to)?"
                    + "(?: (?:performance"
                    + "|results|accuracy))?"
                    + "(?: (?:to|with|than|as|against|compared (?:to|with)|in contrast to|in comparison (?:to"
                    + "|with)))?").also("better", "superior", "higher", "stronger", "exceed", "outperform", "surpass"),
            t(Relation.COMPARABLE, 0.6, Kind.HEDGED, "match|rival", "mr",
                    "\\b(?:match(?:es|ed|ing)?|rival(?:s|ed|ing)?)(?:,? or (?:even )?(?:outperform(?:s|ed|ing)?"
                    + "|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|improv(?:es|ed|ing) (?:on|upon"
                    + "|over)))").also(" or "),
            t(Relation.COMPARABLE, 0.6, Kind.HEDGED, "better|superior|higher", "bsh",
                    "\\b(?:better|superior|higher)(?: to| than)?(?: or (?:comparable|competitive|similar|equal"
                    + "|equivalent|on par))"
                    + "(?: (?:performance|results|accuracy))?(?: (?:to|with|than|against|over|compared (?:to|with)"
                    + "|in contrast to))?").also(" or "),
            t(Relation.COMPARABLE, 0.6, Kind.HEDGED, "outperform|exceed|surpass", "oes",
                    "\\b(?:outperform(?:s|ed|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)"
                    + "(?:,? or (?:match(?:es|ed|ing)?|(?:is |are )?(?:comparable|on par) (?:to|with)"
                    + "|(?:statistically )?ties? with))").also(" or "),
            t(Relation.COMPARABLE, 0.6, Kind.HEDGED, "reach|equal",
                    "\\b(?:reach|equal)(?:es|ed|s)? (?:and|or) (?:even |sometimes |often |occasionally )?"
                    + "(?:surpass(?:es|ed)?|exceed(?:s|ed)?|outperform(?:s|ed)?|beat(?:s)?)(?: the performance of)?"),
            t(Relation.COMPARABLE, 0.6, Kind.HEDGED, "as well|as good",
                    "\\bas (?:well|good)(?: as)? or better(?: than)?"),
            t(Relation.COMPARABLE, 0.6, Kind.HEDGED, "at least",
                    "\\bat least (?:as good as|comparable to|on par with)"),
            t(Relation.OUTPERFORMS, 0.9, Kind.PLAIN, "outperform|outcompete|outshine|outstrip|outpace|out-perform", "o",
                    "\\bout(?:-?perform|compete|shine|strip|pace)(?:s|ed|ing)?\\b"),
            t(Relation.OUTPERFORMS, 0.85, Kind.PLAIN, "surpass|beat|exceed", "sbe",
                    "\\b(?:surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?)\\b"),
            t(Relation.OUTPERFORMS, 0.8, Kind.OVER, "improv|gain|advantage|superiority|boost|speed", "igasb",
                    "\\b(?:improv(?:e|es|ed|ing|ements?)|gains?|advantages?|superiority|speed-?ups?"
                            + "|boosts?)(?: of ([^,;]{1,60}?))?(?: [~+]?\\d+(?:\\.\\d+)?\\s?(?:\\\\?%|x|\u00d7"
                            + "|points?|pp)"
                            + "(?: [\\w-]+)?)?(?: (?:performance|accuracy|results|robustness"
                            + "|efficiency|generalization|quality|stability)(?: and (?:performance|accuracy|results"
                            + "|robustness"
                            + "|efficiency|generalization|quality|stability))?)? (?:over|upon)\\b")
                            .also(" over", " upon"),
            t(Relation.OUTPERFORMS, 0.8, Kind.PLAIN, "improv", "i",
                    "\\bimprov(?:e|es|ed|ing)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:performance"
                            + "|accuracy"
                    + "|results|quality|robustness|efficiency|generalization|fidelity)\\s+(?:over|upon)\\b"
                    + "|\\bimprov(?:es|ed|ing)(?= (?:upon |on |over )?(?:the )?(?:prior |previous |current |existing )?"
                    + "(?:state-of-the-art|sota|best|strongest)\\b(?! top-?\\d))")
                    .also("over", "upon", "state-of-the-art", "sota", "best", "strongest"),
            t(Relation.OUTPERFORMS, 0.8, Kind.PLAIN, "ahead of",
                    "\\b(?:well |far |clearly )?ahead of\\b"),
            t(Relation.OUTPERFORMS, 0.75, Kind.PLAIN, "% over",
                    "(?<=\\band |, )[~+]?\\d+(?:\\.\\d+)?\\s?\\\\?% over\\b"),
            t(Relation.OUTPERFORMS, 0.8, Kind.OVER, "superior",
                    "\\b(?:superiority|superior(?: [\\w-]+){1,3}?)(?: of ([^,;]{1,60}?))?"
                            + "(?: in(?: [\\w-]+){1,3}?)? (?:over|against)\\b"),
            t(Relation.OUTPERFORMS, 0.7, Kind.PLAIN, "improvement",
                    "\\bimprovements? (?:on|in) (?:[\\w-]+ ){1,10}?over\\b"),
            t(Relation.OUTPERFORMS, 0.75, Kind.OVER, "superiority",
                    "\\bsuperiority of ([^,;]{1,60}?) (?:to|against|(?:as |when )?compared (?:to|with)"
                            + "|relative to)\\b"),
            t(Relation.OUTPERFORMS, 0.75, Kind.OVER, "effectiveness|efficacy",
                    "\\b(?:effectiveness|efficacy) of ([^,;]{1,60}?) (?:over(?![-\\w])|against(?= (?:the )?"
                            + "(?:[\\w-]+ )?"
                            + "(?:state-of-the-art|sota|baselines?|existing|prior|previous|competing|other|current"
                            + "|conventional|traditional|strong)\\b))"),
            t(Relation.COMPARABLE, 0.7, Kind.OVER, "competitiveness",
                    "\\bcompetitiveness of ([^,;]{1,60}?) (?:against|to|with|(?:as |when )?compared (?:to|with))\\b"),
            t(Relation.OUTPERFORMS, 0.7, Kind.OVER, "prefer", "p",
                    "\\bprefer(?:s|red)? ([^,;]{1,40}?) (?:to|over)\\b"),
            t(Relation.OUTPERFORMS, 0.7, Kind.PLAIN, "improvement",
                    "\\bimprovements? than\\b"),
            t(Relation.OUTPERFORMS, 0.75, Kind.PLAIN, "improv", "i",
                    "\\bimprov(?:e|es|ed|ing)\\b(?! (?:over|upon|on)\\b)[^,;:()]{1,100}? (?:over|upon"
                            + "|(?<=(?:performance|accuracy|results)) against)\\b(?! (?:time|\\d))")
                            .also(" over", " upon", " against"),
            t(Relation.OUTPERFORMS, 0.8, Kind.PLAIN, "better|superior|stronger|faster|tighter|more ", "bsftcqm",
                    "\\b(?:(?:better|superior|stronger|faster|tighter|sharper|cheaper|quicker|safer|clearer)"
                    + "(?:-[a-z]+)?"
                    + "|more (?!than\\b|(?:harmful|expensive|costly|complex|complicated|vulnerable|prone|sensitive"
                    + "|difficult|brittle|fragile|biased|unstable|challenging|demanding)\\b)[a-z][\\w-]*)"
                    + "\\b(?:,? [\\w/@$.-]+){0,10}? than\\b"
                    + "|\\bsuperior(?! (?:resistance|robustness|generalization|generalizability|adaptability"
                    + "|transferability|sensitivity|invariance|applicability"
                    + "|scalability) to\\b)(?: [\\w-]+){0,3}? to\\b").also(" than", "superior"),
            t(Relation.OUTPERFORMS, 0.75, Kind.HIGHER, "higher|larger|greater", "hlg",
                    "\\b(?:higher|larger|greater)(?: [\\w/-]+){0,8}? than\\b"),
            t(Relation.UNDERPERFORMS, 0.7, Kind.LOWER, "lower|smaller|fewer|less ", "lsf",
                    "\\b(?:lower|smaller|fewer|less(?! than\\b))(?: [\\w-]+){0,6}? than\\b"),
            t(Relation.UNDERPERFORMS, 0.85, Kind.PLAIN, "underperform|under-perform",
                    "\\bunder-?perform(?:s|ed|ing)?\\b"),
            t(Relation.UNDERPERFORMS, 0.85, Kind.PLAIN, "behind",
                    "\\b(?:fall|falls|fell|falling|lag|lags|lagged|lagging|trail|trails|trailing|remains?|stays?)"
                    + " (?:far |significantly |well |slightly |considerably |substantially )?behind\\b"),
            t(Relation.UNDERPERFORMS, 0.8, Kind.PLAIN, "worse|weaker|slower|inferior|less ", "wsil",
                    "\\b(?:worse|weaker|slower|inferior|less (?:accurate|robust|efficient|effective|capable))\\b"
                    + "(?: [\\w-]+){0,3}? (?:than|(?<!\\bdue|\\bowing|\\bleading|\\bleads|\\bup|\\bclose) to)\\b"),
            t(Relation.COMPARABLE, 0.8, Kind.PLAIN, "comparabl|competitive|on par|on a par|equivalent", "coe",
                    "\\b(?:comparable|comparably|competitive|on par|on a par|equivalent)(?: [\\w-]+){0,6}?"
                            + "(?: \\([^()]{1,40}\\))? (?:(?:(?<!\\bup )to|with|against|(?<=performance )as)\\b"
                            + "|w\\.r\\.t\\.(?= ))"),
            t(Relation.COMPARABLE, 0.75, Kind.PLAIN, "match|rival", "mr",
                    "\\b(?:match(?:es|ed)?|rival(?:s|ed|ing)?|(?<=, |while |thus |thereby |and )matching)\\b"),
            t(Relation.COMPARABLE, 0.7, Kind.PLAIN, "similar|close",
                    "\\b(?:similar|close) (?:[\\w-]+ )?(?:performance|results|accuracy|quality|scores?|gains?)"
                    + " (?:to|with|as)\\b"
                    + "|\\b(?:performance|results|accuracy|quality|scores?) (?:very |quite |remarkably )?close to\\b"),
            t(Relation.COMPARABLE, 0.7, Kind.PLAIN, "as good|as accurate|as effective|as strong|as competitive",
                    "\\bas (?:good|accurate|effective|strong|competitive) as\\b"),
            t(Relation.COMPARABLE, 0.7, Kind.PLAIN, "as well as",
                    "\\b(?:perform(?:s|ed|ing)?|work(?:s|ed|ing)?|do(?:es)?|did)(?: [\\w-]+)? as well as\\b"),
            t(Relation.COMPARABLE, 0.7, Kind.PLAIN, "compet",
                    "\\bcompet(?:es?|ing) (?:favou?rably )?(?:with|against|compared (?:to|with))\\b"),
            t(Relation.OUTPERFORMS, 0.75, Kind.PLAIN, "favorabl|favourabl",
                    "\\b(?:compar(?:es?|ed|ing)|perform(?:s|ed|ing)?|far(?:es?|ed|ing)) favou?rably (?:with|to|against"
                            + "|compared (?:to|with))\\b"),
            t(Relation.COMPARABLE, 0.8, Kind.PLAIN, "perform",
                    "\\bperform(?:s|ed|ing)? (?:similarly|comparably|competitively|on par) (?:to|with|against)\\b")
                            .also("similarly", "comparably", "competitively", "on par"),
            t(Relation.OUTPERFORMS, 0.6, Kind.COMPARED, "compared|comparison|relative to|against|with respect to",
                    "cirwb",
                    "\\b(?:compared (?:to|with)|in comparison (?:to|with)|relative to|with respect to"
                            + "|(?:benchmark(?:ed|ing)?|compared|comparisons?) against)\\b"));

    /** A trigger: its relation, confidence and kind, the words one of which the sentence must contain, a regex. */
    private static Trigger t(Relation r, double c, Kind k, String anchors, String regex) {
        return new Trigger(Pattern.compile("(?i)" + regex), r, c, k, List.of(anchors.split("\\|")), List.of());
    }

    /**
     * A trigger whose every match starts with one of {@code letters} (lower-case ASCII, either case in the text): a
     * look-ahead on them lets the matcher skip other positions quickly.
     */
    private static Trigger t(Relation r, double c, Kind k, String anchors, String letters, String regex) {
        return t(r, c, k, anchors, "(?=[" + letters + letters.toUpperCase(Locale.ROOT) + "])(?:" + regex + ")");
    }

    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?:\\bnot|n't|\\bnever|\\bcannot|\\bfail(?:s|ed)? to|\\bunable to|\\bno longer|\\bneither|\\bnor"
                    + "|\\bhardly|\\brarely)(?:\\s+[\\w-]+){0,2}\\s*$");
    private static final Pattern NONE_OF = Pattern.compile("(?i)\\bnone(?:\\s+[\\w-]+){0,3}\\s*$");
    private static final Pattern NOT_ONLY = Pattern.compile("(?i)\\bnot only(?:\\s+[\\w-]+){0,2}\\s*$");
    private static final Pattern NO_WORSE = Pattern.compile("(?i)\\bno\\s*$");
    private static final Pattern NOT_SIGNIFICANT = Pattern.compile(
            "(?i)\\bnot (?:significantly|statistically|substantially|much|meaningfully)\\s*$");
    private static final Pattern ERRORISH = Pattern.compile(
            "(?i)\\b(?:error|errors|false|loss|latency|cost|costs|perplexity|variance|bias|memory|complexity|time|fid"
                    + "|wer|cer"
                    + "|regret|overhead|distortion|mse|rmse|mae|samples|parameters|steps|iterations|flops|queries"
                    + "|evaluations|computations|computation|compute|computing|energy|forgetting|overfitting"
                    + "|degradation"
                    + "|influenced|affected|sensitive|susceptible|vulnerable|prone)\\b");
    private static final Pattern FEWER = Pattern.compile("(?i)(?:fewer|smaller)\\b");
    private static final Pattern QUALITY = Pattern.compile(
            "(?i)\\b(?:accuracy|performance|scores?|gains?|improvements?|margins?|rewards?|success|quality)\\b");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)\\b(?:better|best|high(?!-)|benefits?|superior\\w*|effective\\w*|higher|improv\\w*|gains?"
                    + "|outperform\\w*"
                    + "|remarkabl[ey]|outstanding"
                    + "|favou?rabl[ey]|speeds? up|speeding up"
                    + "|accelerat\\w*|faster|boost\\w*"
                    + "|increas\\w*|enhanc(?:es|ed|ing)\\b|advantage\\w*|speed-?ups?|surpass\\w*|fewer|reduc\\w*"
                    + "|lower (?:error|loss"
                    + "|latency|cost)"
                    + "|lower (?:[\\w-]+ )?(?:errors?|loss|latency|costs?|coherence|variance)"
                    + "|stronger|more (?:accurate|robust|efficient|effective)|sav(?:es|ing)\\b"
                    + "|smaller (?:amount|number|size|footprint)|(?<!-)less (?:data|memory|time|compute)\\b)");
    /** Gains stated as a property ("more consistent", "greater robustness"): they need a subject the clause names. */
    private static final Pattern WEAK_POSITIVE = Pattern.compile(
            "(?i)\\b(?:strong|greater|broader|wider|tighter|excel\\w*|state[- ]of[- ]the[- ]art|accurate|robust"
                    + "|promising|performs? (?:very |extremely |remarkably )?well|more (?!(?:harmful|expensive|costly"
                    + "|complex|complicated|vulnerable|prone|sensitive|difficult|brittle|fragile|biased|unstable|noisy"
                    + "|challenging|demanding|restrictive|limited)\\b)(?:robust|stable|compact|flexible|precise"
                    + "|reliable|diverse|faithful|realistic|[a-z]+(?:ate|ent|ant|ete|ive|ful|ous|ic|ble|ise|ize)))\\b");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)\\b(?:worse|inferior|degrad\\w*|drops?(?!-in)|decreas\\w*|weaker|slower|lags?|falls? behind"
                    + "|lower accuracy|lacking|(?:significant|large|substantial|considerable|clear|notable) gaps?"
                    + "|increas\\w* (?:the )?(?:[\\w-]+ ){0,2}?(?:error|errors|loss|latency|cost|variance|bias)"
                    + "|reduc\\w* (?:the )?(?:[\\w-]+ ){0,2}?(?:accuracy|performance))\\b");
    private static final Pattern GERUND_START = Pattern.compile(
            "[a-z]+ing (?:the|a|an|its|their|our|new|several|multiple)\\b");
    /** What may stand between a subject and its verb: "X, which consistently outperforms", "GCNs performing worse". */
    private static final Pattern IMMEDIATE = Pattern.compile(
            "(?i)\\s*,?\\s*(?:(?:which|that|who)\\s+)?(?:(?:\\w+ly|can|could|also|still|further|even"
                    + "|consistently|clearly|both|all|again|now|thus|then|indeed|is|are|was|were|has|have|does"
                    + "|do|performs?|performed|performing|works?|worked|working|doing)\\s+)*");
    private static final Pattern EXAMPLES = Pattern.compile(
            "(?i)\\s*,?\\s*\\(?(?:like|such as|e\\.g\\.,?|\\((?:e\\.g\\.|i\\.e\\.),?|namely)\\s*");
    /** A word that only modifies a noun, by its form: "hand-crafted", "INR-based", "classical", "elastic/flexible". */
    private static final Pattern MODIFIER_FORM = Pattern.compile(
            "(?i)(?:[a-z]{3}(?:ed|al|ic|ive|ous|ary|able|ible|ar)|-[a-z]+(?<!ing)|/[a-z]+)$");
    /** An adverb ending in "-ly": "previously considered" is a clause, not a modifier of a rival. */
    private static final Pattern ADVERB = Pattern.compile("(?i)[a-z]{2,}ly\\b");
    /** A plural noun: "denoisers", "GNNs", "techniques". */
    private static final Pattern PLURAL_NOUN = Pattern.compile("[a-z]{2,}[^s]s|\\p{Lu}{2,}s");
    /** What may join two conjuncts of a list: a comma, "and"/"or", or both. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,?\\s*(?:(?:and|or)\\s+)?");
    private static final Pattern MODIFIER_END = Pattern.compile(
            "(?i)-(?:based|only|free|aware|driven|guided|specific)$");
    /** ", significantly outperforming X": a participle after a bare comma belongs to the clause's subject. */
    private static final Pattern PARTICIPLE_AFTER_COMMA = Pattern.compile("\\s*,\\s*(?:\\w+ly\\s+)*");
    private static final Pattern INGWORD = Pattern.compile("[A-Za-z]+ing\\b");
    /** "we assess whether X is more robust than Y": a question, not a finding. */
    private static final Pattern QUESTION = Pattern.compile("(?i)\\b(?:whether|if)\\b[^,;]*$");
    private static final Pattern MATCH_LIKE = Pattern.compile(
            "(?i)(?:match|rival|equivalent|equal|similar|close|slower|weaker|worse|less)");
    private static final Pattern TECHNIQUE_HEAD = Pattern.compile(
            "[a-z-]+ [a-z-]*(?:ing|tion|sion|ization|isation)$|^[a-z]{6,}ing$"
                    + "|^(?:fine-tuning|distillation|regularization|pruning"
                    + "|quantization|finetuning|augmentation)$");
    /** "compared to backtracking": a lone gerund names a technique only where its clause ends right after it. */
    private static final Pattern LONE_GERUND = Pattern.compile("[a-z]{6,}ing");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[,.;)]|(?:and|or|on|in|across|for)\\b|$)");
    private static final Pattern TRAILING_ADVERBS = Pattern.compile(
            "(?i)(?:\\s+(?:\\w+ly|also|still|even|can|could|may|might|will|would|often|further|all|both|again|is"
                    + "|are|was|were|be|been))+\\s*$");
    private static final Pattern SUBJECT_NP = Pattern.compile(
            "(?i)(?:the |our )?[\\w'\u2019-]+(?: [\\w'\u2019-]+){0,4}");
    /** "our proposed co-attentive networks", "the algorithm": the paper's own artifact. */
    private static final Pattern OWN_OR_THE_GENERIC = Pattern.compile(
            "(?i)our .*|the (?:algorithm|method|model|approach|framework|system|network|technique|architecture"
                    + "|estimator|pipeline|scheme|procedure|agent|policy|learner|classifier|detector)s?");
    private static final Set<String> NOT_NP = Lexicon.words("it", "they", "we", "this", "these", "those", "he", "she",
            "their", "its", "no", "latter", "former", "none", "his", "her",
            "one", "which", "who", "what", "results", "experiments", "evaluation", "evaluations", "analysis",
            "find", "show", "shows", "demonstrate", "demonstrates");
    /** "Yet, their performance still lags behind X": the subject is someone else's work. */
    private static final Pattern THEIR_SUBJECT = Pattern.compile("(?i)(?:^|[,;])\\s*their\\b[^,;]*$");
    private static final Pattern THAN_GAP = Pattern.compile("(?i)\\s*(?:(?:using|with|applying)\\s+)?");
    private static final Pattern ENUMERATION = Pattern.compile("(?i)\\s*(?:[ivx]+|\\d|[a-h])\\s*");
    private static final Pattern ASIDE = Pattern.compile("\\d|(?i:\\bet al\\b)");
    private static final Pattern ON_PAR = Pattern.compile(
            "(?i)\\b(?:competitive(?:ly)?|comparable|comparably|similar(?:ly)?|on par|on a par)\\b");
    private static final Pattern NOT_RIVAL = Pattern.compile(
            "(?i)(?:[b-z]\\b(?![-'])|(?:they|we|it|he|she|those|that|these|this|one|you)\\b|(?:their|its|our) own"
                    + "|real[- ]time|chance|random|expected|usual|ever|before|previously|necessary"
                    + "|needed|required|possible"
                    + "|average|normal|other|others|one|any|in|on|at|when|the (?:number|size|amount|rest|original"
                    + "|input|target|ground[- ]truth|true|theoretical|optimal|best possible))\\b");
    private static final Pattern REPORTING = Pattern.compile(
            "(?i)\\b(?:show|shows|showed|shown|demonstrate[sd]?|find|finds|found|indicate[sd]?|reveal[sd]?|observe[sd]?"
                    + "|confirm[sd]?|suggest[sd]?|verif(?:y|ies|ied)|prove[sdn]?|illustrate[sd]?|report[sd]?"
                    + "|discover(?:s|ed)?|note[sd]?|conclude[sd]?|notice[sd]?)"
                    + "(?:,\\s*[a-z]+,|\\s+[a-z]+ly(?=\\s+that\\b))?\\s+"
                    + "(?:that\\s+)?|;\\s*|\\b(?:because|since|whereas|although|though)\\s+");
    private static final Pattern REFERRING = Pattern.compile(
            "(?i)\\b(?:our (?:[\\w-]+ ){0,3}?(?:method|model|approach|framework|system|technique|algorithm|network"
                    + "|architecture|agent|policy|solution|pipeline|design|variant|estimator|learner|classifier"
                    + "|detector"
                    + "|optimizer|module|strategy|procedure|scheme|metric|tool)s?\\b|the proposed|the presented"
                    + "|the introduced|this (?:[\\w-]+ ){0,3}?(?:method|approach|model|framework|system"
                    + "|technique|algorithm|work|paper|architecture|strategy|pipeline)|the resulting|the adapted"
                    + "|the learned|the trained|the new|the fine-tuned|the developed|the designed|they|we"
                    + "|these (?:new|proposed|novel) [\\w-]+"
                    + "|it(?! (?:is|was|has been|can be|could be|would be|may be|might be) (?:\\w+ed|possible|clear"
                    + "|known"
                    + "|true|likely|unclear|important|necessary|difficult|hard|easy|natural|common|well)\\b))\\b");
    /** A reporting verb that takes its object directly, without "that": "Our model demonstrates X". */
    private static final Pattern REPORTING_VERB_END = Pattern.compile(
            "(?i)\\b(?:shows?|showed|demonstrates?|demonstrated|exhibits?|exhibited|achieves?|achieved|yields?|attains?"
                    + "|delivers?|obtains?|offers?|provides?)\\s+$");
    private static final Pattern BACKGROUND = Pattern.compile(
            "(?i)^there (?:have|has) been\\b|\\b(?:has|have)\\s+(?:\\w+ly\\s+)?(?:(?:also|even|already|long)\\s+)?"
                    + "(?!(?:been\\s+)?(?:shown|demonstrated|found|proven|proved|reported|observed|verified|confirmed"
                    + "|revealed|suggested|established|illustrated)\\s+that\\b|(?:been\\s+)?(?:conducted|performed"
                    + "|carried|done|evaluated|tested|validated|applied|used|compared|benchmarked"
                    + "|trained)\\b)(?:been\\s+)?[a-z]+(?:ed|en|wn)\\b");
    private static final Pattern OUR_BEFORE_VERB = Pattern.compile(
            "(?i)\\bour(?: [\\w-]+| \\([\\w-]+\\)){1,6}\\s+(?:(?:can|could|may|also|still|further|\\w+ly)\\s+)*$");
    /** "Our tiny perceptual SR (TPSR) models": the abbreviation the paper gives its own unnamed artifact. */
    private static final Pattern PAREN_ABBREVIATION = Pattern.compile("\\s*\\((\\p{Lu}[\\w-]*\\p{Lu}[\\w-]*)\\)");
    private static final Pattern LATER_COMPARED = Pattern.compile(
            "(?i)\\b(?:compared (?:to|with)|in comparison (?:to|with)|relative to|in contrast to|than"
                    + "|with (?:respect|regard) to)\\s+");
    private static final Pattern VERB_START = Pattern.compile(
            "(?i)(?:provides?|achieves?|leads?|yields?|shows?|enables?|offers?|improves?|reduces?|requires?|produces?"
                    + "|generates?|demonstrates?|establishes?|sets?|maintains?|remains?|is|are|has|have|can|does|also"
                    + "|validates?|allows?|runs?|scales?|generalizes?|performs?|obtains?|attains?|delivers?)\\b");
    private static final Pattern PLURAL_OWN = Pattern.compile(
            "(?i)(?:(?:we (?:\\w+ )?(?:that )?)?(?:these|both|the two|our two)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:methods|models|metrics|measures|approaches|algorithms|techniques|frameworks|variants"
                    + "|estimators|architectures|losses|objectives|schemes)\\b)");
    private static final Pattern OWN = Pattern.compile("(?i)(?:our|we|us)\\b");
    private static final Pattern CONCESSIVE = Pattern.compile("(?i)^(?:while|although|though|whereas|even though)\\b");
    private static final Pattern RESULTS_SUBJECT = Pattern.compile(
            "(?i)(?:these|the|our) (?:results|findings|experiments|numbers|gains|improvements)\\b");
    /**
     * "we find that these hybrids outperform", "Such a result outperforms", "such a seemingly simple baseline": a
     * phrase that points back to what the paper built or found stands for the referent, not for a rival of its own.
     */
    private static final Pattern DEMONSTRATIVE_SUBJECT = Pattern.compile("(?i)(?:these|such)\\s+\\S");
    private static final Pattern GENERIC_SUBJECT = Pattern.compile(
            "(?i)^(?:the )?(?:existing|previous|prior|current|conventional|traditional|standard|vanilla|baseline"
                    + "|most|many|some|other|popular|classical|state-of-the-art(?! (?:performance|results|accuracy))"
                    + "|these|such)\\b");
    /** A sentence that opens on others' work: "Prior methods ...", "However, existing approaches ...". */
    private static final Pattern RELATED_OPENING = Pattern.compile(
            "(?i)(?:(?:however|but|yet|although|while|recently|notably),?\\s+)?(?:prior|previous|existing|recent"
                    + "|earlier|many|most|some|current|traditional|conventional)\\s+(?:work|works|studies|research"
                    + "|methods|approaches|literature|efforts|attempts|techniques)\\b");
    /** Others' findings cited inside a sentence: "has been shown", ", recent works suggest". */
    private static final Pattern RELATED_CITED = Pattern.compile(
            "(?i)\\b(?:has|have|had) been shown\\b|, (?:recent|prior|previous|earlier|existing) (?:works?|studies"
                    + "|research)(?: in [\\w-]+(?: [\\w-]+){0,3})? (?:suggest|show|find|report|demonstrate|argue"
                    + "|indicate)s?\\b");
    /** Literal text one of which every match of {@link #RELATED_CITED} contains, for a cheap check first. */
    private static final List<String> RELATED_CITED_ANCHORS = List.of("been shown", ", recent", ", prior",
            ", previous", ", earlier", ", existing");
    /** Words that report the paper's own results: "experiments show", "evaluations ...", "the resulting model". */
    private static final Pattern OWN_RESULTS = Pattern.compile(
            "(?i)(?=[ertERT])\\b(?:experiment\\w*|evaluations?|results? (?:show|demonstrate|indicate|suggest"
                    + "|confirm)\\w*"
                    + "|the resulting|the proposed|this article)\\b");
    private static final Pattern WE = Pattern.compile("(?i)(?=[wotWOT])\\b(?:we|our|this (?:paper|work|study))\\b");
    private static final Pattern MARGIN = Pattern.compile(
            "(?:(?:up to|over|more than|less than|about|around|approximately|roughly|nearly|almost|at least"
                    + "|an average of|on average|average of)\\s+)?[~\u2248+]?\\d+(?:\\.\\d+)?(?:\\s*(?:-|\u2013"
                    + "|~|to)\\s*"
                    + "[~]?\\d+(?:\\.\\d+)?)?(?:\\s*\\\\?%|\\s*(?:x|\u00d7|times|fold|-fold|dB|points?|pp"
                    + "|percentage points?"
                    + "|absolute points?|BLEU|ROUGE|F1|mAP|AP|mIoU|FID|PSNR)\\b)");
    private static final Pattern BY_MARGIN = Pattern.compile("\\bby\\s+(" + MARGIN.pattern() + ")");
    private static final Pattern MARGIN_NOUN = Pattern.compile(
            "(" + MARGIN.pattern() + ")\\s+(?:relative |absolute |average )?(?:improvements?|gains?|increases?|boosts?"
                    + "|higher|better|lower|reductions?|speedups?|speed-ups?|faster|more|margins?|points?)\\b"
                    + "|(?i:improvements?|gains?|increases?|boosts?|reductions?|speedups?|margins?) of (?:up to |over "
                    + "|about |around )?(" + MARGIN.pattern() + ")");
    private static final Set<String> OBJECT_STOP = Lexicon.words("by", "on", "in", "across", "at", "for", "when",
            "while", "whereas", "with", "without", "using", "under", "over", "through", "thanks", "due", "despite",
            "although", "though", "which", "that", "who", "where", "as", "and", "or", "but", "to", "from", "via",
            "including", "such", "especially", "particularly", "respectively", "of", "than", "even", "is", "are", "was",
            "were", "achieving", "achieves", "achieve", "reaching", "yielding", "resulting", "demonstrating", "showing",
            "establishing", "setting", "making", "providing", "obtaining", "regardless", "among", "after", "before",
            "during", "within", "into", "upon", "per", "whilst", "if", "whether", "since", "because", "so", "thus",
            "hence", "thereby", "i.e", "e.g", "both", "only", "significantly", "substantially", "consistently",
            "considerably", "largely", "greatly", "notably", "slightly", "clearly", "still", "also", "overall", "again",
            "here", "there", "now", "then", "not", "can", "could", "may", "might", "will", "would", "should", "has",
            "have", "had", "do", "does", "did", "being", "been", "be", "requires", "require", "uses", "use", "while",
            "like", "whose", "what", "how", "once", "until", "against", "along", "beyond", "toward", "towards",
            "besides", "except", "based", "suggesting", "indicating", "highlighting", "showcasing", "revealing",
            "confirming", "\u00e1", "\u00e0", "la", "relying", "requiring", "utilizing", "utilising", "leveraging",
            "employing", "exploiting", "operating", "assuming", "adopting", "depending");
    private static final Set<String> PRONOUNS = Lexicon.words("them", "it", "this", "these", "those", "others", "that",
            "him", "her", "us", "one", "ones", "itself", "themselves", "theirs", "ours", "time", "iterations", "epochs",
            "training", "both", "the", "all", "each", "a", "an", "its", "their", "each other", "one another",
            "the former", "the latter", "former", "latter");
    private static final Set<String> GENERIC_HEADS = Lexicon.words("choices", "options", "versions", "version",
            "configurations", "implementations", "expert", "ones", "baseline", "baselines", "method", "methods",
            "model", "models", "approach", "approaches", "system", "systems", "algorithm", "algorithms", "ones",
            "counterparts", "technique", "techniques", "competitors", "alternatives", "variants", "network", "networks",
            "architectures", "humans", "human", "experts", "annotators", "rewards", "solutions", "frameworks",
            "policies", "agents", "works", "work", "art", "sota", "strategies", "designs", "pipelines", "llms",
            "models", "learners", "classifiers", "detectors", "retrievers", "encoders", "decoders", "optimizers",
            "performance", "results", "methodologies", "paradigms", "schemes", "heuristics", "tools", "engines",
            "counterpart", "peers", "players", "practitioners", "doctors", "radiologists", "clinicians", "people",
            "crowdworkers", "editors", "artists", "professionals", "designers", "programmers", "physicians",
            "pathologists", "dermatologists", "specialists", "result", "baseline", "method", "model", "approach",
            "algorithm", "technique", "system", "framework",
            "network", "policy", "agent", "solution", "strategy", "architecture", "variant", "learner", "classifier",
            "detector", "teacher", "student", "pipeline", "design", "estimator", "predictor", "ensemble", "regressor",
            "tracker", "trackers", "backbone", "backbones", "procedure", "procedures", "solver", "solvers", "compiler",
            "compilers", "parser", "parsers", "planner", "planners", "controller", "controllers", "sampler", "samplers",
            "estimators", "predictors", "regressors", "ensembles", "mechanism", "mechanisms", "protocol", "protocols",
            "formulation", "formulations", "operator", "operators", "module", "modules", "libraries", "library",
            "toolkits", "toolkit", "submissions", "participants", "teams", "entries", "defenses", "defences", "attacks",
            "objectives", "losses", "measures", "metrics", "embeddings", "descriptors", "kernels", "layers",
            "generators", "discriminators", "optimizer", "recognizers", "taggers", "translators", "rules", "programs",
            "encoder", "decoder", "retriever", "transformers", "transformer", "simulators", "simulator",
            "implementation", "kernel", "runner-up", "runners-up");
    private static final Pattern RIVAL_WORDS = Pattern.compile(
            "state-of-the-art|state of the art|\\bsota\\b|baseline|\\bprior\\b|\\bprevious\\b|existing|\\bhumans?\\b"
                    + "|\\bdefault\\b"
                    + "|competitor|alternative|counterpart|traditional|conventional|standard|vanilla|classical"
                    + "|competing|original|\\bother\\b|cutting-edge|best-performing|top-performing|\\bleading\\b"
                    + "|mainstream|\\bpopular\\b");
    private static final Set<String> METRIC_WORDS = Lexicon.words("accuracy", "performance", "results", "quality",
            "score", "scores", "efficiency", "robustness", "speed", "precision", "recall", "error", "errors",
            "trade-offs", "tradeoffs", "trade-off", "tradeoff", "f1", "bleu", "auc", "rouge", "latency", "throughput");
    private static final Pattern NAMED_AFTER_GENERIC = Pattern.compile(
            "^(?i:(?:the |a |an )?(?:[\\w-]+ )?(?:baselines?|methods?|models?|approach(?:es)?"
                    + "|algorithms?)) (\\p{Lu}\\S*)$");
    private static final Pattern QUANTITY_START = Pattern.compile(
            "(?:(?:much|far|significantly|substantially|slightly)\\s+)?(?:lower|higher|fewer|less|smaller|larger)\\b"
                    + "|(?:a )?(?:few|couple|handful|dozens?|hundreds?|thousands?|millions?)\\b"
                    + "|[~\u2248]?\\d");
    private static final Pattern MEASURE_OF = Pattern.compile(
            "(?i)\\b(?:(?:performance|results|accuracy|quality|scores?) of|(?:that|those) (?:of|obtained"
                    + "|achieved|produced|reported|learned|generated)(?: (?:with|by|using))?)\\s*$");
    private static final Set<String> RIVAL_FIRST = Lexicon.words("other", "existing", "prior", "previous",
            "state-of-the-art", "competing", "conventional", "traditional", "standard", "known", "best-known");
    /** "the accuracy of existing models drops ...": the measure before the thing measured is not the subject. */
    private static final Pattern MEASURE_SUBJECT = Pattern.compile(
            "(?i)^the (?:[\\w-]+ ){0,2}?(?:performance|results|accuracy|quality|scores?|errors?|loss) of ");
    /** Lower-case words that name a rival on their own ("outperforms state-of-the-art and approximates ..."). */
    private static final Set<String> RIVAL_ALONE = Lexicon.words("state-of-the-art", "sota", "runner-up");
    /**
     * Leading words that do not change which rival an object names: "three tile-based streaming techniques" and "the
     * tile-based streaming techniques" in a later sentence are one rival.
     */
    private static final Pattern DETERMINERS = Pattern.compile(
            "(?i)^(?:(?:the|a|an|all|both|several|various|many|some|\\d+|two|three|four|five|six|seven|eight|nine"
                    + "|ten)\\s+)+");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)\\s*(?:them|it)\\b");
    /** "On TI2V-Bench, MotiF outperforms", "paired with CA-1M, CuTR outperforms": a name after these is a setting. */
    private static final Set<String> SETTING_PREPOSITIONS = Lexicon.words("on", "in", "across", "with", "using", "from",
            "over", "than", "to", "against", "via", "into", "at");
    private static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.words("built", "run", "taken", "made", "given",
            "done", "written", "known", "drawn", "grown", "held", "set", "fit", "shown", "seen");
    /** "a few hundred entries", "thousands of users": a count, whatever its noun. */
    private static final Pattern COUNT_START = Pattern.compile(
            "(?:a )?(?:few |couple of )?(?:hundreds?|thousands?|millions?|dozens?)\\b");
    /** Plural rivals that stand alone as a later list item: "existing methods as well as baselines built on ...". */
    private static final Set<String> LONE_RIVALS = Lexicon.words("baselines", "competitors", "alternatives", "humans",
            "experts");
    private static final Pattern OPENER = Pattern.compile(
            "(?i)^(?:in particular|moreover|furthermore|additionally|however|notably|finally|specifically|overall"
                    + "|surprisingly|interestingly|importantly),\\s*");
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile(
            "(?i)((?:the )?[a-z][\\w-]*(?: [a-z][\\w-]*){0,4}?)( (?:trained|fine-tuned|pretrained|learned|built)"
                    + " (?:on|with|for|using|via|by|from|in) [^,;]{1,80}?)?(?: (?:are|is|were|was|performs?|performed"
                    + "|can|could|have|has|yields?|achieves?"
                    + "|remains?|generalizes?|converges?)\\b|$)");
    /** "Cross-Temporal Spectrogram Autoencoder (CTSAE)" as one proposed surface: the subject is the short form. */
    private static final Pattern SURFACE_WITH_ABBREVIATION = Pattern.compile(".+ \\(([^()\\s]+)\\)");
    /** "18.2% improvement ... over our baseline": the paper's own baseline is a rival, unlike "our method". */
    private static final Pattern OWN_BASELINE = Pattern.compile("(?i)our (?:[\\w-]+ )?baselines?");
    /** "the previously best known bound", "the best-known rate": a prior result, not a dataset-like quantity. */
    private static final Pattern PRIOR_BOUND_START = Pattern.compile(
            "(?i)(?:the )?(?:previously |prior |existing |current )?(?:best[- ]known|best|previous|prior|existing)\\b");
    /** "finding that it performs comparably to": "it" right before the comparison. */
    private static final Pattern IT_BEFORE_VERB = Pattern.compile(
            "(?i)\\bit\\s+(?:(?:\\w+ly|can|could|also|still|further|even|consistently|clearly|again|is|was|does"
                    + "|performs|works)\\s+)*$");
    /** Head nouns too vague to name a rival without the modifier that follows them ("methods that use ..."). */
    private static final Set<String> VAGUE_HEADS = Lexicon.words("one", "ones", "method", "methods", "model",
            "models", "approach", "approaches", "technique", "techniques", "algorithm", "algorithms", "system",
            "systems", "network", "networks", "architecture", "architectures", "objective", "objectives", "strategy",
            "strategies", "framework", "frameworks", "solution", "solutions", "variant", "variants", "policies",
            "estimators", "procedures", "schemes");
    private static final Pattern DETERMINERS_ONLY = Pattern.compile("(?i)^(?:(?:the|a|an|these|such)\\s+)+");
    private static final Set<String> RELATIVE_PRONOUNS = Lexicon.words("that", "which", "who");
    private static final Set<String> MODIFIER_PREPOSITIONS = Lexicon.words("using", "with", "without", "utilizing",
            "leveraging", "employing", "requiring", "considering");
    private static final Set<String> COMPARATIVE_QUANTITY = Lexicon.words("more", "less", "fewer", "most", "least");
    private static final Set<String> SINGULAR_VERBS = Lexicon.words("is", "was", "has", "does");
    private static final Set<String> CLAUSE_BREAKS = Lexicon.words("and", "or", "but", "while", "whereas", "yet");
    /** "It is worth noting that", "It was found that": an "It" that stands for nothing named. */
    private static final Pattern IMPERSONAL_IT = Pattern.compile(
            "It (?:is|was|has been|can be|could be|would be|may be|might be|turns out|seems|appears|remains)\\b");
    /** "-based models", "-enhanced networks": a proposed name glued to these builds the thing the clause is about. */
    private static final Pattern BASED_SUFFIX = Pattern.compile(
            "-(?:based|enhanced|augmented|equipped|powered|driven) (?:[\\w-]+ )?(?:models|methods|networks"
                    + "|architectures|variants|approaches|agents|policies|systems|frameworks|transformers|GNNs)\\b");
    /** An own phrase ending on a coined word, maybe quoted, maybe before the noun for its kind: "our X algorithm". */
    private static final Pattern OWN_NAMED = Pattern.compile(
            "(?i)\\b(?:our|the proposed|the presented|the introduced)(?: (?!(?:for|of|with|on|in|to|by|from|using|via"
                    + "|and|or|based)\\b)[^\\s,;()]+){0,4}? (\\S+?)(?: (?:method|algorithm|model|approach|framework"
                    + "|network|architecture|system|technique|estimator|loss|scheme|agent|policy)s?)?[\"\u201d]?$");
    private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d]");
    /** A relative pronoun opening a clause about the noun before it: "X, which", "X which", "X, that", "X who". */
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("(?:,\\s*|\\s)(?:which|who)\\s|,\\s*that\\s");
    /** What may stand between a name and its relative pronoun: closing marks and quotes. */
    private static final Pattern RELATIVE_GAP = Pattern.compile("[\\s,})\"'\u2019\u201d$]*");
    /** A comma that opens a new clause with a subject of its own, ending the relative clause before it. */
    private static final Pattern NEW_CLAUSE = Pattern.compile(
            ",\\s+(?:(?:the|our|we|it|they|this|these|its|their)\\b|\\p{Lu})|;");
    /** Only adverbs or nothing after the comma that closes a relative clause. */
    private static final Pattern TRAILING_ADVERBS_ONLY = Pattern.compile(
            "(?i)\\s*(?:(?:\\w+ly|also|still|further|even|can|could|both|all|again|consistently)\\s+)*");
    /** "called the Bayesian triplet loss": a name given right before the relative clause. */
    private static final Pattern CALLED_NAME = Pattern.compile(
            "\\b(?:called|named|dubbed|termed)\\s+(?:the\\s+)?([\\w$\\\\-]+(?: [\\w-]+){0,5}?)[\\s,\"'\u201d]*$");
    /** A short plain noun phrase of one to four words before a closed relative clause. */
    private static final Pattern RELATIVE_NP = Pattern.compile("(?i)(?:an? |the )?[\\w-]+(?: [\\w-]+){0,3}");
    private static final Pattern ARTICLE_START = Pattern.compile("(?i)^(?:an?|the)\\s+");
    /** A coined name opening a clause, then its verb or the trigger: "$FreeTickets$ surpasses", "SSD achieves". */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "\\$?((?:\\p{Lu}[\\w\u2019'-]*|[a-z]+\\p{Lu}[\\w-]*)(?: \\p{Lu}[\\w\u2019'-]*){0,3})\\$?"
                    + "(?=\\s*,?\\s*(?:(?:\\w+ly|also|still|further|even)\\s+)*(?:$|(?:achiev|obtain|yield|reach|show"
                    + "|demonstrat|attain|perform|improv|provid|deliver|scor|rank|lead|led|generat|produc"
                    + "|exhibit)\\w*\\b|(?:is|are|was|were|has|have|can|could)\\b))");
    private static final Pattern LEADING_ADVERB = Pattern.compile(
            "(?i)(?:\\w+ly|in particular|moreover|furthermore|additionally|however|notably|finally|specifically"
                    + "|overall|in addition|as a result|consequently|thus|hence),\\s*");
    /** Capitalised words that open a clause without naming anything: "The Proposed Method", "Experimental Results". */
    private static final Set<String> NOT_NAME_START = Lexicon.words("the", "our", "this", "these", "those", "we", "it",
            "its", "their", "they", "experimental", "experiments", "extensive", "results", "empirical", "numerical",
            "a", "an", "both", "all", "such", "each", "in", "on", "for", "with", "compared", "state-of-the-art");
    /**
     * "performs better than (or on par with) existing models": an aside opening with "or" right after the trigger is
     * skipped to reach the rival; one that hedges with a tie (group 1) makes a win {@code comparable}.
     */
    private static final Pattern HEDGE_ASIDE = Pattern.compile(
            "(?i)\\s*\\((?:or|and/or) (?:even |at least |sometimes )?(?:(on par|comparable|similar|equal|equivalent"
                    + "|competitive|as good|match\\w*)[^()]{0,30}|[^()]{1,30})\\)");
    /** A modifier right before a name: "replay-based CL", "traditional CL", not "the CL" or "that CL". */
    private static final Pattern PRE_MODIFIER = Pattern.compile(
            "(?:\\b[a-z]+-[a-z][\\w-]*|\\b(?:traditional|conventional|standard|existing|classical|vanilla|prior"
                    + "|previous|popular|current|modern|recent))\\s+$");
    /** Up to three lower-case words right after a name, the first possibly glued by a hyphen ("-based approaches"). */
    private static final Pattern FOLLOWING_WORDS = Pattern.compile("(-[a-z]+)?(?: [a-z][\\w-]*){1,3}");
    private static final Set<String> LIST_WORDS = Lexicon.words("and", "or", ",");
    /** Words that open a noun phrase of its own: a conjunct starting with one does not share another's head noun. */
    private static final Set<String> OWN_DETERMINER = Lexicon.words("the", "other", "existing", "prior", "previous",
            "its", "their");
    /**
     * "outperforms six state-of-the-art methods", "a number of competitive baselines": a count before a rival noun is
     * not part of the shortest faithful rival phrase.
     */
    private static final Pattern COUNTED_RIVALS = Pattern.compile(
            "(?i)(?:a (?:large |wide )?number of|several|many|various|numerous|multiple|different|two|three|four|five"
                    + "|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?=\\S)");
    /** Rival words that open a coordination and apply to each conjunct: "other point-cloud and graph-based models". */
    private static final Set<String> SHARED_RIVAL_WORDS = Lexicon.words("other", "existing", "prior", "previous",
            "recent", "relevant", "state-of-the-art", "sota", "competing", "conventional", "traditional", "standard",
            "classical", "current", "popular", "modern", "leading", "representative", "mainstream", "typical");
    /** A coined name followed only by the kind of thing it is: "SAC-BL algorithm", "the All4One methods". */
    private static final Pattern NAME_WITH_KIND = Pattern.compile(
            "(?:the )?(\\S+) (?:algorithms?|methods?|models?|approach(?:es)?|frameworks?|networks?|architectures?)");
    /**
     * "the VMamba baseline", "the conventional AODE classifier", "SoTA Qwen2 Audio", "standard DPO": a named rival
     * behind a word that only ranks or plainly qualifies it, or before a singular noun for its role or kind.
     */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?:(?:the|a|an) )?(?:(baseline|vanilla|standard|original|conventional|strong|sota|state-of-the-art"
                    + "|popular|classical|classic|traditional|previous|prior|competing|default|plain) )?(.+?)"
                    + "(?: (baseline|classifier|counterpart|variant|version|model|method|algorithm|approach|framework"
                    + "|network|architecture|solver|optimizer|system|detector|estimator|backbone|tracker))?",
            Pattern.CASE_INSENSITIVE);
    /** "empirical risk minimisation (ERM)": spelled-out words and the bracketed short form they are written with. */
    private static final Pattern WITH_SHORT_FORM = Pattern.compile("(\\S.*) \\(([^()\\s]{2,15})\\)");
    /** "- or median-based": a hyphen left hanging before a conjunction, and the hyphenated part it stands for. */
    private static final Pattern SUSPENDED_HYPHEN = Pattern.compile("- (?:and|or) [\\w.]+(-[a-z]+)\\b");
    /** ", including " after a rival: what follows lists members of it. */
    private static final Pattern INCLUDING = Pattern.compile(",?\\s+including\\s+");
    /** " (DPO)" right after a spelled-out rival. */
    private static final Pattern SHORT_FORM_AFTER = Pattern.compile(" \\(([^()\\s]{2,15})\\)");
    /** Qualifiers that a rival name sheds even with no noun for its kind after it: "standard DPO". */
    private static final Set<String> NAME_QUALIFIERS = Lexicon.words("baseline", "standard", "strong", "sota",
            "state-of-the-art", "original");
    /** "finite-width neural networks, generally, greatly outperform": an adverb set off by commas before the verb. */
    private static final Pattern INSERTED_ADVERB = Pattern.compile(
            "(?i)\\s*,\\s*(?:\\w+ly|in general|in particular|overall|however|moreover|surprisingly|notably)\\s*,"
                    + "(?=(?:\\s+\\w+ly)*\\s*$)");
    /** "showcase the remarkable performance of SCRN compared to": the name whose measure the clause compares. */
    private static final Pattern MEASURED_NAME = Pattern.compile(
            "(?i)\\b(?:performance|superiority|effectiveness|efficacy|advantages?|accuracy|results|benefits?) of"
                    + " (?:the )?$");
    private static final Set<String> ARTICLES = Lexicon.words("a", "an", "the");
    private static final Pattern CONJUNCTION = Pattern.compile("\\b(?:and|or)\\b");
    private static final Set<String> PRIOR_BOUNDS = Lexicon.words("bound", "bounds", "rate", "rates");
    private static final Set<String> THEORY_HEADS = Lexicon.words("assumption", "assumptions", "condition",
            "conditions", "requirement", "requirements", "constraint", "constraints", "guarantee", "guarantees",
            "space", "spaces", "dimension", "dimensions", "size", "sizes", "threshold", "distribution",
            "distributions", "value", "values");
    private static final Set<String> RESULT_WORDS = Lexicon.words("results", "performance", "scores", "numbers");
    private static final Set<String> REPORTED = Lexicon.words("published", "reported", "previous", "prior", "existing",
            "baseline", "best");
    /** "the SOTA results", "state-of-the-art results": prior results a method is compared with, "results" kept. */
    private static final Set<String> STATE_OF_THE_ART = Lexicon.words("state-of-the-art", "sota", "art");
    private static final Set<String> QUANTIFIERS = Lexicon.words("series", "number", "variety", "range", "set",
            "suite", "host", "collection", "couple", "family", "handful");
    private static final Set<String> DATA_HEADS = Lexicon.words("dataset", "datasets", "benchmark", "benchmarks",
            "corpus", "corpora", "data", "tasks", "task", "domains", "settings", "languages", "regret", "bound",
            "bounds", "rate", "rates", "complexity", "time");
    private static final Set<String> PARTICIPLE_NEXT = Lexicon.words("by", "on", "with", "from", "in", "for", "using",
            "via", "under", "at");
    private static final Pattern LEADING_COMPARED = Pattern.compile("(?i)\\s*(?:(?:compared|relative) (?:to"
            + "|with)|in contrast to|in comparison (?:to|with)|(?:with )?(?:respect|regard) to)\\b");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern OPENING_COMPARED = Pattern.compile(
            "(?i)(?:^|\\bthat |\\bshows? |, )(?:(?:in particular|notably|moreover|furthermore|overall),?\\s+)?"
                    + "(?:compared (?:to|with|against)|in comparison (?:to|with)|relative to|when compared (?:to|with))"
                    + "\\s+");
    private static final Pattern LEADING_OPENER = Pattern.compile(
            "(?i)|when|as|in particular,?|notably,?|moreover,?");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "(?i)^\\s*(?:(?:even|both|either|all of|all(?: the)?|(?:its|their)(?! own\\b)|not only|that of"
                    + "|those of|using"
                    + "|(?:that|those) (?:obtained|achieved|produced|reported|learned|generated) (?:with|by|using)"
                    + "|the (?:[\\w-]+ ){0,2}?(?:performance|results|accuracy|quality|scores?|advantages?"
                    + "|capabilit(?:y|ies)|efficiency|robustness|speed|scalability|fidelity|precision"
                    + "|abilit(?:y|ies)|power|effectiveness) of)\\s+)+");
    private static final Set<String> PREPOSITIONS = Lexicon.words("on", "in", "with", "using", "to", "for", "from",
            "by", "of", "over", "across", "than", "via", "into", "at", "against", "applying", "apply");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITIES, Layers.TERMS, Layers.REFERENT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CLAIMS);
    }

    /** A trigger occurrence in one sentence; {@code ofSubject} is the "superiority of X" phrase, when it has one. */
    private record Hit(int start, int end, Relation relation, double confidence, Kind kind,
            Optional<String> ofSubject) {
    }

    /** A phrase with its offsets in the sentence. */
    private record Phrase(String text, int start, int end) {
    }

    @Override
    public void annotate(Document document) {
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<List<Token>> tokens = document.get(Layers.TOKENS);
        List<Mention> entities = document.get(Layers.ENTITIES);
        List<Mention> terms = document.get(Layers.TERMS);
        Referent referent = document.get(Layers.REFERENT);
        Map<String, Claim> claims = new LinkedHashMap<>();
        List<List<Mention>> entsBySentence = bySentence(entities, sentences.size());
        List<List<Mention>> termsBySentence = bySentence(terms, sentences.size());
        String previous = "";
        boolean opening = true;
        int firstOwn = 0;
        while (firstOwn < sentences.size() && (sentences.get(firstOwn).isTitle()
                || openingBackground(sentences.get(firstOwn).text(), referent))) {
            firstOwn++;
        }
        for (Sentence s : sentences) {
            String prior = previous;
            previous = s.text();
            boolean first = opening && !s.isTitle() && s.index() + 1 < sentences.size();
            opening = opening && s.isTitle();
            if (s.isTitle() || s.text().strip().endsWith("?")
                    || relatedWork(s.text()) && !WE.matcher(s.text()).find()
                    || s.index() < firstOwn && (first || firstOwn < sentences.size())) {
                continue;
            }
            sentence(s, tokens.get(s.index()), entsBySentence.get(s.index()), termsBySentence.get(s.index()),
                    itReferent(s.text(), prior, referent), claims);
        }
        document.put(Layers.CLAIMS, List.copyOf(claims.values()));
    }

    /**
     * "Transformers have surpassed RNNs in popularity ...", "However, these models still underperform transformers
     * ...": a sentence that neither speaks of "we", "our", "this paper" or "the proposed", of experiments or results,
     * or of "the resulting" system, nor names what the paper proposes, states the background, not a finding of the
     * paper, when it opens an abstract that goes on or comes before the first sentence that does speak of them.
     */
    private static boolean openingBackground(String text, Referent referent) {
        if (WE.matcher(text).find() || OWN_RESULTS.matcher(text).find()) {
            return false;
        }
        for (String p : referent.surfaces()) {
            if (wordIndex(text, p) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence reports others' work: it opens on it, or cites a finding of it. */
    private static boolean relatedWork(String text) {
        return RELATED_OPENING.matcher(text).lookingAt()
                || cites(text.toLowerCase(Locale.ROOT)) && RELATED_CITED.matcher(text).find();
    }

    /**
     * "we propose a practical version ..., called NATA. It significantly outperforms ...": a sentence that opens with
     * "It" right after a sentence naming one of the paper's other proposals, and not its main one, is about that
     * proposal; otherwise the referent stays.
     */
    private static Referent itReferent(String text, String prior, Referent referent) {
        if (!text.startsWith("It ") || referent.group().size() < 2 || IMPERSONAL_IT.matcher(text).lookingAt()
                || wordIndex(prior, referent.name()) >= 0) {
            return referent;
        }
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (String name : referent.group()) {
            int at = wordIndex(prior, name);
            if (at >= 0 && at < firstAt) {
                firstAt = at;
                first = name;
            }
        }
        return first == null ? referent : new Referent(first, referent.surfaces(), referent.group());
    }

    private static List<List<Mention>> bySentence(List<Mention> mentions, int sentences) {
        List<List<Mention>> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            out.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            out.get(m.sentence()).add(m);
        }
        return out;
    }

    private void sentence(Sentence s, List<Token> toks, List<Mention> ents, List<Mention> terms, Referent referent,
            Map<String, Claim> claims) {
        String text = flatten(s.text());
        List<Hit> hits = hits(text);
        if (hits.isEmpty() || background(text.substring(0, hits.get(0).start()), text, referent)) {
            return;
        }
        List<String> datasets = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<String> metric = Optional.empty();
        for (Mention m : ents) {
            if (m.type() == EntityType.DATASET && seen.add(Keys.of(m.surface()))) {
                datasets.add(m.surface());
            }
        }
        int metricAt = Integer.MAX_VALUE;
        for (List<Mention> list : List.of(terms, ents)) {
            for (Mention m : list) {
                if (m.type() == EntityType.METRIC && m.start() < metricAt) {
                    metric = Optional.of(m.surface());
                    metricAt = m.start();
                }
            }
        }
        Optional<String> prevSubject = Optional.empty();
        int prevEnd = 0;
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.start() < prevEnd || hit.start() == 0 && hit.relation() == Relation.COMPARABLE
                    || inConcessiveClause(text, hit.start())) {
                continue;
            }
            int nextStart = h + 1 < hits.size() ? Math.max(hit.end(), hits.get(h + 1).start()) : text.length();
            Relation rel = hit.relation();
            double conf = hit.confidence();
            boolean needsSubject = false;
            String before = text.substring(Math.max(prevEnd, Math.max(0, hit.start() - 40)), hit.start());
            if (hit.kind() == Kind.HIGHER && ERRORISH.matcher(text.substring(hit.start(), hit.end())).find()) {
                rel = Relation.UNDERPERFORMS;
            } else if (hit.kind() == Kind.LOWER) {
                String measured = text.substring(hit.start(), Math.min(text.length(), hit.end() + 60));
                boolean fewer = FEWER.matcher(text.substring(hit.start(), hit.end())).lookingAt();
                rel = fewer ? (QUALITY.matcher(text.substring(hit.start(), hit.end())).find() ? Relation.UNDERPERFORMS
                        : Relation.OUTPERFORMS)
                        : ERRORISH.matcher(measured).find() ? Relation.OUTPERFORMS : Relation.UNDERPERFORMS;
            } else if (hit.kind() == Kind.COMPARED) {
                String clause = text.substring(prevEnd, nextStart);
                if (text.regionMatches(true, hit.start(), "with respect", 0, 12)) {
                    clause = text.substring(Math.max(prevEnd, Math.max(text.lastIndexOf(',', hit.start()),
                            text.lastIndexOf(';', hit.start())) + 1), hit.start());
                }
                boolean pos = POSITIVE.matcher(clause).find();
                boolean neg = NEGATIVE.matcher(clause).find();
                String segment = segment(text, hit, prevEnd, nextStart);
                boolean onPar = !neg && firstAt(ON_PAR, segment) < firstAt(POSITIVE, segment);
                if (!pos && !neg && !onPar && (WEAK_POSITIVE.matcher(segment).find()
                        || BY_MARGIN.matcher(segment).find() || MARGIN_NOUN.matcher(segment).find())) {
                    pos = true;
                    needsSubject = true;
                }
                if (onPar) {
                    rel = Relation.COMPARABLE;
                } else if (pos && neg) {
                    boolean nearPos = POSITIVE.matcher(segment).find();
                    if (nearPos == NEGATIVE.matcher(segment).find()) {
                        continue;
                    }
                    rel = nearPos ? Relation.OUTPERFORMS : Relation.UNDERPERFORMS;
                } else if (!pos && !neg) {
                    continue;
                } else {
                    rel = pos ? Relation.OUTPERFORMS : Relation.UNDERPERFORMS;
                }
            }
            if (NONE_OF.matcher(before).find() || QUESTION.matcher(text.substring(prevEnd, hit.start())).find()) {
                continue;
            }
            if (NOT_SIGNIFICANT.matcher(before).find()) {
                rel = Relation.COMPARABLE;
                conf = 0.5;
            } else if (NEGATION.matcher(before).find() && !NOT_ONLY.matcher(before).find()) {
                if (rel == Relation.COMPARABLE) {
                    continue;
                }
                rel = rel == Relation.OUTPERFORMS ? Relation.UNDERPERFORMS : Relation.COMPARABLE;
                conf = 0.5;
            } else if (NO_WORSE.matcher(before).find()) {
                rel = Relation.COMPARABLE;
                conf = 0.5;
            }
            boolean passive = hit.kind() == Kind.PLAIN
                    && text.substring(hit.end()).startsWith(" by ")
                    && PASSIVE_BEFORE.matcher(text.substring(Math.max(0, hit.start() - 30), hit.start())).find();
            boolean leadingCompared = hit.kind() == Kind.COMPARED
                    && (LEADING_OPENER.matcher(text.substring(0, hit.start()).strip()).matches()
                    || LEADING_OPENER.matcher(text.substring(clauseStart(text, hit.start(), prevEnd), hit.start())
                            .replaceAll("^[\\s,]+|[\\s,]+$", "")).matches());
            if (hit.kind() == Kind.COMPARED && rel == Relation.UNDERPERFORMS) {
                needsSubject = true;
            }
            int objFrom = passive ? hit.end() + 4 : hit.end();
            Matcher aside = HEDGE_ASIDE.matcher(text).region(objFrom, text.length());
            if (!passive && aside.lookingAt()) {
                objFrom = aside.end();
                if (aside.group(1) != null && rel == Relation.OUTPERFORMS) {
                    rel = Relation.COMPARABLE;
                    conf = 0.6;
                }
                while (h + 1 < hits.size() && hits.get(h + 1).start() < objFrom) {
                    hits.remove(h + 1);
                }
                nextStart = h + 1 < hits.size() ? hits.get(h + 1).start() : text.length();
            }
            List<Phrase> objects = suspendedHyphens(text, modifierConjuncts(text, mergeAdjectiveConjuncts(text,
                    shareHead(text, objects(text, toks, objFrom, nextStart, ents)), ents, referent), ents));
            if (hit.kind() != Kind.COMPARED && !anyComparable(objects, ents, referent)) {
                Matcher later = LATER_COMPARED.matcher(text).region(hit.end(), text.length());
                while (later.find()) {
                    List<Phrase> laterObjects = objects(text, toks, later.end(), text.length(), ents);
                    List<Phrase> alt = mergeAdjectiveConjuncts(text, laterObjects, ents, referent);
                    if (anyComparable(alt, ents, referent)) {
                        objects = alt;
                        break;
                    }
                }
                Matcher lead = OPENING_COMPARED.matcher(text).region(prevEnd, hit.start());
                if (!anyComparable(objects, ents, referent) && lead.find()) {
                    List<Phrase> alt = mergeAdjectiveConjuncts(text, objects(text, toks, lead.end(), hit.start(), ents),
                            ents, referent);
                    if (anyComparable(alt, ents, referent)) {
                        objects = alt;
                    }
                }
            }
            objects = includedNames(text, toks, namedExamples(text, toks, objects, nextStart, ents, referent,
                    !leadingCompared), nextStart, ents);
            if (objects.isEmpty() && PRONOUN_OBJECT.matcher(text).region(objFrom, text.length()).lookingAt()) {
                objects = antecedents(text, toks, prevEnd, hit.start(), ents, referent);
            }
            if (objects.isEmpty()) {
                continue;
            }
            String subject;
            double subjectConf = 0;
            boolean shared = false;
            Optional<String> ofSubject = hit.ofSubject().flatMap(of -> resolveOf(of, referent));
            if (ofSubject.isPresent()) {
                subject = ofSubject.get();
            } else {
                int regionStart = Math.max(prevEnd, clauseStart(text, hit.start(), prevEnd));
                Optional<String> found = leadingCompared
                        ? subject(text, objects.get(objects.size() - 1).end(), text.length(), ents, referent, false,
                                false)
                        : subject(text, regionStart, hit.start(), ents, referent, hit.kind() != Kind.COMPARED,
                                hit.kind() == Kind.PLAIN && hit.confidence() >= 0.85
                                        && hit.relation() != Relation.COMPARABLE);
                if (found.isEmpty() && !leadingCompared && regionStart > prevEnd
                        && REPORTING_VERB_END.matcher(text.substring(prevEnd, regionStart)).find()) {
                    found = ownSubject(text.substring(prevEnd, regionStart), referent);
                }
                if (!leadingCompared && referent.group().size() == 2
                        && PLURAL_OWN.matcher(text.substring(regionStart, hit.start()).strip()).lookingAt()) {
                    found = Optional.of(referent.name());
                    shared = true;
                }
                if (found.isEmpty() && (needsSubject
                        || THEIR_SUBJECT.matcher(text.substring(regionStart, hit.start())).find())) {
                    continue;
                }
                Optional<String> clauseSubject = found.isPresent() || leadingCompared ? Optional.empty()
                        : clauseSubject(text.substring(regionStart, hit.start()), referent);
                if (clauseSubject.isPresent()) {
                    subject = clauseSubject.get();
                } else if (found.isEmpty()) {
                    subject = prevSubject.orElse(referent.name());
                    subjectConf = 0.1;
                } else {
                    subject = found.get();
                }
            }
            if (passive) {
                String obj = objects.get(0).text();
                String subjText = subject;
                objects = List.of(new Phrase(subjText, objects.get(0).start(), objects.get(0).end()));
                subject = obj;
            }
            boolean stated = false;
            List<String> subjects = shared && subject.equals(referent.name()) ? referent.group() : List.of(subject);
            for (Phrase o : objects) {
                if (Keys.of(o.text()).equals(Keys.of(subject)) || Keys.of(bareName(o.text(), ents)).equals(
                        Keys.of(subject)) || Keys.of(o.text()).isEmpty()
                        || o.text().startsWith(subject + " ") || quantity(o)
                        || rel == Relation.COMPARABLE && boundLike(o)
                        || !comparable(o, ents, referent) && !((conf >= 0.85 || measuredAgainst(text, hit.end(), o)
                                || thanRival(text, hit, o)
                                || technique(text, o, terms) && (hit.kind() == Kind.HEDGED
                                        || !MATCH_LIKE.matcher(text.substring(hit.start())).lookingAt()))
                                && subjectConf == 0
                                && plainNounPhrase(o, ents))) {
                    continue;
                }
                Optional<String> margin = margin(text, o.end(), nextStart, prevEnd, hit.end());
                double lengthPenalty = o.text().split(" ").length > 6 ? 0.1 : 0;
                double c = Math.max(0.05, Math.min(1.0, conf - subjectConf - lengthPenalty));
                for (String each : subjects) {
                    String object = writtenShortForm(text, o, postModified(text, toks, bareName(o.text(), ents), o,
                            o.end() >= nextStart ? text.length() : nextStart), ents);
                    Claim claim = new Claim(each, rel, object, qualifiedName(o.text(), ents).isPresent()
                            || named(o.text(), ents, referent), datasets, metric,
                            margin, s.text(), s.start(), s.end(), round(c));
                    claims.putIfAbsent(Keys.of(each) + "\u0000" + Keys.of(DETERMINERS.matcher(object).replaceFirst("")),
                            claim);
                }
                stated = true;
            }
            if (stated) {
                prevSubject = Optional.of(subject);
                prevEnd = objects.get(objects.size() - 1).end();
            }
        }
    }

    /**
     * "introduces minimal overhead compared to SOTA methods and outperforms them": the rivals a pronoun object stands
     * for, named after the last "compared to", "than" or "relative to" earlier in the clause; empty when there is none.
     */
    private static List<Phrase> antecedents(String text, List<Token> toks, int from, int to, List<Mention> ents,
            Referent referent) {
        Matcher m = LATER_COMPARED.matcher(text).region(from, to);
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        if (at < 0) {
            return List.of();
        }
        List<Phrase> found = mergeAdjectiveConjuncts(text, objects(text, toks, at, to, ents), ents, referent);
        return anyComparable(found, ents, referent) ? found : List.of();
    }

    /**
     * "DETR-like models have significantly boosted ... and even outperformed", "NeRV has introduced ...,
     * outperforming":
     * a present-perfect statement about others' work before the first trigger, in a sentence that names nothing of
     * the paper's own.
     */
    private static boolean background(String beforeTrigger, String text, Referent referent) {
        if (!BACKGROUND.matcher(beforeTrigger).find() || WE.matcher(text).find() || REFERRING.matcher(text).find()) {
            return false;
        }
        for (String p : referent.surfaces()) {
            if (wordIndex(text, p) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The text with every white-space character (line breaks in wrapped abstracts) as a plain space, same offsets. */
    static String flatten(String text) {
        char[] cs = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c < 128 ? c >= 9 && c <= 13 || c >= 28 && c <= 31
                    : Character.isWhitespace(c) || c == '\u00a0')) {
                if (cs == null) {
                    cs = text.toCharArray();
                }
                cs[i] = ' ';
            }
        }
        return cs == null ? text : new String(cs);
    }

    private static double round(double c) {
        return Math.round(c * 100) / 100.0;
    }

    private static List<Hit> hits(String text) {
        List<Hit> all = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Trigger t : TRIGGERS) {
            if (!Lexicon.containsAny(lower, t.anchors())
                    || !t.also().isEmpty() && !Lexicon.containsAny(lower, t.also())) {
                continue;
            }
            Matcher m = t.pattern().matcher(text);
            while (m.find()) {
                boolean overlaps = false;
                for (Hit h : all) {
                    if (m.start() < h.end() && h.start() < m.end()) {
                        overlaps = true;
                        break;
                    }
                }
                if (!overlaps) {
                    Optional<String> of = t.kind() == Kind.OVER && m.groupCount() >= 1
                            ? Optional.ofNullable(m.group(1)) : Optional.empty();
                    all.add(new Hit(m.start(), m.end(), t.relation(), t.confidence(), t.kind(), of));
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /**
     * Where a weak cue must stand to give a "compared to" trigger its polarity: the comma-delimited stretch before the
     * trigger ("our approach exhibits greater robustness compared to X"), or for an opening "compared to X," the
     * stretch after the rival ("compared to X, Y yields more consistent ..."); never the words that describe the rival.
     */
    private static String segment(String text, Hit hit, int prevEnd, int nextStart) {
        int from = Math.max(prevEnd,
                Math.max(text.lastIndexOf(',', hit.start()), text.lastIndexOf(';', hit.start())) + 1);
        String lead = text.substring(from, hit.start()).strip().toLowerCase(Locale.ROOT);
        String clause = text.substring(Math.max(prevEnd, clauseStart(text, hit.start(), prevEnd)), hit.start())
                .replaceAll("^[\\s,]+|[\\s,]+$", "").toLowerCase(Locale.ROOT);
        boolean opening = clause.isEmpty() || LEADING_OPENER.matcher(clause).matches();
        if (!opening && lead.isEmpty() && from - 1 > prevEnd) {
            int back = Math.max(prevEnd,
                    Math.max(text.lastIndexOf(',', from - 2), text.lastIndexOf(';', from - 2)) + 1);
            return text.substring(back, from);
        }
        if (!opening) {
            return text.substring(from, hit.start());
        }
        int after = nextBreak(text, hit.end());
        if (after >= Math.min(text.length(), nextStart)) {
            return text.substring(hit.end(), Math.min(text.length(), nextStart));
        }
        return text.substring(after, Math.min(nextBreak(text, after + 1), nextStart));
    }

    /** Where a pattern first matches in a text, or the text's length when it does not. */
    private static int firstAt(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.start() : text.length() + 1;
    }

    private static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                return i;
            }
        }
        return text.length();
    }

    /** Whether a position lies in an opening "While ..., " clause that is not about the paper's own work. */
    private static boolean inConcessiveClause(String text, int at) {
        if (!CONCESSIVE.matcher(text).lookingAt()) {
            return false;
        }
        int comma = text.indexOf(',');
        return comma > at && !WE.matcher(text.substring(0, comma)).find()
                && !text.substring(0, comma).toLowerCase(Locale.ROOT).contains("proposed");
    }

    /** Whether a lower-cased sentence holds one of the words every cited finding of others contains. */
    private static boolean cites(String lower) {
        for (String a : RELATED_CITED_ANCHORS) {
            if (lower.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String text, int hitStart, int prevEnd) {
        Matcher m = REPORTING.matcher(text).region(prevEnd, hitStart);
        int start = prevEnd;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /** The subject a "superiority of X" phrase names; empty when X is a margin ("gains of 5%"). */
    private static Optional<String> resolveOf(String of, Referent referent) {
        String t = of.strip();
        for (String p : referent.surfaces()) {
            if (wordIndex(t, p) >= 0) {
                return Optional.of(p);
            }
        }
        if (MARGIN.matcher(t).lookingAt()) {
            return Optional.empty();
        }
        String bare = t.replaceFirst(
                "(?i)^(?:our|the|this|these|its)\\s+(?:(?:proposed|new|novel|presented)\\s+)?", "");
        String[] words = bare.toLowerCase(Locale.ROOT).split("\\s+");
        if (bare.isEmpty() || words.length <= 2 && GENERIC_HEADS.contains(words[words.length - 1])
                && !(referent.name().equals(Claim.PROPOSED) && Lexicon.shaped(bare.split("\\s+")[0]))) {
            return Optional.of(referent.name());
        }
        if (words.length == 2 && GENERIC_HEADS.contains(words[1])) {
            return Optional.of(bare.split("\\s+")[0]);
        }
        if (!bare.equals(t)) {
            return Optional.of(bare);
        }
        if (REFERRING.matcher(t).lookingAt()) {
            return Optional.of(referent.name());
        }
        return Optional.of(t);
    }

    /**
     * "Our model demonstrates state-of-the-art generalization compared to ...": the paper's own artifact when the words
     * before a reporting verb name it; empty when they do not.
     */
    private static Optional<String> ownSubject(String region, Referent referent) {
        for (String p : referent.surfaces()) {
            if (wordIndex(region, p) >= 0) {
                return Optional.of(p);
            }
        }
        Matcher m = REFERRING.matcher(region);
        return m.find() && !OWN.matcher(m.group()).matches() ? Optional.of(referent.name()) : Optional.empty();
    }

    /**
     * "diffusion models are better than GANs", "ensembles of narrower networks perform worse than a single wide
     * network", "poly-view contrastive models trained for 128 epochs ... outperform": a finding's subject is the bare
     * noun phrase with a rival head noun that opens the clause right before its verb or the trigger, past a training
     * participle phrase ("the compiled programs" points back at the paper's own work instead), or that opens the
     * clause's last comma-delimited stretch ("by estimating these queries ..., SRL-based approaches yield"); empty
     * when the clause does not open that way.
     */
    private static Optional<String> clauseSubject(String clause, Referent referent) {
        Matcher m = CLAUSE_SUBJECT.matcher(OPENER.matcher(clause.strip()).replaceFirst(""));
        int comma = clause.lastIndexOf(", ");
        if (!m.lookingAt() && (comma < 0 || !(m = CLAUSE_SUBJECT.matcher(clause.substring(comma + 2))).lookingAt())) {
            return Optional.empty();
        }
        String np = m.group(1);
        String head = np.substring(np.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (m.group(2) != null) {
            for (String p : referent.surfaces()) {
                if (wordIndex(m.group(2), p) >= 0) {
                    return Optional.of(p);
                }
            }
        }
        if (np.indexOf(' ') < 0 || METRIC_WORDS.contains(head) || np.regionMatches(true, 0, "the ", 0, 4)
                || !GENERIC_HEADS.contains(head)) {
            return Optional.empty();
        }
        for (String w : np.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.equals("of") && OBJECT_STOP.contains(w) || NOT_NP.contains(w) || PRONOUNS.contains(w)
                    && !w.equals("the")) {
                return Optional.empty();
            }
        }
        return Optional.of(OWN_OR_THE_GENERIC.matcher(np).matches() ? referent.name() : np);
    }

    /**
     * "We evaluate NCFA on real data, finding that it performs comparably to ...": in a paper that names nothing of its
     * own, "it" stands for the last model or method the sentence named before it; empty when there is none.
     */
    private static Optional<String> lastNamedBefore(List<Mention> ents, int before) {
        Mention last = null;
        for (Mention m : ents) {
            if (m.end() <= before && (m.type() == EntityType.MODEL || m.type() == EntityType.METHOD)
                    && Character.isUpperCase(m.surface().charAt(0)) && (last == null || m.start() > last.start())) {
                last = m;
            }
        }
        return last == null ? Optional.empty() : Optional.of(last.surface());
    }

    /** The subject in text[from, to); empty when the region names none. */
    private static Optional<String> subject(String text, int from, int to, List<Mention> ents, Referent referent,
            boolean beforeVerb, boolean nounPhraseSubject) {
        if (from >= to) {
            return Optional.empty();
        }
        String region = text.substring(from, to);
        Optional<String> relative = relativeSubject(region, from, ents, referent,
                INGWORD.matcher(text).region(to, text.length()).lookingAt());
        if (relative.isPresent()) {
            return relative;
        }
        String bestProposed = null;
        int bestAt = Integer.MAX_VALUE;
        for (String p : referent.surfaces()) {
            int at = wordIndex(region, p);
            if (at >= 0 && at < bestAt && !SETTING_PREPOSITIONS.contains(previousWord(region, at))) {
                bestAt = at;
                bestProposed = p;
            }
        }
        if (bestProposed == null) {
            bestProposed = proposedBase(region, referent);
        }
        if (bestProposed != null) {
            return Optional.of(shortForm(bestProposed));
        }
        for (Mention m : ents) {
            if (beforeVerb && m.start() >= from && m.end() <= to && Character.isLetter(m.surface().charAt(0))
                    && (m.type() == EntityType.MODEL || m.type() == EntityType.METHOD)
                    && IMMEDIATE.matcher(text.substring(m.end(), to)).matches()
                    && !(PARTICIPLE_AFTER_COMMA.matcher(text.substring(m.end(), to)).matches()
                    && INGWORD.matcher(text).region(to, text.length()).lookingAt())) {
                return Optional.of(m.surface());
            }
        }
        Optional<String> opening = openingName(region, from, ents);
        int comma = region.lastIndexOf(", ");
        if (opening.isEmpty() && comma > 0) {
            opening = openingName(region.substring(comma + 2), from + comma + 2, ents);
        }
        if (opening.isPresent()) {
            return opening;
        }
        Optional<String> ownName = referent.name().equals(Claim.PROPOSED) ? ownCoinedName(region) : Optional.empty();
        if (ownName.isPresent()) {
            return ownName;
        }
        Matcher our = OUR_BEFORE_VERB.matcher(region);
        boolean ours = our.find();
        if (ours && referent.name().equals(Claim.PROPOSED)) {
            Matcher abbreviation = PAREN_ABBREVIATION.matcher(our.group());
            if (abbreviation.find()) {
                return Optional.of(abbreviation.group(1));
            }
        }
        Matcher referring = REFERRING.matcher(region);
        if (!ours && referring.find() && referent.name().equals(Claim.PROPOSED)) {
            Matcher abbreviation = PAREN_ABBREVIATION.matcher(region).region(referring.end(), region.length());
            if (abbreviation.lookingAt()) {
                return Optional.of(abbreviation.group(1));
            }
        }
        if (!ours && referent.name().equals(Claim.PROPOSED)) {
            Matcher it = IT_BEFORE_VERB.matcher(region);
            Optional<String> named = it.find() ? lastNamedBefore(ents, from + it.start()) : Optional.empty();
            if (named.isPresent()) {
                return named;
            }
        }
        if (ours || referring.reset().find()) {
            return Optional.of(referent.name());
        }
        for (Mention m : ents) {
            if (m.start() >= from && m.end() <= to && (m.type() == EntityType.MODEL || m.type() == EntityType.METHOD)
                    && MEASURED_NAME.matcher(text.substring(from, m.start())).find()) {
                return Optional.of(m.surface());
            }
        }
        for (Mention m : ents) {
            if (m.start() >= from && m.end() <= to
                    && (m.type() == EntityType.MODEL || m.type() == EntityType.METHOD)
                    && !modifiesRivalHead(text.substring(from, m.start()), text.substring(m.end(), to))) {
                String prev = previousWord(text, m.start());
                if (!PREPOSITIONS.contains(prev)) {
                    return Optional.of(m.surface());
                }
            }
        }
        String trimmed = MEASURE_SUBJECT.matcher(region.strip()).replaceFirst("");
        if (RESULTS_SUBJECT.matcher(trimmed).lookingAt() || DEMONSTRATIVE_SUBJECT.matcher(trimmed).lookingAt()) {
            return Optional.of(referent.name());
        }
        Matcher g = GENERIC_SUBJECT.matcher(trimmed);
        if (g.find()) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (String w : trimmed.split("\\s+")) {
                String lw = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
                if (n > 0 && OBJECT_STOP.contains(lw) || n >= 6) {
                    break;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w.replaceAll("[,;:]$", ""));
                n++;
                if (GENERIC_HEADS.contains(lw) || w.endsWith(",")) {
                    break;
                }
            }
            String generic = sb.toString();
            String head = generic.substring(generic.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (!METRIC_WORDS.contains(head)) {
                return Optional.of(generic);
            }
        }
        Optional<String> np = nounPhraseSubject ? nounPhraseBefore(region) : Optional.empty();
        if (np.isPresent() && OWN_OR_THE_GENERIC.matcher(np.get()).matches()) {
            return Optional.of(referent.name());
        }
        return np;
    }

    /**
     * "STA-based models outperform existing graph transformers": models built on a proposed name are the paper's own,
     * so that name is the subject; null when no proposed surface is glued to such a suffix.
     */
    private static String proposedBase(String region, Referent referent) {
        if (region.indexOf('-') < 0) {
            return null;
        }
        for (String p : referent.surfaces()) {
            int at = region.indexOf(p + "-");
            if (at >= 0 && (at == 0 || !wordChar(region.charAt(at - 1)))
                    && BASED_SUFFIX.matcher(region).region(at + p.length(), region.length()).lookingAt()) {
                return p;
            }
        }
        return null;
    }

    /**
     * "our theoretically founded $\\delta-$GClip algorithm is competitive with", "The proposed method "RTD-AE" better
     * preserves": in a paper whose proposals went unnamed, a coined word that ends the own phrase right before the
     * verb, alone or before the noun for its kind, names the subject; empty when the phrase has none.
     */
    private static Optional<String> ownCoinedName(String region) {
        if (region.indexOf("our ") < 0 && region.indexOf("proposed ") < 0) {
            return Optional.empty();
        }
        Matcher adverbs = TRAILING_ADVERBS.matcher(region);
        String head = adverbs.find() ? region.substring(0, adverbs.start()) : region.stripTrailing();
        Matcher m = OWN_NAMED.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = QUOTES.matcher(m.group(1)).replaceAll("");
        return Lexicon.shaped(word) && word.length() > 1 && !word.contains("-based") && !word.contains("-like")
                ? Optional.of(word) : Optional.empty();
    }

    /**
     * "a novel pre-training framework, Mole-BERT, which can match or outperform", "Chat models, which are finetuned to
     * serve as AI assistants, outperform": when the comparison sits in a relative clause, or right after one, the
     * subject is what the clause hangs on: the proposed or typed name, or the name after "called", that ends right
     * before "which"; after a clause closed by its only comma also a short plain noun phrase there ("an exploitation
     * policy"), unless a participle follows ("which generates X, outperforming" is about the main clause's subject);
     * empty when the region has no such clause.
     */
    private static Optional<String> relativeSubject(String region, int from, List<Mention> ents, Referent referent,
            boolean participle) {
        if (region.indexOf("which ") < 0 && region.indexOf(", that ") < 0 && region.indexOf("who ") < 0) {
            return Optional.empty();
        }
        Matcher m = RELATIVE_PRONOUN.matcher(region);
        int at = -1;
        int clause = -1;
        while (m.find()) {
            at = m.start();
            clause = m.end();
        }
        if (at < 0) {
            return Optional.empty();
        }
        String inside = region.substring(clause);
        int close = inside.lastIndexOf(", ");
        boolean closed = close >= 0 && TRAILING_ADVERBS_ONLY.matcher(inside.substring(close + 1)).matches();
        if (closed && (inside.lastIndexOf(", ", close - 1) >= 0 || participle)) {
            return Optional.empty();
        }
        if (!closed && NEW_CLAUSE.matcher(inside).find()) {
            return Optional.empty();
        }
        String head = region.substring(0, at);
        String bestName = null;
        int bestEnd = -1;
        for (String p : referent.surfaces()) {
            int end = lastWordEnd(head, p);
            if (end > bestEnd && RELATIVE_GAP.matcher(head.substring(end)).matches()) {
                bestEnd = end;
                bestName = p;
            }
        }
        for (Mention e : ents) {
            int end = e.end() - from;
            if (end > bestEnd && end <= head.length() && e.start() >= from
                    && (e.type() == EntityType.MODEL || e.type() == EntityType.METHOD)
                    && RELATIVE_GAP.matcher(head.substring(end)).matches()) {
                bestEnd = end;
                bestName = e.surface();
            }
        }
        if (bestName != null) {
            return Optional.of(shortForm(bestName));
        }
        Matcher called = CALLED_NAME.matcher(head);
        if (called.find()) {
            return Optional.of(called.group(1));
        }
        if (!closed) {
            return Optional.empty();
        }
        String np = head.substring(Math.max(head.lastIndexOf(", "), head.lastIndexOf("; ")) + 1).strip();
        np = LEADING_ADVERB.matcher(np).replaceFirst("");
        if (!RELATIVE_NP.matcher(np).matches()) {
            return Optional.empty();
        }
        for (String w : np.toLowerCase(Locale.ROOT).split(" ")) {
            if (OBJECT_STOP.contains(w) || NOT_NP.contains(w) || RELATIVE_PRONOUNS.contains(w)) {
                return Optional.empty();
            }
        }
        if (OWN_OR_THE_GENERIC.matcher(np).matches() || REFERRING.matcher(np).lookingAt()) {
            return Optional.of(referent.name());
        }
        return Optional.of(ARTICLE_START.matcher(np).replaceFirst(""));
    }

    /** The abbreviation of a surface written with it, "SAM" for "Segment Anything Model (SAM)"; else the surface. */
    private static String shortForm(String surface) {
        Matcher withAbbreviation = SURFACE_WITH_ABBREVIATION.matcher(surface);
        return withAbbreviation.matches() ? withAbbreviation.group(1) : surface;
    }

    /** End offset of the last whole-word occurrence of {@code word} in {@code text}, or -1. */
    private static int lastWordEnd(String text, String word) {
        List<Integer> starts = wordStarts(text, word);
        return starts.isEmpty() ? -1 : starts.get(starts.size() - 1) + word.length();
    }

    /**
     * "$FreeTickets$ surpasses the dense baseline", "Word Mover's Distance achieved 56% accuracy ..., outperforming":
     * a name that opens the clause (past an opening adverb) right before its verb or the trigger is the subject, even
     * when the entity layer did not type it; it must be shaped like a coined name (one mixed-case, acronym or digit
     * word, or two to four capitalised words) and not be a dataset or task (a metric may be compared: "Word Mover's
     * Distance achieved 56% accuracy ..., outperforming a number of baselines"); empty when the clause opens otherwise.
     */
    private static Optional<String> openingName(String region, int from, List<Mention> ents) {
        int cut = Math.max(region.lastIndexOf(". "), region.lastIndexOf("; ")) + 1;
        String rest = region.substring(cut);
        int lead = rest.length() - rest.stripLeading().length();
        Matcher opener = LEADING_ADVERB.matcher(rest.stripLeading());
        if (opener.lookingAt()) {
            lead += opener.end();
        }
        Matcher m = OPENING_NAME.matcher(region).region(cut + lead, region.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String name = m.group(1);
        String[] words = name.split(" ");
        boolean coined = words.length == 1 ? Lexicon.shaped(name) && name.length() > 1 : words.length <= 4
                && !NOT_NAME_START.contains(words[0].toLowerCase(Locale.ROOT));
        for (int k = 1; coined && k < words.length; k++) {
            coined = Character.isUpperCase(words[k].charAt(0));
        }
        int at = from + m.start(1);
        for (Mention e : ents) {
            if (e.start() < at + name.length() && at < e.end()
                    && (e.type() == EntityType.DATASET || e.type() == EntityType.TASK)) {
                return Optional.empty();
            }
        }
        return coined ? Optional.of(name) : Optional.empty();
    }

    /**
     * "SRL-based approaches yield ...", "traditional replay-based CL approaches are outperformed": a name glued to a
     * modifier suffix, or after a modifier of its own, followed within its noun phrase by a plural rival head only
     * modifies the family the clause is about, so it is not the subject ("PEFT techniques match ..." keeps PEFT).
     */
    private static boolean modifiesRivalHead(String before, String after) {
        Matcher m = FOLLOWING_WORDS.matcher(after);
        if (!m.lookingAt() || m.group(1) == null && !PRE_MODIFIER.matcher(before).find()) {
            return false;
        }
        String glued = m.group(1) == null ? m.group() : m.group().substring(m.group(1).length());
        for (String w : glued.strip().split("\\s+")) {
            if (w.endsWith("s") && GENERIC_HEADS.contains(w)) {
                return true;
            }
            if (OBJECT_STOP.contains(w) || VERB_START.matcher(w).matches()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "treatment effect based targeting substantially outperforms ...": the short noun phrase that ends right before a
     * strong comparison verb (after the last comma); empty when the words there are not a plain noun phrase.
     */
    private static Optional<String> nounPhraseBefore(String region) {
        String bare = INSERTED_ADVERB.matcher(region).replaceFirst(" ");
        String tail = bare.substring(Math.max(bare.lastIndexOf(','), bare.lastIndexOf(';')) + 1);
        Matcher adverbs = TRAILING_ADVERBS.matcher(tail);
        String np = (adverbs.find() ? tail.substring(0, adverbs.start()) : tail).strip();
        if (np.isEmpty() || !SUBJECT_NP.matcher(np).matches()) {
            return Optional.empty();
        }
        for (String w : np.toLowerCase(Locale.ROOT).split(" ")) {
            if (OBJECT_STOP.contains(w) && !w.equals("based") || NOT_NP.contains(w)) {
                return Optional.empty();
            }
        }
        return Optional.of(np);
    }

    private static boolean hasLetter(String p) {
        for (int i = 0; i < p.length(); i++) {
            if (Character.isLetter(p.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Offsets of the occurrences of {@code word} in {@code text} where it is not part of a longer word, each found by
     * {@link #wordIndex} in the text after the one before.
     */
    static List<Integer> wordStarts(String text, String word) {
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int at = wordIndex(text.substring(from), word);
            if (at < 0) {
                break;
            }
            starts.add(from + at);
            from += at + word.length();
        }
        return starts;
    }

    /** Offset of {@code word} in {@code text} where it is not part of a longer word, or -1. */
    static int wordIndex(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean left = at == 0 || !wordChar(text.charAt(at - 1));
            boolean right = end >= text.length() || !wordChar(text.charAt(end));
            if (left && right) {
                return at;
            }
            from = at + 1;
        }
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private static String previousWord(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The objects between a trigger and offset {@code limit}: one phrase, or several for "A and B", "A, B, and C". */
    private static List<Phrase> objects(String text, List<Token> toks, int from, int limit, List<Mention> ents) {
        List<Phrase> out = new ArrayList<>();
        Matcher lead = LEADING_COMPARED.matcher(text).region(from, text.length());
        int start = lead.lookingAt() ? lead.end() : from;
        Matcher filler = LEADING_FILLER.matcher(text).region(start, text.length());
        if (filler.lookingAt()) {
            start = filler.end();
        }
        int i = firstTokenAt(toks, start);
        boolean commaOnly = false;
        while (i >= 0 && i < toks.size() && toks.get(i).start() < limit) {
            int end = phraseEndToken(toks, i, limit);
            if (end < 0) {
                break;
            }
            Optional<Phrase> cleaned = clean(text, toks, i, end);
            if (cleaned.isEmpty()) {
                break;
            }
            Phrase p = cleaned.get();
            if (!out.isEmpty() && (VERB_START.matcher(p.text()).lookingAt() || hasVerb(toks, i + 1, end)
                    || GERUND_START.matcher(p.text()).lookingAt()
                    || !acceptableSecond(p, ents)
                    && !bareModifier(p, ents) && !bareModifier(out.get(out.size() - 1), ents)
                    && !(modifiersOnly(out.get(out.size() - 1), ents) && pluralHead(p))
                    || commaOnly && !listGoesOn(toks, end) && !isEntity(p, ents)
                    && !(out.size() == 1 && bareModifier(out.get(0), ents) && hasGenericHead(p)))) {
                break;
            }
            out.add(p);
            int j = skipAside(text, toks, end);
            if (j + 1 < toks.size() && toks.get(j).text().equals("by")) {
                Matcher m = MARGIN.matcher(text).region(toks.get(j + 1).start(), text.length());
                if (m.lookingAt()) {
                    j = firstTokenAt(toks, m.end());
                    if (j < 0) {
                        break;
                    }
                }
            }
            if (j < toks.size() && toks.get(j).text().equals(",")) {
                j++;
            }
            commaOnly = false;
            if (j < toks.size() && (toks.get(j).text().equals("and") || toks.get(j).text().equals("or"))) {
                j++;
            } else if (j + 2 < toks.size() && toks.get(j).text().equalsIgnoreCase("as")
                    && toks.get(j + 1).text().equalsIgnoreCase("well")
                    && toks.get(j + 2).text().equalsIgnoreCase("as")) {
                j += 3;
            } else if (!(j > 0 && toks.get(j - 1).text().equals(",") && j < toks.size())) {
                break;
            } else {
                commaOnly = true;
            }
            i = j;
        }
        return out;
    }

    /**
     * "46% more accurate than the KLT tracker": a noun phrase right after a comparative "than" is what is compared,
     * unless it is a reference point rather than a rival ("than real-time", "than chance").
     */
    private static boolean thanRival(String text, Hit hit, Phrase o) {
        return hit.kind() != Kind.COMPARED && o.start() >= hit.end()
                && text.regionMatches(true, hit.end() - 4, "than", 0, 4)
                && THAN_GAP.matcher(text.substring(hit.end(), o.start())).matches() && o.text().indexOf(' ') > 0
                && !NOT_RIVAL.matcher(o.text()).lookingAt();
    }

    /**
     * "on par with full fine-tuning", "an improvement over supervised learning": a short lower-case phrase whose head
     * names a procedure is a technique that can be compared with, unless the sentence marks it as a task; a lone
     * gerund ("compared to backtracking") only where its clause ends, not "faster than computing A".
     */
    private static boolean technique(String text, Phrase o, List<Mention> terms) {
        String t = o.text().replaceFirst("^(?:the|a|an) ", "");
        if (!t.equals(t.toLowerCase(Locale.ROOT)) || t.split(" ").length > 4 || !TECHNIQUE_HEAD.matcher(t).find()
                || t.startsWith("ever ") || LONE_GERUND.matcher(t).matches()
                && !CLAUSE_END.matcher(text).region(o.end(), text.length()).lookingAt()) {
            return false;
        }
        for (Mention m : terms) {
            if (m.start() < o.end() && o.start() < m.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "DeepCubeA (60.3%) and EfficientCube", "conditional Gaussian Bayesian networks (that do not perform any pooling)
     * and classical ...": a parenthesis with a score or a citation after an object, or any short one before the next
     * list item, is skipped.
     */
    private static int skipAside(String text, List<Token> toks, int j) {
        if (j >= toks.size() || !toks.get(j).text().equals("(")) {
            return j;
        }
        for (int k = j + 1; k < toks.size() && k <= j + 12; k++) {
            if (toks.get(k).text().equals(")")) {
                String inside = text.substring(toks.get(j).end(), toks.get(k).start());
                boolean listGoesOn = k + 1 < toks.size() && LIST_WORDS.contains(toks.get(k + 1).text());
                return ASIDE.matcher(inside).find() || listGoesOn ? k + 1 : j;
            }
        }
        return j;
    }

    /** "match the accuracy of voxel-based representations": the object follows a measure of it, so it is a rival. */
    private static boolean measuredAgainst(String text, int hitEnd, Phrase o) {
        return o.start() > hitEnd && MEASURE_OF.matcher(text.substring(hitEnd, o.start())).find();
    }

    /** "matches known bounds", "matches the best-known rate": matching a bound is optimality, not a comparison. */
    private static boolean boundLike(Phrase o) {
        String lower = o.text().toLowerCase(Locale.ROOT);
        return PRIOR_BOUNDS.contains(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    /** "much lower GFLOPs", "50 kJ/mol": a quantity, not a rival, unless it ends in a rival noun ("3 baselines"). */
    private static boolean quantity(Phrase o) {
        String lower = o.text().toLowerCase(Locale.ROOT);
        return COUNT_START.matcher(lower).lookingAt() || QUANTITY_START.matcher(lower).lookingAt()
                && !GENERIC_HEADS.contains(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    /** "Compared to baseline methods, DEAL demonstrates ...": a later conjunct with a finite verb is a new clause. */
    private static boolean hasVerb(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (VERB_START.matcher(toks.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code j} continues a list of objects: a comma, "and", "or" or the sentence end. */
    private static boolean listGoesOn(List<Token> toks, int j) {
        if (j >= toks.size()) {
            return true;
        }
        String t = toks.get(j).text();
        return t.equals(",") || t.equals("and") || t.equals("or") || t.equals(".");
    }

    /** Whether a phrase is exactly one model or method mention. */
    private static boolean isEntity(Phrase p, List<Mention> ents) {
        for (Mention m : ents) {
            if (m.start() == p.start() && m.end() == p.end()
                    && (m.type() == EntityType.MODEL || m.type() == EntityType.METHOD)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a model or method mention of the sentence is written exactly as {@code surface}. */
    private static boolean namesTechnique(String surface, List<Mention> ents) {
        for (Mention m : ents) {
            if ((m.type() == EntityType.MODEL || m.type() == EntityType.METHOD) && m.surface().equals(surface)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an object names something a method can be compared with: a model or method, a generic rival, or a
     * modified task acronym, which names a way of solving the task ("matches or exceeds incremental SfM accuracy").
     */
    private static boolean comparable(Phrase o, List<Mention> ents, Referent referent) {
        String last = o.text().substring(o.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String first = o.text().toLowerCase(Locale.ROOT).split(" ")[0];
        boolean priorBound = PRIOR_BOUNDS.contains(last) && (RIVAL_FIRST.contains(first)
                || PRIOR_BOUND_START.matcher(o.text()).lookingAt() && !o.text().contains("lower bound"))
                || last.startsWith("benchmark") && o.text().toLowerCase(Locale.ROOT).contains("state-of-the-art");
        if (DATA_HEADS.contains(last) && !priorBound || quantity(o)) {
            return false;
        }
        if (priorBound) {
            return true;
        }
        for (Mention m : ents) {
            if (m.end() == o.end() && m.start() >= o.start()) {
                return m.type() == EntityType.MODEL || m.type() == EntityType.METHOD
                        || m.type() == EntityType.TASK && m.start() > o.start() && Lexicon.shaped(m.surface());
            }
        }
        String lower = o.text().toLowerCase(Locale.ROOT);
        String[] words = lower.split("\\s+");
        return named(o.text(), ents, referent) || GENERIC_HEADS.contains(words[words.length - 1])
                || RIVAL_WORDS.matcher(lower).find();
    }

    /**
     * "frontier LRMs like Qwen3 and Claude Sonnet 3.7", "state-of-the-art methods, pixelSplat and MVSplat": when a
     * generic rival is followed by named examples, the names are what is compared.
     */
    private static List<Phrase> namedExamples(String text, List<Token> toks, List<Phrase> objects, int limit,
            List<Mention> ents, Referent referent, boolean appositive) {
        if (objects.isEmpty()) {
            return objects;
        }
        Phrase first = objects.get(0);
        if (appositive && objects.size() > 1 && !named(first.text(), ents, referent)
                && (first.text().indexOf(' ') > 0 || !Character.isUpperCase(first.text().charAt(0)))
                && text.substring(first.end(), objects.get(1).start()).strip().equals(",")
                && allNamed(objects.subList(1, objects.size()), ents, referent)
                && !VERB_START.matcher(text.substring(objects.get(objects.size() - 1).end())
                        .replaceFirst("^[\\s,]*(?:\\w+ly\\s+)*", "")).lookingAt()) {
            return objects.subList(1, objects.size());
        }
        Phrase last = objects.get(objects.size() - 1);
        Matcher m = EXAMPLES.matcher(text).region(last.end(), text.length());
        if (named(last.text(), ents, referent) || !m.lookingAt()) {
            return objects;
        }
        List<Phrase> examples = objects(text, toks, m.end(), Math.max(limit, m.end()), ents);
        if (examples.isEmpty() || !allCapitalised(examples) && !allNamed(examples, ents, referent)) {
            return objects;
        }
        List<Phrase> out = new ArrayList<>(objects.subList(0, objects.size() - 1));
        out.addAll(examples);
        return out;
    }

    /**
     * "outperforms well-known linearly scalable active learning methods, including a recently proposed PowerBALD":
     * named models or methods listed after "including" are rivals too, each by the name it ends with, and the
     * generic rival stays; a list with any unnamed member ("including action-noise and randomized value function
     * exploration") adds nothing.
     */
    private static List<Phrase> includedNames(String text, List<Token> toks, List<Phrase> objects, int limit,
            List<Mention> ents) {
        if (objects.isEmpty()) {
            return objects;
        }
        Phrase last = objects.get(objects.size() - 1);
        Matcher m = INCLUDING.matcher(text).region(last.end(), text.length());
        if (!m.lookingAt()) {
            return objects;
        }
        List<Phrase> out = new ArrayList<>(objects);
        for (Phrase p : objects(text, toks, m.end(), Math.max(limit, m.end()), ents)) {
            Optional<Mention> name = Optional.empty();
            for (Mention e : ents) {
                if ((e.type() == EntityType.MODEL || e.type() == EntityType.METHOD) && e.end() == p.end()
                        && e.start() >= p.start() && !Lexicon.FAMILIES.contains(e.surface())) {
                    name = Optional.of(e);
                }
            }
            if (name.isEmpty()) {
                return objects;
            }
            out.add(new Phrase(name.get().surface(), name.get().start(), name.get().end()));
        }
        return out;
    }

    private static boolean allCapitalised(List<Phrase> phrases) {
        for (Phrase p : phrases) {
            String[] words = p.text().split(" ");
            if (!Character.isUpperCase(p.text().charAt(0)) || GENERIC_HEADS.contains(
                    words[words.length - 1].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allNamed(List<Phrase> phrases, List<Mention> ents, Referent referent) {
        for (Phrase p : phrases) {
            if (!named(p.text(), ents, referent)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "compared to the ones using labels", "methods that use more parallel data", "the methods described in the
     * literature": a rival named only by a vague head noun keeps the restrictive modifier after it (a relative
     * clause up to the next comma or verb, a participle with its phrase, "using"/"with"/"without" and their noun
     * phrase), since the head alone says nothing about what is compared; any other object is returned as it is.
     */
    private static String postModified(String text, List<Token> toks, String object, Phrase o, int limit) {
        String bare = DETERMINERS_ONLY.matcher(object).replaceFirst("").toLowerCase(Locale.ROOT);
        int j = firstTokenAt(toks, o.end());
        if (!VAGUE_HEADS.contains(bare) || j < 0 || toks.get(j).start() >= limit) {
            return object;
        }
        String w = toks.get(j).text().toLowerCase(Locale.ROOT);
        int end = -1;
        if (RELATIVE_PRONOUNS.contains(w)) {
            end = relativeClauseEnd(text, toks, j + 1, limit, bare.endsWith("s"));
        } else if (MODIFIER_PREPOSITIONS.contains(w)) {
            end = phraseEnd(toks, j + 1, limit);
        } else if (j + 1 < toks.size() && PARTICIPLE_NEXT.contains(toks.get(j + 1).text())
                && (w.length() > 4 && w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w)
                || w.endsWith("ing"))) {
            end = phraseEnd(toks, j + 2, limit);
        }
        return end < 0 ? object : object + text.substring(o.end(), end);
    }

    /** Whether a verb form agrees with a singular subject: "is", "has", "requires". */
    private static boolean singularVerb(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return SINGULAR_VERBS.contains(v) || v.endsWith("s") && !v.endsWith("ss");
    }

    /**
     * The end offset of the noun phrase starting at token {@code i}, with one "of" phrase ("scanning slit of light"),
     * or -1 when none starts there or it ends in a comparative quantity ("trained with more than 240K pairs").
     */
    private static int phraseEnd(List<Token> toks, int i, int limit) {
        int end = i < toks.size() ? phraseEndToken(toks, i, limit) : -1;
        if (end < 0 || COMPARATIVE_QUANTITY.contains(toks.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        if (end + 1 < toks.size() && toks.get(end).text().equals("of")) {
            int of = phraseEndToken(toks, end + 1, limit);
            if (of >= 0) {
                return toks.get(of - 1).end();
            }
        }
        return toks.get(end - 1).end();
    }

    /**
     * The end offset of a relative clause whose verb starts at token {@code i}: before the next punctuation, a margin
     * ("by 5%") or a coordinated verb that does not agree with the head ("methods that utilize ... and is much faster"
     * ends the clause, "methods that train on ... and require ..." continues it); -1 when it runs past 14 tokens.
     */
    private static int relativeClauseEnd(String text, List<Token> toks, int i, int limit, boolean pluralHead) {
        int k = i;
        while (k < toks.size() && toks.get(k).start() < limit && k - i < 14) {
            Token t = toks.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean nextVerb = k + 1 < toks.size() && VERB_START.matcher(toks.get(k + 1).text()).matches();
            if (!t.isWord() && !t.text().equals("-") || CLAUSE_BREAKS.contains(w) && nextVerb
                    && (!w.equals("and") && !w.equals("or") || pluralHead == singularVerb(toks.get(k + 1).text()))
                    || w.equals("by") && MARGIN.matcher(text).region(Math.min(text.length(), t.end() + 1),
                            text.length()).lookingAt()) {
                break;
            }
            k++;
        }
        boolean ended = k >= toks.size() || toks.get(k).start() >= limit || k - i < 14;
        return k > i && ended ? toks.get(k - 1).end() : -1;
    }

    /**
     * "the SWin", "the MMD": a name keeps no article; "SAC-BL algorithm", "the baseline SGD and ADAM algorithms": a
     * named model or method keeps no noun that only says what kind of thing it is.
     */
    private static String bareName(String object, List<Mention> ents) {
        Matcher kind = NAME_WITH_KIND.matcher(object);
        if (kind.matches()) {
            for (Mention m : ents) {
                if ((m.type() == EntityType.MODEL || m.type() == EntityType.METHOD) && m.surface().equals(kind.group(1))
                        && Lexicon.shaped(m.surface()) && Character.isUpperCase(m.surface().charAt(0))) {
                    return m.surface();
                }
            }
        }
        Optional<String> qualified = qualifiedName(object, ents);
        if (qualified.isPresent()) {
            return qualified.get();
        }
        if (!object.regionMatches(true, 0, "the ", 0, 4)) {
            return object;
        }
        String rest = object.substring(4);
        if (rest.indexOf(' ') >= 0 || GENERIC_HEADS.contains(rest.toLowerCase(Locale.ROOT))) {
            return object;
        }
        if (Lexicon.shaped(rest)) {
            return rest;
        }
        return namesTechnique(rest, ents) ? rest : object;
    }

    /**
     * "empirical risk minimisation (ERM)", "Direct Preference Optimization (DPO)": a spelled-out rival written with its
     * bracketed short form is named by that short form, the shortest faithful name; it must be a model or method
     * mention that starts with the first letter of the spelled-out words, and architecture families ("generative
     * adversarial networks (GANs)") keep the spelled-out words.
     */
    private static String writtenShortForm(String text, Phrase o, String object, List<Mention> ents) {
        if (object.indexOf(' ') < 0) {
            return object;
        }
        String longForm;
        String shortForm;
        Matcher inside = WITH_SHORT_FORM.matcher(object);
        if (inside.matches()) {
            longForm = inside.group(1);
            shortForm = inside.group(2);
        } else {
            Matcher after = SHORT_FORM_AFTER.matcher(text).region(o.end(), text.length());
            if (!object.equals(o.text()) || !after.lookingAt()) {
                return object;
            }
            longForm = object;
            shortForm = after.group(1);
        }
        if (!Character.isUpperCase(shortForm.charAt(0)) || !Lexicon.shaped(shortForm)
                || Lexicon.FAMILIES.contains(shortForm)
                || Character.toLowerCase(longForm.charAt(0)) != Character.toLowerCase(shortForm.charAt(0))) {
            return object;
        }
        return namesTechnique(shortForm, ents) ? shortForm : object;
    }

    /**
     * "the VMamba baseline", "the conventional AODE classifier", "SoTA Qwen2 Audio": the named model or method a rival
     * phrase qualifies, when a qualifier or a singular noun for its kind is all the phrase adds; architecture families
     * ("the standard Transformer") and plural acronyms that name a class ("state-of-the-art SNNs") keep their words.
     */
    private static Optional<String> qualifiedName(String object, List<Mention> ents) {
        Matcher q = QUALIFIED_NAME.matcher(object);
        if (!q.matches() || q.group(3) == null && (q.group(1) == null
                || !NAME_QUALIFIERS.contains(q.group(1).toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        String name = q.group(2);
        int n = name.length();
        if (!Character.isUpperCase(name.charAt(0)) || !Lexicon.shaped(name) || Lexicon.FAMILIES.contains(name)
                || n > 2 && name.charAt(n - 1) == 's' && Character.isUpperCase(name.charAt(n - 2))) {
            return Optional.empty();
        }
        return namesTechnique(name, ents) ? Optional.of(name) : Optional.empty();
    }

    /**
     * "conventional rotation equivariant and rotation &amp; reflection equivariant neural networks", "both CNN-based
     * and Transformer Diffusion Policies", "state-of-the-art SR and UDA models": a first conjunct that ends in a
     * modifier or an acronym takes the second conjunct's head; when the second is one modifier and the head
     * ("previous data-driven or metadata-driven approaches"), the rival words opening the first open it too.
     */
    private static List<Phrase> shareHead(String text, List<Phrase> objects) {
        if (objects.size() < 2 || text.substring(objects.get(0).end(), objects.get(1).start()).indexOf(',') >= 0) {
            return objects;
        }
        Phrase first = objects.get(0);
        String[] a = first.text().split(" ");
        String[] b = objects.get(1).text().split(" ");
        String modifier = a[a.length - 1];
        int from = -1;
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i].equalsIgnoreCase(modifier)) {
                from = i + 1;
            }
        }
        if (from < 0 && MODIFIER_END.matcher(modifier).find() && (b.length >= 3 || b.length == 2
                && MODIFIER_END.matcher(b[0]).find()) && !Lexicon.shaped(b[b.length - 1])
                || from < 0 && acronymConjuncts(a, b)) {
            from = 1;
        }
        if (from < 0) {
            return objects;
        }
        String head = String.join(" ", Arrays.copyOfRange(b, from, b.length));
        int p = 0;
        while (p < a.length - 1 && SHARED_RIVAL_WORDS.contains(a[p].toLowerCase(Locale.ROOT))) {
            p++;
        }
        Phrase second = objects.get(1);
        if (p > 0 && b.length == 2 && !SHARED_RIVAL_WORDS.contains(b[0].toLowerCase(Locale.ROOT))
                && !OWN_DETERMINER.contains(b[0].toLowerCase(Locale.ROOT))) {
            second = new Phrase(String.join(" ", Arrays.copyOfRange(a, 0, p)) + " " + second.text(), second.start(),
                    second.end());
        }
        List<Phrase> out = new ArrayList<>();
        out.add(new Phrase(first.text() + " " + head, first.start(), first.end()));
        out.add(second);
        out.addAll(objects.subList(2, objects.size()));
        return out;
    }

    /**
     * "mean- or median-based approaches", "6- or 7-point algorithms": a conjunct cut off at a hyphen takes the part
     * after the hyphen of the next conjunct's first word ("mean-based approaches"); without such a part ("self- and
     * unsupervised") it stays as it is.
     */
    private static List<Phrase> suspendedHyphens(String text, List<Phrase> objects) {
        List<Phrase> out = null;
        for (int i = 0; i + 1 < objects.size(); i++) {
            Phrase p = objects.get(i);
            if (p.end() >= text.length() || text.charAt(p.end()) != '-') {
                continue;
            }
            Matcher m = SUSPENDED_HYPHEN.matcher(text).region(p.end(), text.length());
            String written = text.substring(p.start(), p.end());
            if (!m.lookingAt() || !p.text().startsWith(written)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(objects);
            }
            out.set(i, new Phrase(written + m.group(1) + p.text().substring(written.length()), p.start(), p.end()));
        }
        return out == null ? objects : out;
    }

    /**
     * "state-of-the-art SR and UDA models", "existing SF-OSDA and OSDA methods": a first conjunct that ends in an
     * acronym before a second that is only an acronym and a plural rival noun.
     */
    private static boolean acronymConjuncts(String[] first, String[] second) {
        String last = first[first.length - 1];
        return second.length == 2 && Lexicon.shaped(last) && Character.isUpperCase(last.charAt(0))
                && Lexicon.shaped(second[0]) && Character.isUpperCase(second[0].charAt(0))
                && second[1].endsWith("s") && GENERIC_HEADS.contains(second[1].toLowerCase(Locale.ROOT));
    }

    /**
     * "other point-cloud and graph-based models", "the latest open-source and GPT models": a first conjunct without a
     * head noun shares the last conjunct's head, one rival per conjunct ({@link #distribute}); when the conjuncts do
     * not have that shape they stay one object.
     */
    private static List<Phrase> mergeAdjectiveConjuncts(String text, List<Phrase> objects, List<Mention> ents,
            Referent referent) {
        int k = 0;
        while (k + 1 < objects.size()
                && (text.substring(objects.get(k).end(), objects.get(k + 1).start()).indexOf(',') < 0
                || coordinateAdjective(text, objects, ents))
                && !text.substring(objects.get(k).end(), objects.get(k + 1).start()).contains(" well ")
                && (bareModifier(objects.get(k), ents)
                || k == 0 && !completeConjunct(objects.get(1), ents, referent)
                        && (!comparable(objects.get(0), ents, referent)
                        || headless(objects.get(0), ents, referent) && hasGenericHead(objects.get(1))))) {
            k++;
        }
        if (k == 0 || !comparable(objects.get(k), ents, referent)) {
            return objects;
        }
        List<Phrase> out = new ArrayList<>(distribute(text, objects.subList(0, k + 1)));
        if (out.isEmpty()) {
            int s = objects.get(0).start();
            int e = objects.get(k).end();
            out.add(new Phrase(text.substring(s, e), s, e));
        }
        out.addAll(objects.subList(k + 1, objects.size()));
        return out;
    }

    /**
     * "other point-cloud and graph-based models" gives "other point-cloud models" and "other graph-based models",
     * "existing handcrafted or automated multi-agent systems" gives "existing handcrafted multi-agent systems" and
     * "existing automated multi-agent systems": conjuncts joined by "and"/"or" before a last conjunct that opens with
     * one modifier word (after an article: "a one-state and a two-state generalised linear model") and ends in a rival
     * noun each take that conjunct's head, and the rival words that open the first conjunct ("other", "existing",
     * "previous") apply to every conjunct unless the last has an article of its own. Empty when the conjuncts do not
     * have that shape (a first conjunct of more than three words is a noun phrase of its own, not a modifier).
     */
    private static List<Phrase> distribute(String text, List<Phrase> conjuncts) {
        Phrase last = conjuncts.get(conjuncts.size() - 1);
        String[] l = last.text().split(" ");
        String between = text.substring(conjuncts.get(0).end(), last.start());
        int d = l.length > 0 && ARTICLES.contains(l[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (l.length < d + 2 || !hasGenericHead(last) || !CONJUNCTION.matcher(between).find()
                || SHARED_RIVAL_WORDS.contains(l[d].toLowerCase(Locale.ROOT)) && !singleWords(conjuncts)
                || OWN_DETERMINER.contains(l[d].toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        String head = String.join(" ", Arrays.copyOfRange(l, d + 1, l.length));
        String[] first = conjuncts.get(0).text().split(" ");
        int p = 0;
        while (d == 0 && p < first.length - 1 && SHARED_RIVAL_WORDS.contains(first[p].toLowerCase(Locale.ROOT))) {
            p++;
        }
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i + 1 < conjuncts.size(); i++) {
            Phrase c = conjuncts.get(i);
            int words = c.text().split(" ").length - (i == 0 ? p : 0);
            if (words > 3 || hasGenericHead(c)) {
                return List.of();
            }
            out.add(new Phrase(c.text() + " " + head, c.start(), c.end()));
        }
        String prefix = String.join(" ", Arrays.copyOfRange(first, 0, p));
        out.add(p == 0 ? last : new Phrase(prefix + " " + last.text(), last.start(), last.end()));
        return out;
    }

    /**
     * "existing hand-crafted and search-based GNNs", "other classical, INR-based, and CNN-based reconstruction
     * techniques", "existing self-supervised and unsupervised denoisers": conjuncts that hold only modifiers, joined
     * by commas and a last "and"/"or" to a conjunct that opens with one modifier and ends in a plural noun, each take
     * that conjunct's noun, and the rival words opening the first conjunct ("existing", "other", "the current
     * state-of-the-art") open every conjunct; any other list stays as it is.
     */
    private static List<Phrase> modifierConjuncts(String text, List<Phrase> objects, List<Mention> ents) {
        int k = 0;
        while (k < objects.size() && modifiersOnly(objects.get(k), ents)) {
            k++;
        }
        if (k == 0 || k == objects.size() || !pluralHead(objects.get(k))) {
            return objects;
        }
        for (int i = 0; i < k; i++) {
            String between = text.substring(objects.get(i).end(), objects.get(i + 1).start());
            if (!LIST_GAP.matcher(between).matches() || i + 1 == k && !CONJUNCTION.matcher(between).find()) {
                return objects;
            }
        }
        Phrase last = objects.get(k);
        String[] l = last.text().split(" ");
        if (OWN_DETERMINER.contains(l[0].toLowerCase(Locale.ROOT))) {
            return objects;
        }
        String head = String.join(" ", Arrays.copyOfRange(l, 1, l.length));
        String[] first = objects.get(0).text().split(" ");
        int p = 0;
        while (p < first.length - 1 && (SHARED_RIVAL_WORDS.contains(first[p].toLowerCase(Locale.ROOT))
                || first[p].equalsIgnoreCase("the"))) {
            p++;
        }
        String prefix = p == 0 ? "" : String.join(" ", Arrays.copyOfRange(first, 0, p)) + " ";
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Phrase c = objects.get(i);
            out.add(new Phrase((i == 0 ? "" : prefix) + c.text() + " " + head, c.start(), c.end()));
        }
        out.add(new Phrase(prefix + last.text(), last.start(), last.end()));
        out.addAll(objects.subList(k + 1, objects.size()));
        return out;
    }

    /**
     * "existing hand-crafted", "INR-based", "other classical": a phrase of at most four words, no adverb among them,
     * whose last word is a modifier by its form (a "-based" or hyphenated compound, a participle, an adjective ending)
     * and, unless it ends in "-based" or the like, no name, so it needs a later conjunct's noun.
     */
    private static boolean modifiersOnly(Phrase p, List<Mention> ents) {
        String[] words = p.text().split(" ");
        String last = words[words.length - 1];
        if (words.length > 4 || hasGenericHead(p) || ADVERB.matcher(p.text()).find()
                || !last.equals(last.toLowerCase(Locale.ROOT))
                && !MODIFIER_END.matcher(last).find() || !MODIFIER_FORM.matcher(last).find()) {
            return false;
        }
        if (MODIFIER_END.matcher(last).find()) {
            return true;
        }
        for (Mention m : ents) {
            if (m.start() < p.end() && p.start() < m.end() && m.end() > p.end() - last.length()) {
                return false;
            }
        }
        return true;
    }

    /** "search-based GNNs", "unsupervised denoisers": two or more words ending in a plural noun. */
    private static boolean pluralHead(Phrase p) {
        String[] words = p.text().split(" ");
        return words.length >= 2 && PLURAL_NOUN.matcher(words[words.length - 1]).matches();
    }

    /** Whether every conjunct but the last is one word: "classical and modern survival analysis baselines". */
    private static boolean singleWords(List<Phrase> conjuncts) {
        for (int i = 0; i + 1 < conjuncts.size(); i++) {
            if (conjuncts.get(i).text().indexOf(' ') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "ridge regression and AdaBoost", "the traditional bucket representation and other approximate inference
     * algorithms": a second conjunct that is a bare name or opens with its own determiner or rival word is a rival of
     * its own, so the first conjunct keeps its own head instead of sharing the second's.
     */
    private static boolean completeConjunct(Phrase second, List<Mention> ents, Referent referent) {
        String first = second.text().split(" ")[0].toLowerCase(Locale.ROOT);
        return OWN_DETERMINER.contains(first) || named(second.text(), ents, referent) && !hasGenericHead(second);
    }

    /**
     * "outperforms diverse, strong benchmark models": a lone lower-case modifier and a rival phrase separated only by a
     * comma are coordinate adjectives of one rival, not a list of two.
     */
    private static boolean coordinateAdjective(String text, List<Phrase> objects, List<Mention> ents) {
        return objects.size() == 2 && text.substring(objects.get(0).end(), objects.get(1).start()).strip().equals(",")
                && bareModifier(objects.get(0), ents) && hasGenericHead(objects.get(1));
    }

    /** "previous token merging": a lower-case phrase that names no entity and has no rival noun as its head. */
    private static boolean headless(Phrase p, List<Mention> ents, Referent referent) {
        return p.text().equals(p.text().toLowerCase(Locale.ROOT)) && !hasGenericHead(p) && !isEntity(p, ents)
                && !named(p.text(), ents, referent);
    }

    private static boolean hasGenericHead(Phrase p) {
        String lower = p.text().toLowerCase(Locale.ROOT);
        return GENERIC_HEADS.contains(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    /** A lone lower-case modifier such as "conventional" or "turn-level" that shares the next conjunct's noun. */
    private static boolean bareModifier(Phrase p, List<Mention> ents) {
        if (p.text().indexOf(' ') >= 0 || !p.text().equals(p.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Mention m : ents) {
            if (m.start() == p.start()) {
                return false;
            }
        }
        return !GENERIC_HEADS.contains(p.text()) && !RIVAL_ALONE.contains(p.text());
    }

    private static boolean anyComparable(List<Phrase> objects, List<Mention> ents, Referent referent) {
        for (Phrase o : objects) {
            if (comparable(o, ents, referent)) {
                return true;
            }
        }
        return false;
    }

    /** A short phrase that names no dataset, task or metric: acceptable as the object of a strong verb. */
    private static boolean plainNounPhrase(Phrase o, List<Mention> ents) {
        String last = o.text().substring(o.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (o.text().split(" ").length > 4 || DATA_HEADS.contains(last) || METRIC_WORDS.contains(last)
                || THEORY_HEADS.contains(last)) {
            return false;
        }
        for (Mention m : ents) {
            if (m.start() < o.end() && o.start() < m.end() && m.type() != EntityType.MODEL
                    && m.type() != EntityType.METHOD && !(m.type() == EntityType.METRIC && m.end() < o.end())) {
                return false;
            }
        }
        return true;
    }

    private static boolean acceptableSecond(Phrase p, List<Mention> ents) {
        for (Mention m : ents) {
            if (m.start() == p.start() && (m.type() == EntityType.MODEL || m.type() == EntityType.METHOD)) {
                return true;
            }
        }
        String[] words = p.text().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 1 && (GENERIC_HEADS.contains(words[words.length - 1])
                || RIVAL_FIRST.contains(words[0]) && !DATA_HEADS.contains(words[words.length - 1]))
                || words.length == 1 && LONE_RIVALS.contains(words[0]);
    }

    private static int firstTokenAt(List<Token> toks, int from) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= from) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The end token (exclusive) of the noun phrase starting at token i and ending before offset {@code limit}, or -1
     * when none starts there.
     */
    private static int phraseEndToken(List<Token> toks, int i, int limit) {
        int j = i;
        while (j < toks.size() && toks.get(j).start() < limit) {
            Token t = toks.get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (j + 2 < toks.size() && w.equals("state") && toks.get(j + 1).text().equals("of")) {
                j += 2;
                continue;
            }
            if (t.text().equals("(")) {
                int close = j;
                while (close < toks.size() && !toks.get(close).text().equals(")")) {
                    close++;
                }
                if (j > i && close < toks.size() && close - j <= 5 && close + 1 < toks.size()
                        && toks.get(close + 1).isWord()
                        && !OBJECT_STOP.contains(toks.get(close + 1).text().toLowerCase(Locale.ROOT))
                        && !(close == j + 2 && ENUMERATION.matcher(toks.get(j + 1).text()).matches())) {
                    j = close + 1;
                    continue;
                }
                break;
            }
            if (!t.isWord() && !((t.text().equals("'") || t.text().equals("\u2019")) && lowerCase(toks, i, j)
                    && j + 1 < toks.size() && toks.get(j + 1).text().equals("s"))
                    && !t.text().equals("-") && !(t.text().equals("&") && j > i && j + 1 < toks.size()
                    && toks.get(j + 1).isWord())) {
                break;
            }
            if (j > i && w.equals("of") && QUANTIFIERS.contains(toks.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                j++;
                continue;
            }
            if (j > i && w.equals("of") && namedOwner(toks, i, j)) {
                j++;
                continue;
            }
            if (j > i && w.equals("based") && j + 1 < toks.size() && toks.get(j + 1).isWord()
                    && !PREPOSITIONS.contains(toks.get(j + 1).text().toLowerCase(Locale.ROOT))) {
                j++;
                continue;
            }
            if (j > i && (OBJECT_STOP.contains(w) || w.equals("our") && !toks.get(j - 1).text().endsWith("ing"))
                    || j == i && OBJECT_STOP.contains(w) && !w.equals("both")) {
                break;
            }
            if (w.equals("leading") && j + 1 < toks.size() && toks.get(j + 1).text().equals("to")) {
                break;
            }
            if (j > i && (w.length() > 4 && w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w))
                    && j + 1 < toks.size()
                    && PARTICIPLE_NEXT.contains(toks.get(j + 1).text())) {
                break;
            }
            String before = j > i ? toks.get(j - 1).text().toLowerCase(Locale.ROOT) : "";
            if (j > i && (RESULT_WORDS.contains(w) && REPORTED.contains(before)
                    || w.equals("results") && STATE_OF_THE_ART.contains(before))) {
                j++;
                break;
            }
            if (j > i && METRIC_WORDS.contains(w.split("/")[0])
                    && !(w.equals("performance") && toks.get(j - 1).text().equalsIgnoreCase("human"))) {
                break;
            }
            if (j > i && GENERIC_HEADS.contains(w) && w.endsWith("s") && j + 1 < toks.size()
                    && !Lexicon.shaped(toks.get(j + 1).text())) {
                j++;
                break;
            }
            if (Character.isDigit(w.charAt(0)) && j + 1 < toks.size() && toks.get(j + 1).text().equals("%")) {
                break;
            }
            if (j - i >= 9) {
                break;
            }
            j++;
        }
        return j > i ? j : -1;
    }

    /** Whether tokens [i, j) are all lower-case words: "last year" in "last year's systems", not "DPO" in "DPO's". */
    private static boolean lowerCase(List<Token> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            String w = toks.get(k).text();
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return j > i;
    }

    /** "the decoder of original 3D UX-Net": "of" after "the" and a rival noun, before a name within three words. */
    private static boolean namedOwner(List<Token> toks, int i, int j) {
        if (j - i != 2 || !toks.get(i).text().equalsIgnoreCase("the")
                || !GENERIC_HEADS.contains(toks.get(j - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = j + 1; k < toks.size() && k <= j + 3 && toks.get(k).isWord(); k++) {
            if (Lexicon.shaped(toks.get(k).text()) || Character.isUpperCase(toks.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase tokens [i, j) span, without leading filler, a generic noun before a name, a possessive "'s" and
     * trailing hyphens; empty when what is left is no rival (a pronoun, the paper's own work, no letters).
     */
    private static Optional<Phrase> clean(String text, List<Token> toks, int i, int j) {
        int s = toks.get(i).start();
        int e = toks.get(j - 1).end();
        String p = text.substring(s, e);
        Matcher lead = LEADING_FILLER.matcher(p);
        if (lead.find()) {
            s += lead.end();
            p = p.substring(lead.end());
        }
        Matcher count = COUNTED_RIVALS.matcher(p);
        if (count.lookingAt() && GENERIC_HEADS.contains(p.substring(p.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            s += count.end();
            p = p.substring(count.end());
        }
        Matcher named = NAMED_AFTER_GENERIC.matcher(p);
        if (named.matches()) {
            s += named.start(1);
            p = named.group(1);
        }
        if (p.endsWith("'s") || p.endsWith("\u2019s")) {
            p = p.substring(0, p.length() - 2);
            e -= 2;
        }
        while (p.endsWith("-") || p.endsWith(" ")) {
            p = p.substring(0, p.length() - 1);
            e--;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (p.isEmpty() || PRONOUNS.contains(lower) || !hasLetter(p)
                || OWN.matcher(p).lookingAt() && !OWN_BASELINE.matcher(p).matches()
                || lower.startsWith("the proposed ") || lower.startsWith("the presented ")) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(p, s, e));
    }

    private static boolean named(String object, List<Mention> ents, Referent referent) {
        String lower = object.toLowerCase(Locale.ROOT);
        String[] words = lower.split("\\s+");
        if (GENERIC_HEADS.contains(words[words.length - 1])) {
            return false;
        }
        String key = Keys.of(object.replaceFirst("(?i)^the\\s+", ""));
        for (Mention m : ents) {
            if (Keys.of(m.surface()).equals(key)) {
                return true;
            }
        }
        for (String p : referent.surfaces()) {
            if (Keys.of(p).equals(key)) {
                return true;
            }
        }
        String last = object.substring(object.lastIndexOf(' ') + 1);
        return Lexicon.shaped(last) || Lexicon.titleCase(last) && words.length <= 3
                && Character.isUpperCase(object.charAt(0));
    }

    private static Optional<String> margin(String text, int objEnd, int nextStart, int prevEnd, int hitStart) {
        int to = Math.max(objEnd, nextStart);
        String after = text.substring(objEnd, to);
        String before = text.substring(prevEnd, hitStart);
        boolean afterDigit = hasDigit(after);
        if (!afterDigit && !hasDigit(before)) {
            return Optional.empty();
        }
        Matcher by = BY_MARGIN.matcher(after);
        if (afterDigit && by.find() && by.start() <= 40) {
            return Optional.ofNullable(by.group(1));
        }
        Matcher mn = MARGIN_NOUN.matcher(after);
        if (afterDigit && mn.find()) {
            return Optional.ofNullable(mn.group(1) != null ? mn.group(1) : mn.group(2));
        }
        Matcher pre = MARGIN_NOUN.matcher(before);
        if (pre.find()) {
            return Optional.ofNullable(pre.group(1) != null ? pre.group(1) : pre.group(2));
        }
        return afterDigit && by.find(0) ? Optional.ofNullable(by.group(1)) : Optional.empty();
    }

    /** Whether a text holds an ASCII digit, which every margin needs. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
