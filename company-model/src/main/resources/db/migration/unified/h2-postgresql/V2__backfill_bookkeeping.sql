-- Bookkeeping of backfill runs. A run commits its work table by table in batches; each commit also records
-- how far it got and what it counted, so a run that was stopped resumes where it left off and still reports
-- the totals of the whole run.
CREATE TABLE backfill_positions (
    run_id          BIGINT      NOT NULL,
    source_table    VARCHAR(64) NOT NULL,
    last_source_id  BIGINT,
    completed       BOOLEAN     NOT NULL DEFAULT FALSE,
    rows_read       BIGINT      NOT NULL DEFAULT 0,
    created_count   BIGINT      NOT NULL DEFAULT 0,
    updated_count   BIGINT      NOT NULL DEFAULT 0,
    unchanged_count BIGINT      NOT NULL DEFAULT 0,
    merged_count    BIGINT      NOT NULL DEFAULT 0,
    rejected_count  BIGINT      NOT NULL DEFAULT 0,
    skipped_count   BIGINT      NOT NULL DEFAULT 0,
    warning_count   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_backfill_positions PRIMARY KEY (run_id, source_table),
    CONSTRAINT fk_backfill_positions_run FOREIGN KEY (run_id) REFERENCES backfill_runs (run_id)
);

-- Rows a run rejected or warned about, with the reason; issue_no numbers the issues of one legacy row.
CREATE TABLE backfill_issues (
    run_id       BIGINT        NOT NULL,
    source_table VARCHAR(64)   NOT NULL,
    source_id    BIGINT        NOT NULL,
    issue_no     INTEGER       NOT NULL,
    severity     VARCHAR(10)   NOT NULL,
    field        VARCHAR(64),
    reason       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_backfill_issues PRIMARY KEY (run_id, source_table, source_id, issue_no),
    CONSTRAINT fk_backfill_issues_run FOREIGN KEY (run_id) REFERENCES backfill_runs (run_id),
    CONSTRAINT ck_backfill_issues_severity CHECK (severity IN ('WARNING', 'REJECTED'))
);
