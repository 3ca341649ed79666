package org.companyunification.cli.command;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.companyunification.analytics.Analytics;
import org.companyunification.analytics.network.ExportResult;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkFormat;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.cli.demo.DemoDataSet;
import org.companyunification.cli.internal.BackfillProgress;
import org.companyunification.cli.internal.CliException;
import org.companyunification.cli.internal.ConnectionTarget;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.OutputFiles;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.CompanySchema;
import org.companyunification.query.CompanyQuery;
import org.companyunification.query.view.CompanyGlobalRoles;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.BackfillResult;
import org.companyunification.sync.DualWrite;
import org.companyunification.sync.RowIssue;
import org.companyunification.sync.Step;
import org.companyunification.sync.Sync;
import org.companyunification.sync.SyncResult;
import org.companyunification.sync.TableResult;
import org.companyunification.sync.duplicates.DuplicateFinder;
import org.companyunification.sync.duplicates.DuplicateSearchResult;
import org.companyunification.sync.validation.Validation;
import org.companyunification.sync.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code company-cli demo}: the whole migration on a fresh embedded H2 database holding the demo legacy data set
 * shipped in the jar, and what a person wants to see of it.
 */
@Command(name = "demo",
        description = {
            "Runs the migration on a fresh embedded H2 database loaded with the demo legacy data (53 company rows",
            "in six tables, with projects, personnel, name variants, near-duplicates, dirty values and orphans):",
            "schema, backfill with progress bars, validation, a summary of the result with the duplicate",
            "candidates the backfill left as two companies, the dashboard, the company/project network drawn in",
            "an HTML page (--network), and a legacy edit and a legacy deletion reaching the unified tables",
            "(dual-write and the catch-up sync)."
        })
public final class DemoCommand implements Callable<Integer> {

    private final Session session;
    private final ReportPrinter printer;

    @Option(names = "--keep", description = "Keep the demo database and print its URL, to explore it with the"
            + " other commands (default: removed at the end).")
    private boolean keep;

    @Option(names = "--network", paramLabel = "FILE", description = "Where to write the network picture, an HTML"
            + " page that works offline (default: ${DEFAULT-VALUE} in the working directory).",
            defaultValue = "company-network.html")
    private Path networkFile;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public DemoCommand(Session session) {
        this.session = requireNonNull(session, "session");
        this.printer = new ReportPrinter(session);
    }

    /**
     * Runs the demo.
     *
     * @return {@value ExitCode#OK}: the demo ran, whatever its validation verdict
     */
    @Override
    public Integer call() {
        Path picture = session.environment().workingDirectory().resolve(networkFile).toAbsolutePath();
        OutputFiles.checkWritable(picture, "--network");
        Path directory = createDirectory();
        String url = "jdbc:h2:file:" + directory.resolve("demo").toAbsolutePath();
        try {
            try (Database database = Database.open(new ConnectionTarget(url, Optional.of("sa"), Optional.empty(),
                    Optional.empty(), false))) {
                run(database, picture);
            }
            if (keep) {
                printer.section("The demo database is kept: try 'validate --url " + url + "' or 'runs --url " + url
                        + "'.");
            }
            return ExitCode.OK;
        } finally {
            if (!keep) {
                delete(directory);
            }
        }
    }

    private void run(Database database, Path picture) {
        CompanySchema schema = CompanySchema.configure().dataSource(database.dataSource()).load();
        schema.migrateLegacy();
        schema.migrate();
        DemoDataSet.load(database.dataSource());
        Map<String, Integer> legacy = DemoDataSet.rowsPerTable();
        long companyRows = Step.COMPANIES.legacyTables().stream().mapToLong(legacy::get).sum();
        printer.line("Demo: a fresh H2 database with the demo legacy data: " + companyRows + " company rows in six"
                + " tables, " + legacy.get(LegacyTable.PROJECTS.tableName()) + " projects, "
                + legacy.get(LegacyTable.PERSONNEL.tableName()) + " people, "
                + Step.PROJECTS.legacyTables().stream().mapToLong(legacy::get).sum() + " project relationships and "
                + legacy.get(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS.tableName()) + " personnel relationships.");

        ProgressDisplay display = session.quiet() ? ProgressDisplay.none() : session.environment().progress();
        BackfillResult result;
        try (BackfillProgress progress = new BackfillProgress(display)) {
            result = Backfill.configure().dataSource(database.dataSource()).listener(progress).load().run();
        }
        ValidationReport report = Validation.configure().dataSource(database.dataSource()).load().validate();

        printCompanies(result, companyRows, count(database, "SELECT COUNT(*) FROM companies"));
        printSeveralRoles(database);
        printDuplicateCandidates(database);
        printRelationships(result);
        printIssues("Rejected rows, not migrated", result.rejected());
        printIssues("Warnings, rows migrated with a value normalised, left empty or not primary", result.warnings());
        printVerdict(report);
        printMultiRoleCompany(database);
        printDashboard(database, picture);
        printDualWrite(database);
    }

