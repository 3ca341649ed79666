package org.companyunification.sync.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of the legacy {@code personnel_entity_relationships} table. */
public record PersonnelRelationshipRow(
        long relationshipId, long personnelId, String entityType, long entityId, String roleTitle,
        boolean isPrimary, LocalDate startDate, LocalDate endDate, String notes, LocalDateTime createdAt) {}
