package org.companyunification.query.shadow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.companyunification.model.company.RoleCode;

/**
 * Where the unified answer to a question and the legacy answer disagree, for one role in one context (globally,
 * or on one project). Legacy rows are mapped to companies through {@code company_origins}; a legacy row with no
 * entry there cannot be mapped and is listed by its id.
 *
 * @param question the question asked
 * @param role the role compared
 * @param projectId the project, for a project-scoped role; empty for a global role
 * @param companyId the company asked about, for {@link ShadowQuestion#COMPANY_WITH_ROLES}; empty otherwise
 * @param legacyTable the legacy table read for this role and context, or empty when the legacy schema has none
 *     (clients on projects)
 * @param missingFromUnified the companies the legacy tables name that the unified answer lacks, ascending
 * @param extraInUnified the companies of the unified answer that the legacy tables do not name, ascending
 * @param unmappedLegacyIds the ids of rows of {@code legacyTable} that no company came from, ascending
 */
public record ShadowMismatch(ShadowQuestion question, RoleCode role, OptionalLong projectId,
        OptionalLong companyId, Optional<String> legacyTable, List<Long> missingFromUnified,
        List<Long> extraInUnified, List<Long> unmappedLegacyIds) {

    /**
     * Creates a mismatch; the id lists are copied in ascending order without repeats.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when every id list is empty, which is no mismatch
     */
    public ShadowMismatch {
        checkNotNull(question, "question must not be null");
        checkNotNull(role, "role must not be null");
        checkNotNull(projectId, "project id must not be null: use OptionalLong.empty()");
        checkNotNull(companyId, "company id must not be null: use OptionalLong.empty()");
        checkNotNull(legacyTable, "legacy table must not be null: use Optional.empty()");
        missingFromUnified = sorted(missingFromUnified);
        extraInUnified = sorted(extraInUnified);
        unmappedLegacyIds = sorted(unmappedLegacyIds);
        checkArgument(!missingFromUnified.isEmpty() || !extraInUnified.isEmpty() || !unmappedLegacyIds.isEmpty(),
                "a mismatch names at least one id");
    }

    /**
     * Describes the mismatch in one line, with every id involved, as the default listener logs it.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder line = new StringBuilder("shadow read mismatch in ").append(question)
                .append(": role ").append(role.code());
        projectId.ifPresentOrElse(id -> line.append(" on project ").append(id), () -> line.append(" (global)"));
        companyId.ifPresent(id -> line.append(", company ").append(id));
        line.append(", legacy table ").append(legacyTable.orElse("(none)"));
        if (!missingFromUnified.isEmpty()) {
            line.append("; missing from unified: companies ").append(missingFromUnified);
        }
        if (!extraInUnified.isEmpty()) {
            line.append("; extra in unified: companies ").append(extraInUnified);
        }
        if (!unmappedLegacyIds.isEmpty()) {
            line.append("; legacy rows with no company: ids ").append(unmappedLegacyIds);
        }
        return line.toString();
    }

    private static List<Long> sorted(List<Long> ids) {
        checkNotNull(ids, "id list must not be null: use List.of()");
        return List.copyOf(new TreeSet<>(ids));
    }
}
