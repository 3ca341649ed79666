package org.companyunification.model.company;

import java.util.Arrays;
import java.util.Optional;

/** Provisional. */
public enum ClientPriority {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");
    private final String label;
    ClientPriority(String label) { this.label = label; }
    public String label() { return label; }
    public static Optional<ClientPriority> normalise(String raw) {
        if (raw == null) return Optional.empty();
        return Arrays.stream(values()).filter(v -> v.label.equalsIgnoreCase(raw.strip())).findFirst();
    }
}
