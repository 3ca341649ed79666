package org.companyunification.sync.duplicates;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link DuplicateFinder#find()} found.
 *
 * @param companies how many companies were read
 * @param comparisons how many pairs were scored: pairs that share a blocking key or are neighbours in name order
 * @param oversizedBlocks how many blocking keys were shared by more companies than the block size limit and so
 *     compared nothing (a word or domain that common says little)
 * @param strongThreshold the score from which a pair is {@link CandidateBand#STRONG}
 * @param reviewThreshold the score from which a pair is a candidate at all ({@link CandidateBand#REVIEW})
 * @param duration how long the search took
 * @param candidates the candidates, highest score first, then by company ids
 */
public record DuplicateSearchResult(int companies, long comparisons, int oversizedBlocks, double strongThreshold,
        double reviewThreshold, Duration duration, List<DuplicateCandidate> candidates) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException when a value is {@code null}
     */
    public DuplicateSearchResult {
        requireNonNull(duration, "duration");
        candidates = List.copyOf(candidates);
    }

    /**
     * Returns the candidates of one band.
     *
     * @param band the band
     * @return its candidates, in the order of {@link #candidates()}
     */
    public List<DuplicateCandidate> candidates(CandidateBand band) {
        return candidates.stream().filter(candidate -> candidate.band() == band).toList();
    }
}
