package org.companyunification.model.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The timestamps the entities write into their {@code created_at} and {@code updated_at} columns. */
public final class Timestamps {

    private Timestamps() {}

    /**
     * Returns the current local time at the precision all three databases keep (microseconds), so a value reads
     * back equal to what was written.
     *
     * @return the current time
     */
    public static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
