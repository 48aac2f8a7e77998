-- Re-imports match a customer's contacts by e-mail (or by name without one); the register's search looks
-- for contact names and e-mails.
CREATE INDEX ix_contact_email ON contact (email);
CREATE INDEX ix_contact_name ON contact (name);
