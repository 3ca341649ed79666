package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.companyunification.model.CompanyUnificationException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and exit code {@value ExitCode#ERROR}; {@code --verbose} adds
 * the stack trace. The line names the command, then says what was wrong and what to do. The line is made safe with
 * {@link TerminalText#errorMessage}: no SQL dump, no control character, at most a few hundred characters. Errors of
 * the JVM ({@link OutOfMemoryError}, {@link StackOverflowError}, ...) are reported the same way, with exit code
 * {@value ExitCode#ERROR}, never {@value ExitCode#VALIDATION_FAILED}.
 */
public final class ErrorReporter {

    private final Session session;

    /**
     * Creates a reporter.
     *
     * @param session the run whose standard error receives the reports
     */
    public ErrorReporter(Session session) {
        this.session = requireNonNull(session, "session");
    }

    /**
     * Reports a command line that could not be parsed (an unknown option, a missing value).
     *
     * @param error the parse error
     * @param args the command line
     * @return {@value ExitCode#ERROR}
     */
    public int parameterError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message;
        if (Arrays.stream(args).anyMatch(arg -> arg.equals("--password") || arg.startsWith("--password="))) {
            // Never echo the arguments: the next one is probably the password.
            message = "there is no --password option: put the password in the COMPANY_DB_PASSWORD environment"
                    + " variable or in a file named by --password-file";
        } else {
            message = TerminalText.errorMessage(error.getMessage()) + " (see '" + name + " --help')";
        }
        session.err().println(name + ": " + message);
        return ExitCode.ERROR;
    }

    /**
     * Reports a command that failed while running.
     *
     * @param error what the command threw
     * @param command the command that ran
     * @param parseResult the parsed command line
     * @return {@value ExitCode#ERROR}
     */
    public int executionError(Exception error, CommandLine command, ParseResult parseResult) {
        return report(command.getCommandSpec().qualifiedName(), error);
    }

    /**
     * Reports an {@link Error} of the JVM that escaped a command, an {@link OutOfMemoryError} for example, or
     * anything else that escaped the command line's own handling.
     *
     * @param error what was thrown
     * @param commandName the qualified name of the command that ran, for example {@code company-cli backfill}
     * @return {@value ExitCode#ERROR}
     */
    public int fatalError(Throwable error, String commandName) {
        return report(commandName, error);
    }

    private int report(String commandName, Throwable error) {
        session.err().println(commandName + ": " + describe(error));
        if (session.verbose()) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            trace.toString().lines().map(TerminalText::safeKeepingTabs).forEach(session.err()::println);
        }
        session.err().flush();
        return ExitCode.ERROR;
    }

    /**
     * Describes a failure in one line: the message of the tool's and the library's own exceptions, which are
     * written for people, or the type and message of anything unexpected.
     *
     * @param error the failure
     * @return one line, without line breaks
     */
    static String describe(Throwable error) {
        if (error instanceof CliException || error instanceof CompanyUnificationException) {
            return TerminalText.errorMessage(error.getMessage());
        }
        if (error instanceof OutOfMemoryError) {
            return TerminalText.errorMessage("ran out of memory (" + error.getMessage() + "). Nothing more was"
                    + " done; lower --batch-size (or --scale), or give Java more heap, for example"
                    + " JAVA_TOOL_OPTIONS=-Xmx4g. A backfill stopped this way is resumed by the next backfill");
        }
        String hint = " (run again with --verbose for the stack trace)";
        String kind = error instanceof Error ? "internal error " : "unexpected ";
        return TerminalText.cap(TerminalText.errorMessage(kind + error.getClass().getSimpleName() + ": "
                + error.getMessage()) + hint, TerminalText.MAX_MESSAGE_LENGTH + hint.length());
    }
}
