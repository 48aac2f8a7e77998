-- SPEC §4: two different "return rates", two names. A campaign's target is a response rate (answered ÷ sent),
-- not a product return rate (returned ÷ delivered).
ALTER TABLE campaign RENAME COLUMN target_return_rate TO target_response_rate;
