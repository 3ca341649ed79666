package org.companyunification.cli.bench;

import java.sql.SQLException;
import org.companyunification.cli.bench.QueryMeasurement.Latency;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * Times the library's answer to a question against the same answer written by hand, call by call: each round
 * runs both, in turns (the library first in even rounds, the hand-written code first in odd ones), so that what
 * changes on the machine during the measurement weighs on both sides alike, rather than on whichever side ran
 * second. Warm-up rounds run first and are not timed: as many as {@link QueryTiming} asks for, and for as long.
 */
final class SideBySide {

    /** A call to time; what it returns is kept so that no call is optimised away. */
    @FunctionalInterface
    interface Call {
        Object run() throws SQLException;
    }

    private final QueryTiming timing;

    SideBySide(QueryTiming timing) {
        this.timing = timing;
    }

    /**
     * Times both ways.
     *
     * @param key the measurement's key
     * @param label the measurement's label
     * @param what what is timed, for the error of a call that fails ("query", "count")
     * @param library the library's call
     * @param handWritten the hand-written call
     * @return the two latencies and the warm-up made
     */
    QueryMeasurement measure(String key, String label, String what, Call library, Call handWritten) {
        int calls = timing.calls();
        long[] libraryNanos = new long[calls];
        long[] handWrittenNanos = new long[calls];
        int warmupRounds = 0;
        long warmupNanos;
        try {
            long warmupStarted = System.nanoTime();
            long warmUntil = warmupStarted + timing.warmupTime().toNanos();
            while (warmupRounds < timing.warmupCalls() || System.nanoTime() - warmUntil < 0) {
                answer(key, what, library);
                answer(key, what, handWritten);
                warmupRounds++;
            }
            warmupNanos = System.nanoTime() - warmupStarted;
            for (int i = 0; i < calls; i++) {
                if (i % 2 == 0) {
                    libraryNanos[i] = timed(key, what, library);
                    handWrittenNanos[i] = timed(key, what, handWritten);
                } else {
                    handWrittenNanos[i] = timed(key, what, handWritten);
                    libraryNanos[i] = timed(key, what, library);
                }
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "The hand-written " + what + " " + key
                    + " failed: " + e.getMessage(), e);
        }
        return new QueryMeasurement(key, label, Latency.of(libraryNanos), Latency.of(handWrittenNanos),
                new QueryMeasurement.Warmup(warmupRounds, warmupNanos / 1e9));
    }

    private static long timed(String key, String what, Call call) throws SQLException {
        long started = System.nanoTime();
        answer(key, what, call);
        return System.nanoTime() - started;
    }

    private static void answer(String key, String what, Call call) throws SQLException {
        if (call.run() == null) {
            throw new IllegalStateException("the " + what + " " + key + " returned null");
        }
    }
}
