/**
 * The command-line tool {@code company-cli}: operators' entry point to apply the schema and move the data.
 * {@link org.companyunification.cli.Main} starts it, in its own process or in-process with a
 * {@link org.companyunification.cli.console.CliEnvironment}. The commands live in
 * {@code org.companyunification.cli.command}, the shared plumbing (connections, logging, error reporting, report
 * printing) in {@code org.companyunification.cli.internal}. Dependencies between these packages point one way:
 * this package at the top, {@code console} at the bottom.
 */
package org.companyunification.cli;
