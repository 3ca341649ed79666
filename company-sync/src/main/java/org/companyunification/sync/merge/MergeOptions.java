package org.companyunification.sync.merge;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * How a merge combines the two companies' values, and who asked for it.
 *
 * <pre>{@code
 * MergeOptions options = MergeOptions.defaults().preferring(MergeOptions.Preference.MERGED).by("ann");
 * }</pre>
 *
 * @param preference whose non-empty values win where both companies (or both client profiles) have one (default:
 *     {@link Preference#SURVIVOR}); an empty value is always filled from the other company
 * @param mergedBy who merged, recorded with the merge, at most 255 characters; empty when not given
 */
public record MergeOptions(Preference preference, Optional<String> mergedBy) {

    /** Whose values win where both companies have a value. */
    public enum Preference {
        /** The survivor keeps its values; the merged company's fill only its empty fields. */
        SURVIVOR,
        /** The merged company's values replace the survivor's; the survivor's remain where the merged has none. */
        MERGED
    }

    /**
     * Checks the options.
     *
     * @throws NullPointerException when an argument is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name of who merged is
     *     longer than 255 characters
     */
    public MergeOptions {
        requireNonNull(preference, "preference");
        requireNonNull(mergedBy, "mergedBy");
        mergedBy = mergedBy.map(String::strip).filter(by -> !by.isEmpty());
        if (mergedBy.isPresent() && mergedBy.get().length() > MAX_NAME) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The name of who merges has "
                    + mergedBy.get().length() + " characters, more than company_merges.merged_by holds (" + MAX_NAME
                    + "): shorten it.");
        }
    }

    /** The longest name of who merges. */
    public static final int MAX_NAME = 255;

    /**
     * Returns the defaults: the survivor's values win, nobody named.
     *
     * @return the default options
     */
    public static MergeOptions defaults() {
        return new MergeOptions(Preference.SURVIVOR, Optional.empty());
    }

    /**
     * Returns these options with another preference.
     *
     * @param preference whose values win
     * @return new options
     */
    public MergeOptions preferring(Preference preference) {
        return new MergeOptions(preference, mergedBy);
    }

    /**
     * Returns these options naming who merges.
     *
     * @param name a person or a program, at most 255 characters; {@code null} or blank for nobody
     * @return new options
     */
    public MergeOptions by(String name) {
        return new MergeOptions(preference, Optional.ofNullable(name));
    }

    /** The options as the merge records them in {@code company_merges.options}. */
    String recorded() {
        return "preference=" + preference.name();
    }
}
