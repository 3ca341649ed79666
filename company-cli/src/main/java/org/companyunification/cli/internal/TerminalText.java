package org.companyunification.cli.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes text safe to print on a terminal. Company names, reasons and driver messages come from the data and from
 * the database, so they may hold control characters (ESC, carriage return, backspace, bell) or Unicode bidi
 * overrides that would move the cursor, recolour or rewrite what the operator sees. {@link #safe} escapes them;
 * {@link #errorMessage} also cuts the SQL that drivers put into their messages and caps the length, so an error
 * stays one readable line.
 */
public final class TerminalText {

    /** The longest error message {@link #errorMessage} returns. */
    public static final int MAX_MESSAGE_LENGTH = 300;

    /** What marks the place where a message was cut. */
    public static final String ELLIPSIS = "…";

    /** How much of the end of a long message is kept: the end usually says what to do. */
    private static final int KEPT_TAIL = 100;

    /** PostgreSQL: "Batch entry 0 INSERT INTO ... was aborted: ERROR: ...". */
    private static final Pattern BATCH_ENTRY = Pattern.compile("(?s)(Batch entry \\d+) .*? (was aborted)");

    /** H2: "...; SQL statement:\nINSERT INTO ... [23505-232]"; the error code at the end stays. */
    private static final Pattern H2_STATEMENT = Pattern.compile("(?s);? ?SQL statement:.*?(\\s*\\[\\d+-\\d+])");

    /** H2 without an error code after the statement. */
    private static final Pattern H2_STATEMENT_TO_END = Pattern.compile("(?s);? ?SQL statement:.*");

    /**
     * Flyway: "Location : ...", "Line : ..." and "Statement : CREATE TABLE ...", the statement up to the sentence
     * that follows it or the end.
     */
    private static final Pattern FLYWAY_DETAILS = Pattern.compile(
            "(?s)\\R\\s*(?:-{3,}|Location\\s*:[^\\r\\n]*|Line\\s*:[^\\r\\n]*|Statement\\s*:.*?(?=\\. [A-Z]|$))");

    /** MariaDB: "...\nQuery is: INSERT INTO ..., parameters [...]" up to the end of that line. */
    private static final Pattern MARIADB_QUERY = Pattern.compile("\\R?Query is: [^\\r\\n]*");

    /** MariaDB: "\njava thread: main". */
    private static final Pattern MARIADB_THREAD = Pattern.compile("\\R?java thread: [^\\r\\n]*");

    private TerminalText() {}

    /**
     * Escapes every character that could change the terminal rather than show as text: the C0 and C1 control
     * characters (including line breaks and tabs), DEL, the bidi embeddings, overrides and isolates (U+202A to
     * U+202E, U+2066 to U+2069), the directional marks (U+200E, U+200F, U+061C) and the line and paragraph
     * separators (U+2028, U+2029). Each becomes {@code \}{@code uXXXX}, for example ESC becomes {@code \u001b}.
     *
     * @param text any text, may be {@code null}
     * @return the text with those characters escaped, or {@code null} for {@code null}
     */
    public static String safe(String text) {
        return escape(text, false);
    }

    /**
     * Like {@link #safe}, but keeps tabs, for lines whose layout uses them: stack traces and log lines.
     *
     * @param line one line, may be {@code null}
     * @return the line with every unsafe character but the tab escaped
     */
    public static String safeKeepingTabs(String line) {
        return escape(line, true);
    }

    private static String escape(String text, boolean keepTabs) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && !(keepTabs && c == '\t')) {
                if (safe == null) {
                    safe = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    /**
     * Tells whether a character would act on the terminal instead of showing as text.
     *
     * @param c a character
     * @return {@code true} for control characters, bidi controls and line separators
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029;
    }

    /**
     * Turns a failure message into one safe line: drops the SQL statements and batch dumps that drivers put into
     * their messages, joins the lines, escapes what {@link #safe} escapes and caps the length at
     * {@value #MAX_MESSAGE_LENGTH} characters by cutting the middle (marked with {@value #ELLIPSIS}), keeping the
     * start, which says what failed, and the end, which usually says what to do.
     *
     * @param message a message, may be {@code null}
     * @return the message on one line, at most {@value #MAX_MESSAGE_LENGTH} characters; empty for {@code null}
     */
    public static String errorMessage(String message) {
        if (message == null) {
            return "";
        }
        String text = BATCH_ENTRY.matcher(message).replaceAll("$1 $2");
        text = H2_STATEMENT.matcher(text).replaceAll("$1");
        text = H2_STATEMENT_TO_END.matcher(text).replaceAll("");
        text = FLYWAY_DETAILS.matcher(text).replaceAll("");
        text = MARIADB_QUERY.matcher(text).replaceAll("");
        text = MARIADB_THREAD.matcher(text).replaceAll("");
        text = text.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll(" {2,}", " ");
        return cap(safe(text), MAX_MESSAGE_LENGTH);
    }

    /**
     * Shortens a text to at most {@code max} characters by replacing its middle with {@value #ELLIPSIS}.
     *
     * @param text the text
     * @param max the longest result, at least {@value #KEPT_TAIL} plus 20
     * @return the text itself when short enough, otherwise its start, {@value #ELLIPSIS} and its end
     * @throws IllegalArgumentException when {@code max} is too small to keep both ends
     */
    public static String cap(String text, int max) {
        checkArgument(max >= KEPT_TAIL + 20, "the cap must be at least %s: %s", KEPT_TAIL + 20, max);
        if (text.length() <= max) {
            return text;
        }
        int head = max - KEPT_TAIL - ELLIPSIS.length();
        return text.substring(0, head).stripTrailing() + ELLIPSIS
                + text.substring(text.length() - KEPT_TAIL).stripLeading();
    }
}
