/**
 * What the command-line tool sees of the world around it, and what a program that runs it in-process hands in:
 * {@link org.companyunification.cli.console.CliEnvironment} (standard output and error, environment variables,
 * working directory), the {@link org.companyunification.cli.console.Terminal} that asks for confirmation and the
 * {@link org.companyunification.cli.console.ProgressDisplay} that draws progress bars. It depends on no other
 * package of the tool, so the entry point, the commands and the plumbing can all use it.
 */
package org.companyunification.cli.console;
