-- The legacy schema as it exists in production. Tests and the demo create it with this script;
-- production databases already have it. Relationship tables declare no foreign keys on purpose:
-- production data has orphans, and the backfill reports them.

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

CREATE TABLE technology_vendors (
    vendor_id     BIGINT       NOT NULL PRIMARY KEY,
    vendor_name   VARCHAR(255) NOT NULL,
    website       VARCHAR(255),
    country       VARCHAR(100),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(50),
    reactor_type  VARCHAR(100),
    notes         TEXT,
    created_at    DATETIME(6),
    updated_at    DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE owners_developers (
    owner_id      BIGINT       NOT NULL PRIMARY KEY,
    company_name  VARCHAR(255) NOT NULL,
    company_type  VARCHAR(50),
    website       VARCHAR(255),
    country       VARCHAR(100),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(50),
    notes         TEXT,
    created_at    DATETIME(6),
    updated_at    DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE operators (
    operator_id   BIGINT       NOT NULL PRIMARY KEY,
    operator_name VARCHAR(255) NOT NULL,
    website       VARCHAR(255),
    country       VARCHAR(100),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(50),
    notes         TEXT,
    created_at    DATETIME(6),
    updated_at    DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE constructors (
    constructor_id BIGINT      NOT NULL PRIMARY KEY,
    company_name  VARCHAR(255) NOT NULL,
    website       VARCHAR(255),
    country       VARCHAR(100),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(50),
    notes         TEXT,
    created_at    DATETIME(6),
    updated_at    DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offtakers (
    offtaker_id   BIGINT       NOT NULL PRIMARY KEY,
    organization_name VARCHAR(255) NOT NULL,
    sector        VARCHAR(100),
    website       VARCHAR(255),
    country       VARCHAR(100),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(50),
    notes         TEXT,
    created_at    DATETIME(6),
    updated_at    DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE clients (
    client_id     BIGINT       NOT NULL PRIMARY KEY,
    client_name   VARCHAR(255) NOT NULL,
    website       VARCHAR(255),
    country       VARCHAR(100),
    contact_email VARCHAR(255),
    contact_phone VARCHAR(50),
    relationship_strength VARCHAR(20),
    client_priority VARCHAR(20),
    relationship_notes TEXT,
    last_contact_date DATE,
    next_contact_date DATE,
    notes         TEXT,
    created_at    DATETIME(6),
    updated_at    DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_vendor_relationships (
    relationship_id BIGINT  NOT NULL PRIMARY KEY,
    project_id      BIGINT  NOT NULL,
    vendor_id       BIGINT  NOT NULL,
    is_primary      BOOLEAN NOT NULL DEFAULT FALSE,
    notes           TEXT,
    created_at      DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_owner_relationships (
    relationship_id BIGINT  NOT NULL PRIMARY KEY,
    project_id      BIGINT  NOT NULL,
    owner_id        BIGINT  NOT NULL,
    is_primary      BOOLEAN NOT NULL DEFAULT FALSE,
    notes           TEXT,
    created_at      DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_operator_relationships (
    relationship_id BIGINT  NOT NULL PRIMARY KEY,
    project_id      BIGINT  NOT NULL,
    operator_id     BIGINT  NOT NULL,
    is_primary      BOOLEAN NOT NULL DEFAULT FALSE,
    notes           TEXT,
    created_at      DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_constructor_relationships (
    relationship_id BIGINT  NOT NULL PRIMARY KEY,
    project_id      BIGINT  NOT NULL,
    constructor_id  BIGINT  NOT NULL,
    is_primary      BOOLEAN NOT NULL DEFAULT FALSE,
    notes           TEXT,
    created_at      DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_offtaker_relationships (
    relationship_id BIGINT  NOT NULL PRIMARY KEY,
    project_id      BIGINT  NOT NULL,
    offtaker_id     BIGINT  NOT NULL,
    is_primary      BOOLEAN NOT NULL DEFAULT FALSE,
    notes           TEXT,
    created_at      DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE personnel_entity_relationships (
    relationship_id BIGINT       NOT NULL PRIMARY KEY,
    personnel_id    BIGINT       NOT NULL,
    entity_type     VARCHAR(50)  NOT NULL,
    entity_id       BIGINT       NOT NULL,
    role_title      VARCHAR(255),
    is_primary      BOOLEAN      NOT NULL DEFAULT FALSE,
    start_date      DATE,
    end_date        DATE,
    notes           TEXT,
    created_at      DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
