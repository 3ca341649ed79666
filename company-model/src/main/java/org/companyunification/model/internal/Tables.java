package org.companyunification.model.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** Which tables a database has, for messages that name what is missing. */
public final class Tables {

    private Tables() {}

    /**
     * Returns the tables of a list that the current schema of a database does not have. Names are compared as the
     * databases fold unquoted names: H2 to upper case, PostgreSQL to lower case, MariaDB as written.
     *
     * @param dataSource the database; one connection is opened and closed
     * @param tableNames the table names, unquoted
     * @return the missing ones, in the order given; empty when the database cannot be asked
     */
    public static List<String> missing(DataSource dataSource, List<String> tableNames) {
        List<String> missing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tableNames) {
                if (!exists(connection, table)) {
                    missing.add(table);
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return missing;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name,
                    new String[] {"TABLE", "BASE TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
