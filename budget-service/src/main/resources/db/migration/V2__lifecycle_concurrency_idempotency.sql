-- A department may sit under a parent department; updates carry the version they read.
ALTER TABLE department ADD COLUMN parent_id uuid REFERENCES department (id);
ALTER TABLE department ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- Replays of POST requests that carried an Idempotency-Key: the first result is returned again.
CREATE TABLE idempotent_request (
    idempotency_key varchar(200) NOT NULL,
    operation       varchar(200) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    status          integer      NOT NULL,
    location        varchar(500),
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (idempotency_key, operation)
);

-- Ids of the events already applied: a redelivered decision changes nothing.
CREATE TABLE processed_event (
    event_id     varchar(100) PRIMARY KEY,
    processed_at timestamptz  NOT NULL
);

CREATE INDEX declaration_status ON declaration (status, fiscal_year);
