-- The bids a selection weighed are recorded on them, so the result notice and the draw input
-- stay exactly what the selection saw, whatever happens to the bidders afterwards.
ALTER TABLE bid ADD COLUMN selected_among BOOLEAN DEFAULT FALSE NOT NULL;
