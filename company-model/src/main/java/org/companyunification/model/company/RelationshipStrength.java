package org.companyunification.model.company;

import java.util.Arrays;
import java.util.Optional;

/** Provisional. */
public enum RelationshipStrength {
    STRONG("Strong"), MEDIUM("Medium"), WEAK("Weak"), NEW("New");
    private final String label;
    RelationshipStrength(String label) { this.label = label; }
    public String label() { return label; }
    public static Optional<RelationshipStrength> normalise(String raw) {
        if (raw == null) return Optional.empty();
        return Arrays.stream(values()).filter(v -> v.label.equalsIgnoreCase(raw.strip())).findFirst();
    }
}
