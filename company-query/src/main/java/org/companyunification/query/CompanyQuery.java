package org.companyunification.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.companyunification.model.company.RoleCode;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.internal.CompanyListQueries;
import org.companyunification.query.internal.DetailQueries;
import org.companyunification.query.internal.ReadOnlyReads;
import org.companyunification.query.internal.RoleQueries;
import org.companyunification.query.internal.ShadowReads;
import org.companyunification.query.shadow.ShadowReadListener;
import org.companyunification.query.view.Affiliation;
import org.companyunification.query.view.ClientView;
import org.companyunification.query.view.CompanyCursor;
import org.companyunification.query.view.CompanyDetail;
import org.companyunification.query.view.CompanyGlobalRoles;
import org.companyunification.query.view.CompanyListItem;
import org.companyunification.query.view.CompanyRoles;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.query.view.KeysetPage;
import org.companyunification.query.view.Page;
import org.companyunification.query.view.ProjectCompany;
import org.companyunification.query.view.ProjectRole;

/**
 * The typed, read-only questions apps ask of the unified schema. Every method returns immutable views (records
 * of {@link org.companyunification.query.view}), never entities; an empty result is an empty list or {@link
 * Optional#empty()}, never {@code null}. Each method runs a small, fixed number of SQL statements whatever the
 * size of its result (stated on each method), user text reaches the database only as bind parameters, and paging
 * happens in the database.
 *
 * <p>An app that has its own {@link EntityManager} (or Hibernate {@code Session}, which is one) asks through it,
 * inside its own transaction if it has one:
 * <pre>{@code
 * CompanyQuery query = CompanyQuery.using(entityManager);
 * List<CompanySummary> vendors = query.companiesWithGlobalRole(RoleCode.VENDOR);
 * }</pre>
 * An app that has only a {@code DataSource} lets the library boot Hibernate on the unified tables and closes the
 * query when done:
 * <pre>{@code
 * try (CompanyQuery query = CompanyQuery.configure().dataSource(dataSource).load()) {
 *     Optional<CompanyDetail> detail = query.companyDetail(42);
 * }
 * }</pre>
 * Queries made with {@link #using(EntityManagerFactory)} or {@link #configure()} read each call in a fresh
 * read-only session (Hibernate's default read-only mode, manual flushing) whose transaction is rolled back at the
 * end; nothing is written. The connection's own read-only flag is left alone, because a pool may hand the
 * connection to a writer next without resetting it.
 *
 * <p>A company merged into another (company-sync's merge) stays as a tombstone pointing at the company it was
 * merged into. {@link #companyDetail} and {@link #companyWithRoles} given a tombstone's id answer for that
 * company, within the same statements; the company lists ({@link #companies}, {@link #companiesAfter}, {@link
 * #companiesWithGlobalRoles} and the walks over them) leave tombstones out, and the role, project and client
 * questions never meet one, since a tombstone holds no roles, profile or affiliations.
 *
 * <p>A query is safe to share between threads when made from a factory or a data source; one made with {@link
 * #using(EntityManager)} is as thread-safe as that entity manager, which is to say not.
 */
public final class CompanyQuery implements AutoCloseable {

    private final ReadOnlyReads reads;
    private final AutoCloseable owned;
    private final Optional<ShadowReads> shadow;

    CompanyQuery(ReadOnlyReads reads, AutoCloseable owned, Optional<ShadowReads> shadow) {
        this.reads = reads;
        this.owned = owned;
        this.shadow = shadow;
    }

    /**
     * Asks through the app's entity manager (or Hibernate {@code Session}). The queries select plain values, so
     * nothing becomes managed in it; it must map the unified entities ({@code
     * CompanyPersistence.UNIFIED_ENTITY_CLASSES}). {@link #close()} leaves it open.
     *
     * @param entityManager the app's entity manager, open
     * @return the query
     * @throws NullPointerException when the entity manager is {@code null}
     */
    public static CompanyQuery using(EntityManager entityManager) {
        checkNotNull(entityManager, "entity manager must not be null");
        return new CompanyQuery(ReadOnlyReads.borrowing(entityManager), null, Optional.empty());
    }

