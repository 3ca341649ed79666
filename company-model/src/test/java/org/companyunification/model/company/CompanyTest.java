package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private final Project palisades = new Project(1, "Palisades");
    private final Project vogtle = new Project(2, "Vogtle");

    @Test
    void shouldComputeTheNameKeyFromTheTrimmedName() {
        Company company = Company.create("  NuScale Power, LLC ");

        assertThat(company.getName()).isEqualTo("NuScale Power, LLC");
        assertThat(company.getNameKey().value()).isEqualTo("nuscale power");
        assertThat(company.getCreatedAt()).isNotNull();
    }

    @Test
    void shouldRecomputeTheNameKeyOnRename() {
        Company company = Company.create("Holtec Intl");

        company.rename("Holtec International Corp");

        assertThat(company.getNameKey().value()).isEqualTo("holtec international");
    }

    @Test
    void shouldRefuseABlankOrOverlongName() {
        assertThatThrownBy(() -> Company.create(" "))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("The company name must not be blank: got ' '");
        assertThatThrownBy(() -> Company.create("x".repeat(256)))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("is 256 characters long: at most 255 fit");
    }

    @Test
    void shouldRecordOptionalDetails() {
        Company company = Company.create("Holtec International");

        company.changeContactDetails(ContactDetails.none().withWebsite("https://holtecinternational.com"));
        company.changeReactorType(" SMR-300 ");
        company.changeSector(" ");
        company.markCreatedByRun(7);

        assertThat(company.getContactDetails().website()).isEqualTo("https://holtecinternational.com");
        assertThat(company.getReactorType()).contains("SMR-300");
        assertThat(company.getSector()).isEmpty();
        assertThat(company.getCreatedByRun()).hasValue(7);
    }

    @Test
    void shouldAssignGlobalAndProjectRoles() {
        Company company = Company.create("Holtec International");

        company.assignGlobalRole(RoleCode.VENDOR);
        company.assignGlobalRole(RoleCode.OPERATOR);
        RoleAssignment onPalisades = company.assignProjectRole(RoleCode.VENDOR, palisades, true, "SMR-300");

        assertThat(company.getGlobalRoles()).containsExactly(RoleCode.VENDOR, RoleCode.OPERATOR);
        assertThat(onPalisades.getContext()).isEqualTo(AssignmentContext.project(1));
        assertThat(onPalisades.isPrimary()).isTrue();
        assertThat(onPalisades.getNotes()).contains("SMR-300");
        assertThat(company.hasRole(RoleCode.VENDOR, AssignmentContext.project(1))).isTrue();
        assertThat(company.hasRole(RoleCode.VENDOR, AssignmentContext.project(2))).isFalse();
    }

    @Test
    void shouldRefuseASecondGlobalAssignmentOfTheSameRole() {
        Company company = Company.create("Holtec International");
        company.assignGlobalRole(RoleCode.VENDOR);

        assertThatThrownBy(() -> company.assignGlobalRole(RoleCode.VENDOR))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Company 'Holtec International' already has the role vendor globally: a company holds"
                        + " a role at most once per context")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.RULE_VIOLATION);
        assertThat(company.getRoleAssignments()).hasSize(1);
    }

    @Test
    void shouldRefuseASecondAssignmentOfTheSameRoleOnTheSameProject() {
        Company company = Company.create("Holtec International");
        company.assignProjectRole(RoleCode.VENDOR, palisades, true, null);

        assertThatThrownBy(() -> company.assignProjectRole(RoleCode.VENDOR, palisades, false, "again"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("already has the role vendor on project 1");
    }

    @Test
    void shouldAllowTheSameRoleOnOtherProjectsAndOtherRolesOnTheSameProject() {
        Company company = Company.create("Holtec International");
        company.assignProjectRole(RoleCode.VENDOR, palisades, true, null);

        company.assignProjectRole(RoleCode.VENDOR, vogtle, false, null);
        company.assignProjectRole(RoleCode.CONSTRUCTOR, palisades, false, null);

        assertThat(company.getRoleAssignments()).hasSize(3);
        assertThat(company.getGlobalRoles()).isEmpty();
    }

    @Test
    void shouldRemoveARoleInOneContextOnly() {
        Company company = Company.create("Holtec International");
        company.assignGlobalRole(RoleCode.VENDOR);
        company.assignProjectRole(RoleCode.VENDOR, palisades, true, null);

        boolean removed = company.removeRole(RoleCode.VENDOR, AssignmentContext.global());

        assertThat(removed).isTrue();
        assertThat(company.getGlobalRoles()).isEmpty();
        assertThat(company.hasRole(RoleCode.VENDOR, AssignmentContext.project(1))).isTrue();
        assertThat(company.removeRole(RoleCode.VENDOR, AssignmentContext.global())).isFalse();
    }

    @Test
    void shouldRestoreARemovedAssignmentWhenTheRoleIsAssignedAgain() {
        Company company = Company.create("Holtec International");
        RoleAssignment removed = company.assignProjectRole(RoleCode.VENDOR, palisades, false, "first");
        company.removeRole(RoleCode.VENDOR, AssignmentContext.project(1));

        RoleAssignment again = company.assignProjectRole(RoleCode.VENDOR, palisades, true, "second");

        assertThat(again).isSameAs(removed);
        assertThat(again.isPrimary()).isTrue();
        assertThat(again.getNotes()).contains("second");
        assertThat(company.getRoleAssignments()).containsExactly(again);
    }

    @Test
    void shouldSetUpdateAndClearTheClientProfile() {
        Company company = Company.create("Constellation");

        ClientProfile created = company.setClientProfile(ClientDetails.of(RelationshipStrength.NEW, null));
        ClientProfile updated = company.setClientProfile(
                ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH));

        assertThat(updated).isSameAs(created);
        assertThat(company.getClientProfile()).hasValueSatisfying(profile -> {
            assertThat(profile.getStrength()).contains(RelationshipStrength.STRONG);
            assertThat(profile.getPriority()).contains(ClientPriority.HIGH);
        });
        assertThat(company.clearClientProfile()).isTrue();
        assertThat(company.getClientProfile()).isEmpty();
        assertThat(company.clearClientProfile()).isFalse();
    }

    @Test
    void shouldRefuseALinkToItself() {
        Company company = Company.create("Holtec International");

        assertThatThrownBy(() -> company.linkTo(company, "subsidiary"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Company 'Holtec International' cannot be linked to itself")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.RULE_VIOLATION);
    }

    @Test
    void shouldRefuseADuplicateLinkOfTheSameTypeInTheSameDirection() {
        Company parent = Company.create("Holtec International");
        Company child = Company.create("Holtec Decommissioning International");
        child.linkTo(parent, "subsidiary");

        assertThatThrownBy(() -> child.linkTo(parent, " subsidiary "))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Company 'Holtec Decommissioning International' is already linked to"
                        + " 'Holtec International' as 'subsidiary'");
    }

    @Test
    void shouldAllowLinksOfAnotherTypeOrInTheOtherDirection() {
        Company parent = Company.create("Holtec International");
        Company child = Company.create("Holtec Decommissioning International");
        child.linkTo(parent, "subsidiary");

        child.linkTo(parent, "supplier");
        parent.linkTo(child, "subsidiary");

        assertThat(child.getLinks()).extracting(l -> l.getLinkType().value())
                .containsExactly("subsidiary", "supplier");
        assertThat(parent.getLinks()).singleElement()
                .satisfies(link -> assertThat(link.getRelatedCompany()).isSameAs(child));
    }

    @Test
    void shouldUnlink() {
        Company parent = Company.create("Holtec International");
        Company child = Company.create("Holtec Decommissioning International");
        child.linkTo(parent, "subsidiary");

        assertThat(child.unlink(parent, LinkType.of("subsidiary"))).isTrue();
        assertThat(child.getLinks()).isEmpty();
        assertThat(child.unlink(parent, LinkType.of("subsidiary"))).isFalse();
    }

    @Test
    void shouldExposeCollectionsReadOnly() {
        Company company = Company.create("Holtec International");
        company.assignGlobalRole(RoleCode.VENDOR);
        Person person = new Person(1, "Ann Lee");
        company.affiliate(person, "CEO", true);

        assertThatThrownBy(() -> company.getRoleAssignments().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> company.getAffiliations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> company.getLinks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> person.getAffiliations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldBeEqualOnlyToItselfBeforeItIsSaved() {
        Company one = Company.create("Holtec International");
        Company other = Company.create("Holtec International");

        assertThat(one).isEqualTo(one).isNotEqualTo(other);
        assertThat(one.getId()).isNull();
    }
}
