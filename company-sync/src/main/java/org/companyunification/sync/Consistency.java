package org.companyunification.sync;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.sync.consistency.ConsistencyReport;
import org.companyunification.sync.consistency.Difference;

/**
 * The row-by-row consistency check: compares every legacy row with the unified rows it maps to, field by field,
 * and every unified row that has a legacy origin with that origin.
 *
 * <pre>{@code
 * ConsistencyReport report = Consistency.configure().dataSource(dataSource).load().check();
 * if (!report.consistent()) report.differences().forEach(log::warn);
 * }</pre>
 *
 * <p>The values a legacy row maps to are computed by the backfill's own mapping and value rule: text trimmed, the
 * white space of names folded, CRM codes normalised, values too long for their unified column left empty and
 * kept in the origin record. A company built from several legacy rows is computed as a first backfill builds it
 * from the rows as they are now: the lead row (the first by table order, vendors to clients, then by id) gives
 * the name and every value it has, later rows fill the fields still empty, and a later row's different values
 * are expected in its origin record ({@code company_origins.source_values}). A project assignment built from
 * several relationship rows is primary if any of them is, with their notes joined; of a person's current primary
 * affiliations the one that started last stays primary.
 *
 * <p>It finds: legacy rows the rule migrates that have no origin record ({@link Difference.Kind#NOT_MIGRATED});
 * origin records whose legacy row is gone ({@link Difference.Kind#LEGACY_ROW_GONE}); legacy rows with an origin
 * that the rule now rejects or skips ({@link Difference.Kind#NO_LONGER_MAPPED}); assignments and affiliations
 * of another company than their legacy row's party maps to ({@link Difference.Kind#OTHER_COMPANY}); a missing
 * global role or client profile ({@link Difference.Kind#UNIFIED_ROW_MISSING}); and every field that differs
 * ({@link Difference.Kind#VALUES_DIFFER}). Legacy rows the rule rejects or skips and that have no origin are
 * counted, not reported; unified rows without a legacy origin (written by applications) are not compared.
 * Timestamps ({@code created_at}, {@code updated_at}) are bookkeeping and not compared.
 *
 * <p>It only reads, takes no lock, and reads each table once: one query for the six company tables together
 * (joined with their origin records, companies, global roles and client profiles, in company order), one per
 * project relationship table and one for the personnel relationships, whatever the number of rows. Results are
 * streamed; memory holds the rows of one company, assignment or person at a time and the listed differences.
 * On PostgreSQL and MariaDB all queries read one snapshot of the database.
 */
public final class Consistency {

    private final ConsistencyCheck check;

    private Consistency(ConsistencyCheck check) {
        this.check = check;
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
     * Compares the legacy and the unified tables row by row.
     *
     * @return the report; {@link ConsistencyReport#consistent()} tells whether they agree
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when a legacy or unified table
     *     is missing, {@link ErrorCode#DATABASE_UNAVAILABLE} when the database cannot be reached, or
     *     {@link ErrorCode#DATABASE_ERROR} when a query fails
     */
    public ConsistencyReport check() {
        return check.run();
    }

    /** Settings of a {@link Consistency} check; each has a default but the data source. */
    public static final class Configuration {

        /** The most differences a report may be asked to list. */
        public static final int MAX_DIFFERENCE_LIMIT = 100_000;

        private DataSource dataSource;
        private MatchingPolicy matchingPolicy = MatchingPolicy.byNameKey();
        private int differenceLimit = 1000;

        private Configuration() {}

        /**
         * Sets the database holding the legacy tables and the unified schema (required).
         *
         * @param dataSource the data source
         * @return this configuration
         */
        public Configuration dataSource(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Sets the rule the companies' name keys were made with: the one the backfill ran with (default:
         * {@link MatchingPolicy#byNameKey()}).
         *
         * @param matchingPolicy the policy
         * @return this configuration
         */
        public Configuration matchingPolicy(MatchingPolicy matchingPolicy) {
            this.matchingPolicy = requireNonNull(matchingPolicy, "matchingPolicy");
            return this;
        }

        /**
         * Sets how many differences a report lists at most (default: 1000); the counts include all of them
         * whatever the limit.
         *
         * @param differenceLimit from 0 (list none) to {@value #MAX_DIFFERENCE_LIMIT}
         * @return this configuration
         * @throws IllegalArgumentException when outside 0 to {@value #MAX_DIFFERENCE_LIMIT}
         */
        public Configuration differenceLimit(int differenceLimit) {
            checkArgument(differenceLimit >= 0 && differenceLimit <= MAX_DIFFERENCE_LIMIT,
                    "difference limit must be between 0 and %s: %s", MAX_DIFFERENCE_LIMIT, differenceLimit);
            this.differenceLimit = differenceLimit;
            return this;
        }

        /**
         * Returns the check.
         *
         * @return the check
         * @throws IllegalStateException when no data source was set
         */
        public Consistency load() {
            checkState(dataSource != null, "a data source is required: call dataSource(...) before load()");
            return new Consistency(new ConsistencyCheck(dataSource, matchingPolicy, differenceLimit));
        }
    }
}