    /**
     * Asks through entity managers of the app's factory, a new read-only one per call. {@link #close()} leaves
     * the factory open.
     *
     * @param factory the app's factory, mapping the unified entities
     * @return the query
     * @throws NullPointerException when the factory is {@code null}
     */
    public static CompanyQuery using(EntityManagerFactory factory) {
        checkNotNull(factory, "entity manager factory must not be null");
        return new CompanyQuery(ReadOnlyReads.opening(factory), null, Optional.empty());
    }

    /**
     * Returns a query that asks the same way as this one and, for the role and project questions ({@link
     * #companiesWithGlobalRole}, {@link #companiesWithRoleOnProject}, {@link #companiesOfProject} and {@link
     * #companyWithRoles}), also reads the legacy tables as the old role-specific pages did, maps their rows to
     * companies through {@code company_origins} and tells the listener about every difference, with the ids
     * involved. The caller always gets the unified answer: a failed legacy read or a failing listener is logged
     * and dropped. Each shadowed call sends one more statement, in the same session; with an app's entity manager
     * on PostgreSQL a failed statement aborts the app's transaction, which is why the legacy tables are checked
     * here, once. Shadow reads are off unless asked for, and then cost nothing: queries without them send no
     * extra statement. The returned query shares this one's entity manager or factory; closing it does not close
     * them, so close this one when done.
     *
     * @param listener who hears the mismatches, for example {@link ShadowReadListener#logging()}, which logs them
     *     at {@code WARN}
     * @return the shadowing query
     * @throws NullPointerException when the listener is {@code null}
     * @throws org.companyunification.model.CompanyUnificationException with {@code SCHEMA_MISSING}, naming the
     *     tables, when the database lacks a legacy company or project relationship table or {@code
     *     company_origins}
     */
    public CompanyQuery withShadowReads(ShadowReadListener listener) {
        return new CompanyQuery(reads, null, Optional.of(ShadowReads.checked(reads, listener)));
    }

    /**
     * Tells whether this query shadows the role and project questions with legacy reads ({@link
     * #withShadowReads}).
     *
     * @return {@code true} when shadow reads are on (default: off)
     */
    public boolean shadowReadsEnabled() {
        return shadow.isPresent();
    }

    /**
     * Starts the configuration of a query that opens its own Hibernate on a data source.
     *
     * @return the configuration
     */
    public static CompanyQueryConfiguration configure() {
        return new CompanyQueryConfiguration();
    }

    /**
     * Lists the companies that hold a role globally (not tied to a project): the documented query "get all
     * vendors" for {@link RoleCode#VENDOR}. One statement (two with {@linkplain #withShadowReads shadow reads}).
     *
     * @param role the role
     * @return the companies, by name key then id
     * @throws NullPointerException when the role is {@code null}
     */
    public List<CompanySummary> companiesWithGlobalRole(RoleCode role) {
        checkNotNull(role, "role must not be null");
        if (shadow.isEmpty()) {
            return reads.read(em -> RoleQueries.withGlobalRole(em, role));
        }
        return reads.read(em -> shadow.get().globalRole(em, role, RoleQueries.withGlobalRole(em, role)));
    }

    /**
     * Lists the companies that hold a role on a project. One statement (two with {@linkplain #withShadowReads
     * shadow reads}, none of them for clients, which the legacy schema has on no project).
     *
     * @param role the role
     * @param projectId the project id
     * @return the companies with their primary flag and notes, by name key then id; empty for an unknown project
     * @throws NullPointerException when the role is {@code null}
     */
    public List<ProjectCompany> companiesWithRoleOnProject(RoleCode role, long projectId) {
        checkNotNull(role, "role must not be null");
        return ofProject(projectId, Optional.of(role));
    }

    /**
     * Lists the companies that hold a role in any context, globally or on any project, each once. One statement.
     *
     * @param role the role
     * @return the companies, by name key then id
     * @throws NullPointerException when the role is {@code null}
     */
    public List<CompanySummary> companiesWithRoleAnywhere(RoleCode role) {
        checkNotNull(role, "role must not be null");
        return reads.read(em -> RoleQueries.withRoleAnywhere(em, role));
    }

