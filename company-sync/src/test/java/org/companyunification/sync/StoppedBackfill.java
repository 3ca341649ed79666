package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

/** A backfill whose process stops after its first committed batch, leaving the run recorded as failed. */
public final class StoppedBackfill {

    private StoppedBackfill() {}

    /**
     * Runs a backfill of one row a batch that fails right after its first batch is committed.
     *
     * @param dataSource the database, with legacy rows
     */
    public static void stopAfterFirstBatch(DataSource dataSource) {
        Backfill stopping = Backfill.configure().dataSource(dataSource).batchSize(1)
                .listener(new ProgressListener() {
                    @Override
                    public void advanced(Step step, String table, long rows) {
                        throw new IllegalStateException("process killed");
                    }
                }).load();
        assertThatThrownBy(stopping::run).isInstanceOf(IllegalStateException.class).hasMessage("process killed");
    }
}
