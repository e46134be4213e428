-- Full-text search moved to a Lucene index in the library folder (search-index/), rebuilt from the samples when
-- missing: the H2 postings and their watermark go.
DROP TABLE IF EXISTS search_term;
DELETE FROM setting WHERE name = 'search.indexed';
