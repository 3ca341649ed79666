package org.companyunification.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A company as the backfill builds it: created from its lead legacy row, then filled by the other rows of the
 * same organisation. The fill rule: a field the company already has keeps its value; an empty field takes the
 * value of the row being merged; a different value of the merged row loses and is kept in that row's origin
 * record.
 */
final class CompanyState {

    static final String COLUMNS = "company_id, company_name, name_key, company_type, website, country, "
            + "contact_email, contact_phone, reactor_type, sector, notes, created_at, updated_at";

    final long id;
    final boolean isNew;
    String name;
    String nameKey;
    String companyType;
    String website;
    String country;
    String contactEmail;
    String contactPhone;
    String reactorType;
    String sector;
    String notes;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;
    boolean dirty;

    private CompanyState(long id, boolean isNew) {
        this.id = id;
        this.isNew = isNew;
    }

    static CompanyState create(long id, CompanyDraft draft, String nameKey, LocalDateTime now) {
        CompanyState c = new CompanyState(id, true);
        c.name = draft.name();
        c.nameKey = nameKey;
        c.overwrite(draft);
        c.createdAt = draft.createdAt() != null ? draft.createdAt() : now;
        c.updatedAt = draft.updatedAt();
        return c;
    }

    static CompanyState read(ResultSet rs) throws SQLException {
        CompanyState c = new CompanyState(rs.getLong("company_id"), false);
        c.name = rs.getString("company_name");
        c.nameKey = rs.getString("name_key");
        c.companyType = rs.getString("company_type");
        c.website = rs.getString("website");
        c.country = rs.getString("country");
        c.contactEmail = rs.getString("contact_email");
        c.contactPhone = rs.getString("contact_phone");
        c.reactorType = rs.getString("reactor_type");
        c.sector = rs.getString("sector");
        c.notes = rs.getString("notes");
        c.createdAt = rs.getObject("created_at", LocalDateTime.class);
        c.updatedAt = rs.getObject("updated_at", LocalDateTime.class);
        return c;
    }

    /** Fills empty fields from a merged row; records the row's values that lose to the company's. */
    void fill(CompanyDraft draft, SourceValues lost) {
        companyType = fill("company_type", companyType, draft.companyType(), lost);
        website = fill("website", website, draft.website(), lost);
        country = fill("country", country, draft.country(), lost);
        contactEmail = fill("contact_email", contactEmail, draft.contactEmail(), lost);
        contactPhone = fill("contact_phone", contactPhone, draft.contactPhone(), lost);
        reactorType = fill("reactor_type", reactorType, draft.reactorType(), lost);
        sector = fill("sector", sector, draft.sector(), lost);
        notes = fill("notes", notes, draft.notes(), lost);
    }

    /** Takes every present value of the lead row (the row the company was created from, after it changed). */
    void overwrite(CompanyDraft draft) {
        companyType = take(companyType, draft.companyType());
        website = take(website, draft.website());
        country = take(country, draft.country());
        contactEmail = take(contactEmail, draft.contactEmail());
        contactPhone = take(contactPhone, draft.contactPhone());
        reactorType = take(reactorType, draft.reactorType());
        sector = take(sector, draft.sector());
        notes = take(notes, draft.notes());
        if (draft.updatedAt() != null) {
            updatedAt = draft.updatedAt();
        }
    }

    void rename(String newName, String newKey) {
        if (!newName.equals(name)) {
            name = newName;
            nameKey = newKey;
            dirty = true;
        }
    }

    private String fill(String field, String current, String offered, SourceValues lost) {
        if (current == null && offered != null) {
            dirty = true;
            return offered;
        }
        if (LegacyValueCleaner.conflict(current, offered)) {
            lost.put(field, offered);
        }
        return current;
    }

    private String take(String current, String offered) {
        if (offered != null && !offered.equals(current)) {
            dirty = true;
            return offered;
        }
        return current;
    }

    /** Whether the other state holds the same name, key and values (not the same timestamps). */
    boolean sameValues(CompanyState other) {
        return Objects.equals(name, other.name) && Objects.equals(nameKey, other.nameKey)
                && Objects.equals(companyType, other.companyType) && Objects.equals(website, other.website)
                && Objects.equals(country, other.country) && Objects.equals(contactEmail, other.contactEmail)
                && Objects.equals(contactPhone, other.contactPhone) && Objects.equals(reactorType, other.reactorType)
                && Objects.equals(sector, other.sector) && Objects.equals(notes, other.notes);
    }

    Object[] insertParameters(Long runId) {
        return new Object[] {id, name, nameKey, companyType, website, country, contactEmail, contactPhone,
            reactorType, sector, notes, createdAt, updatedAt, runId};
    }

    Object[] updateParameters(LocalDateTime now) {
        return new Object[] {name, nameKey, companyType, website, country, contactEmail, contactPhone, reactorType,
            sector, notes, now, id};
    }

    static final String UPDATE = "UPDATE companies SET company_name = ?, name_key = ?, company_type = ?,"
            + " website = ?, country = ?, contact_email = ?, contact_phone = ?, reactor_type = ?, sector = ?,"
            + " notes = ?, updated_at = ? WHERE company_id = ?";
}
