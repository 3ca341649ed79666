package org.companyunification.model.company;

import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** How much attention a client gets ({@code client_priority}). */
public enum ClientPriority implements LabelledEnum {
    /** High priority. */
    HIGH,
    /** Medium priority. */
    MEDIUM,
    /** Low priority. */
    LOW;

    /**
     * Returns the priority stored as exactly this label.
     *
     * @param label {@code High}, {@code Medium} or {@code Low}
     * @return the priority
     * @throws NullPointerException when the label is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} for any other value
     */
    public static ClientPriority of(String label) {
        return Labels.strict(values(), label, "client priority");
    }

    /**
     * Reads a legacy value leniently: trims it and ignores case, so {@code "HIGH"} is {@link #HIGH}.
     *
     * @param raw the stored value, may be {@code null}
     * @return the priority, or empty when the value is {@code null}, blank or does not name one priority
     */
    public static Optional<ClientPriority> normalise(String raw) {
        return Labels.lenient(values(), raw);
    }
}
