package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.companyunification.cli.CliRunner.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --env} and {@code --config}: named databases, their passwords, and the production safeguard. */
class EnvironmentOptionTest {

    private static final String SECRET = "Correct-Horse-9";

    @TempDir
    Path workingDirectory;

    @Test
    void shouldConnectToANamedEnvironmentOfTheDefaultConfigurationFile() throws IOException {
        writeConfig("company-cli.properties", "env.dev.url=jdbc:h2:file:" + workingDirectory.resolve("dev-db"));

        CliResult result = new CliRunner(workingDirectory).run("schema", "--env", "dev");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("(environment dev)");
        assertThat(workingDirectory.resolve("dev-db.mv.db")).isRegularFile();
        assertThat(workingDirectory.resolve("company-unification.mv.db")).doesNotExist();
    }

    @Test
    void shouldReadThePasswordFileNamedByTheEnvironmentRelativeToTheConfigurationFile() throws IOException {
        Path database = workingDirectory.resolve("staging-db");
        Files.createDirectories(workingDirectory.resolve("conf"));
        Files.writeString(workingDirectory.resolve("conf/staging.password"), SECRET + "\n");
        writeConfig("conf/tool.properties", "env.staging.url=jdbc:h2:file:" + database,
                "env.staging.user=owner", "env.staging.password-file=staging.password");
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult created = cli.run("schema", "--env", "staging", "--config", "conf/tool.properties");
        CliResult refused = cli.withVariable("COMPANY_DB_PASSWORD", "Wrong-" + SECRET)
                .run("schema", "--env", "staging", "--config", "conf/tool.properties");

        assertThat(created.exitCode()).as(created.err()).isZero();
        // The variable comes before the environment's file, so the wrong password is used and refused.
        assertThat(refused.exitCode()).isEqualTo(Main.ERROR);
        assertThat(refused.errorLine()).contains("refused the credentials of user 'owner'");
        assertThat(created.all() + refused.all()).doesNotContain(SECRET);
    }

    @Test
    void shouldRefuseToWriteToProductionWithoutATerminalToAsk() throws IOException {
        writeProductionConfig();

        CliResult result = new CliRunner(workingDirectory).run("schema", "--env", "production");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).containsExactly("company-cli schema: refusing to apply the schema migrations"
                + " on the production environment 'production' without confirmation: there is no terminal to ask"
                + " on; pass --yes to confirm");
        assertThat(workingDirectory.resolve("prod-db.mv.db")).doesNotExist();
    }

    @Test
    void shouldWriteToProductionWithYes() throws IOException {
        writeProductionConfig();

        CliResult result = new CliRunner(workingDirectory).run("schema", "--env", "production", "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(workingDirectory.resolve("prod-db.mv.db")).isRegularFile();
    }

    @Test
    void shouldWriteToProductionWhenThePersonAtTheTerminalConfirms() throws IOException {
        writeProductionConfig();
        CliRunner cli = new CliRunner(workingDirectory).answering("yes");

        CliResult result = cli.run("schema", "--env", "production");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(cli.prompts()).singleElement().asString()
                .contains("apply the schema migrations on the production environment 'production'")
                .endsWith("Type yes to continue: ");
        assertThat(workingDirectory.resolve("prod-db.mv.db")).isRegularFile();
    }

    @Test
    void shouldCancelWhenThePersonAtTheTerminalDeclines() throws IOException {
        writeProductionConfig();

        CliResult result = new CliRunner(workingDirectory).answering("n").run("schema", "--env", "production");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).containsExactly("company-cli schema: cancelled: did not apply the schema"
                + " migrations on the production environment 'production'");
        assertThat(workingDirectory.resolve("prod-db.mv.db")).doesNotExist();
    }

    @Test
    void shouldNotAskBeforeWritingToAnEnvironmentThatIsNotProduction() throws IOException {
        writeConfig("company-cli.properties", "env.dev.url=jdbc:h2:file:" + workingDirectory.resolve("dev-db"),
                "env.dev.production=false");
        CliRunner cli = new CliRunner(workingDirectory).answering("n");

        CliResult result = cli.run("schema", "--env", "dev");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(cli.prompts()).isEmpty();
    }

    @Test
    void shouldNameTheDefinedEnvironmentsWhenTheRequestedOneIsMissing() throws IOException {
        writeProductionConfig();

        CliResult result = new CliRunner(workingDirectory).run("schema", "--env", "prod");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: no environment 'prod' in ")
                .contains("(defined: production)");
    }

    @Test
    void shouldRefuseAUrlTogetherWithAnEnvironment() throws IOException {
        writeProductionConfig();

        CliResult result = new CliRunner(workingDirectory)
                .run("schema", "--env", "production", "--url", "jdbc:h2:mem:x");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: give either --url or --env, not both");
    }

    @Test
    void shouldRefuseAConfigurationFileThatHoldsAPasswordWithoutPrintingIt() throws IOException {
        writeConfig("company-cli.properties", "env.dev.url=jdbc:h2:mem:x", "env.dev.password=" + SECRET);

        CliResult result = new CliRunner(workingDirectory).run("schema", "--env", "dev");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .contains("must not hold passwords (key 'env.dev.password')").contains("env.dev.password-file");
        assertThat(result.all()).doesNotContain(SECRET);
    }

    @Test
    void shouldSayWhichConfigurationFileIsMissing() {
        CliResult result = new CliRunner(workingDirectory).run("schema", "--env", "dev");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).containsExactly("company-cli schema: the configuration file "
                + workingDirectory.resolve("company-cli.properties")
                + " does not exist: create it or name another with --config FILE");
    }

    @Test
    void shouldSayWhichPasswordFileIsMissing() {
        CliResult result = new CliRunner(workingDirectory).run("schema", "--password-file", "nowhere.txt");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).containsExactly("company-cli schema: the password file "
                + workingDirectory.resolve("nowhere.txt") + " (--password-file) does not exist");
    }

    private void writeProductionConfig() throws IOException {
        writeConfig("company-cli.properties", "env.production.url=jdbc:h2:file:" + workingDirectory.resolve("prod-db"),
                "env.production.production=true");
    }

    private void writeConfig(String name, String... lines) throws IOException {
        Files.write(workingDirectory.resolve(name), List.of(lines));
    }
}
