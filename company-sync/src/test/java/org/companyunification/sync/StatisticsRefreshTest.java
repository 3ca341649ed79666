package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * Which unified tables a run analyses while it writes: on PostgreSQL only those that grew since they were last
 * analysed, so that a step of the backfill leaves the tables of the other steps alone; the other databases keep
 * their statistics themselves.
 */
class StatisticsRefreshTest {

    private static final List<String> TABLES = List.of("companies", "company_origins", "projects");

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldFindTheTablesThatGrewSinceTheyWereAnalysed(TestDatabase db) throws SQLException {
        Dialect dialect = Dialect.of(DatabaseVendor.POSTGRESQL);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // empty tables need nothing
            assertThat(dialect.staleStatistics(connection, TABLES)).isEmpty();

            // companies get rows: stale until analysed
            insertCompanies(statement, 1, 2_000);
            assertThat(dialect.staleStatistics(connection, TABLES)).containsExactly("companies");
            dialect.refreshStatistics(connection, List.of("companies"));
            assertThat(dialect.staleStatistics(connection, TABLES)).isEmpty();

            // a table that grows is stale again; the others, untouched, are not
            insertCompanies(statement, 2_001, 4_000);
            assertThat(dialect.staleStatistics(connection, TABLES)).containsExactly("companies");
        }
    }

    @DatabaseTest(vendors = {DatabaseVendor.H2, DatabaseVendor.MARIADB})
    void shouldFindNothingStaleWhereTheDatabaseKeepsItsOwnStatistics(TestDatabase db) throws SQLException {
        Dialect dialect = Dialect.of(db.vendor());
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO companies (company_id, company_name, name_key) VALUES"
                    + " (1, 'Acme', 'acme')");

            assertThat(dialect.staleStatistics(connection, TABLES)).isEmpty();
        }
    }

    private static void insertCompanies(Statement statement, int first, int last) throws SQLException {
        statement.executeUpdate("INSERT INTO companies (company_id, company_name, name_key) SELECT g,"
                + " 'Company number ' || g, 'company number ' || g FROM generate_series(" + first + ", " + last + ") g");
    }
}
