-- The composite is stored exactly as text (a decimal or a fraction a/b, see Score.toString); the dashboard sorts by
-- it, so a generated number of it is kept beside it, for ordering only: what is shown is always the exact text.
ALTER TABLE period_snapshot_customer ADD COLUMN composite_order NUMERIC GENERATED ALWAYS AS (
    CASE WHEN strpos(composite, '/') > 0
         THEN CAST(split_part(composite, '/', 1) AS NUMERIC) / CAST(split_part(composite, '/', 2) AS NUMERIC)
         ELSE CAST(composite AS NUMERIC) END) STORED;
CREATE INDEX ix_period_snapshot_customer_composite ON period_snapshot_customer (snapshot_id, composite_order, code);
