-- Complaint handling (issue 11), the one statement that differs per database: V1's contact foreign key had no
-- name, so each database named it its own way. Removing a contact from the register leaves its complaints with the
-- customer (and without that contact).
ALTER TABLE complaint DROP CONSTRAINT complaint_contact_id_fkey;
ALTER TABLE complaint ADD CONSTRAINT fk_complaint_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE SET NULL;
