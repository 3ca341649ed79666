package org.companyunification.cli;

import org.companyunification.cli.console.CliEnvironment;
import org.companyunification.cli.internal.CommandFactory;
import org.companyunification.cli.internal.ErrorReporter;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.LogSetup;
import org.companyunification.cli.internal.Session;
import picocli.CommandLine;

/**
 * Starts the command-line tool.
 *
 * <p>{@link #main} runs it in this process and exits with its exit code; {@link #run} runs it without exiting,
 * against a given {@link CliEnvironment}, which is how tests and other Java programs call it. Exit codes:
 * {@value #OK} success, {@value #VALIDATION_FAILED} a validation or consistency check found problems, {@value #ERROR} an error (a bad
 * option, an unreachable database, a failed migration, or an error of the JVM such as running out of memory),
 * reported as one line on standard error.
 */
public final class Main {

    /** The exit code of a command that did its job. */
    public static final int OK = ExitCode.OK;

    /** The exit code of a validation or consistency check that ran and found problems. */
    public static final int VALIDATION_FAILED = ExitCode.VALIDATION_FAILED;

    /** The exit code of a command that could not do its job. */
    public static final int ERROR = ExitCode.ERROR;

    private Main() {}

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line, for example {@code schema --url jdbc:h2:file:./companies}
     */
    public static void main(String... args) {
        System.exit(run(CliEnvironment.system(), args));
    }

    /**
     * Runs the tool in this JVM and returns its exit code. Output goes to the environment's streams; the
     * library's logs go to its standard error while the command runs.
     *
     * @param environment the streams, variables, working directory and terminal to use
     * @param args the command line
     * @return {@value #OK}, {@value #VALIDATION_FAILED} or {@value #ERROR}
     */
    public static int run(CliEnvironment environment, String... args) {
        Session session = new Session(environment);
        LogSetup.configure(session);
        ErrorReporter errors = new ErrorReporter(session);
        try {
            CommandLine commandLine = new CommandLine(CompanyCli.class, new CommandFactory(session));
            commandLine.setOut(session.out())
                    .setErr(session.err())
                    .setParameterExceptionHandler(errors::parameterError)
                    .setExecutionExceptionHandler(errors::executionError)
                    .setExecutionStrategy(parseResult -> {
                        // Options are parsed now, so --verbose is known.
                        LogSetup.configure(session);
                        try {
                            return new CommandLine.RunLast().execute(parseResult);
                        } catch (Error error) {
                            // picocli hands only exceptions to the handler; an Error would end the JVM with a
                            // stack trace and exit code 1, which means "validation found problems".
                            return errors.fatalError(error, commandName(parseResult));
                        }
                    });
            return commandLine.execute(args);
        } catch (Error error) {
            return errors.fatalError(error, "company-cli");
        } finally {
            session.out().flush();
            session.err().flush();
            LogSetup.restoreDefaults();
        }
    }

    private static String commandName(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last.commandSpec().qualifiedName();
    }
}
