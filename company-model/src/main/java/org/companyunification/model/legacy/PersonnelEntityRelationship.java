package org.companyunification.model.legacy;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.internal.Texts;

/**
 * A row of the legacy {@code personnel_entity_relationships} table: a person related to a row of one of the six
 * company tables or to a project, named by {@code entity_type} and {@code entity_id}. The table declares no
 * foreign keys, and the values are kept verbatim, including end dates before start dates.
 */
@Entity
@Table(name = PersonnelEntityRelationship.TABLE)
public class PersonnelEntityRelationship extends LegacyRelationship {

    /** The table name. */
    public static final String TABLE = "personnel_entity_relationships";

    /** The {@code entity_type} of a relationship with a project rather than a company. */
    public static final String PROJECT_ENTITY_TYPE = "project";

    private static final Map<String, RoleCode> COMPANY_ENTITY_TYPES = Map.of(
            "vendor", RoleCode.VENDOR,
            "owner", RoleCode.DEVELOPER,
            "operator", RoleCode.OPERATOR,
            "constructor", RoleCode.CONSTRUCTOR,
            "offtaker", RoleCode.OFFTAKER,
            "client", RoleCode.CLIENT);

    @Column(name = "personnel_id", nullable = false)
    private long personnelId;

    @Column(name = "entity_type", nullable = false, length = 50)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "role_title", length = 255)
    private String roleTitle;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /** For Hibernate. */
    protected PersonnelEntityRelationship() {}

    /**
     * Creates a row without title, dates or notes.
     *
     * @param id the relationship id
     * @param personnelId the person
     * @param entityType what the entity id points at: {@code vendor}, {@code owner}, {@code operator},
     *     {@code constructor}, {@code offtaker}, {@code client} or {@code project}; kept verbatim, at most 50
     *     characters
     * @param entityId the id of the row in the table the entity type names
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the entity type is too
     *     long
     */
    public PersonnelEntityRelationship(long id, long personnelId, String entityType, long entityId) {
        super(id, false, null);
        checkNotNull(entityType, "entity type must not be null");
        this.personnelId = personnelId;
        this.entityType = Texts.checkLength(entityType, 50, "entity type");
        this.entityId = entityId;
    }

    /**
     * Replaces title, primary flag, dates and notes, verbatim: dates in the wrong order are kept, as legacy
     * applications wrote them.
     *
     * @param roleTitle the title, at most 255 characters, {@code null} for none
     * @param primary the primary flag
     * @param startDate the start date, {@code null} for none
     * @param endDate the end date, {@code null} for none
     * @param notes the notes, {@code null} for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the title is too long
     */
    public void changeTerms(String roleTitle, boolean primary, LocalDate startDate, LocalDate endDate,
            String notes) {
        this.roleTitle = Texts.checkLength(roleTitle, 255, "role title");
        setPrimary(primary);
        this.startDate = startDate;
        this.endDate = endDate;
        setNotes(notes);
    }

    /**
     * Returns the table name.
     *
     * @return {@value #TABLE}
     */
    @Override
    public String getTableName() {
        return TABLE;
    }

    /**
     * Returns the role whose legacy company table the entity id points into, reading the entity type trimmed and
     * ignoring case ({@code owner} is {@link RoleCode#DEVELOPER}).
     *
     * @return the role, or empty when the entity type is {@code project} or unknown
     */
    public Optional<RoleCode> getCompanyRole() {
        return Optional.ofNullable(COMPANY_ENTITY_TYPES.get(entityType.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns the person, which may not exist.
     *
     * @return the personnel id
     */
    public long getPersonnelId() {
        return personnelId;
    }

    /**
     * Returns the entity type as stored.
     *
     * @return the entity type
     */
    public String getEntityType() {
        return entityType;
    }

    /**
     * Returns the id of the entity, which may not exist.
     *
     * @return the entity id
     */
    public long getEntityId() {
        return entityId;
    }

    /**
     * Returns the title.
     *
     * @return the title, or empty when NULL
     */
    public Optional<String> getRoleTitle() {
        return Optional.ofNullable(roleTitle);
    }

    /**
     * Returns the start date.
     *
     * @return the date, or empty when NULL
     */
    public Optional<LocalDate> getStartDate() {
        return Optional.ofNullable(startDate);
    }

    /**
     * Returns the end date.
     *
     * @return the date, or empty when NULL
     */
    public Optional<LocalDate> getEndDate() {
        return Optional.ofNullable(endDate);
    }

    @Override
    public String toString() {
        return TABLE + "[" + getId() + " person " + personnelId + " " + entityType + " " + entityId + "]";
    }
}
