package org.companyunification.model.origin;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.Company;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.legacy.Client;
import org.companyunification.model.legacy.Constructor;
import org.companyunification.model.legacy.Offtaker;
import org.companyunification.model.legacy.Operator;
import org.companyunification.model.legacy.OwnerDeveloper;
import org.companyunification.model.legacy.TechnologyVendor;

/**
 * The unified company a row of one of the six legacy company tables became ({@code company_origins}). Several
 * legacy rows may lead to the same company; one legacy row leads to exactly one.
 */
@Entity
@Table(name = "company_origins")
public class CompanyOrigin extends Origin {

    /** The tables a company can come from: the six legacy company tables. */
    public static final Set<String> SOURCE_TABLES = Set.of(TechnologyVendor.TABLE, OwnerDeveloper.TABLE,
            Operator.TABLE, Constructor.TABLE, Offtaker.TABLE, Client.TABLE);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(name = "source_name", length = 255)
    private String sourceName;

    @Column(name = "source_values")
    private String sourceValues;

    /** For Hibernate. */
    protected CompanyOrigin() {}

    /**
     * Records that a legacy company row became a company.
     *
     * @param key the legacy row; its table is one of {@link #SOURCE_TABLES}
     * @param company the unified company
     * @param sourceHash the fingerprint of the legacy row
     * @param run the run that migrated it, {@code null} when not migrated by a backfill run
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the table is not a legacy
     *     company table
     */
    public CompanyOrigin(OriginKey key, Company company, long sourceHash, BackfillRun run) {
        super(key, sourceHash, run, SOURCE_TABLES);
        this.company = checkNotNull(company, "company must not be null");
    }

    /**
     * Records the legacy row's name as it was and, as JSON, the legacy values the company does not carry
     * verbatim.
     *
     * @param sourceName the legacy name, verbatim, at most 255 characters, {@code null} for none
     * @param sourceValues a JSON object, {@code null} for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    public void recordSource(String sourceName, String sourceValues) {
        this.sourceName = Texts.checkLength(sourceName, 255, "source name");
        this.sourceValues = sourceValues;
    }

    /**
     * Points the legacy row at another company, when duplicates are merged into it.
     *
     * @param company the surviving company
     */
    public void reassignTo(Company company) {
        this.company = checkNotNull(company, "company must not be null");
    }

    /**
     * Returns the company the legacy row became, loaded on first use.
     *
     * @return the company
     */
    public Company getCompany() {
        return company;
    }

    /**
     * Returns the legacy row's name as it was.
     *
     * @return the name, or empty when not recorded
     */
    public Optional<String> getSourceName() {
        return Optional.ofNullable(sourceName);
    }

    /**
     * Returns the legacy values the company does not carry verbatim.
     *
     * @return a JSON object, or empty when not recorded
     */
    public Optional<String> getSourceValues() {
        return Optional.ofNullable(sourceValues);
    }

    @Override
    protected String getKind() {
        return "CompanyOrigin";
    }
}
