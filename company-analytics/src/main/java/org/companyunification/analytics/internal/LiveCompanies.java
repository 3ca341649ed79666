package org.companyunification.analytics.internal;

/**
 * The one condition every figure and the network read companies through. Today every row of {@code companies}
 * is a live company, so the condition holds for all of them; when merged companies are kept as tombstones, the
 * condition that leaves them out goes here and every count follows.
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
        return "(" + alias + ".company_id IS NOT NULL)";
    }
}
