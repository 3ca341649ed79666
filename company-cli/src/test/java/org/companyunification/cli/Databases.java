package org.companyunification.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.companyunification.testing.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;

/** Command lines pointed at a test database, and the plain SQL the tests check the database with. */
final class Databases {

    private Databases() {}

    /** The given command line followed by the connection options of the database, password in a file. */
    static String[] command(CliRunner cli, TestDatabase db, String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--url", db.url(), "--user", db.user(),
                "--password-file", cli.passwordFile(db.password()).toString())).toArray(String[]::new);
    }

    /** A data source on an H2 file database, as the tool's default user sees it. */
    static DataSource h2(Path database) {
        return h2(database, "");
    }

    static DataSource h2(Path database, String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + database);
        dataSource.setUser("sa");
        dataSource.setPassword(password);
        return dataSource;
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static long count(TestDatabase db, String sql) throws SQLException {
        return count(db.dataSource(), sql);
    }

    static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Each row as its columns joined with '|'. */
    static List<String> rows(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }
}
