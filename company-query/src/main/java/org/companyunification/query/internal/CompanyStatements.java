package org.companyunification.query.internal;

import java.time.LocalDate;
import java.util.List;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.hibernate.annotations.processing.HQL;

/**
 * The fixed statements about one company, those of its detail among them, each reading a few rows by the
 * company's id. Hibernate's annotation processor checks each query against the entities when this module is
 * compiled (an unknown entity or attribute, a type mismatch or a result record that does not fit the selection
 * fails the build) and generates their implementations in {@code CompanyStatements_}, called as {@code
 * CompanyStatements_.company(em, id)}.
 *
 * <p>They are HQL rather than criteria queries for their cost per call. Hibernate reads an HQL string's
 * interpretation (its parameters, result shape and validation) from a cache; a query made from a criteria tree is
 * scanned for its parameters, validated and hashed for the plan cache on every call, which costs a few
 * microseconds a statement: for the five short reads of a detail on H2, a seventh of a call when H2 keeps them
 * parsed and a fifth when it parses them again (as in the benchmark, where the hand-written side shares the
 * pool). The queries whose shape depends on the caller's filters stay criteria queries ({@link
 * CompanyListQueries}, the role questions of {@link RoleQueries}).
 */
interface CompanyStatements {

    /**
     * The summary of the company an id stands for: the company itself, or a tombstone's survivor. Companies
     * merged into another stay as tombstones that point at their survivor ({@code merged_into_company_id}), and a
     * survivor is never a tombstone itself, so the survivor's id is a subquery in the statement the lookup makes
     * anyway: {@code company_id = COALESCE((SELECT merged_into_company_id ... WHERE company_id = :id), :id)}, one
     * equality on the primary key that every database seeks (an {@code OR} of the two cases made H2 read the
     * whole table).
     */
    @HQL("""
            select c.id, c.name, c.companyType, c.contactDetails.country, c.contactDetails.website
            from Company c
            where c.id = coalesce((select t.mergedIntoId from Company t where t.id = :companyId), :companyId)""")
    List<SummaryRow> summary(long companyId);

    /**
     * The company an id stands for, as {@link #summary} finds it, with its contact details and client profile.
     */
    @HQL("""
            select c.id, c.name, c.companyType, c.contactDetails.country, c.contactDetails.website,
                   c.contactDetails.email, c.contactDetails.phone, c.notes, p.companyId, p.details.strength,
                   p.details.priority, p.details.relationshipNotes, p.details.lastContactDate,
                   p.details.nextContactDate
            from Company c left join c.clientProfile p
            where c.id = coalesce((select t.mergedIntoId from Company t where t.id = :companyId), :companyId)""")
    List<CompanyRow> company(long companyId);

    /** The role assignments of a company, global first, then by project id and role, with project names. */
    @HQL("""
            select r.role, r.contextId, p.name, r.primary, r.notes
            from RoleAssignment r left join Project p on p.id = r.contextId
            where r.company.id = :companyId
            order by coalesce(r.contextId, 0), r.role""")
    List<AssignmentRow> assignments(long companyId);

    /** The assignments of a company in one role, global first, then by project id, with project names. */
    @HQL("""
            select r.role, r.contextId, p.name, r.primary, r.notes
            from RoleAssignment r left join Project p on p.id = r.contextId
            where r.company.id = :companyId and r.role = :role
            order by coalesce(r.contextId, 0), r.role""")
    List<AssignmentRow> assignmentsInRole(long companyId, RoleCode role);

    /** The affiliations of a company with their people: primary first, then by name and affiliation id. */
    @HQL("""
            select a.id, p.id, p.fullName, p.email, a.title, a.primary, a.startDate, a.endDate
            from PersonAffiliation a join a.person p
            where a.company.id = :companyId
            order by a.primary desc, p.fullName, a.id""")
    List<PersonRow> people(long companyId);

    /**
     * The links whose one end is the company, by link id. The union of two id lists, each seeking its own index;
     * {@code company_id = :id OR related_company_id = :id} made H2 read every link.
     */
    @HQL("""
            select l.id, f.id, f.name, t.id, t.name, l.linkType, l.notes
            from CompanyLink l join l.company f join l.relatedCompany t
            where l.id in (select o.id from CompanyLink o where o.company.id = :companyId
                           union all select i.id from CompanyLink i where i.relatedCompany.id = :companyId)
            order by l.id""")
    List<LinkRow> links(long companyId);

    /** The legacy rows a company came from, by table and id. */
    @HQL("""
            select o.key.sourceTable, o.key.sourceId, o.sourceName
            from CompanyOrigin o
            where o.company.id = :companyId
            order by o.key.sourceTable, o.key.sourceId""")
    List<OriginRow> origins(long companyId);

    /** A company's summary columns. */
    record SummaryRow(Long id, String name, String type, String country, String website) {}

    /** A company with its contact details and client profile; {@code client} is {@code null} without a profile. */
    record CompanyRow(Long id, String name, String type, String country, String website, String email,
            String phone, String notes, Long client, RelationshipStrength strength, ClientPriority priority,
            String relationshipNotes, LocalDate lastContact, LocalDate nextContact) {}

    /** A role assignment; {@code projectId} and {@code projectName} are {@code null} for a global role. */
    record AssignmentRow(RoleCode role, Long projectId, String projectName, Boolean primary, String notes) {}

    /** An affiliation with its person. */
    record PersonRow(Long id, Long personId, String name, String email, String title, Boolean primary,
            LocalDate start, LocalDate end) {}

    /** A link with both its ends. */
    record LinkRow(Long id, Long fromId, String fromName, Long toId, String toName, String type, String notes) {}

    /** A legacy row a company came from. */
    record OriginRow(String table, Long id, String name) {}
}
