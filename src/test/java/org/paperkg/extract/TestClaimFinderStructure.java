package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Claim;

/**
 * Structural claim rules (how coordinated objects split, how an object span is cut) checked on real sentences of
 * unseen corpus abstracts (shards 016-017, outside every gold set), each cited by its corpus id.
 */
class TestClaimFinderStructure {

    private static List<String> briefs(String title, String abstractText) {
        return StageFixture.run(title, abstractText).get(Layers.CLAIMS).stream()
                .map(c -> c.subject() + " " + c.relation().label() + " " + c.object()).toList();
    }

    @Test
    void aNamedOrDeterminedSecondConjunctIsARivalOfItsOwn() {
        // germain2009neurips-pacbayes
        assertEquals(List.of(Claim.PROPOSED + " outperforms ridge regression", Claim.PROPOSED + " outperforms AdaBoost"),
                briefs("t", "We present numerical experiments where the proposed learning algorithm generally"
                        + " outperforms ridge regression and AdaBoost."));
        // xue2016icml-variable
        assertEquals(List.of(Claim.PROPOSED + " outperforms the traditional bucket representation",
                Claim.PROPOSED + " outperforms other approximate inference algorithms"), briefs("t", "Compared with"
                        + " the traditional bucket representation and other approximate inference algorithms, we"
                        + " obtain significant improvements."));
    }
}
