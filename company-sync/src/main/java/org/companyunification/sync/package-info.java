/**
 * The backfill: moves the legacy company, personnel and project relationship tables into the unified schema.
 * Entry point {@link org.companyunification.sync.Backfill}; a run returns a
 * {@link org.companyunification.sync.RunResult}, a dry run a {@link org.companyunification.sync.DryRunResult}, and
 * {@link org.companyunification.sync.Backfill#runs()} lists the recorded runs as
 * {@link org.companyunification.sync.RunSummary} records.
 *
 * <p>Keeping the unified tables in step with legacy writes during the transition:
 * {@link org.companyunification.sync.DualWrite} for applications that write the legacy tables with JDBC (and,
 * through its setting, the Hibernate listeners of the {@code dualwrite} package for applications on the legacy
 * entities), and {@link org.companyunification.sync.Sync}, the catch-up run for every other writer. All of them
 * reconcile legacy rows with the backfill's table migrations, read by id, and remove the unified rows of legacy
 * rows that were deleted.
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
