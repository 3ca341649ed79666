package org.companyunification.model.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A unified row that changes after it is created ({@code companies}, {@code client_profiles}): besides the
 * columns of {@link UnifiedRow}, {@code updated_at}, set whenever Hibernate updates the row.
 */
@MappedSuperclass
public abstract class ChangeableUnifiedRow extends UnifiedRow {

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    /** For the subclasses and Hibernate. */
    protected ChangeableUnifiedRow() {}

    @PreUpdate
    void touch() {
        updatedAt = Timestamps.now();
    }

    /**
     * Returns when the row was last changed.
     *
     * @return the time of the last change, or empty when never changed
     */
    public Optional<LocalDateTime> getUpdatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
