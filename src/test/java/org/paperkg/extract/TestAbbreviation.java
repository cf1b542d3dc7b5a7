package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestAbbreviation {

    private static Abbreviation pair(String longForm) {
        return new Abbreviation(longForm, "X", 1, 0, longForm.length() + 2);
    }

    @Test
    void aLongFormIsCapitalizedWhenTwoThirdsOfItsContentWordsAre() {
        assertTrue(pair("Multi-Task Learning").capitalized());
        assertTrue(pair("Segment Anything Model").capitalized());
        assertTrue(pair("Learning from Human Feedback with the Model").capitalized());
        assertTrue(pair("Graph  neural\tNetwork").capitalized());
        assertFalse(pair("Knowledge graphs").capitalized());
        assertFalse(pair("Knowledge graph embedding").capitalized());
    }

    @Test
    void functionWordsDoNotCountAndOnlyBlanksSeparateWords() {
        assertTrue(pair(" of the Big Model ").capitalized());
        assertFalse(pair("of the and").capitalized());
        assertFalse(pair("").capitalized());
        assertFalse(pair("Graph\u00a0neural network").capitalized());
        assertTrue(pair("\u00c9cole Normale").capitalized());
    }

    @Test
    void partnerOfGivesTheOtherForm() {
        Abbreviation a = new Abbreviation("Segment Anything Model", "SAM", 1, 0, 24);
        assertEquals(Optional.of("SAM"), a.partnerOf("segmentanythingmodel"));
        assertEquals(Optional.of("Segment Anything Model"), a.partnerOf("sam"));
        assertEquals(Optional.empty(), a.partnerOf("sa"));
    }
}
