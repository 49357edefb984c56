-- The trace context (W3C traceparent) of the change that wrote an outbox event, sent on with it to Kafka;
-- and of the submission event that opened a review, which its pre-review (later, on another thread) joins.
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
ALTER TABLE review ADD COLUMN trace_parent text;
