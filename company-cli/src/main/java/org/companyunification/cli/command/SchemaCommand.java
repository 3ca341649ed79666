package org.companyunification.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.model.schema.CompanySchema;
import org.companyunification.model.schema.SchemaMigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code company-cli schema}: applies the unified schema migrations, and with {@code --with-legacy} the legacy
 * ones first.
 */
@Command(name = "schema",
        description = {
            "Applies the unified schema migrations to the database and prints what was applied.",
            "Existing legacy tables and their rows are left untouched; running it again applies only what is new."
        })
public final class SchemaCommand extends DatabaseCommand {

    @Option(names = "--with-legacy",
            description = "Also create the legacy tables (for tests and demos; production databases have them).")
    private boolean withLegacy;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public SchemaCommand(Session session) {
        super(session);
    }

    /**
     * Applies the migrations.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        try (Database database = open(Access.WRITE, "apply the schema migrations")) {
            CompanySchema schema = CompanySchema.configure().dataSource(database.dataSource()).load();
            List<SchemaMigrationResult> results = new ArrayList<>();
            if (withLegacy) {
                results.add(schema.migrateLegacy());
            }
            results.add(schema.migrate());
            Report report = new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null),
                    results.stream().map(Step::of).toList());
            printer.print(json, report, this::print);
        }
        return ExitCode.OK;
    }

    private void print(Report report) {
        printer.line("Schema of " + ReportPrinter.where(report.database(), report.url(), report.environment())
                + ":");
        for (Step step : report.schemas()) {
            String label = String.format("%-16s", step.schema() + " schema:");
            if (step.migrationsApplied() == 0) {
                printer.item(label + "already at version " + step.toVersion() + ", nothing to apply");
            } else {
                printer.item(label + "applied " + step.migrationsApplied()
                        + (step.migrationsApplied() == 1 ? " migration" : " migrations")
                        + ", now at version " + step.toVersion());
            }
        }
    }

    /**
     * The result of the command, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param schemas what each migration set did, legacy first
     */
    record Report(String database, String url, String environment, List<Step> schemas) {}

    /**
     * What one migration set did.
     *
     * @param schema {@code legacy} or {@code unified}
     * @param fromVersion the version before, or {@code null} when the set had never been applied
     * @param toVersion the version after
     * @param migrationsApplied how many migrations ran
     */
    record Step(String schema, String fromVersion, String toVersion, int migrationsApplied) {
        static Step of(SchemaMigrationResult result) {
            return new Step(result.schemaSet(), result.initialVersion(), result.targetVersion(),
                    result.migrationsApplied());
        }
    }
}
