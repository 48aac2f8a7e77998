-- Campaign figures read responses directly: each response carries its campaign, customer and period, copied from
-- its link when stored (test links have no campaign and so never count in a campaign's figures).
ALTER TABLE response ADD COLUMN campaign_id BIGINT;
ALTER TABLE response ADD COLUMN customer_id BIGINT;
ALTER TABLE response ADD COLUMN period VARCHAR(7);
ALTER TABLE response ADD CONSTRAINT fk_response_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE RESTRICT;
ALTER TABLE response ADD CONSTRAINT fk_response_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE RESTRICT;
CREATE INDEX ix_response_campaign ON response (campaign_id);
CREATE INDEX ix_response_customer ON response (customer_id);
CREATE INDEX ix_response_period ON response (period);
UPDATE response SET campaign_id = (SELECT r.campaign_id FROM recipient r WHERE r.id = response.recipient_id),
                    customer_id = (SELECT r.customer_id FROM recipient r WHERE r.id = response.recipient_id),
                    period = (SELECT c.period FROM recipient r JOIN campaign c ON c.id = r.campaign_id WHERE r.id = response.recipient_id);

-- No ON DELETE CASCADE path may erase customers' answers: deleting a campaign or a link with answers is refused.
-- H2 named V1's unnamed foreign keys itself; these are the names it gives them (same script, same names).
ALTER TABLE recipient DROP CONSTRAINT "CONSTRAINT_30E1";
ALTER TABLE recipient ADD CONSTRAINT fk_recipient_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE RESTRICT;
ALTER TABLE response DROP CONSTRAINT "CONSTRAINT_EB";
ALTER TABLE response ADD CONSTRAINT fk_response_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id) ON DELETE RESTRICT;
