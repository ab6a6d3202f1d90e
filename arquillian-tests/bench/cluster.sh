#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Starts a fresh two-node cluster on PostgreSQL behind HAProxy (ear/cluster/cluster.sh, demo accounts) and measures,
# all through the balancer:
#   1. public listing requests/s (the needs API and page, rendered anew with `Cache-Control: no-cache` and as kept),
#      with both nodes, then with one (the other killed), in one run;
#   2. a rolling kill-and-restart under 32 clients reading the needs list: node1 gets SIGKILL and is started again,
#      then node2; the requests that failed (socket errors, answers other than 2xx) and the seconds each node took
#      from its launch until the balancer sent to it again;
#   3. the deadline rush (bench/rush.sh, as deadline-rush.sh on one server) onto the two nodes.
# Needs the PostgreSQL build first (mvn package -Ppostgresql -DskipTests), PostgreSQL on 127.0.0.1:5432, haproxy and wrk.
# The cluster's settings are cluster.sh's, with their own defaults here so that a test cluster (8780, offsets 500 600)
# may run beside it: CLUSTER_PORT 8180, CLUSTER_OFFSETS "110 120", CLUSTER_DB intermarket_bench_cluster (created fresh,
# dropped on exit), CLUSTER_DIR ear/target/bench-cluster.
# Usage: arquillian-tests/bench/cluster.sh [agencies] [seconds]
#
# What the one-node and two-node listing figures mean: on one machine the two nodes share its cores with PostgreSQL,
# HAProxy and wrk, so a second node adds no processor, only a second JVM to feed. A ratio (two nodes / one) near 1
# says the balancer and the cluster cost nothing measurable; below 1 is their cost (and two JVMs' memory and JIT on the
# same cores). It is not how the market scales: on two machines each node has its own cores and the rendered reads
# (CPU-bound in the node) would go near twice as fast, as long as PostgreSQL and the balancer, on their own machines,
# keep up; kept answers cost the node little and would be bound by the balancer and the network sooner.
set -euo pipefail
cd "$(dirname "$0")/../.."
agencies="${1:-500}"
duration="${2:-10}"
export CLUSTER_PORT="${CLUSTER_PORT:-8180}" CLUSTER_OFFSETS="${CLUSTER_OFFSETS:-110 120}"
export CLUSTER_DB="${CLUSTER_DB:-intermarket_bench_cluster}" CLUSTER_DIR="${CLUSTER_DIR:-ear/target/bench-cluster}"
export CLUSTER_OPTS="-Dintermarket.demo=true ${CLUSTER_OPTS:-}" CLUSTER_FRESH=1
BASE="http://127.0.0.1:$CLUSTER_PORT"
cluster=ear/cluster/cluster.sh
for tool in wrk jq python3; do command -v "$tool" > /dev/null || { echo "$tool is needed" >&2; exit 1; }; done

work=$(mktemp -d)
trap '"$cluster" stop; psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $CLUSTER_DB WITH (FORCE)" || true; rm -rf "$work"' EXIT
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

start=$(now)
"$cluster" start
echo "two nodes up and balanced in $(since "$start") s (fresh database: both migrate, one waits for the other's lock)"

# 1. Listing requests/s.
# listing NAME PATH [no-cache]: wrk -t2 -c16 after a 2 s warm-up; prints a line and keeps the requests/s in $rate.
listing() {
    local headers=()
    [ -n "${3:-}" ] && headers=(-H 'Cache-Control: no-cache')
    wrk -t2 -c16 -d2s --timeout 10s "${headers[@]}" "$BASE$2" > /dev/null
    local out; out=$(wrk -t2 -c16 -d"${duration}s" --timeout 10s --latency "${headers[@]}" "$BASE$2")
    rate=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    printf '  %-44s %9s req/s   p50 %8s   p99 %8s   non-2xx %s, socket errors %s\n' "$1" "$rate" \
        "$(awk '$1=="50%" {print $2}' <<< "$out")" "$(awk '$1=="99%" {print $2}' <<< "$out")" \
        "$(awk '/Non-2xx/ {print $5}' <<< "$out" | grep . || echo 0)" \
        "$(grep -o 'Socket errors:.*' <<< "$out" | cut -d: -f2- | sed 's/^ //' || echo none)"
}
declare -A rates
listings() {
    local nodes=$1
    echo "public listings through the balancer with $nodes node(s), wrk -t2 -c16 -d${duration}s on $(nproc) cores:"
    listing "needs API ?size=20, rendered (no-cache)" "/api/v1/needs?size=20" no-cache; rates[api-render-$nodes]=$rate
    listing "needs API ?size=20, kept answer" "/api/v1/needs?size=20"; rates[api-kept-$nodes]=$rate
    listing "needs page, rendered (no-cache)" "/needs.xhtml" no-cache; rates[page-render-$nodes]=$rate
    listing "needs page, kept answer" "/needs.xhtml"; rates[page-kept-$nodes]=$rate
}
# Both nodes just started: their JIT has compiled little. Both are warmed first (the balancer alternates between
# them), so that the two-node figures, measured first, are not those of cold JVMs beside a warm one-node run.
for path in "/api/v1/needs?size=20" "/needs.xhtml"; do
    wrk -t2 -c16 -d20s --timeout 10s -H 'Cache-Control: no-cache' "$BASE$path" > /dev/null
    wrk -t2 -c16 -d5s --timeout 10s "$BASE$path" > /dev/null
