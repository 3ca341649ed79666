package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;

class BackfillDryRunTest {

    @DatabaseTest
    void shouldLeaveTheDatabaseExactlyAsItWas(TestDatabase db) throws Exception {
        // given a database with a run behind it and new legacy rows since
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).batchSize(2).load();
        backfill.run();
        LegacyScenarios.everyTable().and(LegacyScenarios.dirtyValues()).insertInto(db.dataSource());
        Map<String, List<String>> before = everything(db);

        // when
        DryRunResult planned = backfill.dryRun();

        // then
        assertThat(everything(db)).isEqualTo(before);
        assertThat(planned.total().created()).isPositive();
    }

    @DatabaseTest
    void shouldPlanExactlyWhatTheRunThenDoes(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.all().and(new LegacyData()
                        .vendor(900, "Terrestrial Energy").operator(901, "TERRESTRIAL ENERGY INC.")
                        .project(902, "IMSR Demo").operatorOnProject(903, 902, 901, true)
                        .vendorOnProject(904, 902, 900, false))
                .insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).batchSize(3).load();

        // when
        DryRunResult planned = backfill.dryRun();
        RunResult done = backfill.run();

        // then
        assertThat(planned.tables()).isEqualTo(done.tables());
        assertThat(planned.issues()).containsExactlyInAnyOrderElementsOf(done.issues());
    }

    private static Map<String, List<String>> everything(TestDatabase db) throws Exception {
        List<String> tables = new ArrayList<>(UnifiedTables.UNIFIED);
        tables.addAll(UnifiedTables.BOOKKEEPING);
        tables.addAll(UnifiedTables.LEGACY);
        Map<String, List<String>> dump = UnifiedTables.dump(db.dataSource(), tables);
        dump.put("sequences", UnifiedTables.rows(db.dataSource(), sequenceState(db.vendor())));
        return dump;
    }

    /** Reads the sequences' positions without drawing from them. */
    private static String sequenceState(DatabaseVendor vendor) {
        return switch (vendor) {
            case H2 -> "SELECT sequence_name, base_value FROM information_schema.sequences ORDER BY sequence_name";
            case POSTGRESQL -> "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()"
                    + " ORDER BY sequencename";
            case MARIADB -> "SELECT 'companies', next_not_cached_value FROM companies_seq UNION ALL"
                    + " SELECT 'assignments', next_not_cached_value FROM company_role_assignments_seq UNION ALL"
                    + " SELECT 'affiliations', next_not_cached_value FROM person_company_affiliations_seq UNION ALL"
                    + " SELECT 'runs', next_not_cached_value FROM backfill_runs_seq";
        };
    }
}
