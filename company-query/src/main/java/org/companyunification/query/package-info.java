/**
 * Typed, read-only queries over the unified schema. {@link org.companyunification.query.CompanyQuery} is the
 * entry point; it returns the immutable views of {@code org.companyunification.query.view}, never managed
 * entities, takes the filters of {@code org.companyunification.query.filter}, and a {@link
 * org.companyunification.query.PageRequest} where a result can be long. Implementation classes live in {@code
 * org.companyunification.query.internal}, which other modules do not use.
 */
package org.companyunification.query;
