package org.companyunification.sync.duplicates;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.internal.Preflight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds pairs of companies that are probably the same organisation although the backfill's matching rule kept
 * them apart: an acronym and its full name ({@code PG&E}, {@code Pacific Gas and Electric}), a short and a longer
 * form ({@code Southern Company}, {@code Southern Company Services}), a typing error, the same web site or e-mail
 * domain.
 *
 * <pre>{@code
 * DuplicateFinder finder = DuplicateFinder.configure().dataSource(dataSource).load();
 * DuplicateSearchResult result = finder.find();
 * result.candidates(CandidateBand.STRONG).forEach(c -> log.info("{} and {}: {}", c.companyName(),
 *         c.otherCompanyName(), c.reasons()));
 * }</pre>
 *
 * <p><b>How.</b> The companies are read once, in one streaming query (id, name, name key, web site, contact
 * e-mail), and held in memory, a few hundred bytes each. Companies are put in blocks by their rarest distinctive
 * words, their acronyms, their web site and e-mail domains (free-mail domains such as gmail.com left out), and
 * are compared only within a block, and with their neighbours in name order; a block of more than
 * {@link Configuration#maxBlockSize} companies compares nothing. Each pair compared gets a score from 0 to 1
 * from its {@link ReasonCode reasons}: word similarity weighted by how rare the words are, the same distinctive
 * words, one name contained in the other with only generic words added, an acronym, close spellings
 * (Jaro-Winkler), the same web site domain, the same e-mail domain. A pair whose score reaches the review
 * threshold is a candidate; from the strong threshold on it is {@link CandidateBand#STRONG}.
 *
 * <p>The default thresholds were chosen on a labelled set of real-world organisation name pairs kept with the
 * tests, where they give the precision and recall stated in the README. A pair a person has rejected (see
 * {@code org.companyunification.sync.review.DuplicateReview}) is never proposed again. The search only reads: it
 * takes no lock and writes nothing.
 */
public final class DuplicateFinder {

    /** The default strong threshold. */
    public static final double DEFAULT_STRONG_THRESHOLD = 0.85;

    /** The default review threshold. */
    public static final double DEFAULT_REVIEW_THRESHOLD = 0.7;

    /** The default largest block compared. */
    public static final int DEFAULT_MAX_BLOCK_SIZE = 100;

    /** The largest block size that may be configured. */
    public static final int MAX_BLOCK_SIZE = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateFinder.class);

    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final CandidateSearch search;
    private final double strongThreshold;
    private final double reviewThreshold;

    private DuplicateFinder(Configuration configuration, DatabaseVendor vendor) {
        this.dataSource = configuration.dataSource;
        this.vendor = vendor;
        this.strongThreshold = configuration.strongThreshold;
        this.reviewThreshold = configuration.reviewThreshold;
        this.search = new CandidateSearch(strongThreshold, reviewThreshold, configuration.maxBlockSize);
    }

    /**
     * Starts a configuration.
     *
     * @return a new configuration with the defaults
     */
    public static Configuration configure() {
        return new Configuration();
    }

    /**
     * Reads the companies and finds the candidates.
     *
     * @return the candidates and what the search did
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when the unified schema is not
     *     applied, {@link ErrorCode#DATABASE_UNAVAILABLE} when the database cannot be reached, or
     *     {@link ErrorCode#DATABASE_ERROR} when reading the companies fails
     */
    public DuplicateSearchResult find() {
        long started = System.nanoTime();
        List<CompanyRecord> companies;
        Set<CandidateSearch.PairKey> rejected;
        try (Connection connection = dataSource.getConnection()) {
            Preflight.check(connection, List.of());
            try {
                companies = CompanyReader.read(connection, vendor);
            } catch (SQLException e) {
                throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Reading the companies for the"
                        + " duplicate search failed: " + e.getMessage() + ". Check the database and run it again.",
                        e);
            }
            try {
                rejected = CompanyReader.rejectedPairs(connection);
            } catch (SQLException e) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The unified schema is out of date"
                        + " (no table rejected_duplicate_pairs): apply its latest migrations first (the 'schema'"
                        + " command, or CompanySchema.configure().dataSource(ds).load().migrate()).", e);
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database: " + e.getMessage(), e);
        }
        CandidateSearch.Outcome outcome = search.run(companies, rejected);
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        DuplicateSearchResult result = new DuplicateSearchResult(companies.size(), outcome.comparisons(),
                outcome.oversizedBlocks(), strongThreshold, reviewThreshold, duration, outcome.candidates());
        LOG.info("Duplicate search: {} companies, {} pairs compared, {} strong and {} review candidates in {} ms",
                result.companies(), result.comparisons(), result.candidates(CandidateBand.STRONG).size(),
                result.candidates(CandidateBand.REVIEW).size(), duration.toMillis());
        return result;
    }

    /** Settings of a {@link DuplicateFinder}; each has a default but the data source. */
    public static final class Configuration {

        private DataSource dataSource;
        private double strongThreshold = DEFAULT_STRONG_THRESHOLD;
        private double reviewThreshold = DEFAULT_REVIEW_THRESHOLD;
        private int maxBlockSize = DEFAULT_MAX_BLOCK_SIZE;

        private Configuration() {}

        /**
         * Sets the database holding the unified schema (required).
         *
         * @param dataSource the data source
         * @return this configuration
         */
        public Configuration dataSource(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Sets the score from which a candidate is {@link CandidateBand#STRONG} (default:
         * {@value DuplicateFinder#DEFAULT_STRONG_THRESHOLD}).
         *
         * @param strongThreshold more than 0, at most 1, and at least the review threshold
         * @return this configuration
         * @throws IllegalArgumentException when outside that range
         */
        public Configuration strongThreshold(double strongThreshold) {
            checkArgument(strongThreshold > 0 && strongThreshold <= 1,
                    "strong threshold must be more than 0 and at most 1: %s", strongThreshold);
            this.strongThreshold = strongThreshold;
            return this;
        }

        /**
         * Sets the score from which a pair is a candidate at all (default:
         * {@value DuplicateFinder#DEFAULT_REVIEW_THRESHOLD}).
         *
         * @param reviewThreshold more than 0, at most 1, and at most the strong threshold
         * @return this configuration
         * @throws IllegalArgumentException when outside that range
         */
        public Configuration reviewThreshold(double reviewThreshold) {
            checkArgument(reviewThreshold > 0 && reviewThreshold <= 1,
                    "review threshold must be more than 0 and at most 1: %s", reviewThreshold);
            this.reviewThreshold = reviewThreshold;
            return this;
        }

        /**
         * Sets how many companies a block may hold and still be compared pair by pair (default:
         * {@value DuplicateFinder#DEFAULT_MAX_BLOCK_SIZE}). A larger block compares nothing; the work of a block
         * grows with the square of its size.
         *
         * @param maxBlockSize from 2 to {@value DuplicateFinder#MAX_BLOCK_SIZE}
         * @return this configuration
         * @throws IllegalArgumentException when outside that range
         */
        public Configuration maxBlockSize(int maxBlockSize) {
            checkArgument(maxBlockSize >= 2 && maxBlockSize <= MAX_BLOCK_SIZE,
                    "max block size must be between 2 and %s: %s", MAX_BLOCK_SIZE, maxBlockSize);
            this.maxBlockSize = maxBlockSize;
            return this;
        }

        /**
         * Connects once to detect the database and returns the finder.
         *
         * @return the finder
         * @throws IllegalStateException when no data source was set, or the review threshold is above the strong
         *     one
         * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when the database
         *     cannot be reached
         */
        public DuplicateFinder load() {
            checkState(dataSource != null, "a data source is required: call dataSource(...) before load()");
            checkState(reviewThreshold <= strongThreshold,
                    "the review threshold %s must not be above the strong threshold %s", reviewThreshold,
                    strongThreshold);
            return new DuplicateFinder(this, DatabaseVendor.of(dataSource));
        }
    }
}
