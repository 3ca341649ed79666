package org.companyunification.sync.merge;

import static org.companyunification.sync.merge.JournaledTable.AFTER;
import static org.companyunification.sync.merge.JournaledTable.BEFORE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.sync.internal.Sql;

/**
 * Merges one company into another on a connection whose transaction the caller commits. Every row it is about to
 * change is journaled first (before images), then changed by set-based statements that name only the two
 * companies (and batches for the rows both companies hold, which it combines), then journaled as left (after
 * images). The number of statements does not depend on how many rows the companies or the database hold.
 *
 * <p>The rules where re-pointing meets a uniqueness rule, in {@link CompanyMerge}'s documentation, are
 * implemented here: {@link #combineAssignments}, {@link #combineProfiles}, {@link #combineLinks}.
 */
final class MergeOperation {

    private static final String[] COMPANY_FIELDS = {"company_type", "website", "country", "contact_email",
        "contact_phone", "reactor_type", "sector"};

    private final MergeDialect dialect;

    MergeOperation(MergeDialect dialect) {
        this.dialect = dialect;
    }

    MergeResult merge(Connection connection, MergeRequest request, LocalDateTime now) throws SQLException {
        long survivor = request.survivorId();
        long merged = request.mergedId();
        if (survivor == merged) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company " + merged
                    + " cannot be merged into itself: name two different companies.");
        }
        Map<Long, Map<String, String>> companies = companies(connection, survivor, merged);
        refuse(connection, companies, survivor, merged);
        boolean preferMerged = request.options().preference() == MergeOptions.Preference.MERGED;

        long mergeId = Sql.count(connection, dialect.nextValue("company_merges_seq"));
        Sql.update(connection, "INSERT INTO company_merges (merge_id, survivor_company_id, merged_company_id,"
                + " merged_at, merged_by, options) VALUES (?, ?, ?, ?, ?, ?)", mergeId, survivor, merged, now,
                request.options().mergedBy().orElse(null), request.options().recorded());

        Map<String, Long> changed = new LinkedHashMap<>();
        Map<String, Long> removed = new LinkedHashMap<>();
        journalBefore(connection, mergeId, survivor, merged, changed);

        // companies: the survivor takes the merged company's values where it has none, the merged company
        // becomes a tombstone, and its own tombstones point at the survivor from now on
        Map<String, String> survivorValues = companies.get(survivor);
        Map<String, String> mergedValues = companies.get(merged);
        List<Object> values = new ArrayList<>();
        StringBuilder sets = new StringBuilder();
        for (String field : COMPANY_FIELDS) {
            sets.append(field).append(" = ?, ");
            values.add(preferMerged ? either(mergedValues.get(field), survivorValues.get(field))
                    : either(survivorValues.get(field), mergedValues.get(field)));
        }
        values.add(preferMerged ? join(mergedValues.get("notes"), survivorValues.get("notes"))
                : join(survivorValues.get("notes"), mergedValues.get("notes")));
        values.add(now);
        values.add(survivor);
        Sql.update(connection, "UPDATE companies SET " + sets + "notes = ?, updated_at = ? WHERE company_id = ?",
                values.toArray());
        Sql.update(connection, "UPDATE companies SET merged_into_company_id = ?, updated_at = ?"
                + " WHERE merged_into_company_id = ?", survivor, now, merged);
        Sql.update(connection, "UPDATE companies SET merged_into_company_id = ?, updated_at = ? WHERE company_id = ?",
                survivor, now, merged);

        removed.put(JournaledTable.ASSIGNMENTS.table(), combineAssignments(connection, mergeId, survivor, merged,
                preferMerged));
        Sql.update(connection, "UPDATE company_role_assignments SET company_id = ? WHERE company_id = ?", survivor,
                merged);
        removed.put(JournaledTable.PROFILES.table(), combineProfiles(connection, mergeId, survivor, merged,
                preferMerged, now));
        Sql.update(connection, "UPDATE person_company_affiliations SET company_id = ? WHERE company_id = ?", survivor,
                merged);
        removed.put(JournaledTable.LINKS.table(), combineLinks(connection, mergeId, survivor, merged, preferMerged));
        Sql.update(connection, "UPDATE internal_external_links SET company_id = ? WHERE company_id = ?", survivor,
                merged);
        Sql.update(connection, "UPDATE internal_external_links SET related_company_id = ? WHERE related_company_id = ?",
                survivor, merged);
        Sql.update(connection, "UPDATE company_origins SET company_id = ? WHERE company_id = ?", survivor, merged);

        journalAfter(connection, mergeId, survivor, merged);
        removed.values().removeIf(count -> count == 0);
        return new MergeResult(mergeId, survivor, merged, now, changed, removed);
    }

    /** Reads the two companies' values that a merge combines, with their names and tombstone pointers. */
    private static Map<Long, Map<String, String>> companies(Connection connection, long survivor, long merged)
            throws SQLException {
        Map<Long, Map<String, String>> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT company_id, company_name,"
                + " merged_into_company_id, notes, " + String.join(", ", COMPANY_FIELDS)
                + " FROM companies WHERE company_id IN (?, ?)")) {
            statement.setLong(1, survivor);
            statement.setLong(2, merged);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new HashMap<>();
                    values.put("company_name", rs.getString("company_name"));
                    values.put("merged_into_company_id", rs.getString("merged_into_company_id"));
                    values.put("notes", rs.getString("notes"));
                    for (String field : COMPANY_FIELDS) {
                        values.put(field, rs.getString(field));
                    }
                    found.put(rs.getLong("company_id"), values);
                }
            }
        }
        return found;
    }

    /** Refuses a merge of or into a company that does not exist or is a tombstone, and a merge making a cycle. */
    private static void refuse(Connection connection, Map<Long, Map<String, String>> companies, long survivor,
            long merged) throws SQLException {
        for (long id : new long[] {merged, survivor}) {
            if (!companies.containsKey(id)) {
                throw new CompanyUnificationException(ErrorCode.NOT_FOUND, "There is no company " + id
                        + " (table companies): check the id (CompanyQuery lists the companies, as the command-line"
                        + " tool's 'companies' does).");
            }
        }
        String mergedInto = companies.get(merged).get("merged_into_company_id");
        if (mergedInto != null) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company " + describe(companies, merged)
                    + " was already merged into company " + mergedInto + " by merge "
                    + standingMerge(connection, merged) + " and is a tombstone (companies.merged_into_company_id):"
                    + " merge company " + mergedInto + " instead, or undo merge " + standingMerge(connection, merged)
                    + " first.");
        }
        String survivorInto = companies.get(survivor).get("merged_into_company_id");
        if (survivorInto != null) {
            long merge = standingMerge(connection, survivor);
            if (Long.parseLong(survivorInto) == merged) {
                throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Merging company "
                        + describe(companies, merged) + " into company " + describe(companies, survivor)
                        + " would make a cycle: company " + survivor + " was merged into company " + merged
                        + " by merge " + merge + ". Undo merge " + merge + " first to merge the other way round.");
            }
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company " + describe(companies, survivor)
                    + " was merged into company " + survivorInto + " by merge " + merge + " and is a tombstone"
                    + " (companies.merged_into_company_id): merge into company " + survivorInto + " instead.");
        }
    }

    private static long standingMerge(Connection connection, long mergedCompany) throws SQLException {
        return Sql.count(connection, "SELECT MAX(merge_id) FROM company_merges WHERE merged_company_id = ?"
                + " AND undone_at IS NULL", mergedCompany);
    }

    private static String describe(Map<Long, Map<String, String>> companies, long id) {
        return id + " '" + companies.get(id).get("company_name") + "'";
    }

    /** Journals the before images of every row the merge will change, re-point or remove. */
    private static void journalBefore(Connection connection, long mergeId, long survivor, long merged,
            Map<String, Long> changed) throws SQLException {
        record(changed, JournaledTable.COMPANIES, Sql.update(connection, JournaledTable.COMPANIES.journalRows(BEFORE,
                "t.company_id IN (?, ?) OR t.merged_into_company_id = ?"), mergeId, survivor, merged, merged));
        // the merged company's assignments, and the survivor's of the same role in the same context
        record(changed, JournaledTable.ASSIGNMENTS, Sql.update(connection, JournaledTable.ASSIGNMENTS.journalRows(
                BEFORE, "t.company_id = ? OR (t.company_id = ? AND EXISTS (SELECT 1 FROM company_role_assignments m"
                        + " WHERE m.company_id = ? AND m.role_id = t.role_id AND " + sameContext("m", "t") + "))"),
                mergeId, merged, survivor, merged));
        // the origins of the merged company's assignments that are combined into the survivor's
        record(changed, JournaledTable.ASSIGNMENT_ORIGINS, Sql.update(connection,
                JournaledTable.ASSIGNMENT_ORIGINS.journalRows(BEFORE, "t.assignment_id IN (" + COLLIDING_ASSIGNMENTS
                        + ")"), mergeId, mergeId, merged, survivor));
        record(changed, JournaledTable.PROFILES, Sql.update(connection, JournaledTable.PROFILES.journalRows(BEFORE,
                "t.company_id IN (?, ?)"), mergeId, survivor, merged));
        record(changed, JournaledTable.AFFILIATIONS, Sql.update(connection, JournaledTable.AFFILIATIONS.journalRows(
                BEFORE, "t.company_id = ?"), mergeId, merged));
        // the merged company's links both ways, and the survivor's that the merged company's duplicate
        record(changed, JournaledTable.LINKS, Sql.update(connection, JournaledTable.LINKS.journalRows(BEFORE,
                "t.company_id = ? OR t.related_company_id = ?"
                        + " OR (t.company_id = ? AND EXISTS (SELECT 1 FROM internal_external_links m"
                        + " WHERE m.company_id = ? AND m.related_company_id = t.related_company_id"
                        + " AND m.link_type = t.link_type))"
                        + " OR (t.related_company_id = ? AND EXISTS (SELECT 1 FROM internal_external_links m"
                        + " WHERE m.related_company_id = ? AND m.company_id = t.company_id"
                        + " AND m.link_type = t.link_type))"),
                mergeId, merged, merged, survivor, merged, survivor, merged));
        record(changed, JournaledTable.COMPANY_ORIGINS, Sql.update(connection,
                JournaledTable.COMPANY_ORIGINS.journalRows(BEFORE, "t.company_id = ?"), mergeId, merged));
    }

    /**
     * The merged company's assignments whose role and context the survivor holds too. Binds: merge id, merged,
     * survivor.
     */
    private static final String COLLIDING_ASSIGNMENTS = "SELECT m.assignment_id FROM merge_journal_assignments m"
            + " WHERE m.merge_id = ? AND m.image = '" + BEFORE + "' AND m.company_id = ? AND EXISTS (SELECT 1"
            + " FROM merge_journal_assignments s WHERE s.merge_id = m.merge_id AND s.image = m.image"
            + " AND s.company_id = ? AND s.role_id = m.role_id AND " + sameContext("s", "m") + ")";

    private static String sameContext(String a, String b) {
        return "(" + a + ".context_id = " + b + ".context_id OR (" + a + ".context_id IS NULL AND " + b
                + ".context_id IS NULL))";
    }

    /** Journals the after images of the rows the merge left changed. */
    private static void journalAfter(Connection connection, long mergeId, long survivor, long merged)
            throws SQLException {
        for (JournaledTable table : JournaledTable.values()) {
            if (table == JournaledTable.PROFILES) {
                // a profile re-pointed at the survivor changes its key
                Sql.update(connection, table.journalRows(AFTER, "t.company_id IN (?, ?)"), mergeId, survivor, merged);
            } else {
                Sql.update(connection, table.journalRows(AFTER, table.keyIn(BEFORE)), mergeId, mergeId);
            }
        }
    }

    /**
     * Combines each assignment of the merged company whose role and context the survivor holds too into the
     * survivor's: primary if either was, notes joined. The merged one's origin records move to the survivor's,
     * then it is removed.
     */
    private static long combineAssignments(Connection connection, long mergeId, long survivor, long merged,
            boolean preferMerged) throws SQLException {
        List<long[]> pairs = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT s.assignment_id, s.is_primary,"
                + " s.notes, m.assignment_id, m.is_primary, m.notes FROM merge_journal_assignments s"
                + " JOIN merge_journal_assignments m ON m.merge_id = s.merge_id AND m.image = s.image"
                + " AND m.role_id = s.role_id AND " + sameContext("m", "s")
                + " WHERE s.merge_id = ? AND s.image = '" + BEFORE + "' AND s.company_id = ? AND m.company_id = ?")) {
            statement.setLong(1, mergeId);
            statement.setLong(2, survivor);
            statement.setLong(3, merged);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long kept = rs.getLong(1);
                    boolean primary = rs.getBoolean(2) || rs.getBoolean(5);
                    String notes = preferMerged ? join(rs.getString(6), rs.getString(3))
                            : join(rs.getString(3), rs.getString(6));
                    pairs.add(new long[] {kept, rs.getLong(4)});
                    if (primary != rs.getBoolean(2) || !Objects.equals(notes, rs.getString(3))) {
                        updates.add(new Object[] {primary, notes, kept});
                    }
                }
            }
        }
        batch(connection, "UPDATE company_role_assignments SET is_primary = ?, notes = ? WHERE assignment_id = ?",
                updates);
        batch(connection, "UPDATE assignment_origins SET assignment_id = ? WHERE assignment_id = ?",
                pairs.stream().map(p -> new Object[] {p[0], p[1]}).toList());
        batch(connection, "DELETE FROM company_role_assignments WHERE assignment_id = ?",
                pairs.stream().map(p -> new Object[] {p[1]}).toList());
        return pairs.size();
    }

    /**
     * Moves the merged company's client profile to the survivor, or, when both have one, combines them into the
     * survivor's (its non-empty values win, empty ones are filled, relationship notes joined) and removes the
     * merged one.
     */
    private static long combineProfiles(Connection connection, long mergeId, long survivor, long merged,
            boolean preferMerged, LocalDateTime now) throws SQLException {
        Map<Long, Object[]> profiles = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT company_id, relationship_strength,"
                + " client_priority, relationship_notes, last_contact_date, next_contact_date"
                + " FROM merge_journal_profiles WHERE merge_id = ? AND image = '" + BEFORE + "'")) {
            statement.setLong(1, mergeId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    profiles.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)});
                }
            }
        }
        Object[] mine = profiles.get(survivor);
        Object[] theirs = profiles.get(merged);
        if (theirs == null) {
            return 0;
        }
        if (mine == null) {
            Sql.update(connection, "UPDATE client_profiles SET company_id = ?, updated_at = ? WHERE company_id = ?",
                    survivor, now, merged);
            return 0;
        }
        Object[] first = preferMerged ? theirs : mine;
        Object[] second = preferMerged ? mine : theirs;
        Sql.update(connection, "UPDATE client_profiles SET relationship_strength = ?, client_priority = ?,"
                + " relationship_notes = ?, last_contact_date = ?, next_contact_date = ?, updated_at = ?"
                + " WHERE company_id = ?", either(first[0], second[0]), either(first[1], second[1]),
                join((String) first[2], (String) second[2]), either(first[3], second[3]), either(first[4], second[4]),
                now, survivor);
        Sql.update(connection, "DELETE FROM client_profiles WHERE company_id = ?", merged);
        return 1;
    }

    /**
     * Removes the links between the two companies (they would point at their own company) and combines each link
     * of the merged company that the survivor has too (same other company, same direction, same type) into the
     * survivor's, notes joined, removing the merged one.
     */
    private static long combineLinks(Connection connection, long mergeId, long survivor, long merged,
            boolean preferMerged) throws SQLException {
        long removed = Sql.update(connection, "DELETE FROM internal_external_links WHERE (company_id = ?"
                + " AND related_company_id = ?) OR (company_id = ? AND related_company_id = ?)", merged, survivor,
                survivor, merged);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT s.link_id, s.notes, m.link_id,"
                + " m.notes FROM merge_journal_links s JOIN merge_journal_links m ON m.merge_id = s.merge_id"
                + " AND m.image = s.image AND m.link_type = s.link_type"
                + " AND ((s.company_id = ? AND m.company_id = ? AND s.related_company_id = m.related_company_id"
                + " AND m.related_company_id <> ?) OR (s.related_company_id = ? AND m.related_company_id = ?"
                + " AND s.company_id = m.company_id AND m.company_id <> ?))"
                + " WHERE s.merge_id = ? AND s.image = '" + BEFORE + "'")) {
            Object[] parameters = {survivor, merged, survivor, survivor, merged, survivor, mergeId};
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String notes = preferMerged ? join(rs.getString(4), rs.getString(2))
                            : join(rs.getString(2), rs.getString(4));
                    if (!Objects.equals(notes, rs.getString(2))) {
                        updates.add(new Object[] {notes, rs.getLong(1)});
                    }
                    deletes.add(new Object[] {rs.getLong(3)});
                }
            }
        }
        batch(connection, "UPDATE internal_external_links SET notes = ? WHERE link_id = ?", updates);
        batch(connection, "DELETE FROM internal_external_links WHERE link_id = ?", deletes);
        return removed + deletes.size();
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void record(Map<String, Long> changed, JournaledTable table, long rows) {
        if (rows > 0) {
            changed.put(table.table(), rows);
        }
    }

    /** The preferred value when it is not empty, the other one otherwise. */
    static <T> T either(T preferred, T other) {
        return empty(preferred) ? (empty(other) ? preferred : other) : preferred;
    }

    /**
     * Joins two notes: the first, a line break and the second; just one of them when the other is empty or they
     * are equal.
     */
    static String join(String first, String second) {
        if (empty(first)) {
            return empty(second) ? first : second;
        }
        if (empty(second) || first.equals(second)) {
            return first;
        }
        return first + "\n" + second;
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
