package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.companyunification.cli.CliRunner.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path workingDirectory;

    @Test
    void shouldShowHowTheLegacyRowsBecameCompaniesTheRejectedRowsAndTheVerdict() {
        // given
        RecordingDisplay progress = new RecordingDisplay();
        CliRunner cli = new CliRunner(workingDirectory).withProgress(progress);

        // when
        CliResult result = cli.run("demo");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("53 legacy company rows became 39 companies.")
                .containsPattern("One company with several roles, as 'company \\d+' prints it: ")
                .contains("Legacy rows (")
                .contains("Companies that hold several roles (9)")
                .contains("  Aurelia Fission Systems\n      Technology Vendor ('Aurelia Fission Systems' in"
                        .replace("\n", System.lineSeparator()))
                .contains("Client (' Aurelia Fission Systems LLC ' in clients)")
                .contains("Duplicate candidates: 3 (0 strong, 3 to review) among 39 companies")
                .containsPattern("review +\\d+ +Pellham Bay Energy +\\d+ +Pelham Bay Energy +words in common: bay,"
                        + " energy, pellham~pelham .*; the web sites differ: pellhambay.example, pelhambay.example")
                .containsPattern("review +\\d+ +Nordwind Energy +\\d+ +Nordwind Energies")
                .contains("Rejected rows, not migrated (4):")
                .contains("project_vendor_relationships #10 [project_id]: project 99 does not exist in projects")
                .contains("personnel_entity_relationships #13 [entity_type]: unknown entity_type 'utility'")
                .contains("clients #1 [client_priority]: 'HIGH' stored as 'High'")
                .containsPattern("Validation: FAILED \\(project relationship coverage 95\\.3%, personnel affiliation"
                        + " coverage 88\\.9%, threshold 95%\\)")
                .contains("personnel affiliation coverage 88.89% is below 95.00%")
                .contains("The dashboard, as 'report' prints it:")
                .contains("39 companies (9 with several global roles), 12 projects, 0 company links.")
                .containsPattern("vendor\\+developer +3")
                .contains("The company/project network (51 nodes, 39 edges) is drawn in "
                        + workingDirectory.resolve("company-network.html").toAbsolutePath());
        assertThat(workingDirectory.resolve("company-network.html")).content().contains("cytoscape")
                .contains("Aurelia Fission Systems");
        assertThat(result.out())
                .containsPattern("Dual-write: technology_vendors row \\d+ edited by a legacy screen")
                .containsPattern("company \\d+ website after: +https://dual-write\\.example")
                .containsPattern("Catch-up sync after project_vendor_relationships row \\d+ was deleted")
                .contains("1 deleted legacy row found; unified rows removed: [assignment_origins 1,"
                        + " company_role_assignments 1]")
                .containsPattern("\\d+ legacy rows unchanged, 0 updated");
        assertThat(progress.tasks).extracting(task -> task.name).anySatisfy(name ->
                assertThat(name).contains("technology_vendors"));
        assertThat(progress.tasks).allSatisfy(task -> assertThat(task.closed).isTrue());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void shouldRemoveItsDatabaseUnlessToldToKeepIt() throws IOException {
        // when
        CliResult removed = new CliRunner(workingDirectory).run("demo", "--quiet");
        CliResult kept = new CliRunner(workingDirectory).run("demo", "--keep");

        // then
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).isEmpty();
        String url = kept.out().lines().filter(l -> l.startsWith("The demo database is kept")).findFirst()
                .orElseThrow().replaceAll(".*'validate --url (\\S+)'.*", "$1");
        Path file = Path.of(url.substring("jdbc:h2:file:".length()) + ".mv.db");
        assertThat(file).isRegularFile();
        CliResult validate = new CliRunner(workingDirectory).run("validate", "--url", url);
        assertThat(validate.exitCode()).as("the kept database holds the demo's migration").isEqualTo(1);
        try (Stream<Path> files = Files.walk(file.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
