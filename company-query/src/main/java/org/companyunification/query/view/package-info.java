/**
 * The immutable views {@link org.companyunification.query.CompanyQuery} returns: records of plain values (ids,
 * names, roles, dates), never managed entities or Hibernate types. Absent values are {@link java.util.Optional}
 * and empty results are empty lists, never {@code null}.
 */
package org.companyunification.query.view;
