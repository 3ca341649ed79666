package org.companyunification.sync.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * The outcome of a validation: per legacy table what is mapped, per role the companies holding it, the
 * coverage of project and personnel relationships, the unmapped legacy rows (up to a limit), unified rows without a legacy
 * origin, integrity checks, and the verdict against the migration's success criteria with the reasons it failed.
 * Serialises to JSON ({@link #toJson()}); a saved report serves as a baseline ({@link #changesSince}).
 *
 * @param validatedAt when the report was made
 * @param tables per legacy table, company tables first, then personnel, then project relationships
 * @param roles per role
 * @param projectCoverage the project relationships migrated, against the threshold
 * @param personnelCoverage the personnel relationships to companies migrated, against the threshold
 * @param unmappedRows the legacy rows in scope that are not mapped, with the reason, in table and id order, up to
 *     {@link Validation.Configuration#unmappedRowLimit(int)}; {@link TableCoverage#notMapped()} counts them all
 * @param rowsWithoutOrigin unified rows written by applications
 * @param integrity the integrity checks
 * @param passed whether every success criterion holds
 * @param failures why the report did not pass, one line a failed criterion; empty when it passed
 */
public record ValidationReport(
        Instant validatedAt, List<TableCoverage> tables, List<RoleCoverage> roles, Coverage projectCoverage,
        Coverage personnelCoverage, List<UnmappedRow> unmappedRows, RowsWithoutOrigin rowsWithoutOrigin,
        List<IntegrityCheck> integrity, boolean passed, List<String> failures) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** Copies the lists. */
    public ValidationReport {
        tables = List.copyOf(tables);
        roles = List.copyOf(roles);
        unmappedRows = List.copyOf(unmappedRows);
        integrity = List.copyOf(integrity);
        failures = List.copyOf(failures);
    }

    /**
     * Returns the report as indented JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new CompanyUnificationException(ErrorCode.SYNC_FAILED, "Cannot write the report as JSON: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads a report written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the report
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the text is not a report
     */
    public static ValidationReport fromJson(String json) {
        try {
            ValidationReport report = JSON.readValue(json, ValidationReport.class);
            if (report.tables() == null || report.validatedAt() == null) {
                throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                        "The baseline is not a validation report: it has no tables or date.");
            }
            return report;
        } catch (JsonProcessingException e) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The baseline is not a validation"
                    + " report written by this tool: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Lists the figures that differ from a baseline report: table and role counts, coverages, rows that became
     * unmapped or mapped, rows without origin, integrity violations and the verdict.
     *
     * @param baseline an earlier report
     * @return the changes, empty when nothing differs
     */
    public List<ValidationChange> changesSince(ValidationReport baseline) {
        List<ValidationChange> changes = new ArrayList<>();
        compare(changes, "table", baseline.tables(), tables, TableCoverage::table,
                t -> "rows " + t.rows() + ", mapped " + t.mapped() + ", not mapped " + t.notMapped());
        compare(changes, "role", baseline.roles(), roles, RoleCoverage::role,
                r -> r.companiesHoldingRole() + " companies hold it, " + r.companiesMappedFromTable() + " mapped");
        add(changes, "project coverage", percent(baseline.projectCoverage()), percent(projectCoverage));
        add(changes, "personnel coverage", percent(baseline.personnelCoverage()), percent(personnelCoverage));
        Set<String> before = baseline.unmappedRows().stream().map(r -> r.table() + " #" + r.id())
                .collect(Collectors.toSet());
        Set<String> now = unmappedRows.stream().map(r -> r.table() + " #" + r.id()).collect(Collectors.toSet());
        for (UnmappedRow row : unmappedRows) {
            if (!before.contains(row.table() + " #" + row.id())) {
                changes.add(new ValidationChange("unmapped " + row.table() + " #" + row.id(), "mapped or absent",
                        "not mapped: " + row.reason()));
            }
        }
        Set<String> gone = new HashSet<>(before);
        gone.removeAll(now);
        gone.stream().sorted().forEach(row -> changes.add(new ValidationChange("unmapped " + row, "not mapped",
                "mapped or gone")));
        add(changes, "rows without origin", String.valueOf(baseline.rowsWithoutOrigin()),
                String.valueOf(rowsWithoutOrigin));
        compare(changes, "integrity", baseline.integrity(), integrity, IntegrityCheck::name,
                c -> c.violations() + " violations");
        add(changes, "verdict", verdict(baseline.passed()), verdict(passed));
        return changes;
    }

    private static String verdict(boolean passed) {
        return passed ? "PASSED" : "FAILED";
    }

    private static String percent(Coverage coverage) {
        return String.format(Locale.ROOT, "%.2f%% (%d of %d)", coverage.ratio() * 100, coverage.mapped(),
                coverage.rows());
    }

    private static void add(List<ValidationChange> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ValidationChange(what, before, after));
        }
    }

    private static <T> void compare(List<ValidationChange> changes, String kind, List<T> before, List<T> after,
            Function<T, String> key, Function<T, String> describe) {
        Map<String, T> old = before.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (T item : after) {
            String name = key.apply(item);
            seen.add(name);
            T previous = old.get(name);
            add(changes, kind + " " + name, previous == null ? "absent" : describe.apply(previous),
                    describe.apply(item));
        }
        for (T item : before) {
            if (!seen.contains(key.apply(item))) {
                changes.add(new ValidationChange(kind + " " + key.apply(item), describe.apply(item), "absent"));
            }
        }
    }
}
