-- Merging duplicate companies. A merge re-points every row of one company (the merged one) at another (the
-- survivor) and leaves the merged company behind as a tombstone whose merged_into_company_id names the survivor.
-- A tombstone always points at a company that is not one itself: merging a survivor into a third company
-- re-points its tombstones too, so resolving an id takes one step.
ALTER TABLE companies
    ADD COLUMN merged_into_company_id BIGINT,
    ADD CONSTRAINT fk_companies_merged_into
        FOREIGN KEY (merged_into_company_id) REFERENCES companies (company_id),
    ADD CONSTRAINT ck_companies_not_merged_into_self CHECK (merged_into_company_id <> company_id);

CREATE INDEX ix_companies_merged_into ON companies (merged_into_company_id);

-- One row a merge, in the order they were made; undone_at is set when the merge is undone.
CREATE SEQUENCE company_merges_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE company_merges (
    merge_id            BIGINT        NOT NULL,
    survivor_company_id BIGINT        NOT NULL,
    merged_company_id   BIGINT        NOT NULL,
    merged_at           DATETIME(6)   NOT NULL,
    merged_by           VARCHAR(255),
    options             VARCHAR(1000),
    undone_at           DATETIME(6),
    undone_by           VARCHAR(255),
    PRIMARY KEY (merge_id),
    CONSTRAINT fk_company_merges_survivor FOREIGN KEY (survivor_company_id) REFERENCES companies (company_id),
    CONSTRAINT fk_company_merges_merged FOREIGN KEY (merged_company_id) REFERENCES companies (company_id),
    CONSTRAINT ck_company_merges_pair CHECK (survivor_company_id <> merged_company_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_company_merges_survivor ON company_merges (survivor_company_id);

CREATE INDEX ix_company_merges_merged ON company_merges (merged_company_id);

-- The journal: for every row a merge changed, re-pointed or deleted, its image before the merge ('B'), and for
-- every row it left behind changed, its image after the merge ('A'), with the columns of its table and their
-- types, so that undoing the merge restores the exact prior values, timestamps included, and can tell whether
-- a row changed since. One journal table a unified table, keyed by the merge, the image and the row's key.

-- Images of companies rows.
CREATE TABLE merge_journal_companies (
    merge_id BIGINT NOT NULL,
    image CHAR(1) NOT NULL,
    company_id BIGINT NOT NULL,
    company_name VARCHAR(255) NOT NULL,
    name_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    company_type VARCHAR(50),
    website VARCHAR(255),
    country VARCHAR(100),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(50),
    reactor_type VARCHAR(100),
    sector VARCHAR(100),
    notes TEXT,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6),
    created_by_run BIGINT,
    merged_into_company_id BIGINT,
    PRIMARY KEY (merge_id, image, company_id),
    CONSTRAINT fk_merge_journal_companies_merge FOREIGN KEY (merge_id) REFERENCES company_merges (merge_id),
    CONSTRAINT ck_merge_journal_companies_image CHECK (image COLLATE utf8mb4_nopad_bin IN ('B', 'A'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Images of company_role_assignments rows.
CREATE TABLE merge_journal_assignments (
    merge_id BIGINT NOT NULL,
    image CHAR(1) NOT NULL,
    assignment_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    role_id INTEGER NOT NULL,
    context_type VARCHAR(20),
    context_id BIGINT,
    is_primary BOOLEAN NOT NULL,
    notes TEXT,
    created_at DATETIME(6) NOT NULL,
    created_by_run BIGINT,
    PRIMARY KEY (merge_id, image, assignment_id),
    CONSTRAINT fk_merge_journal_assignments_merge FOREIGN KEY (merge_id) REFERENCES company_merges (merge_id),
    CONSTRAINT ck_merge_journal_assignments_image CHECK (image COLLATE utf8mb4_nopad_bin IN ('B', 'A'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Images of client_profiles rows.
CREATE TABLE merge_journal_profiles (
    merge_id BIGINT NOT NULL,
    image CHAR(1) NOT NULL,
    company_id BIGINT NOT NULL,
    relationship_strength VARCHAR(20),
    client_priority VARCHAR(20),
    relationship_notes TEXT,
    last_contact_date DATE,
    next_contact_date DATE,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6),
    created_by_run BIGINT,
    PRIMARY KEY (merge_id, image, company_id),
    CONSTRAINT fk_merge_journal_profiles_merge FOREIGN KEY (merge_id) REFERENCES company_merges (merge_id),
    CONSTRAINT ck_merge_journal_profiles_image CHECK (image COLLATE utf8mb4_nopad_bin IN ('B', 'A'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Images of person_company_affiliations rows.
CREATE TABLE merge_journal_affiliations (
    merge_id BIGINT NOT NULL,
    image CHAR(1) NOT NULL,
    affiliation_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    title VARCHAR(255),
    is_primary BOOLEAN NOT NULL,
    start_date DATE,
    end_date DATE,
    notes TEXT,
    created_at DATETIME(6) NOT NULL,
    created_by_run BIGINT,
    PRIMARY KEY (merge_id, image, affiliation_id),
    CONSTRAINT fk_merge_journal_affiliations_merge FOREIGN KEY (merge_id) REFERENCES company_merges (merge_id),
    CONSTRAINT ck_merge_journal_affiliations_image CHECK (image COLLATE utf8mb4_nopad_bin IN ('B', 'A'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Images of internal_external_links rows.
CREATE TABLE merge_journal_links (
    merge_id BIGINT NOT NULL,
    image CHAR(1) NOT NULL,
    link_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    related_company_id BIGINT NOT NULL,
    link_type VARCHAR(50) NOT NULL,
    notes TEXT,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (merge_id, image, link_id),
    CONSTRAINT fk_merge_journal_links_merge FOREIGN KEY (merge_id) REFERENCES company_merges (merge_id),
    CONSTRAINT ck_merge_journal_links_image CHECK (image COLLATE utf8mb4_nopad_bin IN ('B', 'A'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Images of company_origins rows.
CREATE TABLE merge_journal_company_origins (
    merge_id BIGINT NOT NULL,
    image CHAR(1) NOT NULL,
    source_table VARCHAR(64) NOT NULL,
    source_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    source_name VARCHAR(255),
    source_hash BIGINT NOT NULL,
    source_values TEXT,
    run_id BIGINT,
    PRIMARY KEY (merge_id, image, source_table, source_id),
    CONSTRAINT fk_merge_journal_company_origins_merge FOREIGN KEY (merge_id) REFERENCES company_merges (merge_id),
    CONSTRAINT ck_merge_journal_company_origins_image CHECK (image COLLATE utf8mb4_nopad_bin IN ('B', 'A'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Images of assignment_origins rows.
CREATE TABLE merge_journal_assignment_origins (
    merge_id BIGINT NOT NULL,
    image CHAR(1) NOT NULL,
    source_table VARCHAR(64) NOT NULL,
    source_id BIGINT NOT NULL,
    assignment_id BIGINT NOT NULL,
    source_hash BIGINT NOT NULL,
    run_id BIGINT,
    PRIMARY KEY (merge_id, image, source_table, source_id),
    CONSTRAINT fk_merge_journal_assignment_origins_merge FOREIGN KEY (merge_id) REFERENCES company_merges (merge_id),
    CONSTRAINT ck_merge_journal_assignment_origins_image CHECK (image COLLATE utf8mb4_nopad_bin IN ('B', 'A'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
