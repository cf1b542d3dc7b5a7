package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestWarmUp {
    private static final long SECOND = 1_000_000_000L;

    private static WarmUp.Round quiet(double throughput) {
        return new WarmUp.Round(throughput, SECOND, 0);
    }

    @Test
    void flatQuietRoundsAreWarmOnceTheMinimumHasRun() {
        WarmUp rule = new WarmUp(3, 10, 0.05, 0.03);
        assertEquals(WarmUp.Verdict.WARMING, rule.judge(List.of(quiet(1000), quiet(1000))));
        assertEquals(WarmUp.Verdict.WARM, rule.judge(List.of(quiet(1000), quiet(1000), quiet(1000))));
    }

    @Test
    void risingThroughputKeepsWarming() {
        WarmUp rule = new WarmUp(2, 10, 0.05, 0.03);
        assertEquals(WarmUp.Verdict.WARMING, rule.judge(List.of(quiet(1000), quiet(1040))));
        assertEquals(WarmUp.Verdict.WARM, rule.judge(List.of(quiet(1000), quiet(1029))));
        assertEquals(WarmUp.Verdict.WARM, rule.judge(List.of(quiet(1000), quiet(1040), quiet(900))));
    }

    @Test
    void theBestEarlierRoundIsTheBarNotTheLastOne() {
        WarmUp rule = new WarmUp(2, 10, 0.05, 0.03);
        assertEquals(WarmUp.Verdict.WARM, rule.judge(List.of(quiet(1000), quiet(500), quiet(1020))));
        assertEquals(WarmUp.Verdict.WARMING, rule.judge(List.of(quiet(1000), quiet(500), quiet(1100))));
    }

    @Test
    void aBusyCompilerKeepsWarmingEvenWhenThroughputIsFlat() {
        WarmUp rule = new WarmUp(2, 10, 0.05, 0.03);
        List<WarmUp.Round> rounds = List.of(quiet(1000), new WarmUp.Round(1000, SECOND, SECOND / 10));
        assertEquals(WarmUp.Verdict.WARMING, rule.judge(rounds));
        assertEquals(WarmUp.Verdict.WARM, rule.judge(List.of(quiet(1000), new WarmUp.Round(1000, SECOND,
                SECOND / 20))));
    }

    @Test
    void aWarmUpThatNeverSettlesIsCutOffAtTheLimit() {
        WarmUp rule = new WarmUp(1, 4, 0.05, 0.03);
        List<WarmUp.Round> rounds = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rounds.add(quiet(1000 * i));
            assertEquals(WarmUp.Verdict.WARMING, rule.judge(rounds), "round " + i);
        }
        rounds.add(quiet(4000));
        assertEquals(WarmUp.Verdict.CUT_OFF, rule.judge(rounds));
    }

    @Test
    void aWarmRoundAtTheLimitIsWarmNotCutOff() {
        WarmUp rule = new WarmUp(2, 2, 0.05, 0.03);
        assertEquals(WarmUp.Verdict.WARM, rule.judge(List.of(quiet(1000), quiet(1000))));
    }

    @Test
    void aSingleRoundCanOnlyBeWarmWhenTheMinimumIsOne() {
        assertEquals(WarmUp.Verdict.WARMING, new WarmUp(1, 5, 0.05, 0.03).judge(List.of(quiet(1000))));
        assertEquals(WarmUp.Verdict.CUT_OFF, new WarmUp(1, 1, 0.05, 0.03).judge(List.of(quiet(1000))));
    }

    @Test
    void badBoundsAndRoundsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(0, 5, 0.05, 0.03));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(5, 4, 0.05, 0.03));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(1, 5, 1.5, 0.03));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(1, 5, 0.05, -0.01));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(1, 5, Double.NaN, 0.03));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp.Round(0, SECOND, 0));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp.Round(Double.NaN, SECOND, 0));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp.Round(1000, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp.Round(1000, SECOND, -1));
    }
}
