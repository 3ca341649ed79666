package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * The lookup of companies by name key on PostgreSQL runs without bitmap scans, the only way the name search's
 * trigram index is read: PostgreSQL chose that index for lists of thousands of keys while the companies grew, at
 * seconds a page. The setting must hold for the lookup alone and leave the transaction as it was.
 */
class NameKeyLookupTest {

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldLookUpWithoutBitmapScansAndRestoreTheSettingAfterwards(TestDatabase db) throws SQLException {
        Dialect dialect = Dialect.of(DatabaseVendor.POSTGRESQL);
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            List<String> seen = new ArrayList<>();

            dialect.lookUpNameKeys(connection, () -> seen.add(bitmapScans(connection)));
            String after = bitmapScans(connection);
            connection.rollback();

            assertThat(seen).containsExactly("off");
            assertThat(after).isEqualTo("on");
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldRestoreTheSettingWhenTheLookupFails(TestDatabase db) throws SQLException {
        Dialect dialect = Dialect.of(DatabaseVendor.POSTGRESQL);
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> dialect.lookUpNameKeys(connection, () -> {
                throw new SQLException("lookup failed");
            })).isInstanceOf(SQLException.class).hasMessage("lookup failed");

            assertThat(bitmapScans(connection)).isEqualTo("on");
            connection.rollback();
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldLeaveAConnectionInAutoCommitModeAlone(TestDatabase db) throws SQLException {
        Dialect dialect = Dialect.of(DatabaseVendor.POSTGRESQL);
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            List<String> seen = new ArrayList<>();

            dialect.lookUpNameKeys(connection, () -> seen.add(bitmapScans(connection)));

            assertThat(seen).containsExactly("on");
            assertThat((Object) connection.getWarnings()).isNull();
        }
    }

    private static String bitmapScans(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('enable_bitmapscan')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
