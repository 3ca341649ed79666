package org.companyunification.sync;

import java.sql.SQLException;

/** The rows of one statement collected for a page and sent to the database at once. */
interface RowBatch extends AutoCloseable {

    /**
     * Adds a row.
     *
     * @param values the statement's parameters, in order
     * @throws SQLException when the database refuses a value
     */
    void add(Object... values) throws SQLException;

    /**
     * Sends the rows added since the last call, if any.
     *
     * @throws SQLException when the database refuses them
     */
    void execute() throws SQLException;

    @Override
    void close() throws SQLException;
}
