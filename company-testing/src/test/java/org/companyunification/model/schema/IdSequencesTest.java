package org.companyunification.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * The id sequences of the tables written in bulk step by 50, the allocation size of their entities: one call to
 * the database reserves 50 ids, so that inserts can be batched.
 */
class IdSequencesTest {

    private static final List<String> BATCHED_SEQUENCES = List.of("companies_seq", "company_role_assignments_seq",
            "person_company_affiliations_seq", "internal_external_links_seq");

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldStepTheIdSequencesOfBulkTablesBy50(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sequence : BATCHED_SEQUENCES) {
                long first = nextValue(statement, db, sequence);
                long second = nextValue(statement, db, sequence);

                assertThat(first).as("first value of %s", sequence).isEqualTo(1);
                assertThat(second - first).as("step of %s", sequence).isEqualTo(50);
            }
        }
    }

    private static long nextValue(Statement statement, TestDatabase db, String sequence) throws SQLException {
        String sql = switch (db.vendor()) {
            case H2, MARIADB -> "SELECT NEXT VALUE FOR " + sequence;
            case POSTGRESQL -> "SELECT nextval('" + sequence + "')";
        };
        try (ResultSet resultSet = statement.executeQuery(sql)) {
            assertThat(resultSet.next()).isTrue();
            return resultSet.getLong(1);
        }
    }
}
