package org.companyunification.model.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;

class BackfillRunTest {

    @Test
    void shouldStartRunning() {
        BackfillRun run = BackfillRun.start("companies,assignments", 500);

        assertThat(run.getStatus()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.getStartedAt()).isNotNull();
        assertThat(run.getFinishedAt()).isEmpty();
        assertThat(run.getBatchSize()).isEqualTo(500);
    }

    @Test
    void shouldCompleteOnlyARunningRun() {
        BackfillRun run = BackfillRun.start("companies", 50);
        run.complete("120 companies");

        assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.getFinishedAt()).isPresent();
        assertThat(run.getSummary()).contains("120 companies");
        assertThatThrownBy(() -> run.fail("late failure"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Backfill run null is COMPLETED, not RUNNING: only a running run can become FAILED")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.RULE_VIOLATION);
    }

    @Test
    void shouldRollBackOnce() {
        BackfillRun run = BackfillRun.start("companies", 50);
        run.fail("database went away");

        run.markRolledBack("removed 40 companies");

        assertThat(run.getStatus()).isEqualTo(RunStatus.ROLLED_BACK);
        assertThatThrownBy(() -> run.markRolledBack("again"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("was rolled back already");
    }

    @Test
    void shouldRefuseANonPositiveBatchSize() {
        assertThatThrownBy(() -> BackfillRun.start("companies", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch size must be positive: 0");
    }
}
