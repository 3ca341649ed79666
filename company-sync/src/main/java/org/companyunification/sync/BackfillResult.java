package org.companyunification.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a backfill run did, or what a dry run would do.
 *
 * @param runId the run's id, or 0 for a dry run (a dry run writes nothing, not even a run record)
 * @param dryRun whether this was a dry run
 * @param tables per legacy table, in the order they were processed
 * @param issues rejected rows and warnings, rejected first, up to the configured limit
 *     ({@link Backfill.Configuration#issueLimit(int)}); {@link #issueCount()} tells how many there are in all
 * @param issueCount how many issues the run raised in all; all of them are kept in {@code backfill_issues}
 * @param startedAt when the run started (the first start, for a resumed run)
 * @param duration how long this invocation took
 */
public record BackfillResult(
        long runId, boolean dryRun, List<TableResult> tables, List<RowIssue> issues, long issueCount,
        Instant startedAt, Duration duration) {

    /**
     * Copies the lists.
     */
    public BackfillResult {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
    }

    /**
     * Returns the results of one step's tables.
     *
     * @param step the step
     * @return its tables, empty when the step did not run
     */
    public List<TableResult> tablesOf(Step step) {
        return tables.stream().filter(t -> t.step() == step).toList();
    }

    /**
     * Adds up the counts of all tables.
     *
     * @return a result whose step is {@code null} and whose table is {@code "total"}
     */
    public TableResult total() {
        long read = 0, created = 0, updated = 0, unchanged = 0, merged = 0, rejected = 0, skipped = 0, warnings = 0;
        for (TableResult t : tables) {
            read += t.read();
            created += t.created();
            updated += t.updated();
            unchanged += t.unchanged();
            merged += t.merged();
            rejected += t.rejected();
            skipped += t.skipped();
            warnings += t.warnings();
        }
        return new TableResult(null, "total", read, created, updated, unchanged, merged, rejected, skipped, warnings);
    }

    /**
     * Returns the rejected rows among the listed issues.
     *
     * @return the rejections
     */
    public List<RowIssue> rejected() {
        return issues.stream().filter(i -> i.severity() == RowIssue.Severity.REJECTED).toList();
    }

    /**
     * Returns the warnings among the listed issues.
     *
     * @return the warnings
     */
    public List<RowIssue> warnings() {
        return issues.stream().filter(i -> i.severity() == RowIssue.Severity.WARNING).toList();
    }
}
