package org.companyunification.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Small JDBC helpers shared by the backfill and the validation. */
public final class Sql {

    private Sql() {}

    /**
     * Returns {@code (?, ?, ...)} with one placeholder per value.
     *
     * @param count how many placeholders, at least one
     * @return the parenthesised list
     */
    public static String in(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /**
     * Binds values from position {@code first} on.
     *
     * @param statement the statement
     * @param first the first position, from 1
     * @param values the values
     * @return the next free position
     * @throws SQLException when the driver refuses a value
     */
    public static int bind(PreparedStatement statement, int first, Collection<?> values) throws SQLException {
        int position = first;
        for (Object value : values) {
            statement.setObject(position++, value);
        }
        return position;
    }

    /**
     * Runs a query that returns one number, such as a {@code COUNT(*)}.
     *
     * @param connection an open connection
     * @param sql the query
     * @param parameters its parameters, in order
     * @return the number in the first column of the first row, or 0 when there is no row
     * @throws SQLException when the query fails
     */
    public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Runs a query and returns the numbers of its first column, in the order of its rows.
     *
     * @param connection an open connection
     * @param sql the query
     * @param parameters its parameters, in order
     * @return the numbers, empty when there is no row
     * @throws SQLException when the query fails
     */
    public static List<Long> longs(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    /**
     * Runs an insert, update or delete.
     *
     * @param connection an open connection
     * @param sql the statement
     * @param parameters its parameters, in order
     * @return how many rows it changed
     * @throws SQLException when the statement fails
     */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Prepares a statement and binds its parameters in order; the caller closes it. */
    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Reads a nullable {@code BIGINT} column of the current row.
     *
     * @param rs the result set
     * @param column the column label
     * @return the value, or {@code null} for SQL NULL
     * @throws SQLException when the column is not there
     */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
