#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# The deadline rush and the write paths behind it, on a throw-away server (H2; PostgreSQL with BENCH_DB=postgresql
# after mvn package -Ppostgresql -DskipTests):
#   - the rush: AGENCIES admitted agencies, each with a warm keep-alive connection, send one sealed bid each at moments
#     spread evenly over the last second before a need's deadline (the last 50 ms left clear); what was accepted,
#     refused although sent in time, accepted although sent late, stored, and the latency;
#   - bids per second on one need and on 50 needs at once, with 16 and with 64 clients (wrk, agencies replacing bids);
#     every bid is an audited write, so the 50-need figure is also the market's audited writes per second;
#   - the sequencer's lag under that load: for a sample of the entries written, commit to the first signed head
#     that holds them, p50 and p99.
# Usage: arquillian-tests/bench/deadline-rush.sh [agencies] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
agencies="${1:-500}"
duration="${2:-10}"
if [ "${BENCH_DB:-h2}" = postgresql ]; then
    db=intermarket_rush
    source arquillian-tests/bench/postgresql.sh
else
    source arquillian-tests/bench/server.sh
fi
source arquillian-tests/bench/rush.sh

rush_accounts
admit_agencies "$agencies"
# The rush.
rush

# Bids per second: agencies replacing their bids, on one need and on 50 needs.
far=$(date -u -d "+1 day" +%Y-%m-%dT%H:%M:%SZ)
needs=()
for i in $(seq 1 50); do needs+=("$(publish "$far")"); done
mapfile -t tokens < <(head -64 "$work/tokens.txt")
lua="$work/bids.lua"
write_lua() {
    {
        printf 'tokens = {'; printf '"%s",' "${tokens[@]}"; printf '}\n'
        printf 'needs = {'; printf '%s,' "$@"; printf '}\n'
        cat <<'LUA'
counter = 0
request = function()
    counter = counter + 1
    local need = needs[math.random(1, #needs)]
    local price = string.format("%d.00", 500000 + math.random(1, 400000))
    return wrk.format("PUT", "/api/v1/needs/" .. need .. "/bids/mine", {["Authorization"] = "Bearer " .. tokens[math.random(1, #tokens)],
        ["Content-Type"] = "application/json"}, '{"price":"' .. price .. '","serviceDays":20,"plan":"bench"}')
end
LUA
    } > "$lua"
}
first_entry=$(call "$supervisor" GET /log/heads/latest | jq .treeSize)
for clients in 16 64; do
    for scope in one fifty; do
        if [ "$scope" = one ]; then write_lua "${needs[0]}"; else write_lua "${needs[@]}"; fi
        wrk -t2 -c"$clients" -d2s -s "$lua" "$BASE" > /dev/null
        out=$(wrk -t2 -c"$clients" -d"${duration}s" --latency -s "$lua" "$BASE")
        printf '  bids on %-6s need(s), %2d clients: %8s bids/s   p50 %8s   p99 %8s   non-2xx %s\n' "$scope" "$clients" \
            "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1=="50%" {print $2}' <<< "$out")" \
            "$(awk '$1=="99%" {print $2}' <<< "$out")" "$(awk '/Non-2xx/ {print $5}' <<< "$out" | grep . || echo 0)"
    done
done

# The sequencer's lag: commit (its entry's time) to the first signed head that holds it, for a sample of entries.
sleep 3
python3 - "$BASE" "$supervisor" "$first_entry" <<'PY'
import http.client, json, sys, urllib.parse, datetime, bisect
base, token, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = urllib.parse.urlsplit(base)
conn = http.client.HTTPConnection(url.hostname, url.port)
def get(path):
    conn.request("GET", "/api/v1" + path, headers={"Authorization": "Bearer " + token}); r = conn.getresponse(); return json.loads(r.read())
ts = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
heads, page = [], 0
while True:
    items = get(f"/log/heads?size=100&page={page}")["items"]
    heads += [(h["treeSize"], ts(h["timestamp"])) for h in items]
    if len(items) < 100 or items[-1]["treeSize"] <= first: break
    page += 1
heads.sort()
sizes = [s for s, _ in heads]
last = sizes[-1]
lags = []
for position in range(first, last, max(1, (last - first) // 300)):
    entry = get(f"/log/entries/{position}")
    head = heads[bisect.bisect_right(sizes, position)]
    lags.append(head[1] - ts(entry["recordedAt"]))
lags.sort()
print(f"  sequencer lag over {last - first} entries written in the runs ({len(lags)} sampled, {len([h for h in heads if h[0] > first])} heads):"
      f" p50 {lags[len(lags) // 2]:.2f} s, p99 {lags[int(len(lags) * 0.99)]:.2f} s")
PY
