package org.companyunification.model.schema;

import org.companyunification.model.legacy.LegacyTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.LegacySnapshot;
import org.companyunification.testing.TestDatabase;

/**
 * The production case: the unified schema is added to a database that already holds the legacy schema and its
 * data, and must leave every legacy table exactly as it was.
 */
class ProductionMigrationTest {

    /** The tables the unified migrations create, apart from the shared projects and personnel. */
    private static final List<String> UNIFIED_TABLES = List.of("company_roles", "backfill_runs", "companies",
            "company_role_assignments", "client_profiles", "person_company_affiliations", "internal_external_links",
            "company_origins", "assignment_origins", "affiliation_origins");

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldAddTheUnifiedSchemaToALegacyDatabaseWithoutChangingALegacyRow(TestDatabase db) throws SQLException {
        DataSource dataSource = db.dataSource();
        LegacyData data = productionDatabaseWithoutMigrationHistory(dataSource);
        LegacySnapshot rowsBefore = LegacySnapshot.take(dataSource);
        Map<String, List<String>> columnsBefore = legacyColumnDefinitions(dataSource);

        SchemaMigrationResult first = CompanySchema.configure().dataSource(dataSource).load().migrate();
        SchemaMigrationResult second = CompanySchema.configure().dataSource(dataSource).load().migrate();

        assertThat(first.migrationsApplied()).isPositive();
        assertThat(second.migrationsApplied()).isZero();
        assertThat(second.targetVersion()).isEqualTo(first.targetVersion());
        for (LegacyTable table : LegacyTable.values()) {
            assertThat(rowsBefore.rowCount(table)).as(table.tableName()).isEqualTo(data.rowCount(table)).isPositive();
        }
        assertThat(LegacySnapshot.take(dataSource)).isEqualTo(rowsBefore);
        assertThat(legacyColumnDefinitions(dataSource)).isEqualTo(columnsBefore);
        assertUnifiedTablesHoldOnlyTheRoleCatalogue(dataSource);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldAddTheLegacySchemaToADatabaseThatHasTheUnifiedOne(TestDatabase db) throws SQLException {
        DataSource dataSource = db.dataSource();
        CompanySchema schema = CompanySchema.configure().dataSource(dataSource).load();
        schema.migrate();

        SchemaMigrationResult legacy = schema.migrateLegacy();
        LegacyData data = LegacyScenarios.all();
        data.insertInto(dataSource);

        assertThat(legacy.migrationsApplied()).isPositive();
        LegacySnapshot snapshot = LegacySnapshot.take(dataSource);
        for (LegacyTable table : LegacyTable.values()) {
            assertThat(snapshot.rowCount(table)).as(table.tableName()).isEqualTo(data.rowCount(table)).isPositive();
        }
        assertThat(schema.migrate().migrationsApplied()).isZero();
        assertThat(schema.migrateLegacy().migrationsApplied()).isZero();
        assertThat(LegacySnapshot.take(dataSource)).isEqualTo(snapshot);
        assertUnifiedTablesHoldOnlyTheRoleCatalogue(dataSource);
    }

    /**
     * Builds what production has: the legacy tables full of rows (clean, dirty and orphaned, in all fourteen
     * tables) and no schema history, since they were never created by these migrations.
     */
    private static LegacyData productionDatabaseWithoutMigrationHistory(DataSource dataSource) throws SQLException {
        CompanySchema.configure().dataSource(dataSource).load().migrateLegacy();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + quoted(connection, CompanySchema.LEGACY_HISTORY_TABLE));
        }
        LegacyData data = LegacyScenarios.all();
        data.insertInto(dataSource);
        return data;
    }

    private static void assertUnifiedTablesHoldOnlyTheRoleCatalogue(DataSource dataSource) throws SQLException {
        UnifiedRows rows = new UnifiedRows(dataSource);
        for (String table : UNIFIED_TABLES) {
            assertThat(rows.count(table)).as("rows in %s", table).isEqualTo(table.equals("company_roles") ? 6 : 0);
        }
    }

    /** The name, type, size and nullability of every column of every legacy table, as the driver reports them. */
    private static Map<String, List<String>> legacyColumnDefinitions(DataSource dataSource) throws SQLException {
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (LegacyTable table : LegacyTable.values()) {
                List<String> columns = new ArrayList<>();
                String name = metaData.storesUpperCaseIdentifiers()
                        ? table.tableName().toUpperCase(Locale.ROOT) : table.tableName();
                try (ResultSet resultSet = metaData.getColumns(connection.getCatalog(), connection.getSchema(), name,
                        null)) {
                    while (resultSet.next()) {
                        columns.add(resultSet.getString("COLUMN_NAME") + " " + resultSet.getString("TYPE_NAME") + "("
                                + resultSet.getInt("COLUMN_SIZE") + "," + resultSet.getInt("DECIMAL_DIGITS") + ") "
                                + resultSet.getString("IS_NULLABLE") + " " + resultSet.getString("COLUMN_DEF"));
                    }
                }
                assertThat(columns).as("columns of %s", table.tableName()).hasSameSizeAs(table.columnNames());
                definitions.put(table.tableName(), columns);
            }
        }
        return definitions;
    }

    /** The Flyway history table has a lower-case name, which H2 would upper-case unless quoted. */
    private static String quoted(Connection connection, String name) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        return quote + name + quote;
    }
}
