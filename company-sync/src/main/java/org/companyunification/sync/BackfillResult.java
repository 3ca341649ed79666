package org.companyunification.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a backfill did ({@link RunResult}), or what a dry run would do ({@link DryRunResult}).
 */
public sealed interface BackfillResult permits RunResult, DryRunResult {

    /**
     * Returns the results per legacy table.
     *
     * @return the tables, in the order they were processed
     */
    List<TableResult> tables();

    /**
     * Returns the rejected rows and warnings, rejected first, up to the configured limit
     * ({@link Backfill.Configuration#issueLimit(int)}); {@link #issueCount()} tells how many there are in all.
     *
     * @return the listed issues
     */
    List<RowIssue> issues();

    /**
     * Returns how many issues were raised in all.
     *
     * @return the number of issues, listed or not
     */
    long issueCount();

    /**
     * Returns when the work started.
     *
     * @return the start
     */
    Instant startedAt();

    /**
     * Returns how long this invocation took.
     *
     * @return the duration
     */
    Duration duration();

    /**
     * Returns the results of one step's tables.
     *
     * @param step the step
     * @return its tables, empty when the step did not run
     */
    default List<TableResult> tablesOf(Step step) {
        return tables().stream().filter(t -> t.step() == step).toList();
    }

    /**
     * Adds up the counts of all tables.
     *
     * @return the counts of all tables together
     */
    default RowCounts total() {
        return tables().stream().map(TableResult::counts).reduce(RowCounts.NONE, RowCounts::plus);
    }

    /**
     * Returns the rejected rows among the listed issues.
     *
     * @return the rejections
     */
    default List<RowIssue> rejected() {
        return issues().stream().filter(i -> i.severity() == RowIssue.Severity.REJECTED).toList();
    }

    /**
     * Returns the warnings among the listed issues.
     *
     * @return the warnings
     */
    default List<RowIssue> warnings() {
        return issues().stream().filter(i -> i.severity() == RowIssue.Severity.WARNING).toList();
    }
}
