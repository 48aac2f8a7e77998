-- Which customers' scoring inputs changed, and in which transaction. The live page of an open half-year keeps the
-- period's inputs in memory and, on each view, reloads only the customers logged here since its last look
-- (web.period.LivePeriodInputs): a page over a million responses then costs a few indexed reads, not a rescan.
-- Triggers write the log, so no code path that changes a response, recipient, record or register entry can forget
-- to. Only PostgreSQL has it; on H2 (the demo database) the page scores the period afresh each time.
CREATE TABLE scoring_change (
    xid         XID8        NOT NULL DEFAULT pg_current_xact_id(),
    customer_id BIGINT,
    at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ix_scoring_change_xid ON scoring_change (xid);
CREATE INDEX ix_scoring_change_at ON scoring_change (at);

-- Statement-level: one log row per customer a statement touched (an import of 100,000 lots writes a few hundred).
-- TG_ARGV[0] names the column holding the customer's id.
CREATE FUNCTION log_scoring_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('INSERT INTO scoring_change (customer_id) SELECT DISTINCT %I FROM new_rows', TG_ARGV[0]);
    ELSIF TG_OP = 'UPDATE' THEN
        EXECUTE format('INSERT INTO scoring_change (customer_id)'
            || ' SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[0]);
    ELSE
        EXECUTE format('INSERT INTO scoring_change (customer_id) SELECT DISTINCT %I FROM old_rows', TG_ARGV[0]);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION add_scoring_change_triggers(target TEXT, customer_column TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER scoring_change_ins AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
        || ' FOR EACH STATEMENT EXECUTE FUNCTION log_scoring_change(%L)', target, customer_column);
    EXECUTE format('CREATE TRIGGER scoring_change_del AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows'
        || ' FOR EACH STATEMENT EXECUTE FUNCTION log_scoring_change(%L)', target, customer_column);
    IF target <> 'recipient' THEN
        EXECUTE format('CREATE TRIGGER scoring_change_upd AFTER UPDATE ON %I'
            || ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION log_scoring_change(%L)', target, customer_column);
    END IF;
END $$;

SELECT add_scoring_change_triggers('response', 'customer_id');
SELECT add_scoring_change_triggers('recipient', 'customer_id');
SELECT add_scoring_change_triggers('delivery', 'customer_id');
SELECT add_scoring_change_triggers('product_return', 'customer_id');
SELECT add_scoring_change_triggers('praise', 'customer_id');
SELECT add_scoring_change_triggers('claim', 'customer_id');
SELECT add_scoring_change_triggers('lost_business', 'customer_id');
SELECT add_scoring_change_triggers('contact', 'customer_id');
SELECT add_scoring_change_triggers('customer', 'id');
DROP FUNCTION add_scoring_change_triggers(TEXT, TEXT);

-- A recipient row is updated when its link is first opened, which changes no score: only the columns that do count.
CREATE FUNCTION log_recipient_scoring_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO scoring_change (customer_id) VALUES (NEW.customer_id);
    IF OLD.customer_id IS DISTINCT FROM NEW.customer_id THEN
        INSERT INTO scoring_change (customer_id) VALUES (OLD.customer_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER scoring_change_upd AFTER UPDATE OF customer_id, campaign_id, contact_id, sent_at, answered_at
    ON recipient FOR EACH ROW EXECUTE FUNCTION log_recipient_scoring_change();

-- A campaign moved to another half-year moves its recipients' customers in or out of both.
CREATE FUNCTION log_campaign_scoring_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO scoring_change (customer_id) SELECT DISTINCT customer_id FROM recipient WHERE campaign_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER scoring_change_period AFTER UPDATE OF period ON campaign
    FOR EACH ROW WHEN (OLD.period IS DISTINCT FROM NEW.period) EXECUTE FUNCTION log_campaign_scoring_change();
