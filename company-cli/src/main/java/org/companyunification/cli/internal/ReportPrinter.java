package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;

/**
 * The one way the commands print their result: with {@code --json} as one JSON document, otherwise as text that
 * starts with a heading naming the database ({@link #where}), followed by lines, sections and {@link TextTable
 * tables}, indented by two spaces. Text honours {@code --quiet}; JSON is printed even then. Every line of text is
 * made safe for the terminal with {@link TerminalText#safe}: company names and reasons come from the data.
 *
 * <pre>{@code
 * ReportPrinter printer = new ReportPrinter(session);
 * printer.print(json, report, r -> {
 *     printer.line("Backfill runs of " + ReportPrinter.where(r.database(), r.url(), r.environment()) + ":");
 *     printer.table(new TextTable().right("run").left("status").row(1, "COMPLETED"));
 * });
 * }</pre>
 */
public final class ReportPrinter {

    private static final String INDENT = "  ";

    private final Session session;

    /**
     * Creates a printer.
     *
     * @param session the run whose standard output receives the report
     * @throws NullPointerException when the session is {@code null}
     */
    public ReportPrinter(Session session) {
        this.session = requireNonNull(session, "session");
    }

    /**
     * Names a database as report headings do.
     *
     * @param database the kind of database, for example {@code H2}
     * @param url its JDBC URL; passwords in it are masked
     * @param environment the named environment, or {@code null}
     * @return for example {@code H2 at jdbc:h2:mem:x (environment staging)}
     */
    public static String where(String database, String url, String environment) {
        return database + " at " + Secrets.maskUrl(url)
                + (environment == null ? "" : " (environment " + environment + ")");
    }

    /**
     * Names an open database as report headings do.
     *
     * @param database the database
     * @return for example {@code H2 at jdbc:h2:mem:x (environment staging)}
     */
    public static String where(Database database) {
        return where(database.vendor().displayName(), database.target().displayUrl(),
                database.target().environment().orElse(null));
    }

    /**
     * Prints a report as JSON when asked to, as text otherwise.
     *
     * @param <R> the report type, a record
     * @param json whether {@code --json} was given
     * @param report the report
     * @param text prints the report as text, through this printer
     */
    public <R> void print(boolean json, R report, Consumer<R> text) {
        if (json) {
            Json.print(session, report);
        } else {
            text.accept(report);
        }
    }

    /**
     * Prints a line as it is, a heading for example.
     *
     * @param text the line
     */
    public void line(String text) {
        session.print(TerminalText.safe(text));
    }

    /**
     * Prints an indented line, an item under a heading.
     *
     * @param text the line, without its indent
     */
    public void item(String text) {
        session.print(INDENT + TerminalText.safe(text));
    }

    /**
     * Starts a section: an empty line, then its heading.
     *
     * @param heading the heading
     */
    public void section(String heading) {
        session.print("");
        session.print(TerminalText.safe(heading));
    }

    /**
     * Prints a table, each line indented.
     *
     * @param table the table
     */
    public void table(TextTable table) {
        table.lines(INDENT).forEach(session::print);
    }
}
