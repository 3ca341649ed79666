package org.companyunification.cli.command;

import org.companyunification.analytics.Analytics;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code company-cli report}: the dashboard figures of the unified data. */
@Command(name = "report",
        description = {
            "Prints the dashboard: companies by global role, project assignments by role, combinations of roles,",
            "companies by country and type, projects with and without each role, the client pipeline and the",
            "companies on the most projects; each figure is counted in the database."
        })
public final class ReportCommand extends DatabaseCommand {

    /** The largest {@code --top}. */
    public static final int MAX_TOP = 100;

    @Option(names = "--top", paramLabel = "N", description = "Companies a role ranked by projects, from 1 to "
            + MAX_TOP + " (default: " + Analytics.DEFAULT_TOP + ").")
    private int top = Analytics.DEFAULT_TOP;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public ReportCommand(Session session) {
        super(session);
    }

    /**
     * Prints the dashboard.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        org.companyunification.cli.internal.OptionRanges.require(spec, top >= 1 && top <= MAX_TOP,
                "--top must be from 1 to %s, not %s", MAX_TOP, top);
        try (Database database = open(Access.READ, "read the dashboard")) {
            DashboardReport report = DashboardReport.of(database.vendor().displayName(),
                    database.target().displayUrl(), database.target().environment().orElse(null),
                    Analytics.configure().dataSource(database.dataSource()).load().dashboard(top));
            printer.print(json, report, r -> {
                printer.line("Dashboard of " + ReportPrinter.where(r.database(), r.url(), r.environment()) + ":");
                r.print(printer);
            });
        }
        return ExitCode.OK;
    }
}
