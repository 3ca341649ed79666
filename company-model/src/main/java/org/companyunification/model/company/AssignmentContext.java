package org.companyunification.model.company;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * Where a role assignment applies: globally (the company plays the role in general; {@code context_type} and
 * {@code context_id} are NULL) or on one project ({@code context_type = 'Project'}, {@code context_id} the
 * project id). Both columns are set or neither is.
 *
 * @param type {@code null} for the global context, else {@value #PROJECT}
 * @param id {@code null} for the global context, else the project id
 */
public record AssignmentContext(String type, Long id) {

    /** The context type of project-scoped assignments. */
    public static final String PROJECT = "Project";

    private static final AssignmentContext GLOBAL = new AssignmentContext(null, null);

    /**
     * Creates a context from the stored column values.
     *
     * @param type {@code null} for the global context, else {@value #PROJECT}
     * @param id {@code null} for the global context, else the project id
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when only one of type and id
     *     is given or the type is not {@value #PROJECT}
     */
    public AssignmentContext {
        if (type == null && id != null) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "A context id needs a context type: got id " + id + " without a type");
        }
        if (type != null && id == null) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "A context type needs a context id: got type '" + type + "' without an id");
        }
        if (type != null && !PROJECT.equals(type)) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "Unknown context type '" + type + "': expected '" + PROJECT + "'");
        }
    }

    /**
     * Returns the global context.
     *
     * @return the context of assignments that apply to no project in particular
     */
    public static AssignmentContext global() {
        return GLOBAL;
    }

    /**
     * Returns the context of one project.
     *
     * @param projectId the project id ({@code projects.project_id})
     * @return the project context
     */
    public static AssignmentContext project(long projectId) {
        return new AssignmentContext(PROJECT, projectId);
    }

    /**
     * Returns the context of stored column values.
     *
     * @param type the {@code context_type}, may be {@code null}
     * @param id the {@code context_id}, may be {@code null}
     * @return the context
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when only one of them is given
     *     or the type is unknown
     */
    public static AssignmentContext of(String type, Long id) {
        return type == null && id == null ? GLOBAL : new AssignmentContext(type, id);
    }

    /**
     * Tells whether this is the global context.
     *
     * @return {@code true} for the global context
     */
    public boolean isGlobal() {
        return type == null;
    }

    /**
     * Returns the project of a project context.
     *
     * @return the project id, or empty for the global context
     */
    public OptionalLong projectId() {
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public String toString() {
        return isGlobal() ? "global" : "project " + id;
    }

    static AssignmentContext requireContext(AssignmentContext context) {
        return checkNotNull(context, "assignment context must not be null: use AssignmentContext.global()");
    }
}
