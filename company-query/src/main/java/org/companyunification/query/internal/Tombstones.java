package org.companyunification.query.internal;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.Company_;

/**
 * Companies merged into another stay as tombstones that point at their survivor ({@code
 * companies.merged_into_company_id}), and a survivor is never a tombstone itself. Lookups by id resolve a
 * tombstone to its survivor inside the statement they already make; lists leave tombstones out.
 */
final class Tombstones {

    private Tombstones() {}

    /**
     * Selects the company an id stands for: the company itself when it is not a tombstone, its survivor when
     * it is. No extra statement: the survivor's id is a subquery, {@code company_id = COALESCE((SELECT
     * merged_into_company_id ... WHERE company_id = :id), :id)}, one equality on the primary key that every
     * database seeks (an {@code OR} of the two cases made H2 read the whole table).
     */
    static Predicate resolves(CriteriaBuilder cb, AbstractQuery<?> query, Root<Company> company,
            Expression<Long> companyId) {
        Subquery<Long> survivor = query.subquery(Long.class);
        Root<Company> tombstone = survivor.from(Company.class);
        survivor.select(tombstone.get(Company_.mergedIntoId))
                .where(cb.equal(tombstone.get(Company_.id), companyId));
        return cb.equal(company.get(Company_.id), cb.coalesce(survivor, companyId));
    }

    /**
     * Leaves tombstones out: {@code COALESCE(merged_into_company_id, company_id) = company_id}, true exactly when
     * {@code merged_into_company_id IS NULL} (a company is never merged into itself). Written so because H2's
     * planner reads {@code IS NULL} as a selective seek of the index on {@code merged_into_company_id}, which
     * holds nearly every company under {@code NULL}: a name search then read and sorted every company instead
     * of walking the name-key index. No database would seek that index for live companies anyway.
     */
    static Predicate live(CriteriaBuilder cb, Root<Company> company) {
        Path<Long> id = company.get(Company_.id);
        return cb.equal(cb.coalesce(company.get(Company_.mergedIntoId), id), id);
    }
}
