package org.companyunification.sync.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The search in memory: blocks the companies, scores the pairs of each block and keeps those above review. */
final class CandidateSearch {

    /** Highest score first, then by company ids. */
    static final Comparator<DuplicateCandidate> ORDER = Comparator.comparingDouble(DuplicateCandidate::score)
            .reversed().thenComparingLong(DuplicateCandidate::companyId)
            .thenComparingLong(DuplicateCandidate::otherCompanyId);

    private final double strongThreshold;
    private final double reviewThreshold;
    private final int maxBlockSize;

    CandidateSearch(double strongThreshold, double reviewThreshold, int maxBlockSize) {
        this.strongThreshold = strongThreshold;
        this.reviewThreshold = reviewThreshold;
        this.maxBlockSize = maxBlockSize;
    }

    /** A pair of company ids, the smaller first. */
    record PairKey(long companyId, long otherCompanyId) {}

    static PairKey pairKey(long a, long b) {
        return new PairKey(Math.min(a, b), Math.max(a, b));
    }

    /** What a search found, before it is timed and reported. */
    record Outcome(long comparisons, int oversizedBlocks, List<DuplicateCandidate> candidates) {}

    Outcome run(List<CompanyRecord> companies) {
        return run(companies, Set.of());
    }

    /** Searches, leaving out the pairs given (those a person rejected). */
    Outcome run(List<CompanyRecord> companies, Set<PairKey> rejected) {
        TokenWeights weights = TokenWeights.of(companies);
        Blocking blocking = new Blocking(companies, weights, maxBlockSize);
        long[] pairs = blocking.pairs();
        PairScorer scorer = new PairScorer(weights);
        List<DuplicateCandidate> candidates = new ArrayList<>();
        for (long pair : pairs) {
            CompanyRecord a = companies.get((int) (pair >>> 32));
            CompanyRecord b = companies.get((int) pair);
            if (!rejected.isEmpty() && rejected.contains(pairKey(a.id(), b.id()))) {
                continue;
            }
            PairScorer.Score score = scorer.score(a, b, reviewThreshold);
            if (score.score() >= reviewThreshold && !score.reasons().isEmpty()) {
                candidates.add(candidate(a, b, score));
            }
        }
        candidates.sort(ORDER);
        return new Outcome(pairs.length, blocking.oversizedBlocks(), candidates);
    }

    private DuplicateCandidate candidate(CompanyRecord a, CompanyRecord b, PairScorer.Score score) {
        CompanyRecord first = a.id() < b.id() ? a : b;
        CompanyRecord second = first == a ? b : a;
        CandidateBand band = score.score() >= strongThreshold ? CandidateBand.STRONG : CandidateBand.REVIEW;
        return new DuplicateCandidate(first.id(), first.name(), second.id(), second.name(), score.score(), band,
                score.reasons());
    }
}
