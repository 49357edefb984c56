-- The across-years rule (docs/domain.md §9) looks up a department's latest approved review before a fiscal year.
CREATE INDEX review_approved_by_department ON review (department_code, fiscal_year DESC) WHERE status = 'APPROVED';
