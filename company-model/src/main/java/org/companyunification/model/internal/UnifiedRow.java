package org.companyunification.model.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.util.OptionalLong;

/**
 * The columns of the unified tables that a backfill writes rows into ({@code companies}, {@code client_profiles},
 * {@code company_role_assignments}, {@code person_company_affiliations}): when the row was created, set when the
 * object is created and never changed, and the backfill run that created it, if any, so that rolling the run back
 * removes it.
 */
@MappedSuperclass
public abstract class UnifiedRow {

    /** Hibernate overwrites it with the stored value when it loads a row. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt = Timestamps.now();

    @Column(name = "created_by_run")
    private Long createdByRun;

    /** For the subclasses and Hibernate. */
    protected UnifiedRow() {}

    /**
     * Records the backfill run that created this row, so that rolling the run back removes it.
     *
     * @param runId the {@code backfill_runs.run_id}
     */
    public void markCreatedByRun(long runId) {
        this.createdByRun = runId;
    }

    /**
     * Returns when the row was created.
     *
     * @return the creation time
     */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /**
     * Returns the backfill run that created the row.
     *
     * @return the run id, or empty when the row was not created by a backfill
     */
    public OptionalLong getCreatedByRun() {
        return createdByRun == null ? OptionalLong.empty() : OptionalLong.of(createdByRun);
    }
}
