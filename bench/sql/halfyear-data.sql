-- Half-year benchmark data, set-based. Variables (psql -v): customers, responses, period.
-- Runs after the app's Flyway migrations made the schema. FK triggers are skipped for this session only
-- (session_replication_role = replica): the rows are consistent by construction and it halves the load time.
\set ON_ERROR_STOP on
SET session_replication_role = replica;
SET synchronous_commit = off;
SELECT setseed(0.42);

-- Customers: 5 % key accounts, annual values in steps of 10,000 (many ties), five regions, four industries.
INSERT INTO customer (id, code, name, region, industry, value_tier, annual_value, key_account, active, created_at)
SELECT g, 'B' || lpad(g::text, 6, '0'), 'Bench customer ' || g,
       (ARRAY['East', 'North', 'South', 'West', 'Central'])[1 + g % 5],
       (ARRAY['Automotive', 'Electronics', 'Machinery', 'Chemicals'])[1 + g % 4],
       (ARRAY['A', 'B', 'C'])[1 + g % 3],
       ((g * 7919) % 200 + 1) * 10000.00,
       g % 20 = 0, TRUE, TIMESTAMPTZ '2025-12-01 00:00:00+00'
FROM generate_series(1, :customers) g;
SELECT setval(pg_get_serial_sequence('customer', 'id'), :customers);

INSERT INTO contact (customer_id, name, email, preferred_language)
SELECT g, 'Contact ' || g, 'contact' || g || '@bench.invalid', CASE WHEN g % 4 = 0 THEN 'en' ELSE 'zh' END
FROM generate_series(1, :customers) g;

-- One published survey: one section, 17 scored LIKERT5 items (10 points each), then CSAT, NPS and CES.
INSERT INTO survey (title_zh, title_en, status, created_at, published_at)
VALUES ('基准问卷', 'Benchmark survey', 'PUBLISHED', TIMESTAMPTZ '2025-12-01 00:00:00+00', TIMESTAMPTZ '2025-12-02 00:00:00+00');
INSERT INTO survey_section (survey_id, position, title_zh, title_en)
SELECT max(id), 0, '总体', 'Overall' FROM survey;
INSERT INTO question (section_id, position, type, text_zh, text_en, required, scored, points, scale)
SELECT (SELECT max(id) FROM survey_section), p, 'LIKERT5', '题目 ' || p, 'Item ' || p, TRUE, TRUE, 10, 'LIKERT5'
FROM generate_series(0, 16) p;
INSERT INTO question (section_id, position, type, text_zh, text_en, required, scored, points, scale, positive_threshold)
VALUES ((SELECT max(id) FROM survey_section), 17, 'CSAT', '总体满意度', 'Overall satisfaction', TRUE, FALSE, 10, 'ONE_TO_FIVE', 4),
       ((SELECT max(id) FROM survey_section), 18, 'NPS', '推荐意愿', 'Would you recommend us', TRUE, FALSE, 10, 'ZERO_TO_TEN', NULL),
       ((SELECT max(id) FROM survey_section), 19, 'CES', '办事容易程度', 'Ease of doing business', TRUE, FALSE, 10, 'ONE_TO_SEVEN', NULL);

INSERT INTO campaign (survey_id, name, period, status, target_response_rate, created_at)
SELECT max(id), 'Benchmark ' || :'period', :'period', 'OPEN', 70, TIMESTAMPTZ '2026-01-05 00:00:00+00' FROM survey;

-- Each customer's "quality" (0.55 … 1.00) drives its scores, so composites spread over every band.
CREATE TEMP TABLE bench_quality AS
SELECT g AS customer_id, 0.55 + 0.45 * random() AS q FROM generate_series(1, :customers) g;

-- Recipients: one per response; customers 1 … 95 % answer, the rest are invited once and never answer;
-- 10 % more invitations that got no answer, so the response rate is realistic (~91 %).
CREATE TEMP TABLE bench_recipient AS
SELECT r AS n,
       CASE WHEN r <= :responses THEN 1 + (r::bigint * 7919) % greatest(1, (:customers * 95) / 100)
            ELSE 1 + (r::bigint * 104729) % :customers END AS customer_id,
       r <= :responses AS answered
FROM generate_series(1, :responses + :responses / 10) r;

INSERT INTO recipient (id, token, survey_id, campaign_id, customer_id, contact_id, language, created_at, sent_at,
                       opened_at, answered_at)
