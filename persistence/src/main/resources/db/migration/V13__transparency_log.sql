-- The audit chain becomes a transparency log (RFC 9162 §2). An entry is still written in the transaction of the
-- change it records, but no longer takes a lock shared by the whole market to do so: it gets its number from a
-- sequence (V14) and no link to the entry before it. A sequencer, one at a time across nodes, gives committed
-- entries their positions in the log, keeps the hashes of the Merkle tree over them and signs its tree heads.

-- The link and hash of the old chain: the tree's leaf hashes replace them, computed from the same content.
ALTER TABLE audit_entry DROP COLUMN previous_hash;
ALTER TABLE audit_entry DROP COLUMN entry_hash;
DROP TABLE audit_head;

-- 0-based leaf index in the tree; empty until the sequencer has placed the entry (a second or so after commit).
ALTER TABLE audit_entry ADD COLUMN log_position BIGINT;
CREATE UNIQUE INDEX audit_entry_position ON audit_entry (log_position);

-- The hash of every complete, aligned subtree: level 0 the leaves, level k the subtree of 2^k leaves from idx * 2^k.
-- Enough for any root, inclusion proof or consistency proof in a few dozen reads.
CREATE TABLE audit_node (
    node_level INTEGER  NOT NULL,
    idx        BIGINT   NOT NULL,
    hash       CHAR(64) NOT NULL,
    PRIMARY KEY (node_level, idx)
);

-- Every signed tree head, the log's public history: size, root, time, and the Ed25519 signature over them.
CREATE TABLE audit_tree_head (
    tree_size BIGINT       PRIMARY KEY,
    root_hash CHAR(64)     NOT NULL,
    signed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    key_id    CHAR(64)     NOT NULL,
    signature VARCHAR(128) NOT NULL
);

-- Which node runs the sequencer, until when: a lease taken and renewed through this one row.
CREATE TABLE audit_sequencer (
    id          INTEGER      PRIMARY KEY,
    holder      VARCHAR(128) NOT NULL,
    lease_until TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO audit_sequencer (id, holder, lease_until) VALUES (1, 'nobody', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');

-- A bid's receipt (回执): the number of the audit entry that recorded it, and the SHA-256 of its sealed offer.
ALTER TABLE bid ADD COLUMN receipt_no BIGINT;
ALTER TABLE bid ADD COLUMN offer_sha256 CHAR(64);
