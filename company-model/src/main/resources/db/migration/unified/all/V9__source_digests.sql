-- A digest of each legacy row's values as the database itself spells them, kept beside the row's fingerprint.
-- A backfill or sync asks the database for the rows whose digest differs from the stored one, so a run over
-- unchanged data leaves the unchanged rows in the database. NULL (origin records written before this version, or
-- by a dual-write) means "not known": the row is read and its fingerprint decides, and the digest is stored then.
ALTER TABLE company_origins ADD COLUMN source_digest VARCHAR(32);
ALTER TABLE assignment_origins ADD COLUMN source_digest VARCHAR(32);
ALTER TABLE affiliation_origins ADD COLUMN source_digest VARCHAR(32);
