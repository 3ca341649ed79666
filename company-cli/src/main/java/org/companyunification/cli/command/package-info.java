/**
 * The commands of {@code company-cli}, one class each. A command is a picocli {@code @Command} implementing
 * {@code Callable<Integer>}, takes the {@link org.companyunification.cli.internal.Session} in its constructor,
 * mixes in {@link org.companyunification.cli.internal.ConnectionOptions} when it uses the database, and returns
 * an exit code of {@link org.companyunification.cli.Main}. It is listed in the {@code subcommands} of the top
 * command.
 */
package org.companyunification.cli.command;
