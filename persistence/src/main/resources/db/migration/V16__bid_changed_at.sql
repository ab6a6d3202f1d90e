-- When the server last stored a change of a bid, on its own clock (its receipt time is when the request arrived).
-- Closing a need waits until the bids received before its deadline have stopped being stored.
ALTER TABLE bid ADD COLUMN changed_at TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX bid_need_changed ON bid (need_id, changed_at);
