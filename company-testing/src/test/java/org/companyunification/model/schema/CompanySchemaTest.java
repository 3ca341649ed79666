package org.companyunification.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

class CompanySchemaTest {

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldCreateTheUnifiedSchemaWithTheSeededRoleCatalogue(TestDatabase db) throws Exception {
        SchemaMigrationResult result = CompanySchema.configure().dataSource(db.dataSource()).load().migrate();

        assertThat(result.vendor()).isEqualTo(db.vendor());
        assertThat(result.migrationsApplied()).isPositive();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT role_id, role_code, role_label FROM company_roles ORDER BY role_id")) {
            StringBuilder roles = new StringBuilder();
            while (rs.next()) {
                roles.append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append(';');
            }
            assertThat(roles.toString()).isEqualTo("1 vendor Technology Vendor;2 developer Owner/Developer;"
                    + "3 operator Operator;4 constructor Constructor;5 offtaker Off-taker;6 client Client;");
        }
    }
}
