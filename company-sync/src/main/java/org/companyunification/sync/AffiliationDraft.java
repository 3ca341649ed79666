package org.companyunification.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A legacy personnel relationship in the unified shape: a person affiliation to be. The entity type is
 * trimmed and lower-cased.
 */
record AffiliationDraft(
        long sourceId, long personId, String entityType, long entityId, String title, boolean primary,
        LocalDate startDate, LocalDate endDate, String notes, LocalDateTime createdAt) {}
