package org.companyunification.model;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked exception root of the library. Its {@link #errorCode()} says what kind of failure it is;
 * its message names the table, the row and what to do where those are known.
 */
public class CompanyUnificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;

    /**
     * Creates an exception.
     *
     * @param errorCode what kind of failure this is
     * @param message a message that says what was wrong and what to do
     */
    public CompanyUnificationException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = requireNonNull(errorCode, "errorCode");
    }

    /**
     * Creates an exception caused by another.
     *
     * @param errorCode what kind of failure this is
     * @param message a message that says what was wrong and what to do
     * @param cause the underlying failure
     */
    public CompanyUnificationException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = requireNonNull(errorCode, "errorCode");
    }

    /**
     * Returns what kind of failure this is.
     *
     * @return the error code, never {@code null}
     */
    public ErrorCode errorCode() {
        return errorCode;
    }
}
