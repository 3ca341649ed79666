-- Name keys compare exactly, as on H2 and PostgreSQL. Under the table's utf8mb4_unicode_ci collation MariaDB
-- took different keys for one ('straße' and 'strasse', 'œuvre' and 'oeuvre', any case, trailing spaces
-- ignored), so a backfill looking a company up by its key could miss it or find another organisation's.
-- utf8mb4_nopad_bin compares code points and, unlike utf8mb4_bin, keeps trailing spaces significant.
-- MODIFY keeps the column's NOT NULL and rebuilds its index, ix_companies_name_key, under the new collation.
ALTER TABLE companies
    MODIFY name_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
