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
command -v python3 > /dev/null || { echo "python3 is needed" >&2; exit 1; }

token() { curl -sf -X POST -u "$1:$2" "$BASE/api/v1/tokens" | jq -r .token; }
call() { curl -s -X "$2" ${1:+-H "Authorization: Bearer $1"} -H 'Content-Type: application/json' ${4:+-d "$4"} "$BASE/api/v1$3"; }

admin=$(token admin demo12345)
supervisor=$(token supervisor demo12345)
owner=$(token owner1 demo12345)
call "$admin" PUT /settings '{"minBiddingPeriod":"PT5S"}' > /dev/null

echo "admitting $agencies agencies through the API (each a registration and a sign-in: two password hashes)…"
setup_start=$(date +%s)
python3 - "$BASE" "$agencies" "$supervisor" > "$work/tokens.txt" <<'PY'
import http.client, json, sys, urllib.parse, base64, threading
base, count, supervisor = sys.argv[1], int(sys.argv[2]), sys.argv[3]
url = urllib.parse.urlsplit(base)
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def code(n):
    body = "91330100" + str(710000000 + n)[:9]
    return body + chars[(31 - sum(chars.index(c) * w for c, w in zip(body, weights)) % 31) % 31]
def call(conn, method, path, body=None, token=None, basic=None):
    headers = {"Content-Type": "application/json"}
    if token: headers["Authorization"] = "Bearer " + token
    if basic: headers["Authorization"] = "Basic " + base64.b64encode(basic.encode()).decode()
    conn.request(method, "/api/v1" + path, json.dumps(body) if body is not None else None, headers)
    r = conn.getresponse(); data = r.read()
    return r.status, (json.loads(data) if data else None)
tokens = [None] * count
def admit(indexes):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    for n in indexes:
        user = f"rush{n}"
        registration = {"role": "AGENCY", "organisation": {"name": f"压测机构 {n}", "creditCode": code(n),
             "region": "330100", "legalRepresentative": "测试", "contactPhone": f"0571-{80000000 + n}"},
             "account": {"username": user, "password": "Rush-harbour-73-kite"}}
        # 429: the server computes one password hash per two cores at a time and asks the rest to come back
        while call(conn, "POST", "/registrations", registration)[0] == 429:
            pass
        status, issued = call(conn, "POST", "/tokens", basic=f"{user}:Rush-harbour-73-kite")
        while status == 429:
            status, issued = call(conn, "POST", "/tokens", basic=f"{user}:Rush-harbour-73-kite")
        token = issued["token"]
        _, me = call(conn, "GET", "/me", token=token)
        org = me["organisation"]["id"]
        call(conn, "POST", f"/agencies/{org}/service-guides", {"itemCode": "ZJFW-003", "conditions": "c", "process": "p",
             "timeLimitDays": 20, "feeStandard": "f"}, token=token)
        _, admission = call(conn, "POST", f"/agencies/{org}/admission", token=token)
        call(conn, "POST", f"/admissions/{admission['id']}/approve", token=supervisor)
        tokens[n] = token
threads = [threading.Thread(target=admit, args=(range(k, count, 4),)) for k in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
print("\n".join(tokens))
PY
echo "  took $(( $(date +%s) - setup_start )) s"

publish() {
    local deadline="$1"
    local project; project=$(call "$owner" POST /projects "{\"name\":\"压测项目\",\"projectCode\":\"2026-330100-48-01-$(printf %06d $((RANDOM * 30 % 1000000)))\",
        \"location\":\"杭州\",\"investment\":\"1000000.00\"}" | jq -r .id)
    local need; need=$(call "$owner" POST /needs "{\"projectId\":$project,\"itemCode\":\"ZJFW-003\",\"scope\":\"压测\",\"serviceDays\":20,
        \"ceilingPrice\":\"1000000.00\",\"selectionMethod\":\"LOWEST_PRICE\",\"bidDeadline\":\"$deadline\"}" | jq -r .id)
    call "$owner" POST "/needs/$need/publish" > /dev/null
    echo "$need"
}

# The rush.
deadline=$(date -u -d "+40 seconds" +%Y-%m-%dT%H:%M:%S.000Z)
need=$(publish "$deadline")
echo "the rush: need $need, $agencies agencies, one bid each in the last second before $deadline"
python3 - "$BASE" "$need" "$deadline" "$work/tokens.txt" > "$work/rush.txt" <<'PY'
import http.client, sys, threading, time, urllib.parse, datetime, json
base, need, deadline, tokens = sys.argv[1], sys.argv[2], sys.argv[3], open(sys.argv[4]).read().split()
url = urllib.parse.urlsplit(base)
d = datetime.datetime.fromisoformat(deadline.replace("Z", "+00:00")).timestamp()
results = []
connections = []
for token in tokens:
    c = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    c.request("GET", "/api/v1/me", headers={"Authorization": "Bearer " + token}); c.getresponse().read()
    connections.append(c)
def bid(i, token, conn):
    at = d - 1.0 + i * (0.95 / len(tokens))
    while time.time() < at - 0.002: time.sleep(0.001)
    while time.time() < at: pass
    body = json.dumps({"price": f"{500000 + i}.00", "serviceDays": 20, "plan": "rush"})
    sent = time.time()
    conn.request("PUT", f"/api/v1/needs/{need}/bids/mine", body, {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    r = conn.getresponse(); r.read()
    results.append((sent, time.time() - sent, r.status))
threads = [threading.Thread(target=bid, args=(i, t, c)) for i, (t, c) in enumerate(zip(tokens, connections))]
[t.start() for t in threads]; [t.join() for t in threads]
for sent, latency, status in results:
    print(f"{sent:.3f} {latency:.4f} {status} {'late' if sent >= d else 'intime'}")
PY
until [ "$(call "" GET "/needs/$need" | jq -r .status)" != PUBLISHED ]; do sleep 0.2; done
stored=$(call "$owner" GET "/needs/$need/bids" | jq length)
python3 - "$work/rush.txt" "$stored" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
latencies = sorted(float(r[1]) for r in rows)
count = lambda status, when: sum(1 for r in rows if (r[2] == "200") == status and r[3] == when)
print(f"  sent {len(rows)}: accepted {count(True, 'intime')}, refused although sent in time {count(False, 'intime')},"
      f" accepted although sent late {count(True, 'late')}, sent late and refused {count(False, 'late')}")
print(f"  stored {sys.argv[2]} (accepted {count(True, 'intime') + count(True, 'late')});"
      f" latency p50 {latencies[len(latencies) // 2]:.3f} s, p99 {latencies[int(len(latencies) * 0.99)]:.3f} s, max {latencies[-1]:.3f} s")
PY
echo "  closed: $(call "" GET "/needs/$need" | jq -r '.status + " with " + (.bidCount|tostring) + " bids"')"

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
