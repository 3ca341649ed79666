package org.companyunification.query.internal;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.Company_;
import org.companyunification.model.company.ContactDetails_;
import org.companyunification.query.view.CompanySummary;

/** The company columns most queries select, and how a tuple of them becomes a {@link CompanySummary}. */
final class Rows {

    private Rows() {}

    /** How many selections {@link #summarySelections} makes; whatever a query selects after them starts here. */
    static final int SUMMARY_COLUMNS = 5;

    /**
     * The selections of a company summary, in the order {@link #summary} reads them. They come first in every
     * query that selects them.
     */
    static List<Selection<?>> summarySelections(Path<Company> company) {
        return List.of(company.get(Company_.id).alias("c_id"), company.get(Company_.name).alias("c_name"),
                company.get(Company_.companyType).alias("c_type"),
                company.get(Company_.contactDetails).get(ContactDetails_.country).alias("c_country"),
                company.get(Company_.contactDetails).get(ContactDetails_.website).alias("c_website"));
    }

    /**
     * Reads a company summary from the first {@value #SUMMARY_COLUMNS} elements of a row. By position: reading a
     * tuple by alias makes Hibernate build a map of its aliases for every statement it runs.
     */
    static CompanySummary summary(Tuple row) {
        return summary(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, String.class), row.get(4, String.class));
    }

    /** A company summary from its columns as read, {@code null} where a column is empty. */
    static CompanySummary summary(long id, String name, String type, String country, String website) {
        return new CompanySummary(id, name, Optional.ofNullable(type), Optional.ofNullable(country),
                Optional.ofNullable(website));
    }

    static List<Selection<?>> plus(List<Selection<?>> first, Selection<?>... more) {
        List<Selection<?>> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    static boolean isEmpty(Collection<?> values) {
        return values.isEmpty();
    }
}
