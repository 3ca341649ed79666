package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.company.ClientProfile;
import org.companyunification.model.company.ClientProfile_;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.Company_;
import org.companyunification.model.company.ContactDetails_;
import org.companyunification.model.company.RoleAssignment;
import org.companyunification.model.company.RoleAssignment_;
import org.companyunification.model.company.RoleCode;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.filter.RoleMatch;
import org.companyunification.query.view.CompanyCursor;
import org.companyunification.query.view.CompanyListItem;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.query.view.KeysetPage;
import org.companyunification.query.view.Page;

/**
 * The {@code /companies} list: a page with its total count (three statements: the page, the count, the global
 * roles of the page's companies) and a keyset page (two statements: the page and its roles).
 */
public final class CompanyListQueries {

    private CompanyListQueries() {}

    /** A page by offset, with the total count. */
    public static Page<CompanyListItem> page(EntityManager em, CompanyFilter filter, CompanySort sort, int offset,
            int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Company> company = query.from(Company.class);
        Join<Company, ClientProfile> profile = company.join(Company_.clientProfile, JoinType.LEFT);
        query.multiselect(Rows.plus(Rows.summarySelections(company),
                        profile.get(ClientProfile_.companyId).alias("client"), company.get(Company_.nameKey).alias("key")))
                .where(predicates(cb, query, company, filter).toArray(Predicate[]::new))
                .orderBy(order(cb, company, sort));
        List<Tuple> rows = em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Company> counted = count.from(Company.class);
        count.select(cb.count(counted)).where(predicates(cb, count, counted, filter).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(items(em, rows), offset, total);
    }

    /** A page of at most {@code limit} rows after the cursor, or from the start. */
    public static KeysetPage<CompanyListItem> after(EntityManager em, CompanyFilter filter, CompanySort sort,
            Optional<CompanyCursor> cursor, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Company> company = query.from(Company.class);
        Join<Company, ClientProfile> profile = company.join(Company_.clientProfile, JoinType.LEFT);
        List<Predicate> where = predicates(cb, query, company, filter);
        cursor.ifPresent(after -> where.add(after(cb, company, sort, after)));
        query.multiselect(Rows.plus(Rows.summarySelections(company),
                        profile.get(ClientProfile_.companyId).alias("client"), company.get(Company_.nameKey).alias("key")))
                .where(where.toArray(Predicate[]::new))
                .orderBy(order(cb, company, sort));
        List<Tuple> rows = em.createQuery(query).setMaxResults(limit).getResultList();
        Optional<CompanyCursor> next = Optional.empty();
        if (rows.size() == limit) {
            Tuple last = rows.get(rows.size() - 1);
            long id = last.get("c_id", Long.class);
            next = Optional.of(new CompanyCursor(sort == CompanySort.NAME ? last.get("key", String.class)
                    : Long.toString(id), id));
        }
        return new KeysetPage<>(items(em, rows), next);
    }

    private static List<CompanyListItem> items(EntityManager em, List<Tuple> rows) {
        List<CompanySummary> companies = rows.stream().map(Rows::summary).toList();
        Map<Long, Set<RoleCode>> roles = globalRoles(em, companies.stream().map(CompanySummary::id).toList());
        List<CompanyListItem> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CompanySummary summary = companies.get(i);
            items.add(new CompanyListItem(summary, roles.getOrDefault(summary.id(), Set.of()),
                    rows.get(i).get("client") != null));
        }
        return items;
    }

    /** The global roles of the given companies: one statement, none for no company. */
    static Map<Long, Set<RoleCode>> globalRoles(EntityManager em, List<Long> companyIds) {
        Map<Long, Set<RoleCode>> roles = new HashMap<>();
        if (companyIds.isEmpty()) {
            return roles;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<RoleAssignment> assignment = query.from(RoleAssignment.class);
        var companyId = assignment.get(RoleAssignment_.company).get(Company_.id);
        query.multiselect(companyId.alias("id"), assignment.get(RoleAssignment_.role).alias("role"))
                .where(companyId.in(companyIds), cb.isNull(assignment.get(RoleAssignment_.contextType)));
        for (Tuple row : em.createQuery(query).getResultList()) {
            roles.computeIfAbsent(row.get("id", Long.class), id -> EnumSet.noneOf(RoleCode.class))
                    .add(row.get("role", RoleCode.class));
        }
        return roles;
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Company> company, CompanySort sort) {
        return sort == CompanySort.NAME
                ? List.of(cb.asc(company.get(Company_.nameKey)), cb.asc(company.get(Company_.id)))
                : List.of(cb.asc(company.get(Company_.id)));
    }

    private static Predicate after(CriteriaBuilder cb, Root<Company> company, CompanySort sort,
            CompanyCursor cursor) {
        var id = company.get(Company_.id);
        if (sort == CompanySort.ID) {
            return cb.greaterThan(id, cursor.id());
        }
        var key = company.get(Company_.nameKey);
        return cb.or(cb.greaterThan(key, cursor.sortKey()),
                cb.and(cb.equal(key, cursor.sortKey()), cb.greaterThan(id, cursor.id())));
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<Company> company,
            CompanyFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(Tombstones.live(cb, company));
        if (!filter.roles().isEmpty()) {
            if (filter.roleMatch() == RoleMatch.ANY) {
                where.add(cb.exists(holding(cb, query, company, filter.roles())));
            } else {
                for (RoleCode role : filter.roles()) {
                    where.add(cb.exists(holding(cb, query, company, Set.of(role))));
                }
            }
        }
        filter.nameContains().ifPresent(text -> where.add(NameSearch.containsPattern(text)
                .map(pattern -> cb.like(company.get(Company_.nameKey), pattern, NameSearch.ESCAPE))
                .orElseGet(cb::disjunction)));
        filter.country().ifPresent(country -> where.add(
                cb.equal(company.get(Company_.contactDetails).get(ContactDetails_.country), country)));
        filter.companyType().ifPresent(type -> where.add(cb.equal(company.get(Company_.companyType), type)));
        filter.client().ifPresent(client -> {
            Subquery<Long> profile = query.subquery(Long.class);
            Root<ClientProfile> profiles = profile.from(ClientProfile.class);
            profile.select(profiles.get(ClientProfile_.companyId))
                    .where(cb.equal(profiles.get(ClientProfile_.companyId), company.get(Company_.id)));
            where.add(client ? cb.exists(profile) : cb.not(cb.exists(profile)));
        });
        return where;
    }

    private static Subquery<Integer> holding(CriteriaBuilder cb, AbstractQuery<?> query, Root<Company> company,
            Set<RoleCode> roles) {
        Subquery<Integer> holds = query.subquery(Integer.class);
        Root<RoleAssignment> assignment = holds.from(RoleAssignment.class);
        holds.select(cb.literal(1)).where(cb.equal(assignment.get(RoleAssignment_.company), company),
                cb.isNull(assignment.get(RoleAssignment_.contextType)),
                assignment.get(RoleAssignment_.role).in(roles));
        return holds;
    }
}
