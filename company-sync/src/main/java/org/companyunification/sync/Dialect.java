package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.companyunification.model.schema.DatabaseVendor;

/** The few places where the SQL of the three databases differs. */
final class Dialect {

    private final DatabaseVendor vendor;

    private Dialect(DatabaseVendor vendor) {
        this.vendor = vendor;
    }

    /**
     * Returns the dialect of a database.
     *
     * @param vendor the database
     * @return its dialect
     */
    public static Dialect of(DatabaseVendor vendor) {
        return new Dialect(vendor);
    }

    /**
     * Returns the database.
     *
     * @return the vendor
     */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /**
     * Returns a query that draws the next value of a sequence.
     *
     * @param sequence the sequence name
     * @return the query
     */
    public String nextValue(String sequence) {
        return vendor == DatabaseVendor.POSTGRESQL
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
    }

    /**
     * Refreshes the planner statistics of tables that grew, where the database needs it. PostgreSQL plans
     * joins from statistics that autovacuum refreshes only now and then; tables that grow from empty during a
     * backfill would otherwise be planned as empty, with nested scans that make each page cost as much as the
     * whole table. H2 and MariaDB estimate from the indexes themselves.
     *
     * @param connection an open connection
     * @param tables the tables
     * @throws SQLException when the statement fails
     */
    public void refreshStatistics(Connection connection, List<String> tables) throws SQLException {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE " + String.join(", ", tables));
            }
        }
    }

    /**
     * Returns the aggregate that joins strings with a comma.
     *
     * @param expression what to join
     * @return the SQL expression
     */
    public String listAgg(String expression) {
        return vendor == DatabaseVendor.POSTGRESQL
                ? "string_agg(" + expression + ", ',')"
                : "GROUP_CONCAT(" + expression + ")";
    }
}
