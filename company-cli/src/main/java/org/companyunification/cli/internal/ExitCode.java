package org.companyunification.cli.internal;

/**
 * The tool's exit codes, which {@link org.companyunification.cli.Main} publishes: the commands and the error
 * reporting return them without depending on the entry point.
 */
public final class ExitCode {

    /** The exit code of a command that did its job. */
    public static final int OK = 0;

    /** The exit code of a validation that ran and found problems. */
    public static final int VALIDATION_FAILED = 1;

    /** The exit code of a command that could not do its job. */
    public static final int ERROR = 2;

    private ExitCode() {}
}
