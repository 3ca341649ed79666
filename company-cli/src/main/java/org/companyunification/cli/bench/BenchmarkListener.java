package org.companyunification.cli.bench;

import org.companyunification.sync.ProgressListener;

/**
 * Receives the progress of a {@link Benchmark}, for a line on the console: each step as it starts, and for the
 * steps that run the backfill, its progress table by table (the backfill's own {@link ProgressListener}).
 * Called on the thread that runs the benchmark.
 */
public interface BenchmarkListener extends ProgressListener {

    /** A listener that ignores everything; the default. */
    BenchmarkListener NONE = new BenchmarkListener() {};

    /**
     * A step is about to start.
     *
     * @param step what the step does, for example {@code "backfill"} or {@code "wipe the unified tables"}
     */
    default void stepStarted(String step) {}
}
