ALTER TABLE campaign ADD CONSTRAINT ck_campaign_period CHECK (period ~ '^[0-9]{4}-H[12]$');
