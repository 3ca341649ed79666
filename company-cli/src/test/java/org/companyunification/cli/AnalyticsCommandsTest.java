package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Project;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} prints the dashboard and {@code network} writes the network, on three companies worked out by
 * hand: Alpha (France; vendor and operator; vendor on Tidewater, primary), Gamma (operator and client, High and
 * Strong; operator on Tidewater) and a company with a hostile name (offtaker; offtaker on Lowland; linked to
 * Alpha). Tidewater is Operating, Lowland Planned.
 */
class AnalyticsCommandsTest {

    private static final String HOSTILE = "Delta </script> \u001b[31mred";

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldPrintTheDashboardAsTextAndAsJson(TestDatabase db) throws IOException {
        // given
        plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult text = cli.run(command(cli, db, "report"));
        CliResult json = cli.run(command(cli, db, "report", "--json", "--top", "1"));

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Dashboard of ")
                .contains("3 companies (2 with several global roles), 2 projects, 1 company links.")
                .containsPattern("operator +2 +1 +0 +1 +1 +1")
                .containsPattern("vendor\\+operator +1")
                .containsPattern("France +1")
                .containsPattern("High +1 +0 +0 +0 +0")
                .doesNotContain("\u001b");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("multiRoleCompanies").asLong()).isEqualTo(2);
        JsonNode dashboard = report.get("dashboard");
        assertThat(dashboard.get("companies").asLong()).isEqualTo(3);
        assertThat(dashboard.get("companiesByGlobalRole")).extracting(n -> n.get("role").asText() + "="
                + n.get("companies").asLong()).contains("VENDOR=1", "OPERATOR=2", "OFFTAKER=1", "CLIENT=1");
        assertThat(dashboard.get("topCompanies")).extracting(n -> n.get("companyName").asText())
                .containsExactly("Alpha", "Gamma", HOSTILE);
    }

    @DatabaseTest
    void shouldWriteTheNetworkInEachFormatWithTheFilters(TestDatabase db) throws IOException {
        // given
        plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult json = cli.run(command(cli, db, "network", "--format", "json", "--out", "operators.json",
                "--role", "operator"));
        CliResult graphMl = cli.run(command(cli, db, "network", "--format", "graphml", "--out", "planned.graphml",
                "--status", "planned", "--figures"));
        CliResult html = cli.run(command(cli, db, "network", "--out", "network.html", "--country", "france"));
        CliResult bad = cli.run(command(cli, db, "network", "--format", "svg", "--out", "x.svg"));

        // then
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("with role operator: 4 nodes and 1 edges written as json to "
                + workingDirectory.resolve("operators.json"));
        JsonNode elements = new ObjectMapper().readTree(workingDirectory.resolve("operators.json").toFile())
                .get("elements");
        assertThat(StreamSupport.stream(elements.get("nodes").spliterator(), false)
                .map(n -> n.get("data").get("label").asText()))
                .containsExactlyInAnyOrder("Alpha", "Gamma", "Tidewater", "Lowland");
        assertThat(elements.get("edges")).singleElement().satisfies(e -> assertThat(e.get("data").get("label")
                .asText()).isEqualTo("operator"));
        assertThat(graphMl.exitCode()).as(graphMl.err()).isZero();
        assertThat(graphMl.out()).contains("with project status PLANNED: 4 nodes and 2 edges")
                .containsPattern("Companies joining otherwise separate groups \\(1\\):\\R.*edges\\R +\\d+ +Delta .* +2")
                .doesNotContain("\u001b");
        assertThat(Files.readString(workingDirectory.resolve("planned.graphml"))).contains("<graphml")
                .contains("Lowland").doesNotContain("Tidewater");
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out()).contains("with country FRANCE: 3 nodes and 1 edges written as html");
        assertThat(Files.readString(workingDirectory.resolve("network.html"))).contains("cytoscape")
                .doesNotContainPattern("<script[^>]+src=").doesNotContain(HOSTILE);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--format must be json, graphml, dot or html, not 'svg'");
    }

    private static void plant(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Project tidewater = project(scope, 5, "Tidewater", "Operating");
            Project lowland = project(scope, 6, "Lowland", "Planned");
            Company alpha = data.company("Alpha").withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                    .withContactDetails(ContactDetails.none().withCountry("France"))
                    .onProject(tidewater, RoleCode.VENDOR, true).save();
            data.company("Gamma").withRoles(RoleCode.OPERATOR)
                    .asClient(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH))
                    .onProject(tidewater, RoleCode.OPERATOR, false).save();
            data.company(HOSTILE).withRoles(RoleCode.OFFTAKER).onProject(lowland, RoleCode.OFFTAKER, true)
                    .linkedTo(alpha, "partner").save();
        }
    }

    private static Project project(DatabaseScope scope, long id, String name, String status) {
        return scope.fromTransaction(em -> {
            Project project = new Project(id, name);
            project.changeStatus(status);
            em.persist(project);
            return project;
        });
    }
}