done
listings 2
"$cluster" kill node2
# the balancer checks every second and takes a node out after two failed checks; a request meanwhile is redispatched
sleep 3
listings 1
echo "two nodes / one node (on one machine both share its cores; see this script's header):"
for row in api-render api-kept page-render page-kept; do
    printf '  %-12s %.2f\n' "$row" "$(echo "${rates[$row-2]} / ${rates[$row-1]}" | bc -l)"
done
start=$(now)
"$cluster" start-node node2
echo "node2 back in $(since "$start") s (launch to the balancer sending to it again)"

# 2. Rolling kill-and-restart under 32 clients. wrk runs until told to stop (SIGINT prints its summary).
cat > "$work/statuses.lua" <<'LUA'
-- counts the answers by status over every thread; a 503 whose body is HAProxy's own ("No server is available") came
-- from the balancer seeing no node up, any other from a node; and when the first and the last non-2xx came
wrk.headers["Cache-Control"] = "no-cache"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {}; balancer = 0; first = 0; last = 0 end
function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if status >= 300 then
        local now = os.time()
        if first == 0 or now < first then first = now end
        if now > last then last = now end
        if body and string.find(body, "No server is available", 1, true) then balancer = balancer + 1 end
    end
end
function done(summary, latency, requests)
    local total, from_balancer, first_failure, last_failure = {}, 0, 0, 0
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
        from_balancer = from_balancer + thread:get("balancer")
        local f, l = thread:get("first"), thread:get("last")
        if f > 0 and (first_failure == 0 or f < first_failure) then first_failure = f end
        if l > last_failure then last_failure = l end
    end
    local line = "statuses:"
    for status, n in pairs(total) do line = line .. " " .. status .. "=" .. n end
    io.write(line .. "\n")
    io.write(string.format("failures: %d answered by the balancer itself (no node up in its eyes); first at %s, last at %s\n",
        from_balancer, first_failure > 0 and os.date("!%H:%M:%S", first_failure) or "-",
        last_failure > 0 and os.date("!%H:%M:%S", last_failure) or "-"))
end
LUA
echo "rolling kill-and-restart: 32 clients on /api/v1/needs?size=20 (rendered, no-cache) through the balancer"
rolling_start=$(now)
wrk -t2 -c32 -d3600s --timeout 30s --latency -s "$work/statuses.lua" "$BASE/api/v1/needs?size=20" > "$work/rolling.txt" &
wrk_pid=$!
sleep 15
for node in node1 node2; do
    "$cluster" kill "$node"
    echo "  +$(since "$rolling_start") s ($(date -u +%T)): $node killed (SIGKILL)"
    start=$(now)
    "$cluster" start-node "$node"
    echo "  +$(since "$rolling_start") s ($(date -u +%T)): $node serves again, $(since "$start") s after its launch (in the cluster and sent requests by the balancer)"
    sleep 15
done
kill -INT "$wrk_pid"
wait "$wrk_pid" || true
out=$(cat "$work/rolling.txt")
non2xx=$(awk '/Non-2xx/ {print $5}' <<< "$out" | grep . || echo 0)
socket=$(grep -o 'Socket errors:.*' <<< "$out" | grep -o '[0-9]\+' | paste -sd+ | bc || echo 0)
echo "  $(awk '/requests in/ {print $1}' <<< "$out") requests in $(since "$rolling_start") s ($(awk '/Requests\/sec/ {print $2}' <<< "$out") req/s):" \
    "failed $((non2xx + ${socket:-0})) (non-2xx $non2xx, socket errors ${socket:-0}: $(grep -o 'Socket errors:.*' <<< "$out" | cut -d: -f2- | sed 's/^ //' || echo none))"
echo "  latency p50 $(awk '$1=="50%" {print $2}' <<< "$out"), p99 $(awk '$1=="99%" {print $2}' <<< "$out"), max $(awk '/Latency/ {print $4}' <<< "$out"); $(grep statuses: <<< "$out")"
echo "  $(grep failures: <<< "$out")"

# 3. The deadline rush onto the two nodes.
source arquillian-tests/bench/rush.sh
rush_accounts
admit_agencies "$agencies"
rush
for node in node1 node2; do
    echo "  $node's log: $(grep -c ' ERROR ' "$CLUSTER_DIR/$node.out" || true) ERROR lines over the run"
done
