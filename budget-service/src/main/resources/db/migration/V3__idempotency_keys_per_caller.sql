-- An Idempotency-Key belongs to the caller who sent it (its token's subject): another caller's request with
-- the same key is a request of its own, never a replay of the first caller's answer.
ALTER TABLE idempotent_request ADD COLUMN caller varchar(200) NOT NULL DEFAULT '';
ALTER TABLE idempotent_request DROP CONSTRAINT idempotent_request_pkey;
ALTER TABLE idempotent_request ADD PRIMARY KEY (idempotency_key, operation, caller);
ALTER TABLE idempotent_request ALTER COLUMN caller DROP DEFAULT;
