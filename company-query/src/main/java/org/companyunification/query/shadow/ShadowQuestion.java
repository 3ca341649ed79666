package org.companyunification.query.shadow;

/** The questions that shadow reads ask of the legacy tables too, named after the methods of {@code CompanyQuery}. */
public enum ShadowQuestion {
    /** {@code companiesWithGlobalRole}: the rows of the role's legacy company table. */
    COMPANIES_WITH_GLOBAL_ROLE,
    /** {@code companiesWithRoleOnProject}: the rows of the role's {@code project_*_relationships} table. */
    COMPANIES_WITH_ROLE_ON_PROJECT,
    /** {@code companiesOfProject}: the rows of the five {@code project_*_relationships} tables. */
    COMPANIES_OF_PROJECT,
    /** {@code companyWithRoles}: the legacy company and relationship rows that lead to the company. */
    COMPANY_WITH_ROLES
}