    /**
     * Lists the companies of a project with their role labels and primary flags: the documented query "get
     * companies for a project", one row per project-scoped assignment. One statement (two with {@linkplain
     * #withShadowReads shadow reads}).
     *
     * @param projectId the project id
     * @return the rows, by company name key, company id, then role; empty for an unknown project
     */
    public List<ProjectCompany> companiesOfProject(long projectId) {
        return ofProject(projectId, Optional.empty());
    }

    private List<ProjectCompany> ofProject(long projectId, Optional<RoleCode> role) {
        if (shadow.isEmpty()) {
            return reads.read(em -> RoleQueries.ofProject(em, projectId, role));
        }
        return reads.read(em -> shadow.get().project(em, projectId, role,
                RoleQueries.ofProject(em, projectId, role)));
    }

    /**
     * Lists every company with its global roles: the documented query "company with all roles". Unlike that
     * SQL, whose {@code WHERE} on the left-joined assignment drops the companies that hold only project roles,
     * every company is listed, with no roles when it holds none globally. One statement.
     *
     * @return the companies, by id
     */
    public List<CompanyGlobalRoles> companiesWithGlobalRoles() {
        return reads.read(RoleQueries::globalRolesOfAll);
    }

    /**
     * Finds one company with all its roles, global and on projects. Two statements (one when it does not exist;
     * one more with {@linkplain #withShadowReads shadow reads} when it does).
     *
     * @param companyId the company id; the id of a company merged into another (a tombstone) finds the company it
     *     was merged into
     * @return the company with its roles, or empty when there is no such company
     */
    public Optional<CompanyRoles> companyWithRoles(long companyId) {
        if (shadow.isEmpty()) {
            return reads.read(em -> RoleQueries.rolesOf(em, companyId));
        }
        return reads.read(em -> {
            Optional<CompanyRoles> roles = RoleQueries.rolesOf(em, companyId);
            return shadow.get().companyRoles(em, roles.map(r -> r.company().id()).orElse(companyId), roles);
        });
    }

    /**
     * Returns one page of the {@code /companies} list with the total count of the filtered list. Three
     * statements: the page, the count and the global roles of the page's companies (two when the page is empty).
     *
     * @param filter which companies, {@link CompanyFilter#all()} for every one
     * @param sort the order
     * @param page which rows
     * @return the page
     * @throws NullPointerException when an argument is {@code null}
     */
    public Page<CompanyListItem> companies(CompanyFilter filter, CompanySort sort, PageRequest page) {
        checkNotNull(filter, "filter must not be null: use CompanyFilter.all()");
        checkNotNull(sort, "sort must not be null");
        checkNotNull(page, "page must not be null");
        return reads.read(em -> CompanyListQueries.page(em, filter, sort, page.offset(), page.limit()));
    }

    /**
     * Returns the rows of the {@code /companies} list that follow a cursor (keyset paging): unlike an offset page
     * it costs the same deep into a long list, and rows added or removed meanwhile never make it skip or repeat a
     * row. Two statements: the page and the global roles of its companies (one when the page is empty).
     *
     * @param filter which companies
     * @param sort the order; pass the same filter and sort for every page of one walk
     * @param after the cursor of the previous page, or empty for the first page
     * @param limit the most rows to return, from 1 to {@value PageRequest#MAX_LIMIT}
     * @return the rows and the cursor of the next page, empty when this page is the last
     * @throws IllegalArgumentException when the limit is out of range
     */
    public KeysetPage<CompanyListItem> companiesAfter(CompanyFilter filter, CompanySort sort,
            Optional<CompanyCursor> after, int limit) {
        checkNotNull(filter, "filter must not be null: use CompanyFilter.all()");
        checkNotNull(sort, "sort must not be null");
        checkNotNull(after, "cursor must not be null: use Optional.empty() for the first page");
        checkArgument(limit >= 1 && limit <= PageRequest.MAX_LIMIT, "limit must be between 1 and %s: %s",
                PageRequest.MAX_LIMIT, limit);
        return reads.read(em -> CompanyListQueries.after(em, filter, sort, after, limit));
    }

