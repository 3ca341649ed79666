package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.internal.WriterLock;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.Queries;
import org.companyunification.testing.TestDatabase;

class SyncTest {

    @DatabaseTest
    void shouldCatchUpWithEveryLegacyTablesCreatesEditsAndDeletesWrittenWithoutTheLibrary(TestDatabase db)
            throws Exception {
        // given
        LegacyToUnifiedScenario scenario = new LegacyToUnifiedScenario(db.dataSource());
        scenario.given();
        Sync sync = Sync.configure().dataSource(db.dataSource()).batchSize(3).load();

        // when / then: each phase written with plain SQL and committed, then a sync
        scenario.createEditAndDeleteThrough(changes -> {
            try (Connection connection = db.dataSource().getConnection()) {
                for (LegacyChange change : changes) {
                    change.writeWithSql(connection);
                }
            }
            sync.run();
        });

        // and every run is listed, as a sync
        List<RunSummary.Kind> kinds = sync.runs().stream().map(RunSummary::kind).toList();
        assertThat(kinds).hasSize(11).first().isEqualTo(RunSummary.Kind.BACKFILL);
        assertThat(kinds.subList(1, kinds.size())).containsOnly(RunSummary.Kind.SYNC);
    }

    @DatabaseTest
    void shouldReportWhatItDidAndChangeNothingOverUnchangedData(TestDatabase db) throws Exception {
        // given
        LegacyToUnifiedScenario scenario = new LegacyToUnifiedScenario(db.dataSource());
        scenario.given();
        Map<String, List<String>> before = UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED);
        Sync sync = Sync.configure().dataSource(db.dataSource()).load();

        // when
        SyncResult unchanged = sync.run();

        // then
        assertThat(unchanged.run().total().unchanged()).isEqualTo(7);
        assertThat(unchanged.run().total().created() + unchanged.run().total().updated()).isZero();
        assertThat(unchanged.totalLegacyRowsDeleted()).isZero();
        assertThat(UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(before);

        // when a row is deleted behind the library's back
        try (Connection connection = db.dataSource().getConnection()) {
            LegacyChange.delete(LegacyTable.TECHNOLOGY_VENDORS, 20).writeWithSql(connection);
        }
        SyncResult deleted = sync.run();

        // then its table, and the unified rows it stood for, are reported
        assertThat(deleted.legacyRowsDeleted()).hasSize(12).containsEntry("technology_vendors", 1L);
        assertThat(deleted.totalLegacyRowsDeleted()).isEqualTo(1);
        assertThat(deleted.unifiedRowsDeleted()).containsExactlyInAnyOrderEntriesOf(Map.of("company_origins", 1L,
                "company_role_assignments", 1L, "companies", 1L, "assignment_origins", 0L));
    }

    @DatabaseTest
    void shouldRestoreWhatASyncRunDeletedAndRemoveWhatItCreatedOnRollback(TestDatabase db) throws Exception {
        // given a sync that deleted and created unified rows
        LegacyToUnifiedScenario scenario = new LegacyToUnifiedScenario(db.dataSource());
        scenario.given();
        try (Connection connection = db.dataSource().getConnection()) {
            LegacyChange.insert(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, 900, "personnel_id", 7L, "entity_type",
                    "client", "entity_id", 10L, "role_title", "CEO", "is_primary", true).writeWithSql(connection);
        }
        Sync sync = Sync.configure().dataSource(db.dataSource()).load();
        sync.run();
        Map<String, List<String>> before = UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED);
        try (Connection connection = db.dataSource().getConnection()) {
            LegacyChange.delete(LegacyTable.CLIENTS, 10).writeWithSql(connection);
            LegacyChange.delete(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, 900).writeWithSql(connection);
            LegacyChange.delete(LegacyTable.TECHNOLOGY_VENDORS, 20).writeWithSql(connection);
            LegacyChange.insert(LegacyTable.OPERATORS, 30, "operator_name", "Gamma Grid").writeWithSql(connection);
        }
        SyncResult result = sync.run();
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM client_profiles")).isZero();
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies WHERE name_key = 'gamma grid'"))
                .isEqualTo(1);

        // when
        RollbackResult rollback = sync.rollback(result.runId());

        // then the unified tables are as before the sync, and the run is listed as rolled back
        assertThat(UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(before);
        assertThat(rollback.restored()).containsEntry("companies", 1L).containsEntry("client_profiles", 1L)
                .containsEntry("person_company_affiliations", 1L);
        assertThat(rollback.deleted()).containsEntry("companies", 1L);
        assertThat(sync.runs()).filteredOn(run -> run.runId() == result.runId()).extracting(RunSummary::status)
                .containsExactly(RunSummary.Status.ROLLED_BACK);
    }

    @DatabaseTest
    void shouldGiveTheCompanyAndProfileOfTheNextClientsRowWhenTheLeadOneIsDeleted(TestDatabase db) throws Exception {
        // given a company made of two clients rows, the first giving the name and the client profile
        String profile = "SELECT relationship_strength, client_priority FROM client_profiles";
        new LegacyData()
                .client(10, "Acme Power", c -> c.relationshipStrength("Strong").clientPriority("High"))
                .client(11, "ACME POWER INC", c -> c.relationshipStrength("Weak"))
                .insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
        assertThat(Queries.rows(db.dataSource(), profile)).containsExactly("Strong | High");

        // when the first is deleted behind the library's back
        try (Connection connection = db.dataSource().getConnection()) {
            LegacyChange.delete(LegacyTable.CLIENTS, 10).writeWithSql(connection);
        }
        Sync.configure().dataSource(db.dataSource()).load().run();

        // then the company and its profile are the second row's, as a backfill of that row alone would make them
        assertThat(Queries.rows(db.dataSource(), "SELECT company_name FROM companies"))
                .containsExactly("ACME POWER INC");
        assertThat(Queries.rows(db.dataSource(), profile)).containsExactly("Weak | null");
        assertThat(Consistency.configure().dataSource(db.dataSource()).load().check().differences()).isEmpty();
    }

    @DatabaseTest
    void shouldRefuseToRunWhileAnotherWriterHoldsTheLock(TestDatabase db) throws Exception {
        // given
        new LegacyToUnifiedScenario(db.dataSource()).given();

        // when / then
        try (WriterLock lock = WriterLock.acquire(db.dataSource(), db.vendor(), "backfill", 42L, Duration.ZERO)) {
            assertThatThrownBy(() -> Sync.configure().dataSource(db.dataSource()).load().run())
                    .isInstanceOf(CompanyUnificationException.class)
                    .satisfies(e -> assertThat(((CompanyUnificationException) e).errorCode())
                            .isEqualTo(ErrorCode.WRITER_BUSY))
                    .hasMessageContaining("backfill");
        }
    }
}
