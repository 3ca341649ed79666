package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * Rows copied to PostgreSQL ({@link CopyBatch}) are the rows a JDBC insert of the same values writes: text that
 * holds COPY's own separators and escapes, {@code NULL} and its text spelling, dates and timestamps at the edges
 * of their ranges.
 */
class CopyBatchTest {

    private static final List<String> COLUMNS = List.of("id", "label", "flag", "day", "moment", "amount");

    private static final List<Object[]> VALUES = List.of(
            new Object[] {"plain", true, LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 5), 7L},
            new Object[] {"tab\there, line\nfeed, return\rhere", false, null, null, null},
            new Object[] {"back\\slash \\N \\. \\t end\\", null, LocalDate.of(1, 1, 1),
                LocalDateTime.of(1970, 1, 1, 0, 0, 0, 123_456_000), Integer.MAX_VALUE},
            new Object[] {"\\N", true, LocalDate.of(-44, 3, 15), LocalDateTime.of(-44, 3, 15, 12, 0), -1},
            new Object[] {"", false, LocalDate.MAX, LocalDateTime.MAX, Long.MIN_VALUE},
            new Object[] {null, true, LocalDate.MIN, LocalDateTime.MIN, 0},
            new Object[] {"Ünïcödé 北京 مرحبا 🚀 ‮right-to-left‬ \u0001\u001b[31m", null,
                LocalDate.of(10_000, 12, 31), LocalDateTime.of(2000, 1, 1, 23, 59, 59, 999_999_000), 1L},
            new Object[] {"'; DROP TABLE companies; -- %_", false, LocalDate.of(1999, 12, 31), null, 42});

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldWriteWhatAJdbcInsertWrites(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE copy_probe (id BIGINT PRIMARY KEY, label TEXT, flag BOOLEAN, day DATE,"
                    + " moment TIMESTAMP, amount BIGINT)");
            connection.setAutoCommit(false);
            assertThat(CopyBatch.supported(connection)).isTrue();

            try (CopyBatch copy = CopyBatch.open(connection, "copy_probe", COLUMNS);
                    BatchStatement insert = new BatchStatement(connection, "INSERT INTO copy_probe ("
                            + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < VALUES.size(); i++) {
                    copy.add(row(i + 1, VALUES.get(i)));
                    insert.add(row(i + 101, VALUES.get(i)));
                }
                copy.execute();
                insert.execute();
                // a batch sent is empty again: executing it once more copies nothing
                copy.execute();
            }
            connection.commit();

            List<List<Object>> copied = read(statement, "id < 100");
            List<List<Object>> inserted = read(statement, "id > 100");
            assertThat(copied).hasSize(VALUES.size()).isEqualTo(inserted);
            assertThat(copied.get(1).get(0)).isEqualTo("tab\there, line\nfeed, return\rhere");
            assertThat(copied.get(3).get(0)).isEqualTo("\\N");
            assertThat(copied.get(5).get(0)).isNull();
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldRefuseRowsOfTheWrongShape(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                CopyBatch copy = CopyBatch.open(connection, "copy_probe", COLUMNS)) {
            assertThatThrownBy(() -> copy.add(1L, "too few"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("takes 6 values, not 2");
            assertThatThrownBy(() -> copy.add(1L, "x", true, null, null, new BigDecimal("1.5")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot copy a java.math.BigDecimal into COPY copy_probe");
        }
    }

    @DatabaseTest(vendors = {DatabaseVendor.H2, DatabaseVendor.MARIADB})
    void shouldBeUsedOnlyOverThePostgresqlDriver(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            assertThat(CopyBatch.supported(connection)).isFalse();
            assertThat(Dialect.of(db.vendor()).copiesInserts(connection)).isFalse();
        }
    }

    private static Object[] row(long id, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }

    private static List<List<Object>> read(Statement statement, String condition) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT label, flag, day::text, moment::text, amount"
                + " FROM copy_probe WHERE " + condition + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(Arrays.asList(rs.getString(1), rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5)));
            }
        }
        return rows;
    }
}
