-- One writer at a time. A backfill, a rollback and every later operation that writes the unified tables hold a
-- database-wide lock for as long as they write. PostgreSQL (an advisory lock) and MariaDB (GET_LOCK) have a
-- session lock of their own; H2 locks the one row of writer_lock (SELECT ... FOR UPDATE in a transaction kept
-- open on a dedicated connection). Either way the database releases the lock when that connection closes or its
-- process dies: nobody ever has to delete anything to free it.
CREATE TABLE writer_lock (
    lock_id INTEGER NOT NULL,
    CONSTRAINT pk_writer_lock PRIMARY KEY (lock_id),
    CONSTRAINT ck_writer_lock_one_row CHECK (lock_id = 1)
);

INSERT INTO writer_lock (lock_id) VALUES (1);

-- Who took the lock last: written and committed by the holder right after it acquired the lock and cleared when
-- it lets go, so that a writer that is refused can say what holds the database. A process that was killed
-- leaves its row behind; it means nothing once the lock is free and is overwritten by the next holder.
CREATE TABLE writer_lock_holder (
    lock_id     INTEGER      NOT NULL,
    operation   VARCHAR(32),
    run_id      BIGINT,
    host        VARCHAR(255),
    process_id  BIGINT,
    acquired_at TIMESTAMP,
    CONSTRAINT pk_writer_lock_holder PRIMARY KEY (lock_id),
    CONSTRAINT ck_writer_lock_holder_one_row CHECK (lock_id = 1)
);

INSERT INTO writer_lock_holder (lock_id) VALUES (1);
