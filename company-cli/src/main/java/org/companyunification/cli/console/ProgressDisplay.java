package org.companyunification.cli.console;

import java.io.PrintStream;

/**
 * Where long-running commands show how far they are: progress bars on a terminal, or nothing. A command starts
 * one {@link Task} per unit of work it can count (a legacy table of the backfill), advances it and closes it.
 */
@FunctionalInterface
public interface ProgressDisplay {

    /**
     * Starts showing a task.
     *
     * @param name what is being done, for example {@code companies technology_vendors}
     * @param total how many units the task has (rows); 0 when unknown
     * @return the task; close it when the work is done or has failed
     */
    Task start(String name, long total);

    /**
     * Returns a display that shows nothing: for scripts, {@code --json}, {@code --quiet} and tests.
     *
     * @return a display whose tasks ignore every call
     */
    static ProgressDisplay none() {
        return (name, total) -> new Task() {
            @Override
            public void advance(long units) {}

            @Override
            public void close() {}
        };
    }

    /**
     * Returns a display that draws one text progress bar a task on the given stream, redrawing it in place.
     *
     * @param stream where to draw, normally standard error of a terminal
     * @return the display
     */
    static ProgressDisplay bars(PrintStream stream) {
        return new ConsoleProgressDisplay(stream);
    }

    /**
     * Returns the display of this process: progress bars on {@code System.err} when standard error is a
     * terminal, nothing when it is redirected to a file or a pipe (where redrawn lines would only be noise).
     *
     * @return the system display
     */
    static ProgressDisplay system() {
        return ConsoleProgressDisplay.standardErrorIsTerminal() ? bars(System.err) : none();
    }

    /** One task being shown. */
    interface Task extends AutoCloseable {

        /**
         * Records that more units are done.
         *
         * @param units how many since the last call
         */
        void advance(long units);

        /** Ends the task; its last state stays visible. */
        @Override
        void close();
    }
}
