package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.CompanySchema;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.generator.LegacyDataGenerator;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * Cuts the backfill's database connection part-way through a table, through a TCP proxy between the library and
 * the server. PostgreSQL and MariaDB are the tests' servers; for H2 the test starts an H2 TCP server on a file
 * database of its own, since the tests' H2 databases are otherwise in memory, inside the test's JVM, with no
 * connection to cut.
 */
class BackfillConnectionLossTest {

    private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+):(\\d+)");
    private static final int BATCH_SIZE = 10;
    private static final String TABLE = "project_vendor_relationships";

    @DatabaseTest(vendors = {DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB})
    void shouldSayWhereItStoppedAndResumeFromThereWhenTheConnectionIsCut(TestDatabase db) throws Exception {
        // given legacy data on the test's server
        new LegacyDataGenerator(11, 0.1).generate(db.dataSource());

        // when the connection is cut mid-table, then the next run resumes
        cutAndResume(db.vendor(), db.url(), db.user(), db.password(), db.dataSource());
    }

    @Test
    void shouldSayWhereItStoppedAndResumeFromThereWhenTheConnectionToAnH2ServerIsCut() throws Exception {
        // given an H2 TCP server on a file database of this test, holding legacy data
        Path directory = Files.createTempDirectory("company-h2-server-");
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", directory.toString(), "-ifNotExists")
                .start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/connection-loss";
            DataSource direct = new BackfillProcess.SingleUrlDataSource(url, "sa", "");
            CompanySchema schema = CompanySchema.configure().dataSource(direct).load();
            schema.migrateLegacy();
            schema.migrate();
            new LegacyDataGenerator(11, 0.1).generate(direct);

            // when the connection is cut mid-table, then the next run resumes
            cutAndResume(DatabaseVendor.H2, url, "sa", "", direct);
        } finally {
            server.stop();
            deleteRecursively(directory);
        }
        assertThat(directory).doesNotExist();
    }

    /**
     * Runs a backfill through a proxy that is cut after the third batch of {@value #TABLE}, checks the error and
     * the committed position, then runs again directly and compares with an uninterrupted run on a new database.
     */
    private static void cutAndResume(DatabaseVendor vendor, String url, String user, String password,
            DataSource direct) throws Exception {
        Matcher server = HOST_PORT.matcher(url);
        assertThat(server.find()).as("host and port in %s", url).isTrue();
        try (SeverableProxy proxy = new SeverableProxy(server.group(1), Integer.parseInt(server.group(2)))) {
            DataSource proxied = new BackfillProcess.SingleUrlDataSource(
                    server.replaceFirst("//127.0.0.1:" + proxy.port()), user, password);
            AtomicInteger batches = new AtomicInteger();
            Backfill cut = Backfill.configure().dataSource(proxied).batchSize(BATCH_SIZE)
                    .listener(new ProgressListener() {
                        @Override
                        public void advanced(Step step, String advancedTable, long rows) {
                            if (advancedTable.equals(TABLE) && batches.incrementAndGet() == 3) {
                                proxy.sever();
                            }
                        }
                    }).load();

            // when
            assertThatThrownBy(cut::run)
                    // then the error names the table, the last committed row and what to do
                    .isInstanceOfSatisfying(CompanyUnificationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SYNC_FAILED))
                    .hasMessageContaining("Backfill of " + TABLE + " failed in the batch of rows after id "
                            + lastCommitted(direct) + ":")
                    .hasMessageContaining("rows before it are committed")
                    .hasMessageContaining("run the backfill again to resume");
        }
        assertThat(UnifiedTables.count(direct, "SELECT rows_read FROM backfill_positions"
                + " WHERE source_table = '" + TABLE + "'")).isEqualTo(3L * BATCH_SIZE);

        // when the next run connects directly
        RunResult resumed = Backfill.configure().dataSource(direct).batchSize(BATCH_SIZE).load().run();

        // then it resumes the same run and ends as an uninterrupted run does
        try (TestDatabase reference = TestDatabase.create(vendor).withLegacySchema().withUnifiedSchema()) {
            new LegacyDataGenerator(11, 0.1).generate(reference.dataSource());
            RunResult uninterrupted = Backfill.configure().dataSource(reference.dataSource()).batchSize(BATCH_SIZE)
                    .load().run();
            assertThat(UnifiedTables.logical(direct)).isEqualTo(UnifiedTables.logical(reference.dataSource()));
            assertThat(resumed.tables()).isEqualTo(uninterrupted.tables());
            assertThat(resumed.issueCount()).isEqualTo(uninterrupted.issueCount());
            assertThat(resumed.runId()).isEqualTo(1);
        }
    }

    private static long lastCommitted(DataSource dataSource) throws Exception {
        return UnifiedTables.count(dataSource, "SELECT last_source_id FROM backfill_positions"
                + " WHERE source_table = '" + TABLE + "'");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
