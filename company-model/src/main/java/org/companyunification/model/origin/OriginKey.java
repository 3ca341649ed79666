package org.companyunification.model.origin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;

/**
 * A legacy row, named by its table and its id: the primary key of the origin tables, which makes one legacy row
 * map to exactly one unified row.
 *
 * @param sourceTable the legacy table, for example {@code technology_vendors}; at most 64 characters
 * @param sourceId the id of the row in that table
 */
@Embeddable
public record OriginKey(
        @Column(name = "source_table", nullable = false, length = 64) String sourceTable,
        @Column(name = "source_id", nullable = false) long sourceId) {

    /**
     * Creates a key, trimming the table name.
     *
     * @param sourceTable the legacy table
     * @param sourceId the id of the row in that table
     * @throws NullPointerException when the table is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the table name is blank or
     *     longer than 64 characters
     */
    public OriginKey {
        sourceTable = Texts.required(sourceTable, 64, "source table");
    }

    /**
     * Creates a key.
     *
     * @param sourceTable the legacy table
     * @param sourceId the row id
     * @return the key
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the table name is blank or
     *     too long
     */
    public static OriginKey of(String sourceTable, long sourceId) {
        return new OriginKey(sourceTable, sourceId);
    }

    @Override
    public String toString() {
        return sourceTable + "#" + sourceId;
    }
}
