package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.generator.LegacyDataGenerator;

/**
 * Which unified tables a run analyses while it writes: on PostgreSQL only those that grew since they were last
 * analysed, so that a step of the backfill leaves the tables of the other steps alone; the other databases keep
 * their statistics themselves. While a run writes it refreshes from a small sample, and it leaves full statistics.
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
            dialect.refreshStatistics(connection, List.of("companies"), false);
            assertThat(dialect.staleStatistics(connection, TABLES)).isEmpty();

            // a table that grows is stale again; the others, untouched, are not
            insertCompanies(statement, 2_001, 4_000);
            assertThat(dialect.staleStatistics(connection, TABLES)).containsExactly("companies");
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldRefreshFromASmallSampleWhileARunWrites(TestDatabase db) throws SQLException {
        Dialect dialect = Dialect.of(DatabaseVendor.POSTGRESQL);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            insertCompanies(statement, 1, 2_000);
            connection.setAutoCommit(false);

            dialect.refreshStatistics(connection, List.of("companies"), true);
            connection.commit();
            assertThat(nameKeyHistogramBounds(statement)).isEqualTo(Dialect.SAMPLED_STATISTICS_TARGET + 1);
            // the sample's target held for that transaction only
            assertThat(setting(statement, "default_statistics_target")).isEqualTo("100");

            dialect.refreshStatistics(connection, List.of("companies"), false);
            connection.commit();
            assertThat(nameKeyHistogramBounds(statement)).isEqualTo(101);
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldLeaveFullStatisticsOfTheTablesABackfillWrote(TestDatabase db) throws SQLException {
        new LegacyDataGenerator(7, 0.5).generate(db.dataSource());

        Backfill.configure().dataSource(db.dataSource()).batchSize(50).load().run();

        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // refreshed from samples while the run wrote, then in full once it had written everything
            assertThat(nameKeyHistogramBounds(statement)).isEqualTo(101);
            assertThat(Dialect.of(DatabaseVendor.POSTGRESQL).staleStatistics(connection, List.of("companies",
                    "company_origins", "company_role_assignments", "assignment_origins",
                    "person_company_affiliations", "affiliation_origins"))).isEmpty();
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

    /** Returns how many bounds the histogram of the companies' name keys has: the statistics target plus one. */
    private static int nameKeyHistogramBounds(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT array_length(histogram_bounds::text::text[], 1)"
                + " FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'companies'"
                + " AND attname = 'name_key'")) {
            assertThat(rs.next()).as("statistics of companies.name_key").isTrue();
            return rs.getInt(1);
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void insertCompanies(Statement statement, int first, int last) throws SQLException {
        statement.executeUpdate("INSERT INTO companies (company_id, company_name, name_key) SELECT g,"
                + " 'Company number ' || g, 'company number ' || g FROM generate_series(" + first + ", " + last + ") g");
    }
}
