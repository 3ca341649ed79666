/**
 * Plumbing shared by the commands: the per-run {@link org.companyunification.cli.internal.Session}, the
 * connection options and pool, the named environments, logging, secret masking, error reporting, the exit codes
 * ({@link org.companyunification.cli.internal.ExitCode}) and the one way reports are printed
 * ({@link org.companyunification.cli.internal.ReportPrinter} with
 * {@link org.companyunification.cli.internal.TextTable}). Only the command-line tool uses these classes; they
 * depend on no package of the tool but {@code console}.
 */
package org.companyunification.cli.internal;
