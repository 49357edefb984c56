-- Ids of the events already applied (shared convention of every consuming service).
CREATE TABLE processed_event (
    event_id     varchar(100) PRIMARY KEY,
    processed_at timestamptz  NOT NULL
);
