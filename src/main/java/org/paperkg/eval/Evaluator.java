package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.PaperKey;
import org.paperkg.model.Relation;

/**
 * A scorer of extractions against a gold set, by the annotation guide's rules.
 *
 * <p>Papers are matched by id when the gold paper has one and an extraction carries the same id, else by
 * title after {@link PaperKey#normalize(String)}; each extraction is matched at most once. Within a matched
 * paper, per field:
 * <ul>
 *   <li>entity names, proposed names and claim subjects/objects match after {@link PaperKey#normalize(String)}
 *       (lower-cased, punctuation and spaces removed); each distinct normalised item counts once;</li>
 *   <li>an entity name matches only gold names of the same field; the pooled {@link Field#MODELS_METHODS} field
 *       pools gold models and methods and predicted models and methods;</li>
 *   <li>recall counts core items only; a predicted item matching a core or optional item is correct; a
 *       predicted item matching nothing is a false positive (see {@link FieldScore});</li>
 *   <li>claims match on (relation, subject, object) and have no optional tier; {@link Field#CLAIMS_LOOSE}
 *       pairs each gold claim with at most one predicted claim of the same relation and subject whose
 *       normalised object contains the gold one's or is contained in it, and lists no per-paper errors;</li>
 *   <li>code links match exactly after trimming white space.</li>
 * </ul>
 * Counts are summed over gold papers (micro-average). A gold paper without an extraction counts all its core
 * items as missed. Extractions for papers outside the gold set are counted but not scored.
 *
 * <pre>{@code
 * EvalReport report = new Evaluator().score(goldRecords, extractions);
 * }</pre>
 */
public final class Evaluator {

    /** Creates an evaluator; it holds no state. */
    public Evaluator() {
        // Stateless: every call to score works only on its arguments.
    }

    /** Scores extractions against gold papers. */
    public EvalReport score(List<GoldRecord> gold, List<Extraction> predictions) {
        Map<String, Extraction> byId = new HashMap<>();
        Map<String, Extraction> byTitle = new HashMap<>();
        for (Extraction e : predictions) {
            byId.putIfAbsent(e.id(), e);
            byTitle.putIfAbsent(PaperKey.normalize(e.title()), e);
        }
        Set<Extraction> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Field, FieldScore> totals = new EnumMap<>(Field.class);
        List<PaperErrors> errors = new ArrayList<>();
        int matched = 0;
        for (GoldRecord g : gold) {
            Optional<Extraction> p = match(g, byId, byTitle, used);
            p.ifPresent(used::add);
            matched += p.isPresent() ? 1 : 0;
            Map<Field, PaperErrors.FieldErrors> paperErrors = new EnumMap<>(Field.class);
            for (Field f : Field.values()) {
                Outcome o = scoreField(f, g, p);
                totals.merge(f, o.score(), FieldScore::plus);
                if (!o.errors().missed().isEmpty() || !o.errors().spurious().isEmpty()) {
                    paperErrors.put(f, o.errors());
                }
            }
            if (p.isEmpty() || !paperErrors.isEmpty()) {
                errors.add(new PaperErrors(g.id(), g.title(), p.isPresent(), paperErrors));
            }
        }
        return new EvalReport(gold.size(), predictions.size(), matched, gold.size() - matched,
                predictions.size() - used.size(), totals, errors);
    }

    private static Optional<Extraction> match(GoldRecord g, Map<String, Extraction> byId,
                                              Map<String, Extraction> byTitle, Set<Extraction> used) {
        Optional<Extraction> viaId = g.id().map(byId::get).filter(e -> !used.contains(e));
        if (viaId.isPresent()) {
            return viaId;
        }
        return Optional.ofNullable(byTitle.get(PaperKey.normalize(g.title()))).filter(e -> !used.contains(e));
    }

