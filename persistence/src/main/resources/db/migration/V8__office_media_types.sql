-- Office Open XML media types are longer than 64 characters
-- (application/vnd.openxmlformats-officedocument.presentationml.presentation is 73).
ALTER TABLE stored_file ALTER COLUMN content_type SET DATA TYPE VARCHAR(128);
