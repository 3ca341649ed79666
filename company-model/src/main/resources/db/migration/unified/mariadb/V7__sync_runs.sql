-- A run of backfill_runs is a backfill or a catch-up sync. Both are listed and rolled back the same way; each
-- resumes only an unfinished run of its own kind.
ALTER TABLE backfill_runs ADD COLUMN run_kind VARCHAR(20) NOT NULL DEFAULT 'BACKFILL';
ALTER TABLE backfill_runs ADD CONSTRAINT ck_backfill_runs_kind CHECK (run_kind COLLATE utf8mb4_nopad_bin IN ('BACKFILL', 'SYNC'));

-- The unified rows a sync run deleted because their legacy rows were deleted, one row each, with its column
-- values as a JSON object, so that rolling the run back restores them.
CREATE TABLE sync_journal (
    run_id     BIGINT      NOT NULL,
    entry_no   BIGINT      NOT NULL,
    table_name VARCHAR(64) NOT NULL,
    row_values LONGTEXT    NOT NULL,
    PRIMARY KEY (run_id, entry_no),
    CONSTRAINT fk_sync_journal_run FOREIGN KEY (run_id) REFERENCES backfill_runs (run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
