package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * A row of the legacy {@code operators} table: a company that operates plants.
 */
@Entity
@Table(name = Operator.TABLE)
@AttributeOverride(name = "id", column = @Column(name = "operator_id"))
@AttributeOverride(name = "name", column = @Column(name = "operator_name", nullable = false, length = 255))
public class Operator extends LegacyCompany {

    /** The table name. */
    public static final String TABLE = "operators";

    /** For Hibernate. */
    protected Operator() {}

    /**
     * Creates a row.
     *
     * @param id the {@code operator_id}
     * @param name the {@code operator_name}, kept verbatim, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    public Operator(long id, String name) {
        super(id, name);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#OPERATORS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.OPERATORS;
    }
}
