/**
 * Merging duplicate companies and undoing a merge exactly. Entry point
 * {@link org.companyunification.sync.merge.CompanyMerge}: a merge returns a
 * {@link org.companyunification.sync.merge.MergeResult}, an unmerge an
 * {@link org.companyunification.sync.merge.UnmergeResult}, and
 * {@link org.companyunification.sync.merge.CompanyMerge#merges()} lists the recorded merges.
 *
 * <p>The package-private types carry the work: {@code MergeOperation} and {@code UnmergeOperation} write the
 * set-based statements, {@code JournaledTable} describes each unified table a merge journals.
 */
package org.companyunification.sync.merge;
