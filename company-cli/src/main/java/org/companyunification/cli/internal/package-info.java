/**
 * Plumbing shared by the commands: the per-run {@link org.companyunification.cli.internal.Session}, the
 * connection options and pool, the named environments, logging, secret masking and error reporting. Only the
 * command-line tool uses these classes.
 */
package org.companyunification.cli.internal;
