#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing (it stops only if the seeded data is not valid for the application).
# The public reads at a province's data size, on PostgreSQL (build with mvn package -Ppostgresql -DskipTests first):
# a throw-away server with the demo data, then NEEDS needs in every state with their rounds, awards, contracts and
# ratings, BIDS bids, AGENCIES admitted agencies and OWNERS owners written straight into its database with
# generate_series (province-seed.sql, beside this script), and the audit entries that record them, which the running
# sequencer places. Then
#   - a sample of needs in each state is read through the API and the pages, each must answer as its state implies;
#   - the server is restarted on that data: start-up time to the first page;
#   - wrk -t2 -c16 on each public read, in one run, against the static JSON /api/v1/version as 100 %, each a second time
#     with "Cache-Control: no-cache" (what a response cache must not answer from);
#   - the server's RSS after the load, and EXPLAIN (ANALYZE, BUFFERS) of the needs list's queries at that size.
# Usage: arquillian-tests/bench/province.sh [needs [bids [agencies [owners [seconds]]]]]
#        defaults 50000 500000 5000 1000 10; a tenth (5000 50000 500 100 5) is a quick run.
# BENCH_PORT_OFFSET as for the other benchmarks. BENCH_DB=h2 runs the same on H2, on the default build
# (mvn package -DskipTests): seeded into PostgreSQL as above, copied into the server's H2 file, whose server then places
# the audit entries (province-h2.sh); H2's EXPLAIN ANALYZE instead of PostgreSQL's. BENCH_DB_NAME names the PostgreSQL
# database (dropped on exit); any other BENCH_DB is taken as that name, as it was before H2 was measured.
set -euo pipefail
cd "$(dirname "$0")/../.."
needs="${1:-50000}"
bids="${2:-500000}"
agencies="${3:-5000}"
owners="${4:-1000}"
duration="${5:-10}"
engine=postgresql
db=intermarket_province
case "${BENCH_DB:-postgresql}" in
    h2) engine=h2 ;;
    postgresql) ;;
    *) db="$BENCH_DB" ;;
esac
db="${BENCH_DB_NAME:-$db}"
if [ "$engine" = h2 ] && grep -q PostgresDS ear/target/server/standalone/configuration/standalone.xml 2>/dev/null; then
    echo "BENCH_DB=h2 runs on the default build: mvn package -DskipTests" >&2; exit 1
fi
source arquillian-tests/bench/postgresql.sh
printf 'start-up on the demo data (launch to first catalog 200): %.1f s\n' "$(echo "$ready - $start" | bc)"
# On H2 too the questions about the data go to PostgreSQL: it holds the same rows, and the server locks its H2 file.
query() { psql_db -d "$db" -At -c "$1"; }
if [ "$engine" = h2 ]; then
    # The server of the default build ran on H2 above (the H2 file has its schema now). The seed needs PostgreSQL's
    # schema and demo data: the same copy, on PostgreSQL, makes them, and stops before the seed writes.
    source arquillian-tests/bench/province-h2.sh
    stop_server
    postgresql_config
    launch_server 300 "/api/v1/catalog/items?size=20" -c standalone-postgresql.xml
    stop_server
fi

# ---------------------------------------------------------------- seed
seed_start=$(date +%s.%N)
credit_codes "$owners" 800000000 > "$work/owners.csv"
credit_codes "$agencies" 810000000 > "$work/agencies.csv"
psql_db -d "$db" -v owners="$owners" -v agencies="$agencies" -v needs="$needs" -v bids="$bids" > /dev/null <<SQL
CREATE TEMP TABLE seed_owner_code (n INTEGER, code CHAR(18));
\copy seed_owner_code FROM '$work/owners.csv' WITH (FORMAT csv)
CREATE TEMP TABLE seed_agency_code (n INTEGER, code CHAR(18));
\copy seed_agency_code FROM '$work/agencies.csv' WITH (FORMAT csv)
BEGIN;
\i arquillian-tests/bench/province-seed.sql
COMMIT;
SQL
seeded=$(date +%s.%N)
printf 'seeded in %.1f s: ' "$(echo "$seeded - $seed_start" | bc)"
query "SELECT (SELECT count(*) FROM need) || ' needs, ' || (SELECT count(*) FROM bid) || ' bids, '
       || (SELECT count(*) FROM agency WHERE status = 'ACTIVE') || ' admitted agencies, ' || (SELECT count(*) FROM service_guide) || ' service guides, '
       || (SELECT count(*) FROM organisation WHERE org_type = 'OWNER') || ' owners, ' || (SELECT count(*) FROM project) || ' projects, '
       || (SELECT count(*) FROM need_round) || ' rounds, ' || (SELECT count(*) FROM need_award) || ' awards, '
       || (SELECT count(*) FROM contract) || ' contracts, ' || (SELECT count(*) FROM rating) || ' ratings, '
       || (SELECT count(*) FROM audit_entry) || ' audit entries'"
