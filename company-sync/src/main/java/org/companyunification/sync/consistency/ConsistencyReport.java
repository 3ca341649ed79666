package org.companyunification.sync.consistency;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * The result of a consistency check: legacy and unified data compared row by row. Serialises to JSON
 * ({@link #toJson()}), the time as an ISO-8601 text.
 *
 * @param checkedAt when the check ran
 * @param consistent whether no difference was found
 * @param differenceCount how many differences there are, all of them
 * @param tables per legacy table, in catalogue order: rows, rows not mapped by the rule, differences
 * @param differences the differences, legacy table by table, at most the check's difference limit of them
 * @param unfinishedRuns the backfill and sync runs that had not finished when the check read the tables, each in a
 *     sentence that says what to do: while one is still writing, or after one stopped, part of the legacy rows
 *     are not migrated yet and show as differences
 */
public record ConsistencyReport(Instant checkedAt, boolean consistent, long differenceCount,
        List<TableConsistency> tables, List<Difference> differences, List<String> unfinishedRuns) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException when a part is {@code null}
     * @throws IllegalArgumentException when {@code consistent} does not say whether the count is zero
     */
    public ConsistencyReport {
        requireNonNull(checkedAt, "checkedAt");
        tables = List.copyOf(tables);
        differences = List.copyOf(differences);
        unfinishedRuns = List.copyOf(unfinishedRuns);
        if (consistent != (differenceCount == 0)) {
            throw new IllegalArgumentException("consistent must be " + (differenceCount == 0) + " with "
                    + differenceCount + " differences");
        }
    }

    /**
     * Creates a report of a check that found every run finished.
     *
     * @param checkedAt when the check ran
     * @param consistent whether no difference was found
     * @param differenceCount how many differences there are, all of them
     * @param tables per legacy table: rows, rows not mapped by the rule, differences
     * @param differences the differences listed
     */
    public ConsistencyReport(Instant checkedAt, boolean consistent, long differenceCount,
            List<TableConsistency> tables, List<Difference> differences) {
        this(checkedAt, consistent, differenceCount, tables, differences, List.of());
    }

    /**
     * Tells whether the report lists fewer differences than it counts (the check's limit was reached).
     *
     * @return whether some differences are counted but not listed
     */
    public boolean truncated() {
        return differences.size() < differenceCount;
    }

    /**
     * Returns the report as an indented JSON object with the record's components as fields.
     *
     * @return the JSON text
     * @throws CompanyUnificationException with {@link ErrorCode#SYNC_FAILED} when it cannot be written
     */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new CompanyUnificationException(ErrorCode.SYNC_FAILED, "Cannot write the consistency report as"
                    + " JSON: " + e.getMessage(), e);
        }
    }
}
