package org.companyunification.analytics;

import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Project;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;

/**
 * A small unified data set whose figures the tests work out by hand:
 *
 * <pre>
 * projects   P1 Alpha (Operating, US)   P2 Beta (Planned, FR)   P3 Gamma (operating , US)   P4 Delta (no status)
 *
 * company    country type        global roles        on projects                          links
 * A Atlas    US      Utility     vendor, operator    P1 vendor (primary), P1 operator, P2 vendor   A-B subsidiary
 * B Borealis FR      Utility     developer           P1 developer (primary), P2 developer (primary)
 * C Cobalt   US      -           vendor, operator    P3 operator (primary)
 * D Delphi   DE      Contractor  constructor         P3 constructor                       D-G partner
 * E Evergreen -      Utility     client (High, Strong)
 * F Fjord    FR      -           offtaker, client (High, Strong)
 * G Gale     DE      -           client (Low, New)
 * H Halo     US      -           none
 * </pre>
 *
 * The network: 12 nodes (8 companies, 4 projects) and 9 edges (7 assignments, 2 links); degrees A 4, B 3, D 2,
 * C 1, G 1, P1 3, P2 2, P3 2 and 0 for E, F, H and P4; components {A, B, P1, P2}, {C, D, G, P3} and four isolated
 * nodes; D is the only company whose removal splits its group (G hangs on it), P3 the only such project.
 */
final class AnalyticsFixture implements AutoCloseable {

    final DatabaseScope scope;
    final Project p1;
    final Project p2;
    final Project p3;
    final Project p4;
    final Company a;
    final Company b;
    final Company c;
    final Company d;
    final Company e;
    final Company f;
    final Company g;
    final Company h;

    AnalyticsFixture(TestDatabase db) {
        scope = DatabaseScope.of(db);
        UnifiedData data = UnifiedData.in(scope);
        p1 = project(1, "Alpha", "Operating", "US");
        p2 = project(2, "Beta", "Planned", "FR");
        p3 = project(3, "Gamma", "operating ", "US");
        p4 = project(4, "Delta", null, null);
        a = data.company("Atlas").withContactDetails(country("US")).withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                .onProject(p1, RoleCode.VENDOR, true).onProject(p1, RoleCode.OPERATOR, false)
                .onProject(p2, RoleCode.VENDOR, false).save();
        b = data.company("Borealis").withContactDetails(country("FR")).withRoles(RoleCode.DEVELOPER)
                .onProject(p1, RoleCode.DEVELOPER, true).onProject(p2, RoleCode.DEVELOPER, true).linkedTo(a,
                        "subsidiary").save();
        c = data.company("Cobalt").withContactDetails(country("US")).withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                .onProject(p3, RoleCode.OPERATOR, true).save();
        d = data.company("Delphi").withContactDetails(country("DE")).withRoles(RoleCode.CONSTRUCTOR)
                .onProject(p3, RoleCode.CONSTRUCTOR, false).save();
        e = data.company("Evergreen").asClient(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH))
                .save();
        f = data.company("Fjord").withContactDetails(country("FR")).withRoles(RoleCode.OFFTAKER)
                .asClient(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH)).save();
        g = data.company("Gale").withContactDetails(country("DE")).linkedTo(d, "partner")
                .asClient(ClientDetails.of(RelationshipStrength.NEW, ClientPriority.LOW)).save();
        h = data.company("Halo").withContactDetails(country("US")).save();
        type(a, "Utility");
        type(b, "Utility");
        type(d, "Contractor");
        type(e, "Utility");
    }

    private Project project(long id, String name, String status, String country) {
        return scope.fromTransaction(em -> {
            Project project = new Project(id, name);
            if (status != null) {
                project.changeStatus(status);
            }
            if (country != null) {
                project.locate(null, country);
            }
            em.persist(project);
            return project;
        });
    }

    private void type(Company company, String type) {
        scope.inTransaction(em -> em.find(Company.class, company.getId()).changeCompanyType(type));
    }

    private static ContactDetails country(String country) {
        return ContactDetails.none().withCountry(country);
    }

    Analytics analytics() {
        return Analytics.configure().dataSource(scope.dataSource()).load();
    }

    @Override
    public void close() {
        scope.close();
    }
}
