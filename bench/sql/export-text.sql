-- Export benchmark, on top of halfyear-data.sql: one optional free-text question on the benchmark survey and an answer
-- to it in every tenth response, with what CSV must quote (commas, double quotes) and, in one answer of ten, text that
-- starts like a formula (=cmd…), which the export must neutralise. Variables (psql -v): none.
\set ON_ERROR_STOP on
SET session_replication_role = replica;
SET synchronous_commit = off;

INSERT INTO question (section_id, position, type, text_zh, text_en, required, scored, points)
SELECT (SELECT max(id) FROM survey_section), 100, 'TEXT', '建议', 'Suggestions', FALSE, FALSE, 10;

INSERT INTO answer (response_id, question_id, text_value)
SELECT r.id, (SELECT max(id) FROM question),
       CASE WHEN r.id % 100 = 0 THEN '=cmd|'' /C calc''!A0'
            ELSE '交货要准时, "包装" 可以更好 #' || r.id END
FROM response r
WHERE r.id % 10 = 0;

SET session_replication_role = DEFAULT;
ANALYZE answer;