query "SELECT string_agg(status || ' ' || c, ', ' ORDER BY c DESC) FROM (SELECT status, count(*) c FROM need GROUP BY status) s"
if [ "$engine" = h2 ]; then
    copy_start=$(date +%s.%N)
    copy_to_h2
    printf 'copied into H2 in %.1f s\n' "$(echo "$(date +%s.%N) - $copy_start" | bc)"
    launch_server 300 "/api/v1/catalog/items?size=20"
    # The H2 server places the seeded entries, signed with the same key (the copy's data directory) as the demo's.
    seeded=$(date +%s.%N)
fi

log="$work/server/standalone/log/server.log"
entries=$(query "SELECT count(*) FROM audit_entry")
until [ "$(curl -sf "$BASE/api/v1/log/heads/latest" | jq .treeSize)" -ge "$entries" ]; do sleep 2; done
placed=$(echo "$(date +%s.%N) - $seeded" | bc)
printf 'the sequencer placed all %d audit entries in %.0f s\n' "$entries" "$placed"
# Errors while the sequencer worked through the backlog are the server's to explain, not the seed's: shown, not fatal.
grep ' ERROR ' "$log" | cut -c1-400 | sed 's/^/  while sequencing: /' || true
checked_from=$(( $(wc -l < "$log") + 1 ))

# ---------------------------------------------------------------- the data is valid for the application
# Per state: the codes expected of detail, notice, timeline, history (API) and whether the need and notice pages show
# the need (a page that cannot show it answers 200 with an error message). A draft is its owner's alone.
declare -A expect=(
    [DRAFT]="404 404 404 404 error error" [PUBLISHED]="200 404 200 200 ok none" [BIDDING_CLOSED]="200 404 200 200 ok none"
    [NOTICE]="200 200 200 200 ok ok" [CONTRACTED]="200 200 200 200 ok ok" [DELIVERED]="200 200 200 200 ok ok"
    [ACCEPTED]="200 200 200 200 ok ok" [RATED]="200 200 200 200 ok ok" [CANCELLED]="200 404 200 200 ok none"
    [FAILED]="200 404 200 200 ok none")
# error: the page says it cannot show the need; none: the notice page says there is no result yet; ok: it shows it.
page_state() {
    local html; html=$(curl -sf "$BASE$1")
    if grep -q 'ui-messages-error"' <<< "$html"; then echo error; elif grep -q '尚无选取结果' <<< "$html"; then echo none; else echo ok; fi
}
invalid=0
first_seeded=$(query "SELECT min(id) FROM need WHERE project_id IN (SELECT id FROM project WHERE project_code LIKE '%-99-01-%')")
for state in DRAFT PUBLISHED BIDDING_CLOSED NOTICE CONTRACTED DELIVERED ACCEPTED RATED CANCELLED FAILED; do
    for id in $(query "SELECT id FROM need WHERE status = '$state' AND id >= $first_seeded ORDER BY random() LIMIT 4"); do
        got=""
        for path in "" /notice /timeline /history; do
            got="$got $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/needs/$id$path")"
        done
        got="${got# } $(page_state "/need.xhtml?id=$id") $(page_state "/notice.xhtml?id=$id")"
        if [ "$got" != "${expect[$state]}" ]; then
            echo "INVALID need $id ($state): detail notice timeline history need-page notice-page = $got, expected ${expect[$state]}"
            invalid=1
        fi
    done
done
deep_page=$(( $(query "SELECT count(*) FROM need WHERE status <> 'DRAFT'") / 20 - 1 ))
[ "$deep_page" -gt 999 ] && deep_page=999
filter="item=ZJFW-003&region=330100"
for path in "/api/v1/needs?size=20" "/api/v1/needs?size=20&$filter" "/api/v1/needs?page=$deep_page&size=20" "/api/v1/catalog/items?size=20" \
            "/api/v1/agencies?size=20" /needs.xhtml /catalog.xhtml /agencies.xhtml; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
    [ "$code" = 200 ] || { echo "INVALID: $path answers $code"; invalid=1; }
