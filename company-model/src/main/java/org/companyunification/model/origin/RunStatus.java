package org.companyunification.model.origin;

/** Where a backfill run stands ({@code backfill_runs.status}). */
public enum RunStatus {
    /** Started and not finished; a run that crashed stays here. */
    RUNNING,
    /** Finished without error. */
    COMPLETED,
    /** Stopped by an error. */
    FAILED,
    /** Its rows were removed again. */
    ROLLED_BACK
}
