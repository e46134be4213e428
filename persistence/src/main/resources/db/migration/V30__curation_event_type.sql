-- Reading every event of one type (the preference pairs an export needs) without scanning the whole curation log.
CREATE INDEX curation_event_type ON curation_event(type, id);
