package org.companyunification.sync;

import java.util.Arrays;
import java.util.List;
import org.companyunification.model.legacy.LegacyTable;

/** The three steps of the backfill, in the order a full run takes them. */
public enum Step {
    /**
     * The six legacy company tables ({@link LegacyTable#companyTables()}) become companies with global role
     * assignments; the CRM columns of {@link LegacyTable#CLIENTS} become client profiles.
     */
    COMPANIES(LegacyTable.Kind.COMPANY),
    /**
     * {@link LegacyTable#PERSONNEL_ENTITY_RELATIONSHIPS} rows that name a company table become person
     * affiliations.
     */
    PERSONNEL(LegacyTable.Kind.PERSONNEL_RELATIONSHIP),
    /**
     * The five project relationship tables ({@link LegacyTable#projectRelationshipTables()}) become
     * project-scoped role assignments.
     */
    PROJECTS(LegacyTable.Kind.PROJECT_RELATIONSHIP);

    private final LegacyTable.Kind kind;

    Step(LegacyTable.Kind kind) {
        this.kind = kind;
    }

    /**
     * Returns the legacy tables this step reads, in the order it reads them.
     *
     * @return the table names
     */
    public List<String> legacyTables() {
        return tables().stream().map(LegacyTable::tableName).toList();
    }

    /** Returns the catalogue's tables this step reads, in the order it reads them. */
    List<LegacyTable> tables() {
        return Arrays.stream(LegacyTable.values()).filter(t -> t.kind() == kind).toList();
    }

    /** Returns the step that reads a legacy table. */
    static Step of(LegacyTable table) {
        return Arrays.stream(values()).filter(s -> s.kind == table.kind()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step reads " + table.tableName()));
    }

    /**
     * Returns the step with the given name, case-insensitively ({@code companies}, {@code personnel},
     * {@code projects}).
     *
     * @param name the name
     * @return the step
     * @throws IllegalArgumentException when no step has that name
     */
    public static Step of(String name) {
        for (Step step : values()) {
            if (step.name().equalsIgnoreCase(name.trim())) {
                return step;
            }
        }
        throw new IllegalArgumentException("Unknown step '" + name + "': expected companies, personnel or projects");
    }
}
