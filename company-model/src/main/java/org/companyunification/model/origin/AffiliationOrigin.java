package org.companyunification.model.origin;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.legacy.PersonnelEntityRelationship;

/**
 * The affiliation a row of {@code personnel_entity_relationships} became ({@code affiliation_origins}).
 */
@Entity
@Table(name = "affiliation_origins")
public class AffiliationOrigin extends Origin {

    /** The table an affiliation can come from. */
    public static final Set<String> SOURCE_TABLES = Set.of(PersonnelEntityRelationship.TABLE);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "affiliation_id", nullable = false)
    private PersonAffiliation affiliation;

    /** For Hibernate. */
    protected AffiliationOrigin() {}

    /**
     * Records that a legacy personnel relationship became an affiliation.
     *
     * @param key the legacy row, of {@code personnel_entity_relationships}
     * @param affiliation the unified affiliation
     * @param sourceHash the fingerprint of the legacy row
     * @param run the run that migrated it, {@code null} when not migrated by a backfill run
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the table is another
     */
    public AffiliationOrigin(OriginKey key, PersonAffiliation affiliation, long sourceHash, BackfillRun run) {
        super(key, sourceHash, run, SOURCE_TABLES);
        this.affiliation = checkNotNull(affiliation, "affiliation must not be null");
    }

    /**
     * Returns the affiliation the legacy row became, loaded on first use.
     *
     * @return the affiliation
     */
    public PersonAffiliation getAffiliation() {
        return affiliation;
    }

    @Override
    protected String getKind() {
        return "AffiliationOrigin";
    }
}
