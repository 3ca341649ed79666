package org.companyunification.sync.validation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.Step;
import org.companyunification.sync.internal.Sql;
import org.companyunification.sync.internal.Preflight;
import org.companyunification.sync.internal.UnfinishedRuns;

/**
 * Computes a validation report with set-based queries: counts, anti-joins against the origin tables for the
 * rows not mapped, and one aggregate per integrity check. Nothing is read row by row but the unmapped rows.
 */
final class Validator {

    private static final String[][] INTEGRITY = {
        {"role assignments point at existing companies", "SELECT COUNT(*) FROM company_role_assignments a"
                + " WHERE NOT EXISTS (SELECT 1 FROM companies c WHERE c.company_id = a.company_id)"},
        {"role assignments point at existing roles", "SELECT COUNT(*) FROM company_role_assignments a"
                + " WHERE NOT EXISTS (SELECT 1 FROM company_roles r WHERE r.role_id = a.role_id)"},
        {"project assignments point at existing projects", "SELECT COUNT(*) FROM company_role_assignments a"
                + " WHERE a.context_type IS NOT NULL AND NOT EXISTS (SELECT 1 FROM projects p"
                + " WHERE p.project_id = a.context_id)"},
        {"assignment contexts have both a type and an id, or neither", "SELECT COUNT(*) FROM"
                + " company_role_assignments WHERE (context_type IS NULL) <> (context_id IS NULL)"},
        {"no company holds a global role twice", "SELECT COUNT(*) FROM (SELECT company_id, role_id FROM"
                + " company_role_assignments WHERE context_type IS NULL GROUP BY company_id, role_id"
                + " HAVING COUNT(*) > 1) duplicates"},
        {"affiliations point at existing persons and companies", "SELECT COUNT(*) FROM"
                + " person_company_affiliations f WHERE NOT EXISTS (SELECT 1 FROM personnel p"
                + " WHERE p.personnel_id = f.person_id) OR NOT EXISTS (SELECT 1 FROM companies c"
                + " WHERE c.company_id = f.company_id)"},
        {"every legacy company row maps to exactly one company", "SELECT COUNT(*) FROM (SELECT source_table,"
                + " source_id FROM company_origins GROUP BY source_table, source_id HAVING COUNT(DISTINCT"
                + " company_id) > 1) duplicates"},
        {"origin records point at existing companies", "SELECT COUNT(*) FROM company_origins o"
                + " WHERE NOT EXISTS (SELECT 1 FROM companies c WHERE c.company_id = o.company_id)"},
        {"merged companies point at a company that was not merged itself", "SELECT COUNT(*) FROM companies t"
                + " JOIN companies s ON s.company_id = t.merged_into_company_id"
                + " WHERE s.merged_into_company_id IS NOT NULL"},
        {"merged companies hold no roles and no origin records", "SELECT COUNT(*) FROM companies t"
                + " WHERE t.merged_into_company_id IS NOT NULL AND (EXISTS (SELECT 1 FROM company_role_assignments a"
                + " WHERE a.company_id = t.company_id) OR EXISTS (SELECT 1 FROM company_origins o"
                + " WHERE o.company_id = t.company_id))"},
    };

    private final DataSource dataSource;
    private final double threshold;
    private final int unmappedRowLimit;

    /**
     * Creates a validator.
     *
     * @param dataSource the database
     * @param threshold the coverage threshold, from 0 to 1
     * @param unmappedRowLimit how many unmapped rows the report lists at most
     */
    public Validator(DataSource dataSource, double threshold, int unmappedRowLimit) {
        this.dataSource = dataSource;
        this.threshold = threshold;
        this.unmappedRowLimit = unmappedRowLimit;
    }

