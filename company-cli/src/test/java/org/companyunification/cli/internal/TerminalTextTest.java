package org.companyunification.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void shouldEscapeControlCharactersAndBidiOverrides() {
        String hostile = "Evil\u001b[2J\rCorp\u0007\b\u202eniaga\u2066x\u2069\u0085\u007f";

        assertThat(TerminalText.safe(hostile)).isEqualTo(
                "Evil\\u001b[2J\\u000dCorp\\u0007\\u0008\\u202eniaga\\u2066x\\u2069\\u0085\\u007f");
    }

    @Test
    void shouldLeaveOrdinaryTextAndAccentsAlone() {
        assertThat(TerminalText.safe("Électricité de France, 東京電力 – ok")).isEqualTo(
                "Électricité de France, 東京電力 – ok");
        assertThat(TerminalText.safe(null)).isNull();
    }

    @Test
    void shouldCutThePostgresqlBatchDumpDownToTheError() {
        String sql = "INSERT INTO companies (company_name, notes) VALUES ('" + "x".repeat(17_000) + "', NULL)";
        String message = "Backfill of clients failed in the batch of rows after id 4: Batch entry 0 " + sql
                + " was aborted: ERROR: duplicate key value violates unique constraint \"uq_company_key\"\n"
                + "  Detail: Key (name_key)=(acme) already exists.  Call getNextException to see other errors in the"
                + " batch. The batch was rolled back; fix the cause and run the backfill again to resume.";

        String line = TerminalText.errorMessage(message);

        assertThat(line).hasSizeLessThanOrEqualTo(TerminalText.MAX_MESSAGE_LENGTH)
                .startsWith("Backfill of clients failed in the batch of rows after id 4: Batch entry 0 was aborted:"
                        + " ERROR: duplicate key value violates unique constraint \"uq_company_key\"")
                .endsWith("run the backfill again to resume.")
                .doesNotContain("INSERT INTO").doesNotContain("\n");
    }

    @Test
    void shouldCutTheStatementOfAnH2MessageAndKeepItsErrorCode() {
        String message = "Unique index or primary key violation: \"PUBLIC.PK ON PUBLIC.COMPANIES(COMPANY_ID)\";"
                + " SQL statement:\nINSERT INTO companies (company_id, company_name) VALUES (?, ?) [23505-232]";

        assertThat(TerminalText.errorMessage(message)).isEqualTo("Unique index or primary key violation:"
                + " \"PUBLIC.PK ON PUBLIC.COMPANIES(COMPANY_ID)\" [23505-232]");
    }

    @Test
    void shouldCutTheQueryOfAMariadbMessage() {
        String message = "(conn=12) Duplicate entry 'acme' for key 'uq_company_key'\nQuery is: INSERT INTO companies"
                + " (company_name) VALUES (?), parameters ['acme']\njava thread: main";

        assertThat(TerminalText.errorMessage(message))
                .isEqualTo("(conn=12) Duplicate entry 'acme' for key 'uq_company_key'");
    }

    @Test
    void shouldCapAnyLongMessageKeepingItsStartAndItsEnd() {
        String message = "start " + "y".repeat(20_000) + " end";

        String line = TerminalText.errorMessage(message);

        assertThat(line).hasSizeLessThanOrEqualTo(TerminalText.MAX_MESSAGE_LENGTH).startsWith("start y")
                .contains(TerminalText.ELLIPSIS).endsWith("y end");
    }

    @Test
    void shouldEscapeControlCharactersInAnErrorMessageAfterJoiningItsLines() {
        assertThat(TerminalText.errorMessage("company '\u001b]0;pwned\u0007' failed\r\nretry"))
                .isEqualTo("company '\\u001b]0;pwned\\u0007' failed retry");
    }

    @Test
    void shouldCutTheStatementOfAFlywayFailureAndKeepItsMessage() {
        String message = "Applying the unified schema migrations to PostgreSQL failed: Script V1__unified_schema.sql"
                + " failed\n------------------------------------\nSQL State  : 42P07\nError Code : 0\nMessage    :"
                + " ERROR: relation \"company_roles\" already exists\nLocation   : db/migration/V1__unified_schema.sql"
                + "\nLine       : 3\nStatement  : CREATE TABLE company_roles (\n    role_id INTEGER PRIMARY KEY,\n"
                + "    role_code VARCHAR(50) NOT NULL\n). Fix the cause and run the migration again.";

        assertThat(TerminalText.errorMessage(message)).isEqualTo("Applying the unified schema migrations to"
                + " PostgreSQL failed: Script V1__unified_schema.sql failed SQL State : 42P07 Error Code : 0 Message :"
                + " ERROR: relation \"company_roles\" already exists. Fix the cause and run the migration again.");
    }

    @Test
    void shouldKeepTabsOnlyWhenAskedTo() {
        assertThat(TerminalText.safe("\tat x")).isEqualTo("\\u0009at x");
        assertThat(TerminalText.safeKeepingTabs("\tat x\u001b")).isEqualTo("\tat x\\u001b");
    }
}
