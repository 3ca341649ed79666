package org.companyunification.model.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RoleCode;
import org.junit.jupiter.api.Test;

class LegacyRowsTest {

    @Test
    void shouldKeepLegacyValuesVerbatim() {
        TechnologyVendor vendor = new TechnologyVendor(4, "  NuScale Power ");
        vendor.changeContactDetails(ContactDetails.none().withCountry(" US"));

        assertThat(vendor.getName()).isEqualTo("  NuScale Power ");
        assertThat(vendor.getContactDetails().country()).isEqualTo(" US");
    }

    @Test
    void shouldTellTheRoleOfEachTable() {
        assertThat(new OwnerDeveloper(1, "TVA").getRole()).isEqualTo(RoleCode.DEVELOPER);
        assertThat(new Client(1, "TVA").getRole()).isEqualTo(RoleCode.CLIENT);
        assertThat(new ProjectOfftakerRelationship(1, 2, 3, false, null).getCompanyTableName())
                .isEqualTo(Offtaker.TABLE);
    }

    @Test
    void shouldTellRowsOfDifferentTablesApart() {
        assertThat(new Operator(1, "TVA")).isEqualTo(new Operator(1, "Tennessee Valley Authority"))
                .isNotEqualTo(new Constructor(1, "TVA"));
    }

    @Test
    void shouldMapEntityTypesToTheRolesOfTheirTables() {
        assertThat(new PersonnelEntityRelationship(1, 2, "owner", 3).getCompanyRole())
                .contains(RoleCode.DEVELOPER);
        assertThat(new PersonnelEntityRelationship(1, 2, " Vendor ", 3).getCompanyRole())
                .contains(RoleCode.VENDOR);
        assertThat(new PersonnelEntityRelationship(1, 2, "project", 3).getCompanyRole()).isEmpty();
    }
}
