package org.companyunification.sync.merge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A unified table whose rows a merge changes, with the journal table that keeps their images: the columns a merge
 * copies (every stored column; generated columns are computed again), the primary key and which columns hold
 * text. Builds the set-based statements that write and read the journal, so that each table is journaled and
 * restored the same way.
 *
 * <p>In the statements the table is aliased {@code t} and the journal {@code j}; every statement binds the
 * merge id where it reads the journal.
 */
enum JournaledTable {

    COMPANIES("companies", "merge_journal_companies", List.of("company_id"),
            List.of("company_id", "company_name", "name_key", "company_type", "website", "country", "contact_email",
                    "contact_phone", "reactor_type", "sector", "notes", "created_at", "updated_at", "created_by_run",
                    "merged_into_company_id"),
            List.of("company_name", "name_key", "company_type", "website", "country", "contact_email",
                    "contact_phone", "reactor_type", "sector", "notes")),
    ASSIGNMENTS("company_role_assignments", "merge_journal_assignments", List.of("assignment_id"),
            List.of("assignment_id", "company_id", "role_id", "context_type", "context_id", "is_primary", "notes",
                    "created_at", "created_by_run"),
            List.of("context_type", "notes")),
    PROFILES("client_profiles", "merge_journal_profiles", List.of("company_id"),
            List.of("company_id", "relationship_strength", "client_priority", "relationship_notes",
                    "last_contact_date", "next_contact_date", "created_at", "updated_at", "created_by_run"),
            List.of("relationship_strength", "client_priority", "relationship_notes")),
    AFFILIATIONS("person_company_affiliations", "merge_journal_affiliations", List.of("affiliation_id"),
            List.of("affiliation_id", "person_id", "company_id", "title", "is_primary", "start_date", "end_date",
                    "notes", "created_at", "created_by_run"),
            List.of("title", "notes")),
    LINKS("internal_external_links", "merge_journal_links", List.of("link_id"),
            List.of("link_id", "company_id", "related_company_id", "link_type", "notes", "created_at"),
            List.of("link_type", "notes")),
    COMPANY_ORIGINS("company_origins", "merge_journal_company_origins", List.of("source_table", "source_id"),
            List.of("source_table", "source_id", "company_id", "source_name", "source_hash", "source_values",
                    "run_id"),
            List.of("source_table", "source_name", "source_values")),
    ASSIGNMENT_ORIGINS("assignment_origins", "merge_journal_assignment_origins", List.of("source_table", "source_id"),
            List.of("source_table", "source_id", "assignment_id", "source_hash", "run_id"),
            List.of("source_table"));

    /** Before image: the row as it was before the merge. */
    static final String BEFORE = "B";
    /** After image: the row as the merge left it. */
    static final String AFTER = "A";

    private final String table;
    private final String journal;
    private final List<String> key;
    private final List<String> columns;
    private final List<String> textColumns;

    JournaledTable(String table, String journal, List<String> key, List<String> columns, List<String> textColumns) {
        this.table = table;
        this.journal = journal;
        this.key = key;
        this.columns = columns;
        this.textColumns = textColumns;
    }

    /** The unified table. */
    String table() {
        return table;
    }

    /** The journal table. */
    String journal() {
        return journal;
    }

    /** The primary key columns. */
    List<String> key() {
        return key;
    }

    /**
     * Copies the rows of the table that match a condition on {@code t} into the journal as images of one kind.
     * Binds: the merge id, then the condition's parameters.
     */
    String journalRows(String image, String condition) {
        return "INSERT INTO " + journal + " (merge_id, image, " + String.join(", ", columns) + ") SELECT ?, '"
                + image + "', " + list("t.") + " FROM " + table + " t WHERE " + condition;
    }

    /** A condition on {@code t}: the row's key is among the given images of the merge. Binds: the merge id. */
    String keyIn(String image) {
        return keyIn(image, "t");
    }

    private String keyIn(String image, String alias) {
        return "EXISTS (SELECT 1 FROM " + journal + " j WHERE j.merge_id = ? AND j.image = '" + image + "' AND "
                + keyMatch("j", alias) + ")";
    }

    /**
     * Lists the keys of the after images whose row is no longer as the merge left it, and of the rows the merge
     * removed that exist again. Binds: the merge id.
     */
    String changedSince(MergeDialect dialect) {
        String same = columns.stream()
                .map(c -> dialect.same("t." + c, "j." + c, textColumns.contains(c)))
                .collect(Collectors.joining(" AND "));
        return "SELECT " + list("j.", key) + " FROM " + journal + " j WHERE j.merge_id = ? AND ((j.image = '"
                + AFTER + "' AND NOT EXISTS (SELECT 1 FROM " + table + " t WHERE " + same + ")) OR (j.image = '"
                + BEFORE + "' AND NOT EXISTS (SELECT 1 FROM " + journal + " a WHERE a.merge_id = j.merge_id AND"
                + " a.image = '" + AFTER + "' AND " + keyMatch("a", "j") + ") AND EXISTS (SELECT 1 FROM " + table
                + " t WHERE " + keyMatch("t", "j") + ")))";
    }

    /**
     * Deletes the rows the merge left under a key that had no row before it (a client profile re-pointed at the
     * survivor). Binds: the merge id twice.
     */
    String deleteRowsNewSinceBefore() {
        return "DELETE FROM " + table + " WHERE " + keyIn(AFTER, table) + " AND NOT " + keyIn(BEFORE, table);
    }

    /**
     * Sets every column of the rows that have a before image back to it. Binds: the merge id once per column
     * and once more.
     */
    String restoreExisting() {
        String image = " FROM " + journal + " j WHERE j.merge_id = ? AND j.image = '" + BEFORE + "' AND "
                + keyMatch("j", table);
        String sets = columns.stream().filter(c -> !key.contains(c))
                .map(c -> c + " = (SELECT j." + c + image + ")")
                .collect(Collectors.joining(", "));
        return "UPDATE " + table + " SET " + sets + " WHERE EXISTS (SELECT 1" + image + ")";
    }

    /** How many parameters {@link #restoreExisting()} binds, each the merge id. */
    int restoreExistingParameters() {
        return columns.size() - key.size() + 1;
    }

    /** Inserts the before images whose row does not exist (rows the merge deleted). Binds: the merge id. */
    String restoreMissing() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + list("j.") + " FROM "
                + journal + " j WHERE j.merge_id = ? AND j.image = '" + BEFORE + "' AND NOT EXISTS (SELECT 1 FROM "
                + table + " t WHERE " + keyMatch("t", "j") + ")";
    }

    /** Counts the images of a kind of one merge. Binds: the merge id. */
    String countImages(String image) {
        return "SELECT COUNT(*) FROM " + journal + " WHERE merge_id = ? AND image = '" + image + "'";
    }

    private String keyMatch(String left, String right) {
        return key.stream().map(c -> left + "." + c + " = " + right + "." + c).collect(Collectors.joining(" AND "));
    }

    private String list(String prefix) {
        return list(prefix, columns);
    }

    private static String list(String prefix, List<String> names) {
        return names.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
    }
}
