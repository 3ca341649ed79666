/**
 * Duplicate candidates: pairs of companies that are probably the same organisation although their name keys
 * differ (an acronym and its full name, a short and a longer form, a typing error, the same web site). Entry point
 * {@link org.companyunification.sync.duplicates.DuplicateFinder}; a search returns a
 * {@link org.companyunification.sync.duplicates.DuplicateSearchResult} whose
 * {@link org.companyunification.sync.duplicates.DuplicateCandidate candidates} carry the two company ids and names,
 * a score, a {@link org.companyunification.sync.duplicates.CandidateBand band} and their
 * {@link org.companyunification.sync.duplicates.MatchReason reasons}.
 *
 * <p>The package-private types are the search: one streaming read of the companies, blocking keys built in
 * memory, and a score per pair compared within a block.
 */
package org.companyunification.sync.duplicates;
