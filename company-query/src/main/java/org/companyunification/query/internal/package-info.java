/**
 * How {@link org.companyunification.query.CompanyQuery} reads: read-only sessions and the typed criteria queries
 * behind each method. Not for use outside this module.
 */
package org.companyunification.query.internal;
