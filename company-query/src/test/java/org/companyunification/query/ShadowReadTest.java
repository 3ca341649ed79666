package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.AssignmentContext;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.origin.CompanyOrigin;
import org.companyunification.model.origin.OriginKey;
import org.companyunification.model.reference.Project;
import org.companyunification.query.shadow.ShadowMismatch;
import org.companyunification.query.shadow.ShadowQuestion;
import org.companyunification.query.shadow.ShadowReadListener;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;

/** Shadow reads answer the role and project questions from the legacy tables too and report every difference. */
class ShadowReadTest {

    private static final long PROJECT = 700;
    private static final String VENDORS = LegacyTable.TECHNOLOGY_VENDORS.tableName();

    @DatabaseTest
    void shouldReportEveryPlantedDifferenceWithItsIdsAndReturnTheUnifiedAnswer(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given: legacy vendors 1, 2 and 3 on the project (1 and 2), vendor 3 mapped to no company;
            // Alpha (vendor 1) agrees, Beta (vendor 2) lost its vendor roles, Gamma holds roles with no legacy row
            Planted planted = plant(fixture, db);
            List<ShadowMismatch> heard = new ArrayList<>();
            CompanyQuery shadowing = fixture.query.withShadowReads(heard::add);

            // when
            var vendors = shadowing.companiesWithGlobalRole(RoleCode.VENDOR);
            var ofProject = shadowing.companiesOfProject(PROJECT);
            var vendorsOnProject = shadowing.companiesWithRoleOnProject(RoleCode.VENDOR, PROJECT);
            var beta = shadowing.companyWithRoles(planted.beta());
            var alpha = shadowing.companyWithRoles(planted.alpha());

            // then
            assertThat(shadowing.shadowReadsEnabled()).isTrue();
            assertThat(fixture.query.shadowReadsEnabled()).isFalse();
            assertThat(vendors).isEqualTo(fixture.query.companiesWithGlobalRole(RoleCode.VENDOR));
            assertThat(ofProject).isEqualTo(fixture.query.companiesOfProject(PROJECT));
            assertThat(vendorsOnProject).isEqualTo(fixture.query.companiesWithRoleOnProject(RoleCode.VENDOR, PROJECT));
            assertThat(beta).isEqualTo(fixture.query.companyWithRoles(planted.beta()));
            assertThat(alpha).isEqualTo(fixture.query.companyWithRoles(planted.alpha()));
            String vendorLinks = LegacyTable.PROJECT_VENDOR_RELATIONSHIPS.tableName();
            String operatorLinks = LegacyTable.PROJECT_OPERATOR_RELATIONSHIPS.tableName();
            assertThat(heard).containsExactly(
                    new ShadowMismatch(ShadowQuestion.COMPANIES_WITH_GLOBAL_ROLE, RoleCode.VENDOR, OptionalLong.empty(),
                            OptionalLong.empty(), Optional.of(VENDORS), List.of(planted.beta()),
                            List.of(planted.gamma()), List.of(3L)),
                    new ShadowMismatch(ShadowQuestion.COMPANIES_OF_PROJECT, RoleCode.VENDOR, OptionalLong.of(PROJECT),
                            OptionalLong.empty(), Optional.of(vendorLinks), List.of(planted.beta()), List.of(),
                            List.of(12L)),
                    new ShadowMismatch(ShadowQuestion.COMPANIES_OF_PROJECT, RoleCode.OPERATOR,
                            OptionalLong.of(PROJECT), OptionalLong.empty(), Optional.of(operatorLinks), List.of(),
                            List.of(planted.gamma()), List.of()),
                    new ShadowMismatch(ShadowQuestion.COMPANIES_WITH_ROLE_ON_PROJECT, RoleCode.VENDOR,
                            OptionalLong.of(PROJECT), OptionalLong.empty(), Optional.of(vendorLinks),
                            List.of(planted.beta()), List.of(), List.of(12L)),
                    new ShadowMismatch(ShadowQuestion.COMPANY_WITH_ROLES, RoleCode.VENDOR, OptionalLong.empty(),
                            OptionalLong.of(planted.beta()), Optional.of(VENDORS), List.of(planted.beta()),
                            List.of(), List.of()),
                    new ShadowMismatch(ShadowQuestion.COMPANY_WITH_ROLES, RoleCode.VENDOR, OptionalLong.of(PROJECT),
                            OptionalLong.of(planted.beta()), Optional.of(vendorLinks), List.of(planted.beta()),
                            List.of(), List.of()));
            assertThat(heard.get(0).describe()).contains("role vendor", VENDORS, "[" + planted.beta() + "]",
                    "[" + planted.gamma() + "]", "[3]");
        }
    }

    @DatabaseTest
    void shouldReportNothingWhenBothSchemasAgree(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Project project = fixture.data.project(PROJECT, "Agreed project");
            new LegacyData().vendor(1, "Alpha").operator(1, "Alpha").client(1, "Beta")
                    .vendorOnProject(10, PROJECT, 1, true).operatorOnProject(11, PROJECT, 1, false)
                    .insertInto(db.dataSource());
            Company alpha = fixture.data.company("Alpha").withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                    .onProject(project, RoleCode.VENDOR, true).onProject(project, RoleCode.OPERATOR, false).save();
            Company beta = fixture.data.company("Beta").withRoles(RoleCode.CLIENT).save();
            origin(fixture, VENDORS, 1, alpha.getId());
            origin(fixture, LegacyTable.OPERATORS.tableName(), 1, alpha.getId());
            origin(fixture, LegacyTable.CLIENTS.tableName(), 1, beta.getId());
            List<ShadowMismatch> heard = new ArrayList<>();
            CompanyQuery shadowing = fixture.query.withShadowReads(heard::add);

            // when
            for (RoleCode role : RoleCode.values()) {
                shadowing.companiesWithGlobalRole(role);
                shadowing.companiesWithRoleOnProject(role, PROJECT);
            }
            shadowing.companiesOfProject(PROJECT);
            shadowing.companyWithRoles(alpha.getId());
            shadowing.companyWithRoles(beta.getId());

            // then
            assertThat(heard).isEmpty();
        }
    }

    @DatabaseTest
    void shouldSendNoExtraStatementWhenShadowReadsAreOffAndOneWhenOn(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Planted planted = plant(fixture, db);
            CompanyQuery off = fixture.query;
            CompanyQuery on = off.withShadowReads(mismatch -> { });

            // when
            List<Integer> offCounts = counts(fixture, off, planted);
            List<Integer> onCounts = counts(fixture, on, planted);

            // then
            assertThat(offCounts).containsExactly(1, 1, 1, 2);
            assertThat(onCounts).containsExactly(2, 2, 2, 3);
        }
    }

    @DatabaseTest
    void shouldGiveTheUnifiedAnswerWhenTheListenerFails(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            plant(fixture, db);
            CompanyQuery shadowing = fixture.query.withShadowReads(mismatch -> {
                throw new IllegalStateException("listener broke");
            });

            // when
            var vendors = shadowing.companiesWithGlobalRole(RoleCode.VENDOR);

            // then
            assertThat(vendors).isEqualTo(fixture.query.companiesWithGlobalRole(RoleCode.VENDOR));
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseShadowReadsWithoutTheLegacyTables(TestDatabase db) {
        // given
        CompanyQueryConfiguration configuration = CompanyQuery.configure().dataSource(db.dataSource())
                .shadowReads(ShadowReadListener.logging());

        // when / then
        assertThatThrownBy(configuration::load).isInstanceOfSatisfying(CompanyUnificationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISSING))
                .hasMessageContaining(VENDORS).hasMessageContaining("leave shadow reads off");
        try (CompanyQuery plain = CompanyQuery.configure().dataSource(db.dataSource()).load()) {
            assertThatThrownBy(() -> plain.withShadowReads(ShadowReadListener.logging()))
                    .isInstanceOf(CompanyUnificationException.class)
                    .hasMessageContaining(LegacyTable.PROJECT_OFFTAKER_RELATIONSHIPS.tableName());
        }
    }

    private static List<Integer> counts(QueryFixture fixture, CompanyQuery query, Planted planted) {
        return List.of(
                fixture.statementsOf(() -> query.companiesWithGlobalRole(RoleCode.VENDOR)),
                fixture.statementsOf(() -> query.companiesWithRoleOnProject(RoleCode.VENDOR, PROJECT)),
                fixture.statementsOf(() -> query.companiesOfProject(PROJECT)),
                fixture.statementsOf(() -> query.companyWithRoles(planted.beta())));
    }

    /** The ids of the planted companies. */
    private record Planted(long alpha, long beta, long gamma) {}

    private static Planted plant(QueryFixture fixture, TestDatabase db) {
        Project project = fixture.data.project(PROJECT, "Shadow project");
        new LegacyData().vendor(1, "Alpha").vendor(2, "Beta").vendor(3, "Orphan")
                .vendorOnProject(10, PROJECT, 1, true).vendorOnProject(11, PROJECT, 2, false)
                .vendorOnProject(12, PROJECT, 3, false).insertInto(db.dataSource());
        Company alpha = fixture.data.company("Alpha").withRoles(RoleCode.VENDOR)
                .onProject(project, RoleCode.VENDOR, true).save();
        Company beta = fixture.data.company("Beta").withRoles(RoleCode.VENDOR)
                .onProject(project, RoleCode.VENDOR, false).save();
        Company gamma = fixture.data.company("Gamma").withRoles(RoleCode.VENDOR)
                .onProject(project, RoleCode.OPERATOR, false).save();
        origin(fixture, VENDORS, 1, alpha.getId());
        origin(fixture, VENDORS, 2, beta.getId());
        fixture.scope.inTransaction(em -> {
            Company lost = em.find(Company.class, beta.getId());
            lost.removeRole(RoleCode.VENDOR, AssignmentContext.global());
            lost.removeRole(RoleCode.VENDOR, AssignmentContext.project(PROJECT));
        });
        return new Planted(alpha.getId(), beta.getId(), gamma.getId());
    }

    private static void origin(QueryFixture fixture, String table, long legacyId, long companyId) {
        fixture.scope.inTransaction(em -> em.persist(new CompanyOrigin(new OriginKey(table, legacyId),
                em.find(Company.class, companyId), 0L, null)));
    }
}
