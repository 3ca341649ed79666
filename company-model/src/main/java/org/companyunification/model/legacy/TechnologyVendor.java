package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;

/**
 * A row of the legacy {@code technology_vendors} table: a company that supplies reactor or generation technology.
 */
@Entity
@Table(name = TechnologyVendor.TABLE)
@AttributeOverride(name = "id", column = @Column(name = "vendor_id"))
@AttributeOverride(name = "name", column = @Column(name = "vendor_name", nullable = false, length = 255))
public class TechnologyVendor extends LegacyCompany {

    /** The table name. */
    public static final String TABLE = "technology_vendors";

    @Column(name = "reactor_type", length = 100)
    private String reactorType;

    /** For Hibernate. */
    protected TechnologyVendor() {}

    /**
     * Creates a row.
     *
     * @param id the {@code vendor_id}
     * @param name the {@code vendor_name}, kept verbatim, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    public TechnologyVendor(long id, String name) {
        super(id, name);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#TECHNOLOGY_VENDORS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.TECHNOLOGY_VENDORS;
    }

    /**
     * Replaces the reactor type.
     *
     * @param reactorType the reactor type, kept verbatim, at most 100 characters, {@code null} for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeReactorType(String reactorType) {
        this.reactorType = Texts.checkLength(reactorType, 100, "reactor type");
    }

    /**
     * Returns the reactor type.
     *
     * @return the reactor type, or empty when NULL
     */
    public Optional<String> getReactorType() {
        return Optional.ofNullable(reactorType);
    }
}
