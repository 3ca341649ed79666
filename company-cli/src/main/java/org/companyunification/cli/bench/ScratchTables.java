package org.companyunification.cli.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * The tables a {@link Benchmark} writes, and how it finds out whether they hold rows and empties them.
 *
 * <p>Emptying truncates rather than deletes: it is fast at any size and leaves no dead rows behind that would
 * slow the next measured step (PostgreSQL). Each database needs its own way around the foreign keys that point
 * at a truncated table: PostgreSQL truncates all the tables in one statement, MariaDB turns
 * {@code foreign_key_checks} off for the connection, H2 turns referential integrity off for each table. Sequences
 * are left as they are.
 */
final class ScratchTables {

    /** The fourteen legacy tables, the shared {@code projects} and {@code personnel} among them. */
    static final List<String> LEGACY = Arrays.stream(LegacyTable.values()).map(LegacyTable::tableName).toList();

    /**
     * The unified tables the backfill and the baseline copy write, the backfill's bookkeeping, and the tables that
     * point at companies (merges and their journal, rejected duplicate pairs), which PostgreSQL truncates only
     * together with them; not the seeded {@code company_roles}.
     */
    static final List<String> UNIFIED = List.of("rejected_duplicate_pairs", "merge_journal_companies",
            "merge_journal_assignments", "merge_journal_profiles", "merge_journal_affiliations", "merge_journal_links",
            "merge_journal_company_origins", "merge_journal_assignment_origins", "company_merges",
            "affiliation_origins",
            "assignment_origins", "company_origins", "client_profiles", "internal_external_links",
            "person_company_affiliations", "company_role_assignments", "companies", "sync_journal", "backfill_issues",
            "backfill_positions", "backfill_runs");

    /** Every table a benchmark writes. */
    static final List<String> ALL = Stream.concat(UNIFIED.stream(), LEGACY.stream()).toList();

    private ScratchTables() {}

    /**
     * Counts the rows of each table that exists.
     *
     * @param connection a connection in auto-commit mode
     * @param tables the tables
     * @return the row count of each existing table, in the given order; a missing table is left out
     * @throws SQLException when a count fails for another reason than a missing table
     */
    static Map<String, Long> rowCounts(Connection connection, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            count(connection, table).ifPresent(rows -> counts.put(table, rows));
        }
        return counts;
    }

    /**
     * Reads every row of a table once: its row count and a sum over the text of its last column, in one
     * statement that the database answers by reading the rows.
     *
     * @param connection a connection in auto-commit mode
     * @param table the table, which exists
     * @return its row count
     * @throws SQLException when a statement fails
     */
    static long readAll(Connection connection, String table) throws SQLException {
        String column;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            column = rs.getMetaData().getColumnName(rs.getMetaData().getColumnCount());
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*), SUM(CHAR_LENGTH(CONCAT(" + column
                        + ", ''))) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Tells whether every table exists.
     *
     * @param connection a connection in auto-commit mode
     * @param tables the tables
     * @return {@code true} when each can be read
     * @throws SQLException when a count fails for another reason than a missing table
     */
    static boolean allExist(Connection connection, List<String> tables) throws SQLException {
        return rowCounts(connection, tables).size() == tables.size();
    }

    /**
     * Removes every row of the tables, which must all exist.
     *
     * @param connection a connection in auto-commit mode
     * @param vendor the database
     * @param tables the tables; every table with a foreign key to one of them must be among them
     * @throws SQLException when a statement fails
     */
    static void empty(Connection connection, DatabaseVendor vendor, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            switch (vendor) {
                case POSTGRESQL -> statement.execute("TRUNCATE TABLE " + String.join(", ", tables));
                case MARIADB -> {
                    statement.execute("SET foreign_key_checks = 0");
                    try {
                        for (String table : tables) {
                            statement.execute("TRUNCATE TABLE " + table);
                        }
                    } finally {
                        statement.execute("SET foreign_key_checks = 1");
                    }
                }
                case H2 -> {
                    List<String> disabled = new ArrayList<>();
                    try {
                        for (String table : tables) {
                            statement.execute("ALTER TABLE " + table + " SET REFERENTIAL_INTEGRITY FALSE");
                            disabled.add(table);
                        }
                        for (String table : tables) {
                            statement.execute("TRUNCATE TABLE " + table);
                        }
                    } finally {
                        for (String table : disabled) {
                            statement.execute("ALTER TABLE " + table + " SET REFERENTIAL_INTEGRITY TRUE");
                        }
                    }
                }
            }
        }
    }

    /** Counts a table's rows; empty when the table does not exist (SQL state class 42: syntax or access). */
    private static Optional<Long> count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return Optional.of(rs.getLong(1));
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
