-- Pairs of companies a person reviewed and found to be different organisations. The duplicate search no longer
-- proposes a pair listed here. A pair is stored with the smaller company id first, as candidates are.
CREATE TABLE rejected_duplicate_pairs (
    company_id       BIGINT       NOT NULL,
    other_company_id BIGINT       NOT NULL,
    rejected_at      DATETIME(6)  NOT NULL,
    rejected_by      VARCHAR(255),
    PRIMARY KEY (company_id, other_company_id),
    CONSTRAINT fk_rejected_duplicate_pairs_company FOREIGN KEY (company_id) REFERENCES companies (company_id),
    CONSTRAINT fk_rejected_duplicate_pairs_other FOREIGN KEY (other_company_id) REFERENCES companies (company_id),
    CONSTRAINT ck_rejected_duplicate_pairs_order CHECK (company_id < other_company_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_rejected_duplicate_pairs_other ON rejected_duplicate_pairs (other_company_id);
