package org.companyunification.model.company;

import java.util.Locale;

/**
 * A value of a closed set that the database stores as a text label: the constant's name in title case, so
 * {@code MEDIUM} is stored as {@code Medium}. The column's check constraint admits only those labels.
 */
public interface LabelledEnum {

    /**
     * Returns the name of the constant, as {@link Enum#name()} does.
     *
     * @return the name, in upper case
     */
    String name();

    /**
     * Returns the label stored in the database.
     *
     * @return the name in title case, for example {@code Medium}
     */
    default String label() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
