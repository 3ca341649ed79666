package org.companyunification.model.company;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.internal.ChangeableUnifiedRow;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;

/**
 * A company of the unified model ({@code companies}): one row per organisation, whatever roles it plays. The
 * company is the aggregate root of its role assignments, its client profile, its affiliations and its outgoing
 * links; all of them change through the methods here, which check the rules of the model, and saving the
 * company saves them (cascade).
 *
 * <pre>{@code
 * Company holtec = Company.create("Holtec International");
 * holtec.assignGlobalRole(RoleCode.VENDOR);
 * holtec.assignProjectRole(RoleCode.VENDOR, palisades, true, "SMR-300 supplier");
 * holtec.affiliate(person, AffiliationTerms.titled("CEO").asPrimary());
 * entityManager.persist(holtec);
 * }</pre>
 *
 * <p>Ids come from {@code companies_seq} in blocks of 50, so inserts batch. Two companies are equal when they
 * have the same id; a company not saved yet is equal only to itself.
 *
 * <p><b>Tombstones.</b> A company merged into another (company-sync's merge) stays as a tombstone: a row without
 * roles, profile, affiliations or links whose {@link #getMergedIntoId()} names the company it was merged into,
 * the survivor. A survivor is never a tombstone itself, so {@link #resolve(EntityManager, long)} finds the company
 * an old id stands for in one step.
 */
@Entity
@Table(name = "companies")
public class Company extends ChangeableUnifiedRow {

    private static final String SEQUENCE = "companies_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
    @SequenceGenerator(name = SEQUENCE, sequenceName = SEQUENCE, allocationSize = 50)
    @Column(name = "company_id")
    private Long id;

    @Column(name = "company_name", nullable = false, length = 255)
    private String name;

    @Column(name = "name_key", nullable = false, length = NameKey.MAX_LENGTH)
    private String nameKey;

    @Column(name = "company_type", length = 50)
    private String companyType;

    @Embedded
    private ContactDetails contactDetails;

    @Column(name = "reactor_type", length = 100)
    private String reactorType;

    @Column(name = "sector", length = 100)
    private String sector;

    @Column(name = "notes")
    private String notes;

    // Written only by a merge (company-sync), never through the entity.
    @Column(name = "merged_into_company_id", insertable = false, updatable = false)
    private Long mergedIntoId;

    @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleAssignment> roleAssignments = new ArrayList<>();

    // At most one element. A mapped-by one-to-one cannot be lazy without bytecode enhancement, so loading many
    // companies would load their profiles one by one; a collection stays lazy.
    @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ClientProfile> clientProfile = new ArrayList<>();

    @OneToMany(mappedBy = "company", cascade = CascadeType.ALL)
    private List<PersonAffiliation> affiliations = new ArrayList<>();

    @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CompanyLink> links = new ArrayList<>();

    // Children removed from the collections above whose rows are not deleted yet. Hibernate deletes orphans
    // after it inserts new rows, so removing a role and assigning it again in one flush would insert a row that
    // collides with the one still to be deleted; assigning it again restores the removed child instead. A child
    // leaves this list once its row is deleted (see the children's @PostRemove).
    @Transient
    private final List<Object> removedChildren = new ArrayList<>();

    /** For Hibernate. */
    protected Company() {}

    private Company(String name) {
        rename(name);
    }

    /**
     * Creates a company with no roles; its name key is computed from the name.
     *
     * @param name the company name, trimmed, at most 255 characters
     * @return the new company, not saved yet
     * @throws NullPointerException when the name is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is blank, too
     *     long or has no letters or digits
     */
    public static Company create(String name) {
        return new Company(name);
    }

    /**
     * Renames the company and recomputes its name key.
     *
     * @param name the new name, trimmed, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is blank, too
     *     long or has no letters or digits
     */
    public void rename(String name) {
        String trimmed = Texts.required(name, 255, "company name");
        this.nameKey = NameKey.of(trimmed).value();
        this.name = trimmed;
    }

    /**
     * Replaces how to reach the company.
     *
     * @param contactDetails the details, {@link ContactDetails#none()} for none
     */
    public void changeContactDetails(ContactDetails contactDetails) {
        checkNotNull(contactDetails, "contact details must not be null: use ContactDetails.none()");
        this.contactDetails = contactDetails.isEmpty() ? null : contactDetails;
    }

