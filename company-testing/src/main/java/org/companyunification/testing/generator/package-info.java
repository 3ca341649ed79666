/**
 * The seeded legacy data generator: fills the legacy tables with realistic, dirty data of a given shape and size,
 * the same for the same seed, for the benchmark and for tests at scale.
 */
package org.companyunification.testing.generator;
