package org.companyunification.cli.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long one statement of a {@link BaselineCopy} took.
 *
 * @param name what the statement does, for example {@code "companies from technology_vendors"}
 * @param table the unified table it writes, or {@code null} for a statement that writes no table (reading the id
 *     ranges, moving the sequences on, the commit)
 * @param rows rows it inserted, 0 for a statement that writes no table
 * @param duration how long it took
 */
public record StatementTiming(String name, String table, long rows, Duration duration) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the name or duration is missing
     */
    public StatementTiming {
        requireNonNull(name, "name");
        requireNonNull(duration, "duration");
    }
}
