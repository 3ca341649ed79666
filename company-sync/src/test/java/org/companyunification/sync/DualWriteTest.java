package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.Queries;
import org.companyunification.testing.TestDatabase;

class DualWriteTest {

    @DatabaseTest
    void shouldBringEveryLegacyTablesCreatesEditsAndDeletesToTheUnifiedTablesInTheCallersTransaction(
            TestDatabase db) throws Exception {
        // given
        LegacyToUnifiedScenario scenario = new LegacyToUnifiedScenario(db.dataSource());
        scenario.given();

        // when / then: each phase written with SQL and named to DualWrite, in one transaction
        scenario.createEditAndDeleteThrough(changes -> {
            try (Connection connection = db.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                for (LegacyChange change : changes) {
                    change.writeWithSql(connection);
                }
                for (LegacyChange change : changes) {
                    DualWrite.afterLegacyChange(connection, change.table(), change.id());
                }
                connection.commit();
            }
        });

        // and a catch-up sync finds nothing left to do, but reports the relationship rows naming a deleted row
        SyncResult sync = Sync.configure().dataSource(db.dataSource()).load().run();
        assertThat(sync.run().total().created() + sync.run().total().updated() + sync.run().total().merged())
                .isZero();
        assertThat(sync.totalLegacyRowsDeleted()).isZero();
        assertThat(sync.run().issues()).extracting(RowIssue::table, RowIssue::id, RowIssue::reason)
                .containsExactlyInAnyOrder(
                        tuple("project_operator_relationships", 950L,
                                "operator_id 10 does not exist in operators"),
                        tuple("personnel_entity_relationships", 950L, "operators row 10 does not exist"));
    }

    @DatabaseTest
    void shouldLeaveNothingBehindWhenTheCallersTransactionRollsBack(TestDatabase db) throws Exception {
        // given
        LegacyToUnifiedScenario scenario = new LegacyToUnifiedScenario(db.dataSource());
        scenario.given();
        long companies = Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies");

        // when
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            LegacyChange.insert(LegacyTable.OPERATORS, 55, "operator_name", "Gamma Grid").writeWithSql(connection);
            DualWriteResult result = DualWrite.afterLegacyChange(connection, LegacyTable.OPERATORS, 55L);
            assertThat(result.tables().get("operators").created()).isEqualTo(1);
            connection.rollback();
        }

        // then
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies")).isEqualTo(companies);
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM company_origins WHERE source_id = 55"))
                .isZero();
    }

    @DatabaseTest
    void shouldReportARowItCannotMigrateWithoutFailingTheTransaction(TestDatabase db) throws Exception {
        // given
        new LegacyToUnifiedScenario(db.dataSource()).given();

        // when
        DualWriteResult result;
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            LegacyChange.insert(LegacyTable.PROJECT_VENDOR_RELATIONSHIPS, 31, "project_id", 1L, "vendor_id", 999L,
                    "is_primary", false).writeWithSql(connection);
            result = DualWrite.afterLegacyChange(connection, LegacyTable.PROJECT_VENDOR_RELATIONSHIPS, 31L);
            connection.commit();
        }

        // then
        assertThat(result.allMigrated()).isFalse();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.table()).isEqualTo("project_vendor_relationships");
            assertThat(issue.id()).isEqualTo(31);
            assertThat(issue.reason()).contains("vendor_id 999 does not exist in technology_vendors");
        });
    }

    @DatabaseTest
    void shouldRefuseTheSharedTables(TestDatabase db) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            assertThatThrownBy(() -> DualWrite.afterLegacyChange(connection, LegacyTable.PROJECTS, 1L))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projects");
        }
    }
}
