package org.companyunification.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.BackfillProgress;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.RunOptions;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.sync.RunResult;
import org.companyunification.sync.Sync;
import org.companyunification.sync.SyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code company-cli sync}: the catch-up sync ({@link Sync}): reconciles every legacy row inserted, changed or
 * deleted since the last sync or backfill, and prints what it did per table, the legacy rows found deleted and
 * the unified rows removed for them, and the run id.
 */
@Command(name = "sync",
        description = {
            "Catches the unified tables up with every legacy row inserted, changed or deleted since the last sync or"
                    + " backfill, whoever wrote it.",
            "Prints per table the rows read, created, updated, unchanged, merged, rejected, skipped and warned"
                    + " about, then the legacy rows found deleted and the unified rows removed for them.",
            "Recorded as a run: 'runs' lists it and 'rollback --run ID' undoes it, putting back what it deleted.",
            "One backfill, sync or rollback writes to a database at a time: while another one runs, this one is"
                    + " refused (exit code 2, naming it) unless --wait is given."
        })
public final class SyncCommand extends DatabaseCommand {

    @Mixin
    private RunOptions options;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public SyncCommand(Session session) {
        super(session);
    }

    /**
     * Runs the sync.
     *
     * @return {@value ExitCode#OK}; rejected rows are reported, not a failure
     */
    @Override
    public Integer call() {
        ProgressDisplay display = options.progress(session);
        try (Database database = open(Access.WRITE, "run the sync");
                BackfillProgress progress = new BackfillProgress(display)) {
            SyncResult result = options.applyTo(Sync.configure().dataSource(database.dataSource())
                    .listener(progress)).load().run();
            progress.close();
            Report report = Report.of(database, result);
            printer.print(options.json(), report, r -> print(r, result.run()));
        }
        return ExitCode.OK;
    }

    private void print(Report report, RunResult run) {
        printer.line("Sync of " + ReportPrinter.where(report.database(), report.url(), report.environment()) + ":");
        printer.table(BackfillCommand.countsTable(report.tables(), report.total()));
        BackfillCommand.Row total = report.total();
        if (report.legacyRowsDeleted().values().stream().allMatch(count -> count == 0)) {
            printer.line("No legacy row was deleted since the last run.");
        } else {
            printer.section("Legacy rows deleted since the last run:");
            printer.table(nonZero(report.legacyRowsDeleted(), "legacy table"));
            printer.section("Unified rows removed for them:");
            printer.table(nonZero(report.unifiedRowsDeleted(), "unified table"));
        }
        printer.line("");
        printer.line(BackfillCommand.runIdLine(report.runId()));
        printer.line(String.format(Locale.ROOT, "Took %.1f s.", report.durationMillis() / 1000.0));
        String where = "see --json or the backfill_issues table";
        BackfillCommand.printIssues(printer, "Rejected rows", run.rejected(), total.rejected(), where);
        BackfillCommand.printIssues(printer, "Warnings", run.warnings(), total.warnings(), where);
    }

    private static TextTable nonZero(Map<String, Long> counts, String heading) {
        TextTable table = new TextTable().left(heading).right("rows");
        counts.forEach((name, count) -> {
            if (count > 0) {
                table.row(name, count);
            }
        });
        return table;
    }

    /**
     * The result of the command, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param runId the run's id
     * @param startedAt when the run started (ISO-8601; the first start of a resumed run)
     * @param durationMillis how long this invocation took
     * @param tables per legacy table, in the order processed
     * @param total the sums over all tables
     * @param legacyRowsDeleted per legacy table, the rows found deleted since they were migrated
     * @param unifiedRowsDeleted per unified table, the rows removed for them
     * @param issueCount how many issues the run raised in all
     * @param rejected the rejected rows the result lists
     * @param warnings the warnings the result lists
     */
    record Report(String database, String url, String environment, long runId, String startedAt,
            long durationMillis, List<BackfillCommand.Row> tables, BackfillCommand.Row total,
            Map<String, Long> legacyRowsDeleted, Map<String, Long> unifiedRowsDeleted, long issueCount,
            List<BackfillCommand.Issue> rejected, List<BackfillCommand.Issue> warnings) {

        static Report of(Database database, SyncResult result) {
            RunResult run = result.run();
            return new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), run.runId(), run.startedAt().toString(),
                    run.duration().toMillis(), run.tables().stream().map(BackfillCommand.Row::of).toList(),
                    BackfillCommand.Row.total(run.total()), new TreeMap<>(result.legacyRowsDeleted()),
                    new TreeMap<>(result.unifiedRowsDeleted()), run.issueCount(),
                    run.rejected().stream().map(BackfillCommand.Issue::of).toList(),
                    run.warnings().stream().map(BackfillCommand.Issue::of).toList());
        }
    }
}
