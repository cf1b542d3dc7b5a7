package org.paperkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of scoring extractions against a gold set: micro-averaged counts and precision, recall and F1 per
 * {@link Field}, how many papers were matched, and per-paper errors for debugging.
 *
 * <pre>{@code
 * EvalReport report = new Evaluator().score(gold, extractions);
 * System.out.print(report.table());
 * double datasetsF1 = report.score(Field.DATASETS).f1();
 * }</pre>
 *
 * @param goldPapers papers in the gold set
 * @param predictedPapers extractions given to the evaluator
 * @param matchedPapers gold papers that were matched to an extraction
 * @param unmatchedGoldPapers gold papers with no extraction (their core items all count as missed)
 * @param unmatchedPredictions extractions that match no gold paper (not scored)
 * @param scores the counts per field, summed over all gold papers; every field is present
 * @param errors the gold papers with at least one error, in gold order
 */
public record EvalReport(
        int goldPapers,
        int predictedPapers,
        int matchedPapers,
        int unmatchedGoldPapers,
        int unmatchedPredictions,
        Map<Field, FieldScore> scores,
        List<PaperErrors> errors) {

    public EvalReport {
        EnumMap<Field, FieldScore> copy = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            copy.put(f, scores.getOrDefault(f, FieldScore.ZERO));
        }
        scores = Collections.unmodifiableMap(copy);
        errors = List.copyOf(errors);
    }

    /** The score of one field. */
    public FieldScore score(Field field) {
        return scores.get(field);
    }

    /**
     * A fixed-width table for people: a line on papers, then one row per field with tp, optional hits, fp, fn,
     * precision, recall and F1.
     */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "gold papers: %d, matched: %d, gold without prediction: %d, predictions without gold: %d%n",
                goldPapers, matchedPapers, unmatchedGoldPapers, unmatchedPredictions));
        sb.append(String.format(Locale.ROOT, "%-15s %6s %6s %6s %6s %7s %7s %7s%n",
                "field", "tp", "opt", "fp", "fn", "P", "R", "F1"));
        for (Field f : Field.values()) {
            FieldScore s = scores.get(f);
            sb.append(String.format(Locale.ROOT, "%-15s %6d %6d %6d %6d %7.3f %7.3f %7.3f%n",
                    f.label(), s.truePositives(), s.optionalHits(), s.falsePositives(), s.falseNegatives(),
                    s.precision(), s.recall(), s.f1()));
        }
        return sb.toString();
    }

    /**
     * The per-paper errors as readable text: one block per paper with errors, one line per field with the
     * missed ({@code -}) and spurious ({@code +}) items.
     */
    public String errorsText() {
        StringBuilder sb = new StringBuilder();
        for (PaperErrors p : errors) {
            sb.append("== ").append(p.title());
            p.id().ifPresent(id -> sb.append(" [").append(id).append(']'));
            if (!p.matched()) {
                sb.append(" (no prediction)");
            }
            sb.append(System.lineSeparator());
            p.fields().forEach((field, e) -> {
                sb.append(String.format(Locale.ROOT, "  %-15s", field.label()));
                e.missed().forEach(m -> sb.append(" -\"").append(m).append('"'));
                e.spurious().forEach(s -> sb.append(" +\"").append(s).append('"'));
                sb.append(System.lineSeparator());
            });
        }
        return sb.toString();
    }

    /** The whole report, errors included, as a pretty-printed JSON object for machines. */
    public String toJson() {
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode papers = root.putObject("papers");
        papers.put("gold", goldPapers);
        papers.put("predicted", predictedPapers);
        papers.put("matched", matchedPapers);
        papers.put("gold_without_prediction", unmatchedGoldPapers);
        papers.put("predictions_without_gold", unmatchedPredictions);
        ObjectNode fields = root.putObject("fields");
        for (Field f : Field.values()) {
            FieldScore s = scores.get(f);
            ObjectNode n = fields.putObject(f.label());
            n.put("tp", s.truePositives());
            n.put("optional_hits", s.optionalHits());
            n.put("fp", s.falsePositives());
            n.put("fn", s.falseNegatives());
            n.put("precision", s.precision());
            n.put("recall", s.recall());
            n.put("f1", s.f1());
        }
        ArrayNode errs = root.putArray("errors");
        for (PaperErrors p : errors) {
            ObjectNode n = errs.addObject();
            p.id().ifPresent(id -> n.put("id", id));
            n.put("title", p.title());
            n.put("matched", p.matched());
            ObjectNode pf = n.putObject("fields");
            p.fields().forEach((field, e) -> {
                ObjectNode fe = pf.putObject(field.label());
                e.missed().forEach(fe.putArray("missed")::add);
                e.spurious().forEach(fe.putArray("spurious")::add);
            });
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
