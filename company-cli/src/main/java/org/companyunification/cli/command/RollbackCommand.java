package org.companyunification.cli.command;

import java.util.Map;
import java.util.TreeMap;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.cli.internal.WaitOption;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.RollbackResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code company-cli rollback --run ID}: undoes one backfill or sync run and prints what was deleted and restored. */
@Command(name = "rollback",
        description = {
            "Undoes one backfill or sync run and prints what was deleted (and, for a sync run, restored).",
            "Deletes, in one transaction, the unified rows the run created (companies, role assignments, client"
                    + " profiles, affiliations and their origin records). Legacy tables are not touched.",
            "Rows applications wrote since stay, and so does a company they refer to. Find the run id with 'runs'.",
            "A sync run's rollback also puts back the unified rows it deleted because their legacy rows were gone.",
            "A run that is still executing cannot be rolled back: the rollback is refused (exit code 2, naming what"
                    + " writes) unless --wait is given, and then waits for it to finish."
        })
public final class RollbackCommand extends DatabaseCommand {

    private long runId;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Mixin
    private WaitOption wait;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public RollbackCommand(Session session) {
        super(session);
    }

    @Option(names = "--run", paramLabel = "ID", required = true,
            description = "The id of the run to undo, a positive whole number (see 'runs').")
    void setRunId(long runId) {
        OptionRanges.require(spec, runId >= 1, "--run must be the positive id of a backfill run (see 'runs'), not %s",
                runId);
        this.runId = runId;
    }

    /**
     * Rolls the run back.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        try (Database database = open(Access.WRITE, "roll back backfill run " + runId)) {
            RollbackResult result = Backfill.configure().dataSource(database.dataSource()).lockWait(wait.duration()).load()
                    .rollback(runId);
            Report report = new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), result.runId(), new TreeMap<>(result.deleted()),
                    result.totalDeleted(), result.companiesKept(), new TreeMap<>(result.restored()),
                    result.totalRestored());
            printer.print(json, report, this::print);
        }
        return ExitCode.OK;
    }

    private void print(Report report) {
        printer.line("Rolled back run " + report.runId() + " of "
                + ReportPrinter.where(report.database(), report.url(), report.environment()) + ":");
        TextTable table = new TextTable().left("unified table").right("rows deleted");
        report.deleted().forEach(table::row);
        table.row("total", report.totalDeleted());
        printer.table(table);
        printer.line("Companies kept because rows written since refer to them: " + report.companiesKept());
        if (report.totalRestored() > 0) {
            TextTable restored = new TextTable().left("unified table").right("rows restored");
            report.restored().forEach(restored::row);
            restored.row("total", report.totalRestored());
            printer.table(restored);
        }
    }

    /**
     * The result of the command, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param runId the run undone
     * @param deleted per unified table, the rows deleted, by table name
     * @param totalDeleted the rows deleted in all
     * @param companiesKept companies the run created that stay because later rows refer to them
     * @param restored per unified table, the rows a sync run had deleted that were put back, by table name
     * @param totalRestored the rows restored in all
     */
    record Report(String database, String url, String environment, long runId, Map<String, Long> deleted,
            long totalDeleted, long companiesKept, Map<String, Long> restored, long totalRestored) {}
}
