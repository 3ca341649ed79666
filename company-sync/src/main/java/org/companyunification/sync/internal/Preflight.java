package org.companyunification.sync.internal;

import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;

/**
 * Checks, before any work, that the tables an operation needs are there with the columns the catalogue
 * ({@link LegacyTable}) lists, each of a type the library can read, and says what to do if not.
 *
 * <p>A column matches when its JDBC type is of the catalogue type's family: text columns any character type;
 * {@code BIGINT} columns any integer type; {@code DECIMAL} columns any numeric type; {@code DATE} columns
 * {@code DATE} or a timestamp; {@code TIMESTAMP} columns a timestamp or {@code DATE}; {@code BOOLEAN} columns a
 * boolean, a bit or a small integer. A text column where a number or date is expected (capacity or dates stored
 * as text) fails the check, before anything is written, instead of failing a batch later.
 */
public final class Preflight {

    private static final String UNIFIED_PROBE = "writer_lock_holder";

    private Preflight() {}

    /**
     * Connects and checks that the unified schema is applied and that the given legacy tables exist.
     *
     * @param dataSource the database
     * @param legacyTables the legacy tables the operation reads
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when the database cannot be
     *     reached, or {@link ErrorCode#SCHEMA_MISSING} naming the first missing table
     */
    public static void check(DataSource dataSource, Collection<String> legacyTables) {
        try (Connection connection = dataSource.getConnection()) {
            check(connection, legacyTables);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the unified schema is applied and that the given legacy tables exist.
     *
     * @param connection an open connection
     * @param legacyTables the legacy tables the operation reads
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} naming the first missing table
     */
    public static void check(Connection connection, Collection<String> legacyTables) {
        if (!exists(connection, UNIFIED_PROBE)) {
            throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The unified schema is missing or"
                    + " out of date (no table " + UNIFIED_PROBE + "): apply it first (the 'schema' command, or"
                    + " CompanySchema.configure().dataSource(ds).load().migrate()).");
        }
        for (String table : legacyTables) {
            if (!exists(connection, table)) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The legacy table " + table
                        + " is missing: point the tool at the database that holds the legacy tables (or create"
                        + " them with 'schema --with-legacy' for a demo).");
            }
        }
        for (String table : legacyTables) {
            LegacyTable.byName(table).ifPresent(legacy -> checkColumns(connection, legacy));
        }
    }

    /**
     * Checks that a legacy table has every catalogued column, each of a type of the expected family.
     *
     * @param connection an open connection
     * @param table the table, which exists
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} naming the table, the column,
     *     the type found and the type expected
     */
    public static void checkColumns(Connection connection, LegacyTable table) {
        Map<String, ColumnType> found = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + table.tableName() + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                found.put(meta.getColumnName(i).toLowerCase(Locale.ROOT),
                        new ColumnType(meta.getColumnType(i), meta.getColumnTypeName(i)));
            }
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Cannot read the columns of the legacy"
                    + " table " + table.tableName() + ": " + e.getMessage(), e);
        }
        for (LegacyTable.Column column : table.columns()) {
            ColumnType type = found.get(column.name());
            String expected = JDBCType.valueOf(column.sqlType()).getName();
            if (type == null) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The legacy table "
                        + table.tableName() + " has no column " + column.name() + " (expected " + expected + "): add"
                        + " it, or point the tool at the database that holds the legacy tables.");
            }
            if (!compatible(column.sqlType(), type.sqlType())) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The legacy column "
                        + table.tableName() + "." + column.name() + " is of type " + type.name() + ", but "
                        + expected + " is expected: convert the column to " + expected + " (for example with ALTER"
                        + " TABLE, after correcting the values that do not convert) and run again. Nothing was"
                        + " written.");
            }
        }
    }

    private record ColumnType(int sqlType, String name) {}

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    private static final Set<Integer> INTEGERS = Set.of(Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT);
    private static final Set<Integer> NUMBERS = Set.of(Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT,
            Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE);
    private static final Set<Integer> TIMES = Set.of(Types.DATE, Types.TIMESTAMP,
            Types.TIMESTAMP_WITH_TIMEZONE);
    private static final Set<Integer> BOOLEANS = Set.of(Types.BOOLEAN, Types.BIT, Types.TINYINT, Types.SMALLINT);

    private static boolean compatible(int expected, int found) {
        return switch (expected) {
            case Types.VARCHAR -> TEXT.contains(found);
            case Types.BIGINT -> INTEGERS.contains(found);
            case Types.DECIMAL -> NUMBERS.contains(found);
            case Types.DATE, Types.TIMESTAMP -> TIMES.contains(found);
            case Types.BOOLEAN -> BOOLEANS.contains(found);
            default -> found == expected;
        };
    }

    private static boolean exists(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            return false;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                // PostgreSQL aborts the transaction after a failed statement.
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The connection is unusable; the caller's next statement reports it.
        }
    }
}
