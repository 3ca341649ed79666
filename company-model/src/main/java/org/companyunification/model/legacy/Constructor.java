package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * A row of the legacy {@code constructors} table: a company that builds plants.
 */
@Entity
@Table(name = Constructor.TABLE)
@AttributeOverride(name = "id", column = @Column(name = "constructor_id"))
@AttributeOverride(name = "name", column = @Column(name = "company_name", nullable = false, length = 255))
public class Constructor extends LegacyCompany {

    /** The table name. */
    public static final String TABLE = "constructors";

    /** For Hibernate. */
    protected Constructor() {}

    /**
     * Creates a row.
     *
     * @param id the {@code constructor_id}
     * @param name the {@code company_name}, kept verbatim, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    public Constructor(long id, String name) {
        super(id, name);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#CONSTRUCTORS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.CONSTRUCTORS;
    }
}
