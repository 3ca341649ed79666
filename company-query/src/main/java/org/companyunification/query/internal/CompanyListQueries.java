package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
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
 * roles of the page's companies) and a keyset page (two statements: the page and its roles). A statement is built
 * once per factory and shape of filter ({@link Prepared}); the filter's values are bound as parameters.
 */
public final class CompanyListQueries {

    private static final String ROLE = "role";
    private static final String NAME = "name";
    private static final String COUNTRY = "country";
    private static final String TYPE = "companyType";
    private static final String AFTER_KEY = "afterKey";
    private static final String AFTER_ID = "afterId";
    private static final String ID = "id";

    /** Up to this many ids, the roles query takes a power of two of them; beyond, a multiple of it. */
    private static final int ID_BUCKET = 1024;

    private CompanyListQueries() {}

    /** What a list query's statement depends on: which filters are set and how, never their values. */
    private record Shape(String kind, int roles, RoleMatch roleMatch, NameMatch name, boolean country,
            boolean type, Optional<Boolean> client, CompanySort sort, boolean cursor) {

        static Shape of(String kind, CompanyFilter filter, CompanySort sort, boolean cursor) {
            NameMatch name = filter.nameContains().map(text -> NameSearch.containsPattern(text).isPresent()
                    ? NameMatch.PATTERN : NameMatch.NOTHING).orElse(NameMatch.ANY);
            return new Shape(kind, filter.roles().size(), filter.roleMatch(), name, filter.country().isPresent(),
                    filter.companyType().isPresent(), filter.client(), sort, cursor);
        }
    }

    /** How a filter's name search shapes the statement. */
    private enum NameMatch {
        /** No name search. */
        ANY,
        /** A pattern over the name key. */
        PATTERN,
        /** Text without a letter or digit: no name key contains it, so nothing matches. */
        NOTHING
    }

    /** A page by offset, with the total count. */
    public static Page<CompanyListItem> page(EntityManager em, CompanyFilter filter, CompanySort sort, int offset,
            int limit) {
        Shape shape = Shape.of("page", filter, sort, false);
        CriteriaQuery<Tuple> query = Prepared.query(em, shape, cb -> listQuery(cb, shape));
        TypedQuery<Tuple> page = em.createQuery(query).setFirstResult(offset).setMaxResults(limit);
        List<Tuple> rows = bind(page, filter).getResultList();

        Shape countShape = Shape.of("count", filter, CompanySort.ID, false);
        CriteriaQuery<Long> count = Prepared.query(em, countShape, cb -> {
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<Company> counted = q.from(Company.class);
            return q.select(cb.count(counted)).where(predicates(cb, q, counted, countShape).toArray(Predicate[]::new));
        });
        long total = bind(em.createQuery(count), filter).getSingleResult();
        return new Page<>(items(em, rows), offset, total);
    }

    /** A page of at most {@code limit} rows after the cursor, or from the start. */
    public static KeysetPage<CompanyListItem> after(EntityManager em, CompanyFilter filter, CompanySort sort,
            Optional<CompanyCursor> cursor, int limit) {
        Shape shape = Shape.of("after", filter, sort, cursor.isPresent());
        CriteriaQuery<Tuple> query = Prepared.query(em, shape, cb -> listQuery(cb, shape));
        TypedQuery<Tuple> page = bind(em.createQuery(query).setMaxResults(limit), filter);
        cursor.ifPresent(after -> {
            page.setParameter(AFTER_ID, after.id());
            if (sort == CompanySort.NAME) {
                page.setParameter(AFTER_KEY, after.sortKey());
            }
        });
        List<Tuple> rows = page.getResultList();
        Optional<CompanyCursor> next = Optional.empty();
        if (rows.size() == limit) {
            Tuple last = rows.get(rows.size() - 1);
            long id = last.get("c_id", Long.class);
            next = Optional.of(new CompanyCursor(sort == CompanySort.NAME ? last.get("key", String.class)
                    : Long.toString(id), id));
        }
        return new KeysetPage<>(items(em, rows), next);
    }

    private static CriteriaQuery<Tuple> listQuery(CriteriaBuilder cb, Shape shape) {
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Company> company = query.from(Company.class);
        Join<Company, ClientProfile> profile = company.join(Company_.clientProfile, JoinType.LEFT);
        List<Predicate> where = predicates(cb, query, company, shape);
        if (shape.cursor()) {
            where.add(after(cb, company, shape.sort()));
        }
        return query.multiselect(Rows.plus(Rows.summarySelections(company),
                        profile.get(ClientProfile_.companyId).alias("client"),
                        company.get(Company_.nameKey).alias("key")))
                .where(where.toArray(Predicate[]::new))
                .orderBy(order(cb, company, shape.sort()));
    }

