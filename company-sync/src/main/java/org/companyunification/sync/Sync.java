package org.companyunification.sync;

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

    private Sync(BackfillEngine engine, DataSource dataSource, DatabaseVendor vendor, Duration lockWait,
            int batchSize) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.lockWait = lockWait;
        this.batchSize = batchSize;
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
        SyncDeletions deletions = new SyncDeletions(batchSize, engine.policy());
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
        Preflight.check(dataSource, EnumSet.allOf(Step.class).stream()
                .flatMap(s -> s.legacyTables().stream()).toList());
    }

    /** Settings of a {@link Sync}; each has a default but the data source. */
    public static final class Configuration extends RunConfiguration<Configuration, Sync> {

        private Configuration() {}

        @Override
        protected Sync create(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
            return new Sync(engine(dataSource, vendor, lockWait), dataSource, vendor, lockWait, batchSize());
        }
    }
}
