package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;

class BackfillIdempotencyTest {

    @DatabaseTest
    void shouldChangeNothingWhenRunTwiceOverUnchangedData(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.all().insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).batchSize(4).load();
        RunResult first = backfill.run();
        Map<String, List<String>> afterFirst = UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED);

        // when
        RunResult second = backfill.run();

        // then every unified table holds the same rows with the same ids and values
        assertThat(UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(afterFirst);
        assertThat(second.runId()).isNotEqualTo(first.runId());
        RowCounts total = second.total();
        assertThat(total.created() + total.updated() + total.merged()).isZero();
        assertThat(total.unchanged()).isEqualTo(first.total().migrated());
        // rows that could not be migrated are still reported, and nothing else is
        assertThat(total.rejected()).isEqualTo(first.total().rejected());
        assertThat(total.skipped()).isEqualTo(first.total().skipped());
    }

    @DatabaseTest
    void shouldPickUpLegacyRowsChangedAndAddedAfterARun(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).load();
        backfill.run();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE technology_vendors SET website = 'https://holtecinternational.com',"
                    + " vendor_name = 'Holtec International Inc' WHERE vendor_id = 10");
            statement.executeUpdate("UPDATE clients SET relationship_strength = 'Weak' WHERE client_id = 30");
            statement.executeUpdate("UPDATE project_vendor_relationships SET is_primary = FALSE"
                    + " WHERE relationship_id = 40");
            statement.executeUpdate("UPDATE personnel_entity_relationships SET role_title = 'Chair'"
                    + " WHERE relationship_id = 50");
        }
        new LegacyData().constructor(60, "holtec international").insertInto(db.dataSource());

        // when
        RunResult second = backfill.run();

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT company_name, website FROM companies"
                + " WHERE name_key = 'holtec international'"))
                .containsExactly("Holtec International Inc | https://holtecinternational.com");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT relationship_strength FROM client_profiles"))
                .containsExactly("Weak");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT is_primary FROM company_role_assignments"
                + " WHERE context_type = 'Project' AND role_id = 1")).containsExactly("0");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT title FROM person_company_affiliations"
                + " WHERE is_primary = TRUE")).containsExactly("Chair");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT r.role_code FROM company_role_assignments a"
                + " JOIN companies c ON c.company_id = a.company_id JOIN company_roles r ON r.role_id = a.role_id"
                + " WHERE c.name_key = 'holtec international' AND a.context_type IS NULL ORDER BY r.role_id"))
                .containsExactly("vendor", "operator", "constructor");
        assertThat(second.total()).extracting(RowCounts::updated, RowCounts::merged, RowCounts::created)
                .containsExactly(4L, 1L, 0L);
    }
}