done
errors=$(tail -n +"$checked_from" "$log" | grep -c ' ERROR ' || true)
[ "$errors" = 0 ] || { tail -n +"$checked_from" "$log" | grep ' ERROR ' | tail -5; invalid=1; }
[ "$invalid" = 0 ] || { echo "the seeded data is not valid for the application; no figures" >&2; exit 1; }
echo "valid: 4 needs of each state read through the API and the pages as their state implies; lists, catalog, directory 200; no ERROR in server.log while they were read"

# ---------------------------------------------------------------- start-up on this data
stop_server
launch_server 300 /needs.xhtml
startup=$(echo "$ready - $start" | bc)

# ---------------------------------------------------------------- throughput
need=$(query "SELECT n.id FROM need n WHERE n.status = 'RATED' AND n.id >= $first_seeded ORDER BY n.id LIMIT 1")
declare -a names urls
add() { names+=("$1"); urls+=("$2"); }
add "static JSON /api/v1/version" "/api/v1/version"
add "needs API, first page" "/api/v1/needs?size=20"
add "needs API, by item and region" "/api/v1/needs?size=20&$filter"
add "needs API, page $((deep_page + 1))" "/api/v1/needs?page=$deep_page&size=20"
# The same deep page read by position: the token of the page before it, as a client following "next" holds it.
deep_token=$(curl -sf "$BASE/api/v1/needs?page=$((deep_page - 1))&size=20" | jq -r .next)
add "needs API, page $((deep_page + 1)) by position" "/api/v1/needs?size=20&after=$deep_token"
add "catalog API" "/api/v1/catalog/items?size=20"
add "directory API" "/api/v1/agencies?size=20"
add "need detail API" "/api/v1/needs/$need"
add "notice API" "/api/v1/needs/$need/notice"
add "needs page" "/needs.xhtml"
add "need page" "/need.xhtml?id=$need"
add "notice page" "/notice.xhtml?id=$need"
add "catalog page" "/catalog.xhtml"
add "directory page" "/agencies.xhtml"
measure() {
    local url="$1"; shift
    wrk -t2 -c16 -d3s --timeout 10s "$@" "$url" > /dev/null
    local out; out=$(wrk -t2 -c16 -d"${duration}s" --timeout 10s --latency "$@" "$url")
    echo "$(awk '/Requests\/sec/ {print $2}' <<< "$out") $(awk '$1=="50%" {print $2}' <<< "$out") $(awk '$1=="99%" {print $2}' <<< "$out") $(grep -c 'Non-2xx' <<< "$out" || true)"
}
# Every read once before any is measured, so that the first rows do not pay for the server's warm-up alone.
for url in "${urls[@]}"; do wrk -t2 -c16 -d2s --timeout 10s "$BASE$url" > /dev/null; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -a plain fresh
for i in "${!urls[@]}"; do
    plain[i]=$(measure "$BASE${urls[i]}")
    fresh[i]=$(measure "$BASE${urls[i]}" -H "Cache-Control: no-cache")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
java_pid=$(pgrep -f "$work/server/jboss-modules.jar" | head -1)
rss=$(( $(ps -o rss= -p "$java_pid") / 1024 ))
# Where that memory is, when the JVM tracks it (JBOSS_JAVA_SIZING="... -XX:NativeMemoryTracking=summary"): committed MB
# by area, read before the server stops.
native_memory=$(jcmd "$java_pid" VM.native_memory summary scale=MB 2>/dev/null \
    | sed -n 's/^-[[:space:]]*\([A-Za-z][A-Za-z ]*[A-Za-z]\) (reserved=[0-9]*MB, committed=\([0-9]*\)MB)$/\1 \2/p' | paste -sd ',' || true)

echo
echo "province: $needs needs, $bids bids wanted, $agencies agencies, $owners owners; $([ "$engine" = h2 ] && echo H2 || echo PostgreSQL); wrk -t2 -c16 -d${duration}s on $(nproc) cores, same machine"
echo "load average (1, 5, 15 min) before the runs: $load_before, after: $load_after (the machine is shared)"
static=$(cut -d' ' -f1 <<< "${plain[0]}")
# No share can be given of nothing: a server that answered no request within wrk's timeout says so, with its log's end.
if [ "$(echo "${static:-0} == 0" | bc)" = 1 ]; then
    echo "the static endpoint answered no request within ${duration} s: no figures. The end of server.log:" >&2
    tail -n 30 "$log" >&2
    exit 1
