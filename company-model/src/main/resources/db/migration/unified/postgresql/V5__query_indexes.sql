-- Indexes behind CompanyQuery.
-- Name search: contains-matching on the normalised name key (LIKE '%...%') uses a trigram index; pg_trgm ships
-- with PostgreSQL and is a trusted extension, so the owner of the database can create it.
-- An extension lives in one schema of the database, which need not be on this schema's search path (another
-- application's schema may have created it), so the operator class is named with the schema it is in.
DO $$
DECLARE
    trgm_schema text;
BEGIN
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NULL THEN
        CREATE EXTENSION pg_trgm;
        SELECT n.nspname INTO trgm_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    END IF;
    EXECUTE format('CREATE INDEX ix_companies_name_key_trgm ON companies USING gin (name_key %I.gin_trgm_ops)',
                   trgm_schema);
END
$$;

-- Role lists: the companies holding a role globally or on a project start from the role.
CREATE INDEX ix_cra_role_context ON company_role_assignments (role_id, context_type, company_id);

CREATE INDEX ix_companies_country ON companies (country);

CREATE INDEX ix_companies_type ON companies (company_type);
