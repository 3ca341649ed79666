package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.generator.LegacyDataGenerator;

/**
 * Cuts the backfill's database connection part-way through a table, through a TCP proxy between the library and
 * the server. H2 is left out: the tests' H2 databases are in memory, inside the test's JVM, with no connection to
 * cut.
 */
class BackfillConnectionLossTest {

    private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+):(\\d+)");
    private static final int BATCH_SIZE = 10;

    @DatabaseTest(vendors = {DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB})
    void shouldSayWhereItStoppedAndResumeFromThereWhenTheConnectionIsCut(TestDatabase db) throws Exception {
        // given legacy data and a backfill connected through a proxy that is cut after some batches of a table
        new LegacyDataGenerator(11, 0.1).generate(db.dataSource());
        Matcher server = HOST_PORT.matcher(db.url());
        assertThat(server.find()).as("host and port in %s", db.url()).isTrue();
        String table = "project_vendor_relationships";
        try (SeverableProxy proxy = new SeverableProxy(server.group(1), Integer.parseInt(server.group(2)))) {
            DataSource proxied = new BackfillProcess.SingleUrlDataSource(
                    server.replaceFirst("//127.0.0.1:" + proxy.port()), db.user(), db.password());
            AtomicInteger batches = new AtomicInteger();
            Backfill cut = Backfill.configure().dataSource(proxied).batchSize(BATCH_SIZE)
                    .listener(new ProgressListener() {
                        @Override
                        public void advanced(Step step, String advancedTable, long rows) {
                            if (advancedTable.equals(table) && batches.incrementAndGet() == 3) {
                                proxy.sever();
                            }
                        }
                    }).load();

            // when
            assertThatThrownBy(cut::run)
                    // then the error names the table, the last committed row and what to do
                    .isInstanceOfSatisfying(CompanyUnificationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SYNC_FAILED))
                    .hasMessageContaining("Backfill of " + table + " failed in the batch of rows after id "
                            + lastCommitted(db, table) + ":")
                    .hasMessageContaining("rows before it are committed")
                    .hasMessageContaining("run the backfill again to resume");
        }
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT rows_read FROM backfill_positions"
                + " WHERE source_table = '" + table + "'")).isEqualTo(3L * BATCH_SIZE);

        // when the next run connects directly
        RunResult resumed = Backfill.configure().dataSource(db.dataSource()).batchSize(BATCH_SIZE).load().run();

        // then it resumes the same run and ends as an uninterrupted run does
        try (TestDatabase reference = TestDatabase.create(db.vendor()).withLegacySchema().withUnifiedSchema()) {
            new LegacyDataGenerator(11, 0.1).generate(reference.dataSource());
            RunResult uninterrupted = Backfill.configure().dataSource(reference.dataSource()).batchSize(BATCH_SIZE)
                    .load().run();
            assertThat(UnifiedTables.logical(db.dataSource())).isEqualTo(UnifiedTables.logical(reference.dataSource()));
            assertThat(resumed.tables()).isEqualTo(uninterrupted.tables());
            assertThat(resumed.issueCount()).isEqualTo(uninterrupted.issueCount());
            assertThat(resumed.runId()).isEqualTo(1);
        }
    }

    private static long lastCommitted(TestDatabase db, String table) throws Exception {
        return UnifiedTables.count(db.dataSource(), "SELECT last_source_id FROM backfill_positions"
                + " WHERE source_table = '" + table + "'");
    }
}
