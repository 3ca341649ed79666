package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
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
import org.companyunification.model.company.Company_;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.query.view.Affiliation;
import org.companyunification.query.view.ClientProfileView;
import org.companyunification.query.view.ClientView;
import org.companyunification.query.view.CompanyDetail;
import org.companyunification.query.view.CompanyLinkView;
import org.companyunification.query.view.CompanyRef;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.query.view.LegacyOrigin;
import org.companyunification.query.view.ProjectRole;

/**
 * The company detail of a company or of a tombstone's survivor (five statements: company with client profile,
 * roles with projects, affiliations with people, links both ways, origins; one when the company does not exist),
 * the people of a company and the clients (one statement each). The detail's statements are the fixed queries of
 * {@link CompanyStatements}; the clients' query is built once per factory ({@link Prepared}).
 */
public final class DetailQueries {

    private static final List<ClientPriority> PRIORITY_ORDER =
            List.of(ClientPriority.HIGH, ClientPriority.MEDIUM, ClientPriority.LOW);

    private static final List<RelationshipStrength> STRENGTH_ORDER = List.of(RelationshipStrength.STRONG,
            RelationshipStrength.MEDIUM, RelationshipStrength.WEAK, RelationshipStrength.NEW);

    private DetailQueries() {}

    /** The detail of one company. */
    public static Optional<CompanyDetail> detail(EntityManager em, long companyId) {
        List<CompanyStatements.CompanyRow> found = CompanyStatements_.company(em, companyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CompanyStatements.CompanyRow row = found.get(0);
        long id = row.id();
        Set<RoleCode> globalRoles = EnumSet.noneOf(RoleCode.class);
        List<ProjectRole> projectRoles = new ArrayList<>();
        for (RoleQueries.RoleRow role : RoleQueries.assignmentsOf(em, id, Optional.empty())) {
            role.projectRole().ifPresentOrElse(projectRoles::add, () -> globalRoles.add(role.role()));
        }
        List<Affiliation> people = people(em, id);
        CompanySummary summary = Rows.summary(id, row.name(), row.type(), row.country(), row.website());
        Optional<ClientProfileView> profile = row.client() == null ? Optional.empty()
                : Optional.of(profile(row.strength(), row.priority(), row.relationshipNotes(), row.lastContact(),
                        row.nextContact()));
        return Optional.of(new CompanyDetail(summary, Optional.ofNullable(row.email()),
                Optional.ofNullable(row.phone()), Optional.ofNullable(row.notes()), globalRoles, projectRoles,
                profile, people.stream().filter(Affiliation::current).toList(), past(people), links(em, id),
                origins(em, id)));
    }

    private static List<Affiliation> past(List<Affiliation> people) {
        List<Affiliation> past = new ArrayList<>(people.stream().filter(a -> !a.current()).toList());
        past.sort((a, b) -> b.endDate().orElseThrow().compareTo(a.endDate().orElseThrow()));
        return past;
    }

    private static ClientProfileView profile(Tuple row) {
        return profile(row.get("strength", RelationshipStrength.class), row.get("priority", ClientPriority.class),
                row.get("relationshipNotes", String.class), row.get("lastContact", LocalDate.class),
                row.get("nextContact", LocalDate.class));
    }

    private static ClientProfileView profile(RelationshipStrength strength, ClientPriority priority,
            String relationshipNotes, LocalDate lastContact, LocalDate nextContact) {
        return new ClientProfileView(Optional.ofNullable(strength), Optional.ofNullable(priority),
                Optional.ofNullable(relationshipNotes), Optional.ofNullable(lastContact),
                Optional.ofNullable(nextContact));
    }

    /** The people of a company: current first, then primary first, then by name and affiliation id. */
    public static List<Affiliation> people(EntityManager em, long companyId) {
        List<Affiliation> people = new ArrayList<>(CompanyStatements_.people(em, companyId).stream()
                .map(row -> new Affiliation(row.id(), row.personId(), row.name(), Optional.ofNullable(row.email()),
                        Optional.ofNullable(row.title()), row.primary(), Optional.ofNullable(row.start()),
                        Optional.ofNullable(row.end())))
                .toList());
        // Current before past, keeping the database's order within each: a stable sort of a list that is
        // read whole anyway, and a statement without a CASE.
        people.sort(Comparator.comparing(affiliation -> !affiliation.current()));
        return List.copyOf(people);
    }

    private static List<CompanyLinkView> links(EntityManager em, long companyId) {
        return CompanyStatements_.links(em, companyId).stream().map(row -> {
            boolean outgoing = row.fromId() == companyId;
            CompanyRef other = outgoing ? new CompanyRef(row.toId(), row.toName())
                    : new CompanyRef(row.fromId(), row.fromName());
            return new CompanyLinkView(row.id(),
                    outgoing ? CompanyLinkView.Direction.OUTGOING : CompanyLinkView.Direction.INCOMING, other,
                    row.type(), Optional.ofNullable(row.notes()));
        }).toList();
    }

    private static List<LegacyOrigin> origins(EntityManager em, long companyId) {
        return CompanyStatements_.origins(em, companyId).stream()
                .map(row -> new LegacyOrigin(row.table(), row.id(), Optional.ofNullable(row.name()))).toList();
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
