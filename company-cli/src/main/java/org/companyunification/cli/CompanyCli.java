package org.companyunification.cli;

import org.companyunification.cli.command.BackfillCommand;
import org.companyunification.cli.command.BenchChartCommand;
import org.companyunification.cli.command.BenchCommand;
import org.companyunification.cli.command.CompaniesCommand;
import org.companyunification.cli.command.CompanyCommand;
import org.companyunification.cli.command.ConsistencyCommand;
import org.companyunification.cli.command.DemoCommand;
import org.companyunification.cli.command.DuplicatesCommand;
import org.companyunification.cli.command.MergeCommand;
import org.companyunification.cli.command.NetworkCommand;
import org.companyunification.cli.command.ReportCommand;
import org.companyunification.cli.command.RollbackCommand;
import org.companyunification.cli.command.RunsCommand;
import org.companyunification.cli.command.SchemaCommand;
import org.companyunification.cli.command.SyncCommand;
import org.companyunification.cli.command.UnmergeCommand;
import org.companyunification.cli.command.ValidateCommand;
import org.companyunification.cli.internal.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command. A new command is one class in {@code org.companyunification.cli.command} and one line in
 * {@code subcommands} below.
 */
@Command(name = "company-cli",
        // Every subcommand inherits --help, --version and the exit code list.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = CompanyCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Moves companies from the six legacy role tables to the unified companies schema.",
        subcommands = {
            SchemaCommand.class,
            BackfillCommand.class,
            ValidateCommand.class,
            ConsistencyCommand.class,
            RunsCommand.class,
            CompaniesCommand.class,
            CompanyCommand.class,
            DuplicatesCommand.class,
            ReportCommand.class,
            NetworkCommand.class,
            DemoCommand.class,
            SyncCommand.class,
            RollbackCommand.class,
            BenchCommand.class,
            BenchChartCommand.class,
            MergeCommand.class,
            UnmergeCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a validation or consistency check ran and found problems",
            "2:error: a bad option, an unreachable database, a failed migration"
        },
        footerHeading = "%nPassword:%n",
        footer = "Taken from the COMPANY_DB_PASSWORD environment variable or from --password-file FILE,"
                + " never from the command line.")
final class CompanyCli implements Runnable {

    private final Session session;

    @Spec
    private CommandSpec spec;

    CompanyCli(Session session) {
        this.session = session;
    }

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print nothing on success except --json output; errors still go to standard error.")
    void setQuiet(boolean quiet) {
        session.setQuiet(quiet);
    }

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log the library's progress (INFO, DEBUG for company-unification) and print stack"
                    + " traces with errors.")
    void setVerbose(boolean verbose) {
        session.setVerbose(verbose);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CompanyCli.class.getPackage().getImplementationVersion();
            return new String[] {"company-cli " + (version == null ? "(development build)" : version)};
        }
    }
}
