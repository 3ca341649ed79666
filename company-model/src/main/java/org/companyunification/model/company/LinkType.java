package org.companyunification.model.company;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;

/**
 * What a link between two companies means ({@code internal_external_links.link_type}), for example
 * {@code subsidiary} or {@code joint venture}: trimmed, not blank, at most {@value #MAX_LENGTH} characters.
 *
 * @param value the trimmed link type
 */
public record LinkType(String value) {

    /** The longest link type the column holds. */
    public static final int MAX_LENGTH = 50;

    /**
     * Creates a link type, trimming the value.
     *
     * @param value the link type
     * @throws NullPointerException when the value is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is blank or longer
     *     than {@value #MAX_LENGTH} characters
     */
    public LinkType {
        value = Texts.required(value, MAX_LENGTH, "link type");
    }

    /**
     * Creates a link type, trimming the value.
     *
     * @param value the link type
     * @return the link type
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is blank or too long
     */
    public static LinkType of(String value) {
        return new LinkType(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
