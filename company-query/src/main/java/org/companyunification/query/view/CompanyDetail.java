package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * Everything about one company that its detail page shows.
 *
 * @param company the company
 * @param email the contact e-mail, or empty
 * @param phone the contact phone, or empty
 * @param notes the company's notes, or empty
 * @param globalRoles the roles it holds in general, in catalogue order
 * @param projectRoles its roles on projects with the project names, by project id then role
 * @param clientProfile its client profile, or empty when it is not a client
 * @param currentAffiliations the people affiliated with it now (no end date), primary first, then by name
 * @param pastAffiliations the people affiliated with it before (with an end date), latest end first
 * @param links its links in both directions, by link id
 * @param origins the legacy rows it came from, by table then id
 */
public record CompanyDetail(CompanySummary company, Optional<String> email, Optional<String> phone,
        Optional<String> notes, Set<RoleCode> globalRoles, List<ProjectRole> projectRoles,
        Optional<ClientProfileView> clientProfile, List<Affiliation> currentAffiliations,
        List<Affiliation> pastAffiliations, List<CompanyLinkView> links, List<LegacyOrigin> origins) {

    /**
     * Creates the view; the collections are copied.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public CompanyDetail {
        checkNotNull(company, "company must not be null");
        checkNotNull(email, "email must not be null: use Optional.empty()");
        checkNotNull(phone, "phone must not be null: use Optional.empty()");
        checkNotNull(notes, "notes must not be null: use Optional.empty()");
        checkNotNull(clientProfile, "client profile must not be null: use Optional.empty()");
        globalRoles = Views.roles(globalRoles);
        projectRoles = List.copyOf(projectRoles);
        currentAffiliations = List.copyOf(currentAffiliations);
        pastAffiliations = List.copyOf(pastAffiliations);
        links = List.copyOf(links);
        origins = List.copyOf(origins);
    }
}
