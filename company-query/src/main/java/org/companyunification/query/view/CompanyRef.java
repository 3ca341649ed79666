package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A company named by its id and name, as lists and links show it.
 *
 * @param id the company id ({@code companies.company_id})
 * @param name the company name as stored
 */
public record CompanyRef(long id, String name) {

    /**
     * Creates a reference.
     *
     * @throws NullPointerException when the name is {@code null}
     */
    public CompanyRef {
        checkNotNull(name, "company name must not be null");
    }
}
