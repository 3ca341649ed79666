package org.companyunification.sync;

import java.time.LocalDate;
import java.util.Optional;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;

/**
 * The client profile of a {@code clients} row, its enumerated values normalised: a value that maps
 * unambiguously is stored in its canonical form ({@code "strong "} becomes {@code Strong}); one that does not
 * ({@code "Very Strong"}) is left empty. Either way the original is kept in the origin record and a warning is
 * raised.
 */
record ClientProfileValues(
        String relationshipStrength, String clientPriority, String relationshipNotes, LocalDate lastContactDate,
        LocalDate nextContactDate) {

    static ClientProfileValues of(CompanyDraft draft, PageContext page, SourceValues kept) {
        String strength = normalise(draft.sourceId(), "relationship_strength", draft.relationshipStrength(),
                RelationshipStrength.normalise(draft.relationshipStrength()).map(RelationshipStrength::label),
                "Strong, Medium, Weak, New", page, kept);
        String priority = normalise(draft.sourceId(), "client_priority", draft.clientPriority(),
                ClientPriority.normalise(draft.clientPriority()).map(ClientPriority::label), "High, Medium, Low",
                page, kept);
        if (draft.lastContactDate() != null && draft.nextContactDate() != null
                && draft.nextContactDate().isBefore(draft.lastContactDate())) {
            page.warn(draft.sourceId(), "next_contact_date", "next contact " + draft.nextContactDate()
                    + " is before the last contact " + draft.lastContactDate() + "; both kept as they are");
        }
        return new ClientProfileValues(strength, priority, draft.relationshipNotes(), draft.lastContactDate(),
                draft.nextContactDate());
    }

    private static String normalise(long id, String field, String raw, Optional<String> normalised, String expected,
            PageContext page, SourceValues kept) {
        if (raw == null || normalised.isPresent() && normalised.get().equals(raw)) {
            return normalised.orElse(null);
        }
        kept.put(field, raw);
        if (normalised.isPresent()) {
            page.warn(id, field, "'" + raw + "' stored as '" + normalised.get() + "'; the original is kept");
            return normalised.get();
        }
        page.warn(id, field, "'" + raw + "' is not one of " + expected
                + "; left empty, the original is kept in the origin record");
        return null;
    }

    Object[] insertParameters(long companyId, java.time.LocalDateTime now, Long runId) {
        return new Object[] {companyId, relationshipStrength, clientPriority, relationshipNotes, lastContactDate,
            nextContactDate, now, runId};
    }

    Object[] updateParameters(long companyId, java.time.LocalDateTime now) {
        return new Object[] {relationshipStrength, clientPriority, relationshipNotes, lastContactDate,
            nextContactDate, now, companyId};
    }

    static final String UPDATE = "UPDATE client_profiles SET relationship_strength = ?, client_priority = ?,"
            + " relationship_notes = ?, last_contact_date = ?, next_contact_date = ?, updated_at = ?"
            + " WHERE company_id = ?";
}
