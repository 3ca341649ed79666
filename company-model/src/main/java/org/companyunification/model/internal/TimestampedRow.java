package org.companyunification.model.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The {@code notes}, {@code created_at} and {@code updated_at} columns that the shared {@code projects} and
 * {@code personnel} tables and the six legacy company tables have, all nullable: rows written by the legacy
 * applications may leave them empty. {@code updated_at} is set whenever Hibernate updates the row.
 */
@MappedSuperclass
public abstract class TimestampedRow {

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    /** For Hibernate. */
    protected TimestampedRow() {}

    /**
     * Starts a new row.
     *
     * @param createdAt the creation time
     */
    protected TimestampedRow(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Replaces the notes as given; subclasses decide how they clean them.
     *
     * @param notes the notes, {@code null} for none
     */
    protected void setNotes(String notes) {
        this.notes = notes;
    }

    @PreUpdate
    void touch() {
        updatedAt = Timestamps.now();
    }

    /**
     * Returns the notes.
     *
     * @return the notes, or empty when NULL
     */
    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    /**
     * Returns when the row was created.
     *
     * @return the creation time, or empty when NULL
     */
    public Optional<LocalDateTime> getCreatedAt() {
        return Optional.ofNullable(createdAt);
    }

    /**
     * Returns when the row was last changed.
     *
     * @return the time of the last change, or empty when NULL
     */
    public Optional<LocalDateTime> getUpdatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
