package org.companyunification.testing.generator;

/**
 * What a {@link LegacyDataGenerator} put into the legacy tables besides plain rows: the facts a migration of the
 * data must reproduce, counted as the rows were written.
 *
 * @param organisations the distinct organisations behind the company rows; the default matching rule makes
 *     exactly this many companies of them
 * @param multiTableOrganisations organisations with rows in two or more of the six company tables
 * @param sameTableDuplicates organisations with a second row, under another spelling, in the same table
 * @param nearDuplicateOrganisations organisations whose name is one word-form away from another organisation's
 *     ({@code Energy} and {@code Energies}), which the matching rule must keep apart
 * @param orphanProjectRelationships project relationships whose project or company row does not exist
 * @param orphanPersonnelRelationships personnel relationships whose company row does not exist
 * @param unknownEntityTypes personnel relationships whose {@code entity_type} names no known table
 * @param projectLinks personnel relationships to a project rather than a company
 * @param reversedDates personnel relationships whose end date is before their start date
 * @param twoCurrentPrimaries persons with two current (open-ended) primary affiliations, both at existing
 *     companies
 * @param dirtyClientValues client rows with a relationship strength or priority outside the canonical spelling
 *     ({@code "strong "}, {@code "Very Strong"}, {@code "HIGH"}, ...)
 */
public record DataShape(
        long organisations, long multiTableOrganisations, long sameTableDuplicates, long nearDuplicateOrganisations,
        long orphanProjectRelationships, long orphanPersonnelRelationships, long unknownEntityTypes,
        long projectLinks, long reversedDates, long twoCurrentPrimaries, long dirtyClientValues) {

    /**
     * Returns the share of organisations that appear in several company tables.
     *
     * @return a fraction between 0 and 1
     */
    public double multiTableShare() {
        return organisations == 0 ? 0 : (double) multiTableOrganisations / organisations;
    }
}
