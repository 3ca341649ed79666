package org.companyunification.cli.console;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the tool sees of the world around it: where it prints, the environment variables, the working directory,
 * the terminal and where progress is drawn. {@link #system()} is the real one; tests hand in their own to run the
 * tool in-process.
 *
 * @param out standard output: the result of a command, and nothing else
 * @param err standard error: errors, warnings and logs
 * @param variables the environment variables (for example {@code COMPANY_DB_PASSWORD})
 * @param workingDirectory the directory relative paths and the default database are resolved against
 * @param terminal where to ask for confirmation
 * @param progress where long-running commands draw progress bars
 * @param in standard input: the answers of a command that walks through questions ({@code duplicates
 *     --interactive}), typed or piped
 */
public record CliEnvironment(
        PrintStream out, PrintStream err, Map<String, String> variables, Path workingDirectory, Terminal terminal,
        ProgressDisplay progress, InputStream in) {

    /**
     * Creates an environment.
     *
     * @throws NullPointerException when any component is {@code null}
     */
    public CliEnvironment {
        requireNonNull(out, "out");
        requireNonNull(err, "err");
        variables = Map.copyOf(requireNonNull(variables, "variables"));
        workingDirectory = requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
        requireNonNull(terminal, "terminal");
        requireNonNull(progress, "progress");
        requireNonNull(in, "in");
    }

    /**
     * Creates an environment with an empty standard input.
     *
     * @param out standard output
     * @param err standard error
     * @param variables the environment variables
     * @param workingDirectory the working directory
     * @param terminal where to ask for confirmation
     * @param progress where progress is drawn
     * @throws NullPointerException when any argument is {@code null}
     */
    public CliEnvironment(PrintStream out, PrintStream err, Map<String, String> variables, Path workingDirectory,
            Terminal terminal, ProgressDisplay progress) {
        this(out, err, variables, workingDirectory, terminal, progress, InputStream.nullInputStream());
    }

    /**
     * Creates an environment that draws no progress ({@link ProgressDisplay#none()}), as scripts and tests want.
     *
     * @param out standard output
     * @param err standard error
     * @param variables the environment variables
     * @param workingDirectory the working directory
     * @param terminal where to ask for confirmation
     * @throws NullPointerException when any argument is {@code null}
     */
    public CliEnvironment(
            PrintStream out, PrintStream err, Map<String, String> variables, Path workingDirectory, Terminal terminal) {
        this(out, err, variables, workingDirectory, terminal, ProgressDisplay.none());
    }

    /**
     * Returns the environment of this process: {@code System.out}, {@code System.err}, {@code System.getenv()},
     * the current directory, the console, progress bars on standard error when it is a terminal, and {@code
     * System.in}.
     *
     * @return the system environment
     */
    public static CliEnvironment system() {
        return new CliEnvironment(System.out, System.err, System.getenv(), Path.of(""), Terminal.system(),
                ProgressDisplay.system(), System.in);
    }

    /**
     * Returns one environment variable.
     *
     * @param name the variable name
     * @return its value, or empty when it is unset or blank
     */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }
}
