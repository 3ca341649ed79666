package org.companyunification.sync;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A backfill run as recorded in {@code backfill_runs}.
 *
 * @param runId the id
 * @param status where it stands
 * @param steps the steps it was asked to run
 * @param batchSize the batch size it committed with
 * @param startedAt when it started
 * @param finishedAt when it completed, failed or was rolled back; empty while running (or after a kill)
 */
public record RunSummary(
        long runId, Status status, Set<Step> steps, int batchSize, Instant startedAt, Optional<Instant> finishedAt) {

    /** Where a run stands. */
    public enum Status {
        /** Started and not finished: running now, or stopped part-way; the next run resumes it. */
        RUNNING,
        /** Finished every step it was asked to run. */
        COMPLETED,
        /** Stopped by an error; the next run resumes it. */
        FAILED,
        /** Undone by a rollback. */
        ROLLED_BACK
    }
}
