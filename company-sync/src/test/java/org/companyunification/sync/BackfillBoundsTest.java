package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.validation.Validation;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class BackfillBoundsTest {

    @Test
    void shouldRefuseABatchSizeOrIssueLimitOutsideItsRange() {
        assertThatThrownBy(() -> Backfill.configure().batchSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch size must be between 1 and 50000: 0");
        assertThatThrownBy(() -> Backfill.configure().batchSize(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backfill.configure().issueLimit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backfill.configure().issueLimit(100_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Validation.configure().unmappedRowLimit(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Validation.configure().coverageThreshold(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldRunWithTheLargestBatchSizeWithoutSizingAnythingByIt(TestDatabase db) {
        // given
        new LegacyData().vendor(1, "Acme").vendor(2, "%").insertInto(db.dataSource());

        // when
        RunResult result = Backfill.configure().dataSource(db.dataSource())
                .batchSize(Backfill.Configuration.MAX_BATCH_SIZE).issueLimit(0).load().run();

        // then
        assertThat(result.issues()).isEmpty();
        assertThat(result.issueCount()).isEqualTo(1);
    }

    @DatabaseTest
    void shouldRefuseALegacyColumnOfTheWrongTypeBeforeWritingAnything(TestDatabase db) throws Exception {
        // given clients whose last_contact_date is text
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE clients");
            statement.execute("CREATE TABLE clients (client_id BIGINT NOT NULL PRIMARY KEY, client_name"
                    + " VARCHAR(255) NOT NULL, website VARCHAR(255), country VARCHAR(100), contact_email VARCHAR(255),"
                    + " contact_phone VARCHAR(50), relationship_strength VARCHAR(20), client_priority VARCHAR(20),"
                    + " relationship_notes VARCHAR(1000), last_contact_date VARCHAR(30), next_contact_date DATE,"
                    + " notes VARCHAR(1000), created_at TIMESTAMP, updated_at TIMESTAMP)");
            statement.execute("INSERT INTO clients (client_id, client_name, last_contact_date) VALUES"
                    + " (1, 'Acme', 'last spring')");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        new LegacyData().vendor(1, "Acme").insertInto(db.dataSource());

        // when / then
        assertThatThrownBy(() -> Backfill.configure().dataSource(db.dataSource()).load().run())
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("clients.last_contact_date").hasMessageContaining("DATE is expected")
                .hasMessageContaining("Nothing was written")
                .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.SCHEMA_MISSING);
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT COUNT(*) FROM companies")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
