package org.companyunification.model.reference;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.internal.TimestampedRow;
import org.companyunification.model.internal.Timestamps;

/**
 * An energy project ({@code projects}). Companies play roles on projects through project-scoped role
 * assignments. Equal by id, which is assigned and never changes.
 */
@Entity
@Table(name = "projects")
public class Project extends TimestampedRow {

    @Id
    @Column(name = "project_id")
    private Long id;

    @Column(name = "project_name", nullable = false, length = 255)
    private String name;

    @Column(name = "location", length = 255)
    private String location;

    @Column(name = "country", length = 100)
    private String country;

    @Column(name = "status", length = 50)
    private String status;

    @Column(name = "technology", length = 100)
    private String technology;

    @Column(name = "capacity_mw", precision = 10, scale = 2)
    private BigDecimal capacityMw;

    /** For Hibernate. */
    protected Project() {}

    /**
     * Creates a project.
     *
     * @param id the project id, assigned by the system that owns projects
     * @param name the project name, trimmed, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is blank or too
     *     long
     */
    public Project(long id, String name) {
        super(Timestamps.now());
        this.id = id;
        this.name = Texts.required(name, 255, "project name");
    }

    /**
     * Renames the project.
     *
     * @param name the new name, trimmed, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is blank or too long
     */
    public void rename(String name) {
        this.name = Texts.required(name, 255, "project name");
    }

    /**
     * Records where the project is.
     *
     * @param location the site, at most 255 characters, {@code null} or blank for unknown
     * @param country the country, at most 100 characters, {@code null} or blank for unknown
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when a value is too long
     */
    public void locate(String location, String country) {
        this.location = Texts.optional(location, 255, "project location");
        this.country = Texts.optional(country, 100, "project country");
    }

    /**
     * Records the project's status.
     *
     * @param status the status, at most 50 characters, {@code null} or blank for unknown
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeStatus(String status) {
        this.status = Texts.optional(status, 50, "project status");
    }

    /**
     * Records the project's technology and capacity.
     *
     * @param technology the technology, at most 100 characters, {@code null} or blank for unknown
     * @param capacityMw the capacity in megawatts, at most 8 integer digits and 2 decimals, {@code null} for
     *     unknown
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the technology is too
     *     long
     * @throws IllegalArgumentException when the capacity is negative or does not fit {@code DECIMAL(10,2)}
     */
    public void describeTechnology(String technology, BigDecimal capacityMw) {
        if (capacityMw != null) {
            checkArgument(capacityMw.signum() >= 0, "capacity must not be negative: %s", capacityMw);
            checkArgument(capacityMw.scale() <= 2 && capacityMw.precision() - capacityMw.scale() <= 8,
                    "capacity must fit DECIMAL(10,2): %s", capacityMw);
        }
        this.technology = Texts.optional(technology, 100, "project technology");
        this.capacityMw = capacityMw;
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, {@code null} or blank for none
     */
    public void changeNotes(String notes) {
        setNotes(Texts.optional(notes, Integer.MAX_VALUE, "project notes"));
    }

    /**
     * Returns the project id.
     *
     * @return the id
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns the project name.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the site.
     *
     * @return the location, or empty when unknown
     */
    public Optional<String> getLocation() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the country.
     *
     * @return the country, or empty when unknown
     */
    public Optional<String> getCountry() {
        return Optional.ofNullable(country);
    }

    /**
     * Returns the status.
     *
     * @return the status, or empty when unknown
     */
    public Optional<String> getStatus() {
        return Optional.ofNullable(status);
    }

    /**
     * Returns the technology.
     *
     * @return the technology, or empty when unknown
     */
    public Optional<String> getTechnology() {
        return Optional.ofNullable(technology);
    }

    /**
     * Returns the capacity.
     *
     * @return the capacity in megawatts, or empty when unknown
     */
    public Optional<BigDecimal> getCapacityMw() {
        return Optional.ofNullable(capacityMw);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Project other && Objects.equals(id, other.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Project[" + id + " '" + name + "']";
    }
}
