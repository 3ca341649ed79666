package org.companyunification.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.companyunification.sync.Step;

/** Migrates one legacy table, a page of rows at a time, in the order of the table's primary key. */
interface TableMigration extends AutoCloseable {

    Step step();

    String table();

    /** Counts the table's rows, for progress. */
    long count(Connection connection) throws SQLException;

    /**
     * Reads up to {@code limit} rows with ids above {@code afterId}, migrates them and sends the writes to the
     * database (without committing). Records each row read, and the issues raised, in the context.
     */
    void migratePage(PageContext page, long afterId, int limit) throws SQLException;

    @Override
    void close() throws SQLException;
}
