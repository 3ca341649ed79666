package org.companyunification.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a backfill run would do, computed by a dry run that wrote nothing, not even a run record.
 *
 * @param tables per legacy table, in the order they would be processed
 * @param issues the rows that would be rejected or warned about, rejected first, up to the configured limit
 * @param issueCount how many issues the run would raise in all
 * @param startedAt when the dry run started
 * @param duration how long the dry run took
 */
public record DryRunResult(
        List<TableResult> tables, List<RowIssue> issues, long issueCount, Instant startedAt, Duration duration)
        implements BackfillResult {

    /**
     * Copies the lists.
     */
    public DryRunResult {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
    }
}
