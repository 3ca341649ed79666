/**
 * How {@link org.companyunification.query.CompanyQuery} reads: read-only sessions, the typed criteria queries
 * behind the lists and role questions, and the compile-time-checked HQL statements about one company. Not for
 * use outside this module.
 */
package org.companyunification.query.internal;
