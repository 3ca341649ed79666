package org.companyunification.sync.internal;

/** The five legacy project relationship tables and the company table each points into. */
enum LegacyRelationshipTable {
    VENDOR("project_vendor_relationships", "vendor_id", LegacyCompanyTable.TECHNOLOGY_VENDORS),
    OWNER("project_owner_relationships", "owner_id", LegacyCompanyTable.OWNERS_DEVELOPERS),
    OPERATOR("project_operator_relationships", "operator_id", LegacyCompanyTable.OPERATORS),
    CONSTRUCTOR("project_constructor_relationships", "constructor_id", LegacyCompanyTable.CONSTRUCTORS),
    OFFTAKER("project_offtaker_relationships", "offtaker_id", LegacyCompanyTable.OFFTAKERS);

    final String table;
    final String partyColumn;
    final LegacyCompanyTable party;

    LegacyRelationshipTable(String table, String partyColumn, LegacyCompanyTable party) {
        this.table = table;
        this.partyColumn = partyColumn;
        this.party = party;
    }
}
