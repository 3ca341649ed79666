package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.LegacySnapshot;
import org.companyunification.testing.TestDatabase;

class BackfillRollbackTest {

    @DatabaseTest
    void shouldRemoveWhatTheRunCreatedAndKeepWhatApplicationsWroteSince(TestDatabase db) throws Exception {
        // given a first run, a second run over new rows, and rows an application wrote after both
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).load();
        backfill.run();
        Map<String, List<String>> afterFirstRun = UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED);
        LegacyScenarios.everyTable().insertInto(db.dataSource());
        RunResult second = backfill.run();
        LegacySnapshot legacy = LegacySnapshot.take(db.dataSource());
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO companies (company_id, company_name, name_key, created_at)"
                    + " VALUES (900001, 'Added By An App', 'added by an app', CURRENT_TIMESTAMP)");
            // the application links its company to one the second run created
            statement.executeUpdate("INSERT INTO internal_external_links (link_id, company_id, related_company_id,"
                    + " link_type, created_at) SELECT 900002, 900001, company_id, 'partner', CURRENT_TIMESTAMP"
                    + " FROM companies WHERE name_key = 'bechtel'");
        }

        // when
        RollbackResult rollback = backfill.rollback(second.runId());

        // then the first run's rows are as they were, the app's rows stay, and so does the company they refer to
        Map<String, List<String>> now = UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED);
        assertThat(now.get("company_role_assignments")).isEqualTo(afterFirstRun.get("company_role_assignments"));
        assertThat(now.get("company_origins")).isEqualTo(afterFirstRun.get("company_origins"));
        assertThat(now.get("person_company_affiliations"))
                .isEqualTo(afterFirstRun.get("person_company_affiliations"));
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT name_key FROM companies ORDER BY name_key"))
                .containsExactly("added by an app", "bechtel", "holtec international", "holtec intl");
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM internal_external_links")).isEqualTo(1);
        assertThat(rollback.companiesKept()).isEqualTo(1);
        assertThat(rollback.deleted().get("companies")).isEqualTo(5);
        assertThat(LegacySnapshot.take(db.dataSource())).isEqualTo(legacy);
        assertThat(backfill.runs()).extracting(RunSummary::status)
                .containsExactly(RunSummary.Status.COMPLETED, RunSummary.Status.ROLLED_BACK);
    }

    @DatabaseTest
    void shouldMigrateTheRowsAgainAfterARollback(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).load();
        RunResult first = backfill.run();
        Map<String, List<String>> logical = UnifiedTables.logical(db.dataSource());

        // when
        backfill.rollback(first.runId());
        RunResult again = backfill.run();

        // then
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM companies WHERE created_by_run = "
                + first.runId())).isZero();
        assertThat(UnifiedTables.logical(db.dataSource())).isEqualTo(logical);
        assertThat(again.tables()).isEqualTo(first.tables());
    }

    @DatabaseTest
    void shouldRefuseAnUnknownRunAndARunAlreadyRolledBack(TestDatabase db) throws Exception {
        // given
        new LegacyData().vendor(1, "Oklo").insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).load();
        long runId = backfill.run().runId();
        backfill.rollback(runId);

        // when / then
        assertThatThrownBy(() -> backfill.rollback(runId)).isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("already rolled back");
        assertThatThrownBy(() -> backfill.rollback(4711)).isInstanceOf(CompanyUnificationException.class)
                .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
