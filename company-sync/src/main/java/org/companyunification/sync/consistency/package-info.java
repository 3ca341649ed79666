/**
 * What the row-by-row consistency check reports: a {@link org.companyunification.sync.consistency.ConsistencyReport}
 * with, per legacy table, the rows read and how many differ, and each
 * {@link org.companyunification.sync.consistency.Difference} with the legacy and the unified table and id and the
 * {@link org.companyunification.sync.consistency.FieldDifference fields} whose values differ. The check itself is
 * {@link org.companyunification.sync.Consistency}. Records that depend on nothing else of company-sync.
 */
package org.companyunification.sync.consistency;
