-- Where each dataset's committed bodies end in bodies.dat, written in the transaction of its sample rows. Opening a
-- library cuts a killed import's uncommitted tail at the furthest of these (a row per dataset) instead of scanning
-- every sample row for MAX(body_offset + body_length), which grew with the library (every CLI command and start).
ALTER TABLE dataset ADD COLUMN bodies_end BIGINT DEFAULT 0 NOT NULL;
UPDATE dataset d SET bodies_end = COALESCE(
    (SELECT MAX(s.body_offset + s.body_length) FROM sample s WHERE s.dataset_id = d.id), 0);
