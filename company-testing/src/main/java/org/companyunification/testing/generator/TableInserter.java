package org.companyunification.testing.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.legacy.LegacyTable.Column;

/**
 * Inserts the rows of one legacy table into all its {@link LegacyTable#columns() columns} with a JDBC batch: a
 * batch is sent when it holds {@code batchSize} rows (and by {@link #flush()}), after which the transaction is
 * committed, so the work held in memory and in the open transaction stays bounded however many rows are written.
 */
final class TableInserter implements AutoCloseable {

    /** Told how many rows each sent batch held. */
    interface Progress {
        void sent(long rows);
    }

    private final Connection connection;
    private final LegacyTable table;
    private final List<Column> columns;
    private final PreparedStatement statement;
    private final int batchSize;
    private final Progress progress;
    private int pending;
    private long rows;

    TableInserter(Connection connection, LegacyTable table, int batchSize, Progress progress) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = table.columns();
        this.batchSize = batchSize;
        this.progress = progress;
        String names = String.join(", ", table.columnNames());
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        this.statement = connection.prepareStatement("INSERT INTO " + table.tableName() + " (" + names
                + ") VALUES (" + marks + ")");
    }

    /** Adds a row, its values in the order of {@link LegacyTable#columns()}; sends the batch when full. */
    void insert(Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table.tableName() + " takes " + columns.size() + " values, got "
                    + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, columns.get(i).sqlType());
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
        pending++;
        rows++;
        if (pending >= batchSize) {
            flush();
        }
    }

    /** Sends the rows not sent yet and commits. */
    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            connection.commit();
            progress.sent(pending);
            pending = 0;
        }
    }

    LegacyTable table() {
        return table;
    }

    /** Returns how many rows were added. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
