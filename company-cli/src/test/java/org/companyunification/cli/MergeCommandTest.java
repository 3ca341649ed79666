package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;
import static org.companyunification.cli.Databases.count;
import static org.companyunification.cli.Databases.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldMergeADuplicateShowTheSurvivorForItsIdAndUndoTheMergeExactly(TestDatabase db) throws Exception {
        // given two companies of one organisation that the backfill could not join
        CliRunner cli = new CliRunner(workingDirectory);
        long[] ids = backfillTwoNamesOfOneOrganisation(cli, db);
        long survivor = ids[0];
        long duplicate = ids[1];
        List<String> before = snapshot(db);

        // when
        CliResult merged = cli.run(command(cli, db, "merge", String.valueOf(duplicate), "--into",
                String.valueOf(survivor), "--by", "ann"));
        CliResult shown = cli.run(command(cli, db, "company", String.valueOf(duplicate)));
        JsonNode listed = new ObjectMapper().readTree(cli.run(command(cli, db, "merge", "--list", "--json")).out());
        long mergeId = listed.get("merges").get(0).get("mergeId").asLong();
        CliResult undone = cli.run(command(cli, db, "unmerge", String.valueOf(mergeId)));

        // then
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).startsWith("Merged company " + duplicate + " into company " + survivor + " (merge "
                        + mergeId + ") in " + db.vendor().displayName() + " at " + db.url() + ":")
                .containsPattern("  company_role_assignments +6 +3\\R")
                .containsPattern("  client_profiles +2 +1\\R")
                .contains("Undo with: unmerge " + mergeId);
        assertThat(shown.out()).startsWith("Company " + survivor + " of ").contains("Pacific Gas and Electric")
                .contains("(company " + duplicate + " was merged into it)");
        assertThat(listed.get("merges").get(0).get("mergedBy").asText()).isEqualTo("ann");
        assertThat(listed.get("merges").get(0).get("survivorName").asText()).isEqualTo("Pacific Gas and Electric");
        assertThat(undone.exitCode()).as(undone.err()).isZero();
        assertThat(undone.out()).startsWith("Undid merge " + mergeId + " in ")
                .containsPattern("  companies +2\\R");
        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(cli.run(command(cli, db, "merge", "--list")).out()).containsPattern(" " + mergeId + " +"
                + duplicate + " PG&E +" + survivor + " Pacific Gas and Electric +.+ ann +\\d{4}-");
    }

    @DatabaseTest
    void shouldRefuseBadMergesWithOneLineAndExitCodeTwo(TestDatabase db) throws Exception {
        // given
        CliRunner cli = new CliRunner(workingDirectory);
        long[] ids = backfillTwoNamesOfOneOrganisation(cli, db);
        String survivor = String.valueOf(ids[0]);
        String duplicate = String.valueOf(ids[1]);
        cli.run(command(cli, db, "merge", duplicate, "--into", survivor, "--json"));

        // when
        CliResult self = cli.run(command(cli, db, "merge", survivor, "--into", survivor));
        CliResult cycle = cli.run(command(cli, db, "merge", survivor, "--into", duplicate));
        CliResult missing = cli.run(command(cli, db, "merge", survivor));
        CliResult unknown = cli.run(command(cli, db, "unmerge", "99"));

        // then
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.errLines()).singleElement().asString().contains("cannot be merged into itself");
        assertThat(cycle.exitCode()).isEqualTo(2);
        assertThat(cycle.err()).contains("would make a cycle");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--into SURVIVOR");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no merge 99");
        assertThat(count(db.dataSource(), "SELECT COUNT(*) FROM company_merges")).isEqualTo(1);
    }

    /** Backfills "Pacific Gas and Electric" (owner 10, client 30) and "PG&E" (owner 11, client 31). */
    private static long[] backfillTwoNamesOfOneOrganisation(CliRunner cli, TestDatabase db) throws SQLException {
        new LegacyData()
                .project(1, "Diablo Canyon")
                .person(7, "Ann Lee")
                .owner(10, "Pacific Gas and Electric", o -> o.website("pge.com"))
                .client(30, "Pacific Gas and Electric", c -> c.relationshipStrength("Strong"))
                .owner(11, "PG&E", o -> o.contactEmail("ops@pge.com"))
                .client(31, "PG&E", c -> c.clientPriority("High").nextContactDate(LocalDate.of(2024, 9, 1)))
                .ownerOnProject(50, 1, 10, false)
                .ownerOnProject(51, 1, 11, true)
                .personAt(60, 7, "owner", 11, a -> a.title("CEO"))
                .insertInto(db.dataSource());
        assertThat(cli.run(command(cli, db, "backfill", "--quiet")).exitCode()).isZero();
        return new long[] {companyOf(db, 10), companyOf(db, 11)};
    }

    private static long companyOf(TestDatabase db, long ownerId) throws SQLException {
        return count(db.dataSource(), "SELECT company_id FROM company_origins WHERE source_table = 'owners_developers'"
                + " AND source_id = " + ownerId);
    }

    private static List<String> snapshot(TestDatabase db) throws SQLException {
        return Stream.of("companies", "company_role_assignments", "client_profiles", "person_company_affiliations",
                "company_origins", "assignment_origins").flatMap(table -> {
                    try {
                        return rows(db.dataSource(), "SELECT * FROM " + table + " ORDER BY 1, 2").stream()
                                .map(row -> table + ": " + row);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
