package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One prepared statement that collects parameter sets and sends them to the database as one JDBC batch. */
final class BatchStatement implements RowBatch {

    private final PreparedStatement statement;
    private int pending;

    BatchStatement(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    @Override
    public void add(Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        statement.addBatch();
        pending++;
    }

    @Override
    public void execute() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
