package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.internal.WriterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of a backfill: table by table, a page of rows per transaction, each commit also recording the
 * position reached and the counts so far, so a stopped run resumes exactly where it stopped.
 */
final class BackfillEngine {

    private static final Logger LOG = LoggerFactory.getLogger(BackfillEngine.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final int batchSize;
    private final MatchingPolicy policy;
    private final ProgressListener listener;
    private final int issueLimit;
    private final Duration lockWait;
    private final RunRepository runs;

    /**
     * Creates an engine.
     *
     * @param dataSource the database
     * @param vendor its kind
     * @param batchSize rows a transaction
     * @param policy the matching policy
     * @param listener receives progress
     * @param issueLimit how many issues a result lists at most
     * @param lockWait how long a run waits for another writer to let go of the writer lock
     */
    public BackfillEngine(DataSource dataSource, DatabaseVendor vendor, int batchSize, MatchingPolicy policy,
            ProgressListener listener, int issueLimit, Duration lockWait) {
        this.dataSource = dataSource;
        this.dialect = Dialect.of(vendor);
        this.batchSize = batchSize;
        this.policy = policy;
        this.listener = listener;
        this.issueLimit = issueLimit;
        this.lockWait = lockWait;
        this.runs = new RunRepository(dialect);
    }

    /** The matching policy the runs use. */
    MatchingPolicy policy() {
        return policy;
    }

    /**
     * Runs, or resumes, a backfill of the given steps, holding the writer lock throughout: a run still executing
     * elsewhere is never joined, and a run whose process died is resumed.
     *
     * @param steps the steps, run in their natural order
     * @return the result of the whole run, including the part done before a resume
     */
    RunResult run(Set<Step> steps) {
        return run(steps, RunSummary.Kind.BACKFILL, null);
    }

    /** Work a run does after its tables and before it is recorded as completed: the deletions of a sync. */
    interface Finisher {
        /** Does the work, committing as it goes. */
        void finish(Connection connection, long runId) throws SQLException;
    }

    /**
     * Runs, or resumes, a run of the given kind: the tables of the steps, then the finisher, holding the writer
     * lock throughout. Each kind resumes only an unfinished run of its own kind.
     *
     * @param steps the steps, run in their natural order
     * @param kind the kind of run recorded
     * @param finisher what the run does after the tables, or {@code null} for nothing
     * @return the result of the tables, including the part done before a resume
     */
    RunResult run(Set<Step> steps, RunSummary.Kind kind, Finisher finisher) {
        Instant began = Instant.now();
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        try (WriterLock lock = WriterLock.acquire(dataSource, dialect.vendor(), name, null, lockWait);
                Connection connection = open(false)) {
            long runId;
            Optional<RunSummary> unfinished = runs.unfinished(connection, kind);
            if (unfinished.isPresent()) {
                runId = unfinished.get().runId();
                Set<Step> all = EnumSet.copyOf(steps);
                all.addAll(unfinished.get().steps());
                runs.resume(connection, runId, all);
                LOG.info("Resuming {} run {} ({})", name, runId, all);
            } else {
                runId = runs.start(connection, kind, steps, batchSize, LocalDateTime.now(ZoneOffset.UTC));
                LOG.info("Starting {} run {} ({})", name, runId, steps);
            }
            connection.commit();
            lock.recordRun(runId);
            LocalDateTime startedAt = runs.startedAt(connection, runId);
            Map<String, Counts> positions = runs.positions(connection, runId);
            List<TableResult> results = new ArrayList<>();
            StatisticsRefresh statistics = new StatisticsRefresh(dialect);
            Position position = new Position();
            try {
                for (TableMigration migration : migrations(steps, startedAt)) {
                    try (migration) {
                        results.add(migrateTable(connection, migration, runId, positions,
                                new UnifiedState(false, dialect), new Ids(dialect, false), statistics, null, position));
                    }
                }
                if (finisher != null) {
                    position.table = "the deletions";
                    finisher.finish(connection, runId);
                }
                statistics.runFinished(connection);
                runs.finish(connection, runId, RunSummary.Status.COMPLETED, LocalDateTime.now(ZoneOffset.UTC));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                RuntimeException failure = e instanceof SQLException sql ? stopped(runId, position, sql)
                        : (RuntimeException) e;
                markFailed(connection, runId, failure);
                throw failure;
            } catch (Error e) {
                // Out of memory or stack, say: by now the stack has unwound and what filled memory is garbage, so
                // recording the run is worth a try; the error is rethrown whatever happens.
                markFailed(connection, runId, e);
                throw e;
            }
            List<RowIssue> issues = runs.issues(connection, runId, issueLimit);
            long issueCount = runs.issueCount(connection, runId);
            connection.commit();
            return new RunResult(runId, results, issues, issueCount, RunRepository.toInstant(startedAt),
                    Duration.between(began, Instant.now()));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Computes what a run of the given steps would do, writing nothing.
     *
     * @param steps the steps
     * @return the planned result
     */
    DryRunResult dryRun(Set<Step> steps) {
        Instant began = Instant.now();
        try (Connection connection = open(true)) {
            UnifiedState state = new UnifiedState(true, dialect);
            Ids ids = new Ids(dialect, true);
            List<RowIssue> issues = new ArrayList<>();
            long[] issueCount = {0};
            List<TableResult> results = new ArrayList<>();
            try {
                for (TableMigration migration : migrations(steps, LocalDateTime.now(ZoneOffset.UTC))) {
                    try (migration) {
                        results.add(migrateTable(connection, migration, null, Map.of(), state, ids, null, page -> {
                            issueCount[0] += page.size();
                            for (RowIssue issue : page) {
                                if (issues.size() < issueLimit) {
                                    issues.add(issue);
                                }
                            }
                        }, new Position()));
                    }
                }
            } finally {
                connection.rollback();
            }
            issues.sort((a, b) -> b.severity().compareTo(a.severity()));
            return new DryRunResult(results, issues, issueCount[0], began,
                    Duration.between(began, Instant.now()));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private interface IssueSink {
        void accept(List<RowIssue> issues);
    }

    private TableResult migrateTable(Connection connection, TableMigration migration, Long runId,
            Map<String, Counts> positions, UnifiedState state, Ids ids, StatisticsRefresh statistics,
            IssueSink dryRunIssues, Position position) throws SQLException {
        boolean dryRun = runId == null;
        Counts counts = positions.getOrDefault(migration.tableName(), new Counts());
        boolean recorded = positions.containsKey(migration.tableName());
        if (counts.completed) {
            return counts.toResult(migration.step(), migration.tableName());
        }
        long began = System.nanoTime();
        listener.tableStarted(migration.step(), migration.tableName(), migration.count(connection));
        if (counts.read > 0) {
            listener.advanced(migration.step(), migration.tableName(), counts.read);
        }
        long after = counts.lastId == null ? Long.MIN_VALUE : counts.lastId;
        position.table = migration.tableName();
        position.after = after;
        if (statistics != null) {
            statistics.tableStarting(connection);
        }
        while (true) {
            long written = counts.created + counts.updated + counts.merged;
            PageContext page = new PageContext(connection, dryRun, runId, migration.tableName(), counts, state, ids);
            try {
                if (!dryRun) {
                    // only reads happened since the last commit: end them, so the page reads after the lock
                    connection.commit();
                    UnifiedWriteLock.lock(connection);
                }
                migration.migrate(page, after, batchSize);
            } catch (SQLException | RuntimeException e) {
                throw new CompanyUnificationException(ErrorCode.SYNC_FAILED, "Backfill of " + migration.tableName()
                        + " failed in the batch of rows after " + position.describe() + ": " + e.getMessage()
                        + ". The batch was rolled back and the rows before it are committed; fix the cause (the"
                        + " row it names, or the lost database connection) and run the backfill again to resume"
                        + " from there.", e);
            }
            if (page.rows == 0) {
                break;
            }
            after = page.lastId;
            counts.lastId = after;
            if (dryRun) {
                dryRunIssues.accept(page.issues);
            } else {
                runs.saveIssues(connection, runId, page.issues);
                runs.savePosition(connection, runId, migration.tableName(), counts, recorded);
                recorded = true;
                connection.commit();
                position.after = after;
            }
            state.pageCommitted();
            if (statistics != null) {
                statistics.pageCommitted(connection, counts.created + counts.updated + counts.merged > written);
            }
            listener.advanced(migration.step(), migration.tableName(), page.rows + page.unchangedInDatabase);
            if (page.rows < batchSize) {
                break;
            }
        }
        counts.completed = true;
        if (!dryRun) {
            runs.savePosition(connection, runId, migration.tableName(), counts, recorded);
            connection.commit();
        }
        TableResult result = counts.toResult(migration.step(), migration.tableName());
        LOG.info("{} {}: {} rows in {} ms", dryRun ? "Planned" : "Migrated", migration.tableName(), counts.read,
                (System.nanoTime() - began) / 1_000_000);
        listener.tableFinished(migration.step(), result);
        return result;
    }

    private List<TableMigration> migrations(Set<Step> steps, LocalDateTime now) {
        List<TableMigration> migrations = new ArrayList<>();
        if (steps.contains(Step.COMPANIES)) {
            for (LegacyTable table : Step.COMPANIES.tables()) {
                migrations.add(new CompaniesMigration(table, dialect, policy, now));
            }
        }
        if (steps.contains(Step.PERSONNEL)) {
            migrations.add(new PersonnelMigration(dialect, now));
        }
        if (steps.contains(Step.PROJECTS)) {
            for (LegacyTable table : Step.PROJECTS.tables()) {
                migrations.add(new ProjectsMigration(table, dialect, now));
            }
        }
        return migrations;
    }

    /** Returns every recorded run. */
    public List<RunSummary> runs() {
        try (Connection connection = open(true)) {
            List<RunSummary> all = runs.all(connection);
            connection.rollback();
            return all;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    Connection open(boolean readOnly) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        if (readOnly && dialect.vendor() == DatabaseVendor.POSTGRESQL) {
            // PostgreSQL refuses any write in a read-only transaction: a dry run provably writes nothing.
            connection.setReadOnly(true);
        }
        return connection;
    }

    /**
     * Where a run stopped: the table it was migrating and the id of the last row of that table whose batch was
     * committed (the position the next run resumes after).
     */
    private static final class Position {
        String table;
        long after = Long.MIN_VALUE;

        String describe() {
            return after == Long.MIN_VALUE ? "the start of the table (no batch committed yet)" : "id " + after;
        }
    }

    /** The failure of a run whose database call failed outside a batch (a commit, a count, the bookkeeping). */
    private static CompanyUnificationException stopped(long runId, Position position, SQLException e) {
        String where = position.table == null ? "before its first table"
                : "in " + position.table + "; rows up to " + position.describe() + " are committed";
        return new CompanyUnificationException(ErrorCode.SYNC_FAILED, "Backfill run " + runId + " stopped " + where
                + ": " + e.getMessage() + " (SQL state " + e.getSQLState() + "). Fix the cause (for example"
                + " restore the database connection) and run the backfill again: it resumes from there.", e);
    }

    /**
     * Rolls back the failed batch and records the run as failed. When the database cannot be reached any more, or
     * recording fails for any other reason (an {@link Error} again, after an {@link OutOfMemoryError}), the run
     * stays recorded as running, which the next run resumes just the same; the original failure is thrown either
     * way, with the failure to record it attached as suppressed.
     */
    private void markFailed(Connection connection, long runId, Throwable failure) {
        try {
            connection.rollback();
            runs.finish(connection, runId, RunSummary.Status.FAILED, LocalDateTime.now(ZoneOffset.UTC));
            connection.commit();
        } catch (Exception | Error e) {
            failure.addSuppressed(e);
            LOG.warn("Could not record backfill run {} as failed ({}); the next run resumes it all the same", runId,
                    e.getMessage());
        }
    }

    static CompanyUnificationException failure(SQLException e) {
        return new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "The backfill failed in the database: "
                + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    }

}
