package org.companyunification.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.companyunification.model.schema.DatabaseVendor;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    /** Sees only the JDK: no JDBC driver. */
    private static final ClassLoader WITHOUT_DRIVERS = new URLClassLoader(new URL[0], null);

    @Test
    void shouldReportAMissingDriverAsMissingAndNameTheArtifactToAdd() {
        assertThat(TestDatabase.missingDriver(DatabaseVendor.POSTGRESQL, WITHOUT_DRIVERS)).hasValueSatisfying(
                reason -> assertThat(reason)
                        .contains("PostgreSQL JDBC driver (org.postgresql.Driver) is not on the class path")
                        .contains("org.postgresql:postgresql")
                        .doesNotContain("unreachable"));
        assertThat(TestDatabase.missingDriver(DatabaseVendor.MARIADB, WITHOUT_DRIVERS))
                .hasValueSatisfying(reason -> assertThat(reason).contains("org.mariadb.jdbc:mariadb-java-client"));
    }

    @Test
    void shouldFindTheDriversOnTheClassPathOfTheTests() {
        ClassLoader loader = TestDatabaseTest.class.getClassLoader();

        for (DatabaseVendor vendor : DatabaseVendor.values()) {
            assertThat(TestDatabase.missingDriver(vendor, loader)).as(vendor.displayName()).isEmpty();
        }
    }

    @Test
    void shouldThrowTheFailureOfTheSetUpWithTheFailureToCleanUpSuppressed() {
        IllegalStateException setUpFailure = new IllegalStateException("migration failed");
        IllegalStateException cleanUpFailure = new IllegalStateException("cannot drop the database");

        assertThatThrownBy(() -> TestDatabase.closedOnFailure(() -> {
            throw cleanUpFailure;
        }, () -> {
            throw setUpFailure;
        })).isSameAs(setUpFailure).satisfies(e -> assertThat(e.getSuppressed()).containsExactly(cleanUpFailure));
    }

    @Test
    void shouldReturnWhatTheSetUpMadeWithoutCleaningUp() {
        boolean[] closed = {false};

        String made = TestDatabase.closedOnFailure(() -> closed[0] = true, () -> "ready");

        assertThat(made).isEqualTo("ready");
        assertThat(closed[0]).isFalse();
    }

    @DatabaseTest(vendors = {DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB})
    void shouldSayTheServerRefusedTheCredentialsRatherThanThatItIsUnreachable(TestDatabase db) {
        DatabaseSettings reachable = DatabaseSettings.of(db.vendor());
        DatabaseSettings stranger = new DatabaseSettings(db.vendor(), reachable.url(), "no_such_user_cu", "wrong");
        DatabaseSettings nowhere = new DatabaseSettings(db.vendor(), db.vendor() == DatabaseVendor.POSTGRESQL
                ? "jdbc:postgresql://127.0.0.1:1/test" : "jdbc:mariadb://127.0.0.1:1/test", reachable.user(), "");

        assertThat(TestDatabase.probe(reachable)).isEmpty();
        assertThat(TestDatabase.probe(stranger)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("refused the credentials of user 'no_such_user_cu'").doesNotContain("unreachable"));
        assertThat(TestDatabase.probe(nowhere)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("is unreachable at " + nowhere.url()));
    }
}
