package org.companyunification.model.schema;

import org.companyunification.model.legacy.LegacyTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyRow;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The legacy data fixtures write exactly what they are given to the legacy schema of each database. */
class LegacyDataTest {

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldWriteEveryColumnOfEveryScenarioRowAsGiven(TestDatabase db) throws SQLException {
        LegacyData data = LegacyScenarios.all();

        int inserted = data.insertInto(db.dataSource());

        assertThat(inserted).isEqualTo(data.rowCount());
        try (Connection connection = db.dataSource().getConnection()) {
            for (LegacyTable table : LegacyTable.values()) {
                assertThat(data.rowCount(table)).as("rows of %s in the scenarios", table.tableName()).isPositive();
                assertThat(count(connection, table)).as(table.tableName()).isEqualTo(data.rowCount(table));
                for (LegacyRow<?> row : data.rows(table)) {
                    assertStored(connection, row);
                }
            }
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldKeepMicrosecondsDatesDecimalsAndDirtyText(TestDatabase db) throws SQLException {
        LocalDateTime created = LocalDateTime.of(2021, 12, 31, 23, 59, 59, 123_456_000);
        new LegacyData()
                .project(1, " ", p -> p.capacityMw("12345678.91").createdAt(created))
                .client(2, "  acme  ", c -> c.relationshipStrength("strong ").lastContactDate(LocalDate.of(1999, 1, 1)))
                .insertInto(db.dataSource());

        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet project = statement.executeQuery(
                        "SELECT project_name, capacity_mw, created_at, updated_at FROM projects")) {
            assertThat(project.next()).isTrue();
            assertThat(project.getString(1)).isEqualTo(" ");
            assertThat(project.getBigDecimal(2)).isEqualTo(new BigDecimal("12345678.91"));
            assertThat(project.getObject(3, LocalDateTime.class)).isEqualTo(created);
            assertThat(project.getObject(4, LocalDateTime.class)).isNull();
        }
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet client = statement.executeQuery(
                        "SELECT client_name, relationship_strength, last_contact_date FROM clients")) {
            assertThat(client.next()).isTrue();
            assertThat(client.getString(1)).isEqualTo("  acme  ");
            assertThat(client.getString(2)).isEqualTo("strong ");
            assertThat(client.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(1999, 1, 1));
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldRollBackEveryRowWhenOneInsertFails(TestDatabase db) throws SQLException {
        new LegacyData().vendor(10, "Holtec International").insertInto(db.dataSource());
        LegacyData clash = new LegacyData().project(1, "Palisades SMR").vendor(10, "Holtec again");

        assertThatThrownBy(() -> clash.insertInto(db.dataSource()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("technology_vendors")
                .hasMessageContaining("vendor_id 10");

        try (Connection connection = db.dataSource().getConnection()) {
            assertThat(count(connection, LegacyTable.PROJECTS)).isZero();
            assertThat(count(connection, LegacyTable.TECHNOLOGY_VENDORS)).isEqualTo(1);
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldLeaveTheTransactionToTheCallerWhenGivenAConnection(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);

            int inserted = LegacyScenarios.orphans().insertInto(connection);
            assertThat(count(connection, LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS)).isEqualTo(2);
            connection.rollback();

            assertThat(inserted).isEqualTo(7);
            assertThat(count(connection, LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS)).isZero();
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldNameTheTableWhenTheLegacySchemaIsMissing(TestDatabase db) {
        LegacyData data = new LegacyData().operator(1, "Southern Nuclear");

        assertThatThrownBy(() -> data.insertInto(db.dataSource()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("legacy table operators");
    }

    @Test
    void shouldRefuseASecondRowWithTheSameIdInATable() {
        LegacyData data = new LegacyData().vendor(10, "Holtec International").operator(10, "Holtec");

        assertThatThrownBy(() -> data.vendor(10, "Holtec Intl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("technology_vendors already has a row with vendor_id 10: ids are primary keys in the"
                        + " legacy schema");
    }

    @Test
    void shouldRefuseANullNameButAcceptABlankOne() {
        LegacyData data = new LegacyData().client(1, "   ");

        assertThatThrownBy(() -> data.client(2, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clients.client_name is NOT NULL");
        assertThat(data.ids(LegacyTable.CLIENTS)).containsExactly(1L);
    }

    @Test
    void shouldCombineScenariosAndRefuseOverlappingIds() {
        LegacyData combined = LegacyScenarios.all();

        assertThat(combined.rowCount()).isEqualTo(LegacyScenarios.vendorThatIsAlsoOperatorAndClient().rowCount()
                + LegacyScenarios.everyTable().rowCount() + LegacyScenarios.dirtyValues().rowCount()
                + LegacyScenarios.orphans().rowCount()
                + LegacyScenarios.personWithTwoCurrentPrimaryAffiliations().rowCount());
        assertThatThrownBy(() -> LegacyScenarios.orphans().and(LegacyScenarios.orphans()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("projects already has a row with project_id 300");
    }

    @Test
    void shouldCopyRowsWhenCombiningSoThatLaterChangesStayApart() {
        LegacyData original = new LegacyData().vendor(10, "Holtec International");
        LegacyData combined = new LegacyData().and(original);

        original.vendor(11, "NuScale Power");

        assertThat(combined.ids(LegacyTable.TECHNOLOGY_VENDORS)).containsExactly(10L);
        assertThat(combined.rows(LegacyTable.TECHNOLOGY_VENDORS).get(0))
                .isNotSameAs(original.rows(LegacyTable.TECHNOLOGY_VENDORS).get(0));
        assertThat(combined.rows(LegacyTable.TECHNOLOGY_VENDORS).get(0).values().get("vendor_name"))
                .isEqualTo("Holtec International");
    }

    /** Reads the stored row back and compares every column with what the row builder was given. */
    private static void assertStored(Connection connection, LegacyRow<?> row) throws SQLException {
        LegacyTable table = row.table();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM " + table.tableName() + " WHERE " + table.idColumn() + " = ?")) {
            select.setLong(1, row.id());
            try (ResultSet stored = select.executeQuery()) {
                assertThat(stored.next()).as("%s %s stored", table.tableName(), row.id()).isTrue();
                for (Map.Entry<String, Object> column : row.values().entrySet()) {
                    Object expected = column.getValue();
                    Object actual = expected == null
                            ? stored.getObject(column.getKey())
                            : stored.getObject(column.getKey(), expected.getClass());
                    assertThat(actual).as("%s.%s of row %s", table.tableName(), column.getKey(), row.id())
                            .isEqualTo(expected);
                }
            }
        }
    }

    private static int count(Connection connection, LegacyTable table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT COUNT(*) FROM " + table.tableName())) {
            resultSet.next();
            return resultSet.getInt(1);
        }
    }
}
