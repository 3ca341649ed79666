package org.companyunification.model.origin;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.RoleAssignment;
import org.companyunification.model.legacy.ProjectConstructorRelationship;
import org.companyunification.model.legacy.ProjectOfftakerRelationship;
import org.companyunification.model.legacy.ProjectOperatorRelationship;
import org.companyunification.model.legacy.ProjectOwnerRelationship;
import org.companyunification.model.legacy.ProjectVendorRelationship;

/**
 * The role assignment a legacy row became ({@code assignment_origins}): a row of a legacy company table became a
 * global assignment, a row of a {@code project_*_relationships} table a project-scoped one.
 */
@Entity
@Table(name = "assignment_origins")
public class AssignmentOrigin extends Origin {

    /** The tables an assignment can come from: the six legacy company tables and the five relationship tables. */
    public static final Set<String> SOURCE_TABLES = Stream.concat(CompanyOrigin.SOURCE_TABLES.stream(),
                    Stream.of(ProjectVendorRelationship.TABLE, ProjectOwnerRelationship.TABLE,
                            ProjectOperatorRelationship.TABLE, ProjectConstructorRelationship.TABLE,
                            ProjectOfftakerRelationship.TABLE))
            .collect(Collectors.toUnmodifiableSet());

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private RoleAssignment assignment;

    /** For Hibernate. */
    protected AssignmentOrigin() {}

    /**
     * Records that a legacy row became a role assignment.
     *
     * @param key the legacy row; its table is one of {@link #SOURCE_TABLES}
     * @param assignment the unified assignment
     * @param sourceHash the fingerprint of the legacy row
     * @param run the run that migrated it, {@code null} when not migrated by a backfill run
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the table is not one of
     *     {@link #SOURCE_TABLES}
     */
    public AssignmentOrigin(OriginKey key, RoleAssignment assignment, long sourceHash, BackfillRun run) {
        super(key, sourceHash, run, SOURCE_TABLES);
        this.assignment = checkNotNull(assignment, "assignment must not be null");
    }

    /**
     * Points the legacy row at another assignment, when duplicates are merged.
     *
     * @param assignment the surviving assignment
     */
    public void reassignTo(RoleAssignment assignment) {
        this.assignment = checkNotNull(assignment, "assignment must not be null");
    }

    /**
     * Returns the assignment the legacy row became, loaded on first use.
     *
     * @return the assignment
     */
    public RoleAssignment getAssignment() {
        return assignment;
    }

    @Override
    protected String getKind() {
        return "AssignmentOrigin";
    }
}
