-- The public needs list reads needs newest deadline first (ORDER BY bid_deadline DESC, id DESC), all of them or one
-- item's. Without an index in that order PostgreSQL reads every need and sorts them for each page. At a province's size
-- (50,000 needs, arquillian-tests/bench/province.sh, EXPLAIN ANALYZE on a loaded machine) the first page took 307 ms
-- (a sequential scan of need, hash joins, a top-N sort) and 0.3 ms with the first index (20 index entries, then stop);
-- the page of one item and region 165 ms, and 21 ms with the second. Not partial (WHERE status <> 'DRAFT'): the status
-- arrives as a bound parameter, which a generic plan cannot match against an index predicate. PostgreSQL and H2 alike.
CREATE INDEX need_list_order ON need (bid_deadline DESC, id DESC);
CREATE INDEX need_list_item_order ON need (item_code, bid_deadline DESC, id DESC);
