-- Transactional outbox (platform/outbox): written with the state change, published to Kafka by the relay.
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
