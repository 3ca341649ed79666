package org.companyunification.sync;

import org.companyunification.model.company.NameKey;

/**
 * Decides which legacy rows are the same organisation: two rows whose keys are equal become one company. The
 * backfill stores the key of every company in {@code companies.name_key} and looks companies up by it, so a
 * policy must be deterministic and return at most 255 characters.
 */
@FunctionalInterface
public interface MatchingPolicy {

    /**
     * Returns the matching key of a company name.
     *
     * @param name a non-blank company name as found in a legacy table
     * @return the key; rows with equal keys are the same organisation
     */
    String key(String name);

    /**
     * The default policy: the normalised name key of {@link NameKey}. Unicode NFKD with diacritics removed,
     * case-folded, {@code &} read as {@code and}, each run of characters other than letters and digits turned into
     * one space, trimmed, and trailing legal-form words ({@code inc, llc, ltd, corp, gmbh, ...}) dropped, never
     * the last word. So {@code NuScale Power}, {@code NUSCALE POWER, LLC.} and {@code NuScale Power Corp} are one
     * company; {@code Holtec International} and {@code Holtec Intl} are two.
     *
     * @return the default policy
     */
    static MatchingPolicy byNameKey() {
        return name -> NameKey.of(name).value();
    }
}
