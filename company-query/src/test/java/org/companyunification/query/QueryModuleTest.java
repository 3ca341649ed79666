package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.companyunification.model.schema.CompanySchema;
import org.companyunification.model.schema.SchemaMigrationResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/** Checks that this module's dependencies resolve: the model, its migrations and the drivers are usable here. */
class QueryModuleTest {

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldReachTheModelSchemaFromThisModule(TestDatabase db) {
        SchemaMigrationResult result = CompanySchema.configure().dataSource(db.dataSource()).load().migrate();

        assertThat(result.vendor()).isEqualTo(db.vendor());
        assertThat(result.migrationsApplied()).isPositive();
    }
}
