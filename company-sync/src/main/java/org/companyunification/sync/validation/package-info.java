/**
 * Validation of a migration: proves, from the database itself, that the unified tables account for the legacy
 * rows. Entry point {@link org.companyunification.sync.validation.Validation}; the result is a
 * {@link org.companyunification.sync.validation.ValidationReport}.
 */
package org.companyunification.sync.validation;
