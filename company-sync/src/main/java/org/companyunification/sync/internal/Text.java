package org.companyunification.sync.internal;

import java.util.regex.Pattern;

/** Cleaning and comparing legacy text values. */
final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Text() {}

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

    /** Tells whether two present values say different things, case aside. */
    static boolean conflict(String kept, String other) {
        return kept != null && other != null && !kept.equalsIgnoreCase(other);
    }
}
