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
 * A row of the legacy {@code offtakers} table: an organisation that buys the output.
 */
@Entity
@Table(name = Offtaker.TABLE)
@AttributeOverride(name = "id", column = @Column(name = "offtaker_id"))
@AttributeOverride(name = "name", column = @Column(name = "organization_name", nullable = false, length = 255))
public class Offtaker extends LegacyCompany {

    /** The table name. */
    public static final String TABLE = "offtakers";

    @Column(name = "sector", length = 100)
    private String sector;

    /** For Hibernate. */
    protected Offtaker() {}

    /**
     * Creates a row.
     *
     * @param id the {@code offtaker_id}
     * @param name the {@code organization_name}, kept verbatim, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    public Offtaker(long id, String name) {
        super(id, name);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#OFFTAKERS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.OFFTAKERS;
    }

    /**
     * Replaces the sector.
     *
     * @param sector the sector, kept verbatim, at most 100 characters, {@code null} for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeSector(String sector) {
        this.sector = Texts.checkLength(sector, 100, "sector");
    }

    /**
     * Returns the sector.
     *
     * @return the sector, or empty when NULL
     */
    public Optional<String> getSector() {
        return Optional.ofNullable(sector);
    }
}
