package org.companyunification.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a backfill run did. All its issues are kept in {@code backfill_issues}, whatever the limit of the list.
 *
 * @param runId the run's id, to list it or to {@link Backfill#rollback(long) roll it back}
 * @param tables per legacy table, in the order they were processed
 * @param issues rejected rows and warnings, rejected first, up to the configured limit
 * @param issueCount how many issues the run raised in all
 * @param startedAt when the run started (the first start, for a resumed run)
 * @param duration how long this invocation took
 */
public record RunResult(
        long runId, List<TableResult> tables, List<RowIssue> issues, long issueCount, Instant startedAt,
        Duration duration) implements BackfillResult {

    /**
     * Copies the lists.
     */
    public RunResult {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
    }
}
