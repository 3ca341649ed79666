package org.companyunification.cli.command;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.ConnectionOptions;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.Json;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.RollbackResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code company-cli rollback --run ID}: undoes one backfill run and prints what was deleted. */
@Command(name = "rollback",
        description = {
            "Undoes one backfill run and prints what was deleted.",
            "Deletes, in one transaction, the unified rows the run created (companies, role assignments, client"
                    + " profiles, affiliations and their origin records). Legacy tables are not touched.",
            "Rows applications wrote since stay, and so does a company they refer to. Find the run id with 'runs'."
        })
public final class RollbackCommand implements Callable<Integer> {

    private final Session session;

    @Mixin
    private ConnectionOptions connection;

    @Option(names = "--run", paramLabel = "ID", required = true, description = "The id of the run to undo.")
    private long runId;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public RollbackCommand(Session session) {
        this.session = requireNonNull(session, "session");
    }

    /**
     * Rolls the run back.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        try (Database database = connection.open(session, Access.WRITE, "roll back backfill run " + runId)) {
            RollbackResult result = Backfill.configure().dataSource(database.dataSource()).load().rollback(runId);
            Report report = new Report(database.vendor().displayName(), database.target().url(),
                    database.target().environment().orElse(null), result.runId(), new TreeMap<>(result.deleted()),
                    result.totalDeleted(), result.companiesKept());
            if (json) {
                Json.print(session, report);
            } else {
                print(report);
            }
        }
        return ExitCode.OK;
    }

    private void print(Report report) {
        session.print("Rolled back backfill run " + report.runId() + " of " + report.database() + " at "
                + report.url() + (report.environment() == null ? "" : " (environment " + report.environment() + ")")
                + ":");
        TextTable table = new TextTable().left("unified table").right("rows deleted");
        report.deleted().forEach(table::row);
        table.row("total", report.totalDeleted());
        table.lines("  ").forEach(session::print);
        session.print("Companies kept because rows written since refer to them: " + report.companiesKept());
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
     */
    record Report(String database, String url, String environment, long runId, Map<String, Long> deleted,
            long totalDeleted, long companiesKept) {}
}
