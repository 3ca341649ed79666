/**
 * The benchmark: {@link org.companyunification.cli.bench.Benchmark} measures the backfill on one scratch database
 * and returns a {@link org.companyunification.cli.bench.BenchmarkReport}. It fills the legacy tables with
 * {@link org.companyunification.testing.generator.LegacyDataGenerator} from company-testing, and measures the
 * backfill against {@link org.companyunification.cli.bench.BaselineCopy}, which copies legacy rows into the
 * unified tables with hand-written set-based SQL as fast as the database can. Table and column names come from
 * {@link org.companyunification.model.legacy.LegacyTable}.
 */
package org.companyunification.cli.bench;
