package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;

/**
 * Decides what "our method", "it" and "the proposed approach" refer to: the paper's main proposed artifact.
 *
 * <p>The first proposed method or model that the text does not call a dataset ("keypoint dataset WEPDTOF-Pose",
 * title "IsarStep: a Benchmark for ...") nor a part ("a hybrid composition block (HCB)", "the DSA module"), else the
 * first such part; a proposed dataset only when nothing else is proposed, and not when the
 * text itself calls it a dataset, as in "the LITHOS Benchmark" or "matting datasets: VideoMatte240K": then "our
 * approach outperforms ..." is about an unnamed method, and the referent is {@link Claim#PROPOSED}. A name proposed
 * with its abbreviation in parentheses gives the abbreviation; otherwise, when it has an abbreviation partner, the
 * form the abstract uses more often wins, the shorter on a tie. Without any proposal
 * the referent is {@link Claim#PROPOSED}. The group lists every proposed method or model once, in that preferred
 * form, for plural phrases ("these metrics") that stand for several of them.
 */
public final class ReferentResolver implements Stage {
    /** "Cross-Temporal Spectrogram Autoencoder (CTSAE)" proposed as one name: the referent is the short form. */
    private static final Pattern NAME_WITH_ABBREVIATION = Pattern.compile(".+ \\(([^()\\s]+)\\)");
    private static final Pattern DATASET_AFTER = Pattern.compile(
            "(?i)\\s*(?:\\([\\w-]+\\)\\s*)?(?:dataset|benchmark|corpus|suite)\\b");
    private static final String PART_NOUNS = "(?:block|module|layer|unit|loss|cell|component|regularizer|term)s?";
    private static final Pattern COMPONENT_END = Pattern.compile("(?i)\\b" + PART_NOUNS + "$");
    private static final Pattern COMPONENT_AFTER = Pattern.compile(
            "(?i)\\s*(?:\\([^()\\s]+\\)\\s*)?" + PART_NOUNS + "\\b");
    private static final Pattern TITLED_DATASET = Pattern.compile(
            "(?i)\\s*:\\s*(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:dataset|benchmark|corpus|suite|testbed)\\b");
    private static final Pattern DATASET_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:datasets?|benchmarks?|corpus|corpora)\\s*(?::|,? called|,? named|,? termed|,? dubbed)"
                    + "|dataset)\\s*(?:the\\s+)?$");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PROPOSED, Layers.ABBREVIATIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.REFERENT);
    }

    @Override
    public void annotate(Document document) {
        List<Proposal> proposals = document.get(Layers.PROPOSED);
        List<String> surfaces = new ArrayList<>();
        for (Proposal p : proposals) {
            surfaces.add(p.name());
        }
        List<Proposal> artifacts = proposals.stream().filter(p -> p.type() != EntityType.DATASET
                && !namedAsDataset(document.abstractText(), p.name()) && !titledAsDataset(document.title(), p.name()))
                .toList();
        Optional<Proposal> main = artifacts.stream().filter(p -> !component(document.abstractText(), p.name()))
                .findFirst().or(() -> artifacts.stream().findFirst());
        if (main.isEmpty() && !proposals.isEmpty()) {
            main = Optional.of(proposals.get(0));
            for (Proposal p : proposals) {
                if (namedAsDataset(document.abstractText(), p.name()) || titledAsDataset(document.title(), p.name())) {
                    document.put(Layers.REFERENT, new Referent(Claim.PROPOSED, surfaces, List.of()));
                    return;
                }
            }
        }
        if (main.isEmpty()) {
            document.put(Layers.REFERENT, new Referent(Claim.PROPOSED, surfaces, List.of()));
            return;
        }
        String mainName = main.get().name();
        Matcher withAbbreviation = NAME_WITH_ABBREVIATION.matcher(mainName);
        String best = withAbbreviation.matches() ? withAbbreviation.group(1) : preferred(document, mainName);
        Set<String> seen = new LinkedHashSet<>();
        List<String> group = new ArrayList<>();
        seen.add(Keys.of(best));
        group.add(best);
        for (Proposal p : proposals) {
            String name = preferred(document, p.name());
            if (p.type() != EntityType.DATASET && seen.add(Keys.of(name))) {
                group.add(name);
            }
        }
        document.put(Layers.REFERENT, new Referent(best, surfaces, group));
    }

    /**
     * Whether the text puts a dataset noun right after the name or right before it ("datasets: X", "dataset X", "X
     * benchmark"; not "benchmark X", which is mostly the verb).
     */
    static boolean namedAsDataset(String text, String name) {
        for (int at : ClaimFinder.wordStarts(text, name)) {
            int end = at + name.length();
            if (DATASET_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt()
                    || DATASET_BEFORE.matcher(text.substring(Math.max(0, at - 30), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is a part of a larger system: it ends with, or the text puts right after it, a part noun ("a
     * hybrid composition block (HCB)", "the DSA module").
     */
    static boolean component(String text, String name) {
        if (COMPONENT_END.matcher(name).find()) {
            return true;
        }
        for (int at : ClaimFinder.wordStarts(text, name)) {
            int end = at + name.length();
            if (COMPONENT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the title presents the name as a dataset: "IsarStep: a Benchmark for High-level Mathematical ...". */
    static boolean titledAsDataset(String title, String name) {
        return title.startsWith(name)
                && TITLED_DATASET.matcher(title).region(name.length(), title.length()).lookingAt();
    }

    /** The form of a name the abstract uses more often, between it and its abbreviation partner; shorter on a tie. */
    private static String preferred(Document document, String name) {
        String k = Keys.of(name);
        for (Abbreviation a : document.get(Layers.ABBREVIATIONS)) {
            Optional<String> partner = a.partnerOf(k);
            if (partner.isEmpty()) {
                continue;
            }
            String other = partner.get();
            int nb = count(document.abstractText(), name);
            int no = count(document.abstractText(), other);
            return no > nb || no == nb && other.length() < name.length() ? other : name;
        }
        return name;
    }

    private static int count(String text, String name) {
        return ClaimFinder.wordStarts(text, name).size();
    }
}
