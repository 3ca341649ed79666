package org.companyunification.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One legacy company row in the unified shape, whichever table it came from: text cleaned (trimmed, blanks as
 * {@code null}, white space in the name folded), nothing else changed. The client fields are set only for
 * {@code clients} rows.
 */
record CompanyDraft(
        String sourceTable,
        long sourceId,
        String sourceName,
        String name,
        String companyType,
        String website,
        String country,
        String contactEmail,
        String contactPhone,
        String reactorType,
        String sector,
        String notes,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        String relationshipStrength,
        String clientPriority,
        String relationshipNotes,
        LocalDate lastContactDate,
        LocalDate nextContactDate) {}
