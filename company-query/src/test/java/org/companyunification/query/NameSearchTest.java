package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.companyunification.model.company.Company;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.view.CompanyListItem;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/** The name search ignores case, accents and punctuation, and hostile text matches exactly what it names. */
class NameSearchTest {

    private static final List<String> NAMES = List.of("100% Green Power", "A_B Energy", "AxB Energy",
            "O'Brien \\ Sons", "Robert'); DROP TABLE companies;--", "Électricité de France", "Plain Energy");

    @DatabaseTest
    void shouldFindExactlyTheCompaniesWhoseNameKeyContainsTheNormalisedText(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Map<String, Long> ids = new java.util.HashMap<>();
            for (String name : NAMES) {
                Company company = fixture.data.company(name).save();
                ids.put(name, company.getId());
            }

            // when / then
            assertThat(search(fixture, "%")).isEmpty();
            assertThat(search(fixture, "_")).isEmpty();
            assertThat(search(fixture, "\\")).isEmpty();
            assertThat(search(fixture, "'")).isEmpty();
            assertThat(search(fixture, "' OR '1'='1")).isEmpty();
            assertThat(search(fixture, "100%")).containsExactly("100% Green Power");
            assertThat(search(fixture, "a_b")).containsExactly("A_B Energy");
            assertThat(search(fixture, "O'BRIEN \\")).containsExactly("O'Brien \\ Sons");
            assertThat(search(fixture, "'); drop table companies;--")).containsExactly(
                    "Robert'); DROP TABLE companies;--");
            assertThat(search(fixture, "electricité")).containsExactly("Électricité de France");
            assertThat(search(fixture, "energy")).containsExactly("A_B Energy", "AxB Energy", "Plain Energy");
            assertThat(fixture.recorder.statements()).noneMatch(sql -> sql.toLowerCase().contains("brien")
                    || sql.toLowerCase().contains("drop table"));
            assertThat(ids).hasSize(NAMES.size());
        }
    }

    private static List<String> search(QueryFixture fixture, String text) {
        return fixture.query.companies(CompanyFilter.all().withNameContaining(text), CompanySort.ID,
                PageRequest.first(100)).items().stream().map(CompanyListItem::company).map(c -> c.name()).toList();
    }
}
