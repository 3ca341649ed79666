package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.Hibernate;

/**
 * A role a company plays, globally or on a project ({@code company_role_assignments}). Created by {@link
 * Company#assignRole}; the role and the context never change, the primary flag and the notes may.
 *
 * <p>The table's generated column {@code global_scope}, which makes the database refuse a second global
 * assignment of a role, is not mapped: the database computes it.
 */
@Entity
@Table(name = "company_role_assignments")
public class RoleAssignment extends CompanyOwnedRow {

    private static final String SEQUENCE = "company_role_assignments_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
    @SequenceGenerator(name = SEQUENCE, sequenceName = SEQUENCE, allocationSize = 50)
    @Column(name = "assignment_id")
    private Long id;

    @Convert(converter = RoleCodeConverter.class)
    @Column(name = "role_id", nullable = false, updatable = false)
    private RoleCode role;

    @Column(name = "context_type", length = 20, updatable = false)
    private String contextType;

    @Column(name = "context_id", updatable = false)
    private Long contextId;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    /** For Hibernate. */
    protected RoleAssignment() {}

    RoleAssignment(Company company, RoleCode role, AssignmentContext context, boolean primary, String notes) {
        super(company, notes);
        this.role = role;
        this.contextType = context.type();
        this.contextId = context.id();
        this.primary = primary;
    }

    RoleAssignment reassign(boolean primary, String notes) {
        this.primary = primary;
        changeNotes(notes);
        return this;
    }

    @PostRemove
    void deleted() {
        if (Hibernate.isInitialized(getCompany())) {
            getCompany().forgetRemoved(this);
        }
    }

    /** Makes the company the primary holder of the role in its context. */
    public void makePrimary() {
        this.primary = true;
    }

    /** Makes the company a secondary holder of the role in its context. */
    public void makeSecondary() {
        this.primary = false;
    }

    /**
     * Returns the assignment id.
     *
     * @return the id, {@code null} until saved
     */
    @Override
    public Long getId() {
        return id;
    }

    /**
     * Returns the role.
     *
     * @return the role
     */
    public RoleCode getRole() {
        return role;
    }

    /**
     * Returns where the role applies.
     *
     * @return the context
     */
    public AssignmentContext getContext() {
        return AssignmentContext.of(contextType, contextId);
    }

    /**
     * Tells whether the company is the primary holder of the role in the context.
     *
     * @return the primary flag
     */
    public boolean isPrimary() {
        return primary;
    }

    @Override
    public String toString() {
        return "RoleAssignment[" + id + " " + role.code() + " " + getContext() + "]";
    }
}
