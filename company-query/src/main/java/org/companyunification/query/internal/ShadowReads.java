package org.companyunification.query.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.origin.CompanyOrigin;
import org.companyunification.query.shadow.ShadowMismatch;
import org.companyunification.query.shadow.ShadowQuestion;
import org.companyunification.query.shadow.ShadowReadListener;
import org.companyunification.query.view.CompanyRoles;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.query.view.ProjectCompany;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the role and project questions from the legacy tables as the old role-specific pages did, maps the
 * legacy rows to companies through {@code company_origins}, compares with the unified answer and tells the
 * listener about every difference. One statement per question; the unified answer is returned unchanged whatever
 * happens here.
 */
public final class ShadowReads {

    private static final Logger LOG = LoggerFactory.getLogger(ShadowReads.class);

    /** The unified table that maps legacy company rows to companies, named where its entity is mapped. */
    private static final String ORIGINS = CompanyOrigin.class.getAnnotation(Table.class).name();

    private final ShadowReadListener listener;

    private ShadowReads(ShadowReadListener listener) {
        this.listener = listener;
    }

    /**
     * Creates the shadow reads after checking that the database has every table they read.
     *
     * @param reads where to check
     * @param listener who hears the mismatches
     * @return the shadow reads
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when a table is missing
     */
    public static ShadowReads checked(ReadOnlyReads reads, ShadowReadListener listener) {
        checkNotNull(listener, "shadow read listener must not be null: use ShadowReadListener.logging()");
        List<String> missing = reads.read(em -> em.unwrap(Session.class).doReturningWork(ShadowReads::missing));
        if (!missing.isEmpty()) {
            throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "Shadow reads read the legacy tables "
                    + "and " + ORIGINS + ", but the database has no " + String.join(", ", missing)
                    + ". Point the query at the database that holds both schemas (legacy and unified, after the "
                    + "backfill), or leave shadow reads off.");
        }
        return new ShadowReads(listener);
    }

    private static List<String> missing(Connection connection) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String table : Stream.concat(Stream.concat(LegacyTable.companyTables().stream(),
                LegacyTable.projectRelationshipTables().stream()).map(LegacyTable::tableName), Stream.of(ORIGINS))
                .toList()) {
            if (!exists(connection, table)) {
                missing.add(table);
            }
        }
        return missing;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new LinkedHashSet<>(List.of(table, table.toUpperCase(Locale.ROOT),
                table.toLowerCase(Locale.ROOT)))) {
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name,
                    new String[] {"TABLE", "BASE TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Shadows {@code companiesWithGlobalRole}: one statement on the role's legacy company table. */
    public List<CompanySummary> globalRole(EntityManager em, RoleCode role, List<CompanySummary> unified) {
        LegacyTable table = LegacyTable.companyTableOf(role);
        shadow(ShadowQuestion.COMPANIES_WITH_GLOBAL_ROLE, () -> {
            Answer legacy = legacy(em, List.of(companyRows(table, false)), Map.of(), OptionalLong.empty());
            Answer current = new Answer();
            unified.forEach(company -> current.add(new Key(role, OptionalLong.empty()), company.id()));
            return compare(ShadowQuestion.COMPANIES_WITH_GLOBAL_ROLE, OptionalLong.empty(), legacy, current);
        });
        return unified;
    }

    /**
     * Shadows {@code companiesWithRoleOnProject} and, with no role, {@code companiesOfProject}: one statement on
     * the {@code project_*_relationships} tables (none for clients, which have no such table).
     */
    public List<ProjectCompany> project(EntityManager em, long projectId, Optional<RoleCode> role,
            List<ProjectCompany> unified) {
        ShadowQuestion question = role.isPresent() ? ShadowQuestion.COMPANIES_WITH_ROLE_ON_PROJECT
                : ShadowQuestion.COMPANIES_OF_PROJECT;
        shadow(question, () -> {
            List<LegacyTable> tables = LegacyTable.projectRelationshipTables().stream()
                    .filter(t -> role.isEmpty() || t.role() == role.get()).toList();
            Answer legacy = tables.isEmpty() ? new Answer() : legacy(em,
                    tables.stream().map(t -> relationshipRows(t, "r.project_id = :project")).toList(),
                    Map.of("project", projectId), OptionalLong.of(projectId));
            Answer current = new Answer();
            unified.forEach(row -> current.add(new Key(row.role(), OptionalLong.of(projectId)), row.company().id()));
            return compare(question, OptionalLong.empty(), legacy, current);
        });
        return unified;
    }

    /**
     * Shadows {@code companyWithRoles}: one statement on the six company tables and the five relationship tables,
     * for the rows that lead to the company.
     */
    public Optional<CompanyRoles> companyRoles(EntityManager em, long companyId, Optional<CompanyRoles> unified) {
        unified.ifPresent(roles -> shadow(ShadowQuestion.COMPANY_WITH_ROLES, () -> {
            List<String> selects = new ArrayList<>();
            LegacyTable.companyTables().forEach(t -> selects.add(companyRows(t, true)));
            LegacyTable.projectRelationshipTables().forEach(t -> selects.add(relationshipRows(t,
                    "co.company_id = :company")));
            Answer legacy = legacy(em, selects, Map.of("company", companyId), OptionalLong.empty());
            Answer current = new Answer();
            roles.globalRoles().forEach(role -> current.add(new Key(role, OptionalLong.empty()), companyId));
            roles.projectRoles().forEach(role -> current.add(
                    new Key(role.role(), OptionalLong.of(role.project().id())), companyId));
            return compare(ShadowQuestion.COMPANY_WITH_ROLES, OptionalLong.of(companyId), legacy, current);
        }));
        return unified;
    }

    /** Rows of a company table as (table ordinal, row id, project 0, company id or null). */
    private static String companyRows(LegacyTable table, boolean ofCompany) {
        return "SELECT " + table.ordinal() + " AS k, t." + table.idColumn() + " AS legacy_id, 0 AS project_id, "
                + "co.company_id AS company_id FROM "
                + table.tableName() + " t " + (ofCompany ? "" : "LEFT ") + "JOIN " + ORIGINS
                + " co ON co.source_table = :t" + table.ordinal() + " AND co.source_id = t." + table.idColumn()
                + (ofCompany ? " WHERE co.company_id = :company" : "");
    }

    /** Rows of a project relationship table as (table ordinal, relationship id, project id, company id or null). */
    private static String relationshipRows(LegacyTable table, String condition) {
        return "SELECT " + table.ordinal() + " AS k, r." + table.idColumn() + " AS legacy_id, r.project_id AS "
                + "project_id, co.company_id AS company_id FROM "
                + table.tableName() + " r LEFT JOIN " + ORIGINS + " co ON co.source_table = :t"
                + table.companyTable().ordinal() + " AND co.source_id = r." + table.companyIdColumn()
                + " WHERE " + condition;
    }

    private static Answer legacy(EntityManager em, List<String> selects, Map<String, Long> parameters,
            OptionalLong project) {
        String sql = String.join(" UNION ALL ", selects);
        Query query = em.createNativeQuery(sql);
        for (LegacyTable table : LegacyTable.companyTables()) {
            if (sql.contains(":t" + table.ordinal() + " ")) {
                query.setParameter("t" + table.ordinal(), table.tableName());
            }
        }
        parameters.forEach(query::setParameter);
        Answer answer = new Answer();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            LegacyTable table = LegacyTable.values()[((Number) row[0]).intValue()];
            long legacyId = ((Number) row[1]).longValue();
            OptionalLong projectId = table.kind() == LegacyTable.Kind.COMPANY ? OptionalLong.empty()
                    : OptionalLong.of(((Number) row[2]).longValue());
            Key key = new Key(table.role(), projectId);
            if (row[3] == null) {
                answer.unmapped.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(legacyId);
                answer.keys.add(key);
            } else {
                answer.add(key, ((Number) row[3]).longValue());
            }
        }
        return answer;
    }

    private static List<ShadowMismatch> compare(ShadowQuestion question, OptionalLong companyId, Answer legacy,
            Answer unified) {
        Set<Key> keys = new LinkedHashSet<>(legacy.keys);
        keys.addAll(unified.keys);
        List<ShadowMismatch> mismatches = new ArrayList<>();
        for (Key key : keys.stream().sorted().toList()) {
            Set<Long> inLegacy = legacy.companies.getOrDefault(key, Set.of());
            Set<Long> inUnified = unified.companies.getOrDefault(key, Set.of());
            List<Long> missing = inLegacy.stream().filter(id -> !inUnified.contains(id)).toList();
            List<Long> extra = inUnified.stream().filter(id -> !inLegacy.contains(id)).toList();
            List<Long> unmapped = List.copyOf(legacy.unmapped.getOrDefault(key, Set.of()));
            if (!missing.isEmpty() || !extra.isEmpty() || !unmapped.isEmpty()) {
                mismatches.add(new ShadowMismatch(question, key.role(), key.project(), companyId,
                        legacyTable(key), missing, extra, unmapped));
            }
        }
        return mismatches;
    }

    private static Optional<String> legacyTable(Key key) {
        LegacyTable companyTable = LegacyTable.companyTableOf(key.role());
        return key.project().isEmpty() ? Optional.of(companyTable.tableName())
                : companyTable.projectRelationshipTable().map(LegacyTable::tableName);
    }

    private void shadow(ShadowQuestion question, Comparison comparison) {
        List<ShadowMismatch> mismatches;
        try {
            mismatches = comparison.run();
        } catch (RuntimeException e) {
            tell(() -> listener.failed(question, e));
            return;
        }
        for (ShadowMismatch mismatch : mismatches) {
            tell(() -> listener.mismatch(mismatch));
        }
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("shadow read listener failed; the caller got the unified answer", e);
        }
    }

    /** The legacy read and the comparison; what it throws is the listener's to hear. */
    private interface Comparison {
        List<ShadowMismatch> run();
    }

    /** A role in a context: globally (no project) or on one project. */
    private record Key(RoleCode role, OptionalLong project) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byProject = Long.compare(project.orElse(-1), other.project.orElse(-1));
            return byProject != 0 ? byProject : role.compareTo(other.role);
        }
    }

    /** The companies an answer names per role and context, and the legacy rows it could not map. */
    private static final class Answer {
        final Set<Key> keys = new LinkedHashSet<>();
        final Map<Key, Set<Long>> companies = new HashMap<>();
        final Map<Key, Set<Long>> unmapped = new LinkedHashMap<>();

        void add(Key key, long companyId) {
            keys.add(key);
            companies.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(companyId);
        }
    }
}
