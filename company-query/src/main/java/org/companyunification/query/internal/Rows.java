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

    /** The selections of a company summary, in the order {@link #summary} reads them. */
    static List<Selection<?>> summarySelections(Path<Company> company) {
        return List.of(company.get(Company_.id).alias("c_id"), company.get(Company_.name).alias("c_name"),
                company.get(Company_.companyType).alias("c_type"),
                company.get(Company_.contactDetails).get(ContactDetails_.country).alias("c_country"),
                company.get(Company_.contactDetails).get(ContactDetails_.website).alias("c_website"));
    }

    static CompanySummary summary(Tuple row) {
        return new CompanySummary(row.get("c_id", Long.class), row.get("c_name", String.class),
                Optional.ofNullable(row.get("c_type", String.class)),
                Optional.ofNullable(row.get("c_country", String.class)),
                Optional.ofNullable(row.get("c_website", String.class)));
    }

    static List<Selection<?>> plus(List<Selection<?>> first, Selection<?>... more) {
        List<Selection<?>> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    static <T> Optional<T> optional(Tuple row, String alias, Class<T> type) {
        return Optional.ofNullable(row.get(alias, type));
    }

    static boolean isEmpty(Collection<?> values) {
        return values.isEmpty();
    }
}
