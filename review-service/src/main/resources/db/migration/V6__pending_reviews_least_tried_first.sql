-- The pre-review takes the pending reviews tried least often first, oldest first among them
-- (Review.lockPending): the index of pending reviews follows that order.
DROP INDEX review_pending;
CREATE INDEX review_pending ON review (attempts, received_at, id) WHERE status = 'PENDING';
