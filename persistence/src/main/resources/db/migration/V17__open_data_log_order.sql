-- The open-data feed pages in the order of the transparency log, from the log position of a page's last release:
-- audit entries commit out of the order of their numbers and times, and only a position is handed out in the order
-- of commits. This index lets a page read a need's events from a position on without scanning every sign-in placed
-- since (V11's index stays for `since` and the feed's summary, which go by date).
CREATE INDEX audit_entry_feed_position ON audit_entry (entity_type, log_position);
