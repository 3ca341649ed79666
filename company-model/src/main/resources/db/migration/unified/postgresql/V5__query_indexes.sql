-- Indexes behind CompanyQuery.
-- Name search: contains-matching on the normalised name key (LIKE '%...%') uses a trigram index; pg_trgm ships
-- with PostgreSQL and is a trusted extension, so the owner of the database can create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_companies_name_key_trgm ON companies USING gin (name_key gin_trgm_ops);

-- Role lists: the companies holding a role globally or on a project start from the role.
CREATE INDEX ix_cra_role_context ON company_role_assignments (role_id, context_type, company_id);

CREATE INDEX ix_companies_country ON companies (country);

CREATE INDEX ix_companies_type ON companies (company_type);
