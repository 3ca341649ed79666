package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.generator.LegacyDataGenerator;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a backfill process (SIGKILL, {@link Process#destroyForcibly()}) again and again at random moments,
 * resuming it each time, and checks that the end state equals that of a run never interrupted.
 *
 * <p>The number of kills is {@code -Dcompany.test.kills} (default: {@value #DEFAULT_KILLS}), the random seed
 * {@code -Dcompany.test.kill-seed}. The backfill process reports each committed batch; a kill comes a random
 * number of batches into the run (at most the remaining batches shared by the remaining kills, so the run never
 * finishes first) plus a random part of a batch's time, so kills land inside a batch's transaction, between two
 * batches, and while a resumed run starts up.
 */
class BackfillKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(BackfillKillTest.class);

    static final int DEFAULT_KILLS = 5;
    private static final int KILLS = Integer.getInteger("company.test.kills", DEFAULT_KILLS);
    private static final long SEED = Long.getLong("company.test.kill-seed", 20_250_611L);

    /** About 150 legacy company rows, 300 project and 150 personnel relationships. */
    private static final double SCALE = 0.15;
    private static final int BATCH_SIZE = 7;

    @Test
    void shouldEndAsAnUninterruptedRunWhenKilledAtRandomMomentsOnAnH2File() throws Exception {
        try (TestDatabase db = TestDatabase.createH2File().withLegacySchema().withUnifiedSchema()) {
            // Without AUTO_SERVER, H2 locks the file through the operating system, which frees it the moment the
            // process is killed; its own lock file would make every restart wait for the lock to go stale.
            killAndResume(db, db.url().replace(";AUTO_SERVER=TRUE", ""));
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldEndAsAnUninterruptedRunWhenKilledAtRandomMoments(TestDatabase db) throws Exception {
        killAndResume(db, db.url());
    }

    private static void killAndResume(TestDatabase db, String url) throws Exception {
        DataSource dataSource = new BackfillProcess.SingleUrlDataSource(url, db.user(), db.password());
        // given generated legacy data, and the same data migrated by one uninterrupted run;
        // a connection stays open while this JVM works on the database, so that an H2 file is opened once rather
        // than once a statement (it is closed while a backfill process runs)
        long rowsToRead;
        try (Connection ignored = dataSource.getConnection()) {
            new LegacyDataGenerator(SEED, SCALE).generate(dataSource);
            rowsToRead = rowsToRead(dataSource);
        }
        try (TestDatabase reference = TestDatabase.create(db.vendor()).withLegacySchema().withUnifiedSchema()) {
            new LegacyDataGenerator(SEED, SCALE).generate(reference.dataSource());
            long began = System.nanoTime();
            RunResult uninterrupted = Backfill.configure().dataSource(reference.dataSource()).batchSize(BATCH_SIZE)
                    .load().run();
            long referenceMillis = (System.nanoTime() - began) / 1_000_000;

            // when a backfill process is killed at random moments and started again each time
            SplittableRandom random = new SplittableRandom(SEED);
            List<String> kills = new ArrayList<>();
            double batchMillis = 2.0 * referenceMillis * BATCH_SIZE / rowsToRead;
            long killsStarted = System.nanoTime();
            Progress before = Progress.of(dataSource);
            while (kills.size() < KILLS) {
                assertThat(before.completed).as("the run is still unfinished before kill %d of %d (%s)",
                        kills.size() + 1, KILLS, kills).isFalse();
                long batchesLeft = (rowsToRead - before.rowsRead) / BATCH_SIZE;
                long commits = random.nextLong(Math.max(1, batchesLeft / (KILLS - kills.size() + 1)));
                long delay = Math.round(random.nextDouble() * batchMillis);
                batchMillis = killAfter(url, db, commits, delay, batchMillis);
                before = Progress.of(dataSource);
                kills.add(String.format("%d batches + %d ms: %s", commits, delay, before));
            }
            long killMillis = (System.nanoTime() - killsStarted) / 1_000_000;
            try (Connection ignored = dataSource.getConnection()) {
                RunResult resumed = Backfill.configure().dataSource(dataSource).batchSize(BATCH_SIZE).load().run();

                // then it ends with the data and the totals of the uninterrupted run
                LOG.info("{}: {} kills in {} ms over {} legacy rows (uninterrupted run: {} ms), killed at: {}", db,
                        kills.size(), killMillis, rowsToRead, referenceMillis, kills);
                assertThat(UnifiedTables.logical(dataSource))
                        .isEqualTo(UnifiedTables.logical(reference.dataSource()));
                assertThat(UnifiedTables.count(dataSource, "SELECT COUNT(*) FROM companies"))
                        .isEqualTo(UnifiedTables.count(reference.dataSource(), "SELECT COUNT(*) FROM companies"));
                assertThat(resumed.tables()).isEqualTo(uninterrupted.tables());
                assertThat(resumed.issueCount()).isEqualTo(uninterrupted.issueCount());
                assertThat(resumed.runId()).isEqualTo(1);
            }
        }
    }

    /**
     * Starts the backfill in another JVM and kills it {@code delay} ms after it has committed {@code commits}
     * batches (or after it began its run, for none). Returns the time a batch took in that process, measured
     * between its last two commits, or {@code batchMillis} when it did not commit two.
     */
    private static double killAfter(String url, TestDatabase db, long commits, long delay, double batchMillis)
            throws Exception {
        Process process = new ProcessBuilder(javaExecutable(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), BackfillProcess.class.getName(), url, db.user(),
                db.password(), Integer.toString(BATCH_SIZE))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(process, lines), "backfill-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(lines.poll(60, TimeUnit.SECONDS)).as("the backfill process began its run")
                    .isEqualTo(BackfillProcess.RUNNING);
            long previous = System.nanoTime();
            double measured = batchMillis;
            for (long i = 0; i < commits; i++) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null || line.equals(END)) {
                    return measured;
                }
                long now = System.nanoTime();
                measured = i == 0 ? measured : (now - previous) / 1e6;
                previous = now;
            }
            if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            return measured;
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
        }
    }

    private static final String END = "";

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process was killed
        }
        lines.add(END);
    }

    private static long rowsToRead(DataSource dataSource) throws SQLException {
        long rows = 0;
        for (Step step : Step.values()) {
            for (String table : step.legacyTables()) {
                rows += UnifiedTables.count(dataSource, "SELECT COUNT(*) FROM " + table);
            }
        }
        return rows;
    }

    /** How far the run got: rows read in committed batches, the table being migrated and its last committed id. */
    private record Progress(long rowsRead, boolean completed, String table, Long lastId) {

        static Progress of(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                long rowsRead = 0;
                int tablesCompleted = 0;
                String table = null;
                Long lastId = null;
                try (ResultSet rs = statement.executeQuery("SELECT source_table, last_source_id, completed,"
                        + " rows_read FROM backfill_positions")) {
                    while (rs.next()) {
                        rowsRead += rs.getLong("rows_read");
                        if (rs.getBoolean("completed")) {
                            tablesCompleted++;
                        } else {
                            table = rs.getString("source_table");
                            lastId = rs.getLong("last_source_id");
                        }
                    }
                }
                boolean runCompleted;
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM backfill_runs"
                        + " WHERE status = 'COMPLETED'")) {
                    rs.next();
                    runCompleted = rs.getLong(1) > 0;
                }
                return new Progress(rowsRead, runCompleted, table == null ? tablesCompleted + " tables done" : table,
                        lastId);
            }
        }

        @Override
        public String toString() {
            return table + (lastId == null ? "" : " after #" + lastId) + " (" + rowsRead + " rows)";
        }
    }

    private static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
