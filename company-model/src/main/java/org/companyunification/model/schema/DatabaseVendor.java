package org.companyunification.model.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** The databases the library supports. */
public enum DatabaseVendor {
    /** H2 2.x, embedded; the default for the demo and the tests. */
    H2("h2", "H2"),
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql", "PostgreSQL"),
    /** MariaDB 10.6 or later. */
    MARIADB("mariadb", "MariaDB");

    private final String id;
    private final String displayName;

    DatabaseVendor(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * Returns the lower-case identifier used in resource paths and settings ({@code h2}, {@code postgresql},
     * {@code mariadb}).
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name people know the database by.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Tells which database a connection talks to, from its metadata.
     *
     * @param connection an open connection
     * @return the vendor
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when the database is not
     *     one of the supported ones
     * @throws SQLException when the metadata cannot be read
     */
    public static DatabaseVendor of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String version = connection.getMetaData().getDatabaseProductVersion();
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        // The MariaDB driver reports "MariaDB", or "MySQL" with a version string naming MariaDB.
        if (name.contains("mariadb") || version.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return MARIADB;
        }
        throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                "Unsupported database '" + product + " " + version
                        + "': use H2, PostgreSQL or MariaDB");
    }

    /**
     * Tells which database a data source talks to, opening and closing one connection.
     *
     * @param dataSource the data source
     * @return the vendor
     * @throws CompanyUnificationException when the database cannot be reached or is not supported
     */
    public static DatabaseVendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
