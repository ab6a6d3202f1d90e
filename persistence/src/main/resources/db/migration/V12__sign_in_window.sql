-- Failed sign-ins are counted against an account in windows of an hour (at most 100 from all sources);
-- a single source is throttled in memory long before that. The column says when the current window began.
ALTER TABLE account ADD COLUMN failures_since TIMESTAMP(6) WITH TIME ZONE;
