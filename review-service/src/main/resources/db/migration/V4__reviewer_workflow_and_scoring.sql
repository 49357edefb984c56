-- The reviewer's workflow: the indicators as reviewed (to show what a later revision changed),
-- the proposed overall grade (to filter the waiting list on) and the reviewer's decision.
ALTER TABLE review ADD COLUMN indicators     jsonb;
ALTER TABLE review ADD COLUMN proposed_grade varchar(16);
ALTER TABLE review ADD COLUMN decision       jsonb;
ALTER TABLE review ADD COLUMN decided_at     timestamptz;
CREATE INDEX review_waiting ON review (fiscal_year, department_code, proposed_grade) WHERE status = 'PRE_REVIEWED';

-- 绩效自评 scoring rules (domain.md §5), one append-only series of versions per fiscal year: a
-- self-evaluation names the version it used, so its numbers can always be reproduced.
CREATE TABLE scoring_rule_set (
    fiscal_year integer      NOT NULL,
    version     integer      NOT NULL,
    rules       jsonb        NOT NULL,
    note        varchar(500),
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (fiscal_year, version)
);

-- 绩效自评: the self-evaluation score of an approved revision, with its inputs and a trace per number.
CREATE TABLE self_evaluation (
    id               uuid         PRIMARY KEY,
    declaration_id   uuid         NOT NULL,
    revision         integer      NOT NULL,
    fiscal_year      integer      NOT NULL,
    rule_set_version integer      NOT NULL,
    inputs           jsonb        NOT NULL,
    result           jsonb        NOT NULL,
    total_score      numeric(7,2) NOT NULL,
    grade            varchar(16)  NOT NULL,
    evaluated_at     timestamptz  NOT NULL,
    CONSTRAINT self_evaluation_rule_set FOREIGN KEY (fiscal_year, rule_set_version)
        REFERENCES scoring_rule_set (fiscal_year, version)
);
CREATE INDEX self_evaluation_revision ON self_evaluation (declaration_id, revision, evaluated_at);
