package org.companyunification.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.CliException;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.Json;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.OutputFiles;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.sync.validation.Coverage;
import org.companyunification.sync.validation.IntegrityCheck;
import org.companyunification.sync.validation.RoleCoverage;
import org.companyunification.sync.validation.RowsWithoutOrigin;
import org.companyunification.sync.validation.TableCoverage;
import org.companyunification.sync.validation.UnmappedRow;
import org.companyunification.sync.validation.Validation;
import org.companyunification.sync.validation.ValidationChange;
import org.companyunification.sync.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code company-cli validate}: checks the migration against its success criteria with {@link Validation}, prints
 * the {@link ValidationReport}, and exits {@value ExitCode#OK} when it passes and {@value ExitCode#VALIDATION_FAILED} when
 * it does not. Saves the report as a baseline, or compares it with one saved earlier.
 */
@Command(name = "validate",
        description = {
            "Checks that the unified tables account for every legacy row; exits 1 when they do not.",
            "Prints per table what is mapped, the role counts, the relationship coverage against the threshold,"
                    + " the integrity checks, the unmapped rows with their reasons, and the verdict.",
            "Exits 0 when every success criterion holds, 1 when one does not. Only reads."
        })
public final class ValidateCommand extends DatabaseCommand {

    /** How many unmapped rows the text output lists. */
    static final int LISTED_IN_TEXT = 20;

    private double threshold = 0.95;

    @Option(names = "--save-baseline", paramLabel = "FILE",
            description = "Also write the report as JSON to FILE, to compare later runs with (--baseline).")
    private Path saveBaseline;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare with a report saved earlier by --save-baseline (or --json) and print what"
                    + " changed since.")
    private Path baseline;

    @Option(names = "--json",
            description = "Print the report as JSON (with the changes since --baseline, when given).")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public ValidateCommand(Session session) {
        super(session);
    }

    @Option(names = "--threshold", paramLabel = "RATIO",
            description = "The share of project and of personnel relationships that must be migrated, from 0 to 1"
                    + " (default: 0.95).")
    void setThreshold(double threshold) {
        OptionRanges.require(spec, threshold >= 0 && threshold <= 1,
                "--threshold must be a share between 0 and 1 (0.95 is 95%%), not %s", threshold);
        this.threshold = threshold;
    }

    /**
     * Validates.
     *
     * @return {@value ExitCode#OK} when the report passed, {@value ExitCode#VALIDATION_FAILED} when it did not
     */
    @Override
    public Integer call() {
        if (saveBaseline != null) {
            OutputFiles.checkWritable(session.environment().workingDirectory().resolve(saveBaseline),
                    "--save-baseline");
        }
        Optional<Baseline> earlier = Optional.ofNullable(baseline).map(this::readBaseline);
        ValidationReport report;
        String description;
        try (Database database = open(Access.READ, "validate the migration")) {
            report = Validation.configure().dataSource(database.dataSource()).coverageThreshold(threshold).load()
                    .validate();
            description = ReportPrinter.where(database);
        }
        Optional<Path> saved = Optional.ofNullable(saveBaseline).map(file -> save(report, file));
        Optional<List<ValidationChange>> changes = earlier.map(b -> report.changesSince(b.report()));
        if (json) {
            printJson(report, earlier, changes);
        } else {
            print(description, report, earlier, changes, saved);
        }
        return report.passed() ? ExitCode.OK : ExitCode.VALIDATION_FAILED;
    }

    private Baseline readBaseline(Path file) {
        Path path = session.environment().workingDirectory().resolve(file);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException("the baseline file " + path + " does not exist: save one first with"
                    + " 'validate --save-baseline " + file + "'");
        } catch (IOException e) {
            throw new CliException("cannot read the baseline file " + path + ": " + e.getClass().getSimpleName()
                    + " " + e.getMessage(), e);
        }
        try {
            return new Baseline(path, ValidationReport.fromJson(text));
        } catch (CompanyUnificationException e) {
            throw new CliException("the baseline file " + path + " cannot be used: " + e.getMessage(), e);
        }
    }

    private Path save(ValidationReport report, Path file) {
        Path path = session.environment().workingDirectory().resolve(file);
        try {
            Files.writeString(path, report.toJson() + System.lineSeparator(), StandardCharsets.UTF_8);
            return path;
        } catch (IOException e) {
            throw new CliException("cannot write the baseline file " + path + ": " + e.getClass().getSimpleName()
                    + " " + e.getMessage(), e);
        }
    }

    private void printJson(ValidationReport report, Optional<Baseline> earlier,
            Optional<List<ValidationChange>> changes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node;
        try {
            node = (ObjectNode) mapper.readTree(report.toJson());
        } catch (IOException e) {
            throw new IllegalStateException("the validation report's JSON cannot be read back", e);
        }
        earlier.ifPresent(b -> {
            ObjectNode about = node.putObject("baseline");
            about.put("file", b.file().toString());
            about.put("validatedAt", b.report().validatedAt().toString());
            about.put("passed", b.report().passed());
        });
        changes.ifPresent(list -> {
            List<JsonNode> items = list.stream().<JsonNode>map(change -> mapper.valueToTree(change)).toList();
            node.putArray("changesSinceBaseline").addAll(items);
        });
        Json.print(session, node);
    }

    private void print(String description, ValidationReport report, Optional<Baseline> earlier,
            Optional<List<ValidationChange>> changes, Optional<Path> saved) {
        printer.line("Validation of " + description + ", " + report.validatedAt().truncatedTo(ChronoUnit.SECONDS)
                + ":");
        printer.section("Legacy tables:");
        TextTable tables = new TextTable().left("table").right("rows").right("mapped").right("not mapped")
                .right("out of scope").right("mapped %");
        for (TableCoverage table : report.tables()) {
            tables.row(table.table(), table.rows(), table.mapped(), table.notMapped(), table.outOfScope(),
                    percent(table.ratio()));
        }
        printer.table(tables);
        printer.section("Global roles (companies holding the role against companies mapped from its table):");
        TextTable roles = new TextTable().left("role").left("legacy table").right("holding role")
                .right("mapped from table").left("");
        for (RoleCoverage role : report.roles()) {
            roles.row(role.role(), role.legacyTable(), role.companiesHoldingRole(), role.companiesMappedFromTable(),
                    role.matches() ? "ok" : "MISMATCH");
        }
        printer.table(roles);
        printer.section("Coverage:");
        TextTable coverage = new TextTable().left("relationships").right("rows").right("mapped").right("mapped %")
                .right("threshold").left("");
        coverageRow(coverage, "project relationships", report.projectCoverage());
        coverageRow(coverage, "personnel relationships", report.personnelCoverage());
        printer.table(coverage);
        printer.section("Integrity checks:");
        for (IntegrityCheck check : report.integrity()) {
            printer.item((check.passed() ? "ok      " : "FAILED  ") + check.name()
                    + (check.passed() ? "" : " (" + check.violations() + " violations)"));
        }
        List<UnmappedRow> unmapped = report.unmappedRows();
        printer.section("Unmapped legacy rows: " + (unmapped.isEmpty() ? "none" : unmapped.size()));
        unmapped.stream().limit(LISTED_IN_TEXT)
                .forEach(row -> printer.item(row.table() + " #" + row.id() + ": " + row.reason()));
        if (unmapped.size() > LISTED_IN_TEXT) {
            printer.item("... and " + (unmapped.size() - LISTED_IN_TEXT) + " more (see --json)");
        }
        RowsWithoutOrigin withoutOrigin = report.rowsWithoutOrigin();
        printer.line("Rows without a legacy origin (written by applications): " + withoutOrigin.companies()
                + " companies, " + withoutOrigin.assignments() + " role assignments, " + withoutOrigin.affiliations()
                + " affiliations");
        if (earlier.isPresent()) {
            Baseline b = earlier.get();
            List<ValidationChange> list = changes.orElseThrow();
            printer.section("Changes since the baseline " + b.file() + " of "
                    + b.report().validatedAt().truncatedTo(ChronoUnit.SECONDS) + ": "
                    + (list.isEmpty() ? "none" : list.size()));
            list.forEach(change -> printer.item(change.toString()));
        }
        saved.ifPresent(path -> {
            printer.section("Saved this report as a baseline to " + path);
        });
        printer.section("Verdict: " + (report.passed() ? "PASSED" : "FAILED"));
        report.failures().forEach(failure -> printer.item("- " + failure));
    }

    private static void coverageRow(TextTable table, String name, Coverage coverage) {
        table.row(name, coverage.rows(), coverage.mapped(), percent(coverage.ratio()), percent(coverage.threshold()),
                coverage.meetsThreshold() ? "ok" : "BELOW THRESHOLD");
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f%%", ratio * 100);
    }

    /** A report read back from a file. */
    private record Baseline(Path file, ValidationReport report) {}
}
