/**
 * The command-line tool {@code company-cli}: operators' entry point to apply the schema and move the data.
 * {@link org.companyunification.cli.Main} starts it; the commands live in
 * {@code org.companyunification.cli.command} and the shared plumbing (connections, logging, error reporting) in
 * {@code org.companyunification.cli.internal}.
 */
package org.companyunification.cli;
