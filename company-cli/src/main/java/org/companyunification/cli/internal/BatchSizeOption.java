package org.companyunification.cli.internal;

import org.companyunification.sync.RunConfiguration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --batch-size} option of the backfill and the sync, mixed in with {@code @Mixin BatchSizeOption
 * batchSize}: how many legacy rows one transaction handles, checked while the command line is parsed.
 */
public final class BatchSizeOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private Integer batchSize;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "How many legacy rows one transaction takes, from 1 to 50,000 (default: the library's,"
                    + " 5000).")
    void set(int batchSize) {
        this.batchSize = OptionRanges.batchSize(spec, batchSize);
    }

    /**
     * Sets the batch size on a run's configuration when the option was given, and leaves the library's default
     * otherwise.
     *
     * @param configuration the backfill's or the sync's configuration
     */
    public void applyTo(RunConfiguration<?, ?> configuration) {
        if (batchSize != null) {
            configuration.batchSize(batchSize);
        }
    }
}
