package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.BeforeTry;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.consistency.ConsistencyReport;
import org.companyunification.sync.consistency.TableConsistency;
import org.companyunification.testing.TestDatabase;

/**
 * The consistency check over random legacy data sets ({@link RandomLegacyData}): right after a backfill, in any
 * batch size, it finds nothing, and it counts as not mapped exactly the rows the rules reject or skip.
 */
class ConsistencyPropertiesTest {

    private static final List<String> TABLES = List.of("affiliation_origins", "assignment_origins",
            "company_origins", "person_company_affiliations", "client_profiles", "company_role_assignments",
            "internal_external_links", "companies", "backfill_issues", "backfill_positions", "backfill_runs");

    /** The same data sets on every build, so that it passes or fails on the code alone. */
    private static final String SEED = "20261130";

    private TestDatabase h2;

    @BeforeProperty
    void createDatabase() {
        h2 = TestDatabase.create(DatabaseVendor.H2).withLegacySchema().withUnifiedSchema();
    }

    @AfterProperty
    void dropDatabase() {
        h2.close();
    }

    @BeforeTry
    void emptyDatabase() throws SQLException {
        try (Connection connection = h2.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            for (String table : UnifiedTables.LEGACY) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Provide
    Arbitrary<RandomLegacyData> legacyData() {
        return RandomLegacyData.arbitrary();
    }

    @Provide
    Arbitrary<Integer> batchSizes() {
        return Arbitraries.integers().between(1, 50);
    }

    @Property(tries = 30, seed = SEED)
    void aCheckRightAfterABackfillFindsNothing(@ForAll("legacyData") RandomLegacyData data,
            @ForAll("batchSizes") int batchSize) {
        // given
        data.toLegacyData().insertInto(h2.dataSource());
        Backfill.configure().dataSource(h2.dataSource()).batchSize(batchSize).load().run();

        // when
        ConsistencyReport report = Consistency.configure().dataSource(h2.dataSource()).load().check();

        // then
        assertThat(report.differences()).isEmpty();
        for (TableConsistency table : report.tables()) {
            LegacyTable legacy = LegacyTable.byName(table.table()).orElseThrow();
            assertThat(table.legacyRows()).as(table.table()).isEqualTo(data.rows(legacy));
            assertThat(table.notMapped()).as(table.table())
                    .isEqualTo(data.rows(legacy) - data.expectedMigrated(legacy).size());
        }
    }
}
