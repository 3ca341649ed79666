package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.companyunification.cli.console.CliEnvironment;

/**
 * The state of one run of the tool: its environment, its output streams (which mask {@link Secrets}) and the
 * global options {@code --quiet} and {@code --verbose}. Commands receive it in their constructor.
 */
public final class Session {

    private final CliEnvironment environment;
    private final Secrets secrets = new Secrets();
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile boolean quiet;
    private volatile boolean verbose;

    /**
     * Creates the session of a run.
     *
     * @param environment the streams, variables, working directory and terminal of the run
     */
    public Session(CliEnvironment environment) {
        this.environment = requireNonNull(environment, "environment");
        Charset charset = Charset.defaultCharset();
        this.out = new PrintWriter(new MaskingWriter(new OutputStreamWriter(environment.out(), charset), secrets),
                true);
        this.err = new PrintWriter(new MaskingWriter(new OutputStreamWriter(environment.err(), charset), secrets),
                true);
    }

    /**
     * Returns the environment of the run.
     *
     * @return the environment
     */
    public CliEnvironment environment() {
        return environment;
    }

    /**
     * Returns the secrets that output is masked against; register a password here as soon as it is known.
     *
     * @return the secrets of this run
     */
    public Secrets secrets() {
        return secrets;
    }

    /**
     * Returns standard output, for the result of a command.
     *
     * @return a masking writer that flushes at each line
     */
    public PrintWriter out() {
        return out;
    }

    /**
     * Returns standard error, for errors, warnings and logs.
     *
     * @return a masking writer that flushes at each line
     */
    public PrintWriter err() {
        return err;
    }

    /**
     * Tells whether {@code --quiet} was given: print nothing on success except requested {@code --json}.
     *
     * @return {@code true} when quiet
     */
    public boolean quiet() {
        return quiet;
    }

    /**
     * Sets {@code --quiet}.
     *
     * @param quiet whether to print nothing on success
     */
    public void setQuiet(boolean quiet) {
        this.quiet = quiet;
    }

    /**
     * Tells whether {@code --verbose} was given: log progress and print stack traces with errors.
     *
     * @return {@code true} when verbose
     */
    public boolean verbose() {
        return verbose;
    }

    /**
     * Sets {@code --verbose}.
     *
     * @param verbose whether to log progress and print stack traces
     */
    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    /**
     * Prints a line of human-readable output unless {@code --quiet} was given.
     *
     * @param line the text
     */
    public void print(String line) {
        if (!quiet) {
            out.println(line);
        }
    }
}
