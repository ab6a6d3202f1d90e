#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# The transparency log at size, on PostgreSQL (build with mvn package -Ppostgresql -DskipTests first): ENTRIES audit
# entries are written straight into a database of its own with generate_series (through the API they would take hours),
# then the sequencer places them while the server runs; the script times that, the whole-log verification, and one
# inclusion and one consistency proof. Usage: arquillian-tests/bench/audit-log.sh [entries]
set -euo pipefail
cd "$(dirname "$0")/../.."
entries="${1:-1000000}"
db=intermarket_log
source arquillian-tests/bench/postgresql.sh

token() { curl -sf -X POST -u "$1:$2" "$BASE/api/v1/tokens" | jq -r .token; }
supervisor=$(token supervisor demo12345)
admin=$(token admin demo12345)
curl -sf -X POST -H "Authorization: Bearer $admin" "$BASE/api/v1/admin/jobs/sequence-log" > /dev/null
before=$(curl -sf "$BASE/api/v1/log/heads/latest" | jq .treeSize)

seed_start=$(date +%s.%N)
psql_db -d "$db" <<SQL
INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, detail, digest)
SELECT nextval('audit_entry_seq'), now(), 'bench', 'BENCH_EVENT', 'Bench', g::text, 'bench entry ' || g,
       encode(sha256(convert_to('bench entry ' || g, 'UTF8')), 'hex')
FROM generate_series(1, $entries) g;
SQL
printf 'seeded %d entries in %.1f s\n' "$entries" "$(echo "$(date +%s.%N) - $seed_start" | bc)"

place_start=$(date +%s.%N)
target=$((before + entries))
until [ "$(curl -sf "$BASE/api/v1/log/heads/latest" | jq .treeSize)" -ge "$target" ]; do sleep 1; done
took=$(echo "$(date +%s.%N) - $place_start" | bc)
printf 'the sequencer placed them and signed their heads in %.1f s (%.0f entries/s)\n' "$took" "$(echo "$entries / $took" | bc -l)"

for run in 1 2; do
    start=$(date +%s.%N)
    result=$(curl -sf --max-time 3600 -H "Authorization: Bearer $supervisor" "$BASE/api/v1/audit/verify")
    printf 'verify the whole log (run %d): %.1f s   %s\n' "$run" "$(echo "$(date +%s.%N) - $start" | bc)" "$result"
done
size=$(curl -sf "$BASE/api/v1/log/heads/latest" | jq .treeSize)
for path in "/log/proofs/inclusion?index=$((size / 2))" "/log/proofs/inclusion?index=1" "/log/proofs/consistency?first=$before&second=$size"; do
    curl -sf "$BASE/api/v1$path" > /dev/null
    printf '%-60s %s s\n' "$path" "$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/v1$path")"
done
