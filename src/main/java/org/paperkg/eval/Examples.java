package org.paperkg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.Classifiers;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperKey;

/**
 * The labelled training examples of the learned filters, read from what the rules produce for one gold paper.
 *
 * <p>An entity name is right when it matches a core or optional gold name of a field it can score in (model and
 * method names pool, as in the models+methods field; datasets score as datasets), a proposed name when it matches a
 * gold proposed name, a claim when its relation, subject and object match a gold claim; names match after
 * {@link PaperKey#normalize(String)}, as the {@link Evaluator} matches them.
 *
 * <pre>{@code
 * List<Example> xs = Examples.entities(gold, extractor.items(title, abstractText), classifiers);
 * }</pre>
 */
public final class Examples {

    private Examples() {
    }

    /** The examples of the entity filter. */
    public static List<Example> entities(GoldRecord gold, RuleExtractor.Items items, Classifiers classifiers) {
        Set<String> datasets = keys(gold, EntityType.DATASET);
        Set<String> modelsMethods = keys(gold, EntityType.MODEL);
        modelsMethods.addAll(keys(gold, EntityType.METHOD));
        return items.entities().stream().map(m -> new Example(
                classifiers.entities().featurizer().features(items.document(), m),
                (m.type() == EntityType.DATASET ? datasets : modelsMethods).contains(Evaluator.nameKey(m.surface()))))
                .toList();
    }

    /** The examples of the proposed-name filter. */
    public static List<Example> proposals(GoldRecord gold, RuleExtractor.Items items, Classifiers classifiers) {
        Set<String> proposed = new HashSet<>();
        gold.proposed().forEach(p -> proposed.add(Evaluator.nameKey(p)));
        return items.proposals().stream().map(p -> new Example(
                classifiers.proposals().featurizer().features(items.document(), p),
                proposed.contains(Evaluator.nameKey(p.name())))).toList();
    }

    /** The examples of the claim filter. */
    public static List<Example> claims(GoldRecord gold, RuleExtractor.Items items, Classifiers classifiers) {
        Set<String> claims = new HashSet<>();
        gold.claims().forEach(c -> claims.add(Evaluator.claimKey(c.relation(), c.subject(), c.object())));
        return items.claims().stream().map(c -> new Example(
                classifiers.claims().featurizer().features(items.document(), c),
                claims.contains(Evaluator.claimKey(c.relation(), c.subject(), c.object())))).toList();
    }

    private static Set<String> keys(GoldRecord gold, EntityType type) {
        Set<String> out = new HashSet<>();
        gold.names(type).core().forEach(n -> out.add(Evaluator.nameKey(n)));
        gold.names(type).optional().forEach(n -> out.add(Evaluator.nameKey(n)));
        return out;
    }
}
