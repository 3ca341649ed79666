package org.companyunification.cli.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at the semicolons that end them: a semicolon inside a quoted string
 * ({@code '...'}, with {@code ''} as an escaped quote) or a quoted identifier ({@code "..."}), or inside a
 * {@code --} line comment or a block comment, does not end a statement. Comments are dropped; blank statements
 * are skipped.
 */
final class SqlScript {

    private SqlScript() {}

    /**
     * Splits a script.
     *
     * @param script the script text
     * @return the statements, trimmed, without their terminating semicolons
     * @throws IllegalArgumentException when a string, identifier or block comment is not closed
     */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int length = script.length();
        while (i < length) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end + 1);
                i = end + 1;
            } else if (c == '-' && i + 1 < length && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? length : end;
            } else if (c == '/' && i + 1 < length && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed block comment at offset " + i);
                }
                current.append(' ');
                i = end + 2;
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static int closingQuote(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed " + (quote == '\'' ? "string" : "quoted identifier")
                + " starting at offset " + start);
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
