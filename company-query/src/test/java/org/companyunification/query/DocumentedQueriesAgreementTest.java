package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Project;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.query.view.CompanyGlobalRoles;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/** The three queries of DESIGN.md, run verbatim, return the rows the matching CompanyQuery methods return. */
class DocumentedQueriesAgreementTest {

    private static final String GLOBAL_VENDORS = """
            SELECT c.* FROM companies c
            JOIN company_role_assignments cra ON c.company_id = cra.company_id
            JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cr.role_code = 'vendor' AND cra.context_type IS NULL
            """;

    private static final String COMPANIES_ON_PROJECT = """
            SELECT c.*, cr.role_label FROM companies c
            JOIN company_role_assignments cra ON c.company_id = cra.company_id
            JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cra.context_type = 'Project' AND cra.context_id = ?
            """;

    private static final String GLOBAL_ROLES_BY_COMPANY = """
            SELECT c.company_id, c.company_name, GROUP_CONCAT(cr.role_label) as roles
            FROM companies c
            LEFT JOIN company_role_assignments cra ON c.company_id = cra.company_id
            LEFT JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cra.context_type IS NULL
            GROUP BY c.company_id
            """;

    @DatabaseTest
    void shouldReturnTheRowsOfTheThreeDocumentedQueries(TestDatabase db) throws Exception {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Project palisades = fixture.data.project("Palisades SMR");
            Project vogtle = fixture.data.project("Vogtle Units 3 and 4");
            fixture.data.company("Holtec International").withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                    .onProject(palisades, RoleCode.VENDOR, true).save();
            fixture.data.company("NuScale Power").withRoles(RoleCode.VENDOR).save();
            Company bechtel = fixture.data.company("Bechtel").onProject(palisades, RoleCode.CONSTRUCTOR, false)
                    .save();
            fixture.data.company("Dow Inc.").save();
            fixture.data.company("Southern Nuclear").withRoles(RoleCode.OPERATOR)
                    .onProject(vogtle, RoleCode.OPERATOR, true).onProject(palisades, RoleCode.DEVELOPER, false)
                    .save();
            Company westinghouse = fixture.data.company("Westinghouse Electric Company")
                    .onProject(vogtle, RoleCode.VENDOR, false).save();

            // when
            List<String> sqlVendors = rows(db, GLOBAL_VENDORS, null, "company_id", "company_name", "country");
            List<String> sqlProject = rows(db, COMPANIES_ON_PROJECT, palisades.getId(), "company_id", "company_name",
                    "role_label");
            String aggregate = db.vendor() == DatabaseVendor.POSTGRESQL
                    ? GLOBAL_ROLES_BY_COMPANY.replace("GROUP_CONCAT(cr.role_label)", "string_agg(cr.role_label, ',')")
                            .replace("GROUP BY c.company_id", "GROUP BY c.company_id, c.company_name")
                    : GLOBAL_ROLES_BY_COMPANY;
            List<String> sqlRoles = rows(db, aggregate, null, "company_id", "company_name", "roles");

            // then
            assertThat(fixture.query.companiesWithGlobalRole(RoleCode.VENDOR).stream()
                    .map(c -> c.id() + "|" + c.name() + "|" + c.country().orElse(null)).toList())
                    .containsExactlyInAnyOrderElementsOf(sqlVendors);
            assertThat(fixture.query.companiesOfProject(palisades.getId()).stream()
                    .map(r -> r.company().id() + "|" + r.company().name() + "|" + r.roleLabel()).toList())
                    .containsExactlyInAnyOrderElementsOf(sqlProject);
            // The SQL drops the companies whose only roles are on projects (its WHERE filters the left join);
            // CompanyQuery lists them with no global roles. Every other row agrees.
            List<CompanyGlobalRoles> all = fixture.query.companiesWithGlobalRoles();
            assertThat(all.stream()
                    .filter(r -> r.company().id() != bechtel.getId() && r.company().id() != westinghouse.getId())
                    .map(r -> r.company().id() + "|" + r.company().name() + "|" + labels(r)).toList())
                    .containsExactlyInAnyOrderElementsOf(sqlRoles);
            assertThat(all).filteredOn(r -> r.company().id() == bechtel.getId()).singleElement()
                    .satisfies(r -> assertThat(r.roles()).isEmpty());
            assertThat(fixture.query.companiesWithGlobalRole(RoleCode.VENDOR)).extracting(CompanySummary::name)
                    .containsExactly("Holtec International", "NuScale Power");
        }
    }

    private static String labels(CompanyGlobalRoles row) {
        return row.roles().isEmpty() ? "null"
                : row.roles().stream().map(RoleCode::label).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    private static List<String> rows(TestDatabase db, String sql, Long parameter, String... columns)
            throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setLong(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (String column : columns) {
                        String value = result.getString(column);
                        values.add(column.equals("roles") && value != null
                                ? new TreeSet<>(Arrays.asList(value.split(","))).toString() : value);
                    }
                    rows.add(String.join("|", values));
                }
            }
        }
        return rows;
    }
}
