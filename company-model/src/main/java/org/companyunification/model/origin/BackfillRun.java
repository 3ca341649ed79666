package org.companyunification.model.origin;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.internal.Timestamps;

/**
 * One run of the backfill ({@code backfill_runs}). Unified rows name the run that created them, so a run can be
 * rolled back. A run starts {@link RunStatus#RUNNING}, then completes or fails; a run in any other state than
 * {@link RunStatus#ROLLED_BACK} may be rolled back. Ids come from {@code backfill_runs_seq} one at a time.
 */
@Entity
@Table(name = "backfill_runs")
public class BackfillRun {

    private static final String SEQUENCE = "backfill_runs_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
    @SequenceGenerator(name = SEQUENCE, sequenceName = SEQUENCE, allocationSize = 1)
    @Column(name = "run_id")
    private Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RunStatus status;

    @Column(name = "steps", nullable = false, length = 100, updatable = false)
    private String steps;

    @Column(name = "batch_size", nullable = false, updatable = false)
    private int batchSize;

    @Column(name = "summary")
    private String summary;

    /** For Hibernate. */
    protected BackfillRun() {}

    private BackfillRun(String steps, int batchSize) {
        checkArgument(batchSize > 0, "batch size must be positive: %s", batchSize);
        this.steps = Texts.required(steps, 100, "backfill steps");
        this.batchSize = batchSize;
        this.status = RunStatus.RUNNING;
        this.startedAt = Timestamps.now();
    }

    /**
     * Starts a run now.
     *
     * @param steps which steps the run performs, for example {@code companies,assignments,affiliations}; at most
     *     100 characters
     * @param batchSize how many rows the run writes per batch
     * @return the running run, not saved yet
     * @throws IllegalArgumentException when the batch size is not positive
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the steps are blank or
     *     too long
     */
    public static BackfillRun start(String steps, int batchSize) {
        return new BackfillRun(steps, batchSize);
    }

    /**
     * Records that the run finished without error.
     *
     * @param summary what the run did, {@code null} or blank for nothing to say
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} when the run is not running
     */
    public void complete(String summary) {
        finish(RunStatus.COMPLETED, summary);
    }

    /**
     * Records that the run stopped with an error.
     *
     * @param summary what went wrong, {@code null} or blank for nothing to say
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} when the run is not running
     */
    public void fail(String summary) {
        finish(RunStatus.FAILED, summary);
    }

    /**
     * Records that the run's rows were removed again.
     *
     * @param summary what the rollback removed, {@code null} or blank for nothing to say
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} when the run was rolled back
     *     already
     */
    public void markRolledBack(String summary) {
        if (status == RunStatus.ROLLED_BACK) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION,
                    "Backfill run " + id + " was rolled back already");
        }
        status = RunStatus.ROLLED_BACK;
        this.summary = Texts.optional(summary, Integer.MAX_VALUE, "run summary");
    }

    private void finish(RunStatus outcome, String summary) {
        if (status != RunStatus.RUNNING) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Backfill run " + id + " is "
                    + status + ", not RUNNING: only a running run can become " + outcome);
        }
        status = outcome;
        finishedAt = Timestamps.now();
        this.summary = Texts.optional(summary, Integer.MAX_VALUE, "run summary");
    }

    /**
     * Returns the run id.
     *
     * @return the id, {@code null} until saved
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns when the run started.
     *
     * @return the start time
     */
    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    /**
     * Returns when the run completed or failed.
     *
     * @return the finish time, or empty while running
     */
    public Optional<LocalDateTime> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /**
     * Returns where the run stands.
     *
     * @return the status
     */
    public RunStatus getStatus() {
        return status;
    }

    /**
     * Returns the steps the run performs.
     *
     * @return the steps
     */
    public String getSteps() {
        return steps;
    }

    /**
     * Returns how many rows the run writes per batch.
     *
     * @return the batch size
     */
    public int getBatchSize() {
        return batchSize;
    }

    /**
     * Returns the summary of the last state change.
     *
     * @return the summary, or empty when none
     */
    public Optional<String> getSummary() {
        return Optional.ofNullable(summary);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof BackfillRun other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return BackfillRun.class.hashCode();
    }

    @Override
    public String toString() {
        return "BackfillRun[" + id + " " + status + "]";
    }
}
