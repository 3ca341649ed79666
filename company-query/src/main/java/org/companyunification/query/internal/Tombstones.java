package org.companyunification.query.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.Company_;

/**
 * Companies merged into another stay as tombstones that point at their survivor ({@code
 * companies.merged_into_company_id}), and a survivor is never a tombstone itself. Lists leave tombstones out;
 * lookups by id resolve a tombstone to its survivor inside the statement they already make ({@link
 * CompanyStatements#summary}).
 */
final class Tombstones {

    private Tombstones() {}

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
