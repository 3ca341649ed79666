package org.companyunification.sync;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import javax.sql.DataSource;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * Settings of the runs that read the legacy tables page by page ({@link Backfill} and {@link Sync}), on top of
 * those of every writer. Every number has a documented range, checked when it is set, and memory grows with the
 * rows a batch actually reads, never with the size asked for.
 *
 * @param <C> the configuration's own type, which the setters return
 * @param <T> the operation {@link #load()} returns
 */
public abstract class RunConfiguration<C extends RunConfiguration<C, T>, T> extends WriterConfiguration<C, T> {

    /** The largest batch size: rows one transaction migrates. */
    public static final int MAX_BATCH_SIZE = 50_000;

    /** The most issues a result may be asked to list. */
    public static final int MAX_ISSUE_LIMIT = 100_000;

    private int batchSize = 5000;
    private MatchingPolicy matchingPolicy = MatchingPolicy.byNameKey();
    private ProgressListener listener = ProgressListener.NONE;
    private int issueLimit = 10_000;

    RunConfiguration() {}

    /**
     * Sets how many legacy rows one transaction migrates or reconciles (default: 5000; a sync's deletions go at
     * most 1000 a transaction).
     *
     * @param batchSize from 1 to {@value #MAX_BATCH_SIZE}
     * @return this configuration
     * @throws IllegalArgumentException when outside 1 to {@value #MAX_BATCH_SIZE}
     */
    public final C batchSize(int batchSize) {
        checkArgument(batchSize > 0 && batchSize <= MAX_BATCH_SIZE,
                "batch size must be between 1 and %s: %s", MAX_BATCH_SIZE, batchSize);
        this.batchSize = batchSize;
        return self();
    }

    /**
     * Sets the rule deciding which legacy rows are the same organisation (default:
     * {@link MatchingPolicy#byNameKey()}); a sync should use the backfill's.
     *
     * @param matchingPolicy the policy
     * @return this configuration
     */
    public final C matchingPolicy(MatchingPolicy matchingPolicy) {
        this.matchingPolicy = requireNonNull(matchingPolicy, "matchingPolicy");
        return self();
    }

    /**
     * Sets the listener that receives progress (default: {@link ProgressListener#NONE}).
     *
     * @param listener the listener
     * @return this configuration
     */
    public final C listener(ProgressListener listener) {
        this.listener = requireNonNull(listener, "listener");
        return self();
    }

    /**
     * Sets how many issues a result lists at most (default: 10,000); all of them are kept in
     * {@code backfill_issues} whatever the limit.
     *
     * @param issueLimit from 0 (list none) to {@value #MAX_ISSUE_LIMIT}
     * @return this configuration
     * @throws IllegalArgumentException when outside 0 to {@value #MAX_ISSUE_LIMIT}
     */
    public final C issueLimit(int issueLimit) {
        checkArgument(issueLimit >= 0 && issueLimit <= MAX_ISSUE_LIMIT,
                "issue limit must be between 0 and %s: %s", MAX_ISSUE_LIMIT, issueLimit);
        this.issueLimit = issueLimit;
        return self();
    }

    int batchSize() {
        return batchSize;
    }

    /** The engine both runs drive, with these settings. */
    BackfillEngine engine(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
        return new BackfillEngine(dataSource, vendor, batchSize, matchingPolicy, listener, issueLimit, lockWait);
    }
}