SELECT b.n, md5('bench' || b.n), (SELECT max(id) FROM survey), (SELECT max(id) FROM campaign), b.customer_id,
       b.customer_id, 'zh', TIMESTAMPTZ '2026-01-05 00:00:00+00', TIMESTAMPTZ '2026-01-05 01:00:00+00',
       CASE WHEN b.answered THEN TIMESTAMPTZ '2026-01-06 00:00:00+00' END,
       CASE WHEN b.answered THEN TIMESTAMPTZ '2026-01-06 00:00:00+00' + (b.n % 150) * INTERVAL '1 day' END
FROM bench_recipient b;
SELECT setval(pg_get_serial_sequence('recipient', 'id'), (SELECT max(id) FROM recipient));

-- Responses: 17 scored items of 10 points = 70,000 units each (a point is 7,000 units); one in ten skipped an
-- item (16 items). An item answered v of 5 earns 14,000 × v units.
CREATE TEMP TABLE bench_response AS
SELECT b.n, b.customer_id, CASE WHEN b.n % 10 = 0 THEN 16 ELSE 17 END AS items, q.q
FROM bench_recipient b JOIN bench_quality q ON q.customer_id = b.customer_id
WHERE b.answered;

INSERT INTO response (id, recipient_id, survey_id, submitted_at, language, earned_units, possible_units,
                      campaign_id, customer_id, period)
SELECT r.n, r.n, (SELECT max(id) FROM survey), TIMESTAMPTZ '2026-01-06 00:00:00+00' + (r.n % 150) * INTERVAL '1 day',
       'zh',
       14000 * least(5 * r.items, greatest(r.items, round(5 * r.items * (r.q + (random() - 0.5) * 0.2))::bigint)),
       70000 * r.items, (SELECT max(id) FROM campaign), r.customer_id, :'period'
FROM bench_response r;
SELECT setval(pg_get_serial_sequence('response', 'id'), (SELECT max(id) FROM response));

-- The CSAT / NPS / CES answers of every response (the period figures count them).
INSERT INTO answer (response_id, question_id, numeric_value)
SELECT r.n, q.id,
       CASE q.type
           WHEN 'CSAT' THEN least(5, greatest(1, round(5 * r.q + (random() - 0.5) * 2)::int))
           WHEN 'NPS' THEN least(10, greatest(0, round(10 * r.q + (random() - 0.5) * 4)::int))
           ELSE least(7, greatest(1, round(7 * r.q + (random() - 0.5) * 3)::int)) END
FROM bench_response r CROSS JOIN question q
WHERE q.type IN ('CSAT', 'NPS', 'CES') AND q.section_id = (SELECT max(id) FROM survey_section);

-- Operational record of the half-year: deliveries for 80 % of the customers, returns for a quarter of those,
-- praise for 10 %, claims for 5 %, lost business for 2 % (half whole customers, half a product line).
INSERT INTO delivery (customer_id, period, delivered_on, quantity, created_at, updated_at)
SELECT g, :'period', DATE '2026-06-30', 1000 + (g * 37) % 50000, now(), now()
FROM generate_series(1, :customers) g WHERE g % 5 <> 0;
INSERT INTO product_return (customer_id, period, returned_on, quantity, created_at, updated_at)
SELECT g, :'period', DATE '2026-06-30', 1 + (g * 13) % 400, now(), now()
FROM generate_series(1, :customers) g WHERE g % 5 <> 0 AND g % 4 = 1;
INSERT INTO praise (customer_id, praised_on, type, praised, text, recorded_by, recorded_at)
SELECT g, DATE '2026-01-01' + (g % 180), CASE WHEN g % 2 = 0 THEN 'WRITTEN' ELSE 'SPOKEN' END, 'Team', 'Thanks',
       'bench', now()
FROM generate_series(1, :customers) g WHERE g % 10 = 3;
INSERT INTO claim (customer_id, claimed_on, amount, currency, reason, recorded_by, recorded_at)
SELECT g, DATE '2026-01-01' + (g % 180), 100 + g % 5000, 'CNY', 'Defect', 'bench', now()
FROM generate_series(1, :customers) g WHERE g % 20 = 7;
INSERT INTO lost_business (customer_id, kind, product_line, lost_on, reason, recorded_by, recorded_at)
SELECT g, CASE WHEN g % 100 = 11 THEN 'CUSTOMER' ELSE 'PRODUCT_LINE' END,
       CASE WHEN g % 100 = 11 THEN NULL ELSE 'Line ' || g % 7 END, DATE '2026-01-01' + (g % 180), 'Price', 'bench',
       now()
FROM generate_series(1, :customers) g WHERE g % 50 = 11;

SET session_replication_role = DEFAULT;
ANALYZE;
