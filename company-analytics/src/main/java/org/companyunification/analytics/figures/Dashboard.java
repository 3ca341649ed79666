package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The figures of the dashboard page, read in one call.
 *
 * @param companies all companies
 * @param projects all projects
 * @param links the company-company links ({@code internal_external_links})
 * @param companiesByGlobalRole the companies holding each global role, every role listed, in catalogue order
 * @param projectAssignmentsByRole the project-scoped assignments of each role, every role listed
 * @param roleCombinations the sets of global roles held together and how many companies hold each, most
 *     frequent first
 * @param companiesByCountry the companies of each country as stored, most first
 * @param companiesByType the companies of each company type as stored, most first
 * @param projectRoleCoverage for each role, the projects with and without a company in it
 * @param clientPipeline the client profiles by priority and relationship strength
 * @param topCompanies for each role, the companies holding it on the most projects, best first
 */
public record Dashboard(long companies, long projects, long links, List<RoleCount> companiesByGlobalRole,
        List<ProjectRoleCount> projectAssignmentsByRole, List<RoleCombination> roleCombinations,
        List<ValueCount> companiesByCountry, List<ValueCount> companiesByType,
        List<ProjectRoleCoverage> projectRoleCoverage, ClientPipeline clientPipeline, List<TopCompany> topCompanies) {

    /**
     * Checks the parts and keeps unmodifiable copies of the lists.
     *
     * @throws NullPointerException when a part is {@code null}
     * @throws IllegalArgumentException when a total is negative
     */
    public Dashboard {
        checkArgument(companies >= 0 && projects >= 0 && links >= 0, "totals must not be negative");
        companiesByGlobalRole = List.copyOf(companiesByGlobalRole);
        projectAssignmentsByRole = List.copyOf(projectAssignmentsByRole);
        roleCombinations = List.copyOf(roleCombinations);
        companiesByCountry = List.copyOf(companiesByCountry);
        companiesByType = List.copyOf(companiesByType);
        projectRoleCoverage = List.copyOf(projectRoleCoverage);
        requireNonNull(clientPipeline, "clientPipeline");
        topCompanies = List.copyOf(topCompanies);
    }

    /**
     * Returns the companies holding two global roles or more.
     *
     * @return the sum of the multi-role combinations
     */
    public long multiRoleCompanies() {
        return roleCombinations.stream().filter(RoleCombination::multiRole).mapToLong(RoleCombination::companies)
                .sum();
    }
}
