package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;

/**
 * One cell of the client pipeline: how many client profiles have a priority and a relationship strength.
 *
 * @param priority the client priority, or {@code null} for the profiles without one
 * @param strength the relationship strength, or {@code null} for the profiles without one
 * @param clients how many client profiles have both, more than zero
 */
public record PipelineCell(ClientPriority priority, RelationshipStrength strength, long clients) {

    /**
     * Checks the count.
     *
     * @throws IllegalArgumentException when the count is not positive
     */
    public PipelineCell {
        checkArgument(clients > 0, "clients must be positive: %s", clients);
    }

    /**
     * Returns the priority, if recorded.
     *
     * @return the priority, or empty
     */
    public Optional<ClientPriority> recordedPriority() {
        return Optional.ofNullable(priority);
    }

    /**
     * Returns the strength, if recorded.
     *
     * @return the strength, or empty
     */
    public Optional<RelationshipStrength> recordedStrength() {
        return Optional.ofNullable(strength);
    }
}
