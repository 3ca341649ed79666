package org.companyunification.sync.validation;

/**
 * Unified rows that no legacy row came from: written by applications. Counted, not an error.
 *
 * @param companies companies without an origin record
 * @param assignments role assignments without one
 * @param affiliations person affiliations without one
 */
public record RowsWithoutOrigin(long companies, long assignments, long affiliations) {}
