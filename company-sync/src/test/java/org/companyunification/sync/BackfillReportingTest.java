package org.companyunification.sync;

import org.companyunification.model.legacy.LegacyTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;

class BackfillReportingTest {

    @DatabaseTest
    void shouldMigrateOrReportEveryLegacyRowOfADirtyDataSet(TestDatabase db) throws Exception {
        // given every kind of dirty row: blank names, bad enums, dates in the wrong order, orphans,
        // unknown entity types, two current primaries
        var data = LegacyScenarios.all();
        data.insertInto(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).batchSize(2).load().run();

        // then each table's rows are accounted for: migrated, rejected (and listed) or skipped
        for (TableResult table : result.tables()) {
            LegacyTable legacy = LegacyTable.valueOf(table.table().toUpperCase());
            assertThat(table.read()).as(table.table()).isEqualTo(data.rowCount(legacy));
            assertThat(table.migrated() + table.rejected() + table.skipped()).as(table.table())
                    .isEqualTo(table.read());
            assertThat(result.rejected().stream().filter(i -> i.table().equals(table.table())).count())
                    .as(table.table()).isEqualTo(table.rejected());
        }
        // a row is listed as rejected exactly when it has no origin record
        List<String> rejected = result.rejected().stream().map(i -> i.table() + "#" + i.id()).sorted().toList();
        List<String> unmapped = new ArrayList<>();
        for (TableResult table : result.tables()) {
            LegacyTable legacy = LegacyTable.valueOf(table.table().toUpperCase());
            for (Long id : data.ids(legacy)) {
                // relationship 191 links a person to a project: skipped, not rejected
                boolean skipped = table.table().equals("personnel_entity_relationships") && id == 191;
                if (!skipped && UnifiedTables.count(db.dataSource(), originCount(table.table(), id)) == 0) {
                    unmapped.add(table.table() + "#" + id);
                }
            }
        }
        assertThat(unmapped).containsExactlyInAnyOrderElementsOf(rejected);
        assertThat(result.issueCount()).isEqualTo(result.issues().size());
    }

    @DatabaseTest
    void shouldReportEachTablesTotalAndProgressToTheListener(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.all().insertInto(db.dataSource());
        Map<String, Long> totals = new HashMap<>();
        Map<String, Long> progress = new HashMap<>();
        List<String> finished = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void tableStarted(Step step, String table, long total) {
                totals.put(table, total);
            }

            @Override
            public void advanced(Step step, String table, long rows) {
                progress.merge(table, rows, Long::sum);
            }

            @Override
            public void tableFinished(Step step, TableResult result) {
                finished.add(result.table());
            }
        };

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).batchSize(2).listener(listener)
                .load().run();

        // then
        assertThat(finished).hasSize(12);
        for (TableResult table : result.tables()) {
            assertThat(totals.get(table.table())).as(table.table()).isEqualTo(table.read());
            assertThat(progress.getOrDefault(table.table(), 0L)).as(table.table()).isEqualTo(table.read());
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldSayWhichLegacyTableIsMissing(TestDatabase db) {
        assertThatThrownBy(() -> Backfill.configure().dataSource(db.dataSource()).load().run())
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("legacy table technology_vendors is missing")
                .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.SCHEMA_MISSING);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldSayTheUnifiedSchemaIsMissing(TestDatabase db) {
        assertThatThrownBy(() -> Backfill.configure().dataSource(db.dataSource()).load().dryRun())
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("unified schema is missing");
    }

    private static String originCount(String table, long id) {
        String origins = table.startsWith("project_") ? "assignment_origins"
                : table.equals("personnel_entity_relationships") ? "affiliation_origins" : "company_origins";
        return "SELECT COUNT(*) FROM " + origins + " WHERE source_table = '" + table + "' AND source_id = " + id;
    }
}
