-- The dashboard's per-customer table pages a closed half-year's snapshot in SQL, sorted by code or annual value
-- (ties by code), and lists a customer's closed half-years; the sort by composite needs a number, added per database
-- in V23_1.
CREATE INDEX ix_period_snapshot_customer_code ON period_snapshot_customer (snapshot_id, code);
CREATE INDEX ix_period_snapshot_customer_value ON period_snapshot_customer (snapshot_id, annual_value, code);
CREATE INDEX ix_period_snapshot_customer_customer ON period_snapshot_customer (customer_id);
