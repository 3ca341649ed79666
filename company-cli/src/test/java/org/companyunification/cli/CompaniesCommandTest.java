package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;
import org.junit.jupiter.api.io.TempDir;

/** {@code companies} lists with the filters of CompanyQuery; {@code company ID} prints one company. */
class CompaniesCommandTest {

    private static final String HOSTILE = "Delta'; DROP TABLE companies; -- 100%_\\ \u001b[31mred";

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldFilterByRolesNameCountryTypeAndClientProfile(TestDatabase db) throws IOException {
        // given
        Companies companies = plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when / then
        assertThat(ids(cli, db, "--role", "vendor", "--role", "operator", "--all-roles"))
                .containsExactly(companies.alpha());
        assertThat(ids(cli, db, "--role", "vendor", "--role", "OPERATOR"))
                .containsExactly(companies.alpha(), companies.beta(), companies.gamma());
        assertThat(ids(cli, db, "--name", "ENERGIE")).containsExactly(companies.alpha());
        assertThat(ids(cli, db, "--country", "France", "--type", "Utility")).containsExactly(companies.alpha());
        assertThat(ids(cli, db, "--client")).containsExactly(companies.gamma());
        assertThat(ids(cli, db, "--name", "'; DROP TABLE companies; -- 100%_\\")).containsExactly(companies.delta());
        assertThat(ids(cli, db)).hasSize(4);
    }

    @DatabaseTest
    void shouldPageSortAndPrintATableWithTheTotal(TestDatabase db) throws IOException {
        // given
        Companies companies = plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult json = cli.run(command(cli, db, "companies", "--sort", "id", "--size", "3", "--page", "2",
                "--json"));
        CliResult text = cli.run(command(cli, db, "companies", "--sort", "id", "--size", "3"));
        CliResult beyond = cli.run(command(cli, db, "companies", "--page", "9"));

        // then
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode page = new ObjectMapper().readTree(json.out());
        assertThat(page.get("totalCount").asLong()).isEqualTo(4);
        assertThat(page.get("pages").asLong()).isEqualTo(2);
        assertThat(page.get("companies")).extracting(node -> node.get("id").asLong())
                .containsExactly(companies.delta());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains(": 4 (page 1 of 2, 3 a page)")
                .containsPattern("id +name +type +country +roles +client")
                .containsPattern(companies.alpha() + " +Alpha Énergie +Utility +France +vendor,operator")
                .containsPattern("Gamma +.* +operator,client +yes")
                .contains("Next page: --page 2")
                .doesNotContain("\u001b");
        assertThat(beyond.out()).contains("No company on this page.");
    }

