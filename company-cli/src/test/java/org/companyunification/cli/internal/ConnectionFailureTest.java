package org.companyunification.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the drivers' connection errors read. The PostgreSQL server of the tests trusts every login, so its
 * authentication errors are built here as the driver reports them.
 */
class ConnectionFailureTest {

    private static final ConnectionTarget POSTGRESQL = new ConnectionTarget("jdbc:postgresql://db:5432/projects",
            Optional.of("app"), Optional.empty(), Optional.empty(), false);

    @Test
    void shouldSayThatTheCredentialsWereRefusedForPostgresqlsAuthenticationStates() {
        for (String state : new String[] {"28P01", "28000"}) {
            SQLException refused = new SQLException("FATAL: password authentication failed for user \"app\"", state);

            assertThat(ConnectionFailure.describe(POSTGRESQL, pool(refused))).hasMessage(
                    "the database at jdbc:postgresql://db:5432/projects refused the credentials of user 'app':"
                            + " FATAL: password authentication failed for user \"app\". Check the user and the"
                            + " password (COMPANY_DB_PASSWORD or --password-file; none was given)")
                    .hasRootCause(refused);
        }
    }

    @Test
    void shouldSayThatTheCredentialsWereRefusedWhenPostgresqlWantsAPasswordAndNoneWasGiven() {
        // PSQLState.CONNECTION_REJECTED, which reads like an unreachable server
        SQLException missing = new SQLException(
                "The server requested SCRAM-based authentication, but no password was provided.", "08004");

        assertThat(ConnectionFailure.describe(POSTGRESQL, pool(missing)).getMessage())
                .startsWith("the database at jdbc:postgresql://db:5432/projects refused the credentials of user 'app':"
                        + " The server requested SCRAM-based authentication, but no password was provided.")
                .doesNotContain("cannot reach");
    }

    @Test
    void shouldSayThatTheCredentialsWereRefusedForMariadbsAccessDenied() {
        ConnectionTarget mariadb = new ConnectionTarget("jdbc:mariadb://db:3306/projects", Optional.of("app"),
                Optional.of("wrong"), Optional.empty(), false);
        SQLException denied = new SQLException("(conn=7) Access denied for user 'app'@'10.0.0.1' (using password:"
                + " YES)", "28000", 1045);
        SQLException deniedWithoutState = new SQLException("Access denied", null, 1045);

        assertThat(ConnectionFailure.describe(mariadb, pool(denied))).hasMessageEndingWith(
                "Check the user and the password (COMPANY_DB_PASSWORD or --password-file)");
        assertThat(ConnectionFailure.describe(mariadb, deniedWithoutState))
                .hasMessageContaining("refused the credentials of user 'app'");
    }

    @Test
    void shouldStillReportAnUnreachableServerAsUnreachable() {
        SQLException refused = new SQLException("Connection to db:5432 refused.", "08001",
                new ConnectException("Connection refused"));
        SQLException rejected = new SQLException("The server does not support SSL.", "08004");

        assertThat(ConnectionFailure.describe(POSTGRESQL, pool(refused)))
                .hasMessageStartingWith("cannot reach the database at jdbc:postgresql://db:5432/projects:");
        assertThat(ConnectionFailure.describe(POSTGRESQL, pool(rejected)))
                .hasMessageStartingWith("cannot reach the database");
    }

    @Test
    void shouldNameTheDriversDefaultUserAndMaskTheUrl() {
        ConnectionTarget target = new ConnectionTarget("jdbc:postgresql://app:s3cret@db/projects?password=s3cret",
                Optional.empty(), Optional.of("s3cret"), Optional.empty(), false);

        assertThat(ConnectionFailure.describe(target, new SQLException("denied", "28P01"))).hasMessage(
                "the database at jdbc:postgresql://app:****@db/projects?password=**** refused the credentials of the"
                        + " driver's default user: denied. Check the user and the password (COMPANY_DB_PASSWORD or"
                        + " --password-file)");
    }

    /** Wrapped as the connection pool wraps the driver's error. */
    private static RuntimeException pool(SQLException cause) {
        return new RuntimeException("Failed to initialize pool: " + cause.getMessage(), cause);
    }
}
