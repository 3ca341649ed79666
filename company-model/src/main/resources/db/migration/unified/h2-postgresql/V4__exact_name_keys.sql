-- Name keys compare exactly. H2 and PostgreSQL already compare them so; MariaDB's version of this migration
-- gives the column a binary collation. Here the migration only documents the column, so that the version
-- numbers stay the same on every database.
COMMENT ON COLUMN companies.name_key IS 'Normalised matching key of company_name; compared exactly, code point by code point';
