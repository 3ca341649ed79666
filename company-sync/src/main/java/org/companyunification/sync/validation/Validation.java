package org.companyunification.sync.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * Validates a migration from the database itself, replacing the old validation script:
 *
 * <pre>{@code
 * ValidationReport report = Validation.configure().dataSource(dataSource).load().validate();
 * if (!report.passed()) report.failures().forEach(log::warn);
 * }</pre>
 *
 * <p>The success criteria: every legacy company row mapped to a company; for each role, the companies holding it
 * equal the distinct companies its legacy table was mapped to; project relationship coverage and personnel
 * affiliation coverage at least the threshold (default 95%); every integrity check clean. Unified rows written by
 * applications (without a legacy origin) are counted, not held against the migration. Validation only reads.
 */
public final class Validation {

    private final Validator validator;

    private Validation(Validator validator) {
        this.validator = validator;
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
     * Validates the database.
     *
     * @return the report
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when the legacy or unified
     *     tables are missing
     */
    public ValidationReport validate() {
        return validator.validate();
    }

    /** Settings of a {@link Validation}. */
    public static final class Configuration {

        /** The most unmapped rows a report may be asked to list. */
        public static final int MAX_UNMAPPED_ROW_LIMIT = 100_000;

        private DataSource dataSource;
        private double coverageThreshold = 0.95;
        private int unmappedRowLimit = 1000;

        private Configuration() {}

        /**
         * Sets the database (required).
         *
         * @param dataSource the data source
         * @return this configuration
         */
        public Configuration dataSource(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Sets the share of project and of personnel relationships that must be migrated (default: 0.95).
         *
         * @param coverageThreshold from 0 to 1
         * @return this configuration
         * @throws IllegalArgumentException when outside 0 to 1
         */
        public Configuration coverageThreshold(double coverageThreshold) {
            checkArgument(coverageThreshold >= 0 && coverageThreshold <= 1,
                    "coverage threshold must be between 0 and 1: %s", coverageThreshold);
            this.coverageThreshold = coverageThreshold;
            return this;
        }

        /**
         * Sets how many legacy rows without a unified row the report lists, in table and id order (default:
         * 1000); the coverage figures count all of them whatever the limit.
         *
         * @param unmappedRowLimit from 0 to {@value #MAX_UNMAPPED_ROW_LIMIT}
         * @return this configuration
         * @throws IllegalArgumentException when outside 0 to {@value #MAX_UNMAPPED_ROW_LIMIT}
         */
        public Configuration unmappedRowLimit(int unmappedRowLimit) {
            checkArgument(unmappedRowLimit >= 0 && unmappedRowLimit <= MAX_UNMAPPED_ROW_LIMIT,
                    "unmapped row limit must be between 0 and %s: %s", MAX_UNMAPPED_ROW_LIMIT, unmappedRowLimit);
            this.unmappedRowLimit = unmappedRowLimit;
            return this;
        }

        /**
         * Returns the validation.
         *
         * @return the validation
         * @throws IllegalStateException when no data source was set
         */
        public Validation load() {
            checkState(dataSource != null, "a data source is required: call dataSource(...) before load()");
            return new Validation(new Validator(dataSource, coverageThreshold, unmappedRowLimit));
        }
    }
}
