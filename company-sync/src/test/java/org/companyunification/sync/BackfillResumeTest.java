package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;

class BackfillResumeTest {

    @DatabaseTest
    void shouldEndAsAnUninterruptedRunWhenARunFailsAndIsStartedAgain(TestDatabase db) throws Exception {
        // given a run that fails part-way through the personnel step
        sampleData().insertInto(db.dataSource());
        Backfill failing = Backfill.configure().dataSource(db.dataSource()).batchSize(7)
                .listener(new ProgressListener() {
                    @Override
                    public void advanced(Step step, String table, long rows) {
                        if (step == Step.PERSONNEL) {
                            throw new IllegalStateException("connection lost");
                        }
                    }
                }).load();
        assertThatThrownBy(failing::run).isInstanceOf(IllegalStateException.class);
        assertThat(Backfill.configure().dataSource(db.dataSource()).load().runs())
                .extracting(RunSummary::status).containsExactly(RunSummary.Status.FAILED);

        // when
        RunResult resumed = Backfill.configure().dataSource(db.dataSource()).batchSize(7).load().run();

        // then
        try (TestDatabase reference = TestDatabase.create(db.vendor()).withLegacySchema().withUnifiedSchema()) {
            sampleData().insertInto(reference.dataSource());
            RunResult uninterrupted = Backfill.configure().dataSource(reference.dataSource()).load().run();
            assertThat(UnifiedTables.logical(db.dataSource())).isEqualTo(UnifiedTables.logical(reference.dataSource()));
            assertThat(resumed.tables()).isEqualTo(uninterrupted.tables());
            assertThat(resumed.issueCount()).isEqualTo(uninterrupted.issueCount());
        }
        assertThat(Backfill.configure().dataSource(db.dataSource()).load().runs())
                .extracting(RunSummary::status).containsExactly(RunSummary.Status.COMPLETED);
    }

    @DatabaseTest
    void shouldRecordTheRunAsFailedAndResumeItWhenAnErrorEscapesTheBackfill(TestDatabase db) throws Exception {
        // given a run that runs out of memory part-way through the companies step, after some batches committed
        sampleData().insertInto(db.dataSource());
        AtomicInteger batches = new AtomicInteger();
        Backfill failing = Backfill.configure().dataSource(db.dataSource()).batchSize(7)
                .listener(new ProgressListener() {
                    @Override
                    public void advanced(Step step, String table, long rows) {
                        if (batches.incrementAndGet() == 3) {
                            throw new OutOfMemoryError("Java heap space (injected)");
                        }
                    }
                }).load();

        // when
        assertThatThrownBy(failing::run)
                // then the error itself reaches the caller, and the run is recorded as failed, not left running
                .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space (injected)");
        assertThat(Backfill.configure().dataSource(db.dataSource()).load().runs())
                .extracting(RunSummary::status).containsExactly(RunSummary.Status.FAILED);

        // when the next run starts, it takes the writer lock and resumes the failed run to an uninterrupted end
        RunResult resumed = Backfill.configure().dataSource(db.dataSource()).batchSize(7).load().run();

        // then
        try (TestDatabase reference = TestDatabase.create(db.vendor()).withLegacySchema().withUnifiedSchema()) {
            sampleData().insertInto(reference.dataSource());
            RunResult uninterrupted = Backfill.configure().dataSource(reference.dataSource()).load().run();
            assertThat(UnifiedTables.logical(db.dataSource())).isEqualTo(UnifiedTables.logical(reference.dataSource()));
            assertThat(resumed.tables()).isEqualTo(uninterrupted.tables());
        }
        assertThat(resumed.runId()).isEqualTo(1);
        assertThat(Backfill.configure().dataSource(db.dataSource()).load().runs())
                .extracting(RunSummary::status).containsExactly(RunSummary.Status.COMPLETED);
    }

    /** A few hundred rows in every table, organisations repeated across tables, and the dirty scenarios. */
    static LegacyData sampleData() {
        LegacyData data = LegacyScenarios.dirtyValues().and(LegacyScenarios.orphans());
        List<String> names = List.of("Aurora Fission", "Borealis Nuclear", "Cobalt Reactors", "Delta Atomics",
                "Ember Power", "Fjord Energy", "Glacier SMR", "Helios Grid");
        for (int i = 0; i < 40; i++) {
            String name = names.get(i % names.size()) + " " + (i / names.size());
            data.vendor(1000 + i, name);
            if (i % 2 == 0) {
                data.operator(2000 + i, name.toUpperCase() + ", INC.");
            }
            if (i % 3 == 0) {
                String strength = i % 2 == 0 ? "strong" : "Medium";
                data.client(3000 + i, name + " LLC", c -> c.relationshipStrength(strength));
            }
            data.project(4000 + i, "Project " + i);
            data.person(5000 + i, "Person " + i);
        }
        for (int i = 0; i < 80; i++) {
            data.vendorOnProject(6000 + i, 4000 + i % 40, 1000 + i % 41, i % 5 == 0);
            int person = i % 40;
            LocalDate start = LocalDate.of(2000 + i % 20, 1 + i % 12, 1);
            data.personAt(7000 + i, 5000 + person, i % 2 == 0 ? "vendor" : "operator",
                    (i % 2 == 0 ? 1000 : 2000) + i % 40, a -> a.primary(true).start(start));
        }
        return data;
    }
}
