/**
 * The backfill: moves the legacy company, personnel and project relationship tables into the unified schema.
 * Entry point {@link org.companyunification.sync.Backfill}; a run returns a
 * {@link org.companyunification.sync.RunResult}, a dry run a {@link org.companyunification.sync.DryRunResult}, and
 * {@link org.companyunification.sync.Backfill#runs()} lists the recorded runs as
 * {@link org.companyunification.sync.RunSummary} records.
 *
 * <p>The public types are the API. The package-private ones are the backfill engine: one
 * {@code TableMigration} per legacy table of the catalogue
 * ({@link org.companyunification.model.legacy.LegacyTable}), reading a page of rows at a time, mapping them
 * (MapStruct) to drafts and writing them in JDBC batches, with the run's bookkeeping.
 *
 * <p>Unified-to-legacy dual-write ({@link org.companyunification.sync.ReverseSync}) lives here too: a Hibernate
 * integrator registers a listener that collects a transaction's unified changes, and a writer that writes the
 * matching legacy rows and their origin records, the way the backfill records them, before the transaction
 * completes.
 */
package org.companyunification.sync;
