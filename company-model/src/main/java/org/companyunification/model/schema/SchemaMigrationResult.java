package org.companyunification.model.schema;

/**
 * What one application of a migration set did.
 *
 * @param vendor the database the migrations ran on
 * @param schemaSet which set ran: {@code unified} or {@code legacy}
 * @param initialVersion the schema version before, or {@code null} when the set had never been applied
 * @param targetVersion the schema version after
 * @param migrationsApplied how many migrations ran (0 when the schema was already current)
 */
public record SchemaMigrationResult(
        DatabaseVendor vendor, String schemaSet, String initialVersion, String targetVersion,
        int migrationsApplied) {}
