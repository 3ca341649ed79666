package org.companyunification.cli.command;

import java.util.List;
import java.util.Locale;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code company-cli runs}: lists the recorded backfill and sync runs, oldest first. */
@Command(name = "runs",
        description = {
            "Lists the backfill and sync runs: id, status, steps, batch size, start and end (UTC), kind, oldest first.",
            "A RUNNING or FAILED run is resumed by the next backfill (or sync, for a sync run); any run can be undone"
                    + " with 'rollback --run ID'."
        })
public final class RunsCommand extends DatabaseCommand {

    @Option(names = "--json", description = "Print the runs as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public RunsCommand(Session session) {
        super(session);
    }

    /**
     * Lists the runs.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        try (Database database = open(Access.READ, "list the backfill runs")) {
            List<RunSummary> runs = Backfill.configure().dataSource(database.dataSource()).load().runs();
            Report report = new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), runs.stream().map(Run::of).toList());
            printer.print(json, report, this::print);
        }
        return ExitCode.OK;
    }

    private void print(Report report) {
        String where = ReportPrinter.where(report.database(), report.url(), report.environment());
        if (report.runs().isEmpty()) {
            printer.line("No backfill or sync runs recorded in " + where + ".");
            return;
        }
        printer.line("Backfill and sync runs of " + where + ":");
        TextTable table = new TextTable().right("run").left("status").left("steps").right("batch size")
                .left("started").left("finished").left("kind");
        for (Run run : report.runs()) {
            table.row(run.runId(), run.status(), String.join(",", run.steps()), run.batchSize(), run.startedAt(),
                    run.finishedAt() == null ? "-" : run.finishedAt(), run.kind());
        }
        printer.table(table);
    }

    /**
     * The result of the command, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param runs the runs, oldest first
     */
    record Report(String database, String url, String environment, List<Run> runs) {}

    /**
     * One run.
     *
     * @param runId its id
     * @param status {@code RUNNING}, {@code COMPLETED}, {@code FAILED} or {@code ROLLED_BACK}
     * @param steps the steps it was asked to run
     * @param batchSize the batch size it committed with
     * @param startedAt when it started (ISO-8601, UTC)
     * @param finishedAt when it ended, or {@code null} while running or after a kill
     * @param kind {@code backfill} or {@code sync}
     */
    record Run(long runId, String status, List<String> steps, int batchSize, String startedAt, String finishedAt,
            String kind) {

        static Run of(RunSummary run) {
            return new Run(run.runId(), run.status().name(),
                    run.steps().stream().sorted().map(step -> step.name().toLowerCase(Locale.ROOT)).toList(),
                    run.batchSize(), run.startedAt().toString(),
                    run.finishedAt().map(Object::toString).orElse(null), run.kind().name().toLowerCase(Locale.ROOT));
        }
    }
}
