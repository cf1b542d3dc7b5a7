package org.paperkg.extract;

import java.util.List;

/**
 * The rule that ends a benchmark's warm-up: the JIT compiler has gone quiet and throughput has stopped rising.
 *
 * <p>A round is warm when at least {@link #minRounds()} rounds have run, the compiler spent at most
 * {@link #maxCompileShare()} of the round's wall-clock time compiling, and the round's throughput is no more than
 * {@link #minRise()} above the best earlier round. The compiler must be quiet because on a small machine it takes a
 * core from the measured threads (on two cores, C2 alone holds one for the first 25-30 s); throughput must have
 * stopped rising because compiled code still replaces interpreted code for a while after that. A warm-up that
 * reaches {@link #maxRounds()} rounds is cut off, so that a busy machine still ends the benchmark, and says so.
 *
 * <pre>{@code
 * WarmUp rule = WarmUp.STANDARD;
 * rule.judge(List.of(new WarmUp.Round(900, 3_000_000_000L, 2_900_000_000L)));   // WARMING
 * }</pre>
 *
 * @param minRounds rounds that always run, at least 1
 * @param maxRounds rounds after which the warm-up is cut off, at least {@code minRounds}
 * @param maxCompileShare the largest share of a warm round's wall-clock time the compiler may spend, in [0, 1]
 * @param minRise the relative gain over the best earlier round that still counts as rising, at least 0
 */
record WarmUp(int minRounds, int maxRounds, double maxCompileShare, double minRise) {
    /**
     * Three rounds at least, sixty at most; warm when the compiler used at most 5% of the round and throughput rose
     * less than 3% over the best earlier round.
     */
    static final WarmUp STANDARD = new WarmUp(3, 60, 0.05, 0.03);

    /** Where a warm-up stands after some rounds. */
    enum Verdict {
        /** Still warming: run another round. */
        WARMING,
        /** Warm: the compiler is quiet and throughput stopped rising. */
        WARM,
        /** Cut off at the round limit while still warming. */
        CUT_OFF
    }

    /**
     * One warm-up round.
     *
     * @param throughput abstracts per second (any one measure, the same for every round)
     * @param wallNanos the round's wall-clock time, positive
     * @param compileNanos the time the JIT compiler spent compiling during the round, at least 0
     */
    record Round(double throughput, long wallNanos, long compileNanos) {
        /**
         * Validates the round.
         *
         * @throws IllegalArgumentException when the throughput is not a positive number, the wall time not positive
         *     or the compile time negative
         */
        Round {
            if (!(throughput > 0) || Double.isInfinite(throughput) || wallNanos <= 0 || compileNanos < 0) {
                throw new IllegalArgumentException("a round needs a positive finite throughput and wall time and a"
                        + " compile time >= 0, got " + throughput + ", " + wallNanos + ", " + compileNanos);
            }
        }
    }

    /**
     * Validates the rule.
     *
     * @throws IllegalArgumentException when a bound is out of its range
     */
    WarmUp {
        if (minRounds < 1 || maxRounds < minRounds || !(maxCompileShare >= 0 && maxCompileShare <= 1)
                || !(minRise >= 0) || Double.isInfinite(minRise)) {
            throw new IllegalArgumentException("need 1 <= minRounds <= maxRounds, maxCompileShare in [0, 1] and a"
                    + " finite minRise >= 0, got " + minRounds + ", " + maxRounds + ", " + maxCompileShare + ", "
                    + minRise);
        }
    }

    /** Whether the warm-up is over after these rounds, in the order they ran. */
    Verdict judge(List<Round> rounds) {
        int n = rounds.size();
        if (n >= minRounds && warm(rounds)) {
            return Verdict.WARM;
        }
        return n >= maxRounds ? Verdict.CUT_OFF : Verdict.WARMING;
    }

    private boolean warm(List<Round> rounds) {
        Round last = rounds.get(rounds.size() - 1);
        if (last.compileNanos() > maxCompileShare * last.wallNanos()) {
            return false;
        }
        double best = 0;
        for (Round r : rounds.subList(0, rounds.size() - 1)) {
            best = Math.max(best, r.throughput());
        }
        return last.throughput() <= best * (1 + minRise);
    }
}
