-- The unified company schema. Table and column names are a public contract: applications run SQL
-- against them. Id columns of tables written in bulk draw from sequences that step by 50, the
-- allocation size of the entities, so that JDBC and Hibernate both batch their inserts.

-- Checks on coded values compare with utf8mb4_nopad_bin: under the tables' utf8mb4_unicode_ci collation
-- 'strong ' would equal 'Strong' (case-insensitive, trailing spaces ignored), and H2 and PostgreSQL refuse it.

-- The shared tables already exist in production; they are created here only when missing.
-- Creating a shared table that exists already is expected: SET STATEMENT sql_notes = 0 keeps the server's
-- "already exists" note out of the application's log, for that statement only.
SET STATEMENT sql_notes = 0 FOR CREATE TABLE IF NOT EXISTS projects (
    project_id   BIGINT       NOT NULL PRIMARY KEY,
    project_name VARCHAR(255) NOT NULL,
    location     VARCHAR(255),
    country      VARCHAR(100),
    status       VARCHAR(50),
    technology   VARCHAR(100),
    capacity_mw  DECIMAL(10,2),
    notes        TEXT,
    created_at   DATETIME(6),
    updated_at   DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET STATEMENT sql_notes = 0 FOR CREATE TABLE IF NOT EXISTS personnel (
    personnel_id BIGINT       NOT NULL PRIMARY KEY,
    full_name    VARCHAR(255) NOT NULL,
    email        VARCHAR(255),
    phone        VARCHAR(50),
    notes        TEXT,
    created_at   DATETIME(6),
    updated_at   DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE company_roles (
    role_id     INTEGER      NOT NULL PRIMARY KEY,
    role_code   VARCHAR(30)  NOT NULL,
    role_label  VARCHAR(100) NOT NULL,
    description VARCHAR(500),
    CONSTRAINT uq_company_roles_code UNIQUE (role_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO company_roles (role_id, role_code, role_label, description) VALUES
    (1, 'vendor', 'Technology Vendor', 'Supplies the reactor or generation technology'),
    (2, 'developer', 'Owner/Developer', 'Owns or develops the project'),
    (3, 'operator', 'Operator', 'Operates the plant'),
    (4, 'constructor', 'Constructor', 'Builds the plant'),
    (5, 'offtaker', 'Off-taker', 'Buys the output'),
    (6, 'client', 'Client', 'A client of the organisation');

-- One row a backfill run; unified rows name the run that created them, so a run can be rolled back. The run
-- columns carry neither a foreign key nor an index: they are written with every migrated row and read only by a
-- rollback, which can afford a scan.
CREATE SEQUENCE backfill_runs_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE backfill_runs (
    run_id      BIGINT      NOT NULL PRIMARY KEY,
    started_at  DATETIME(6)   NOT NULL,
    finished_at DATETIME(6),
    status      VARCHAR(20) NOT NULL,
    steps       VARCHAR(100) NOT NULL,
    batch_size  INTEGER     NOT NULL,
    summary     TEXT,
    CONSTRAINT ck_backfill_runs_status CHECK (status COLLATE utf8mb4_nopad_bin IN ('RUNNING', 'COMPLETED', 'FAILED', 'ROLLED_BACK'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE SEQUENCE companies_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE companies (
    company_id     BIGINT       NOT NULL PRIMARY KEY,
    company_name   VARCHAR(255) NOT NULL,
    name_key       VARCHAR(255) NOT NULL,
    company_type   VARCHAR(50),
    website        VARCHAR(255),
    country        VARCHAR(100),
    contact_email  VARCHAR(255),
    contact_phone  VARCHAR(50),
    reactor_type   VARCHAR(100),
    sector         VARCHAR(100),
    notes          TEXT,
    created_at     DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6),
    created_by_run BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_companies_name_key ON companies (name_key);

CREATE SEQUENCE company_role_assignments_seq START WITH 1 INCREMENT BY 50;

-- Global assignments have no context; project assignments name the project in context_id.
CREATE TABLE company_role_assignments (
    assignment_id  BIGINT      NOT NULL PRIMARY KEY,
    company_id     BIGINT      NOT NULL,
    role_id        INTEGER     NOT NULL,
    context_type   VARCHAR(20),
    context_id     BIGINT,
    is_primary     BOOLEAN     NOT NULL DEFAULT FALSE,
    notes          TEXT,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by_run BIGINT,
    global_scope   TINYINT AS (CASE WHEN context_type IS NULL THEN 1 END) PERSISTENT,
    CONSTRAINT fk_cra_company FOREIGN KEY (company_id) REFERENCES companies (company_id),
    CONSTRAINT fk_cra_role FOREIGN KEY (role_id) REFERENCES company_roles (role_id),
    CONSTRAINT fk_cra_project FOREIGN KEY (context_id) REFERENCES projects (project_id),
    CONSTRAINT ck_cra_context_type CHECK (context_type IS NULL OR context_type COLLATE utf8mb4_nopad_bin = 'Project'),
    CONSTRAINT ck_cra_context_pair CHECK ((context_type IS NULL AND context_id IS NULL) OR (context_type IS NOT NULL AND context_id IS NOT NULL)),
    CONSTRAINT uq_cra_project UNIQUE (company_id, role_id, context_type, context_id),
    CONSTRAINT uq_cra_global UNIQUE (company_id, role_id, global_scope)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cra_context ON company_role_assignments (context_id, role_id);

CREATE INDEX ix_cra_role ON company_role_assignments (role_id);

CREATE TABLE client_profiles (
    company_id            BIGINT      NOT NULL PRIMARY KEY,
    relationship_strength VARCHAR(20),
    client_priority       VARCHAR(20),
    relationship_notes    TEXT,
    last_contact_date     DATE,
    next_contact_date     DATE,
    created_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            DATETIME(6),
    created_by_run        BIGINT,
    CONSTRAINT fk_client_profiles_company FOREIGN KEY (company_id) REFERENCES companies (company_id),
    CONSTRAINT ck_client_profiles_strength CHECK (relationship_strength COLLATE utf8mb4_nopad_bin IN ('Strong', 'Medium', 'Weak', 'New')),
    CONSTRAINT ck_client_profiles_priority CHECK (client_priority COLLATE utf8mb4_nopad_bin IN ('High', 'Medium', 'Low'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE SEQUENCE person_company_affiliations_seq START WITH 1 INCREMENT BY 50;

-- A current affiliation is one without an end date.
CREATE TABLE person_company_affiliations (
    affiliation_id BIGINT       NOT NULL PRIMARY KEY,
    person_id      BIGINT       NOT NULL,
    company_id     BIGINT       NOT NULL,
    title          VARCHAR(255),
    is_primary     BOOLEAN      NOT NULL DEFAULT FALSE,
    start_date     DATE,
    end_date       DATE,
    notes          TEXT,
    created_at     DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by_run BIGINT,
    current_primary TINYINT AS (CASE WHEN is_primary = 1 AND end_date IS NULL THEN 1 END) PERSISTENT,
    CONSTRAINT fk_pca_person FOREIGN KEY (person_id) REFERENCES personnel (personnel_id),
    CONSTRAINT fk_pca_company FOREIGN KEY (company_id) REFERENCES companies (company_id),
    CONSTRAINT ck_pca_dates CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
    CONSTRAINT uq_pca_current_primary UNIQUE (person_id, current_primary)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pca_person ON person_company_affiliations (person_id);

CREATE INDEX ix_pca_company ON person_company_affiliations (company_id);

CREATE SEQUENCE internal_external_links_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE internal_external_links (
    link_id            BIGINT      NOT NULL PRIMARY KEY,
    company_id         BIGINT      NOT NULL,
    related_company_id BIGINT      NOT NULL,
    link_type          VARCHAR(50) NOT NULL,
    notes              TEXT,
    created_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_iel_company FOREIGN KEY (company_id) REFERENCES companies (company_id),
    CONSTRAINT fk_iel_related FOREIGN KEY (related_company_id) REFERENCES companies (company_id),
    CONSTRAINT ck_iel_not_self CHECK (company_id <> related_company_id),
    CONSTRAINT uq_iel_link UNIQUE (company_id, related_company_id, link_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_iel_related ON internal_external_links (related_company_id);

-- Where each unified row came from. The primary key makes a legacy row map to exactly one company.
-- source_hash fingerprints the legacy row as last migrated, so a later run skips unchanged rows;
-- source_values keeps, as JSON, legacy values the unified row does not carry verbatim.
CREATE TABLE company_origins (
    source_table  VARCHAR(64)  NOT NULL,
    source_id     BIGINT       NOT NULL,
    company_id    BIGINT       NOT NULL,
    source_name   VARCHAR(255),
    source_hash   BIGINT       NOT NULL,
    source_values TEXT,
    run_id        BIGINT,
    PRIMARY KEY (source_table, source_id),
    CONSTRAINT fk_company_origins_company FOREIGN KEY (company_id) REFERENCES companies (company_id),
    CONSTRAINT ck_company_origins_table CHECK (source_table COLLATE utf8mb4_nopad_bin IN ('technology_vendors', 'owners_developers', 'operators', 'constructors', 'offtakers', 'clients'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_company_origins_company ON company_origins (company_id);

CREATE TABLE assignment_origins (
    source_table  VARCHAR(64)  NOT NULL,
    source_id     BIGINT       NOT NULL,
    assignment_id BIGINT       NOT NULL,
    source_hash   BIGINT       NOT NULL,
    run_id        BIGINT,
    PRIMARY KEY (source_table, source_id),
    CONSTRAINT fk_assignment_origins_assignment FOREIGN KEY (assignment_id) REFERENCES company_role_assignments (assignment_id),
    CONSTRAINT ck_assignment_origins_table CHECK (source_table COLLATE utf8mb4_nopad_bin IN ('technology_vendors', 'owners_developers', 'operators', 'constructors', 'offtakers', 'clients', 'project_vendor_relationships', 'project_owner_relationships', 'project_operator_relationships', 'project_constructor_relationships', 'project_offtaker_relationships'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_origins_assignment ON assignment_origins (assignment_id);

CREATE TABLE affiliation_origins (
    source_table   VARCHAR(64) NOT NULL,
    source_id      BIGINT      NOT NULL,
    affiliation_id BIGINT      NOT NULL,
    source_hash    BIGINT      NOT NULL,
    run_id         BIGINT,
    PRIMARY KEY (source_table, source_id),
    CONSTRAINT fk_affiliation_origins_affiliation FOREIGN KEY (affiliation_id) REFERENCES person_company_affiliations (affiliation_id),
    CONSTRAINT ck_affiliation_origins_table CHECK (source_table COLLATE utf8mb4_nopad_bin = 'personnel_entity_relationships')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_affiliation_origins_affiliation ON affiliation_origins (affiliation_id);

