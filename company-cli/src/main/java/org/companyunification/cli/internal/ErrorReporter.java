package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.companyunification.model.CompanyUnificationException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and exit code {@value ExitCode#ERROR}; {@code --verbose} adds
 * the stack trace. The line names the command, then says what was wrong and what to do.
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
            message = oneLine(error.getMessage()) + " (see '" + name + " --help')";
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
        session.err().println(command.getCommandSpec().qualifiedName() + ": " + describe(error));
        if (session.verbose()) {
            error.printStackTrace(session.err());
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
            return oneLine(error.getMessage());
        }
        return oneLine("unexpected " + error.getClass().getSimpleName() + ": " + error.getMessage()
                + " (run again with --verbose for the stack trace)");
    }

    /**
     * Joins the lines of a message with spaces.
     *
     * @param message a message, may be {@code null}
     * @return the message on one line
     */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
