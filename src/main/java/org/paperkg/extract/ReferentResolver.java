package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;

/**
 * Decides what "our method", "it" and "the proposed approach" refer to: the paper's main proposed artifact.
 *
 * <p>The first proposed method or model (a proposed dataset only when nothing else is proposed). When it has an
 * abbreviation partner, the form the abstract uses more often wins, the shorter on a tie. Without any proposal
 * the referent is {@link Claim#PROPOSED}.
 */
public final class ReferentResolver implements Stage {
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
        Proposal main = null;
        for (Proposal p : proposals) {
            if (p.type() != EntityType.DATASET) {
                main = p;
                break;
            }
        }
        if (main == null && !proposals.isEmpty()) {
            main = proposals.get(0);
        }
        if (main == null) {
            document.put(Layers.REFERENT, new Referent(Claim.PROPOSED, surfaces));
            return;
        }
        String best = main.name();
        String k = Keys.of(best);
        for (Abbreviation a : document.get(Layers.ABBREVIATIONS)) {
            String other = k.equals(Keys.of(a.longForm())) ? a.shortForm()
                    : k.equals(Keys.of(a.shortForm())) ? a.longForm() : null;
            if (other != null) {
                int nb = count(document.abstractText(), best);
                int no = count(document.abstractText(), other);
                if (no > nb || no == nb && other.length() < best.length()) {
                    best = other;
                }
                break;
            }
        }
        document.put(Layers.REFERENT, new Referent(best, surfaces));
    }

    private static int count(String text, String name) {
        int n = 0;
        int from = 0;
        while (true) {
            int at = ClaimFinder.wordIndex(text.substring(from), name);
            if (at < 0) {
                return n;
            }
            n++;
            from += at + name.length();
        }
    }
}