    /** Binds the filter's values to the parameters {@link #predicates} declared for its shape. */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CompanyFilter filter) {
        int i = 0;
        for (RoleCode role : filter.roles()) {
            query.setParameter(ROLE + i++, role);
        }
        filter.nameContains().flatMap(NameSearch::containsPattern).ifPresent(pattern -> query.setParameter(NAME,
                pattern));
        filter.country().ifPresent(country -> query.setParameter(COUNTRY, country));
        filter.companyType().ifPresent(type -> query.setParameter(TYPE, type));
        return query;
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

    /**
     * The global roles of the given companies: one statement, none for no company. The statement names as many
     * ids as the next power of two (above {@value #ID_BUCKET}, the next multiple of it), the last id repeated, so
     * that a few statements serve every page size.
     */
    static Map<Long, Set<RoleCode>> globalRoles(EntityManager em, List<Long> companyIds) {
        Map<Long, Set<RoleCode>> roles = new HashMap<>();
        if (companyIds.isEmpty()) {
            return roles;
        }
        int size = companyIds.size();
        int slots = size == 1 ? 1
                : size <= ID_BUCKET ? Integer.highestOneBit(size - 1) << 1
                : (size + ID_BUCKET - 1) / ID_BUCKET * ID_BUCKET;
        CriteriaQuery<Tuple> query = Prepared.query(em, "globalRoles" + slots, cb -> {
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<RoleAssignment> assignment = q.from(RoleAssignment.class);
            var companyId = assignment.get(RoleAssignment_.company).get(Company_.id);
            List<Expression<Long>> ids = new ArrayList<>(slots);
            for (int i = 0; i < slots; i++) {
                ids.add(Prepared.parameter(cb, Long.class, ID + i));
            }
            return q.multiselect(companyId.alias("id"), assignment.get(RoleAssignment_.role).alias("role"))
                    .where(companyId.in(ids.toArray(Expression[]::new)),
                            cb.isNull(assignment.get(RoleAssignment_.contextType)));
        });
        TypedQuery<Tuple> typed = em.createQuery(query);
        for (int i = 0; i < slots; i++) {
            typed.setParameter(ID + i, companyIds.get(Math.min(i, size - 1)));
        }
        for (Tuple row : typed.getResultList()) {
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

    private static Predicate after(CriteriaBuilder cb, Root<Company> company, CompanySort sort) {
        var id = company.get(Company_.id);
        ParameterExpression<Long> afterId = Prepared.parameter(cb, Long.class, AFTER_ID);
        if (sort == CompanySort.ID) {
            return cb.greaterThan(id, afterId);
        }
        var key = company.get(Company_.nameKey);
        ParameterExpression<String> afterKey = Prepared.parameter(cb, String.class, AFTER_KEY);
        return cb.or(cb.greaterThan(key, afterKey), cb.and(cb.equal(key, afterKey), cb.greaterThan(id, afterId)));
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<Company> company,
            Shape shape) {
        List<Predicate> where = new ArrayList<>();
        where.add(Tombstones.live(cb, company));
        if (shape.roles() > 0) {
            List<ParameterExpression<RoleCode>> roles = new ArrayList<>();
            for (int i = 0; i < shape.roles(); i++) {
                roles.add(Prepared.parameter(cb, RoleCode.class, ROLE + i));
            }
            if (shape.roleMatch() == RoleMatch.ANY) {
                where.add(cb.exists(holding(cb, query, company, roles)));
            } else {
                for (ParameterExpression<RoleCode> role : roles) {
                    where.add(cb.exists(holding(cb, query, company, List.of(role))));
                }
            }
        }
        switch (shape.name()) {
            case PATTERN -> where.add(cb.like(company.get(Company_.nameKey), Prepared.parameter(cb, String.class, NAME),
                    NameSearch.ESCAPE));
            case NOTHING -> where.add(cb.disjunction());
            case ANY -> { }
        }
        if (shape.country()) {
            where.add(cb.equal(company.get(Company_.contactDetails).get(ContactDetails_.country),
                    Prepared.parameter(cb, String.class, COUNTRY)));
        }
        if (shape.type()) {
            where.add(cb.equal(company.get(Company_.companyType), Prepared.parameter(cb, String.class, TYPE)));
        }
        shape.client().ifPresent(client -> {
            Subquery<Long> profile = query.subquery(Long.class);
            Root<ClientProfile> profiles = profile.from(ClientProfile.class);
            profile.select(profiles.get(ClientProfile_.companyId))
                    .where(cb.equal(profiles.get(ClientProfile_.companyId), company.get(Company_.id)));
            where.add(client ? cb.exists(profile) : cb.not(cb.exists(profile)));
        });
        return where;
    }

    private static Subquery<Integer> holding(CriteriaBuilder cb, AbstractQuery<?> query, Root<Company> company,
            List<ParameterExpression<RoleCode>> roles) {
        Subquery<Integer> holds = query.subquery(Integer.class);
        Root<RoleAssignment> assignment = holds.from(RoleAssignment.class);
        Path<RoleCode> role = assignment.get(RoleAssignment_.role);
        holds.select(cb.literal(1)).where(cb.equal(assignment.get(RoleAssignment_.company), company),
                cb.isNull(assignment.get(RoleAssignment_.contextType)),
                roles.size() == 1 ? cb.equal(role, roles.get(0)) : role.in(roles.toArray(Expression[]::new)));
        return holds;
    }
}
