package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.internal.Sql;
import org.companyunification.sync.internal.WriterLock;

/**
 * Removes what one backfill run created in the unified tables, in one transaction, and nothing in the legacy
 * tables. Rows the run created carry its id ({@code created_by_run}, {@code run_id}); rows applications or other
 * runs wrote do not and stay. A company the run created stays too when such a row still refers to it. Updates the
 * run made to rows that existed before it (a field filled, a profile refreshed) are not undone.
 */
final class RollbackOperation {

    private static final String[][] STEPS = {
        {"affiliation_origins", "DELETE FROM affiliation_origins WHERE run_id = ?"},
        {"assignment_origins", "DELETE FROM assignment_origins WHERE run_id = ?"},
        {"company_origins", "DELETE FROM company_origins WHERE run_id = ?"},
        {"person_company_affiliations", "DELETE FROM person_company_affiliations WHERE created_by_run = ?"
                + " AND NOT EXISTS (SELECT 1 FROM affiliation_origins o"
                + " WHERE o.affiliation_id = person_company_affiliations.affiliation_id)"},
    };

    private static final String PROFILES = "DELETE FROM client_profiles WHERE created_by_run = ?"
            + " AND NOT EXISTS (SELECT 1 FROM company_origins o WHERE o.company_id = client_profiles.company_id"
            + " AND o.source_table = '" + LegacyTable.CLIENTS.tableName() + "')";

    private static final String REFERENCED = "EXISTS (SELECT 1 FROM company_origins o WHERE o.company_id = c.company_id)"
            + " OR EXISTS (SELECT 1 FROM company_role_assignments a WHERE a.company_id = c.company_id)"
            + " OR EXISTS (SELECT 1 FROM client_profiles p WHERE p.company_id = c.company_id)"
            + " OR EXISTS (SELECT 1 FROM person_company_affiliations f WHERE f.company_id = c.company_id)"
            + " OR EXISTS (SELECT 1 FROM internal_external_links l WHERE l.company_id = c.company_id"
            + " OR l.related_company_id = c.company_id)"
            + " OR EXISTS (SELECT 1 FROM company_merges m WHERE m.survivor_company_id = c.company_id"
            + " OR m.merged_company_id = c.company_id)";

    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final Duration lockWait;
    private final RunRepository runs;

    /**
     * Deletes the run's assignments that no origin justifies any more: project assignments without an assignment
     * origin, global ones without a company origin from their role's table (one statement per role, naming the
     * table, so the origins are looked up by index).
     */
    private static long deleteAssignments(Connection connection, long runId) throws SQLException {
        long deleted = Sql.update(connection, "DELETE FROM company_role_assignments WHERE created_by_run = ?"
                + " AND context_type IS NOT NULL AND NOT EXISTS (SELECT 1 FROM assignment_origins o"
                + " WHERE o.assignment_id = company_role_assignments.assignment_id)", runId);
        for (LegacyTable table : LegacyTable.companyTables()) {
            deleted += Sql.update(connection, "DELETE FROM company_role_assignments WHERE created_by_run = ?"
                    + " AND role_id = ? AND context_type IS NULL AND NOT EXISTS (SELECT 1 FROM company_origins o"
                    + " WHERE o.company_id = company_role_assignments.company_id AND o.source_table = ?)",
                    runId, table.role().roleId(), table.tableName());
        }
        return deleted;
    }

    /**
     * Creates the operation.
     *
     * @param dataSource the database
     * @param vendor its kind
     * @param lockWait how long to wait for another writer to let go of the writer lock
     */
    public RollbackOperation(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.lockWait = lockWait;
        this.runs = new RunRepository(Dialect.of(vendor));
    }

    /**
     * Rolls a run back, holding the writer lock: a run that is still executing holds it too, so its rollback is
     * refused; a run whose process died can be rolled back.
     *
     * @param runId the run
     * @return what was removed
     * @throws CompanyUnificationException with {@link ErrorCode#NOT_FOUND} for an unknown run,
     *     {@link ErrorCode#RULE_VIOLATION} for a run already rolled back, or {@link ErrorCode#WRITER_BUSY} while
     *     another operation writes
     */
    public RollbackResult rollback(long runId) {
        try (WriterLock lock = WriterLock.acquire(dataSource, vendor, "rollback", runId, lockWait);
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                RunSummary run = runs.find(connection, runId).orElseThrow(() -> new CompanyUnificationException(
                        ErrorCode.NOT_FOUND, "There is no backfill run " + runId + ": list the runs with 'runs'."));
                if (run.status() == RunSummary.Status.ROLLED_BACK) {
                    throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Backfill run " + runId
                            + " was already rolled back.");
                }
                Map<String, Long> deleted = new LinkedHashMap<>();
                for (String[] step : STEPS) {
                    deleted.put(step[0], (long) Sql.update(connection, step[1], runId));
                }
                deleted.put("company_role_assignments", deleteAssignments(connection, runId));
                deleted.put("client_profiles", (long) Sql.update(connection, PROFILES, runId));
                long created = Sql.count(connection, "SELECT COUNT(*) FROM companies WHERE created_by_run = ?", runId);
                // MariaDB cannot delete from a table a subquery of the same statement reads; the derived table
                // materialises the ids first.
                long companies = Sql.update(connection, "DELETE FROM companies WHERE company_id IN (SELECT company_id"
                        + " FROM (SELECT c.company_id FROM companies c WHERE c.created_by_run = ? AND NOT (" + REFERENCED
                        + ")) doomed)", runId);
                deleted.put("companies", companies);
                Map<String, Long> restored = run.kind() == RunSummary.Kind.SYNC
                        ? SyncJournal.restore(connection, runId) : Map.of();
                runs.finish(connection, runId, RunSummary.Status.ROLLED_BACK, LocalDateTime.now(ZoneOffset.UTC));
                connection.commit();
                return new RollbackResult(runId, deleted, created - companies, restored);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Rolling back backfill run " + runId
                    + " failed: " + e.getMessage() + ". Nothing was changed.", e);
        }
    }
}
