-- 指标目录: the fixed catalogue of 一级 (level 1) and 二级 (level 2) indicator categories.
CREATE TABLE category (
    code        varchar(40)  PRIMARY KEY,
    level       integer      NOT NULL CHECK (level IN (1, 2)),
    parent_code varchar(40)  REFERENCES category (code),
    name        varchar(100) NOT NULL UNIQUE,
    name_en     varchar(100) NOT NULL,
    position    integer      NOT NULL,
    CHECK ((level = 1) = (parent_code IS NULL))
);

INSERT INTO category (code, level, parent_code, name, name_en, position) VALUES
    ('OUTPUT',                         1, NULL,           '产出指标',           'output',                        1),
    ('OUTCOME',                        1, NULL,           '效益指标',           'outcome',                       2),
    ('SATISFACTION',                   1, NULL,           '满意度指标',         'satisfaction',                  3),
    ('QUANTITY',                       2, 'OUTPUT',       '数量指标',           'quantity',                      1),
    ('QUALITY',                        2, 'OUTPUT',       '质量指标',           'quality',                       2),
    ('TIMELINESS',                     2, 'OUTPUT',       '时效指标',           'timeliness',                    3),
    ('COST',                           2, 'OUTPUT',       '成本指标',           'cost',                          4),
    ('ECONOMIC',                       2, 'OUTCOME',      '经济效益指标',       'economic',                      1),
    ('SOCIAL',                         2, 'OUTCOME',      '社会效益指标',       'social',                        2),
    ('ECOLOGICAL',                     2, 'OUTCOME',      '生态效益指标',       'ecological',                    3),
    ('SUSTAINABILITY',                 2, 'OUTCOME',      '可持续影响指标',     'sustainability',                4),
    ('SERVICE_RECIPIENT_SATISFACTION', 2, 'SATISFACTION', '服务对象满意度指标', 'service-recipient satisfaction', 1);

-- 三级指标 of a declaration: revision 0 is the working copy the department edits;
-- revision n >= 1 is the copy frozen when revision n was submitted, never changed afterwards.
CREATE TABLE indicator (
    id              uuid PRIMARY KEY,
    declaration_id  uuid         NOT NULL,
    revision        integer      NOT NULL,
    position        integer      NOT NULL,
    level1_category varchar(40)  NOT NULL REFERENCES category (code),
    level2_category varchar(40)  NOT NULL REFERENCES category (code),
    name            text         NOT NULL,
    period_target   text         NOT NULL,
    annual_target   text         NOT NULL,
    weight          numeric(5,2),
    CONSTRAINT indicator_position_unique UNIQUE (declaration_id, revision, position)
);

-- What this service knows of a declaration's lifecycle, learnt from events.
CREATE TABLE declaration_state (
    declaration_id  uuid PRIMARY KEY,
    locked          boolean     NOT NULL,
    latest_revision integer     NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- Ids of the events already applied: a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     varchar(100) PRIMARY KEY,
    processed_at timestamptz  NOT NULL
);
