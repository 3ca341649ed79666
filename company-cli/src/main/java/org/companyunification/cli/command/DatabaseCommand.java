package org.companyunification.cli.command;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.ConnectionOptions;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on the database its connection options name ({@code --url}, {@code --env}, ...) and
 * prints a report with the {@link ReportPrinter}.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    /** The run. */
    final Session session;

    /** Prints the command's report. */
    final ReportPrinter printer;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    DatabaseCommand(Session session) {
        this.session = requireNonNull(session, "session");
        this.printer = new ReportPrinter(session);
    }

    /** Opens the database the options name, asking for confirmation first where the environment wants it. */
    Database open(Access access, String action) {
        return connection.open(session, access, action);
    }
}
