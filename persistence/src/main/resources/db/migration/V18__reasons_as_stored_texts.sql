-- The market's own reasons are kept as stored texts (a code and its facts, as JSON) and phrased when read, in the
-- reader's language; a typed reason of up to 1000 characters travels inside them as one fact, so the columns widen.
ALTER TABLE need ALTER COLUMN status_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE contract ALTER COLUMN status_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE violation ALTER COLUMN reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE credit_change ALTER COLUMN reason SET DATA TYPE VARCHAR(4000);
