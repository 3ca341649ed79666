package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import java.nio.file.Path;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.HostileValues;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class HostileBackfillCommandTest {

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldBackfillTheHostileCorpusAndListTheRejectedRows(TestDatabase db) {
        // given
        HostileValues.legacyData(db.vendor()).insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run(command(cli, db, "backfill"));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("technology_vendors").contains("Run id:");
        for (int number : new int[] {7, 8, 9, 27, 28}) {
            assertThat(result.out()).contains(String.valueOf(HostileValues.FIRST_VENDOR_ID + number));
        }
    }
}
