#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Times the statistics page and API on PostgreSQL with NEEDS needs published over the last twelve
# months by 50 owners in 10 regions, three bids on each closed need from 300 agencies, contracts for
# most of them, overdue deliveries and rectifications. Rows are written with generate_series.
# Needs a PostgreSQL build first: mvn package -Ppostgresql -DskipTests
# Usage: arquillian-tests/bench/statistics.sh [needs]
set -euo pipefail
cd "$(dirname "$0")/../.."
needs="${1:-10000}"
db=intermarket_bench_statistics
source arquillian-tests/bench/postgresql.sh

seed_start=$(date +%s.%N)
codes="$work/codes.csv"
credit_codes 350 710000000 > "$codes"
psql_db -d "$db" <<SQL
CREATE TEMP TABLE bench_code (n INTEGER, code CHAR(18));
\copy bench_code FROM '$codes' WITH (FORMAT csv)
CREATE TEMP TABLE bench_region AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM region WHERE code LIKE '33__00' LIMIT 10;
INSERT INTO organisation (org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at)
SELECT CASE WHEN c.n < 50 THEN 'OWNER' ELSE 'AGENCY' END, 'bench org ' || c.n, c.code, r.code, 'bench', '0571-' || c.n, now() - interval '400 days'
FROM bench_code c JOIN bench_region r ON r.n = c.n % 10;
INSERT INTO agency (organisation_id, status, admitted_at, credit_score, credit_level, rating_count, row_version)
SELECT id, 'ACTIVE', now() - random() * interval '360 days', 80, 'B', 0, 0 FROM organisation WHERE name LIKE 'bench org %' AND org_type = 'AGENCY';
INSERT INTO service_guide (agency_id, item_code, conditions, process, service_days, fee_standard, updated_at)
SELECT a.organisation_id, 'ZJFW-0' || lpad((1 + a.organisation_id % 32)::text, 2, '0'), 'bench', 'bench', 10, 'bench', now() FROM agency a
JOIN organisation o ON o.id = a.organisation_id WHERE o.name LIKE 'bench org %';
INSERT INTO project (owner_organisation_id, name, project_code, location, investment, created_at)
SELECT id, 'bench project ' || id, 'BENCH-' || id, 'bench', 1000000, now() FROM organisation WHERE name LIKE 'bench org %' AND org_type = 'OWNER';
CREATE TEMP TABLE bench_project AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM project WHERE project_code LIKE 'BENCH-%';
CREATE TEMP TABLE bench_agency AS SELECT row_number() OVER (ORDER BY organisation_id) - 1 AS n, organisation_id AS id FROM agency a
JOIN organisation o ON o.id = a.organisation_id WHERE o.name LIKE 'bench org %';
INSERT INTO need (project_id, item_code, scope, service_days, ceiling_price, selection_method, contact, status, bid_round, failed_rounds,
                  bid_deadline, published_at, created_at, row_version)
SELECT p.id, 'ZJFW-0' || lpad((1 + g % 32)::text, 2, '0'), 'bench ' || g, 10, 10000 + g % 50 * 1000, 'LOWEST_PRICE', 'bench',
       (ARRAY['PUBLISHED', 'FAILED', 'CANCELLED', 'NOTICE', 'CONTRACTED', 'DELIVERED', 'ACCEPTED', 'RATED', 'RATED', 'RATED'])[1 + g % 10],
       1, 0, now() - (g % 360) * interval '1 day' + interval '5 days', now() - (g % 360) * interval '1 day', now(), 0
FROM generate_series(1, $needs) g JOIN bench_project p ON p.n = g % 50;
INSERT INTO bid (need_id, bid_round, agency_id, price, service_days, plan, status, first_submitted_at, submitted_at)
SELECT nd.id, 1, a.id, nd.ceiling_price * (0.85 + k * 0.04), 10, 'bench', 'LIVE', nd.published_at, nd.published_at
FROM need nd CROSS JOIN generate_series(0, 2) k JOIN bench_agency a ON a.n = (nd.id * 3 + k) % 300
WHERE nd.scope LIKE 'bench %' AND nd.status NOT IN ('FAILED', 'CANCELLED');
INSERT INTO contract (need_id, bid_id, owner_organisation_id, agency_id, price, service_days, status, signed_at, confirm_by, confirmed_at,
                      overdue_since, row_version)
SELECT b.need_id, b.id, p.owner_organisation_id, b.agency_id, b.price, 10, 'IN_SERVICE', nd.published_at + interval '8 days',
       nd.published_at + interval '13 days', nd.published_at + interval '9 days',
       CASE WHEN nd.id % 17 = 0 THEN CAST(nd.published_at + interval '30 days' AS DATE) END, 0
FROM bid b JOIN need nd ON nd.id = b.need_id JOIN project p ON p.id = nd.project_id
WHERE nd.scope LIKE 'bench %' AND nd.status IN ('CONTRACTED', 'DELIVERED', 'ACCEPTED', 'RATED') AND b.price = nd.ceiling_price * 0.85;
INSERT INTO rating (contract_id, agency_id, quality, timeliness, attitude, fee, default_rating, rated_at)
SELECT c.id, c.agency_id, CASE WHEN c.id % 11 = 0 THEN 2 ELSE 4 END, 4, 4, 4, false, c.confirmed_at + interval '20 days'
FROM contract c JOIN need nd ON nd.id = c.need_id WHERE nd.status = 'RATED' AND nd.scope LIKE 'bench %';
INSERT INTO rectification (rating_id, agency_id, status, opened_at, answer_due, row_version)
SELECT ra.id, ra.agency_id, 'OPEN', ra.rated_at, ra.rated_at + interval '10 days', 0
FROM rating ra JOIN contract c ON c.id = ra.contract_id JOIN need nd ON nd.id = c.need_id WHERE nd.scope LIKE 'bench %' AND ra.quality = 2;
ANALYZE;
SQL
seed_end=$(date +%s.%N)
printf 'seeded %s needs (%s bids, %s contracts) in %.1f s\n' "$needs" \
    "$(psql_db -d "$db" -tAc 'SELECT COUNT(*) FROM bid')" "$(psql_db -d "$db" -tAc 'SELECT COUNT(*) FROM contract')" \
    "$(echo "$seed_end - $seed_start" | bc)"

# Each address five times after one warm-up; the figures are wall-clock seconds seen by curl.
time_it() {
    local label="$1" url="$2" auth=()
    [ "${3:-}" = supervisor ] && auth=(-u supervisor:demo12345)
    curl -s -o /dev/null "${auth[@]}" "$url"
    local times=()
    for _ in 1 2 3 4 5; do times+=("$(curl -s -o /dev/null -w '%{time_total}' "${auth[@]}" "$url")"); done
    printf '%-44s %s\n' "$label" "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "min %.3f s  median %.3f s  max %.3f s", a[1], a[3], a[5]}')"
}
time_it "statistics page, 12 months by month" "$BASE/statistics.xhtml"
time_it "statistics page, by item" "$BASE/statistics.xhtml?groupBy=ITEM"
time_it "statistics page, by region" "$BASE/statistics.xhtml?groupBy=REGION"
time_it "statistics API, 12 months by quarter" "$BASE/api/v1/statistics?groupBy=QUARTER"
time_it "drill-down, all published needs, page 1" "$BASE/api/v1/statistics/needs?figure=NEEDS_PUBLISHED" supervisor
time_it "export, all published needs, XLSX" "$BASE/api/v1/statistics/needs/export?figure=NEEDS_PUBLISHED&format=XLSX" supervisor
curl -s "$BASE/api/v1/statistics" | jq -c '.total'
