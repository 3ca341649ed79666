package org.companyunification.cli.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * What a {@link BaselineCopy} did, statement by statement.
 *
 * @param vendor the database it ran on
 * @param statements every statement in the order it ran, with its time and row count
 */
public record BaselineResult(DatabaseVendor vendor, List<StatementTiming> statements) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException when a part is missing
     */
    public BaselineResult {
        requireNonNull(vendor, "vendor");
        statements = List.copyOf(statements);
    }

    /**
     * Returns the time of all statements together.
     *
     * @return the sum of the statements' durations
     */
    public Duration total() {
        return statements.stream().map(StatementTiming::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Returns how many rows the copy inserted into one unified table.
     *
     * @param table a unified table, for example {@code companies}
     * @return the rows inserted, 0 when none
     */
    public long rows(String table) {
        return statements.stream().filter(s -> Objects.equals(s.table(), table)).mapToLong(StatementTiming::rows)
                .sum();
    }

    /**
     * Returns how many rows the copy inserted in all.
     *
     * @return the rows inserted into every unified table
     */
    public long totalRows() {
        return statements.stream().mapToLong(StatementTiming::rows).sum();
    }
}
