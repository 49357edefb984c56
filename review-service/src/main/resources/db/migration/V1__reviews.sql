-- 绩效目标审核: one review per submitted revision of a declaration.
CREATE TABLE review (
    id              uuid PRIMARY KEY,
    declaration_id  uuid         NOT NULL,
    revision        integer      NOT NULL,
    event_id        varchar(100) NOT NULL UNIQUE,
    department_code varchar(32)  NOT NULL,
    department_name varchar(200) NOT NULL,
    fiscal_year     integer      NOT NULL,
    submitted_at    timestamptz  NOT NULL,
    -- the revision's content as the declaration-submitted event carried it
    submission      jsonb        NOT NULL,
    status          varchar(16)  NOT NULL,
    -- the pre-review's result, once COMPLETED
    result          jsonb,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text,
    received_at     timestamptz  NOT NULL,
    completed_at    timestamptz,
    CONSTRAINT review_one_per_revision UNIQUE (declaration_id, revision)
);
CREATE INDEX review_pending ON review (received_at) WHERE status = 'PENDING';
CREATE INDEX review_fiscal_year ON review (fiscal_year, department_code);
