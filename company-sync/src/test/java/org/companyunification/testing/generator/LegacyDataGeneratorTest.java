package org.companyunification.testing.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.BackfillResult;
import org.companyunification.sync.RowIssue;
import org.companyunification.sync.Step;
import org.companyunification.sync.TableResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacySnapshot;
import org.companyunification.testing.Queries;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class LegacyDataGeneratorTest {

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldWriteTheSameRowsForTheSameSeedAndScale(TestDatabase db) {
        // given
        try (TestDatabase other = TestDatabase.create(db.vendor()).withLegacySchema();
                TestDatabase otherSeed = TestDatabase.create(db.vendor()).withLegacySchema()) {

            // when
            GeneratedData first = new LegacyDataGenerator(42, 0.05).generate(db.dataSource());
            GeneratedData second = new LegacyDataGenerator(42, 0.05).batchSize(7).generate(other.dataSource());
            new LegacyDataGenerator(43, 0.05).generate(otherSeed.dataSource());

            // then
            LegacySnapshot snapshot = LegacySnapshot.take(db.dataSource());
            assertThat(LegacySnapshot.take(other.dataSource())).isEqualTo(snapshot);
            assertThat(second.rowsPerTable()).isEqualTo(first.rowsPerTable());
            assertThat(second.shape()).isEqualTo(first.shape());
            assertThat(snapshot.rowCount(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS)).isEqualTo(50);
            assertThat(LegacySnapshot.take(otherSeed.dataSource()).rows().get(LegacyTable.OWNERS_DEVELOPERS))
                    .isNotEqualTo(snapshot.rows().get(LegacyTable.OWNERS_DEVELOPERS));
        }
    }

    @Test
    void shouldWriteRowCountsInProportionToTheScale() throws Exception {
        for (double scale : new double[] {0.5, 2}) {
            try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2).withLegacySchema()) {
                // when
                GeneratedData data = new LegacyDataGenerator(7, scale).generate(db.dataSource());

                // then the totals follow the scale exactly
                assertThat(data.companyRows()).isEqualTo(Math.round(1000 * scale));
                assertThat(data.projectRelationshipRows()).isEqualTo(Math.round(2000 * scale));
                assertThat(data.personnelRelationshipRows()).isEqualTo(Math.round(1000 * scale));
                assertThat(data.rows(LegacyTable.PROJECTS)).isEqualTo(Math.round(100 * scale));
                assertThat(data.rows(LegacyTable.PERSONNEL)).isEqualTo(Math.round(500 * scale));
                assertThat(data.totalRows()).isEqualTo(new LegacyDataGenerator(7, scale).plannedRows());
                // the tables hold what the result says
                Map<String, Long> counted = new LinkedHashMap<>();
                for (String table : data.rowsPerTable().keySet()) {
                    counted.put(table, Queries.count(db.dataSource(), "SELECT COUNT(*) FROM " + table));
                }
                assertThat(counted).isEqualTo(data.rowsPerTable()).hasSize(14);
                assertThat(data.rows(LegacyTable.PROJECT_OWNER_RELATIONSHIPS)).isEqualTo(Math.round(700 * scale));
            }
        }
    }

    @Test
    void shouldSpreadCompanyRowsOverTheTablesWithOwnersAndDevelopersLargest() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2).withLegacySchema()) {
            // when
            GeneratedData data = new LegacyDataGenerator(7, 3).generate(db.dataSource());

            // then
            assertThat(share(data, LegacyTable.OWNERS_DEVELOPERS)).isCloseTo(0.40, within(0.03));
            assertThat(share(data, LegacyTable.TECHNOLOGY_VENDORS)).isCloseTo(0.18, within(0.03));
            assertThat(share(data, LegacyTable.OFFTAKERS)).isCloseTo(0.15, within(0.03));
            assertThat(share(data, LegacyTable.CONSTRUCTORS)).isCloseTo(0.12, within(0.03));
            assertThat(share(data, LegacyTable.OPERATORS)).isCloseTo(0.10, within(0.03));
            assertThat(share(data, LegacyTable.CLIENTS)).isCloseTo(0.075, within(0.025));
        }
    }

    @DatabaseTest
    void shouldShapeTheDataAsTheBackfillThenFindsIt(TestDatabase db) throws Exception {
        // given
        GeneratedData data = new LegacyDataGenerator(2024, 1).generate(db.dataSource());
        DataShape shape = data.shape();

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then one company per organisation: variants joined, near-duplicates kept apart
        TableResult companies = total(result, Step.COMPANIES);
        assertThat(companies.created()).isEqualTo(shape.organisations());
        assertThat(companies.merged()).isEqualTo(data.companyRows() - shape.organisations());
        assertThat(companies.rejected()).isZero();
        assertThat(shape.nearDuplicateOrganisations()).isBetween(5L, 40L);
        assertThat(shape.sameTableDuplicates()).isPositive();
        // 10-20% of organisations hold several roles
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM (SELECT company_id FROM"
                + " company_role_assignments WHERE context_type IS NULL GROUP BY company_id HAVING COUNT(*) > 1) m"))
                .isEqualTo(shape.multiTableOrganisations());
        assertThat(shape.multiTableShare()).isBetween(0.10, 0.20);
        // about 1% orphan project relationships, each rejected
        TableResult projects = total(result, Step.PROJECTS);
        assertThat(projects.rejected()).isEqualTo(shape.orphanProjectRelationships());
        assertThat((double) projects.rejected() / projects.read()).isBetween(0.005, 0.02);
        // personnel: orphans, unknown types and reversed dates rejected, project links skipped
        TableResult personnel = total(result, Step.PERSONNEL);
        assertThat(personnel.rejected()).isEqualTo(shape.orphanPersonnelRelationships() + shape.unknownEntityTypes()
                + shape.reversedDates());
        assertThat((double) shape.orphanPersonnelRelationships() / personnel.read()).isBetween(0.005, 0.02);
        assertThat(personnel.skipped()).isEqualTo(shape.projectLinks()).isPositive();
        // dirty client values and second current primaries are warned about, one warning each
        assertThat(result.issueCount()).isLessThan(10_000);
        assertThat(warnings(result, "clients", "relationship_strength", "client_priority"))
                .isEqualTo(shape.dirtyClientValues()).isPositive();
        assertThat(warnings(result, "personnel_entity_relationships", "is_primary"))
                .isEqualTo(shape.twoCurrentPrimaries()).isPositive();
    }

    @Test
    void shouldReportProgressUpToThePlannedTotal() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2).withLegacySchema()) {
            // given
            List<long[]> calls = new ArrayList<>();
            LegacyDataGenerator generator = new LegacyDataGenerator(1, 0.2).batchSize(100)
                    .listener((written, total) -> calls.add(new long[] {written, total}));

            // when
            GeneratedData data = generator.generate(db.dataSource());

            // then
            assertThat(calls).hasSizeGreaterThan(10);
            assertThat(calls).allSatisfy(call -> assertThat(call[1]).isEqualTo(generator.plannedRows()));
            assertThat(calls).extracting(call -> call[0]).isSorted().last().isEqualTo(data.totalRows());
        }
    }

    @Test
    void shouldRefuseLegacyTablesThatAlreadyHoldRows() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2).withLegacySchema()) {
            // given
            new LegacyDataGenerator(1, 0.01).generate(db.dataSource());

            // when / then
            assertThatThrownBy(() -> new LegacyDataGenerator(1, 0.01).generate(db.dataSource()))
                    .isInstanceOf(CompanyUnificationException.class)
                    .hasMessageContaining("projects already has 1 rows")
                    .extracting(e -> ((CompanyUnificationException) e).errorCode())
                    .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
    }

    @Test
    void shouldRefuseADatabaseWithoutTheLegacySchema() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2)) {
            assertThatThrownBy(() -> new LegacyDataGenerator(1, 0.01).generate(db.dataSource()))
                    .isInstanceOf(CompanyUnificationException.class)
                    .hasMessageContaining("create the legacy schema first")
                    .extracting(e -> ((CompanyUnificationException) e).errorCode())
                    .isEqualTo(ErrorCode.SCHEMA_MISSING);
        }
    }

    @Test
    void shouldRefuseAScaleOrBatchSizeOutOfRange() {
        assertThatThrownBy(() -> new LegacyDataGenerator(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale must be more than 0");
        assertThatThrownBy(() -> new LegacyDataGenerator(1, 20_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> new LegacyDataGenerator(1, 1).batchSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch size must be positive");
    }

    @Test
    void shouldPlanTheBenchmarksMillionsAtScaleOneThousand() {
        assertThat(new LegacyDataGenerator(1, 1000).plannedRows())
                .isEqualTo(1_000_000 + 2_000_000 + 1_000_000 + 100_000 + 500_000);
    }

    private static double share(GeneratedData data, LegacyTable table) {
        return (double) data.rows(table) / data.companyRows();
    }

    private static TableResult total(BackfillResult result, Step step) {
        long read = 0, created = 0, merged = 0, rejected = 0, skipped = 0;
        for (TableResult t : result.tablesOf(step)) {
            read += t.read();
            created += t.created();
            merged += t.merged();
            rejected += t.rejected();
            skipped += t.skipped();
        }
        return new TableResult(step, step.name(), read, created, 0, 0, merged, rejected, skipped, 0);
    }

    private static long warnings(BackfillResult result, String table, String... fields) {
        List<String> wanted = List.of(fields);
        return result.warnings().stream().filter(w -> w.table().equals(table) && wanted.contains(w.field()))
                .map(RowIssue::id).count();
    }
}
