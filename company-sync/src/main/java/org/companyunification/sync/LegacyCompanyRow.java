package org.companyunification.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of one of the six legacy company tables ({@link LegacyTable#companyTables()}), as stored: the id and name from the table's own id and name columns, every other column under its common name,
 * {@code null} where the table has no such column. Read by {@link CompanyRowReader}.
 *
 * @param table the table name
 * @param id the row's id
 * @param name the name, as stored
 * @param companyType {@code owners_developers.company_type}
 * @param website the web site
 * @param country the country
 * @param contactEmail the contact e-mail
 * @param contactPhone the contact phone
 * @param reactorType {@code technology_vendors.reactor_type}
 * @param sector {@code offtakers.sector}
 * @param notes the notes
 * @param createdAt when the row was created
 * @param updatedAt when the row was last updated
 * @param relationshipStrength a CRM column of {@code clients}
 * @param clientPriority a CRM column of {@code clients}
 * @param relationshipNotes a CRM column of {@code clients}
 * @param lastContactDate a CRM column of {@code clients}
 * @param nextContactDate a CRM column of {@code clients}
 */
record LegacyCompanyRow(
        String table, long id, String name, String companyType, String website, String country,
        String contactEmail, String contactPhone, String reactorType, String sector, String notes,
        LocalDateTime createdAt, LocalDateTime updatedAt, String relationshipStrength, String clientPriority,
        String relationshipNotes, LocalDate lastContactDate, LocalDate nextContactDate) {}
