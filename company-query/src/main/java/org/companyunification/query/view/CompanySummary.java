package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The columns of a company row that lists show ({@code companies}).
 *
 * @param id the company id
 * @param name the company name as stored
 * @param companyType the company type, or empty
 * @param country the country, or empty
 * @param website the website, or empty
 */
public record CompanySummary(long id, String name, Optional<String> companyType, Optional<String> country,
        Optional<String> website) {

    /**
     * Creates a summary.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public CompanySummary {
        checkNotNull(name, "company name must not be null");
        checkNotNull(companyType, "company type must not be null: use Optional.empty()");
        checkNotNull(country, "country must not be null: use Optional.empty()");
        checkNotNull(website, "website must not be null: use Optional.empty()");
    }

    /**
     * Returns the id and name of the company.
     *
     * @return the reference
     */
    public CompanyRef ref() {
        return new CompanyRef(id, name);
    }
}