    /**
     * Records what kind of company this is (the legacy {@code owners_developers.company_type}).
     *
     * @param companyType the type, at most 50 characters, {@code null} or blank for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeCompanyType(String companyType) {
        this.companyType = Texts.optional(companyType, 50, "company type");
    }

    /**
     * Records the reactor type a vendor supplies (the legacy {@code technology_vendors.reactor_type}).
     *
     * @param reactorType the reactor type, at most 100 characters, {@code null} or blank for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeReactorType(String reactorType) {
        this.reactorType = Texts.optional(reactorType, 100, "reactor type");
    }

    /**
     * Records the sector an off-taker belongs to (the legacy {@code offtakers.sector}).
     *
     * @param sector the sector, at most 100 characters, {@code null} or blank for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeSector(String sector) {
        this.sector = Texts.optional(sector, 100, "sector");
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, {@code null} or blank for none
     */
    public void changeNotes(String notes) {
        this.notes = Texts.optional(notes, Integer.MAX_VALUE, "company notes");
    }


    /**
     * Gives the company a role in general (not tied to a project).
     *
     * @param role the role
     * @return the new assignment
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} when the company already has the
     *     role globally
     */
    public RoleAssignment assignGlobalRole(RoleCode role) {
        return assignRole(role, AssignmentContext.global(), false, null);
    }

    /**
     * Gives the company a role on a project.
     *
     * @param role the role
     * @param project the project
     * @param primary whether the company is the project's primary holder of the role
     * @param notes notes on the assignment, {@code null} or blank for none
     * @return the new assignment
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} when the company already has the
     *     role on this project
     */
    public RoleAssignment assignProjectRole(RoleCode role, Project project, boolean primary, String notes) {
        checkNotNull(project, "project must not be null");
        return assignRole(role, AssignmentContext.project(project.getId()), primary, notes);
    }

