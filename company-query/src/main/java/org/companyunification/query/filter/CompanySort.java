package org.companyunification.query.filter;

/**
 * The order of the {@code /companies} list. Every order ends on the company id, so it is total and a keyset walk
 * never skips or repeats a row.
 */
public enum CompanySort {
    /** By the normalised name key (case, accents and punctuation ignored), then id. */
    NAME,
    /** By company id, oldest first. */
    ID
}
