-- Indexes for the window's filtered first pages on big libraries. Each ends in seq, so that a filter whose columns
-- are fixed by equalities walks its index in import order and stops after one page instead of sorting every match.
CREATE INDEX sample_judgment ON sample(judgment, seq);
-- "Unrated HAS" and other kind queues: kind and rating fixed.
CREATE INDEX sample_kind_rating ON sample(kind, rating, seq);

-- The tools a sample calls, one row each, so that a tool filter reads an index instead of a LIKE over every row.
-- Kept in step with sample.tools_used (import and revisions). Filled for existing samples by V3.
CREATE TABLE sample_tool (
    tool       VARCHAR(4000) NOT NULL,
    sample_seq BIGINT NOT NULL,
    PRIMARY KEY (tool, sample_seq)
);

-- Per-term sample counts are no longer kept (their upkeep cost the indexer most of its time): a query counts a
-- term's postings up to a small bound to pick its driving term.
DROP TABLE search_df;
