/**
 * What a caller asks of the {@code /companies} list: the filter ({@link
 * org.companyunification.query.filter.CompanyFilter}) and the order ({@link
 * org.companyunification.query.filter.CompanySort}).
 */
package org.companyunification.query.filter;
