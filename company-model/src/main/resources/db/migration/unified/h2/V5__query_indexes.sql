-- Indexes behind CompanyQuery. The name search matches inside the name key (LIKE '%...%'), which no B-tree
-- index can seek; it scans ix_companies_name_key of V1.

-- Role lists: the companies holding a role globally or on a project start from the role.
CREATE INDEX ix_cra_role_context ON company_role_assignments (role_id, context_type, company_id);

CREATE INDEX ix_companies_country ON companies (country);

CREATE INDEX ix_companies_type ON companies (company_type);
