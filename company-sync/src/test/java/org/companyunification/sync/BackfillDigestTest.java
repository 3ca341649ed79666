package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;

/**
 * A run leaves in the database the rows whose digest equals the one their origin record holds; these tests show
 * that no change slips through that filter and that records without a digest get one.
 */
class BackfillDigestTest {

    private static final String MISSING_DIGESTS = "SELECT (SELECT COUNT(*) FROM company_origins WHERE source_digest"
            + " IS NULL) + (SELECT COUNT(*) FROM assignment_origins WHERE source_digest IS NULL)"
            + " + (SELECT COUNT(*) FROM affiliation_origins WHERE source_digest IS NULL)";

    @DatabaseTest
    void shouldStoreADigestWithEveryOriginRecord(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.all().insertInto(db.dataSource());

        // when
        RunResult run = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(run.total().migrated()).isPositive();
        assertThat(UnifiedTables.count(db.dataSource(), MISSING_DIGESTS)).isZero();
    }

    @DatabaseTest
    void shouldSeeAValueThatMovedToTheNextColumnAndAValueThatBecameEmpty(TestDatabase db) throws Exception {
        // given a vendor whose reactor type moves to the next column, notes, and one whose notes go from NULL to ''
        new LegacyData()
                .vendor(1, "Alpha Reactors", row -> row.reactorType("PWR"))
                .vendor(2, "Beta Reactors")
                .insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).load();
        backfill.run();
        execute(db, "UPDATE technology_vendors SET reactor_type = NULL, notes = 'PWR' WHERE vendor_id = 1");
        execute(db, "UPDATE technology_vendors SET notes = '' WHERE vendor_id = 2");

        // when
        RunResult second = backfill.run();

        // then the moved value reaches the company and the emptied one leaves it, as a first backfill of the row
        // would have it; the empty notes map to no value, so only that row's digest is new
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT reactor_type, notes FROM companies"
                + " WHERE name_key = 'alpha reactors'")).containsExactly("null | PWR");
        assertThat(second.total()).extracting(RowCounts::read, RowCounts::updated, RowCounts::unchanged)
                .containsExactly(2L, 1L, 1L);
        Map<String, List<String>> afterSecond = UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED);
        assertThat(backfill.run().total()).extracting(RowCounts::read, RowCounts::unchanged)
                .containsExactly(2L, 2L);
        assertThat(UnifiedTables.dump(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(afterSecond);
    }

    @DatabaseTest
    void shouldCountEveryRowOnceWhenChangedAndUnchangedPagesAlternate(TestDatabase db) throws Exception {
        // given ten vendors migrated two a batch, of which the first four change: pages of changed rows read every
        // row, pages of unchanged rows leave them in the database
        LegacyData data = new LegacyData();
        for (int id = 1; id <= 10; id++) {
            data.vendor(id, "Vendor " + (char) ('A' + id));
        }
        data.insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).batchSize(2).load();
        backfill.run();
        execute(db, "UPDATE technology_vendors SET notes = 'changed' WHERE vendor_id <= 4");
        execute(db, "UPDATE technology_vendors SET website = 'https://vendor-i.example' WHERE vendor_id = 8");

        // when
        RunResult second = backfill.run();

        // then
        assertThat(second.total()).extracting(RowCounts::read, RowCounts::updated, RowCounts::unchanged)
                .containsExactly(10L, 5L, 5L);
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM companies WHERE notes = 'changed'"))
                .isEqualTo(4);
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT website FROM companies WHERE name_key = 'vendor i'"))
                .containsExactly("https://vendor-i.example");
        assertThat(backfill.run().total()).extracting(RowCounts::read, RowCounts::unchanged)
                .containsExactly(10L, 10L);
    }

    @DatabaseTest
    void shouldReadRowsWithoutADigestAndStoreTheirDigestWithoutChangingData(TestDatabase db) throws Exception {
        // given origin records written without digests (by an earlier version, or by another writer)
        LegacyScenarios.all().insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).batchSize(3).load();
        RunResult first = backfill.run();
        execute(db, "UPDATE company_origins SET source_digest = NULL");
        execute(db, "UPDATE assignment_origins SET source_digest = NULL");
        execute(db, "UPDATE affiliation_origins SET source_digest = NULL");
        Map<String, List<String>> before = UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED);

        // when
        RunResult second = backfill.run();

        // then every row is found unchanged, nothing but the digests is written, and they are all back
        RowCounts total = second.total();
        assertThat(total.created() + total.updated() + total.merged()).isZero();
        assertThat(total.unchanged()).isEqualTo(first.total().migrated());
        assertThat(total.read()).isEqualTo(first.total().read());
        assertThat(UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(before);
        assertThat(UnifiedTables.count(db.dataSource(), MISSING_DIGESTS)).isZero();
    }

    @DatabaseTest
    void shouldReplaceDigestsOfAnotherFormSoThatTheNextRunLeavesTheRowsInTheDatabase(TestDatabase db)
            throws Exception {
        // given origin records whose digests are in another form (as an MD5 of an earlier version on PostgreSQL)
        LegacyScenarios.all().insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).batchSize(3).load();
        RunResult first = backfill.run();
        for (String origins : List.of("company_origins", "assignment_origins", "affiliation_origins")) {
            execute(db, "UPDATE " + origins + " SET source_digest = '0123456789abcdef0123456789abcdef'");
        }
        Map<String, List<String>> before = UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED);

        // when
        RunResult second = backfill.run();

        // then every row is found unchanged, nothing but the digests is written
        RowCounts total = second.total();
        assertThat(total.created() + total.updated() + total.merged()).isZero();
        assertThat(total.unchanged()).isEqualTo(first.total().migrated());
        assertThat(UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(before);
        // and each origin record now holds the digest the database computes for its row, which is what lets a
        // later run's page query leave the row out
        Dialect dialect = Dialect.of(db.vendor());
        List<LegacyTable> tables = new ArrayList<>(LegacyTable.companyTables());
        tables.addAll(LegacyTable.projectRelationshipTables());
        tables.add(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS);
        for (LegacyTable table : tables) {
            String origins = LegacyTable.companyTables().contains(table) ? "company_origins"
                    : table == LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS ? "affiliation_origins" : "assignment_origins";
            String joined = " FROM " + table.tableName() + " t JOIN " + origins + " o ON o.source_table = '"
                    + table.tableName() + "' AND o.source_id = t." + table.idColumn();
            assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*)" + joined + " WHERE o.source_digest = "
                    + dialect.rowDigest("t", table.columnNames()))).as(table.tableName())
                    .isEqualTo(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*)" + joined));
        }
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
