package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void shouldStartTheFirstPageAtTheFirstRow() {
        PageRequest page = PageRequest.first(50);

        assertThat(page.offset()).isZero();
        assertThat(page.limit()).isEqualTo(50);
    }

    @Test
    void shouldStartTheNextPageWhereThisOneEnds() {
        PageRequest page = new PageRequest(100, 50);

        PageRequest next = page.next();

        assertThat(next).isEqualTo(new PageRequest(150, 50));
    }

    @Test
    void shouldRefuseANegativeOffset() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(-1, 10))
                .withMessage("offset must not be negative: -1");
    }

    @Test
    void shouldRefuseAnEmptyOrOversizedPage() {
        assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.first(0))
                .withMessage("limit must be between 1 and 10000: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.first(PageRequest.MAX_LIMIT + 1))
                .withMessage("limit must be between 1 and 10000: 10001");
    }

    @Test
    void shouldRefuseAPageBeyondTheLargestOffset() {
        PageRequest last = new PageRequest(Integer.MAX_VALUE - 5, 10);

        assertThatIllegalStateException().isThrownBy(last::next)
                .withMessage("no page after offset 2147483642 with limit 10");
    }
}
