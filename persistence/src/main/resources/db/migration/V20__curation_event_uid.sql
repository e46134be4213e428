-- Stable identity of a curation event across libraries: logs exported on different laptops merge by uid without
-- duplicates. Existing events get a fresh random UUID; new ones get theirs from Curation.append().
ALTER TABLE curation_event ADD COLUMN uid VARCHAR(64);
UPDATE curation_event SET uid = CAST(RANDOM_UUID() AS VARCHAR(64));
ALTER TABLE curation_event ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX curation_event_uid ON curation_event(uid);
-- Export in time order, agreement by type.
CREATE INDEX curation_event_time ON curation_event(at_time, id);
