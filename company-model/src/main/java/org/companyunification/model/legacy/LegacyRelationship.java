package org.companyunification.model.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.companyunification.model.internal.Timestamps;

/**
 * The columns every legacy relationship table has ({@code personnel_entity_relationships} and the five {@code
 * project_*_relationships} tables): the {@code relationship_id}, the {@code is_primary} flag, the {@code notes}
 * and {@code created_at}. Values are kept verbatim, as the legacy applications wrote them.
 *
 * <p>Ids are assigned by the legacy applications, never generated. Two rows are equal when they are of the same
 * table and have the same id.
 */
@MappedSuperclass
public abstract class LegacyRelationship {

    @Id
    @Column(name = "relationship_id")
    private Long id;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    /** For Hibernate. */
    protected LegacyRelationship() {}

    /**
     * Starts a row created now.
     *
     * @param id the relationship id
     * @param primary the primary flag
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    protected LegacyRelationship(long id, boolean primary, String notes) {
        this.id = id;
        this.primary = primary;
        this.notes = notes;
        this.createdAt = Timestamps.now();
    }

    /**
     * Returns the name of the table this row lives in.
     *
     * @return the table name, for example {@code project_vendor_relationships}
     */
    public abstract String getTableName();

    /**
     * Replaces the primary flag.
     *
     * @param primary the flag
     */
    protected void setPrimary(boolean primary) {
        this.primary = primary;
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    protected void setNotes(String notes) {
        this.notes = notes;
    }

    /**
     * Returns the relationship id.
     *
     * @return the id
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns the primary flag.
     *
     * @return the flag
     */
    public boolean isPrimary() {
        return primary;
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

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LegacyRelationship other
                && getTableName().equals(other.getTableName()) && Objects.equals(id, other.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getTableName(), id);
    }
}
