#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Kills a server copy with SIGKILL while 30 agencies replace their sealed bids on one need in a loop, starts it again on
# the same data and counts the agencies whose last bid answered 200 is not the one stored; CRASHES times over. Also the
# time from start to serving after each crash, and bids/s with the durability settings the build has (H2: WRITE_DELAY=0).
# BENCH_H2_WRITE_DELAY=default runs H2 with its own write delay instead, to show what that setting is for.
# Needs a build first: mvn package -DskipTests (or -Ppostgresql, with BENCH_DB=postgresql).
# Usage: arquillian-tests/bench/crash.sh [crashes] [agencies]
set -euo pipefail
cd "$(dirname "$0")/../.."
crashes="${1:-5}"
agencies="${2:-30}"
port_offset="${BENCH_PORT_OFFSET:-100}"
BASE="http://127.0.0.1:$((8080 + port_offset))"
[ -d ear/target/server ] && [ -f ear/target/intermarket.ear ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq; }
work=$(mktemp -d)
source arquillian-tests/bench/server-copy.sh
copy_server "$work/server"
if [ "${BENCH_H2_WRITE_DELAY:-}" = default ]; then
    sed -i 's/;WRITE_DELAY=0//' "$work/server/standalone/configuration/standalone.xml"
fi
if [ "${BENCH_DB:-h2}" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS intermarket_crash" -c "CREATE DATABASE intermarket_crash"
    export POSTGRESQL_URL="jdbc:postgresql://127.0.0.1:5432/intermarket_crash"
fi
launcher=""
stop() {
    [ -n "$launcher" ] || return 0
    for child in $(pgrep -P "$launcher" || true); do kill -9 "$child" 2>/dev/null || true; done
    kill -9 "$launcher" 2>/dev/null || true
    while pgrep -f "$work/server/jboss-modules.jar" > /dev/null; do sleep 0.1; done
    launcher=""
}
trap 'stop; rm -rf "$work"; [ "${BENCH_DB:-h2}" = postgresql ] && psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS intermarket_crash" || true' EXIT
# Not in a subshell ($(start) would keep the launcher's pid from stop, and the "crashes" would kill nothing): the
# seconds it took are left in $took.
start() {
    local begun; begun=$(date +%s.%N)
    ! curl -s -o /dev/null "$BASE/" || { echo "something already serves $BASE" >&2; exit 1; }
    "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$port_offset" -Dintermarket.demo=true >> "$work/server.out" 2>&1 &
    launcher=$!
    disown "$launcher"  # its SIGKILL is the point: no "Killed" from the shell
    until curl -sf -o /dev/null "$BASE/api/v1/catalog/items?size=1"; do
        kill -0 "$launcher" 2>/dev/null || { echo "the server stopped; see $work/server.out" >&2; exit 1; }
        sleep 0.2
    done
    took=$(echo "$(date +%s.%N) - $begun" | bc)
}
token() { curl -sf -X POST -u "$1:$2" "$BASE/api/v1/tokens" | jq -r .token; }
call() { curl -s -X "$2" ${1:+-H "Authorization: Bearer $1"} -H 'Content-Type: application/json' ${4:+-d "$4"} "$BASE/api/v1$3"; }

start
echo "first start: $took s"
admin=$(token admin demo12345); supervisor=$(token supervisor demo12345); owner=$(token owner1 demo12345)
call "$admin" PUT /settings '{"minBiddingPeriod":"PT5S"}' > /dev/null
tokens=()
for i in $(seq 1 "$agencies"); do
    user="crash$i"
    code=$(python3 -c "
chars='0123456789ABCDEFGHJKLMNPQRTUWXY'; w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
b='91330100'+str(720000000+$i)[:9]; print(b+chars[(31-sum(chars.index(c)*x for c,x in zip(b,w))%31)%31])")
    call "" POST /registrations "{\"role\":\"AGENCY\",\"organisation\":{\"name\":\"崩溃机构 $i\",\"creditCode\":\"$code\",\"region\":\"330100\",
        \"legalRepresentative\":\"测试\",\"contactPhone\":\"0571-8$(printf %07d "$i")\"},\"account\":{\"username\":\"$user\",\"password\":\"Crash-harbour-73-kite\"}}" > /dev/null
    t=$(token "$user" Crash-harbour-73-kite)
    id=$(call "$t" GET /me | jq -r .organisation.id)
    call "$t" POST "/agencies/$id/service-guides" '{"itemCode":"ZJFW-003","conditions":"c","process":"p","timeLimitDays":20,"feeStandard":"f"}' > /dev/null
    admission=$(call "$t" POST "/agencies/$id/admission" | jq -r .id)
    call "$supervisor" POST "/admissions/$admission/approve" > /dev/null
    tokens+=("$t")
done
project=$(call "$owner" POST /projects '{"name":"崩溃压测","projectCode":"2026-330100-48-01-777777","location":"杭州","investment":"1000000.00"}' | jq -r .id)
need=$(call "$owner" POST /needs "{\"projectId\":$project,\"itemCode\":\"ZJFW-003\",\"scope\":\"压测\",\"serviceDays\":20,
    \"ceilingPrice\":\"1000000.00\",\"selectionMethod\":\"LOWEST_PRICE\",\"bidDeadline\":\"$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)\"}" | jq -r .id)
call "$owner" POST "/needs/$need/publish" > /dev/null

lua="$work/bids.lua"
{ printf 'tokens = {'; printf '"%s",' "${tokens[@]}"; printf '}\n'; cat <<'LUA'
request = function()
    return wrk.format("PUT", nil, {["Authorization"] = "Bearer " .. tokens[math.random(1, #tokens)], ["Content-Type"] = "application/json"},
        '{"price":"' .. string.format("%d.00", 500000 + math.random(1, 400000)) .. '","serviceDays":20,"plan":"crash"}')
end
LUA
} > "$lua"
wrk -t2 -c16 -d3s -s "$lua" "$BASE/api/v1/needs/$need/bids/mine" > /dev/null
printf 'bids/s (wrk -c16, 10 s, %s): %s\n' "$([ "${BENCH_H2_WRITE_DELAY:-}" = default ] && echo "H2's default write delay" || echo "as built")" \
    "$(wrk -t2 -c16 -d10s -s "$lua" "$BASE/api/v1/needs/$need/bids/mine" | awk '/Requests\/sec/ {print $2}')"

total_lost=0
# Every bid sent and every one acknowledged, all rounds together: a bid stored from an earlier round is a loss too.
# Prices only grow, per agency and across rounds, so each names one request.
: > "$work/bids"
for crash in $(seq 1 "$crashes"); do
    acked_before=$(grep -c '^acked' "$work/bids" || true)
    pids=()
    for i in "${!tokens[@]}"; do
        (
            t="${tokens[$i]}"
            n=0
            while true; do
                price=$((100000 + crash * 50000 + n)).00
                n=$((n + 1))
                echo "sent $i $price" >> "$work/bids"
                answer=$(curl -s -m 30 -w ' %{http_code}' -X PUT -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
                    -d "{\"price\":\"$price\",\"serviceDays\":20,\"plan\":\"crash\"}" "$BASE/api/v1/needs/$need/bids/mine" 2>/dev/null) || exit 0
                [ "${answer##* }" = 200 ] && echo "acked $i $price" >> "$work/bids"
            done
        ) &
        pids+=($!)
    done
    # the kill comes 3 to 7 s after the round's first acknowledged bid (or 2 minutes without one): a freshly started server on a busy machine may
    # answer nothing for longer than that, and a round that acknowledged nothing tests nothing
    for _ in $(seq 600); do [ "$(grep -c '^acked' "$work/bids" || true)" -gt "$acked_before" ] && break; sleep 0.2; done
    sleep "$((3 + RANDOM % 4)).$((RANDOM % 10))"
    stop
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    start
    lost=0
    for i in "${!tokens[@]}"; do
        stored=$(call "${tokens[$i]}" GET "/needs/$need/bids/mine" | jq -r .price)
        # kept: the last one acknowledged in any round, or one sent after it whose answer never came
        verdict=$(awk -v i="$i" -v s="$stored" '$2 == i && $1 == "acked" {last = $3; split("", after)}
            $2 == i && $1 == "sent" {after[$3] = 1}
            END {print (last == "" ? "none" : (s == last || (s in after)) ? "kept" : "lost")}' "$work/bids")
        [ "$verdict" = lost ] && lost=$((lost + 1))
    done
    total_lost=$((total_lost + lost))
    verify=$(call "$(token supervisor demo12345)" GET /audit/verify | jq -c '{valid, entries, pending}')
    echo "crash $crash: $(($(grep -c '^acked' "$work/bids") - acked_before)) bids acknowledged, $lost agencies' last acknowledged bid lost; restart to serving $took s; log $verify"
done
echo "acknowledged and lost over $crashes crashes: $total_lost"
