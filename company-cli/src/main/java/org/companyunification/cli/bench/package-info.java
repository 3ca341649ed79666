/**
 * The benchmark: {@link org.companyunification.cli.bench.Benchmark} measures the backfill on one scratch database
 * and returns a {@link org.companyunification.cli.bench.BenchmarkReport}. Its tools:
 * {@link org.companyunification.testing.generator.LegacyDataGenerator} fills empty legacy tables with a seeded, repeatable,
 * realistically shaped data set of any size, and {@link org.companyunification.cli.bench.BaselineCopy} copies
 * legacy rows into the unified tables with hand-written set-based SQL, the yardstick the backfill's speed is
 * measured against.
 */
package org.companyunification.cli.bench;
