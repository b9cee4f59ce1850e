-- The Synapse getting-started tutorial as a SQL script for the synapse-jdbc shell (sqlline).
--
-- Run it on a FRESH embedded local-synapse (from the repository root, after building the driver):
--   java -jar driver/target/synapse-jdbc-0.1.0-SNAPSHOT-all.jar --local=$(mktemp -d) --force=true --maxWidth=250 --run=examples/src/main/resources/tutorial.sql
-- (--local=DIR: a new or empty directory; downloads go to ./synapse-tutorial/ under the current directory).
--
-- CALL takes literal arguments only and the shell has no variables, so this script names the ids that a fresh
-- embedded store gives: the demo data is syn1000001..syn1000007 ("local-synapse demo", its Data folder,
-- matrix_100x4.tsv = syn1000003, sample_metadata.csv = syn1000004, ...) and the entities created below follow
-- in order (project syn1000008, folder syn1000009, ...). Each CALL prints the id it created; against another
-- server (e.g. synapse.org: --url jdbc:synapse:), replace the ids with the printed ones. The Java program
-- (examples/.../Tutorial.java) does the same steps and looks every id up by name.

-- 1. Find the tutorial's matrix by name (projects are schemas; synapse.* are system tables), then its metadata.
SELECT "id", "name" FROM synapse.projects WHERE "name" = 'local-synapse demo';
SELECT "id", "name", "parent_id" FROM synapse.files WHERE "project_id" = 'syn1000001' AND "name" = 'matrix_100x4.tsv';
SELECT * FROM synapse.files WHERE "id" = 'syn1000003';

-- 2. Download it (MD5 verified); the result names the local path.
CALL download_file('syn1000003', NULL, 'synapse-tutorial');

-- 3. Read the 100x4 tab-delimited matrix through SQL.
SELECT * FROM TABLE(synapse.read_file('syn1000003')) LIMIT 5;
-- read_file gives text columns (as a CSV reader would): cast them to compute.
SELECT COUNT(*) AS "rows", MIN(CAST("V1" AS DOUBLE)) AS "min_V1", MAX(CAST("V1" AS DOUBLE)) AS "max_V1", AVG(CAST("V1" AS DOUBLE)) AS "avg_V1" FROM TABLE(synapse.read_file('syn1000003'));

-- 4. A project (names are unique across Synapse) and a folder in it.
CALL create_project('JDBC tutorial (SQL script)', 'Made by tutorial.sql');
CALL create_folder('syn1000008', 'Data');

-- 5. Upload the matrix with a description, and again under another name.
CALL store_file('syn1000009', 'synapse-tutorial/matrix_100x4.tsv', NULL, 'The tutorial''s 100x4 matrix');
CALL store_file('syn1000009', 'synapse-tutorial/matrix_100x4.tsv', 'matrix copy.tsv', 'The same bytes, another name');

-- 6. Annotate with procedures, read the annotations back.
CALL set_annotations('syn1000010', '{"species":"Homo sapiens","dataType":"matrix","rowCount":100}');
CALL set_annotation('syn1000011', 'species', 'Homo sapiens');
SELECT "entity_id", "key", "type", "value" FROM synapse.annotations WHERE "entity_id" = 'syn1000010';

-- 7. Versions: store a file, then changed content under the same name (here: the two versions of the demo's
--    sample_metadata.csv), and read version 1 back.
CALL download_file('syn1000004', 1, 'synapse-tutorial/samples-v1');
CALL download_file('syn1000004', 2, 'synapse-tutorial/samples-v2');
CALL store_file('syn1000009', 'synapse-tutorial/samples-v1/sample_metadata.csv', 'samples.csv', 'Sample sheet');
CALL store_file('syn1000009', 'synapse-tutorial/samples-v2/sample_metadata.csv', 'samples.csv');
SELECT "entity_id", "version", "content_size", "content_md5", "is_latest" FROM synapse.versions WHERE "entity_id" = 'syn1000012';
CALL download_file('syn1000012', 1, 'synapse-tutorial/samples-version1');

-- 8. Provenance: what version 2 used (the demo's file, version 2) and what was executed (a script URL).
CALL set_provenance('syn1000012', 'syn1000004.2', 'https://github.com/synapse-jdbc/synapse-jdbc/blob/main/examples/src/main/resources/tutorial.sql', 'Copy the sample sheet', 'Stored the demo sample sheet in my project');
SELECT "entity_id", "version", "activity_name", "used_entity_id", "used_version", "used_url", "executed" FROM synapse.provenance WHERE "entity_id" = 'syn1000012';

-- 9. A file view over the project, with a column per annotation; wait until it shows the files. Tables are
--    named by id (synapse.syn1000013); the project-schema name "JDBC tutorial (SQL script)"."Tutorial files"
--    works too once the driver's project list is refreshed (cacheTtl, 60 s).
CALL create_file_view('syn1000008', 'Tutorial files', 'syn1000008', 1, TRUE);
CALL wait_for_view('syn1000013', 300);
SELECT "id", "name", "currentVersion", "species", "dataType", "rowCount" FROM synapse.syn1000013 ORDER BY "name";

-- 10. Annotate through the view: UPDATE changes the files' annotations.
UPDATE synapse.syn1000013 SET "species" = 'Mus musculus' WHERE "name" = 'matrix copy.tsv';
SELECT "entity_id", "key", "value" FROM synapse.annotations WHERE "entity_id" = 'syn1000011';

-- 11. Query the view: the whole statement runs as one Synapse query (EXPLAIN shows it).
CALL wait_for_view('syn1000013', 300);
SELECT "species", COUNT(*) AS "files", SUM("dataFileSizeBytes") AS "bytes" FROM synapse.syn1000013 GROUP BY "species" ORDER BY "species";
EXPLAIN PLAN FOR SELECT "species", COUNT(*) AS "files" FROM synapse.syn1000013 GROUP BY "species";

-- 12. A join no Synapse query can do: my files with the demo project's files that have the same bytes.
SELECT mine."name" AS "my_file", src."name" AS "same_bytes_as", src."id" AS "source_id" FROM synapse.syn1000013 AS mine JOIN synapse.files AS src ON src."content_md5" = mine."dataFileMD5Hex" WHERE src."parent_id" = 'syn1000002' ORDER BY 1;
