/**
 * The company/project network: a {@link org.companyunification.analytics.network.Network} of companies and
 * projects joined by project-scoped role assignments and company-company links, its {@linkplain
 * org.companyunification.analytics.network.NetworkFilter filters}, its {@linkplain
 * org.companyunification.analytics.network.NetworkFigures figures} and its {@linkplain
 * org.companyunification.analytics.network.NetworkFormat export formats}.
 */
package org.companyunification.analytics.network;
