package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Every row of every legacy table at one moment, each rendered as {@code column=value} text in primary key
 * order, for proving that an operation left the legacy schema exactly as it was:
 *
 * <pre>{@code
 * LegacySnapshot before = LegacySnapshot.take(dataSource);
 * backfill(dataSource);
 * assertThat(LegacySnapshot.take(dataSource)).isEqualTo(before);
 * }</pre>
 *
 * <p>Two snapshots of the same database are equal when every table has the same columns and the same rows with
 * the same values. Values are compared as the driver returns them, so compare snapshots of one database only.
 *
 * @param rows the rendered rows of each legacy table, in primary key order
 */
public record LegacySnapshot(Map<LegacyTable, List<String>> rows) {

    /**
     * Creates a snapshot from rendered rows.
     *
     * @param rows the rendered rows of each legacy table
     */
    public LegacySnapshot {
        EnumMap<LegacyTable, List<String>> copy = new EnumMap<>(LegacyTable.class);
        requireNonNull(rows, "rows").forEach((table, tableRows) -> copy.put(table, List.copyOf(tableRows)));
        rows = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads all fourteen legacy tables.
     *
     * @param dataSource a database with the legacy schema
     * @return the snapshot
     * @throws IllegalStateException when a table cannot be read, for example because it does not exist
     */
    public static LegacySnapshot take(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        Map<LegacyTable, List<String>> rows = new EnumMap<>(LegacyTable.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (LegacyTable table : LegacyTable.values()) {
                rows.put(table, read(statement, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the legacy tables: " + e.getMessage(), e);
        }
        return new LegacySnapshot(rows);
    }

    /**
     * Returns the number of rows a table had.
     *
     * @param table the table
     * @return the number of rows
     */
    public int rowCount(LegacyTable table) {
        return rows.getOrDefault(requireNonNull(table, "table"), List.of()).size();
    }

    private static List<String> read(Statement statement, LegacyTable table) throws SQLException {
        List<String> tableRows = new ArrayList<>();
        try (ResultSet resultSet = statement.executeQuery(
                "SELECT * FROM " + table.tableName() + " ORDER BY " + table.idColumn())) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            while (resultSet.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= metaData.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : ", ")
                            .append(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT)).append('=')
                            .append(render(resultSet.getObject(i)));
                }
                tableRows.add(row.toString());
            }
        }
        return tableRows;
    }

    /** Quotes text, so that blank values and stray whitespace show in a failed comparison. */
    private static String render(Object value) {
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
    }
}
