/**
 * Shadow reads during the transition: while the legacy and the unified schemas are both live, {@link
 * org.companyunification.query.CompanyQuery} can answer the role and project questions from the legacy tables as
 * well and report every disagreement ({@link org.companyunification.query.shadow.ShadowMismatch}) to a {@link
 * org.companyunification.query.shadow.ShadowReadListener}, without changing what the caller gets.
 */
package org.companyunification.query.shadow;
