package org.companyunification.sync;

import java.util.List;

/** The three steps of the backfill, in the order a full run takes them. */
public enum Step {
    /**
     * The six legacy company tables become companies with global role assignments; the CRM columns of
     * {@code clients} become client profiles.
     */
    COMPANIES(List.of("technology_vendors", "owners_developers", "operators", "constructors", "offtakers",
            "clients")),
    /** {@code personnel_entity_relationships} rows that name a company table become person affiliations. */
    PERSONNEL(List.of("personnel_entity_relationships")),
    /** The five {@code project_*_relationships} tables become project-scoped role assignments. */
    PROJECTS(List.of("project_vendor_relationships", "project_owner_relationships",
            "project_operator_relationships", "project_constructor_relationships",
            "project_offtaker_relationships"));

    private final List<String> legacyTables;

    Step(List<String> legacyTables) {
        this.legacyTables = legacyTables;
    }

    /**
     * Returns the legacy tables this step reads, in the order it reads them.
     *
     * @return the table names
     */
    public List<String> legacyTables() {
        return legacyTables;
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
