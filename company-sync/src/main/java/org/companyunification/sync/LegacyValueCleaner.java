package org.companyunification.sync;

import java.util.regex.Pattern;

/**
 * Cleans legacy text values: trims them, folds the white space of names, reads blanks as missing; and tells
 * whether two cleaned values conflict.
 */
final class LegacyValueCleaner {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private LegacyValueCleaner() {}

    /** Trims a value; a blank value becomes {@code null}. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Trims a name and folds runs of white space into one space; a blank name becomes {@code null}. */
    static String cleanName(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : WHITESPACE.matcher(cleaned).replaceAll(" ");
    }

    /**
     * Tells whether a name holds white space other than plain spaces inside it (tabs, line breaks, ...), which
     * {@link #cleanName} turns into spaces.
     */
    static boolean hasWhitespaceControls(String value) {
        if (value == null) {
            return false;
        }
        String stripped = value.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // the characters of the pattern's \s other than the space: tab, line feed, vertical tab, form feed,
            // carriage return
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Tells whether two present values say different things, case aside. */
    static boolean conflict(String kept, String other) {
        return kept != null && other != null && !kept.equalsIgnoreCase(other);
    }
}
