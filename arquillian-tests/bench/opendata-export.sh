#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Times a full OCDS export: every page of GET /api/v1/opendata/releases from the beginning,
# following links.next, on PostgreSQL with NEEDS needs written straight into a database of its
# own: a tenth each open for bids (sealed bids), amended while open, cancelled, failed, closed
# with three bids, under result notice, contracted, delivered, accepted and rated, with their
# bids, contracts, amendments and ratings, and the timeline events the feed publishes appended
# to the audit chain with valid hashes (the supervisors' verification is run at the end).
# Needs a PostgreSQL build first: mvn package -Ppostgresql -DskipTests
# Usage: arquillian-tests/bench/opendata-export.sh [needs] [page sizes...]   (default 10000, pages of 1000 and 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
needs="${1:-10000}"
shift || true
sizes=("${@:-1000 100}")
db=intermarket_bench_opendata
source arquillian-tests/bench/postgresql.sh

seed_start=$(date +%s.%N)
# Unified social credit codes with valid GB 32100-2015 check characters: the feed publishes them.
codes="$work/codes.csv"
credit_codes 51 600000000 > "$codes"
psql_db -d "$db" <<SQL
CREATE TEMP TABLE bench_code (n INTEGER, code CHAR(18));
\copy bench_code FROM '$codes' WITH (FORMAT csv)
INSERT INTO organisation (org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at)
SELECT CASE WHEN n = 0 THEN 'OWNER' ELSE 'AGENCY' END, CASE WHEN n = 0 THEN 'bench owner' ELSE 'bench agency ' || n END, code, '330100',
       'bench', '0571-0000', now()
FROM bench_code;
INSERT INTO agency (organisation_id, status, admitted_at, credit_score, credit_level, rating_count, row_version)
SELECT id, 'ACTIVE', now(), 80, 'B', 0, 0 FROM organisation WHERE name LIKE 'bench agency %';
CREATE TEMP TABLE bench_agency AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM organisation WHERE name LIKE 'bench agency %';
INSERT INTO project (owner_organisation_id, name, project_code, location, investment, created_at)
SELECT (SELECT id FROM organisation WHERE name = 'bench owner'), 'bench project ' || p, '2026-330100-48-01-' || lpad(p::text, 6, '0'),
       '杭州市', 1000000, now() - interval '420 days'
FROM generate_series(1, ($needs + 99) / 100) p;

-- kind: 0 open, 1 cancelled, 2 failed, 3 closed, 4 notice, 5 contracted, 6 delivered, 7 accepted, 8 rated, 9 amended (open)
CREATE TEMP TABLE bench_need AS
SELECT g, g % 10 AS kind, date_trunc('second', now() - interval '400 days' + g * (interval '340 days' / $needs)) AS t0, NULL::BIGINT AS need_id
FROM generate_series(1, $needs) g;
INSERT INTO need (project_id, item_code, scope, service_days, ceiling_price, selection_method, contact, status, bid_round, failed_rounds,
                  bid_deadline, published_at, closed_at, status_reason, selected_at, notice_ends_at, created_at, row_version)
SELECT pr.id, (ARRAY['ZJFW-003', 'ZJFW-007', 'ZJFW-011', 'ZJFW-014', 'ZJFW-029'])[1 + g % 5], 'bench need ' || g, 30, 90000,
       'LOWEST_PRICE', '0571-0000',
       (ARRAY['PUBLISHED', 'CANCELLED', 'FAILED', 'BIDDING_CLOSED', 'NOTICE', 'CONTRACTED', 'DELIVERED', 'ACCEPTED', 'RATED',
              'PUBLISHED'])[kind + 1],
       1, CASE WHEN kind = 2 THEN 1 ELSE 0 END,
       CASE WHEN kind IN (0, 9) THEN now() + interval '30 days' ELSE t0 + interval '3 days' END, t0,
       CASE WHEN kind BETWEEN 2 AND 8 THEN t0 + interval '3 days 1 second' END,
       CASE kind WHEN 1 THEN 'bench: cancelled' WHEN 2 THEN 'too few valid bids: 1 of 3' END,
       CASE WHEN kind BETWEEN 4 AND 8 THEN t0 + interval '3 days 1 hour' END,
       CASE WHEN kind BETWEEN 4 AND 8 THEN t0 + interval '6 days 1 hour' END,
       t0 - interval '1 day', 0
