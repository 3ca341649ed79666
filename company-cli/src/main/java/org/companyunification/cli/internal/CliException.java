package org.companyunification.cli.internal;

/**
 * A failure the person at the terminal can fix (a bad option value, a missing file, a refused confirmation).
 * Its message is printed as the one error line, so it says what was wrong and what to do.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what was wrong and what to do, one sentence
     */
    public CliException(String message) {
        super(message);
    }

    /**
     * Creates an exception caused by another, shown with {@code --verbose}.
     *
     * @param message what was wrong and what to do, one sentence
     * @param cause the underlying failure
     */
    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
