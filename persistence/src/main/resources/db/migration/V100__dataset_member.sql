-- The samples a dataset's file holds that another dataset brought into the library first (the same trajectories in
-- a second file, another form of one export): the sample row keeps its first dataset, and this table lets the
-- second list them too. A sample the dataset imported itself is not repeated here (sample.dataset_id says it).
-- Written by the import in the chunk's transaction; a library made before this table gets the rows when the file is
-- imported again (the run finds the dataset and its duplicates again).
CREATE TABLE dataset_member (
    dataset_id BIGINT NOT NULL,
    sample_seq BIGINT NOT NULL,
    PRIMARY KEY (dataset_id, sample_seq)
);
