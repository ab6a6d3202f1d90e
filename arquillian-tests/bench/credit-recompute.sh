#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Times the full credit recompute (the nightly one) on PostgreSQL with AGENCIES agencies and
# RATINGS owner ratings spread over 400 days, so some age out of the 365-day window. The rows
# are written straight into a database of its own with generate_series: through the API, 10,000
# agency sign-ups alone would spend hours in the password hash.
# Needs a PostgreSQL build first: mvn package -Ppostgresql -DskipTests
# Usage: arquillian-tests/bench/credit-recompute.sh [agencies] [ratings]
set -euo pipefail
cd "$(dirname "$0")/../.."
agencies="${1:-10000}"
ratings="${2:-100000}"
db=intermarket_bench
source arquillian-tests/bench/postgresql.sh

seed_start=$(date +%s.%N)
# Unified social credit codes with valid GB 32100-2015 check characters: the application reads them back.
codes="$work/codes.csv"
credit_codes "$((agencies + 1))" 700000000 > "$codes"
psql_db -d "$db" <<SQL
CREATE TEMP TABLE bench_code (n INTEGER, code CHAR(18));
\copy bench_code FROM '$codes' WITH (FORMAT csv)
INSERT INTO organisation (org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at)
SELECT 'AGENCY', 'bench agency ' || n, code, '330100', 'bench', '0571-0000', now() FROM bench_code WHERE n > 0;
INSERT INTO agency (organisation_id, status, admitted_at, credit_score, credit_level, rating_count, row_version)
SELECT id, 'ACTIVE', now(), 80, 'B', 0, 0 FROM organisation WHERE name LIKE 'bench agency %';
INSERT INTO organisation (org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at)
SELECT 'OWNER', 'bench owner', code, '330100', 'bench', '0571-0000', now() FROM bench_code WHERE n = 0;
INSERT INTO project (owner_organisation_id, name, project_code, location, investment, created_at)
SELECT id, 'bench project', 'BENCH-0001', 'bench', 1000000, now() FROM organisation WHERE name = 'bench owner';

CREATE TEMP TABLE bench_agency AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM organisation WHERE name LIKE 'bench agency %';
INSERT INTO need (project_id, item_code, scope, service_days, selection_method, contact, status, bid_round, failed_rounds,
                  bid_deadline, created_at, row_version)
SELECT (SELECT id FROM project WHERE project_code = 'BENCH-0001'), 'ZJFW-003', 'bench ' || g, 10, 'DIRECT', 'bench', 'RATED', 1, 0,
       now() - interval '420 days', now(), 0
FROM generate_series(1, $ratings) g;
INSERT INTO bid (need_id, bid_round, agency_id, price, service_days, plan, status, first_submitted_at, submitted_at)
SELECT nd.id, 1, a.id, 1000, 10, 'bench', 'LIVE', now(), now()
FROM need nd JOIN bench_agency a ON a.n = (substring(nd.scope FROM 7)::bigint % $agencies)
WHERE nd.scope LIKE 'bench %';
INSERT INTO contract (need_id, bid_id, owner_organisation_id, agency_id, price, service_days, status, signed_at, confirm_by, row_version)
SELECT b.need_id, b.id, (SELECT id FROM organisation WHERE name = 'bench owner'), b.agency_id, 1000, 10, 'RATED', now(), now(), 0
FROM bid b WHERE b.plan = 'bench';
INSERT INTO rating (contract_id, agency_id, quality, timeliness, attitude, fee, default_rating, rated_at)
SELECT c.id, c.agency_id, 1 + floor(random() * 5), 1 + floor(random() * 5), 1 + floor(random() * 5), 1 + floor(random() * 5), false,
       now() - random() * interval '400 days'
FROM contract c WHERE c.price = 1000 AND c.service_days = 10;
ANALYZE;
SQL
seed_end=$(date +%s.%N)
printf 'seeded %d agencies and %d ratings in %.1f s\n' "$agencies" "$ratings" "$(echo "$seed_end - $seed_start" | bc)"

for run in first second; do
    result=$(curl -s -X POST -u admin:demo12345 "$BASE/api/v1/admin/jobs/credit-recompute")
    if ! echo "$result" | jq -e .millis >/dev/null 2>&1; then
        echo "$run recompute failed: $result" >&2
        grep -E "ERROR|SEVERE" "$work/server/standalone/log/server.log" | tail -5 >&2
        exit 1
    fi
    echo "$run recompute: $(echo "$result" | jq -r '"\(.changed) agencies changed, \(.millis) ms"')"
done
echo "(the first run writes a score and a history row for nearly every agency; the second finds nothing to change)"
