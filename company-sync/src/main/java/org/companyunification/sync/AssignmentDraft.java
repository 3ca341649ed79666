package org.companyunification.sync;

import java.time.LocalDateTime;

/** A legacy project relationship in the unified shape: a project-scoped role assignment to be. */
record AssignmentDraft(
        long sourceId, long projectId, long partyId, boolean primary, String notes, LocalDateTime createdAt) {}