    @DatabaseTest
    void shouldListTheCompaniesOfAProjectWithTheirRolesThere(TestDatabase db) throws IOException {
        // given
        Companies companies = plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult text = cli.run(command(cli, db, "companies", "--project", String.valueOf(companies.project())));
        CliResult json = cli.run(command(cli, db, "companies", "--project", String.valueOf(companies.project()),
                "--role", "operator", "--json"));
        CliResult refused = cli.run(command(cli, db, "companies", "--project", "1", "--name", "x"));

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Companies of project " + companies.project() + " in ")
                .contains(": 2 roles")
                .containsPattern(companies.alpha() + " +Alpha Énergie +Technology Vendor +yes +lead")
                .containsPattern(companies.gamma() + " +Gamma +Operator +no");
        JsonNode rows = new ObjectMapper().readTree(json.out()).get("companies");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("id").asLong()).isEqualTo(companies.gamma());
            assertThat(row.get("role").asText()).isEqualTo("operator");
            assertThat(row.get("primary").asBoolean()).isFalse();
        });
        assertThat(refused.exitCode()).isEqualTo(Main.ERROR);
        assertThat(refused.err()).contains("--project lists the companies of one project");
    }

    @DatabaseTest
    void shouldRefuseOptionValuesOutsideTheirRangeInOneLine(TestDatabase db) {
        CliRunner cli = new CliRunner(workingDirectory);

        for (List<String> options : List.of(List.of("--size", "0"), List.of("--size", "1001"),
                List.of("--page", "0"), List.of("--role", "buyer"), List.of("--sort", "country"),
                List.of("--all-roles"), List.of("--name", "%"), List.of("--name", " "))) {
            CliResult result = cli.run(command(cli, db, args("companies", "--quiet", options)));
            assertThat(result.exitCode()).as(options.toString()).isEqualTo(Main.ERROR);
            assertThat(result.errorLine()).as(options.toString()).isNotEmpty();
        }
        assertThat(cli.run(command(cli, db, "companies", "--name", "%")).errorLine())
                .contains("--name must hold a letter or a digit");
    }

    @DatabaseTest
    void shouldPrintACompanyWithItsRolesPeopleAndLegacyRows(TestDatabase db) throws IOException {
        // given a vendor that is also an operator and a client, migrated
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        assertThat(cli.run(command(cli, db, "backfill", "--quiet")).exitCode()).isZero();
        long holtec = ids(cli, db, "--role", "vendor").get(0);

        // when
        CliResult text = cli.run(command(cli, db, "company", String.valueOf(holtec)));
        CliResult json = cli.run(command(cli, db, "company", String.valueOf(holtec), "--json"));

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Company " + holtec + " of ")
                .contains(": Holtec International")
                .contains("global roles: Technology Vendor")
                .containsPattern("1 +Palisades SMR +Technology Vendor +yes")
                .contains("People, current (1):")
                .containsPattern("7 +Jane Doe +CEO +yes +2020-01-01")
                .contains("Legacy rows (")
                .containsPattern("technology_vendors +10 +Holtec International");
        JsonNode detail = new ObjectMapper().readTree(json.out());
        assertThat(detail.get("id").asLong()).isEqualTo(holtec);
        assertThat(detail.get("legacyRows")).anySatisfy(row -> {
            assertThat(row.get("table").asText()).isEqualTo("technology_vendors");
            assertThat(row.get("id").asLong()).isEqualTo(10);
        });
        assertThat(detail.get("projectRoles").get(0).get("projectName").asText()).isEqualTo("Palisades SMR");
    }

    @DatabaseTest
    void shouldExitTwoWithOneLineForAnUnknownCompany(TestDatabase db) {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult result = cli.run(command(cli, db, "company", "987654"));

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli company: no company with id 987654 in ");
    }

    @DatabaseTest
    void shouldPrintHostileNamesSafely(TestDatabase db) {
        // given
        Companies companies = plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult text = cli.run(command(cli, db, "company", String.valueOf(companies.delta())));
        CliResult json = cli.run(command(cli, db, "company", String.valueOf(companies.delta()), "--json"));

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Delta'; DROP TABLE companies; -- 100%_\\").doesNotContain("\u001b");
        assertThat(json.out()).contains("\\u001B").doesNotContain("\u001b");
    }

    /** The ids a filtered {@code companies --json} lists, in order. */
    private static List<Long> ids(CliRunner cli, TestDatabase db, String... filters) throws IOException {
        CliResult result = cli.run(command(cli, db, args("companies", "--json", List.of(filters))));
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode companies = new ObjectMapper().readTree(result.out()).get("companies");
        return StreamSupport.stream(companies.spliterator(), false).map(node -> node.get("id").asLong()).toList();
    }

    private static String[] args(String command, String option, List<String> more) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(command, option), more.stream())
                .toArray(String[]::new);
    }

    private record Companies(long alpha, long beta, long gamma, long delta, long project) {}

    private static Companies plant(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Project project = data.project(5, "Tidewater");
            Company alpha = data.company("Alpha Énergie").withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                    .withContactDetails(ContactDetails.none().withCountry("France"))
                    .onProject(project, RoleCode.VENDOR, true, "lead").save();
            scope.inTransaction(em -> em.find(Company.class, alpha.getId()).changeCompanyType("Utility"));
            Company beta = data.company("Beta Power").withRoles(RoleCode.VENDOR).save();
            Company gamma = data.company("Gamma").withRoles(RoleCode.OPERATOR)
                    .asClient(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH))
                    .onProject(project, RoleCode.OPERATOR, false).save();
            Company delta = data.company(HOSTILE).withRoles(RoleCode.OFFTAKER).save();
            return new Companies(alpha.getId(), beta.getId(), gamma.getId(), delta.getId(), project.getId());
        }
    }
}
