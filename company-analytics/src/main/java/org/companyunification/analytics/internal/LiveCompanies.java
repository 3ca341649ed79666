package org.companyunification.analytics.internal;

/**
 * The one condition every figure and the network read companies through: a company merged into another stays
 * as a tombstone pointing at its survivor ({@code companies.merged_into_company_id}) and is not counted.
 */
final class LiveCompanies {

    private LiveCompanies() {}

    /**
     * Returns the condition on a row of {@code companies}.
     *
     * @param alias the alias of {@code companies} in the statement
     * @return an SQL condition, to be joined with {@code AND}
     */
    static String condition(String alias) {
        return "(" + alias + ".merged_into_company_id IS NULL)";
    }
}
