-- Pairs of companies a person reviewed and found to be different organisations. The duplicate search no longer
-- proposes a pair listed here. A pair is stored with the smaller company id first, as candidates are.
CREATE TABLE rejected_duplicate_pairs (
    company_id       BIGINT       NOT NULL,
    other_company_id BIGINT       NOT NULL,
    rejected_at      TIMESTAMP    NOT NULL,
    rejected_by      VARCHAR(255),
    CONSTRAINT pk_rejected_duplicate_pairs PRIMARY KEY (company_id, other_company_id),
    CONSTRAINT fk_rejected_duplicate_pairs_company FOREIGN KEY (company_id) REFERENCES companies (company_id),
    CONSTRAINT fk_rejected_duplicate_pairs_other FOREIGN KEY (other_company_id) REFERENCES companies (company_id),
    CONSTRAINT ck_rejected_duplicate_pairs_order CHECK (company_id < other_company_id)
);

CREATE INDEX ix_rejected_duplicate_pairs_other ON rejected_duplicate_pairs (other_company_id);
