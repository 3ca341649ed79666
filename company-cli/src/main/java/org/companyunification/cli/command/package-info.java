/**
 * The commands of {@code company-cli}, one class each. A command is a picocli {@code @Command} implementing
 * {@code Callable<Integer>} and takes the {@link org.companyunification.cli.internal.Session} in its constructor;
 * one that uses the database extends {@code DatabaseCommand}, which mixes in
 * {@link org.companyunification.cli.internal.ConnectionOptions} and prints its report with
 * {@link org.companyunification.cli.internal.ReportPrinter}. It returns an
 * {@link org.companyunification.cli.internal.ExitCode exit code} and is listed in the {@code subcommands} of the
 * top command.
 */
package org.companyunification.cli.command;
