package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The duplicate candidates search of a {@link Benchmark}, over the backfilled companies.
 *
 * @param search how long {@code DuplicateFinder.find()} took, reading the companies included; its rows are the
 *     companies read
 * @param comparisons how many pairs of companies it scored
 * @param strongCandidates how many strong candidates it found
 * @param reviewCandidates how many candidates to review it found
 */
public record DuplicateSearchFigures(Measurement search, long comparisons, int strongCandidates,
        int reviewCandidates) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the measurement is missing
     * @throws IllegalArgumentException when a count is negative
     */
    public DuplicateSearchFigures {
        requireNonNull(search, "search");
        checkArgument(comparisons >= 0 && strongCandidates >= 0 && reviewCandidates >= 0,
                "counts must not be negative: %s, %s, %s", comparisons, strongCandidates, reviewCandidates);
    }

    /**
     * Returns how many pairs it found.
     *
     * @return strong and review candidates together
     */
    public int candidates() {
        return strongCandidates + reviewCandidates;
    }
}
