-- Signals of undue influence (issue 19): RED_HAT, an agency tied to a government office by its legal representative
-- or contact phone (红顶中介), and STEERING, one owner's needs of one item won by one agency far more often than its
-- market share predicts (指定中介). Both are computed on read, like the bid-rigging signals; only their reviews are
-- kept, in signal_review beside the others. An office's registered contact is its organisation's contact person (or,
-- when it names none, its legal representative) and contact phone, as registered: no new column.
-- Valid on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE signal_review DROP CONSTRAINT signal_review_kind;
ALTER TABLE signal_review ADD CONSTRAINT signal_review_kind
    CHECK (kind IN ('SHARED_PHONE', 'SHARED_IP', 'SHARED_PLAN_FILE', 'CLOSE_PRICES', 'ROTATING_PAIR', 'RED_HAT', 'STEERING'));