FROM bench_need JOIN project pr ON pr.project_code = '2026-330100-48-01-' || lpad((1 + (g - 1) / 100)::text, 6, '0');
UPDATE bench_need SET need_id = n.id FROM need n WHERE n.scope = 'bench need ' || g;

INSERT INTO bid (need_id, bid_round, agency_id, price, service_days, plan, status, first_submitted_at, submitted_at, confirmed, selected_among)
SELECT bn.need_id, 1, a.id, 80000 + k * 1000, 25, 'bench plan', 'LIVE', bn.t0 + interval '1 day', bn.t0 + interval '1 day', TRUE,
       bn.kind BETWEEN 4 AND 8
FROM bench_need bn CROSS JOIN generate_series(0, 2) k JOIN bench_agency a ON a.n = (bn.g + k) % 50
WHERE k < CASE WHEN bn.kind IN (0, 9) THEN 2 WHEN bn.kind IN (1, 2) THEN 1 ELSE 3 END;
UPDATE need SET winning_bid_id = b.id FROM bid b
WHERE b.need_id = need.id AND b.price = 80000 AND need.status IN ('NOTICE', 'CONTRACTED', 'DELIVERED', 'ACCEPTED', 'RATED');
INSERT INTO contract (need_id, bid_id, owner_organisation_id, agency_id, price, service_days, status, signed_at, confirm_by, confirmed_at,
                      due_date, delivered_at, accepted_at, rating_due, row_version)
SELECT bn.need_id, b.id, (SELECT id FROM organisation WHERE name = 'bench owner'), b.agency_id, b.price, 25,
       (ARRAY['IN_SERVICE', 'DELIVERED', 'ACCEPTED', 'RATED'])[bn.kind - 4], bn.t0 + interval '7 days', bn.t0 + interval '12 days',
       bn.t0 + interval '7 days 1 hour', (bn.t0 + interval '32 days')::date,
       CASE WHEN bn.kind >= 6 THEN bn.t0 + interval '20 days' END, CASE WHEN bn.kind >= 7 THEN bn.t0 + interval '22 days' END,
       CASE WHEN bn.kind >= 7 THEN bn.t0 + interval '37 days' END, 0
FROM bench_need bn JOIN need n ON n.id = bn.need_id JOIN bid b ON b.id = n.winning_bid_id WHERE bn.kind BETWEEN 5 AND 8;
INSERT INTO rating (contract_id, agency_id, quality, timeliness, attitude, fee, default_rating, rated_at)
SELECT c.id, c.agency_id, 4, 4, 4, 4, FALSE, c.accepted_at + interval '1 day' FROM contract c WHERE c.status = 'RATED' AND c.price = 80000;
INSERT INTO need_amendment (need_id, reason, changes, created_at)
SELECT need_id, 'bench: scope clarified', 'scope', t0 + interval '1 day 1 hour' FROM bench_need WHERE kind = 9;

-- The timeline events the feed publishes, appended to the audit chain in date order.
CREATE TEMP TABLE bench_event AS
SELECT need_id, t0 AS at, 'NEED_PUBLISHED' AS action FROM bench_need
UNION ALL SELECT need_id, t0 + interval '1 day 1 hour', 'NEED_AMENDED' FROM bench_need WHERE kind = 9
UNION ALL SELECT need_id, t0 + interval '2 days', 'NEED_CANCELLED' FROM bench_need WHERE kind = 1
UNION ALL SELECT need_id, t0 + interval '3 days 1 second', 'NEED_FAILED' FROM bench_need WHERE kind = 2
UNION ALL SELECT need_id, t0 + interval '3 days 1 second', 'BIDDING_CLOSED' FROM bench_need WHERE kind BETWEEN 3 AND 8
UNION ALL SELECT need_id, t0 + interval '3 days 1 hour', 'NEED_AWARDED' FROM bench_need WHERE kind BETWEEN 4 AND 8
UNION ALL SELECT need_id, t0 + interval '7 days', 'CONTRACT_SIGNED' FROM bench_need WHERE kind BETWEEN 5 AND 8
UNION ALL SELECT need_id, t0 + interval '7 days 1 hour', 'CONTRACT_CONFIRMED' FROM bench_need WHERE kind BETWEEN 5 AND 8
UNION ALL SELECT need_id, t0 + interval '20 days', 'DELIVERABLE_SUBMITTED' FROM bench_need WHERE kind BETWEEN 6 AND 8
UNION ALL SELECT need_id, t0 + interval '22 days', 'DELIVERY_ACCEPTED' FROM bench_need WHERE kind BETWEEN 7 AND 8
UNION ALL SELECT need_id, t0 + interval '23 days', 'NEED_RATED' FROM bench_need WHERE kind = 8;
DO \$\$
DECLARE
    seq BIGINT;
    previous CHAR(64);
    digest CHAR(64) := encode(sha256(convert_to('bench', 'UTF8')), 'hex');
    entry CHAR(64);
    e RECORD;