    /**
     * Validates.
     *
     * @return the report
     */
    public ValidationReport validate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            List<String> legacy = new ArrayList<>();
            for (Step step : Step.values()) {
                legacy.addAll(step.legacyTables());
            }
            Preflight.check(connection, legacy);
            List<String> unfinished = UnfinishedRuns.describe(connection);
            List<TableCoverage> tables = new ArrayList<>();
            List<UnmappedRow> unmapped = new ArrayList<>();
            Map<String, UnmappedRow> firsts = new HashMap<>();
            List<IntegrityCheck> integrity = new ArrayList<>();
            long danglingOrigins = 0;
            for (LegacyTable table : LegacyTable.companyTables()) {
                tables.add(cover(connection, table, "company_origins", null, unmapped, firsts));
                danglingOrigins += dangling(connection, "company_origins", table);
            }
            LegacyTable affiliations = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;
            tables.add(cover(connection, affiliations, "affiliation_origins", "LOWER(TRIM(t.entity_type)) = '"
                    + LegacyTable.PROJECTS.entityType().orElseThrow() + "'", unmapped, firsts));
            danglingOrigins += dangling(connection, "affiliation_origins", affiliations);
            for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
                tables.add(cover(connection, table, "assignment_origins", null, unmapped, firsts));
                danglingOrigins += dangling(connection, "assignment_origins", table);
            }
            List<RoleCoverage> roles = new ArrayList<>();
            for (LegacyTable table : LegacyTable.companyTables()) {
                roles.add(new RoleCoverage(table.role().code(), table.tableName(),
                        Sql.count(connection, "SELECT COUNT(DISTINCT company_id) FROM company_role_assignments"
                                + " WHERE role_id = ? AND context_type IS NULL", table.role().roleId()),
                        Sql.count(connection, "SELECT COUNT(DISTINCT company_id) FROM company_origins"
                                + " WHERE source_table = ?", table.tableName())));
            }
            for (String[] check : INTEGRITY) {
                integrity.add(new IntegrityCheck(check[0], Sql.count(connection, check[1])));
            }
            integrity.add(new IntegrityCheck("origin records point at existing legacy rows", danglingOrigins));
            RowsWithoutOrigin originless = new RowsWithoutOrigin(
                    Sql.count(connection, "SELECT COUNT(*) FROM companies c WHERE c.merged_into_company_id IS NULL"
                            + " AND NOT EXISTS (SELECT 1 FROM company_origins o WHERE o.company_id = c.company_id)"),
                    assignmentsWithoutOrigin(connection),
                    Sql.count(connection, "SELECT COUNT(*) FROM person_company_affiliations f WHERE NOT EXISTS"
                            + " (SELECT 1 FROM affiliation_origins o WHERE o.affiliation_id = f.affiliation_id)"));
            connection.rollback();
            Coverage projects = coverage(tables, Step.PROJECTS);
            Coverage personnel = coverage(tables, Step.PERSONNEL);
            List<String> failures = new ArrayList<>(unfinished);
            failures.addAll(failures(tables, roles, projects, personnel, integrity, firsts));
            return new ValidationReport(Instant.now(), tables, roles, projects, personnel, unmapped, originless,
                    integrity, failures.isEmpty(), failures);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Validation failed in the database: "
                    + e.getMessage(), e);
        }
    }

    private Coverage coverage(List<TableCoverage> tables, Step step) {
        long rows = 0;
        long mapped = 0;
        for (TableCoverage table : tables) {
            if (step.legacyTables().contains(table.table())) {
                rows += table.mapped() + table.notMapped();
                mapped += table.mapped();
            }
        }
        return new Coverage(rows, mapped, threshold);
    }

    private static List<String> failures(List<TableCoverage> tables, List<RoleCoverage> roles, Coverage projects,
            Coverage personnel, List<IntegrityCheck> integrity, Map<String, UnmappedRow> firsts) {
        List<String> failures = new ArrayList<>();
        for (TableCoverage table : tables) {
            if (Step.COMPANIES.legacyTables().contains(table.table()) && table.notMapped() > 0) {
                UnmappedRow first = firsts.get(table.table());
                failures.add(table.notMapped() + " of " + table.rows() + " rows of " + table.table()
                        + " are not mapped to a company (first: #" + first.id() + ", " + first.reason() + ")");
            }
        }
        for (RoleCoverage role : roles) {
            if (!role.matches()) {
                failures.add("role " + role.role() + ": " + role.companiesHoldingRole() + " companies hold it but "
                        + role.companiesMappedFromTable() + " companies were mapped from " + role.legacyTable());
            }
        }
        if (!projects.meetsThreshold()) {
            failures.add(String.format(Locale.ROOT, "project relationship coverage %.2f%% is below %.2f%%",
                    projects.ratio() * 100, projects.threshold() * 100));
        }
        if (!personnel.meetsThreshold()) {
            failures.add(String.format(Locale.ROOT, "personnel affiliation coverage %.2f%% is below %.2f%%",
                    personnel.ratio() * 100, personnel.threshold() * 100));
        }
        for (IntegrityCheck check : integrity) {
            if (!check.passed()) {
                failures.add("integrity: " + check.violations() + " rows break '" + check.name() + "'");
            }
        }
        return failures;
    }

    /**
     * Counts a table's rows and lists those in scope that have no origin record, with the latest reason, while
     * the list is below the limit; the first of each table is kept in {@code firsts} whatever the limit.
     */
    private TableCoverage cover(Connection connection, LegacyTable legacyTable, String origins,
            String outOfScope, List<UnmappedRow> unmapped, Map<String, UnmappedRow> firsts) throws SQLException {
        String table = legacyTable.tableName();
        String idColumn = legacyTable.idColumn();
        long rows = Sql.count(connection, "SELECT COUNT(*) FROM " + table);
        long excluded = outOfScope == null ? 0 : Sql.count(connection, "SELECT COUNT(*) FROM " + table + " t WHERE "
                + outOfScope);
        long lastRun = Sql.count(connection, "SELECT COALESCE(MAX(run_id), 0) FROM backfill_positions"
                + " WHERE source_table = ?", table);
        String sql = "SELECT t." + idColumn + ", (SELECT MIN(i.reason) FROM backfill_issues i WHERE i.run_id = ?"
                + " AND i.source_table = ? AND i.source_id = t." + idColumn + " AND i.severity = 'REJECTED')"
                + " FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM " + origins + " o WHERE o.source_table = ?"
                + " AND o.source_id = t." + idColumn + ")" + (outOfScope == null ? "" : " AND NOT (" + outOfScope + ")")
                + " ORDER BY t." + idColumn;
        long notMapped = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, lastRun);
            statement.setString(2, table);
            statement.setString(3, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(2);
                    if (notMapped == 0 || unmapped.size() < unmappedRowLimit) {
                        UnmappedRow row = new UnmappedRow(table, rs.getLong(1), reason != null ? reason
                                : lastRun == 0 ? "no backfill run has read this table yet"
                                        : "not rejected by the latest run: added since, or the run has not finished");
                        firsts.putIfAbsent(table, row);
                        if (unmapped.size() < unmappedRowLimit) {
                            unmapped.add(row);
                        }
                    }
                    notMapped++;
                }
            }
        }
        return new TableCoverage(table, rows, rows - excluded - notMapped, notMapped, excluded);
    }

    /**
     * Counts role assignments without an origin: project assignments without an assignment origin, global ones
     * without a company origin from their role's table. One query per role, each naming its table, so every
     * database looks the origins up by index.
     */
    private static long assignmentsWithoutOrigin(Connection connection) throws SQLException {
        long count = Sql.count(connection, "SELECT COUNT(*) FROM company_role_assignments a WHERE a.context_type IS NOT"
                + " NULL AND NOT EXISTS (SELECT 1 FROM assignment_origins o WHERE o.assignment_id = a.assignment_id)");
        for (LegacyTable table : LegacyTable.companyTables()) {
            count += Sql.count(connection, "SELECT COUNT(*) FROM company_role_assignments a WHERE a.role_id = ?"
                    + " AND a.context_type IS NULL AND NOT EXISTS (SELECT 1 FROM company_origins o"
                    + " WHERE o.company_id = a.company_id AND o.source_table = ?)", table.role().roleId(),
                    table.tableName());
        }
        return count;
    }

    /** Counts origin records whose legacy row no longer exists. */
    private static long dangling(Connection connection, String origins, LegacyTable table) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM " + origins + " o WHERE o.source_table = ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + table.tableName() + " t WHERE t." + table.idColumn()
                + " = o.source_id)", table.tableName());
    }
}
