package org.companyunification.sync;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.postgresql.jdbc.TimestampUtils;

/**
 * The rows of one insert sent to PostgreSQL with {@code COPY ... FROM STDIN}: one statement and one stream of
 * rows in COPY's text format, which the server loads several times faster than the same rows as a batch of
 * multi-row {@code INSERT}s. Values are spelled as the JDBC driver spells parameters (dates and timestamps through
 * the driver's own formatting), so a row copied is the row an insert would have written.
 */
final class CopyBatch implements RowBatch {

    private static final boolean DRIVER_PRESENT = driverPresent();

    private final CopyManager copy;
    private final TimestampUtils timestamps;
    private final String sql;
    private final int columns;
    private final StringBuilder rows = new StringBuilder();
    private boolean pending;

    private CopyBatch(Connection connection, String table, List<String> columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.timestamps = connection.unwrap(BaseConnection.class).getTimestampUtils();
        this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.columns = columns.size();
    }

    /**
     * Returns whether rows can be copied over a connection: it is the PostgreSQL driver's, or wraps one.
     *
     * @param connection an open connection to PostgreSQL
     * @return whether {@link #open} works on it
     * @throws SQLException when the connection cannot tell
     */
    static boolean supported(Connection connection) throws SQLException {
        return DRIVER_PRESENT && connection.isWrapperFor(PGConnection.class)
                && connection.isWrapperFor(BaseConnection.class);
    }

    /**
     * Opens a batch that copies rows into columns of a table.
     *
     * @param connection a connection {@link #supported} accepts
     * @param table the table
     * @param columns the columns, in the order of the values {@link #add} takes
     * @return the batch
     * @throws SQLException when the connection is not PostgreSQL's
     */
    static CopyBatch open(Connection connection, String table, List<String> columns) throws SQLException {
        return new CopyBatch(connection, table, columns);
    }

    @Override
    public void add(Object... values) {
        checkArgument(values.length == columns, "%s takes %s values, not %s", sql, columns, values.length);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        pending = true;
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof String text) {
            appendText(rows, text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            rows.append(value);
        } else if (value instanceof Boolean bool) {
            rows.append(bool ? 't' : 'f');
        } else if (value instanceof LocalDateTime timestamp) {
            appendText(rows, timestamps.toString(timestamp));
        } else if (value instanceof LocalDate date) {
            appendText(rows, timestamps.toString(date));
        } else {
            throw new IllegalArgumentException("cannot copy a " + value.getClass().getName() + " into " + sql);
        }
    }

    /**
     * Appends text in COPY's text format: the backslash, and the tab, line feed and carriage return that would
     * end a value or a row, escaped with a backslash; everything else as it is.
     *
     * @param out where to append
     * @param text the value
     */
    static void appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void execute() throws SQLException {
        if (!pending) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("Copying rows failed: " + e.getMessage(), e);
        } finally {
            rows.setLength(0);
            pending = false;
        }
    }

    @Override
    public void close() {
        rows.setLength(0);
        pending = false;
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, CopyBatch.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
