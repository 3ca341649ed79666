package org.companyunification.cli.bench;

import java.util.EnumMap;
import java.util.Map;
import org.companyunification.model.legacy.LegacyTable;

/**
 * The unified ids a {@link BaselineCopy} gives its rows, fixed once before it copies: each legacy table's ids
 * are shifted into a range of their own above the value drawn from the unified table's sequence, so that a
 * unified id is the legacy id plus a per-table constant and needs no lookup.
 *
 * <ul>
 *   <li>companies: the six company tables one after another, each as wide as its id range;
 *   <li>assignments: the global ones laid out like the companies, then the five project relationship tables;
 *   <li>affiliations: the personnel relationship ids.
 * </ul>
 *
 * <p>The sequences step by {@value #BLOCK} and the library's allocators read a value {@code v} as the block
 * {@code v - 49 .. v}; moving a sequence on to the last id used plus {@value #BLOCK} therefore hands later
 * allocators only ids above the copied ones.
 */
final class IdLayout {

    /** The sequences' increment and the allocators' block size. */
    static final long BLOCK = 50;

    /** The ids of one legacy table; empty when {@code max < min}. */
    record Range(long min, long max) {
        static final Range EMPTY = new Range(1, 0);

        long span() {
            return max < min ? 0 : max - min + 1;
        }
    }

    private final Map<LegacyTable, Long> companyOffsets = new EnumMap<>(LegacyTable.class);
    private final Map<LegacyTable, Long> globalOffsets = new EnumMap<>(LegacyTable.class);
    private final Map<LegacyTable, Long> projectOffsets = new EnumMap<>(LegacyTable.class);
    private final long affiliationOffset;
    private final long nextCompany;
    private final long nextAssignment;
    private final long nextAffiliation;

    /**
     * Lays the ids out.
     *
     * @param ranges the id range of every company table, every project relationship table and
     *     {@code personnel_entity_relationships}
     * @param companyBase the value drawn from the companies' sequence
     * @param assignmentBase the value drawn from the role assignments' sequence
     * @param affiliationBase the value drawn from the affiliations' sequence
     */
    IdLayout(Map<LegacyTable, Range> ranges, long companyBase, long assignmentBase, long affiliationBase) {
        long used = 0;
        for (LegacyTable table : LegacyTable.companyTables()) {
            Range range = ranges.get(table);
            companyOffsets.put(table, companyBase + used - range.min() + 1);
            globalOffsets.put(table, assignmentBase + used - range.min() + 1);
            used += range.span();
        }
        long companySpan = used;
        for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
            Range range = ranges.get(table);
            projectOffsets.put(table, assignmentBase + used - range.min() + 1);
            used += range.span();
        }
        Range personnelLinks = ranges.get(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS);
        affiliationOffset = affiliationBase - personnelLinks.min() + 1;
        nextCompany = companyBase + companySpan + BLOCK;
        nextAssignment = assignmentBase + used + BLOCK;
        nextAffiliation = affiliationBase + personnelLinks.span() + BLOCK;
    }

    /** What to add to a row id of the table to get its company id. */
    long company(LegacyTable table) {
        return companyOffsets.get(table);
    }

    /** What to add to a row id of the table to get the id of its global role assignment. */
    long globalAssignment(LegacyTable table) {
        return globalOffsets.get(table);
    }

    /** What to add to a relationship id of the table to get the id of its project-scoped assignment. */
    long projectAssignment(LegacyTable table) {
        return projectOffsets.get(table);
    }

    /** What to add to a personnel relationship id to get its affiliation id. */
    long affiliation() {
        return affiliationOffset;
    }

    long nextCompany() {
        return nextCompany;
    }

    long nextAssignment() {
        return nextAssignment;
    }

    long nextAffiliation() {
        return nextAffiliation;
    }
}
