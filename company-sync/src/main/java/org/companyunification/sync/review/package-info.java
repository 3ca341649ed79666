/**
 * Reviewing duplicate candidates. Entry point {@link org.companyunification.sync.review.DuplicateReview}: it
 * writes the candidates of a {@link org.companyunification.sync.duplicates.DuplicateFinder} search to a file a
 * person edits ({@link org.companyunification.sync.review.ReviewFile}), one
 * {@link org.companyunification.sync.review.ReviewItem} a pair, and applies the decisions in one transaction:
 * accepted pairs are merged, rejected pairs are remembered and not proposed again.
 */
package org.companyunification.sync.review;
