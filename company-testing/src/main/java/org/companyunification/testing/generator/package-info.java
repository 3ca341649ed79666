/**
 * The seeded legacy data generator: {@link org.companyunification.testing.generator.LegacyDataGenerator} fills
 * empty legacy tables with invented but realistically shaped rows of any size (shared organisations under
 * several spellings, near-duplicates, orphans, dirty values), the same rows for the same seed and scale on every
 * database, and returns {@link org.companyunification.testing.generator.GeneratedData} with the rows per table
 * and the {@link org.companyunification.testing.generator.DataShape} a migration of them must reproduce;
 * {@link org.companyunification.testing.generator.GenerationListener} follows its progress.
 *
 * <p>Table and column names come from {@link org.companyunification.model.legacy.LegacyTable}; what only the
 * generator knows (how rows spread over the tables, how often a value is dirty) stays in the package-private
 * classes that write each group of tables.
 */
package org.companyunification.testing.generator;
