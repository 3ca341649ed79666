package org.companyunification.cli.command;

import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.CliException;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.query.CompanyQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code company-cli company ID}: everything about one company, the legacy rows it came from included. */
@Command(name = "company",
        description = {
            "Prints one company: its details, global roles, project roles, client profile, current and past people,",
            "links to other companies and the legacy rows it came from. An unknown id is an error (exit code 2).",
            "The id of a company merged into another shows the company it was merged into."
        })
public final class CompanyCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The company id.")
    private long companyId;

    @Option(names = "--json", description = "Print the company as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public CompanyCommand(Session session) {
        super(session);
    }

    /**
     * Prints the company.
     *
     * @return {@value ExitCode#OK}
     * @throws CliException when there is no company with the id, which exits with {@value ExitCode#ERROR}
     */
    @Override
    public Integer call() {
        try (Database database = open(Access.READ, "read a company");
                CompanyQuery query = CompanyQuery.configure().dataSource(database.dataSource()).load()) {
            CompanyDetailReport detail = query.companyDetail(companyId).map(CompanyDetailReport::of)
                    .orElseThrow(() -> new CliException("no company with id " + companyId + " in "
                            + ReportPrinter.where(database) + "; 'companies' lists the ids"));
            printer.print(json, detail, d -> {
                printer.line("Company " + d.id() + " of " + ReportPrinter.where(database) + ": " + d.name());
                if (d.id() != companyId) {
                    printer.line("  (company " + companyId + " was merged into it)");
                }
                d.print(printer);
            });
        }
        return ExitCode.OK;
    }
}
