-- Mid-year monitoring (docs/domain.md §8): rule sets per fiscal year, rounds, and each department's report.
CREATE TABLE monitoring_rule_set (
    fiscal_year integer NOT NULL,
    version integer NOT NULL,
    rules jsonb NOT NULL,
    note text,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (fiscal_year, version)
);

CREATE TABLE monitoring_round (
    id uuid PRIMARY KEY,
    fiscal_year integer NOT NULL,
    cut_off_date date NOT NULL,
    due_date date NOT NULL,
    rule_set_version integer NOT NULL,
    opened_at timestamptz NOT NULL,
    opened_by text NOT NULL
);
CREATE INDEX monitoring_round_by_year ON monitoring_round (fiscal_year, cut_off_date);

CREATE TABLE monitoring_report (
    id uuid PRIMARY KEY,
    round_id uuid NOT NULL REFERENCES monitoring_round (id),
    declaration_id uuid NOT NULL,
    revision integer NOT NULL,
    department_code text NOT NULL,
    department_name text,
    status text NOT NULL,
    inputs jsonb NOT NULL,
    result jsonb NOT NULL,
    saved_at timestamptz NOT NULL,
    submitted_at timestamptz,
    submitted_by text,
    version bigint NOT NULL,
    UNIQUE (round_id, declaration_id)
);
