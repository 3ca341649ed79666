package org.companyunification.model.origin;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * What the three origin tables share: the legacy row ({@link OriginKey}), the fingerprint of that row as last
 * migrated ({@code source_hash}), which lets a later run skip unchanged rows, and the run that migrated it. Two
 * origins are equal when they are of the same kind and name the same legacy row.
 */
@MappedSuperclass
public abstract class Origin {

    @EmbeddedId
    private OriginKey key;

    @Column(name = "source_hash", nullable = false)
    private long sourceHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private BackfillRun run;

    /** For Hibernate. */
    protected Origin() {}

    /**
     * Creates an origin.
     *
     * @param key the legacy row
     * @param sourceHash the fingerprint of the legacy row
     * @param run the run that migrated it, {@code null} when not migrated by a backfill run
     * @param allowedTables the tables the subclass's table admits
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the key names a table
     *     outside {@code allowedTables}
     */
    protected Origin(OriginKey key, long sourceHash, BackfillRun run, Set<String> allowedTables) {
        checkNotNull(key, "origin key must not be null");
        if (!allowedTables.contains(key.sourceTable())) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "A " + getClass().getSimpleName()
                    + " cannot come from table '" + key.sourceTable() + "': expected one of "
                    + String.join(", ", new TreeSet<>(allowedTables)));
        }
        this.key = key;
        this.sourceHash = sourceHash;
        this.run = run;
    }

    /**
     * Records that a later run migrated the legacy row again, with a new fingerprint.
     *
     * @param sourceHash the fingerprint of the legacy row now
     * @param run the run, {@code null} when not migrated by a backfill run
     */
    public void refresh(long sourceHash, BackfillRun run) {
        this.sourceHash = sourceHash;
        this.run = run;
    }

    /**
     * Returns the legacy row.
     *
     * @return the key
     */
    public OriginKey getKey() {
        return key;
    }

    /**
     * Returns the fingerprint of the legacy row as last migrated.
     *
     * @return the fingerprint
     */
    public long getSourceHash() {
        return sourceHash;
    }

    /**
     * Returns the run that last migrated the legacy row, loaded on first use.
     *
     * @return the run, or empty when not migrated by a backfill run
     */
    public Optional<BackfillRun> getRun() {
        return Optional.ofNullable(run);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Origin other && getKind().equals(other.getKind())
                && key != null && key.equals(other.getKey());
    }

    @Override
    public int hashCode() {
        return key == null ? 0 : key.hashCode();
    }

    @Override
    public String toString() {
        return getKind() + "[" + key + "]";
    }

    /**
     * Returns what kind of unified row this origin leads to, to tell origins of the same legacy row apart.
     *
     * @return the kind, for example {@code CompanyOrigin}
     */
    protected abstract String getKind();
}
