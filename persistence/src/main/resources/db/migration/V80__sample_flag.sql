-- Quality flags (model/flags): at most one row per (flag, sample), the first step it concerns and its one-line
-- reason. Stored whatever the curator's flag settings (score holds the answer's token F1, compared with the
-- threshold when listing). Filled behind imports by the flag indexer from its watermark (flags.computed), which
-- starts at 0, so a library that existed before this table gets its flags in the background; kept in step with
-- each revision in the revision's transaction.
CREATE TABLE sample_flag (
    flag       VARCHAR(32) NOT NULL,
    sample_seq BIGINT NOT NULL,
    step       INT NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    reason     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (flag, sample_seq)
);
CREATE INDEX sample_flag_sample ON sample_flag(sample_seq);
