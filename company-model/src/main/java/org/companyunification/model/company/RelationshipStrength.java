package org.companyunification.model.company;

import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** How strong the organisation's relationship with a client is ({@code relationship_strength}). */
public enum RelationshipStrength implements LabelledEnum {
    /** A strong relationship. */
    STRONG,
    /** A medium relationship. */
    MEDIUM,
    /** A weak relationship. */
    WEAK,
    /** A new relationship, not rated yet. */
    NEW;

    /**
     * Returns the strength stored as exactly this label.
     *
     * @param label {@code Strong}, {@code Medium}, {@code Weak} or {@code New}
     * @return the strength
     * @throws NullPointerException when the label is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} for any other value
     */
    public static RelationshipStrength of(String label) {
        return Labels.strict(values(), label, "relationship strength");
    }

    /**
     * Reads a legacy value leniently: trims it and ignores case, so {@code "strong "} is {@link #STRONG}.
     *
     * @param raw the stored value, may be {@code null}
     * @return the strength, or empty when the value is {@code null}, blank or does not name one strength
     *     ({@code "Very Strong"})
     */
    public static Optional<RelationshipStrength> normalise(String raw) {
        return Labels.lenient(values(), raw);
    }
}
