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
 * A row of the legacy {@code owners_developers} table: a company that owns or develops projects.
 */
@Entity
@Table(name = OwnerDeveloper.TABLE)
@AttributeOverride(name = "id", column = @Column(name = "owner_id"))
@AttributeOverride(name = "name", column = @Column(name = "company_name", nullable = false, length = 255))
public class OwnerDeveloper extends LegacyCompany {

    /** The table name. */
    public static final String TABLE = "owners_developers";

    @Column(name = "company_type", length = 50)
    private String companyType;

    /** For Hibernate. */
    protected OwnerDeveloper() {}

    /**
     * Creates a row.
     *
     * @param id the {@code owner_id}
     * @param name the {@code company_name}, kept verbatim, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    public OwnerDeveloper(long id, String name) {
        super(id, name);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#OWNERS_DEVELOPERS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.OWNERS_DEVELOPERS;
    }

    /**
     * Replaces the company type.
     *
     * @param companyType the type, kept verbatim, at most 50 characters, {@code null} for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeCompanyType(String companyType) {
        this.companyType = Texts.checkLength(companyType, 50, "company type");
    }

    /**
     * Returns the company type.
     *
     * @return the type, or empty when NULL
     */
    public Optional<String> getCompanyType() {
        return Optional.ofNullable(companyType);
    }
}