    /**
     * Walks the whole filtered {@code /companies} list page by page with keyset paging, handing each page to the
     * action, so an export holds one page in memory whatever the number of rows. Each page is read in its own
     * call, as by {@link #companiesAfter}.
     *
     * @param filter which companies
     * @param sort the order
     * @param pageSize the rows per page, from 1 to {@value PageRequest#MAX_LIMIT}
     * @param action called once per non-empty page, in order
     * @return how many rows were handed over
     * @throws IllegalArgumentException when the page size is out of range
     */
    public long forEachCompanyPage(CompanyFilter filter, CompanySort sort, int pageSize,
            Consumer<List<CompanyListItem>> action) {
        checkNotNull(action, "action must not be null");
        long rows = 0;
        Optional<CompanyCursor> after = Optional.empty();
        do {
            KeysetPage<CompanyListItem> page = companiesAfter(filter, sort, after, pageSize);
            if (!page.items().isEmpty()) {
                action.accept(page.items());
                rows += page.items().size();
            }
            after = page.next();
        } while (after.isPresent());
        return rows;
    }

    /**
     * Streams the whole filtered {@code /companies} list, reading it lazily a page at a time with keyset paging as
     * the stream is consumed, so it holds one page in memory whatever the number of rows.
     *
     * @param filter which companies
     * @param sort the order
     * @param pageSize the rows per page, from 1 to {@value PageRequest#MAX_LIMIT}
     * @return the rows in order; nothing is read until the stream is consumed
     * @throws IllegalArgumentException when the page size is out of range
     */
    public Stream<CompanyListItem> streamCompanies(CompanyFilter filter, CompanySort sort, int pageSize) {
        checkArgument(pageSize >= 1 && pageSize <= PageRequest.MAX_LIMIT, "page size must be between 1 and %s: %s",
                PageRequest.MAX_LIMIT, pageSize);
        return Stream.iterate(companiesAfter(filter, sort, Optional.empty(), pageSize), page -> page != null,
                        page -> page.next().map(next -> companiesAfter(filter, sort, Optional.of(next), pageSize))
                                .orElse(null))
                .flatMap(page -> page.items().stream());
    }

    /**
     * Returns everything about one company: its global roles, its project roles with project names, its client
     * profile, its current and past affiliations with the people, its links in both directions and the legacy
     * rows it came from. Five statements (one when it does not exist).
     *
     * @param companyId the company id; the id of a company merged into another (a tombstone) finds the company it
     *     was merged into
     * @return the detail, or empty when there is no such company
     */
    public Optional<CompanyDetail> companyDetail(long companyId) {
        return reads.read(em -> DetailQueries.detail(em, companyId));
    }

    /**
     * Lists the projects on which a company holds a role. One statement.
     *
     * @param companyId the company id
     * @param role the role
     * @return the projects with the primary flag and notes, by project id; empty for an unknown company
     * @throws NullPointerException when the role is {@code null}
     */
    public List<ProjectRole> projectsOfCompany(long companyId, RoleCode role) {
        checkNotNull(role, "role must not be null");
        return reads.read(em -> RoleQueries.projectsOf(em, companyId, role));
    }

    /**
     * Lists the clients, the companies with a client profile, by priority (High, Medium, Low, none), then
     * relationship strength (Strong, Medium, Weak, New, none), then name key and id. One statement.
     *
     * @return the clients with their profiles
     */
    public List<ClientView> clients() {
        return reads.read(DetailQueries::clients);
    }

    /**
     * Lists the people affiliated with a company, current and past. One statement.
     *
     * @param companyId the company id
     * @return the affiliations, current first, then primary first, then by name; empty for an unknown company
     */
    public List<Affiliation> peopleOfCompany(long companyId) {
        return reads.read(em -> DetailQueries.people(em, companyId));
    }

    /**
     * Closes the Hibernate factory this query opened through {@link #configure()}; a query made with {@code
     * using(...)} leaves the app's entity manager or factory open. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not close the query's entity manager factory", e);
            }
        }
    }
}
