package org.companyunification.sync;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A backfill or sync run as recorded in {@code backfill_runs}.
 *
 * @param runId the id
 * @param status where it stands
 * @param steps the steps it was asked to run
 * @param batchSize the batch size it committed with
 * @param startedAt when it started
 * @param finishedAt when it completed, failed or was rolled back; empty while running (or after a kill)
 * @param kind a backfill or a catch-up sync
 */
public record RunSummary(
        long runId, Status status, Set<Step> steps, int batchSize, Instant startedAt, Optional<Instant> finishedAt,
        Kind kind) {

    /**
     * A backfill run.
     *
     * @param runId the id
     * @param status where it stands
     * @param steps the steps it was asked to run
     * @param batchSize the batch size it committed with
     * @param startedAt when it started
     * @param finishedAt when it completed, failed or was rolled back; empty while running (or after a kill)
     */
    public RunSummary(long runId, Status status, Set<Step> steps, int batchSize, Instant startedAt,
            Optional<Instant> finishedAt) {
        this(runId, status, steps, batchSize, startedAt, finishedAt, Kind.BACKFILL);
    }

    /** What a run did. */
    public enum Kind {
        /** A {@link Backfill} run. */
        BACKFILL,
        /**
         * A catch-up {@link Sync}: a backfill of what changed, plus the deletion of the unified rows whose legacy
         * rows are gone; its rollback restores what it deleted.
         */
        SYNC
    }

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
