package org.companyunification.cli.bench;

import java.time.Duration;

/**
 * How the benchmark times each query and count: untimed warm-up calls, then timed calls, both ways.
 *
 * <p>The warm-up lasts for at least {@code warmupCalls} rounds and at least {@code warmupTime}. A count of calls
 * alone cannot suit every query: Hibernate's code paths are long and take tens of thousands of calls (several
 * seconds) before the JIT has compiled them, against a few thousand for the hand-written side, so a query that
 * answers in a tenth of a millisecond would be timed with the library still half compiled, while a time spent
 * on a count that takes 30 ms is a few hundred calls, which is all it needs.
 *
 * @param warmupCalls the fewest untimed rounds, 0 or more
 * @param warmupTime the least time the untimed rounds take, zero or more
 * @param calls the timed calls each way, more than 0
 */
record QueryTiming(int warmupCalls, Duration warmupTime, int calls) {

    QueryTiming {
        if (warmupCalls < 0 || warmupTime.isNegative() || calls < 1) {
            throw new IllegalArgumentException("warm-up calls and time must not be negative and calls must be"
                    + " positive: " + warmupCalls + ", " + warmupTime + ", " + calls);
        }
    }
}
