-- A campaign is created once per form: the form carries a random key, and a second post of the same form (a
-- double click, a reload, two tabs) finds the campaign the first made instead of inviting everyone twice.
ALTER TABLE campaign ADD COLUMN submission_key VARCHAR(64);
ALTER TABLE campaign ADD CONSTRAINT uk_campaign_submission_key UNIQUE (submission_key);
