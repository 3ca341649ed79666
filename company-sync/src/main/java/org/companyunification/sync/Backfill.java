package org.companyunification.sync;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.internal.Preflight;

/**
 * The backfill: copies the legacy company, personnel and project relationship tables into the unified schema.
 *
 * <pre>{@code
 * Backfill backfill = Backfill.configure().dataSource(dataSource).batchSize(1000).load();
 * DryRunResult planned = backfill.dryRun();        // what a run would do; writes nothing
 * RunResult result = backfill.run();               // all three steps, in order
 * backfill.rollback(result.runId());               // undo that run
 * }</pre>
 *
 * <p><b>Idempotent and resumable.</b> Every unified row records the legacy row or rows it came from
 * ({@code company_origins} for companies and their global roles, {@code assignment_origins} for project
 * assignments, {@code affiliation_origins}) with a fingerprint of the
 * row. A run skips rows whose fingerprint is unchanged, updates rows that changed, and adds rows that are new, so
 * a second run over unchanged data changes nothing. Work is committed a batch of rows at a time together with the
 * position reached; a run stopped at any moment is resumed by the next {@link #run}, which ends in the state an
 * uninterrupted run reaches and reports the totals of the whole run.
 *
 * <p><b>One writer at a time.</b> {@link #run} and {@link #rollback} hold a database-wide writer lock for as long
 * as they write: a PostgreSQL advisory lock, a MariaDB {@code GET_LOCK}, on H2 a row lock on {@code writer_lock}.
 * It is held on a connection of its own (so an operation uses one connection more than its work needs), and
 * the database releases it with that connection: a process that was killed leaves nothing that blocks the next
 * run. A second writer is refused at once with {@link ErrorCode#WRITER_BUSY} and a message naming the holder
 * (operation, run id, host, process id, since when), or waits up to {@link Configuration#lockWait}. So a run still
 * executing elsewhere is never joined, and its rollback is refused. {@link #dryRun} and {@link #runs} only read
 * and take no lock.
 *
 * <p><b>The same organisation once.</b> Legacy company rows whose {@link MatchingPolicy} keys are equal become
 * one company with one global role per table they appear in. Tables are read in the order of {@link
 * Step#COMPANIES}'s {@link Step#legacyTables()}, rows by id; the first row of an organisation creates the
 * company, later rows fill its empty fields, and values of a later row that differ from the company's are kept
 * in that row's origin record ({@code company_origins.source_values}, JSON), never dropped.
 *
 * <p><b>Dirty data.</b> A bad row never aborts the run. A bad value is normalised where it maps unambiguously
 * (or left empty) and reported as a warning, with the original kept; a row that cannot be migrated at all is
 * rejected and reported with its table, id and reason. See {@link BackfillResult#issues()}.
 */
public final class Backfill {

    private final BackfillEngine engine;
    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final Duration lockWait;

    private Backfill(BackfillEngine engine, DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.lockWait = lockWait;
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
     * Runs all three steps in order, or resumes the run that was stopped part-way, holding the writer lock.
     *
     * @return the result of the run
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when a table is missing,
     *     {@link ErrorCode#WRITER_BUSY} when another backfill or rollback writes (after {@link
     *     Configuration#lockWait}), or {@link ErrorCode#SYNC_FAILED}/{@link ErrorCode#DATABASE_ERROR} when the
     *     database fails; the run can be resumed after the cause is fixed
     */
    public RunResult run() {
        return run(EnumSet.allOf(Step.class));
    }

    /**
     * Runs the given steps, in their natural order (companies, personnel, projects), or resumes the run that was
     * stopped part-way. The personnel and projects steps need the companies step to have run: rows pointing at a
     * company row that is not migrated are rejected.
     *
     * @param steps the steps, at least one
     * @return the result of the run
     * @throws CompanyUnificationException as {@link #run()}
     */
    public RunResult run(Set<Step> steps) {
        preflight(steps);
        return engine.run(EnumSet.copyOf(steps));
    }

    /**
     * Computes what {@link #run()} would do, writing nothing at all, not even bookkeeping. The planned rows are
     * held in memory (one entry per planned company, origin and assignment). It only reads, so it takes no writer
     * lock and runs while another operation writes (and then plans from what that one has committed so far).
     *
     * @return the planned result
     */
    public DryRunResult dryRun() {
        return dryRun(EnumSet.allOf(Step.class));
    }

    /**
     * Computes what {@link #run(Set)} would do with the given steps, writing nothing at all.
     *
     * @param steps the steps, at least one
     * @return the planned result
     */
    public DryRunResult dryRun(Set<Step> steps) {
        preflight(steps);
        return engine.dryRun(EnumSet.copyOf(steps));
    }

    /**
     * Lists the recorded runs, oldest first.
     *
     * @return the runs
     */
    public List<RunSummary> runs() {
        preflight(Set.of());
        return engine.runs();
    }

    /**
     * Removes exactly what one run created in the unified tables (companies, assignments, profiles, affiliations
     * and their origin records), in one transaction; nothing in the legacy tables. Rows applications wrote since
     * stay, and so does a company they refer to. Holds the writer lock: the rollback of a run that is still
     * executing is refused (or waits for it to end, see {@link Configuration#lockWait}).
     *
     * @param runId the run
     * @return what was removed
     * @throws CompanyUnificationException with {@link ErrorCode#NOT_FOUND} for an unknown run, or
     *     {@link ErrorCode#WRITER_BUSY} when another backfill or rollback writes
     */
    public RollbackResult rollback(long runId) {
        preflight(Set.of());
        return new RollbackOperation(dataSource, vendor, lockWait).rollback(runId);
    }

    private void preflight(Set<Step> steps) {
        Preflight.check(dataSource, steps.stream().flatMap(s -> s.legacyTables().stream()).toList());
    }

    /**
     * Settings of a {@link Backfill}; each has a default but the data source. Every number has a documented range,
     * checked when it is set, and memory grows with the rows a batch actually reads, never with the size asked for.
     */
    public static final class Configuration extends RunConfiguration<Configuration, Backfill> {

        private Configuration() {}

        @Override
        protected Backfill create(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
            return new Backfill(engine(dataSource, vendor, lockWait), dataSource, vendor, lockWait);
        }
    }
}
