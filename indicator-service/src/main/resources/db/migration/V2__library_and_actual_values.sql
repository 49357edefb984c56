-- 指标库: standard indicators that departments pick instead of writing free text.
-- 共性指标 (COMMON) serve every department; 个性指标 (FIELD_SPECIFIC) one field of work.
CREATE TABLE library_indicator (
    id              uuid PRIMARY KEY,
    name            varchar(500)  NOT NULL,
    level1_category varchar(40)   NOT NULL REFERENCES category (code),
    level2_category varchar(40)   NOT NULL REFERENCES category (code),
    scope           varchar(20)   NOT NULL CHECK (scope IN ('COMMON', 'FIELD_SPECIFIC')),
    field_of_work   varchar(100),
    nature          varchar(20)   NOT NULL CHECK (nature IN ('QUANTITATIVE', 'QUALITATIVE')),
    unit            varchar(20),
    comparator      varchar(20),
    explanation     text,
    data_source     text,
    scoring_rule    text,
    enabled         boolean       NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    CHECK (scope = 'COMMON' OR field_of_work IS NOT NULL)
);
CREATE INDEX library_indicator_category ON library_indicator (level2_category);

-- A declaration's indicator may come from the library.
ALTER TABLE indicator ADD COLUMN library_indicator_id uuid REFERENCES library_indicator (id);

-- The approved revision, learnt from the review decision: only its measures get actual values.
ALTER TABLE declaration_state ADD COLUMN approved_revision integer;

-- 进度值 (mid-year monitoring) and 完成值 (year-end) of each annual measure of an approved revision.
CREATE TABLE measure_value (
    id                   uuid PRIMARY KEY,
    declaration_id       uuid          NOT NULL,
    revision             integer       NOT NULL,
    indicator_position   integer       NOT NULL,
    measure_index        integer       NOT NULL,
    progress_value       numeric(24,4),
    progress_band        varchar(20),
    progress_evidence    text,
    progress_recorded_at timestamptz,
    actual_value         numeric(24,4),
    actual_band          varchar(20),
    actual_evidence      text,
    actual_recorded_at   timestamptz,
    CONSTRAINT measure_value_unique UNIQUE (declaration_id, revision, indicator_position, measure_index)
);
