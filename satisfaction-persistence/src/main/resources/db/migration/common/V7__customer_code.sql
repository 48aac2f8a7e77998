-- The customer register (客户资料表) is keyed by a customer code: re-imports match on it, and segmentation breaks
-- ties by it (SPEC §4.8). Names may repeat (two plants of one group); codes may not.
ALTER TABLE customer ADD COLUMN code VARCHAR(40);
UPDATE customer SET code = 'C' || CAST(id AS VARCHAR(20));
ALTER TABLE customer ALTER COLUMN code SET NOT NULL;
ALTER TABLE customer ADD CONSTRAINT uk_customer_code UNIQUE (code);
ALTER TABLE customer DROP CONSTRAINT uk_customer_name;
CREATE INDEX ix_customer_name ON customer (name);
CREATE INDEX ix_customer_active ON customer (active, key_account);
