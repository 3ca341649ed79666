package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.sync.ProgressListener;
import org.companyunification.sync.Step;
import org.companyunification.sync.TableResult;

/**
 * Turns the backfill's {@link ProgressListener} calls into one {@link ProgressDisplay} task per legacy table:
 * {@code tableStarted} starts it with the table's row count, {@code advanced} moves it on, {@code tableFinished}
 * ends it. An empty table gets no task: there is nothing to watch. {@link #close()} ends a task that a failure
 * left open.
 */
public final class BackfillProgress implements ProgressListener, AutoCloseable {

    private final ProgressDisplay display;
    private ProgressDisplay.Task current;

    /**
     * Creates the listener.
     *
     * @param display where the tasks are shown
     */
    public BackfillProgress(ProgressDisplay display) {
        this.display = requireNonNull(display, "display");
    }

    /**
     * Starts the table's task, ending one left open; none for an empty table.
     *
     * @param step the step
     * @param table the legacy table
     * @param total its row count
     */
    @Override
    public void tableStarted(Step step, String table, long total) {
        close();
        if (total > 0) {
            current = display.start(step.name().toLowerCase(Locale.ROOT) + " " + table, total);
        }
    }

    /**
     * Moves the current task on.
     *
     * @param step the step
     * @param table the legacy table
     * @param rows rows processed since the last call
     */
    @Override
    public void advanced(Step step, String table, long rows) {
        if (current != null) {
            current.advance(rows);
        }
    }

    /**
     * Ends the current task.
     *
     * @param step the step
     * @param result the table's result
     */
    @Override
    public void tableFinished(Step step, TableResult result) {
        close();
    }

    /** Ends the current task, if one is open. */
    @Override
    public void close() {
        if (current != null) {
            ProgressDisplay.Task task = current;
            current = null;
            task.close();
        }
    }
}
