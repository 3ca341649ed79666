package org.companyunification.sync.consistency;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A legacy row and the unified row it maps to that do not agree, or one of the two that is missing.
 *
 * @param kind what kind of difference
 * @param legacyTable the legacy table
 * @param legacyId the legacy row's id (for {@link Kind#LEGACY_ROW_GONE}, the id the origin record names)
 * @param unifiedTable the unified table: {@code companies}, {@code company_role_assignments},
 *     {@code client_profiles}, {@code person_company_affiliations} or {@code company_origins}
 * @param unifiedId the unified row's id ({@code company_id}, {@code assignment_id}, {@code affiliation_id}; for
 *     {@code client_profiles} and {@code company_origins} the company's id), or {@code null} when there is none
 * @param fields the fields whose values differ, empty for kinds that are not about values
 * @param description one sentence saying what differs, for people
 */
public record Difference(Kind kind, String legacyTable, long legacyId, String unifiedTable, Long unifiedId,
        List<FieldDifference> fields, String description) {

    /** What kind of difference. */
    public enum Kind {
        /** A legacy row the mapping rule migrates has no origin record: no unified row stands for it. */
        NOT_MIGRATED,
        /** An origin record names a legacy row that no longer exists; its unified row is still there. */
        LEGACY_ROW_GONE,
        /** A legacy row with an origin record that the mapping rule now rejects or skips (its project, person
         *  or company row is gone, its entity type changed, ...); its unified row is still there. */
        NO_LONGER_MAPPED,
        /** A unified row whose origin is a legacy row that maps to another company than the row's own. */
        OTHER_COMPANY,
        /** A unified row the legacy row maps to is missing: a global role or a client profile. */
        UNIFIED_ROW_MISSING,
        /** Fields of the unified row differ from what the legacy row maps to. */
        VALUES_DIFFER
    }

    /**
     * Checks the parts and copies the fields.
     *
     * @throws NullPointerException when a part other than the unified id is {@code null}
     */
    public Difference {
        requireNonNull(kind, "kind");
        requireNonNull(legacyTable, "legacyTable");
        requireNonNull(unifiedTable, "unifiedTable");
        fields = List.copyOf(fields);
        requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return kind + " " + legacyTable + " #" + legacyId + " / " + unifiedTable
                + (unifiedId == null ? "" : " #" + unifiedId) + ": " + description
                + (fields.isEmpty() ? "" : " " + fields);
    }
}
