/**
 * Helpers that the backfill and the validation share: small JDBC helpers and the check that the tables an
 * operation needs exist. Not an API: applications use {@link org.companyunification.sync} and
 * {@link org.companyunification.sync.validation}. Depends on no other package of company-sync.
 */
package org.companyunification.sync.internal;
