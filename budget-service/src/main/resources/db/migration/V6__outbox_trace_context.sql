-- The trace context (W3C traceparent) of the change that wrote an outbox event, sent on with it to Kafka.
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
