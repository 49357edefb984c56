-- Whether the department of a declaration came from budget-service (a lookup with the caller's token, or the
-- declaration-submitted event) rather than from the token of the first declarant who wrote its indicators.
ALTER TABLE declaration_state ADD COLUMN owner_confirmed boolean NOT NULL DEFAULT false;
