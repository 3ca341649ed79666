package org.companyunification.sync;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.internal.Preflight;

/**
 * The catch-up sync: brings the unified tables in line with every legacy row inserted, changed or deleted since
 * the last sync or backfill, whoever wrote it (old screens, SQL scripts, programs that do not use the library).
 *
 * <pre>{@code
 * Sync sync = Sync.configure().dataSource(dataSource).load();
 * SyncResult result = sync.run();
 * sync.rollback(result.runId());   // undo it, deleted rows included
 * }</pre>
 *
 * <p>A run first does what a {@link Backfill} run does over all three steps: rows whose fingerprint is unchanged
 * are skipped, changed rows update their unified rows by the backfill's value rule, new rows are matched
 * ({@link MatchingPolicy}) and added. Then it finds, one query per legacy table, the origin records whose legacy
 * row is gone and removes what those rows stood for, as {@link DualWrite} does: the origin record; the role
 * behind which no row of its table is left (and the client profile); the company once nothing refers to it; a
 * project relationship's assignment; a personnel relationship's affiliation. Every unified row it deletes is
 * journaled ({@code sync_journal}) in the same transaction.
 *
 * <p>A run is recorded like a backfill run, with kind {@link RunSummary.Kind#SYNC}: {@link #runs()} and
 * {@link Backfill#runs()} list it, {@link #rollback} (or {@link Backfill#rollback}) removes what it created and
 * restores what it deleted. It holds the same writer lock as a backfill, commits a batch at a time and resumes
 * an unfinished sync run. Over unchanged data it reads each legacy table and its origin records once and writes
 * nothing but its bookkeeping.
 */
public final class Sync {

    private final BackfillEngine engine;
    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final Duration lockWait;
    private final int batchSize;

    private Sync(Configuration configuration, DatabaseVendor vendor) {
        this.dataSource = configuration.dataSource;
        this.vendor = vendor;
        this.lockWait = configuration.lockWait;
        this.batchSize = configuration.batchSize;
        this.engine = new BackfillEngine(configuration.dataSource, vendor, configuration.batchSize,
                configuration.matchingPolicy, configuration.listener, configuration.issueLimit, lockWait);
    }

    /**
     * Starts a configuration.
     *
     * @return a new configuration with the defaults
     */
    public static Configuration configure() {
        return new Configuration();
    }

    /**
     * Runs a sync, or resumes the sync run that was stopped part-way, holding the writer lock.
     *
     * @return what the run did
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when a table is missing,
     *     {@link ErrorCode#WRITER_BUSY} when a backfill, sync or rollback writes (after {@link
     *     Configuration#lockWait}), or {@link ErrorCode#SYNC_FAILED}/{@link ErrorCode#DATABASE_ERROR} when the
     *     database fails; run the sync again after the cause is fixed
     */
    public SyncResult run() {
        preflight();
        SyncDeletions deletions = new SyncDeletions(batchSize);
        RunResult run = engine.run(EnumSet.allOf(Step.class), RunSummary.Kind.SYNC, deletions);
        return new SyncResult(run, deletions.legacyRowsDeleted, deletions.unifiedRowsDeleted);
    }

    /**
     * Lists the recorded backfill and sync runs, oldest first.
     *
     * @return the runs
     */
    public List<RunSummary> runs() {
        preflight();
        return engine.runs();
    }

    /**
     * Undoes a run: removes the unified rows it created and, for a sync run, puts back the unified rows it deleted
     * (a row whose key was taken again since is left as it is). Holds the writer lock.
     *
     * @param runId the run
     * @return what was removed and restored
     * @throws CompanyUnificationException with {@link ErrorCode#NOT_FOUND} for an unknown run,
     *     {@link ErrorCode#RULE_VIOLATION} for a run already rolled back, or {@link ErrorCode#WRITER_BUSY} while
     *     another operation writes
     */
    public RollbackResult rollback(long runId) {
        preflight();
        return new RollbackOperation(dataSource, vendor, lockWait).rollback(runId);
    }

    private void preflight() {
        try (Connection connection = dataSource.getConnection()) {
            Preflight.check(connection, EnumSet.allOf(Step.class).stream()
                    .flatMap(s -> s.legacyTables().stream()).toList());
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** Settings of a {@link Sync}; each has a default but the data source. */
    public static final class Configuration {

        private DataSource dataSource;
        private int batchSize = 5000;
        private MatchingPolicy matchingPolicy = MatchingPolicy.byNameKey();
        private ProgressListener listener = ProgressListener.NONE;
        private int issueLimit = 10_000;
        private Duration lockWait = Duration.ZERO;

        private Configuration() {}

        /**
         * Sets the database holding the legacy tables and the unified schema (required).
         *
         * @param dataSource the data source
         * @return this configuration
         */
        public Configuration dataSource(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Sets how many legacy rows one transaction reconciles (default: 5000; deletions go at most 1000 a
         * transaction).
         *
         * @param batchSize from 1 to {@value Backfill.Configuration#MAX_BATCH_SIZE}
         * @return this configuration
         * @throws IllegalArgumentException when outside that range
         */
        public Configuration batchSize(int batchSize) {
            checkArgument(batchSize > 0 && batchSize <= Backfill.Configuration.MAX_BATCH_SIZE,
                    "batch size must be between 1 and %s: %s", Backfill.Configuration.MAX_BATCH_SIZE, batchSize);
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets the rule deciding which legacy rows are the same organisation (default:
         * {@link MatchingPolicy#byNameKey()}); use the backfill's.
         *
         * @param matchingPolicy the policy
         * @return this configuration
         */
        public Configuration matchingPolicy(MatchingPolicy matchingPolicy) {
            this.matchingPolicy = requireNonNull(matchingPolicy, "matchingPolicy");
            return this;
        }

        /**
         * Sets the listener that receives progress (default: {@link ProgressListener#NONE}).
         *
         * @param listener the listener
         * @return this configuration
         */
        public Configuration listener(ProgressListener listener) {
            this.listener = requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets how many issues a result lists at most (default: 10,000); all are kept in {@code backfill_issues}.
         *
         * @param issueLimit from 0 to {@value Backfill.Configuration#MAX_ISSUE_LIMIT}
         * @return this configuration
         * @throws IllegalArgumentException when outside that range
         */
        public Configuration issueLimit(int issueLimit) {
            checkArgument(issueLimit >= 0 && issueLimit <= Backfill.Configuration.MAX_ISSUE_LIMIT,
                    "issue limit must be between 0 and %s: %s", Backfill.Configuration.MAX_ISSUE_LIMIT, issueLimit);
            this.issueLimit = issueLimit;
            return this;
        }

        /**
         * Sets how long a run or rollback waits for another writer to let go of the writer lock before it gives
         * up with {@link ErrorCode#WRITER_BUSY} (default: zero, refuse at once).
         *
         * @param lockWait a duration, zero or more
         * @return this configuration
         * @throws IllegalArgumentException when negative
         */
        public Configuration lockWait(Duration lockWait) {
            requireNonNull(lockWait, "lockWait");
            checkArgument(!lockWait.isNegative(), "lock wait must not be negative: %s", lockWait);
            this.lockWait = lockWait;
            return this;
        }

        /**
         * Connects once to detect the database and returns the sync.
         *
         * @return the sync
         * @throws IllegalStateException when no data source was set
         * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when the database
         *     cannot be reached
         */
        public Sync load() {
            checkState(dataSource != null, "a data source is required: call dataSource(...) before load()");
            return new Sync(this, DatabaseVendor.of(dataSource));
        }
    }
}