    private static Outcome scoreField(Field field, GoldRecord g, Optional<Extraction> p) {
        Function<String, String> same = Function.identity();
        return switch (field) {
            case DATASETS, MODELS, METHODS, TASKS, METRICS -> {
                EntityType t = field.entityType().orElseThrow();
                TieredNames gn = g.names(t);
                yield compare(gn.core(), gn.optional(), p.map(e -> e.names(t)).orElse(List.of()),
                        Evaluator::nameKey, same);
            }
            case MODELS_METHODS -> {
                TieredNames models = g.names(EntityType.MODEL);
                TieredNames methods = g.names(EntityType.METHOD);
                List<String> predicted = new ArrayList<>();
                p.ifPresent(e -> {
                    predicted.addAll(e.names(EntityType.MODEL));
                    predicted.addAll(e.names(EntityType.METHOD));
                });
                yield compare(concat(models.core(), methods.core()), concat(models.optional(), methods.optional()),
                        predicted, Evaluator::nameKey, same);
            }
            case PROPOSED -> compare(g.proposed(), List.of(), p.map(Extraction::proposed).orElse(List.of()),
                    Evaluator::nameKey, same);
            case CODE -> compare(g.code(), List.of(), p.map(Extraction::code).orElse(List.of()),
                    String::strip, same);
            case CLAIMS -> compare(Triple.ofGold(g), List.of(), Triple.ofPrediction(p), Triple::key, Triple::text);
            case CLAIMS_LOOSE -> looseClaims(Triple.ofGold(g), Triple.ofPrediction(p));
        };
    }

    private static Outcome looseClaims(List<Triple> gold, List<Triple> predicted) {
        Collection<Triple> goldClaims = keyed(gold, Triple::key).values();
        List<Triple> predictedLeft = new ArrayList<>(keyed(predicted, Triple::key).values());
        int goldCount = goldClaims.size();
        long tp = 0;
        for (Triple g : goldClaims) {
            for (int i = 0; i < predictedLeft.size(); i++) {
                if (predictedLeft.get(i).looselyMatches(g)) {
                    predictedLeft.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return new Outcome(new FieldScore(tp, 0, predictedLeft.size(), goldCount - tp),
                new PaperErrors.FieldErrors(List.of(), List.of()));
    }

    private static <T> Outcome compare(Collection<T> core, Collection<T> optional, Collection<T> predicted,
                                       Function<T, String> key, Function<T, String> display) {
        Map<String, T> coreKeys = keyed(core, key);
        Map<String, T> optionalKeys = keyed(optional, key);
        Map<String, T> predictedKeys = keyed(predicted, key);
        long tp = 0;
        long optionalHits = 0;
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (Map.Entry<String, T> c : coreKeys.entrySet()) {
            if (predictedKeys.containsKey(c.getKey())) {
                tp++;
            } else {
                missed.add(display.apply(c.getValue()));
            }
        }
        for (Map.Entry<String, T> pr : predictedKeys.entrySet()) {
            if (coreKeys.containsKey(pr.getKey())) {
                continue;
            }
            if (optionalKeys.containsKey(pr.getKey())) {
                optionalHits++;
            } else {
                spurious.add(display.apply(pr.getValue()));
            }
        }
        return new Outcome(new FieldScore(tp, optionalHits, spurious.size(), missed.size()),
                new PaperErrors.FieldErrors(missed, spurious));
    }

    private static <T> Map<String, T> keyed(Collection<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            out.putIfAbsent(key.apply(item), item);
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The matching key of a name: the guide's normalisation, or the trimmed text if that leaves nothing. */
    static String nameKey(String name) {
        String n = PaperKey.normalize(name);
        return n.isEmpty() ? "\u0000" + name.strip() : n;
    }

    /** The matching key of a claim: its relation and the matching keys of its subject and object. */
    static String claimKey(Relation relation, String subject, String object) {
        return relation.label() + "|" + nameKey(subject) + "|" + nameKey(object);
    }

    /** The part of a claim that takes part in matching. */
    private record Triple(String subject, Relation relation, String object) {
        static Triple of(Claim c) {
            return new Triple(c.subject(), c.relation(), c.object());
        }

        static List<Triple> ofGold(GoldRecord g) {
            return g.claims().stream().map(c -> new Triple(c.subject(), c.relation(), c.object())).toList();
        }

        static List<Triple> ofPrediction(Optional<Extraction> p) {
            return p.map(e -> e.claims().stream().map(Triple::of).toList()).orElse(List.of());
        }

        String key() {
            return claimKey(relation, subject, object);
        }

        String text() {
            return subject + " " + relation.label() + " " + object;
        }

        boolean looselyMatches(Triple other) {
            if (relation != other.relation || !nameKey(subject).equals(nameKey(other.subject))) {
                return false;
            }
            String a = nameKey(object);
            String b = nameKey(other.object);
            return a.contains(b) || b.contains(a);
        }
    }

    private record Outcome(FieldScore score, PaperErrors.FieldErrors errors) {
    }
}
