package org.companyunification.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.companyunification.model.schema.CompanySchema;
import org.companyunification.model.schema.SchemaMigrationResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.query.PageRequest;
import org.junit.jupiter.api.Test;

/** Checks that this module's dependencies resolve: the model, its migrations, the query module and the drivers. */
class AnalyticsModuleTest {

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldReachTheModelSchemaFromThisModule(TestDatabase db) {
        SchemaMigrationResult result = CompanySchema.configure().dataSource(db.dataSource()).load().migrate();

        assertThat(result.vendor()).isEqualTo(db.vendor());
        assertThat(result.migrationsApplied()).isPositive();
    }

    @Test
    void shouldReachTheQueryModule() {
        assertThat(PageRequest.first(10).next().offset()).isEqualTo(10);
    }
}
