package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** Opens JDBC connections for the tool's own SQL (the benchmark's baseline copy, the demo data set). */
public final class Connections {

    private Connections() {}

    /**
     * Opens a connection, turning a failure into the library's error for an unreachable database.
     *
     * @param dataSource the database
     * @param purpose what the connection is for, completing "Cannot connect to the database ...", for example
     *     {@code "to load the demo data set"}
     * @return an open connection; the caller closes it
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when none can be opened
     */
    public static Connection open(DataSource dataSource, String purpose) {
        requireNonNull(dataSource, "dataSource");
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database " + purpose + ": " + e.getMessage(), e);
        }
    }
}
