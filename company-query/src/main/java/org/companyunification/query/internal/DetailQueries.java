package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientDetails_;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.ClientProfile;
import org.companyunification.model.company.ClientProfile_;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.CompanyLink;
import org.companyunification.model.company.CompanyLink_;
import org.companyunification.model.company.Company_;
import org.companyunification.model.company.ContactDetails_;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.company.PersonAffiliation_;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.origin.CompanyOrigin;
import org.companyunification.model.origin.CompanyOrigin_;
import org.companyunification.model.origin.OriginKey_;
import org.companyunification.model.origin.Origin_;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Person_;
import org.companyunification.query.view.Affiliation;
import org.companyunification.query.view.ClientProfileView;
import org.companyunification.query.view.ClientView;
import org.companyunification.query.view.CompanyDetail;
import org.companyunification.query.view.CompanyLinkView;
import org.companyunification.query.view.CompanyRef;
import org.companyunification.query.view.LegacyOrigin;
import org.companyunification.query.view.ProjectRole;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

/**
 * The company detail of a company or of a tombstone's survivor (five statements: company with client profile,
 * roles with projects, affiliations with people, links both ways, origins; one when the company does not exist),
 * the people of a company and the clients (one statement each). Each query is built once per factory ({@link Prepared}).
 */
public final class DetailQueries {

    private static final List<ClientPriority> PRIORITY_ORDER =
            List.of(ClientPriority.HIGH, ClientPriority.MEDIUM, ClientPriority.LOW);

    private static final List<RelationshipStrength> STRENGTH_ORDER = List.of(RelationshipStrength.STRONG,
            RelationshipStrength.MEDIUM, RelationshipStrength.WEAK, RelationshipStrength.NEW);

    private DetailQueries() {}

