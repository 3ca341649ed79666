/**
 * Counts, dashboard figures and the company/project network over the unified schema, returned as immutable
 * values such as {@link org.companyunification.analytics.Share}. Implementation classes live in
 * {@code org.companyunification.analytics.internal}, which other modules do not use.
 */
package org.companyunification.analytics;
