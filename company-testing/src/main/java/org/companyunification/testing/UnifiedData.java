package org.companyunification.testing;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.companyunification.model.company.AffiliationTerms;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;

/**
 * Builds unified data for tests through the domain API, each company in its own transaction:
 *
 * <pre>{@code
 * UnifiedData data = UnifiedData.in(scope);
 * Project palisades = data.project("Palisades");
 * Person ann = data.person("Ann Lee");
 * Company holtec = data.company("Holtec International")
 *         .withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
 *         .onProject(palisades, RoleCode.VENDOR, true)
 *         .affiliate(ann, "CEO", true)
 *         .save();
 * }</pre>
 *
 * <p>What the builders return is saved and detached: read ids and values from it, and load it again in a
 * transaction to change it.
 */
public final class UnifiedData {

    private final DatabaseScope scope;

    private UnifiedData(DatabaseScope scope) {
        this.scope = scope;
    }

    /**
     * Starts building in a scope.
     *
     * @param scope the database
     * @return the builder
     */
    public static UnifiedData in(DatabaseScope scope) {
        return new UnifiedData(requireNonNull(scope, "scope"));
    }

    /**
     * Saves a project with the next free id.
     *
     * @param name the project name
     * @return the saved project
     */
    public Project project(String name) {
        return project(nextId(LegacyTable.PROJECTS), name);
    }

    /**
     * Saves a project.
     *
     * @param id the project id
     * @param name the project name
     * @return the saved project
     */
    public Project project(long id, String name) {
        return saved(new Project(id, name));
    }

    /**
     * Saves a person with the next free id.
     *
     * @param fullName the full name
     * @return the saved person
     */
    public Person person(String fullName) {
        return person(nextId(LegacyTable.PERSONNEL), fullName);
    }

    /**
     * Saves a person.
     *
     * @param id the personnel id
     * @param fullName the full name
     * @return the saved person
     */
    public Person person(long id, String fullName) {
        return saved(new Person(id, fullName));
    }

    private <T> T saved(T entity) {
        return scope.fromTransaction(em -> {
            em.persist(entity);
            return entity;
        });
    }

    /**
     * Starts a company; {@link CompanyBuilder#save()} saves it with everything added to the builder.
     *
     * @param name the company name
     * @return the company builder
     */
    public CompanyBuilder company(String name) {
        return new CompanyBuilder(name);
    }

    private long nextId(LegacyTable table) {
        return scope.fromJdbc(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COALESCE(MAX(" + table.idColumn() + "), 0) + 1 FROM " + table.tableName());
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** A company being built; nothing is saved before {@link #save()}. */
    public final class CompanyBuilder {

        private final String name;
        private final List<BiConsumer<EntityManager, Company>> steps = new ArrayList<>();

        private CompanyBuilder(String name) {
            this.name = name;
        }

        /**
         * Gives the company global roles.
         *
         * @param roles the roles
         * @return this builder
         */
        public CompanyBuilder withRoles(RoleCode... roles) {
            for (RoleCode role : roles) {
                steps.add((em, company) -> company.assignGlobalRole(role));
            }
            return this;
        }

        /**
         * Gives the company a role on a project.
         *
         * @param project a saved project
         * @param role the role
         * @param primary whether the company is the project's primary holder of the role
         * @return this builder
         */
        public CompanyBuilder onProject(Project project, RoleCode role, boolean primary) {
            return onProject(project, role, primary, null);
        }

        /**
         * Gives the company a role on a project, with notes.
         *
         * @param project a saved project
         * @param role the role
         * @param primary whether the company is the project's primary holder of the role
         * @param notes the notes
         * @return this builder
         */
        public CompanyBuilder onProject(Project project, RoleCode role, boolean primary, String notes) {
            long projectId = project.getId();
            steps.add((em, company) -> company.assignProjectRole(role, em.getReference(Project.class, projectId),
                    primary, notes));
            return this;
        }

        /**
         * Records how to reach the company.
         *
         * @param details the contact details
         * @return this builder
         */
        public CompanyBuilder withContactDetails(ContactDetails details) {
            steps.add((em, company) -> company.changeContactDetails(details));
            return this;
        }

        /**
         * Makes the company a client: the global client role and a client profile.
         *
         * @param details the client profile's values
         * @return this builder
         */
        public CompanyBuilder asClient(ClientDetails details) {
            steps.add((em, company) -> {
                company.assignGlobalRole(RoleCode.CLIENT);
                company.setClientProfile(details);
            });
            return this;
        }

        /**
         * Affiliates a saved person with the company from now on; a primary affiliation demotes the person's
         * current primary one.
         *
         * @param person a saved person
         * @param title the title
         * @param primary whether this becomes the person's primary affiliation
         * @return this builder
         */
        public CompanyBuilder affiliate(Person person, String title, boolean primary) {
            AffiliationTerms terms = AffiliationTerms.titled(title);
            return affiliate(person, primary ? terms.asPrimary() : terms);
        }

        /**
         * Affiliates a saved person with the company.
         *
         * @param person a saved person
         * @param terms the terms
         * @return this builder
         */
        public CompanyBuilder affiliate(Person person, AffiliationTerms terms) {
            long personId = person.getId();
            steps.add((em, company) -> company.affiliate(em.find(Person.class, personId), terms));
            return this;
        }

        /**
         * Links the company to a saved company.
         *
         * @param related the saved company the link points to
         * @param linkType the link type
         * @return this builder
         */
        public CompanyBuilder linkedTo(Company related, String linkType) {
            long relatedId = related.getId();
            steps.add((em, company) -> company.linkTo(em.getReference(Company.class, relatedId), linkType));
            return this;
        }

        /**
         * Saves the company with its roles, profile, affiliations and links in one transaction.
         *
         * @return the saved company, detached
         */
        public Company save() {
            return scope.fromTransaction(em -> {
                Company company = Company.create(name);
                steps.forEach(step -> step.accept(em, company));
                em.persist(company);
                return company;
            });
        }
    }
}
