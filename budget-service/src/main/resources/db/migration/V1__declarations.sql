-- 部门: a budget department.
CREATE TABLE department (
    id                     uuid PRIMARY KEY,
    code                   varchar(32)  NOT NULL UNIQUE,
    name                   varchar(200) NOT NULL,
    subordinate_unit_count integer      NOT NULL CHECK (subordinate_unit_count >= 0),
    created_at             timestamptz  NOT NULL
);

-- 部门整体预算绩效目标申报表: one per department and fiscal year; money in 万元.
CREATE TABLE declaration (
    id                            uuid PRIMARY KEY,
    department_id                 uuid          NOT NULL REFERENCES department (id),
    fiscal_year                   integer       NOT NULL,
    status                        varchar(16)   NOT NULL,
    current_revision              integer       NOT NULL DEFAULT 0,
    basic_expenditure             numeric(15,2) NOT NULL,
    project_expenditure           numeric(15,2) NOT NULL,
    fiscal_appropriation          numeric(15,2) NOT NULL,
    other_income                  numeric(15,2) NOT NULL,
    special_funds                 numeric(15,2) NOT NULL,
    other_development_expenditure numeric(15,2) NOT NULL,
    city_level_use                numeric(15,2) NOT NULL,
    transfer_to_lower_levels      numeric(15,2) NOT NULL,
    overall_target                text          NOT NULL,
    other_tasks                   text,
    version                       bigint        NOT NULL DEFAULT 0,
    created_at                    timestamptz   NOT NULL,
    updated_at                    timestamptz   NOT NULL,
    CONSTRAINT declaration_one_per_department_and_year UNIQUE (department_id, fiscal_year)
);

-- 年度重点工作任务, in the order of the form.
CREATE TABLE key_task (
    id               uuid PRIMARY KEY,
    declaration_id   uuid          NOT NULL REFERENCES declaration (id) ON DELETE CASCADE,
    position         integer       NOT NULL,
    name             varchar(200)  NOT NULL,
    content          text          NOT NULL,
    planned_funds    numeric(15,2) NOT NULL,
    expected_outcome text          NOT NULL,
    CONSTRAINT key_task_position_unique UNIQUE (declaration_id, position)
);

-- A submitted revision, frozen: its content never changes.
CREATE TABLE declaration_revision (
    id             uuid PRIMARY KEY,
    declaration_id uuid        NOT NULL REFERENCES declaration (id),
    number         integer     NOT NULL,
    submitted_at   timestamptz NOT NULL,
    content        jsonb       NOT NULL,
    CONSTRAINT declaration_revision_number_unique UNIQUE (declaration_id, number)
);

-- Transactional outbox: written with the state change, published to Kafka by the relay.
CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    topic        varchar(200) NOT NULL,
    event_key    varchar(200) NOT NULL,
    event_type   varchar(200) NOT NULL,
    subject      varchar(200) NOT NULL,
    payload      text         NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    published_at timestamptz,
    attempts     integer      NOT NULL DEFAULT 0,
    last_error   text
);
CREATE INDEX outbox_event_pending ON outbox_event (occurred_at) WHERE published_at IS NULL;
