package org.companyunification.cli.command;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.BackfillProgress;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.cli.internal.WaitConverter;
import org.companyunification.sync.RowIssue;
import org.companyunification.sync.RunResult;
import org.companyunification.sync.Sync;
import org.companyunification.sync.SyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    private Integer batchSize;

    @Option(names = "--json", description = "Print the result as JSON, with every issue the result lists.")
    private boolean json;

    @Option(names = "--wait", paramLabel = "DURATION", converter = WaitConverter.class,
            description = "While a backfill, another sync or a rollback writes to the database, wait up to this long"
                    + " for it to finish, e.g. 30s, 5m, 1h (0 to 24h; default: 0, refuse at once naming what writes).")
    private Duration wait = Duration.ZERO;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public SyncCommand(Session session) {
        super(session);
    }

    @Option(names = "--batch-size", paramLabel = "N",
            description = "How many legacy rows one transaction reconciles, from 1 to 50,000 (default: the"
                    + " library's, 5000).")
    void setBatchSize(int batchSize) {
        this.batchSize = OptionRanges.batchSize(spec, batchSize);
    }

    /**
     * Runs the sync.
     *
     * @return {@value ExitCode#OK}; rejected rows are reported, not a failure
     */
    @Override
    public Integer call() {
        ProgressDisplay display = json || session.quiet() ? ProgressDisplay.none() : session.environment().progress();
        try (Database database = open(Access.WRITE, "run the sync");
                BackfillProgress progress = new BackfillProgress(display)) {
            Sync.Configuration configuration = Sync.configure().dataSource(database.dataSource()).listener(progress)
                    .lockWait(wait);
            if (batchSize != null) {
                configuration.batchSize(batchSize);
            }
            SyncResult result = configuration.load().run();
            progress.close();
            Report report = Report.of(database, result);
            printer.print(json, report, r -> print(r, result.run()));
        }
        return ExitCode.OK;
    }

    private void print(Report report, RunResult run) {
        printer.line("Sync of " + ReportPrinter.where(report.database(), report.url(), report.environment()) + ":");
        TextTable table = new TextTable().left("step").left("table").right("read").right("created")
                .right("updated").right("unchanged").right("merged").right("rejected").right("skipped")
                .right("warnings");
        for (BackfillCommand.Row row : report.tables()) {
            table.row(row.step(), row.table(), row.read(), row.created(), row.updated(), row.unchanged(),
                    row.merged(), row.rejected(), row.skipped(), row.warnings());
        }
        BackfillCommand.Row total = report.total();
        table.row("", "total", total.read(), total.created(), total.updated(), total.unchanged(), total.merged(),
                total.rejected(), total.skipped(), total.warnings());
        printer.table(table);
        if (report.legacyRowsDeleted().values().stream().allMatch(count -> count == 0)) {
            printer.line("No legacy row was deleted since the last run.");
        } else {
            printer.section("Legacy rows deleted since the last run, and the unified rows removed for them:");
            TextTable deleted = new TextTable().left("table").right("rows");
            report.legacyRowsDeleted().forEach(deleted::row);
            report.unifiedRowsDeleted().forEach((name, count) -> {
                if (count > 0) {
                    deleted.row(name, count);
                }
            });
            printer.table(deleted);
        }
        printer.line("");
        printer.line("Run id: " + report.runId() + " (list runs with 'runs', undo this one with 'rollback --run "
                + report.runId() + "')");
        printer.line(String.format(Locale.ROOT, "Took %.1f s.", report.durationMillis() / 1000.0));
        printIssues("Rejected rows", run.rejected(), total.rejected());
        printIssues("Warnings", run.warnings(), total.warnings());
    }

    private void printIssues(String heading, List<RowIssue> listed, long count) {
        if (count == 0) {
            return;
        }
        printer.section(heading + " (" + count + "):");
        listed.stream().limit(BackfillCommand.LISTED_IN_TEXT).forEach(issue -> printer.item(issue.toString()));
        long shown = Math.min(listed.size(), BackfillCommand.LISTED_IN_TEXT);
        if (count > shown) {
            printer.item("... and " + (count - shown) + " more (see --json or the backfill_issues table)");
        }
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
