/**
 * How {@link org.companyunification.analytics.Analytics} reads and writes: the connection it borrows, the
 * aggregate SQL behind each figure, the streamed network reads and the exporters. Not for use outside this
 * module.
 */
package org.companyunification.analytics.internal;
