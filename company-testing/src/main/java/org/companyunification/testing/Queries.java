package org.companyunification.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads query results back as text for comparisons: each row as its values joined with {@code " | "}. */
public final class Queries {

    private Queries() {}

    /**
     * Runs a query.
     *
     * @param dataSource the database
     * @param sql the query
     * @return the rows, each rendered as {@code value | value | ...}
     * @throws SQLException when the query fails
     */
    public static List<String> rows(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, sql);
        }
    }

    /**
     * Runs a query on an open connection.
     *
     * @param connection the connection
     * @param sql the query
     * @return the rows, each rendered as {@code value | value | ...}
     * @throws SQLException when the query fails
     */
    public static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " | ").append(rs.getObject(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /**
     * Runs a query that returns one number.
     *
     * @param dataSource the database
     * @param sql the query, for example {@code SELECT COUNT(*) FROM companies}
     * @return the number
     * @throws SQLException when the query fails
     */
    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