fi
printf '%-34s %10s %9s %9s %7s | %10s %9s %9s %7s\n' "request" "req/s" "p50" "p99" "share" "no-cache" "p50" "p99" "share"
for i in "${!urls[@]}"; do
    read -r rps p50 p99 non2xx <<< "${plain[i]}"
    read -r frps fp50 fp99 fnon2xx <<< "${fresh[i]}"
    flag=""; { [ "$non2xx" != 0 ] || [ "$fnon2xx" != 0 ]; } && flag="  (non-2xx answers!)"
    printf '%-34s %10s %9s %9s %6.0f%% | %10s %9s %9s %6.0f%%%s\n' "${names[i]}" "$rps" "$p50" "$p99" \
        "$(echo "100 * $rps / $static" | bc -l)" "$frps" "$fp50" "$fp99" "$(echo "100 * $frps / $static" | bc -l)" "$flag"
done
printf 'server RSS after the runs: %d MB\n' "$rss"
[ -z "$native_memory" ] || echo "native memory tracking, committed MB: $native_memory"
printf 'start-up on this data (launch to the first 200 of /needs.xhtml): %.1f s\n' "$startup"

# ---------------------------------------------------------------- the list's queries at this size
# The statements Hibernate sends for NeedService.search (as org.hibernate.SQL logs them), with the parameters written in:
# the page's ids from need alone, then those needs' rows with their owners, then the count.
ids="SELECT n1_0.id FROM need n1_0 WHERE (n1_0.status <> 'DRAFT')"
by_item="AND (n1_0.item_code = 'ZJFW-003') AND (EXISTS (SELECT 1 FROM project p2_0, organisation r1_0
      WHERE p2_0.id = n1_0.project_id AND r1_0.id = p2_0.owner_organisation_id AND r1_0.region_code LIKE '3301%' ESCAPE ''))"
order="ORDER BY n1_0.bid_deadline DESC, n1_0.id DESC"
item_order="ORDER BY n1_0.item_code, n1_0.bid_deadline DESC, n1_0.id DESC"
first_ids=$(query "SELECT string_agg(id::text, ', ') FROM ($ids $order LIMIT 20) page")
rows="SELECT n1_0.*, o1_0.name, o1_0.region_code FROM need n1_0 JOIN project p1_0 ON p1_0.id = n1_0.project_id
      JOIN organisation o1_0 ON o1_0.id = p1_0.owner_organisation_id WHERE n1_0.id IN ($first_ids)"
boundary=$(query "SELECT bid_deadline || '|' || id FROM need WHERE status <> 'DRAFT' ORDER BY bid_deadline DESC, id DESC
                  OFFSET $((deep_page * 20 - 1)) LIMIT 1")
seek="AND (n1_0.bid_deadline <= '${boundary%|*}' AND (n1_0.bid_deadline < '${boundary%|*}' OR n1_0.id < ${boundary#*|}))"
explain() {
    echo
    echo "== $1"
    # (without the select list, which H2 writes out column by column)
    if [ "$engine" = h2 ]; then h2 org.h2.tools.Shell -sql "EXPLAIN ANALYZE $2" | grep -Ev '^ +"[a-z0-9_]+"\."[a-z_]+",?$'
    else psql_db -d "$db" -At -c "EXPLAIN (ANALYZE, BUFFERS) $2"; fi
}
# H2's plans come from its file, which only a stopped server leaves open to another process.
[ "$engine" = postgresql ] || stop_server
explain "needs list, first page: the ids" "$ids $order OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY"
explain "needs list, first page: their rows" "$rows"
explain "needs list, by item and region: the ids" "$ids $by_item $item_order OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY"
explain "needs list, page $((deep_page + 1)) by offset: the ids" "$ids $order OFFSET $((deep_page * 20)) ROWS FETCH FIRST 20 ROWS ONLY"
explain "needs list, page $((deep_page + 1)) by position: the ids" "$ids $seek $order OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY"
explain "needs list, the count" "SELECT count(n1_0.id) FROM need n1_0 WHERE (n1_0.status <> 'DRAFT')"
explain "needs list, the count by item and region" "SELECT count(n1_0.id) FROM need n1_0 WHERE (n1_0.status <> 'DRAFT') $by_item"