BEGIN
    SELECT last_seq, last_hash INTO seq, previous FROM audit_head WHERE id = 1 FOR UPDATE;
    FOR e IN SELECT need_id, at, action FROM bench_event ORDER BY at, need_id LOOP
        seq := seq + 1;
        -- AuditEntry.computeHash: seq, Instant.toString() (whole seconds here), actor, action, type, id, digest, previous hash.
        entry := encode(sha256(convert_to(concat_ws(E'\n', seq::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'system',
                e.action, 'Need', e.need_id::text, digest, previous), 'UTF8')), 'hex');
        INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, detail, digest, previous_hash, entry_hash)
        VALUES (seq, e.at, 'system', e.action, 'Need', e.need_id::text, 'bench', digest, previous, entry);
        previous := entry;
    END LOOP;
    UPDATE audit_head SET last_seq = seq, last_hash = previous WHERE id = 1;
END
\$\$;
ANALYZE;
SQL
seed_end=$(date +%s.%N)
expected=$(psql_db -d "$db" -tA -c "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Need' AND action IN ('NEED_PUBLISHED', 'NEED_AMENDED',
    'NEED_CANCELLED', 'BIDDING_CLOSED', 'NEED_FAILED', 'NEED_AWARDED', 'OBJECTION_UPHELD', 'CONTRACT_SIGNED', 'CONTRACT_CONFIRMED', 'CONTRACT_LAPSED',
    'DELIVERABLE_SUBMITTED', 'DELIVERY_REJECTED', 'CONTRACT_OVERDUE', 'DELIVERY_ACCEPTED', 'NEED_RATED')")
printf 'seeded %d needs (%d releases with the demo'"'"'s) in %.1f s; server started in %.1f s\n' "$needs" "$expected" \
    "$(echo "$seed_end - $seed_start" | bc)" "$(echo "$ready - $start" | bc)"

export_feed() {
    local size=$1 url="$BASE/api/v1/opendata/releases?size=$1"
    : > "$work/ids"
    : > "$work/times"
    local begin
    begin=$(date +%s.%N)
    while [ -n "$url" ]; do
        code=$(curl -s -o "$work/page.json" -w '%{http_code} %{time_total} %{size_download}\n' "$url" | tee -a "$work/times" | cut -d' ' -f1)
        if [ "$code" != 200 ]; then
            echo "HTTP $code at $url: $(head -c 300 "$work/page.json")" >&2
            grep -E "ERROR|SEVERE" "$work/server/standalone/log/server.log" | tail -5 >&2
            exit 1
        fi
        jq -r '(.links.next // ""), (.releases[] | .ocid + " " + .id)' "$work/page.json" > "$work/page.txt"
        url=$(head -n 1 "$work/page.txt")
        tail -n +2 "$work/page.txt" >> "$work/ids"
    done
    local end
    end=$(date +%s.%N)
    awk -v size="$size" -v total="$(echo "$end - $begin" | bc)" -v releases="$(wc -l < "$work/ids")" \
        -v twice="$(sort "$work/ids" | uniq -d | wc -l)" '
        { server += $2; bytes += $3; if ($2 > slowest) slowest = $2; pages++ }
        END { printf "  pages of %4d: %.1f s in all (%.1f s of it waiting for the server, slowest page %.2f s), %d pages, %d releases (%d twice), %d bytes (%.1f MB)\n",
              size, total, server, slowest, pages, releases, twice, bytes, bytes / 1048576 }' "$work/times"
}

for run in first second; do
    echo "$run full export:"
    for size in ${sizes[@]}; do
        export_feed "$size"
    done
done
TOKEN=$(curl -s -X POST -u supervisor:demo12345 "$BASE/api/v1/tokens" | jq -r .token)
echo "audit chain after seeding: $(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/audit/verify")"