    /** The detail of one company. */
    public static Optional<CompanyDetail> detail(EntityManager em, long companyId) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "detail", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<Company> company = q.from(Company.class);
            Join<Company, ClientProfile> profile = company.join(Company_.clientProfile, JoinType.LEFT);
            Path<ClientDetails> details = profile.get(ClientProfile_.details);
            return q.multiselect(Rows.plus(Rows.summarySelections(company),
                            company.get(Company_.contactDetails).get(ContactDetails_.email).alias("email"),
                            company.get(Company_.contactDetails).get(ContactDetails_.phone).alias("phone"),
                            company.get(Company_.notes).alias("notes"),
                            profile.get(ClientProfile_.companyId).alias("client"),
                            details.get(ClientDetails_.strength).alias("strength"),
                            details.get(ClientDetails_.priority).alias("priority"),
                            details.get(ClientDetails_.relationshipNotes).alias("relationshipNotes"),
                            details.get(ClientDetails_.lastContactDate).alias("lastContact"),
                            details.get(ClientDetails_.nextContactDate).alias("nextContact")))
                    .where(Tombstones.resolves(cb, q, company,
                            Prepared.parameter(cb, Long.class, RoleQueries.COMPANY)));
        });
        // At most one row (an equality on the primary key): a list, which Hibernate reads with less work than
        // the scrollable results behind a stream
        Optional<Tuple> found = em.createQuery(query).setParameter(RoleQueries.COMPANY, companyId).getResultList()
                .stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = found.get();
        return Optional.of(detail(em, row, Rows.summary(row).id()));
    }

    private static CompanyDetail detail(EntityManager em, Tuple row, long companyId) {
        Set<RoleCode> globalRoles = EnumSet.noneOf(RoleCode.class);
        List<ProjectRole> projectRoles = new ArrayList<>();
        for (RoleQueries.RoleRow role : RoleQueries.assignmentsOf(em, companyId, Optional.empty())) {
            role.projectRole().ifPresentOrElse(projectRoles::add, () -> globalRoles.add(role.role()));
        }
        List<Affiliation> people = people(em, companyId);
        return new CompanyDetail(Rows.summary(row), Rows.optional(row, "email", String.class),
                Rows.optional(row, "phone", String.class), Rows.optional(row, "notes", String.class), globalRoles,
                projectRoles, row.get("client") == null ? Optional.empty() : Optional.of(profile(row)),
                people.stream().filter(Affiliation::current).toList(), past(people), links(em, companyId),
                origins(em, companyId));
    }

    private static List<Affiliation> past(List<Affiliation> people) {
        List<Affiliation> past = new ArrayList<>(people.stream().filter(a -> !a.current()).toList());
        past.sort((a, b) -> b.endDate().orElseThrow().compareTo(a.endDate().orElseThrow()));
        return past;
    }

    private static ClientProfileView profile(Tuple row) {
        return new ClientProfileView(Rows.optional(row, "strength", RelationshipStrength.class),
                Rows.optional(row, "priority", ClientPriority.class),
                Rows.optional(row, "relationshipNotes", String.class),
                Rows.optional(row, "lastContact", LocalDate.class),
                Rows.optional(row, "nextContact", LocalDate.class));
    }

    /** The people of a company: current first, then primary first, then by name and affiliation id. */
    public static List<Affiliation> people(EntityManager em, long companyId) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "people", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<PersonAffiliation> affiliation = q.from(PersonAffiliation.class);
            Join<PersonAffiliation, Person> person = affiliation.join(PersonAffiliation_.person);
            return q.multiselect(affiliation.get(PersonAffiliation_.id).alias("id"),
                            person.get(Person_.id).alias("personId"), person.get(Person_.fullName).alias("name"),
                            person.get(Person_.email).alias("email"),
                            affiliation.get(PersonAffiliation_.title).alias("title"),
                            affiliation.get(PersonAffiliation_.primary).alias("primary"),
                            affiliation.get(PersonAffiliation_.startDate).alias("start"),
                            affiliation.get(PersonAffiliation_.endDate).alias("end"))
                    .where(cb.equal(affiliation.get(PersonAffiliation_.company).get(Company_.id),
                            Prepared.parameter(cb, Long.class, RoleQueries.COMPANY)))
                    .orderBy(cb.desc(affiliation.get(PersonAffiliation_.primary)),
                            cb.asc(person.get(Person_.fullName)), cb.asc(affiliation.get(PersonAffiliation_.id)));
        });
        List<Affiliation> people = new ArrayList<>(em.createQuery(query).setParameter(RoleQueries.COMPANY, companyId)
                .getResultList().stream()
                .map(row -> new Affiliation(row.get("id", Long.class), row.get("personId", Long.class),
                        row.get("name", String.class), Rows.optional(row, "email", String.class),
                        Rows.optional(row, "title", String.class), row.get("primary", Boolean.class),
                        Rows.optional(row, "start", LocalDate.class), Rows.optional(row, "end", LocalDate.class)))
                .toList());
        // Current before past, keeping the database's order within each: a stable sort of a list that is
        // read whole anyway, and a statement without a CASE, which Hibernate would translate on every call.
        people.sort(Comparator.comparing(affiliation -> !affiliation.current()));
        return List.copyOf(people);
    }

    private static List<CompanyLinkView> links(EntityManager em, long companyId) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "links", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<CompanyLink> link = q.from(CompanyLink.class);
            Join<CompanyLink, Company> from = link.join(CompanyLink_.company);
            Join<CompanyLink, Company> to = link.join(CompanyLink_.relatedCompany);
            ParameterExpression<Long> id = Prepared.parameter(cb, Long.class, RoleQueries.COMPANY);
            return q.multiselect(link.get(CompanyLink_.id).alias("id"), from.get(Company_.id).alias("fromId"),
                            from.get(Company_.name).alias("fromName"), to.get(Company_.id).alias("toId"),
                            to.get(Company_.name).alias("toName"), link.get(CompanyLink_.linkType).alias("type"),
                            link.get(CompanyLink_.notes).alias("notes"))
                    .where(link.get(CompanyLink_.id).in(((HibernateCriteriaBuilder) cb).union(true,
                            linkIds(cb, q, CompanyLink_.company, id), linkIds(cb, q, CompanyLink_.relatedCompany,
                                    id))))
                    .orderBy(cb.asc(link.get(CompanyLink_.id)));
        });
        List<Tuple> rows = em.createQuery(query).setParameter(RoleQueries.COMPANY, companyId).getResultList();
        return rows.stream().map(row -> {
            boolean outgoing = row.get("fromId", Long.class) == companyId;
            CompanyRef other = outgoing
                    ? new CompanyRef(row.get("toId", Long.class), row.get("toName", String.class))
                    : new CompanyRef(row.get("fromId", Long.class), row.get("fromName", String.class));
            return new CompanyLinkView(row.get("id", Long.class),
                    outgoing ? CompanyLinkView.Direction.OUTGOING : CompanyLinkView.Direction.INCOMING, other,
                    row.get("type", String.class), Rows.optional(row, "notes", String.class));
        }).toList();
    }

    /**
     * The ids of the links whose one end is the company. The links of both ends are the union of two of these,
     * each seeking its own index; {@code company_id = :id OR related_company_id = :id} made H2 read every link.
     */
    private static Subquery<Long> linkIds(CriteriaBuilder cb, CriteriaQuery<?> query,
            SingularAttribute<CompanyLink, Company> end, ParameterExpression<Long> companyId) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<CompanyLink> link = ids.from(CompanyLink.class);
        return ids.select(link.get(CompanyLink_.id)).where(cb.equal(link.get(end).get(Company_.id), companyId));
    }

    private static List<LegacyOrigin> origins(EntityManager em, long companyId) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "origins", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<CompanyOrigin> origin = q.from(CompanyOrigin.class);
            var key = origin.get(Origin_.key);
            return q.multiselect(key.get(OriginKey_.sourceTable).alias("table"),
                            key.get(OriginKey_.sourceId).alias("id"),
                            origin.get(CompanyOrigin_.sourceName).alias("name"))
                    .where(cb.equal(origin.get(CompanyOrigin_.company).get(Company_.id),
                            Prepared.parameter(cb, Long.class, RoleQueries.COMPANY)))
                    .orderBy(cb.asc(key.get(OriginKey_.sourceTable)), cb.asc(key.get(OriginKey_.sourceId)));
        });
        return em.createQuery(query).setParameter(RoleQueries.COMPANY, companyId).getResultList().stream()
                .map(row -> new LegacyOrigin(row.get("table", String.class), row.get("id", Long.class),
                        Rows.optional(row, "name", String.class)))
                .toList();
    }

    /**
     * The clients: by priority (High, Medium, Low, none), then relationship strength (Strong, Medium, Weak, New,
     * none), then name key and id.
     */
    public static List<ClientView> clients(EntityManager em) {
        CriteriaQuery<Tuple> query = Prepared.query(em, "clients", cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<ClientProfile> profile = q.from(ClientProfile.class);
            Join<ClientProfile, Company> company = profile.join(ClientProfile_.company);
            Path<ClientDetails> details = profile.get(ClientProfile_.details);
            Path<ClientPriority> priority = details.get(ClientDetails_.priority);
            Path<RelationshipStrength> strength = details.get(ClientDetails_.strength);
            Expression<Integer> priorityRank = rank(cb, priority, ClientPriority.class, PRIORITY_ORDER);
            Expression<Integer> strengthRank = rank(cb, strength, RelationshipStrength.class, STRENGTH_ORDER);
            return q.multiselect(Rows.plus(Rows.summarySelections(company), strength.alias("strength"),
                            priority.alias("priority"),
                            details.get(ClientDetails_.relationshipNotes).alias("relationshipNotes"),
                            details.get(ClientDetails_.lastContactDate).alias("lastContact"),
                            details.get(ClientDetails_.nextContactDate).alias("nextContact")))
                    .orderBy(cb.asc(priorityRank), cb.asc(strengthRank), cb.asc(company.get(Company_.nameKey)),
                            cb.asc(company.get(Company_.id)));
        });
        TypedQuery<Tuple> typed = em.createQuery(query);
        bindRanks(typed, PRIORITY_ORDER);
        bindRanks(typed, STRENGTH_ORDER);
        return typed.getResultList().stream()
                .map(row -> new ClientView(Rows.summary(row), profile(row))).toList();
    }

    /**
     * The position of a value in an order: 0 for the first, then 1, ..., and the size of the order for any other
     * value or none. The values are parameters named after their enum type and constant (bound by {@link #bindRanks}) and
     * the positions literals, so the statement is the same on every call and translated once.
     */
    private static <E extends Enum<E>> Expression<Integer> rank(CriteriaBuilder cb, Path<E> value, Class<E> type,
            List<E> order) {
        CriteriaBuilder.Case<Integer> rank = cb.selectCase();
        for (int i = 0; i < order.size(); i++) {
            rank = rank.when(cb.equal(value, Prepared.parameter(cb, type, parameterName(order.get(i)))), cb.literal(i));
        }
        return rank.otherwise(cb.literal(order.size()));
    }

    private static <E extends Enum<E>> void bindRanks(TypedQuery<?> query, List<E> order) {
        order.forEach(value -> query.setParameter(parameterName(value), value));
    }

    private static String parameterName(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "_" + value.name();
    }
}
