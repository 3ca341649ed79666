package org.companyunification.model.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * Checks of text values against the columns that hold them. Lengths count Unicode code points, as the
 * databases do for {@code VARCHAR(n)}.
 */
public final class Texts {

    private static final int QUOTED_PREFIX = 40;

    private Texts() {}

    /**
     * Trims a value that must not be blank and checks its length.
     *
     * @param value the value
     * @param maxLength the most code points the column holds
     * @param what what the value is, for messages ({@code "company name"})
     * @return the trimmed value
     * @throws NullPointerException when the value is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is blank or too long
     */
    public static String required(String value, int maxLength, String what) {
        checkNotNull(value, "%s must not be null", what);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "The " + what + " must not be blank: got '" + value + "'");
        }
        return checkLength(trimmed, maxLength, what);
    }

    /**
     * Trims an optional value, reads a blank one as absent and checks its length.
     *
     * @param value the value, may be {@code null}
     * @param maxLength the most code points the column holds
     * @param what what the value is, for messages
     * @return the trimmed value, or {@code null} when it was {@code null} or blank
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public static String optional(String value, int maxLength, String what) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : checkLength(trimmed, maxLength, what);
    }

    /**
     * Checks the length of a value kept verbatim (legacy rows keep their stray whitespace).
     *
     * @param value the value, may be {@code null}
     * @param maxLength the most code points the column holds
     * @param what what the value is, for messages
     * @return the value unchanged
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public static String checkLength(String value, int maxLength, String what) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length > maxLength) {
                throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                        "The " + what + " '" + abbreviate(value) + "' is " + length
                                + " characters long: at most " + maxLength + " fit");
            }
        }
        return value;
    }

    private static String abbreviate(String value) {
        return value.length() <= QUOTED_PREFIX ? value : value.substring(0, QUOTED_PREFIX) + "...";
    }
}
