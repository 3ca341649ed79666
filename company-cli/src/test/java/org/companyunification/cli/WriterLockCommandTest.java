package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;
import static org.companyunification.cli.Databases.count;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.ProgressListener;
import org.companyunification.sync.RunResult;
import org.companyunification.sync.Step;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockCommandTest {

    @TempDir
    Path workingDirectory;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch committedABatch = new CountDownLatch(1);
    private final CountDownLatch proceed = new CountDownLatch(1);

    @AfterEach
    void releaseTheRunningBackfill() {
        proceed.countDown();
        executor.shutdown();
    }

    @DatabaseTest
    void shouldRefuseABackfillAndARollbackWhileABackfillRunsNamingItInOneLine(TestDatabase db) throws Exception {
        // given a backfill that is still running
        Future<RunResult> running = startPausedBackfill(db);
        long runsBefore = count(db, "SELECT COUNT(*) FROM backfill_runs");
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult backfill = cli.run(command(cli, db, "backfill", "--quiet"));
        CliResult rollback = cli.run(command(cli, db, "rollback", "--run", "1"));

        // then both exit 2 with one line naming the running backfill, and nothing was written
        String holder = "backfill run 1 (host ";
        String process = ", process " + ProcessHandle.current().pid() + ", since ";
        assertThat(backfill.exitCode()).as(backfill.err()).isEqualTo(Main.ERROR);
        assertThat(backfill.errLines()).singleElement().asString()
                .startsWith("company-cli backfill: Cannot start the backfill: " + holder).contains(process);
        assertThat(rollback.exitCode()).as(rollback.err()).isEqualTo(Main.ERROR);
        assertThat(rollback.errLines()).singleElement().asString()
                .startsWith("company-cli rollback: Cannot start the rollback of run 1: " + holder).contains(process);
        assertThat(count(db, "SELECT COUNT(*) FROM backfill_runs")).isEqualTo(runsBefore);
        proceed.countDown();
        assertThat(running.get(60, TimeUnit.SECONDS).runId()).isEqualTo(1);
    }

    @DatabaseTest
    void shouldRunABackfillGivenAWaitOnceTheRunningOneHasFinished(TestDatabase db) throws Exception {
        // given a backfill that is still running
        Future<RunResult> running = startPausedBackfill(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when a backfill is started with --wait
        Future<CliResult> waiting = executor.submit(() -> cli.run(command(cli, db, "backfill", "--wait", "1m")));
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(waiting).as("the backfill waits while the other one writes").isNotDone();
        proceed.countDown();

        // then it runs after the first one, as run 2
        CliResult result = waiting.get(60, TimeUnit.SECONDS);
        assertThat(running.get(60, TimeUnit.SECONDS).runId()).isEqualTo(1);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Run id: 2 ");
    }

    @Test
    void shouldDescribeWaitInTheHelpAndRefuseAWaitOutsideItsRange() {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult backfillHelp = cli.run("backfill", "--help");
        CliResult rollbackHelp = cli.run("rollback", "--help");
        CliResult days = cli.run("backfill", "--wait", "25h");
        CliResult words = cli.run("rollback", "--run", "1", "--wait", "a while");

        assertThat(backfillHelp.out()).contains("--wait=DURATION").contains("0 to 24h");
        assertThat(rollbackHelp.out()).contains("--wait=DURATION").contains("0 to 24h");
        assertThat(days.exitCode()).isEqualTo(Main.ERROR);
        assertThat(days.errorLine()).contains("'25h' is too long a wait: at most 24h");
        assertThat(words.exitCode()).isEqualTo(Main.ERROR);
        assertThat(words.errorLine()).contains("'a while' is not a duration");
    }

    /** Starts a backfill through the library that pauses after its first batch until {@link #proceed}. */
    private Future<RunResult> startPausedBackfill(TestDatabase db) throws InterruptedException {
        LegacyScenarios.everyTable().and(LegacyScenarios.vendorThatIsAlsoOperatorAndClient())
                .insertInto(db.dataSource());
        Backfill paused = Backfill.configure().dataSource(db.dataSource()).batchSize(1)
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
        assertThat(committedABatch.await(60, TimeUnit.SECONDS)).as("the backfill committed a batch").isTrue();
        return running;
    }
}
