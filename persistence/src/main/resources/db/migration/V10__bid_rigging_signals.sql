-- Supervisors' reviews of bid-rigging signals (围标串标). The signals themselves are not stored:
-- they are computed from the bids whenever they are read, so they always match the facts. A
-- review is kept under the signal's stable key (kind, need, round and agency pair, or kind and
-- pair), so a signal shows as reviewed for as long as the facts behind it still raise it.
-- Valid on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE signal_review (
    signal_key     VARCHAR(128)  PRIMARY KEY,
    kind           VARCHAR(24)   NOT NULL,
    review_comment VARCHAR(2000) NOT NULL,
    reviewed_by    VARCHAR(64)   NOT NULL,
    reviewed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT signal_review_kind CHECK (kind IN ('SHARED_PHONE', 'SHARED_IP', 'SHARED_PLAN_FILE', 'CLOSE_PRICES', 'ROTATING_PAIR'))
);
