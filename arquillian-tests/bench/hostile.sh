#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Starts a copy of the provisioned server (H2, demo data) that trusts this machine as its reverse proxy, then measures
#   - the median latency of a public read (GET /api/v1/needs/{id}) idle, and while 32 clients send sign-ins with
#     bogus Basic credentials, first all from one address, then each from an address of its own (X-Forwarded-For);
#   - the time to answer a truncated JSON body (the kind that had pinned a core for ever), and the server's CPU
#     right after 100 of them.
# Needs a build first: mvn package -DskipTests. Usage: arquillian-tests/bench/hostile.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-15}"
BENCH_SERVER_OPTS="${BENCH_SERVER_OPTS:-} -Dintermarket.trusted.proxies=127.0.0.1"
source arquillian-tests/bench/server.sh

need=$(curl -sf "$BASE/api/v1/needs?size=1" | jq -r '.items[0].id')
public="$BASE/api/v1/needs/$need"
p50() { awk '$1=="50%" {print $2}'; }

idle=$(wrk -t1 -c4 -d"${duration}s" --latency "$public" | p50)

# The attack as measured in the issue: 32 clients, 10 sign-ins each with a username nobody has (320 in all), sent as
# fast as the server answers them, from one address or each from an address of its own.
attack() {
    python3 - "$public" "$1" > "$work/attack.out" <<'PY'
import base64, http.client, sys, threading, urllib.parse
url, spread = urllib.parse.urlsplit(sys.argv[1]), sys.argv[2] == "1"
def client(n):
    connection = http.client.HTTPConnection(url.hostname, url.port)
    for i in range(10):
        attempt = n * 10 + i
        headers = {"Authorization": "Basic " + base64.b64encode(f"ghost{attempt}-{id(connection)}:guess".encode()).decode()}
        if spread:
            headers["X-Forwarded-For"] = f"10.{attempt // 250}.{attempt % 250}.7"
        connection.request("GET", url.path, headers=headers)
        response = connection.getresponse()
        response.read()
        print(response.status, flush=True)
threads = [threading.Thread(target=client, args=(n,)) for n in range(32)]
[t.start() for t in threads]
[t.join() for t in threads]
PY
}
under_attack() {
    local spread="$1"
    wrk -t1 -c4 -d60s --latency "$public" > "$work/reader.out" &
    local reader=$!
    local start; start=$(date +%s.%N)
    attack "$spread"
    local took; took=$(echo "$(date +%s.%N) - $start" | bc)
    kill -INT "$reader"; wait "$reader" || true
    printf '%s (the 320 attempts took %.1f s: %s)\n' "$(p50 < "$work/reader.out")" "$took" \
        "$(sort "$work/attack.out" | uniq -c | awk '{printf "%s × %s  ", $1, $2}')"
}
echo "public read GET /api/v1/needs/$need, median latency with wrk -c4 on $(nproc) cores:"
echo "  idle:                                                   $idle"
echo "  32 clients, 10 bogus Basic sign-ins each, one address:  $(under_attack 0)"
echo "  the same, each attempt from an address of its own:      $(under_attack 1)"

times=()
for i in $(seq 1 100); do
    times+=("$(printf '{"a":{"a":{"a":' | curl -s -o /dev/null -w '%{time_total}' -X POST -H 'Content-Type: application/json' \
        --data-binary @- "$BASE/api/v1/registrations")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
worst=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
java_pid=$(pgrep -f "$work/server/jboss-modules.jar" | head -1)
ticks() { awk '{print $14 + $15}' "/proc/$java_pid/stat"; }
before=$(ticks); sleep 3; after=$(ticks)
printf 'truncated JSON body: median %.1f ms, worst %.1f ms over 100; server CPU in the 3 s after them: %d %% of one core\n' \
    "$(echo "$median * 1000" | bc)" "$(echo "$worst * 1000" | bc)" "$(( (after - before) * 100 / $(getconf CLK_TCK) / 3 ))"
