-- Reviewers page through the reviews of one status and year, newest submission first (the default
-- order of GET /api/v1/reviews). Without this index every page read and sorted all of them: 27 ms
-- per page at 25,000 waiting reviews, and PostgreSQL's whole share of the CPU under the reading load.
CREATE INDEX review_by_status_year_newest ON review (status, fiscal_year, submitted_at DESC, id);
