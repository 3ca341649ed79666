package org.companyunification.cli.bench;

import org.companyunification.testing.Queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.generator.GeneratedData;
import org.companyunification.testing.generator.LegacyDataGenerator;
import org.companyunification.sync.Backfill;

class BaselineCopyTest {

    private static final Map<String, String> COMPANY_TABLES = Map.of("vendor", "technology_vendors:vendor_id",
            "owner", "owners_developers:owner_id", "operator", "operators:operator_id",
            "constructor", "constructors:constructor_id", "offtaker", "offtakers:offtaker_id",
            "client", "clients:client_id");

    private static final Map<String, String> RELATIONSHIPS = Map.of(
            "project_vendor_relationships", "vendor_id:technology_vendors:vendor_id",
            "project_owner_relationships", "owner_id:owners_developers:owner_id",
            "project_operator_relationships", "operator_id:operators:operator_id",
            "project_constructor_relationships", "constructor_id:constructors:constructor_id",
            "project_offtaker_relationships", "offtaker_id:offtakers:offtaker_id");

    @DatabaseTest
    void shouldCopyEveryLegacyRowThatTheUnifiedConstraintsAccept(TestDatabase db) throws Exception {
        // given a generated data set, plus a relationship entered twice and a person with three current primaries
        GeneratedData data = new LegacyDataGenerator(5, 0.2).generate(db.dataSource());
        new LegacyData()
                .ownerOnProject(900_001, 1, 1, false)
                .ownerOnProject(900_002, 1, 1, true)
                .personAt(900_001, 1, "vendor", 1, a -> a.primary(true).start(LocalDate.of(2001, 1, 1)))
                .personAt(900_002, 1, " OWNER", 1, a -> a.primary(true).start(LocalDate.of(2030, 1, 1)))
                .personAt(900_003, 1, "operator", 1, a -> a.primary(true))
                .insertInto(db.dataSource());
        Expected expected = Expected.of(db.dataSource());

        // when
        BaselineResult result = BaselineCopy.of(db.dataSource()).run();

        // then
        assertThat(result.vendor()).isEqualTo(db.vendor());
        assertThat(result.rows("companies")).isEqualTo(data.companyRows()).isEqualTo(count(db, "companies"));
        assertThat(count(db, "company_role_assignments WHERE context_type IS NULL")).isEqualTo(data.companyRows());
        assertThat(count(db, "client_profiles")).isEqualTo(data.rows("clients"));
        assertThat(count(db, "company_role_assignments WHERE context_type = 'Project'"))
                .isEqualTo(expected.projectAssignments());
        assertThat(count(db, "person_company_affiliations")).isEqualTo(expected.affiliations());
        assertThat(result.totalRows()).isEqualTo(2 * data.companyRows() + data.rows("clients")
                + expected.projectAssignments() + expected.affiliations());
        assertThat(result.statements()).extracting(StatementTiming::name).contains("companies from clients",
                "project owner roles from project_owner_relationships", "commit");
        // the twice-entered relationship is one assignment; the person's latest-starting primary stays primary
        assertThat(Queries.rows(db.dataSource(), "SELECT a.is_primary FROM company_role_assignments a"
                + " WHERE a.context_type = 'Project' AND a.context_id = 1 AND a.role_id = 2 AND a.company_id ="
                + " (SELECT MIN(c.company_id) FROM company_role_assignments c WHERE c.role_id = 2"
                + " AND c.context_type IS NULL)")).hasSize(1);
        assertThat(Queries.rows(db.dataSource(), "SELECT start_date FROM person_company_affiliations"
                + " WHERE person_id = 1 AND is_primary = TRUE AND end_date IS NULL"))
                .containsExactly(LocalDate.of(2030, 1, 1).toString());
    }

    @DatabaseTest
    void shouldMoveTheSequencesPastTheCopiedIds(TestDatabase db) throws Exception {
        // given
        new LegacyDataGenerator(6, 0.05).generate(db.dataSource());

        // when
        BaselineCopy.of(db.dataSource()).run();

        // then a block drawn next (value v reserves v - 49 .. v) lies above every copied id
        assertThat(nextValue(db, "companies_seq") - 49).isGreaterThan(max(db, "company_id", "companies"));
        assertThat(nextValue(db, "company_role_assignments_seq") - 49)
                .isGreaterThan(max(db, "assignment_id", "company_role_assignments"));
        assertThat(nextValue(db, "person_company_affiliations_seq") - 49)
                .isGreaterThan(max(db, "affiliation_id", "person_company_affiliations"));
    }

