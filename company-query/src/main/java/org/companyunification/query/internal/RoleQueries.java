package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.company.AssignmentContext;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.Company_;
import org.companyunification.model.company.RoleAssignment;
import org.companyunification.model.company.RoleAssignment_;
import org.companyunification.model.company.RoleCode;
import org.companyunification.query.view.CompanyGlobalRoles;
import org.companyunification.query.view.CompanyRef;
import org.companyunification.query.view.CompanyRoles;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.query.view.ProjectCompany;
import org.companyunification.query.view.ProjectRef;
import org.companyunification.query.view.ProjectRole;

/**
 * The role questions: who holds a role where, and which roles a company holds. One statement each: a criteria
 * query built once per factory ({@link Prepared}) for the questions about a role, a fixed statement of {@link
 * CompanyStatements} for those about one company.
 */
public final class RoleQueries {

    /** The parameter of the role a query asks about. */
    static final String ROLE = "role";

    /** The parameter of the project a query asks about. */
    static final String PROJECT = "projectId";

    private RoleQueries() {}

    /** Companies holding the role globally, by name key then id: one statement. */
    public static List<CompanySummary> withGlobalRole(EntityManager em, RoleCode role) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "withGlobalRole", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<RoleAssignment> assignment = q.from(RoleAssignment.class);
            Join<RoleAssignment, Company> company = assignment.join(RoleAssignment_.company);
            return q.multiselect(Rows.summarySelections(company))
                    .where(cb.equal(assignment.get(RoleAssignment_.role), Prepared.parameter(cb, RoleCode.class, ROLE)),
                            cb.isNull(assignment.get(RoleAssignment_.contextType)))
                    .orderBy(cb.asc(company.get(Company_.nameKey)), cb.asc(company.get(Company_.id)));
        });
        return em.createQuery(query).setParameter(ROLE, role).getResultList().stream().map(Rows::summary).toList();
    }

    /** Companies holding the role in any context, each once, by name key then id: one statement. */
    public static List<CompanySummary> withRoleAnywhere(EntityManager em, RoleCode role) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "withRoleAnywhere", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<Company> company = q.from(Company.class);
            Subquery<Integer> holds = q.subquery(Integer.class);
            Root<RoleAssignment> assignment = holds.from(RoleAssignment.class);
            holds.select(cb.literal(1)).where(cb.equal(assignment.get(RoleAssignment_.company), company),
                    cb.equal(assignment.get(RoleAssignment_.role), Prepared.parameter(cb, RoleCode.class, ROLE)));
            return q.multiselect(Rows.summarySelections(company)).where(cb.exists(holds))
                    .orderBy(cb.asc(company.get(Company_.nameKey)), cb.asc(company.get(Company_.id)));
        });
        return em.createQuery(query).setParameter(ROLE, role).getResultList().stream().map(Rows::summary).toList();
    }

    /**
     * The project-scoped assignments of a project, optionally of one role, by company name key, company id, then
     * role: one statement.
     */
    public static List<ProjectCompany> ofProject(EntityManager em, long projectId, Optional<RoleCode> role) {
        CriteriaQuery<Tuple> query = Prepared.query(em, role.isPresent() ? "ofProjectInRole" : "ofProject", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<RoleAssignment> assignment = q.from(RoleAssignment.class);
            Join<RoleAssignment, Company> company = assignment.join(RoleAssignment_.company);
            List<Predicate> where = new ArrayList<>(List.of(
                    cb.equal(assignment.get(RoleAssignment_.contextType), AssignmentContext.PROJECT),
                    cb.equal(assignment.get(RoleAssignment_.contextId), Prepared.parameter(cb, Long.class, PROJECT))));
            if (role.isPresent()) {
                where.add(cb.equal(assignment.get(RoleAssignment_.role), Prepared.parameter(cb, RoleCode.class, ROLE)));
            }
            return q.multiselect(Rows.plus(Rows.summarySelections(company),
                            assignment.get(RoleAssignment_.role).alias("role"),
                            assignment.get(RoleAssignment_.primary).alias("primary"),
                            assignment.get(RoleAssignment_.notes).alias("notes")))
                    .where(where.toArray(Predicate[]::new))
                    .orderBy(cb.asc(company.get(Company_.nameKey)), cb.asc(company.get(Company_.id)),
                            cb.asc(assignment.get(RoleAssignment_.role)));
        });
        TypedQuery<Tuple> typed = em.createQuery(query).setParameter(PROJECT, projectId);
        role.ifPresent(r -> typed.setParameter(ROLE, r));
        return typed.getResultList().stream()
                .map(row -> new ProjectCompany(Rows.summary(row), row.get(Rows.SUMMARY_COLUMNS, RoleCode.class),
                        row.get(Rows.SUMMARY_COLUMNS + 1, Boolean.class),
                        Optional.ofNullable(row.get(Rows.SUMMARY_COLUMNS + 2, String.class))))
                .toList();
    }

    /**
     * Every company with its global roles (none for a company without any), by company id, tombstones left out:
     * one statement.
     */
    public static List<CompanyGlobalRoles> globalRolesOfAll(EntityManager em) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "globalRolesOfAll", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<Company> company = q.from(Company.class);
            Join<Company, RoleAssignment> assignment = company.join(Company_.roleAssignments, JoinType.LEFT);
            assignment.on(cb.isNull(assignment.get(RoleAssignment_.contextType)));
            return q.multiselect(company.get(Company_.id).alias("id"), company.get(Company_.name).alias("name"),
                            assignment.get(RoleAssignment_.role).alias("role"))
                    .where(Tombstones.live(cb, company))
                    .orderBy(cb.asc(company.get(Company_.id)), cb.asc(assignment.get(RoleAssignment_.role)));
        });
        Map<CompanyRef, Set<RoleCode>> roles = new LinkedHashMap<>();
        for (Tuple row : em.createQuery(query).getResultList()) {
            Set<RoleCode> held = roles.computeIfAbsent(
                    new CompanyRef(row.get("id", Long.class), row.get("name", String.class)),
                    ref -> EnumSet.noneOf(RoleCode.class));
            RoleCode role = row.get("role", RoleCode.class);
            if (role != null) {
                held.add(role);
            }
        }
        return roles.entrySet().stream().map(e -> new CompanyGlobalRoles(e.getKey(), e.getValue())).toList();
    }

    /** The company with its global and project roles: two statements, one when the company does not exist. */
    public static Optional<CompanyRoles> rolesOf(EntityManager em, long companyId) {
        return summaryOf(em, companyId).map(company -> {
            List<RoleRow> rows = assignmentsOf(em, company.id(), Optional.empty());
            Set<RoleCode> global = EnumSet.noneOf(RoleCode.class);
            List<ProjectRole> projectRoles = new ArrayList<>();
            for (RoleRow row : rows) {
                row.projectRole().ifPresentOrElse(projectRoles::add, () -> global.add(row.role()));
            }
            return new CompanyRoles(company, global, projectRoles);
        });
    }

    /** One company's summary, a tombstone's survivor's for a tombstone's id: one statement. */
    public static Optional<CompanySummary> summaryOf(EntityManager em, long companyId) {
        return CompanyStatements_.summary(em, companyId).stream().findFirst()
                .map(row -> Rows.summary(row.id(), row.name(), row.type(), row.country(), row.website()));
    }

    /** A role assignment of one company, with its project when it is project-scoped. */
    record RoleRow(RoleCode role, Optional<ProjectRole> projectRole) {}

    /**
     * The assignments of a company, global first, then by project id and role, optionally of one role: one
     * statement, with the project names joined ({@link CompanyStatements}).
     */
    static List<RoleRow> assignmentsOf(EntityManager em, long companyId, Optional<RoleCode> role) {
        List<CompanyStatements.AssignmentRow> rows = role.isPresent()
                ? CompanyStatements_.assignmentsInRole(em, companyId, role.get())
                : CompanyStatements_.assignments(em, companyId);
        return rows.stream().map(row -> new RoleRow(row.role(), row.projectId() == null ? Optional.empty()
                : Optional.of(new ProjectRole(new ProjectRef(row.projectId(), row.projectName()), row.role(),
                        row.primary(), Optional.ofNullable(row.notes()))))).toList();
    }

    /** The projects on which a company holds a role, by project id: one statement. */
    public static List<ProjectRole> projectsOf(EntityManager em, long companyId, RoleCode role) {
        return assignmentsOf(em, companyId, Optional.of(role)).stream()
                .flatMap(row -> row.projectRole().stream()).toList();
    }
}
