/**
 * The figures of the unified data that a dashboard shows, each counted in the database by one aggregate query
 * of {@link org.companyunification.analytics.Analytics}, and the {@link
 * org.companyunification.analytics.figures.Dashboard} that gathers them.
 */
package org.companyunification.analytics.figures;