    /**
     * Gives the company a role in a context.
     *
     * @param role the role
     * @param context where the role applies
     * @param primary whether the company is the primary holder of the role in the context
     * @param notes notes on the assignment, {@code null} or blank for none
     * @return the new assignment
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} when the company already has the
     *     role in this context
     */
    public RoleAssignment assignRole(RoleCode role, AssignmentContext context, boolean primary, String notes) {
        checkNotNull(role, "role must not be null");
        AssignmentContext.requireContext(context);
        if (findRoleAssignment(role, context).isPresent()) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION,
                    "Company " + describe() + " already has the role " + role.code() + " " + where(context)
                            + ": a company holds a role at most once per context");
        }
        RoleAssignment assignment = restore(RoleAssignment.class,
                a -> a.getRole() == role && a.getContext().equals(context))
                .map(restored -> restored.reassign(primary, notes))
                .orElseGet(() -> new RoleAssignment(this, role, context, primary, notes));
        roleAssignments.add(assignment);
        return assignment;
    }

    /**
     * Takes a role away from the company; saving the company deletes the assignment. Assigning the role again
     * before the deletion is written restores the removed assignment, with its id, instead of adding a second
     * row.
     *
     * @param role the role
     * @param context where the role applies
     * @return {@code true} when the company had the role in the context, {@code false} when it had not
     */
    public boolean removeRole(RoleCode role, AssignmentContext context) {
        return detach(roleAssignments, findRoleAssignment(role, context));
    }

    /**
     * Finds the company's assignment of a role in a context.
     *
     * @param role the role
     * @param context the context
     * @return the assignment, or empty when the company does not have the role there
     */
    public Optional<RoleAssignment> findRoleAssignment(RoleCode role, AssignmentContext context) {
        checkNotNull(role, "role must not be null");
        AssignmentContext.requireContext(context);
        return roleAssignments.stream()
                .filter(a -> a.getRole() == role && a.getContext().equals(context))
                .findFirst();
    }

    /**
     * Tells whether the company has a role in a context.
     *
     * @param role the role
     * @param context the context
     * @return {@code true} when it has
     */
    public boolean hasRole(RoleCode role, AssignmentContext context) {
        return findRoleAssignment(role, context).isPresent();
    }

    /**
     * Returns the roles the company has globally.
     *
     * @return a new set of the roles
     */
    public Set<RoleCode> getGlobalRoles() {
        Set<RoleCode> roles = EnumSet.noneOf(RoleCode.class);
        roleAssignments.stream().filter(a -> a.getContext().isGlobal()).forEach(a -> roles.add(a.getRole()));
        return roles;
    }

    /**
     * Returns all role assignments, global and project-scoped, loaded on first use.
     *
     * @return a read-only view
     */
    public List<RoleAssignment> getRoleAssignments() {
        return Collections.unmodifiableList(roleAssignments);
    }


    /**
     * Records what the organisation knows about the company as a client, creating the client profile or
     * updating the existing one.
     *
     * @param details the details
     * @return the profile
     */
    public ClientProfile setClientProfile(ClientDetails details) {
        checkNotNull(details, "client details must not be null: use ClientDetails.none()");
        if (clientProfile.isEmpty()) {
            clientProfile.add(restore(ClientProfile.class, profile -> true)
                    .orElseGet(() -> new ClientProfile(this, details)));
        }
        ClientProfile profile = clientProfile.get(0);
        profile.change(details);
        return profile;
    }

    /**
     * Removes the client profile; saving the company deletes it. Setting a profile again before the deletion is
     * written restores the removed one with the new values.
     *
     * @return {@code true} when there was one, {@code false} when there was none
     */
    public boolean clearClientProfile() {
        boolean present = !clientProfile.isEmpty();
        removedChildren.addAll(clientProfile);
        clientProfile.clear();
        return present;
    }

    /**
     * Returns the client profile, loaded on first use.
     *
     * @return the profile, or empty when the company has none
     */
    public Optional<ClientProfile> getClientProfile() {
        return clientProfile.stream().findFirst();
    }


    /**
     * Affiliates a person with the company. When the terms make the affiliation primary and current, the person's
     * other current primary affiliation, with whatever company, stops being primary.
     *
     * @param person the person
     * @param terms title, primary flag, period and notes
     * @return the new affiliation
     */
    public PersonAffiliation affiliate(Person person, AffiliationTerms terms) {
        checkNotNull(person, "person must not be null");
        checkNotNull(terms, "affiliation terms must not be null");
        PersonAffiliation affiliation = new PersonAffiliation(person, this, terms);
        affiliations.add(affiliation);
        person.recordAffiliation(affiliation);
        if (terms.primary()) {
            affiliation.makePrimary();
        }
        return affiliation;
    }

    /**
     * Affiliates a person with the company from now on, with a title; see {@link #affiliate(Person,
     * AffiliationTerms)}.
     *
     * @param person the person
     * @param title the title, at most 255 characters, {@code null} or blank for none
     * @param primary whether this becomes the person's primary affiliation
     * @return the new affiliation
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the title is too long
     */
    public PersonAffiliation affiliate(Person person, String title, boolean primary) {
        AffiliationTerms terms = AffiliationTerms.titled(title);
        return affiliate(person, primary ? terms.asPrimary() : terms);
    }

    /**
     * Returns the affiliations of people with this company, current and past, loaded on first use.
     *
     * @return a read-only view
     */
    public List<PersonAffiliation> getAffiliations() {
        return Collections.unmodifiableList(affiliations);
    }


    /**
     * Links this company to another, for example a subsidiary to its parent. Links have a direction: a link from
     * A to B is not a link from B to A.
     *
     * @param related the other company
     * @param type what the link means
     * @param notes notes on the link, {@code null} or blank for none
     * @return the new link
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} when the other company is this
     *     one, or this company is already linked to it with the same type
     */
    public CompanyLink linkTo(Company related, LinkType type, String notes) {
        checkNotNull(related, "related company must not be null");
        checkNotNull(type, "link type must not be null");
        if (sameCompany(this, related)) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION,
                    "Company " + describe() + " cannot be linked to itself");
        }
        if (findLink(related, type).isPresent()) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company " + describe()
                    + " is already linked to " + related.describe() + " as '" + type + "'");
        }
        CompanyLink link = restore(CompanyLink.class,
                l -> l.getLinkType().equals(type) && sameCompany(l.getRelatedCompany(), related))
                .map(restored -> restored.relink(notes))
                .orElseGet(() -> new CompanyLink(this, related, type, notes));
        links.add(link);
        return link;
    }

    /**
     * Links this company to another; see {@link #linkTo(Company, LinkType, String)}.
     *
     * @param related the other company
     * @param type what the link means, trimmed, at most 50 characters
     * @return the new link
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the type is blank or too
     *     long, {@link ErrorCode#RULE_VIOLATION} for a self link or a duplicate
     */
    public CompanyLink linkTo(Company related, String type) {
        return linkTo(related, LinkType.of(type), null);
    }

    /**
     * Removes the link of a type from this company to another; saving the company deletes it. Linking again
     * before the deletion is written restores the removed link with the new notes.
     *
     * @param related the other company
     * @param type the link type
     * @return {@code true} when the link existed, {@code false} when it did not
     */
    public boolean unlink(Company related, LinkType type) {
        return detach(links, findLink(related, type));
    }

    /**
     * Finds the link of a type from this company to another.
     *
     * @param related the other company
     * @param type the link type
     * @return the link, or empty when there is none
     */
    public Optional<CompanyLink> findLink(Company related, LinkType type) {
        checkNotNull(related, "related company must not be null");
        checkNotNull(type, "link type must not be null");
        return links.stream()
                .filter(l -> l.getLinkType().equals(type) && sameCompany(l.getRelatedCompany(), related))
                .findFirst();
    }

    /**
     * Returns the links from this company to others, loaded on first use.
     *
     * @return a read-only view
     */
    public List<CompanyLink> getLinks() {
        return Collections.unmodifiableList(links);
    }


    /**
     * Finds the company an id stands for: the company itself, or, when it was merged into another and is a
     * tombstone, the survivor. Two lookups by primary key at most.
     *
     * <pre>{@code
     * Company company = Company.resolve(entityManager, oldId).orElseThrow();
     * }</pre>
     *
     * @param entityManager an open entity manager
     * @param companyId the id, of a company or a tombstone
     * @return the company, or empty when there is no company with the id
     */
    public static Optional<Company> resolve(EntityManager entityManager, long companyId) {
        checkNotNull(entityManager, "entity manager must not be null");
        Company found = entityManager.find(Company.class, companyId);
        if (found == null || found.mergedIntoId == null) {
            return Optional.ofNullable(found);
        }
        return Optional.ofNullable(entityManager.find(Company.class, found.mergedIntoId));
    }

    /**
     * Tells whether the company was merged into another and remains only as a pointer to it.
     *
     * @return {@code true} for a tombstone
     */
    public boolean isTombstone() {
        return mergedIntoId != null;
    }

    /**
     * Returns the company this one was merged into.
     *
     * @return the survivor's id, or empty when the company was not merged into another
     */
    public OptionalLong getMergedIntoId() {
        return mergedIntoId == null ? OptionalLong.empty() : OptionalLong.of(mergedIntoId);
    }

    /**
     * Returns the company id.
     *
     * @return the id, {@code null} until the company is saved
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns the company name.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the key that matching compares, computed from the name.
     *
     * @return the name key
     */
    public NameKey getNameKey() {
        return new NameKey(nameKey);
    }

    /**
     * Returns the company type.
     *
     * @return the type, or empty when none
     */
    public Optional<String> getCompanyType() {
        return Optional.ofNullable(companyType);
    }

    /**
     * Returns how to reach the company.
     *
     * @return the contact details, {@link ContactDetails#none()} when none are recorded
     */
    public ContactDetails getContactDetails() {
        return contactDetails == null ? ContactDetails.none() : contactDetails;
    }

    /**
     * Returns the reactor type.
     *
     * @return the reactor type, or empty when none
     */
    public Optional<String> getReactorType() {
        return Optional.ofNullable(reactorType);
    }

    /**
     * Returns the sector.
     *
     * @return the sector, or empty when none
     */
    public Optional<String> getSector() {
        return Optional.ofNullable(sector);
    }

    /**
     * Returns the notes.
     *
     * @return the notes, or empty when none
     */
    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    private <T> boolean detach(List<T> children, Optional<T> child) {
        child.ifPresent(c -> {
            children.remove(c);
            removedChildren.add(c);
        });
        return child.isPresent();
    }

    private <T> Optional<T> restore(Class<T> type, Predicate<T> matches) {
        Optional<T> removed = removedChildren.stream().filter(type::isInstance).map(type::cast).filter(matches)
                .findFirst();
        removed.ifPresent(removedChildren::remove);
        return removed;
    }

    void forgetRemoved(Object child) {
        removedChildren.remove(child);
    }

    String describe() {
        return "'" + getName() + "'" + (getId() == null ? "" : " (id " + getId() + ")");
    }

    private static String where(AssignmentContext context) {
        return context.isGlobal() ? "globally" : "on project " + context.id();
    }

    static boolean sameCompany(Company a, Company b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Company other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Company.class.hashCode();
    }

    @Override
    public String toString() {
        return "Company[" + id + " '" + name + "']";
    }
}
