package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.companyunification.cli.Databases.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.cli.internal.EnvironmentConfig;
import org.companyunification.cli.internal.NamedEnvironment;
import org.companyunification.model.schema.CompanySchema;
import org.companyunification.testing.LegacyScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code company-cli} command line of {@code docs/MIGRATION_PLAN.md}, in the order of the document,
 * against H2 file databases standing in for the environments of its {@code company-cli.properties}, and checks the
 * exit code the runbook states: 0, or 0 or 1 on a line marked {@value #MAY_EXIT_1}. The SELECT statements of its
 * SQL blocks run against the production stand-in where they appear. A runbook line that the tool no longer
 * accepts fails the build.
 */
class RunbookTest {

    private static final Path RUNBOOK = Path.of("docs", "MIGRATION_PLAN.md");
    private static final String TOOL = "java -jar company-cli/target/company-cli.jar";
    private static final String MAY_EXIT_1 = "# may exit 1";
    private static final String RUN_ID = "RUN_ID";
    /** Characters a shell would interpret: runbook lines stay literal so that they run as written. */
    private static final Pattern SHELL_SYNTAX = Pattern.compile("[|<>;&$`'\"\\\\*?(){}]");
    /** The project that the runbook's parameterised smoke query is run for: Palisades SMR of the fixtures. */
    private static final long SMOKE_PROJECT_ID = 1;

    /**
     * Commands the runbook runs at production size: here they run like every other line, with a tiny
     * {@code --scale} and a scratch H2 database for {@code --url}.
     */
    private static final Set<String> SCALED_DOWN_COMMANDS = Set.of("bench");
    private static final String TINY_SCALE = "0.5";

    /** Commands that write, and so must ask before they touch a production environment. */
    private static final Set<String> WRITING_COMMANDS = Set.of("schema", "backfill", "sync", "rollback");

    @TempDir
    Path workingDirectory;

    @Test
    void shouldRunEveryCommandLineOfTheMigrationPlanWithTheExitCodeItStates() throws Exception {
        // given the runbook's environments as H2 databases holding clean legacy rows, and its configuration file
        Runbook runbook = Runbook.read(findRunbook());
        Map<String, NamedEnvironment> environments = checkedConfiguration(runbook);
        Map<String, DataSource> databases = new LinkedHashMap<>();
        List<String> config = new ArrayList<>();
        for (NamedEnvironment environment : environments.values()) {
            Path file = workingDirectory.resolve(environment.name() + "-db");
            DataSource database = h2(file);
            CompanySchema.configure().dataSource(database).load().migrateLegacy();
            LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                    .insertInto(database);
            databases.put(environment.name(), database);
            config.add("env." + environment.name() + ".url=jdbc:h2:file:" + file);
            config.add("env." + environment.name() + ".production=" + environment.production());
        }
        Files.write(workingDirectory.resolve(EnvironmentConfig.DEFAULT_FILE_NAME), config);
        DataSource production = environments.values().stream().filter(NamedEnvironment::production)
                .map(environment -> databases.get(environment.name())).findFirst()
                .orElseThrow(() -> new AssertionError("the runbook's configuration marks no environment production"));
        Set<String> knownCommands = CliRunner.commandNames();
        List<String> commandsRun = new ArrayList<>();
        List<String> linesLeftToTheirCommand = new ArrayList<>();

        // when / then, line by line
        for (Step step : runbook.steps()) {
            if (step instanceof SqlStep sql) {
                checkQuery(production, sql.statement());
                continue;
            }
            CommandStep command = (CommandStep) step;
            String name = command.args().get(0);
            if (!name.startsWith("-") && !knownCommands.contains(name)) {
                assertThat(SCALED_DOWN_COMMANDS).as("the command of runbook line: " + command.line())
                        .contains(name);
                linesLeftToTheirCommand.add(command.line());
                continue;
            }
            List<String> args = SCALED_DOWN_COMMANDS.contains(name) ? scaledDown(command.args()) : command.args();
            if (args.contains(RUN_ID)) {
                String runId = latestRun(args);
                args = args.stream().map(arg -> arg.equals(RUN_ID) ? runId : arg).toList();
            }
            CliRunner cli = new CliRunner(workingDirectory).answering("yes");
            CliResult result = cli.run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as("exit code of runbook line%n  %s%nstdout:%n%s%nstderr:%n%s",
                    command.line(), result.out(), result.err())
                    .isIn(command.mayExit1() ? List.of(Main.OK, Main.VALIDATION_FAILED) : List.of(Main.OK));
            String environment = option(args, "--env");
            if (environment != null && environments.get(environment).production()) {
                boolean writes = WRITING_COMMANDS.contains(name) && !args.contains("--dry-run");
                assertThat(cli.prompts()).as("confirmation asked by runbook line: " + command.line())
                        .hasSize(writes ? 1 : 0);
            }
            commandsRun.add(name);
        }

        assertThat(commandsRun).contains("--version", "schema", "backfill", "validate", "runs", "rollback", "sync",
                "consistency");
        assertThat(commandsRun.subList(commandsRun.indexOf("sync"), commandsRun.size()))
                .as("the transition's checks run before the rollback section undoes a run")
                .contains("consistency", "validate", "rollback");
        assertThat(linesLeftToTheirCommand).allSatisfy(line -> assertThat(line).contains(" bench "));
        assertThat(runbook.queries()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldKeepEveryCommandLineOfTheMigrationPlanInsideACodeBlock() throws IOException {
        List<String> lines = Files.readAllLines(findRunbook(), StandardCharsets.UTF_8);
        long mentions = lines.stream().filter(line -> line.contains(TOOL)).count();

        assertThat(Runbook.read(findRunbook()).steps()).filteredOn(CommandStep.class::isInstance)
                .as("every '" + TOOL + "' of the runbook is a line of a code block, so that it is run here")
                .hasSize((int) mentions);
    }

    private static Map<String, NamedEnvironment> checkedConfiguration(Runbook runbook) throws IOException {
        assertThat(runbook.properties()).as("the runbook's company-cli.properties example").isNotBlank();
        Path example = Files.createTempFile("runbook", ".properties");
        try {
            Files.writeString(example, runbook.properties());
            Map<String, NamedEnvironment> environments = EnvironmentConfig.load(example).environments();
            assertThat(environments).containsKeys("staging", "production");
            assertThat(environments.get("production").production()).isTrue();
            return environments;
        } finally {
            Files.delete(example);
        }
    }

    private static void checkQuery(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setLong(1, SMOKE_PROJECT_ID);
            }
            try (ResultSet rows = statement.executeQuery()) {
                boolean any = rows.next();
                if (sql.contains("FROM companies")) {
                    assertThat(any).as("rows of the runbook's query%n%s", sql).isTrue();
                }
            }
        }
    }

    /** The id of the newest run of the line's environment that is not rolled back, as 'runs --json' lists it. */
    private String latestRun(List<String> args) {
        List<String> runs = new ArrayList<>(List.of("runs", "--json"));
        String environment = option(args, "--env");
        if (environment != null) {
            runs.addAll(List.of("--env", environment));
        }
        CliResult result = new CliRunner(workingDirectory).run(runs.toArray(String[]::new));
        try {
            JsonNode listed = new ObjectMapper().readTree(result.out()).get("runs");
            String latest = null;
            for (JsonNode run : listed) {
                if (!run.get("status").asText().equals("ROLLED_BACK")) {
                    latest = run.get("runId").asText();
                }
            }
            if (latest == null) {
                fail("the runbook rolls back a run of " + environment + " but none is left: " + result.out());
            }
            return latest;
        } catch (IOException e) {
            throw new AssertionError("runs --json printed no JSON: " + result.out() + result.err(), e);
        }
    }

    private List<String> scaledDown(List<String> args) {
        List<String> scaled = new ArrayList<>(args);
        for (int i = 0; i < scaled.size() - 1; i++) {
            if (scaled.get(i).equals("--scale")) {
                scaled.set(i + 1, TINY_SCALE);
            } else if (scaled.get(i).equals("--url")) {
                scaled.set(i + 1, "jdbc:h2:file:" + workingDirectory.resolve("scratch-" + i));
            }
        }
        // the runbook's warm-up is for timings worth reading; here only the command's run is checked
        scaled.addAll(List.of("--query-warmup-time", "0"));
        return scaled;
    }

    private static String option(List<String> args, String name) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : null;
    }

    /** The runbook, found from the module's directory or the repository's root, whichever the build runs in. */
    private static Path findRunbook() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve(RUNBOOK))) {
                return directory.resolve(RUNBOOK);
            }
        }
        throw new AssertionError(RUNBOOK + " not found above " + Path.of("").toAbsolutePath());
    }

    /** A step of the runbook: a command line, or a query of a SQL block. */
    private sealed interface Step permits CommandStep, SqlStep {}

    /** A command line: its arguments after the jar, and whether it is marked as a validation that may fail. */
    private record CommandStep(String line, List<String> args, boolean mayExit1) implements Step {

        static CommandStep parse(String line) {
            int comment = line.indexOf(" #");
            String command = (comment < 0 ? line : line.substring(0, comment)).strip();
            String rest = command.substring(TOOL.length()).strip();
            assertThat(SHELL_SYNTAX.matcher(rest).find()).as("runbook line uses shell syntax: " + line).isFalse();
            assertThat(rest).as("runbook line names no command: " + line).isNotEmpty();
            return new CommandStep(line, Arrays.asList(rest.split("\\s+")),
                    comment >= 0 && line.substring(comment + 1).startsWith(MAY_EXIT_1));
        }
    }

    /** One SELECT statement of a SQL block. */
    private record SqlStep(String statement) implements Step {}

    /** The runbook's steps in order, and its configuration example. */
    private record Runbook(List<Step> steps, String properties) {

        long queries() {
            return steps.stream().filter(SqlStep.class::isInstance).count();
        }

        static Runbook read(Path file) throws IOException {
            List<Step> steps = new ArrayList<>();
            StringBuilder properties = new StringBuilder();
            String fence = null;
            StringBuilder sql = new StringBuilder();
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.startsWith("```")) {
                    if (fence == null) {
                        fence = line.substring(3).strip();
                    } else {
                        if (fence.equals("sql")) {
                            for (String statement : sql.toString().split(";")) {
                                if (statement.strip().toUpperCase().startsWith("SELECT")) {
                                    steps.add(new SqlStep(statement.strip()));
                                }
                            }
                            sql.setLength(0);
                        }
                        fence = null;
                    }
                } else if (fence != null) {
                    switch (fence) {
                        case "sql" -> sql.append(line).append('\n');
                        case "properties" -> properties.append(line).append('\n');
                        default -> {
                            if (line.startsWith(TOOL)) {
                                steps.add(CommandStep.parse(line));
                            }
                        }
                    }
                }
            }
            assertThat(fence).as("a code block of the runbook is not closed").isNull();
            return new Runbook(steps, properties.toString());
        }
    }
}
