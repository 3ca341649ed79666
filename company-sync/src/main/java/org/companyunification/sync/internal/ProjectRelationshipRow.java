package org.companyunification.sync.internal;

import java.time.LocalDateTime;

/**
 * A row of one of the five legacy {@code project_*_relationships} tables. They share one shape; only the column
 * naming the company differs ({@code vendor_id}, {@code owner_id}, ...), read here as {@code partyId}.
 */
public record ProjectRelationshipRow(
        long relationshipId, long projectId, long partyId, boolean isPrimary, String notes, LocalDateTime createdAt) {}
