-- The department a declaration belongs to, so that a declarant sees only its own department's
-- indicators (domain.md §6). Set by the declarant's first write (from its token) and confirmed by
-- budget-service's declaration-submitted event, which is authoritative.
ALTER TABLE declaration_state ADD COLUMN department_code varchar(100);
