/**
 * Fixtures for the tests of applications that embed the library, and of the library's own modules:
 * {@link org.companyunification.testing.DatabaseTest} runs a test once on each database (H2, PostgreSQL,
 * MariaDB) with a fresh {@link org.companyunification.testing.TestDatabase};
 * {@link org.companyunification.testing.DatabaseScope} runs work in transactions and drops data;
 * {@link org.companyunification.testing.LegacyData} and {@link org.companyunification.testing.UnifiedData} build
 * rows, {@link org.companyunification.testing.LegacyScenarios} holds ready-made legacy data sets, and
 * {@link org.companyunification.testing.LegacySnapshot} records what the legacy tables hold. A published jar:
 * add it with test scope.
 */
package org.companyunification.testing;
