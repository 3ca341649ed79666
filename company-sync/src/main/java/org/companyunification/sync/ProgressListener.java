package org.companyunification.sync;

/**
 * Receives the progress of a backfill, table by table, so a command-line tool can draw a progress bar and an
 * application can log. Called on the thread that runs the backfill; implementations should return quickly.
 */
public interface ProgressListener {

    /** A listener that ignores everything; the default. */
    ProgressListener NONE = new ProgressListener() {};

    /**
     * A table is about to be read.
     *
     * @param step the step
     * @param table the legacy table
     * @param total how many rows the table holds (an estimate when rows are added concurrently)
     */
    default void tableStarted(Step step, String table, long total) {}

    /**
     * More rows of the table were processed and committed.
     *
     * @param step the step
     * @param table the legacy table
     * @param rows how many rows were processed since the last call
     */
    default void advanced(Step step, String table, long rows) {}

    /**
     * The table is done.
     *
     * @param step the step
     * @param result what the table came to
     */
    default void tableFinished(Step step, TableResult result) {}
}
