package org.companyunification.sync.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.companyunification.sync.merge.MergeFixture.one;
import static org.companyunification.sync.merge.MergeFixture.rows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

class CompanyMergeTest {

    @DatabaseTest
    void shouldMoveEveryRowOfTheMergedCompanyToTheSurvivorAndLeaveATombstone(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);

        // when
        MergeResult result = CompanyMerge.configure().dataSource(ds).load()
                .merge(pge.survivor, pge.duplicate, MergeOptions.defaults().by("ann"));

        // then the survivor holds every role, once, and everything else the duplicate had
        long s = pge.survivor;
        long d = pge.duplicate;
        assertThat(rows(ds, "SELECT r.role_code FROM company_role_assignments a JOIN company_roles r"
                + " ON r.role_id = a.role_id WHERE a.company_id = " + s + " AND a.context_type IS NULL ORDER BY 1"))
                .containsExactly("client", "developer", "operator");
        assertThat(rows(ds, "SELECT role_id, context_id, is_primary, notes FROM company_role_assignments"
                + " WHERE company_id = " + s + " AND context_type IS NOT NULL ORDER BY context_id"))
                .containsExactly("2 | 1 | 1 | co-owner\nmajority", "3 | 2 | 0 | null");
        assertThat(rows(ds, "SELECT person_id, company_id FROM person_company_affiliations ORDER BY person_id"))
                .containsExactly("7 | " + s, "8 | " + s);
        assertThat(rows(ds, "SELECT source_table, source_id FROM company_origins WHERE company_id = " + s
                + " ORDER BY 1, 2")).containsExactly("clients | 30", "clients | 31", "operators | 20",
                        "owners_developers | 10", "owners_developers | 11");
        // the project relationship of the duplicate lands on the combined assignment
        assertThat(one(ds, "SELECT a.company_id FROM assignment_origins o JOIN company_role_assignments a"
                + " ON a.assignment_id = o.assignment_id WHERE o.source_table = 'project_owner_relationships'"
                + " AND o.source_id = 51")).isEqualTo(String.valueOf(s));
        assertThat(result.rowsRemoved()).containsEntry("company_role_assignments", 3L)
                .containsEntry("client_profiles", 1L).containsEntry("internal_external_links", 2L);
        assertThat(rows(ds, "SELECT * FROM company_role_assignments WHERE company_id = " + d)).isEmpty();
        assertThat(rows(ds, "SELECT * FROM company_origins WHERE company_id = " + d)).isEmpty();
        assertThat(one(ds, "SELECT merged_into_company_id FROM companies WHERE company_id = " + d))
                .isEqualTo(String.valueOf(s));
        assertThat(one(ds, "SELECT merged_into_company_id FROM companies WHERE company_id = " + s)).isEqualTo("null");
    }

    @DatabaseTest
    void shouldCombineTheRowsBothCompaniesHoldByTheDocumentedRule(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);

        // when
        CompanyMerge.configure().dataSource(ds).load().merge(pge.survivor, pge.duplicate);

        // then the survivor's non-empty values win and its empty ones are filled; notes are joined
        long s = pge.survivor;
        assertThat(one(ds, "SELECT company_name, website, country, contact_email FROM companies"
                + " WHERE company_id = " + s)).isEqualTo("Pacific Gas and Electric | pge.com | USA | ops@pge.com");
        assertThat(one(ds, "SELECT relationship_strength, client_priority, relationship_notes, last_contact_date,"
                + " next_contact_date FROM client_profiles WHERE company_id = " + s))
                .isEqualTo("Strong | High | survivor notes\nmerged notes | 2024-01-01 | 2024-09-01");
        assertThat(rows(ds, "SELECT company_id FROM client_profiles")).containsExactly(String.valueOf(s));
        // a link both had is combined, a link between the two is gone, the others point at the survivor
        assertThat(rows(ds, "SELECT link_id, company_id, related_company_id, link_type, notes"
                + " FROM internal_external_links ORDER BY link_id")).containsExactly(
                        "9001 | " + s + " | " + pge.edison + " | partner | s\nm",
                        "9003 | " + pge.edison + " | " + s + " | supplier | null");
    }

    @DatabaseTest
    void shouldLetTheMergedCompanysValuesWinWhenAsked(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);

        // when
        CompanyMerge.configure().dataSource(ds).load().merge(pge.survivor, pge.duplicate,
                MergeOptions.defaults().preferring(MergeOptions.Preference.MERGED));

        // then
        assertThat(one(ds, "SELECT company_name, website, country, contact_email FROM companies"
                + " WHERE company_id = " + pge.survivor))
                .isEqualTo("Pacific Gas and Electric | www.pge.com | United States | ops@pge.com");
        assertThat(one(ds, "SELECT relationship_strength, client_priority, relationship_notes, last_contact_date"
                + " FROM client_profiles WHERE company_id = " + pge.survivor))
                .isEqualTo("Weak | High | merged notes\nsurvivor notes | 2024-01-01");
    }

    @DatabaseTest
    void shouldRestoreEveryUnifiedTableExactlyWhenAMergeIsUndone(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        Map<String, List<String>> before = MergeFixture.dump(ds, MergeFixture.UNIFIED);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();
        MergeResult merge = merger.merge(pge.survivor, pge.duplicate);
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isNotEqualTo(before);

        // when
        UnmergeResult undone = merger.unmerge(merge.mergeId(), "bo");

        // then
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isEqualTo(before);
        assertThat(undone.rowsRestored()).containsKeys("companies", "company_role_assignments", "client_profiles",
                "internal_external_links", "company_origins", "assignment_origins");
        assertThat(merger.merges()).singleElement().satisfies(m -> {
            assertThat(m.mergeId()).isEqualTo(merge.mergeId());
            assertThat(m.standing()).isFalse();
            assertThat(m.survivorName()).isEqualTo("Pacific Gas and Electric");
            assertThat(m.mergedName()).isEqualTo("PG&E");
        });
        assertThatThrownBy(() -> merger.unmerge(merge.mergeId())).isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("was already undone");
    }

    @DatabaseTest
    void shouldMergeAgainAfterAnUndoAndUndoThatToo(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        Map<String, List<String>> before = MergeFixture.dump(ds, MergeFixture.UNIFIED);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();
        merger.unmerge(merger.merge(pge.survivor, pge.duplicate).mergeId());

        // when the other company survives this time
        MergeResult again = merger.merge(pge.duplicate, pge.survivor);
        merger.unmerge(again.mergeId());

        // then
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isEqualTo(before);
    }

    @DatabaseTest
    void shouldRefuseSelfMergesTombstonesCyclesAndUnknownCompanies(TestDatabase db) throws Exception {
        // given a duplicate merged into the survivor
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();
        long mergeId = merger.merge(pge.survivor, pge.duplicate).mergeId();
        Map<String, List<String>> merged = MergeFixture.dump(ds, MergeFixture.UNIFIED);

        // when / then
        assertRefused(() -> merger.merge(pge.edison, pge.edison), ErrorCode.RULE_VIOLATION, "into itself");
        assertRefused(() -> merger.merge(pge.edison, pge.duplicate), ErrorCode.RULE_VIOLATION,
                "was already merged into company " + pge.survivor + " by merge " + mergeId);
        assertRefused(() -> merger.merge(pge.duplicate, pge.edison), ErrorCode.RULE_VIOLATION,
                "merge into company " + pge.survivor + " instead");
        assertRefused(() -> merger.merge(pge.duplicate, pge.survivor), ErrorCode.RULE_VIOLATION,
                "would make a cycle");
        assertRefused(() -> merger.merge(pge.survivor, 987654), ErrorCode.NOT_FOUND, "no company 987654");
        // a batch is all or nothing: its first pair is not kept when the second is refused
        assertRefused(() -> merger.merge(List.of(MergeRequest.of(pge.edison, pge.survivor),
                MergeRequest.of(pge.survivor, pge.edison))), ErrorCode.RULE_VIOLATION, "would make a cycle");
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isEqualTo(merged);
        assertThat(merger.merges()).hasSize(1);
    }

    @DatabaseTest
    void shouldRefuseToUndoAMergeThatALaterMergeBuildsOnUntilThatIsUndone(TestDatabase db) throws Exception {
        // given the duplicate merged into the survivor, then the survivor into Edison
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        Map<String, List<String>> before = MergeFixture.dump(ds, MergeFixture.UNIFIED);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();
        List<MergeResult> merges = merger.merge(List.of(MergeRequest.of(pge.survivor, pge.duplicate),
                MergeRequest.of(pge.edison, pge.survivor)));
        long first = merges.get(0).mergeId();
        long second = merges.get(1).mergeId();
        // the earlier tombstone now points at the last survivor directly
        assertThat(one(ds, "SELECT merged_into_company_id FROM companies WHERE company_id = " + pge.duplicate))
                .isEqualTo(String.valueOf(pge.edison));

        // when / then
        assertRefused(() -> merger.unmerge(first), ErrorCode.RULE_VIOLATION, "later merges build on it: merge "
                + second + " (company " + pge.survivor + " into company " + pge.edison + ")");
        merger.unmerge(second);
        merger.unmerge(first);
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isEqualTo(before);
    }

    @DatabaseTest
    void shouldRefuseToUndoAMergeWhoseRowsChangedSince(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();
        long mergeId = merger.merge(pge.survivor, pge.duplicate).mergeId();
        MergeFixture.update(ds, "UPDATE companies SET website = 'pge.example' WHERE company_id = ?", pge.survivor);
        Map<String, List<String>> edited = MergeFixture.dump(ds, MergeFixture.UNIFIED);

        // when / then
        assertRefused(() -> merger.unmerge(mergeId), ErrorCode.RULE_VIOLATION,
                "rows it changed were changed since (companies " + pge.survivor + ")");
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isEqualTo(edited);
        assertRefused(() -> merger.unmerge(4711), ErrorCode.NOT_FOUND, "no merge 4711");
    }

    @DatabaseTest
    void shouldUndoExactlyAMergeThatMovedAProfileAndRemovedALinkToItself(TestDatabase db) throws Exception {
        // given Edison, without a client profile, as the survivor: the duplicate's profile moves to it, and the
        // duplicate's partner link to Edison would link Edison to itself
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        Map<String, List<String>> before = MergeFixture.dump(ds, MergeFixture.UNIFIED);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();

        // when
        MergeResult merge = merger.merge(pge.edison, pge.duplicate);
        List<String> profiles = rows(ds, "SELECT company_id, relationship_strength FROM client_profiles ORDER BY 1");
        List<String> links = rows(ds, "SELECT link_id, company_id, related_company_id, link_type"
                + " FROM internal_external_links ORDER BY link_id");
        merger.unmerge(merge.mergeId());

        // then
        assertThat(profiles).containsExactlyInAnyOrder(pge.survivor + " | Strong", pge.edison + " | Weak");
        assertThat(links).containsExactly("9001 | " + pge.survivor + " | " + pge.edison + " | partner",
                "9004 | " + pge.edison + " | " + pge.survivor + " | subsidiary");
        assertThat(merge.rowsRemoved()).containsEntry("internal_external_links", 2L)
                .doesNotContainKey("client_profiles");
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isEqualTo(before);
    }

    @DatabaseTest
    void shouldRunTheCallersWorkInTheMergesTransactionAndKeepNothingWhenItFails(TestDatabase db) throws Exception {
        // given
        DataSource ds = db.dataSource();
        MergeFixture pge = MergeFixture.create(ds);
        Map<String, List<String>> before = MergeFixture.dump(ds, MergeFixture.UNIFIED);
        CompanyMerge merger = CompanyMerge.configure().dataSource(ds).load();

        // when the caller's work sees the merge and then fails
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> merger.merge(List.of(MergeRequest.of(pge.survivor, pge.duplicate)), connection -> {
            try (var statement = connection.prepareStatement("SELECT merged_into_company_id FROM companies"
                    + " WHERE company_id = ?")) {
                statement.setLong(1, pge.duplicate);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    seen.add(rs.getString(1));
                }
            }
            throw new SQLException("the review file could not be recorded");
        })).isInstanceOf(CompanyUnificationException.class).hasMessageContaining("Nothing was changed");

        // then
        assertThat(seen).containsExactly(String.valueOf(pge.survivor));
        assertThat(MergeFixture.dump(ds, MergeFixture.UNIFIED)).isEqualTo(before);
        assertThat(merger.merges()).isEmpty();
    }

    private static void assertRefused(Runnable call, ErrorCode code, String message) {
        assertThatThrownBy(call::run).isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(code);
    }
}
