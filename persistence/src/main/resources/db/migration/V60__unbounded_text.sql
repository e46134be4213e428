-- No value's length may abort an import or a curation call (issue 15): every text column that holds source data or a
-- user's words takes any length. H2 stores short values as before; only the declared limit changes. Ids longer than
-- SampleRow.MAX_ID_LENGTH are replaced by the content id on import (with a warning), so the id columns stay usable as
-- command arguments, but they no longer fail on what slips through.
ALTER TABLE sample ALTER COLUMN id SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE sample ALTER COLUMN tools_used SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE sample ALTER COLUMN labels SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE sample_tool ALTER COLUMN tool SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE sample_label ALTER COLUMN label SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE sample_annotator ALTER COLUMN annotator SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE rating_state ALTER COLUMN annotator SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE curation_event ALTER COLUMN sample_id SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE curation_event ALTER COLUMN annotator SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE setting ALTER COLUMN setting_value SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE dataset ALTER COLUMN source_path SET DATA TYPE VARCHAR(1000000000);
ALTER TABLE dataset_issue ALTER COLUMN reason SET DATA TYPE VARCHAR(1000000000);
