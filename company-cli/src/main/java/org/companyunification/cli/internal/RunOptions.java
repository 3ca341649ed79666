package org.companyunification.cli.internal;

import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.sync.RunConfiguration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of the commands that run the backfill or the sync, mixed in with {@code @Mixin RunOptions
 * options}: {@code --json}, {@code --wait} and {@code --batch-size}, how many legacy rows one transaction
 * handles, checked while the command line is parsed.
 */
public final class RunOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON, with every issue the result lists.")
    private boolean json;

    @Mixin
    private WaitOption wait;

    private Integer batchSize;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "How many legacy rows one transaction takes, from 1 to 50,000 (default: the library's,"
                    + " 5000).")
    void setBatchSize(int batchSize) {
        this.batchSize = OptionRanges.batchSize(spec, batchSize);
    }

    /**
     * Returns whether the result is to be printed as JSON.
     *
     * @return true with {@code --json}
     */
    public boolean json() {
        return json;
    }

    /**
     * Returns where the run's progress is shown: nowhere when the output is JSON or the run is quiet, the
     * terminal's progress display otherwise.
     *
     * @param session the run
     * @return the display
     */
    public ProgressDisplay progress(Session session) {
        return json || session.quiet() ? ProgressDisplay.none() : session.environment().progress();
    }

    /**
     * Sets the wait for the writer lock on a run's configuration, and the batch size when the option was given
     * (the library's default otherwise).
     *
     * @param configuration the backfill's or the sync's configuration
     * @param <C> the configuration's type
     * @return the configuration
     */
    public <C extends RunConfiguration<C, ?>> C applyTo(C configuration) {
        configuration.lockWait(wait.duration());
        if (batchSize != null) {
            configuration.batchSize(batchSize);
        }
        return configuration;
    }
}
