package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

/** Values from the data cannot act on the terminal: control characters and bidi overrides are escaped. */
class HostileDataTest {

    /** Clears the screen, overrides the text direction, rings the bell and backspaces, in 20 characters. */
    private static final String HOSTILE = "X\u001b[2J\u202eY\u0007\bZ\u2066W";

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldEscapeControlCharactersOfTheDataInTextAndJson(TestDatabase db) throws IOException {
        // given a client whose relationship strength, which the backfill warns about, holds control characters
        new LegacyData().client(1, "Hostile Client", c -> c.relationshipStrength(HOSTILE)).insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult text = cli.run(command(cli, db, "backfill", "--dry-run"));
        CliResult json = cli.run(command(cli, db, "backfill", "--dry-run", "--json"));

        // then the value is shown escaped, and JSON parses back to the value itself
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("X\\u001b[2J\\u202eY\\u0007\\u0008Z\\u2066W");
        assertThat(json.out()).contains("\\u001B[2J\\u202eY\\u0007\\bZ\\u2066W");
        for (String output : new String[] {text.all(), json.all()}) {
            assertThat(output.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' || c == 0x202e || c == 0x2066))
                    .isEmpty();
        }
        assertThat(new ObjectMapper().readTree(json.out()).get("warnings").toString()).contains("\\u001B[2J");
        assertThat(new ObjectMapper().readTree(json.out()).findValuesAsText("reason"))
                .anySatisfy(reason -> assertThat(reason).contains(HOSTILE));
    }
}