    @DatabaseTest
    void shouldGiveTheSamePrimaryFlagsAsTheBackfill(TestDatabase db) throws Exception {
        // given the same data in a second database
        try (TestDatabase other = TestDatabase.create(db.vendor()).withLegacySchema().withUnifiedSchema()) {
            new LegacyDataGenerator(8, 0.3).generate(db.dataSource());
            new LegacyDataGenerator(8, 0.3).generate(other.dataSource());

            // when
            BaselineCopy.of(db.dataSource()).run();
            Backfill.configure().dataSource(other.dataSource()).load().run();

            // then
            String affiliations = "SELECT person_id, title, start_date, end_date,"
                    + " CASE WHEN is_primary THEN 'primary' ELSE '-' END FROM person_company_affiliations"
                    + " ORDER BY person_id, start_date, end_date, title";
            List<String> copied = Queries.rows(db.dataSource(), affiliations);
            assertThat(copied).hasSizeGreaterThan(100).isEqualTo(Queries.rows(other.dataSource(), affiliations));
            assertThat(copied).filteredOn(row -> row.endsWith("primary")).isNotEmpty();
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldRefuseUnifiedTablesThatAlreadyHoldRows(TestDatabase db) {
        // given
        new LegacyDataGenerator(1, 0.01).generate(db.dataSource());
        BaselineCopy.of(db.dataSource()).run();

        // when / then
        assertThatThrownBy(() -> BaselineCopy.of(db.dataSource()).run())
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("companies already has")
                .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @DatabaseTest(vendors = DatabaseVendor.H2, schema = DatabaseTest.Schema.LEGACY)
    void shouldRefuseADatabaseWithoutTheUnifiedSchema(TestDatabase db) {
        assertThatThrownBy(() -> BaselineCopy.of(db.dataSource()).run())
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("apply the unified schema first")
                .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.SCHEMA_MISSING);
    }

    private static long count(TestDatabase db, String tableAndCondition) throws SQLException {
        return Queries.count(db.dataSource(), "SELECT COUNT(*) FROM " + tableAndCondition);
    }

    private static long max(TestDatabase db, String column, String table) throws SQLException {
        return Queries.count(db.dataSource(), "SELECT MAX(" + column + ") FROM " + table);
    }

    private static long nextValue(TestDatabase db, String sequence) throws SQLException {
        return Queries.count(db.dataSource(), db.vendor() == DatabaseVendor.POSTGRESQL
                ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence);
    }

    /** The rows the copy should make, worked out in Java from the legacy rows. */
    private record Expected(long projectAssignments, long affiliations) {

        static Expected of(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                Set<Long> projects = ids(statement, "SELECT project_id FROM projects");
                Set<Long> persons = ids(statement, "SELECT personnel_id FROM personnel");
                Map<String, Set<Long>> companies = new HashMap<>();
                for (Map.Entry<String, String> entry : COMPANY_TABLES.entrySet()) {
                    String[] table = entry.getValue().split(":");
                    companies.put(entry.getKey(), ids(statement, "SELECT " + table[1] + " FROM " + table[0]));
                }
                long assignments = 0;
                for (Map.Entry<String, String> entry : RELATIONSHIPS.entrySet()) {
                    String[] party = entry.getValue().split(":");
                    Set<Long> parties = ids(statement, "SELECT " + party[2] + " FROM " + party[1]);
                    Set<String> pairs = new HashSet<>();
                    try (ResultSet rs = statement.executeQuery("SELECT project_id, " + party[0] + " FROM "
                            + entry.getKey())) {
                        while (rs.next()) {
                            if (projects.contains(rs.getLong(1)) && parties.contains(rs.getLong(2))) {
                                pairs.add(rs.getLong(1) + ":" + rs.getLong(2));
                            }
                        }
                    }
                    assignments += pairs.size();
                }
                long affiliations = 0;
                try (ResultSet rs = statement.executeQuery("SELECT personnel_id, entity_type, entity_id, start_date,"
                        + " end_date FROM personnel_entity_relationships")) {
                    while (rs.next()) {
                        Set<Long> targets = companies.get(rs.getString(2).strip().toLowerCase(Locale.ROOT));
                        LocalDate start = rs.getObject(4, LocalDate.class);
                        LocalDate end = rs.getObject(5, LocalDate.class);
                        if (targets != null && targets.contains(rs.getLong(3)) && persons.contains(rs.getLong(1))
                                && (start == null || end == null || !end.isBefore(start))) {
                            affiliations++;
                        }
                    }
                }
                return new Expected(assignments, affiliations);
            }
        }

        private static Set<Long> ids(Statement statement, String sql) throws SQLException {
            Set<Long> ids = new HashSet<>();
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