    private void printDashboard(Database database, Path picture) {
        Analytics analytics = Analytics.configure().dataSource(database.dataSource()).load();
        printer.section("The dashboard, as 'report' prints it:");
        DashboardReport.of(database.vendor().displayName(), database.target().displayUrl(), null,
                analytics.dashboard()).print(printer);
        ExportResult written = analytics.export(NetworkFilter.all(), NetworkFormat.HTML, picture);
        printer.section("The company/project network (" + written.nodes() + " nodes, " + written.edges()
                + " edges) is drawn in " + picture);
        printer.item("Open it in a browser; it works offline. 'network --format json|graphml|dot|html --out FILE'"
                + " writes it for any database.");
    }

    /**
     * Edits the first vendor row as a legacy screen would, in a transaction that names the row to {@link
     * DualWrite}, and shows the company before and after; then deletes a project relationship behind the library's
     * back and lets a {@link Sync} catch up.
     */
    private void printDualWrite(Database database) {
        long[] vendor = {0};
        long[] companyId = {0};
        query(database, "SELECT o.source_id, o.company_id FROM company_origins o WHERE o.source_table = '"
                + LegacyTable.TECHNOLOGY_VENDORS.tableName() + "' ORDER BY o.source_id", rs -> {
                    if (vendor[0] == 0) {
                        vendor[0] = rs.getLong(1);
                        companyId[0] = rs.getLong(2);
                    }
                });
        if (vendor[0] == 0) {
            return;
        }
        String website = "https://dual-write.example";
        String before = website(database, companyId[0]);
        LegacyTable vendors = LegacyTable.TECHNOLOGY_VENDORS;
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + vendors.tableName()
                    + " SET website = ?, updated_at = CURRENT_TIMESTAMP WHERE " + vendors.idColumn() + " = ?")) {
                update.setString(1, website);
                update.setLong(2, vendor[0]);
                update.executeUpdate();
            }
            DualWrite.afterLegacyChange(connection, vendors, vendor[0]);
            connection.commit();
        } catch (SQLException e) {
            throw new CliException("editing the demo database failed: " + e.getMessage(), e);
        }
        printer.section("Dual-write: " + vendors.tableName() + " row " + vendor[0] + " edited by a legacy screen, in"
                + " the transaction that called DualWrite.afterLegacyChange:");
        printer.item("company " + companyId[0] + " website before: " + (before == null ? "(none)" : before));
        printer.item("company " + companyId[0] + " website after:  " + website(database, companyId[0]));

        long[] relationship = {0};
        query(database, "SELECT MIN(source_id) FROM assignment_origins WHERE source_table = '"
                + LegacyTable.PROJECT_VENDOR_RELATIONSHIPS.tableName() + "'", rs -> relationship[0] = rs.getLong(1));
        if (relationship[0] == 0) {
            return;
        }
        LegacyTable links = LegacyTable.PROJECT_VENDOR_RELATIONSHIPS;
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + links.tableName() + " WHERE " + links.idColumn() + " = ?")) {
            delete.setLong(1, relationship[0]);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new CliException("editing the demo database failed: " + e.getMessage(), e);
        }
        SyncResult sync = Sync.configure().dataSource(database.dataSource()).load().run();
        printer.section("Catch-up sync after " + links.tableName() + " row " + relationship[0] + " was deleted"
                + " with plain SQL (run " + sync.runId() + "):");
        printer.item(sync.totalLegacyRowsDeleted() + " deleted legacy row found; unified rows removed: "
                + sync.unifiedRowsDeleted().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey() + " " + e.getValue()).sorted().toList());
        printer.item(sync.run().total().unchanged() + " legacy rows unchanged, " + sync.run().total().updated()
                + " updated (the edit above was already applied)");
    }

    private static String website(Database database, long companyId) {
        String[] website = {null};
        query(database, "SELECT website FROM companies WHERE company_id = " + companyId,
                rs -> website[0] = rs.getString(1));
        return website[0];
    }

    private void printMultiRoleCompany(Database database) {
        try (CompanyQuery query = CompanyQuery.configure().dataSource(database.dataSource()).load()) {
            query.companiesWithGlobalRoles().stream().filter(c -> c.roles().size() > 1)
                    .max(Comparator.comparingInt((CompanyGlobalRoles c) -> c.roles().size())
                            .thenComparing(c -> -c.company().id()))
                    .flatMap(c -> query.companyDetail(c.company().id())).map(CompanyDetailReport::of)
                    .ifPresent(detail -> {
                        printer.section("One company with several roles, as 'company " + detail.id()
                                + "' prints it: " + detail.name());
                        detail.print(printer);
                    });
        }
    }

    private void printCompanies(BackfillResult result, long companyRows, long companies) {
        printer.section("Legacy company rows became companies:");
        TextTable table = new TextTable().left("legacy table").right("rows").right("new company")
                .right("joined a company").right("rejected");
        for (TableResult t : result.tablesOf(Step.COMPANIES)) {
            table.row(t.table(), t.read(), t.created(), t.merged(), t.rejected());
        }
        printer.table(table);
        printer.item(companyRows + " legacy company rows became " + companies + " companies.");
    }

    private void printSeveralRoles(Database database) {
        Map<String, List<String>> companies = new LinkedHashMap<>();
        StringBuilder roleOfSourceTable = new StringBuilder("CASE o.source_table");
        for (LegacyTable table : LegacyTable.companyTables()) {
            roleOfSourceTable.append(" WHEN '").append(table.tableName()).append("' THEN ")
                    .append(table.role().roleId());
        }
        roleOfSourceTable.append(" END");
        query(database, "SELECT c.company_name, r.role_label, o.source_table, o.source_name FROM companies c"
                + " JOIN company_origins o ON o.company_id = c.company_id"
                + " JOIN company_roles r ON r.role_id = " + roleOfSourceTable
                + " WHERE c.company_id IN (SELECT company_id FROM company_role_assignments WHERE context_type IS NULL"
                + " GROUP BY company_id HAVING COUNT(*) > 1)"
                + " ORDER BY c.company_name, r.role_id, o.source_id", rs -> companies
                        .computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
                        .add(rs.getString(2) + " ('" + rs.getString(4) + "' in " + rs.getString(3) + ")"));
        printer.section("Companies that hold several roles (" + companies.size() + "), with the legacy rows they came"
                + " from:");
        companies.forEach((name, roles) -> {
            printer.item(name);
            roles.forEach(role -> printer.item("    " + role));
        });
    }

    private void printDuplicateCandidates(Database database) {
        DuplicateSearchResult candidates = DuplicateFinder.configure().dataSource(database.dataSource()).load()
                .find();
        DuplicatesCommand.print(printer, DuplicatesCommand.Report.of(database, candidates),
                DuplicatesCommand.MAX_LIMIT, false);
    }

    private void printRelationships(BackfillResult result) {
        printer.section("Relationships:");
        TextTable table = new TextTable().left("legacy table").right("rows").right("migrated").right("rejected")
                .right("skipped");
        for (Step step : List.of(Step.PROJECTS, Step.PERSONNEL)) {
            for (TableResult t : result.tablesOf(step)) {
                table.row(t.table(), t.read(), t.migrated(), t.rejected(), t.skipped());
            }
        }
        printer.table(table);
    }

    private void printIssues(String heading, List<RowIssue> issues) {
        printer.section(heading + " (" + issues.size() + "):");
        issues.stream().sorted(Comparator.comparing(RowIssue::table).thenComparing(RowIssue::id))
                .forEach(issue -> printer.item(issue.toString()));
    }

    private void printVerdict(ValidationReport report) {
        printer.section(String.format(Locale.ROOT, "Validation: %s (project relationship coverage %.1f%%, personnel"
                + " affiliation coverage %.1f%%, threshold %.0f%%)", report.passed() ? "PASSED" : "FAILED",
                report.projectCoverage().ratio() * 100, report.personnelCoverage().ratio() * 100,
                report.projectCoverage().threshold() * 100));
        report.failures().forEach(failure -> printer.item(failure.toString()));
        if (!report.passed()) {
            printer.item("The demo data holds deliberate errors, listed above as rejected rows; in a real"
                    + " migration they are fixed in the legacy tables and the backfill is run again.");
        }
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(Database database, String sql, RowHandler handler) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                handler.handle(rs);
            }
        } catch (SQLException e) {
            throw new CliException("reading the demo database failed: " + e.getMessage(), e);
        }
    }

    private static long count(Database database, String sql) {
        long[] count = {0};
        query(database, sql, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("company-demo-");
        } catch (IOException e) {
            throw new CliException("cannot create a directory for the demo database: " + e.getMessage(), e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
