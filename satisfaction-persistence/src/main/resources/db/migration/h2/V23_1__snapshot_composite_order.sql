-- The composite is stored exactly as text (a decimal or a fraction a/b, see Score.toString); the dashboard sorts by
-- it, so a generated number of it is kept beside it, for ordering only: what is shown is always the exact text.
ALTER TABLE period_snapshot_customer ADD COLUMN composite_order NUMERIC(60, 20) GENERATED ALWAYS AS (
    CASE WHEN LOCATE('/', composite) > 0
         THEN CAST(SUBSTRING(composite, 1, LOCATE('/', composite) - 1) AS NUMERIC(60, 20))
              / CAST(SUBSTRING(composite, LOCATE('/', composite) + 1) AS NUMERIC(60, 20))
         ELSE CAST(composite AS NUMERIC(60, 20)) END);
CREATE INDEX ix_period_snapshot_customer_composite ON period_snapshot_customer (snapshot_id, composite_order, code);
