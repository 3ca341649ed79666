package org.companyunification.model.company;

import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** How strong the organisation's relationship with a client is ({@code relationship_strength}). */
public enum RelationshipStrength {
    /** A strong relationship. */
    STRONG("Strong"),
    /** A medium relationship. */
    MEDIUM("Medium"),
    /** A weak relationship. */
    WEAK("Weak"),
    /** A new relationship, not rated yet. */
    NEW("New");

    private final String label;

    RelationshipStrength(String label) {
        this.label = label;
    }

    /**
     * Returns the strength stored as exactly this label.
     *
     * @param label {@code Strong}, {@code Medium}, {@code Weak} or {@code New}
     * @return the strength
     * @throws NullPointerException when the label is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} for any other value
     */
    public static RelationshipStrength of(String label) {
        return Labels.strict(values(), RelationshipStrength::label, label, "relationship strength");
    }

    /**
     * Reads a legacy value leniently: trims it and ignores case, so {@code "strong "} is {@link #STRONG}.
     *
     * @param raw the stored value, may be {@code null}
     * @return the strength, or empty when the value is {@code null}, blank or does not name one strength
     *     ({@code "Very Strong"})
     */
    public static Optional<RelationshipStrength> normalise(String raw) {
        return Labels.lenient(values(), RelationshipStrength::label, raw);
    }

    /**
     * Returns the label stored in the database.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
