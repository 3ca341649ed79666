package org.companyunification.query.internal;

import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.company.NameKey;

/**
 * Turns name search text into a {@code LIKE} pattern over {@code companies.name_key}: the text is normalised as
 * {@link NameKey} normalises names, then the wildcards and the escape character are escaped.
 */
public final class NameSearch {

    /** The escape character of the patterns; not a backslash, which MariaDB reads as an escape in literals. */
    public static final char ESCAPE = '!';

    private NameSearch() {}

    /**
     * Builds the pattern that finds names containing the text.
     *
     * @param text the search text
     * @return the pattern, or empty when the text has no letters or digits and so matches no name key
     */
    public static Optional<String> containsPattern(String text) {
        String key;
        try {
            key = NameKey.of(text).value();
        } catch (CompanyUnificationException e) {
            return Optional.empty();
        }
        return Optional.of("%" + escape(key) + "%");
    }

    /**
     * Escapes {@code %}, {@code _} and the escape character itself, so that each stands for itself in a pattern.
     *
     * @param text the literal text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
