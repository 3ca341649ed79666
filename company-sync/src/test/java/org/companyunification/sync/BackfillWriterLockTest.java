package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackfillWriterLockTest {

    private static final List<String> WRITTEN = Stream.concat(UnifiedTables.UNIFIED.stream(),
            UnifiedTables.BOOKKEEPING.stream()).toList();

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch committedABatch = new CountDownLatch(1);
    private final CountDownLatch proceed = new CountDownLatch(1);

    @AfterEach
    void releaseTheRunningBackfill() {
        proceed.countDown();
        executor.shutdown();
    }

    @DatabaseTest
    void shouldRefuseASecondBackfillAtOnceNamingTheRunningOneAndWriteNothing(TestDatabase db) throws Exception {
        // given a backfill that has committed its first batch and is still running
        BackfillResumeTest.sampleData().insertInto(db.dataSource());
        Future<RunResult> first = startPausedBackfill(db);
        Map<String, List<String>> before = UnifiedTables.dump(db.dataSource(), WRITTEN);

        // when a second backfill starts
        long began = System.nanoTime();
        Backfill second = Backfill.configure().dataSource(db.dataSource()).load();

        // then it is refused at once, naming the run that writes, and writes nothing
        assertThatThrownBy(second::run).isInstanceOfSatisfying(CompanyUnificationException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.WRITER_BUSY);
            assertThat(e.getMessage()).startsWith("Cannot start the backfill: backfill run 1 (host ")
                    .contains(", process " + ProcessHandle.current().pid() + ", since ")
                    .doesNotContain("\n");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
        assertThat(UnifiedTables.dump(db.dataSource(), WRITTEN)).isEqualTo(before);

        // and the first run ends as if alone
        proceed.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS).runId()).isEqualTo(1);
        assertThat(second.runs()).extracting(RunSummary::status).containsExactly(RunSummary.Status.COMPLETED);
    }

    @DatabaseTest
    void shouldStartTheSecondBackfillOnceTheFirstHasFinishedWhenItWaits(TestDatabase db) throws Exception {
        // given a backfill that is still running
        BackfillResumeTest.sampleData().insertInto(db.dataSource());
        Future<RunResult> first = startPausedBackfill(db);

        // when a second backfill waits for it
        Future<RunResult> second = executor.submit(() -> Backfill.configure().dataSource(db.dataSource())
                .lockWait(Duration.ofMinutes(1)).load().run());
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(second).as("the second backfill waits while the first writes").isNotDone();
        proceed.countDown();

        // then it runs after the first, as a run of its own that finds everything migrated
        RunResult firstResult = first.get(60, TimeUnit.SECONDS);
        RunResult secondResult = second.get(60, TimeUnit.SECONDS);
        assertThat(firstResult.total().created()).isPositive();
        assertThat(secondResult.runId()).isEqualTo(2);
        assertThat(secondResult.total().created()).isZero();
        assertThat(secondResult.total().updated()).isZero();
        assertThat(Backfill.configure().dataSource(db.dataSource()).load().runs()).extracting(RunSummary::status)
                .containsExactly(RunSummary.Status.COMPLETED, RunSummary.Status.COMPLETED);
    }

    @DatabaseTest
    void shouldRefuseTheRollbackOfARunThatIsStillExecuting(TestDatabase db) throws Exception {
        // given a backfill that is still running
        BackfillResumeTest.sampleData().insertInto(db.dataSource());
        Future<RunResult> first = startPausedBackfill(db);
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).load();
        Map<String, List<String>> before = UnifiedTables.dump(db.dataSource(), WRITTEN);

        // when its rollback is asked for
        assertThatThrownBy(() -> backfill.rollback(1)).isInstanceOfSatisfying(CompanyUnificationException.class,
                e -> {
                    // then it is refused, naming the run
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.WRITER_BUSY);
                    assertThat(e.getMessage()).startsWith("Cannot start the rollback of run 1: backfill run 1 (host ");
                });
        assertThat(UnifiedTables.dump(db.dataSource(), WRITTEN)).isEqualTo(before);

        // and the run completes every row, as an uninterrupted run does
        proceed.countDown();
        RunResult result = first.get(60, TimeUnit.SECONDS);
        try (TestDatabase reference = TestDatabase.create(db.vendor()).withLegacySchema().withUnifiedSchema()) {
            BackfillResumeTest.sampleData().insertInto(reference.dataSource());
            RunResult uninterrupted = Backfill.configure().dataSource(reference.dataSource()).load().run();
            assertThat(UnifiedTables.logical(db.dataSource())).isEqualTo(UnifiedTables.logical(reference.dataSource()));
            assertThat(result.tables()).isEqualTo(uninterrupted.tables());
        }
        assertThat(backfill.runs()).extracting(RunSummary::status).containsExactly(RunSummary.Status.COMPLETED);
    }

    @DatabaseTest(vendors = {DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB})
    void shouldNotBeBlockedByTheLockOfAKilledProcess(TestDatabase db) throws Exception {
        lockInAProcessThenKillIt(db);
    }

    @Test
    void shouldNotBeBlockedByTheLockOfAKilledProcessOnH2() throws Exception {
        try (TestDatabase db = TestDatabase.createH2File().withLegacySchema().withUnifiedSchema()) {
            lockInAProcessThenKillIt(db);
        }
    }

    private void lockInAProcessThenKillIt(TestDatabase db) throws Exception {
        // given a process that holds the writer lock and is killed
        BackfillResumeTest.sampleData().insertInto(db.dataSource());
        // An open connection keeps an H2 file database served by this JVM, so the other process can reach it.
        try (Connection keepOpen = db.dataSource().getConnection()) {
            Process process = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    WriterLockProcess.class.getName(), db.url(), db.user(), db.password())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new BufferedReader(new InputStreamReader(process.getInputStream(),
                                StandardCharsets.UTF_8)).readLine();
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, executor);
                assertThat(line.get(60, TimeUnit.SECONDS)).isEqualTo(WriterLockProcess.LOCKED);
                assertThatThrownBy(() -> Backfill.configure().dataSource(db.dataSource()).load().run())
                        .isInstanceOf(CompanyUnificationException.class)
                        .hasMessageContaining("backfill run 41 (host ")
                        .hasMessageContaining(", process " + process.pid() + ", since ");
            } finally {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        // when the next backfill starts (the database notices the closed connection within moments)
        long began = System.nanoTime();
        RunResult result = Backfill.configure().dataSource(db.dataSource()).lockWait(Duration.ofSeconds(20)).load()
                .run();

        // then it runs
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(20));
        assertThat(result.total().created()).isPositive();
    }

    /** Starts a backfill that pauses after committing its first batch until {@link #proceed} counts down. */
    private Future<RunResult> startPausedBackfill(TestDatabase db) throws InterruptedException {
        Backfill paused = Backfill.configure().dataSource(db.dataSource()).batchSize(5)
                .listener(new ProgressListener() {
                    @Override
                    public void advanced(Step step, String table, long rows) {
                        committedABatch.countDown();
                        try {
                            proceed.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).load();
        Future<RunResult> running = executor.submit(() -> paused.run());
        assertThat(committedABatch.await(60, TimeUnit.SECONDS)).as("the first backfill committed a batch").isTrue();
        return running;
    }

    private static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
