package org.companyunification.sync.duplicates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * How much a shared word says: the rarer among the companies searched, the more (inverse document frequency,
 * {@code ln(1 + N / companies holding the word)}), and a {@link OrganisationWords#GENERIC generic} word or a
 * {@link OrganisationWords#QUALIFIERS qualifier} a fraction of that. {@code N} is at least {@value #MIN_CORPUS}, so that in a small set of companies a word that
 * happens to occur once does not outweigh everything else.
 */
final class TokenWeights {

    /** The smallest number of companies the frequencies are read against. */
    static final int MIN_CORPUS = 1000;

    /** The share of its weight a generic word keeps. */
    static final double GENERIC_SHARE = 0.3;

    /** The share of its weight a qualifier keeps. */
    static final double QUALIFIER_SHARE = 0.5;

    private final Map<String, Integer> frequencies;
    private final double corpus;

    private TokenWeights(Map<String, Integer> frequencies, int companies) {
        this.frequencies = frequencies;
        this.corpus = Math.max(companies, MIN_CORPUS);
    }

    static TokenWeights of(List<CompanyRecord> companies) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (CompanyRecord company : companies) {
            for (String word : new HashSet<>(company.features().words())) {
                frequencies.merge(word, 1, Integer::sum);
            }
        }
        return new TokenWeights(frequencies, companies.size());
    }

    /** How many of the companies hold the word (at least 1). */
    int frequency(String word) {
        return Math.max(1, frequencies.getOrDefault(word, 1));
    }

    double weight(String word) {
        double weight = Math.log(1 + corpus / frequency(word));
        if (OrganisationWords.isGeneric(word)) {
            return weight * GENERIC_SHARE;
        }
        return OrganisationWords.isQualifier(word) ? weight * QUALIFIER_SHARE : weight;
    }
}
