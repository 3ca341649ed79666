package org.companyunification.sync.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateCandidateTest {

    private static final DuplicateCandidate CANDIDATE = new DuplicateCandidate(4, "PG&E", 9,
            "Pacific Gas and Electric Company", 0.96, CandidateBand.STRONG, List.of(
                    new MatchReason(ReasonCode.ACRONYM, "'pge' is an acronym of 'pacific gas and electric'"),
                    new MatchReason(ReasonCode.SAME_WEBSITE_DOMAIN, "both web sites are on pge.com")));

    @Test
    void shouldBeWrittenToAFileAndReadBackUnchanged() throws Exception {
        ObjectMapper json = new ObjectMapper();

        String written = json.writeValueAsString(CANDIDATE);
        DuplicateCandidate read = json.readValue(written, DuplicateCandidate.class);

        assertThat(read).isEqualTo(CANDIDATE);
        assertThat(json.readTree(written).get("companyId").asLong()).isEqualTo(4);
    }

    @Test
    void shouldRefuseAPairNotInIdOrderOrWithoutAReason() {
        assertThatThrownBy(() -> new DuplicateCandidate(9, "b", 4, "a", 0.9, CandidateBand.STRONG,
                CANDIDATE.reasons())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the smaller company id comes first: 9, 4");
        assertThatThrownBy(() -> new DuplicateCandidate(4, "a", 9, "b", 0.9, CandidateBand.STRONG, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuplicateCandidate(4, "a", 9, "b", 1.2, CandidateBand.STRONG,
                CANDIDATE.reasons())).isInstanceOf(IllegalArgumentException.class);
    }
}
