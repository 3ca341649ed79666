package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.companyunification.model.company.AffiliationTerms;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.filter.RoleMatch;
import org.companyunification.query.view.Affiliation;
import org.companyunification.query.view.CompanyDetail;
import org.companyunification.query.view.CompanyLinkView;
import org.companyunification.query.view.CompanyListItem;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.query.view.Page;
import org.companyunification.query.view.ProjectCompany;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

class CompanyQueryTest {

    @DatabaseTest
    void shouldAnswerTheRoleQuestionsGloballyOnAProjectAndAnywhere(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Project palisades = fixture.data.project("Palisades");
            Company holtec = fixture.data.company("Holtec International").withRoles(RoleCode.VENDOR)
                    .onProject(palisades, RoleCode.VENDOR, true, "SMR-300").save();
            Company nuscale = fixture.data.company("NuScale Power").onProject(palisades, RoleCode.VENDOR, false)
                    .onProject(palisades, RoleCode.OPERATOR, true).save();
            fixture.data.company("Entergy").withRoles(RoleCode.OPERATOR).save();

            // when
            List<CompanySummary> global = fixture.query.companiesWithGlobalRole(RoleCode.VENDOR);
            List<ProjectCompany> onProject = fixture.query.companiesWithRoleOnProject(RoleCode.VENDOR,
                    palisades.getId());
            List<CompanySummary> anywhere = fixture.query.companiesWithRoleAnywhere(RoleCode.VENDOR);
            List<ProjectCompany> ofProject = fixture.query.companiesOfProject(palisades.getId());

            // then
            assertThat(global).extracting(CompanySummary::id).containsExactly(holtec.getId());
            assertThat(onProject).extracting(row -> row.company().id(), ProjectCompany::primary)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(holtec.getId(), true),
                            org.assertj.core.groups.Tuple.tuple(nuscale.getId(), false));
            assertThat(onProject.get(0).notes()).contains("SMR-300");
            assertThat(anywhere).extracting(CompanySummary::id).containsExactly(holtec.getId(), nuscale.getId());
            assertThat(ofProject).extracting(row -> row.company().name(), ProjectCompany::roleLabel)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Holtec International", "Technology Vendor"),
                            org.assertj.core.groups.Tuple.tuple("NuScale Power", "Technology Vendor"),
                            org.assertj.core.groups.Tuple.tuple("NuScale Power", "Operator"));
            assertThat(fixture.query.companiesOfProject(999_999)).isEmpty();
        }
    }

    @DatabaseTest
    void shouldReturnOneCompanyWithAllItsRolesOrNothingForAnUnknownId(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Project palisades = fixture.data.project("Palisades");
            Company holtec = fixture.data.company("Holtec International")
                    .withRoles(RoleCode.VENDOR, RoleCode.CONSTRUCTOR)
                    .onProject(palisades, RoleCode.VENDOR, true).save();

            // when
            var roles = fixture.query.companyWithRoles(holtec.getId()).orElseThrow();

            // then
            assertThat(roles.globalRoles()).containsExactly(RoleCode.VENDOR, RoleCode.CONSTRUCTOR);
            assertThat(roles.projectRoles()).singleElement()
                    .satisfies(role -> assertThat(role.project().name()).isEqualTo("Palisades"));
            assertThat(fixture.query.companyWithRoles(holtec.getId() + 1000)).isEmpty();
            assertThat(fixture.query.companyDetail(holtec.getId() + 1000)).isEmpty();
            assertThat(fixture.query.companiesWithGlobalRoles()).singleElement()
                    .satisfies(row -> assertThat(row.roles()).containsExactly(RoleCode.VENDOR, RoleCode.CONSTRUCTOR));
            assertThat(fixture.query.projectsOfCompany(holtec.getId(), RoleCode.VENDOR))
                    .extracting(role -> role.project().id()).containsExactly(palisades.getId());
            assertThat(fixture.query.projectsOfCompany(holtec.getId(), RoleCode.OPERATOR)).isEmpty();
        }
    }

    @DatabaseTest
    void shouldFilterSortAndPageTheCompanyList(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Company edf = fixture.data.company("Électricité de France S.A.").withRoles(RoleCode.OPERATOR,
                    RoleCode.DEVELOPER).withContactDetails(ContactDetails.none().withCountry("France"))
                    .asClient(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH)).save();
            Company orano = fixture.data.company("Orano").withRoles(RoleCode.OPERATOR)
                    .withContactDetails(ContactDetails.none().withCountry("France")).save();
            fixture.data.company("Électricité Suisse").withRoles(RoleCode.VENDOR).save();

            // when
            Page<CompanyListItem> both = fixture.query.companies(
                    CompanyFilter.all().withRoles(RoleMatch.ALL, RoleCode.OPERATOR, RoleCode.DEVELOPER),
                    CompanySort.NAME, PageRequest.first(10));
            Page<CompanyListItem> any = fixture.query.companies(
                    CompanyFilter.all().withRoles(RoleMatch.ANY, RoleCode.OPERATOR, RoleCode.DEVELOPER),
                    CompanySort.NAME, PageRequest.first(1));
            Page<CompanyListItem> named = fixture.query.companies(
                    CompanyFilter.all().withNameContaining("ELECTRICITE DE"), CompanySort.ID, PageRequest.first(10));
            Page<CompanyListItem> frenchNonClients = fixture.query.companies(
                    CompanyFilter.all().withCountry("France").withoutClients(), CompanySort.ID,
                    PageRequest.first(10));
            Page<CompanyListItem> clients = fixture.query.companies(CompanyFilter.all().onlyClients(),
                    CompanySort.ID, PageRequest.first(10));

            // then
            assertThat(both.items()).extracting(item -> item.company().id()).containsExactly(edf.getId());
            assertThat(both.items().get(0).globalRoles()).containsExactly(RoleCode.DEVELOPER, RoleCode.OPERATOR, RoleCode.CLIENT);
            assertThat(both.items().get(0).client()).isTrue();
            assertThat(any.items()).extracting(item -> item.company().id()).containsExactly(edf.getId());
            assertThat(any.totalCount()).isEqualTo(2);
            assertThat(any.hasNext()).isTrue();
            assertThat(named.items()).extracting(item -> item.company().id()).containsExactly(edf.getId());
            assertThat(frenchNonClients.items()).extracting(item -> item.company().id())
                    .containsExactly(orano.getId());
            assertThat(clients.items()).extracting(item -> item.company().id()).containsExactly(edf.getId());
        }
    }

    @DatabaseTest
    void shouldWalkTheWholeListWithKeysetPagesInTheOrderOfTheOffsetPages(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            for (int i = 0; i < 23; i++) {
                fixture.data.company("Company " + (char) ('a' + i % 5) + " " + i).save();
            }
            List<Long> byOffset = fixture.query.companies(CompanyFilter.all(), CompanySort.NAME,
                    PageRequest.first(100)).items().stream().map(item -> item.company().id()).toList();

            // when
            List<Long> byPages = new ArrayList<>();
            long walked = fixture.query.forEachCompanyPage(CompanyFilter.all(), CompanySort.NAME, 5,
                    page -> page.forEach(item -> byPages.add(item.company().id())));
            List<Long> streamed = fixture.query.streamCompanies(CompanyFilter.all(), CompanySort.ID, 4)
                    .map(item -> item.company().id()).toList();

            // then
            assertThat(walked).isEqualTo(23);
            assertThat(byPages).isEqualTo(byOffset);
            assertThat(streamed).hasSize(23).isSorted();
        }
    }

    @DatabaseTest
    void shouldShowTheCompanyDetailClientsAndPeople(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Project palisades = fixture.data.project("Palisades");
            Person ann = fixture.data.person("Ann Archer");
            Person bob = fixture.data.person("Bob Baker");
            Company parent = fixture.data.company("Holtec Group").save();
            Company holtec = fixture.data.company("Holtec International").withRoles(RoleCode.VENDOR)
                    .onProject(palisades, RoleCode.VENDOR, true)
                    .asClient(ClientDetails.of(RelationshipStrength.WEAK, ClientPriority.HIGH))
                    .affiliate(ann, "CEO", true)
                    .affiliate(bob, AffiliationTerms.titled("CFO").startingOn(LocalDate.of(2020, 1, 1))
                            .endingOn(LocalDate.of(2022, 1, 1)))
                    .linkedTo(parent, "subsidiary").save();
            Company other = fixture.data.company("Other").asClient(ClientDetails.of(RelationshipStrength.STRONG,
                    ClientPriority.HIGH)).linkedTo(holtec, "partner").save();

            // when
            CompanyDetail detail = fixture.query.companyDetail(holtec.getId()).orElseThrow();
            List<Affiliation> people = fixture.query.peopleOfCompany(holtec.getId());

            // then
            assertThat(detail.globalRoles()).containsExactly(RoleCode.VENDOR, RoleCode.CLIENT);
            assertThat(detail.projectRoles()).extracting(role -> role.project().name()).containsExactly("Palisades");
            assertThat(detail.clientProfile().orElseThrow().priority()).contains(ClientPriority.HIGH);
            assertThat(detail.currentAffiliations()).extracting(Affiliation::personName).containsExactly("Ann Archer");
            assertThat(detail.pastAffiliations()).extracting(Affiliation::personName).containsExactly("Bob Baker");
            assertThat(detail.links()).extracting(CompanyLinkView::direction, link -> link.other().id())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(CompanyLinkView.Direction.OUTGOING, parent.getId()),
                            org.assertj.core.groups.Tuple.tuple(CompanyLinkView.Direction.INCOMING, other.getId()));
            assertThat(detail.origins()).isEmpty();
            assertThat(people).extracting(Affiliation::personName).containsExactly("Ann Archer", "Bob Baker");
            assertThat(fixture.query.clients()).extracting(client -> client.company().id())
                    .containsExactly(other.getId(), holtec.getId());
            assertThat(fixture.query.companyDetail(parent.getId()).orElseThrow().clientProfile())
                    .isEqualTo(Optional.empty());
        }
    }

    @DatabaseTest
    void shouldWorkThroughTheApplicationsOwnEntityManager(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Company holtec = fixture.data.company("Holtec International").withRoles(RoleCode.VENDOR).save();

            // when
            List<CompanySummary> vendors = fixture.scope.fromTransaction(
                    em -> CompanyQuery.using(em).companiesWithGlobalRole(RoleCode.VENDOR));

            // then
            assertThat(vendors).extracting(CompanySummary::id).containsExactly(holtec.getId());
        }
    }
}
