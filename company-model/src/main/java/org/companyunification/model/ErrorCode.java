package org.companyunification.model;

/**
 * What went wrong, as a stable code that callers and the command-line tool can act on without parsing
 * messages.
 */
public enum ErrorCode {
    /** A value handed to the library was malformed or out of range (an unknown role code, a bad date pair). */
    INVALID_ARGUMENT,
    /** A change would break a rule of the unified model (a duplicate role, a self link). */
    RULE_VIOLATION,
    /** A row the operation needs does not exist. */
    NOT_FOUND,
    /** The database cannot be used: unreachable, refused the credentials, or is of an unsupported kind. */
    DATABASE_UNAVAILABLE,
    /**
     * The database lacks tables the operation needs (for example the legacy tables or the unified schema), or a
     * legacy table lacks a column or holds it with a type the library cannot read.
     */
    SCHEMA_MISSING,
    /** Applying the schema migrations failed. */
    MIGRATION_FAILED,
    /** A backfill, validation or rollback could not proceed. */
    SYNC_FAILED,
    /**
     * Another operation is writing the unified tables (a backfill or a rollback holds the writer lock); the
     * message names it. Try again when it has finished, or wait for it.
     */
    WRITER_BUSY,
    /** A statement failed in the database for a reason not covered above. */
    DATABASE_ERROR
}
