#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Starts a copy of the provisioned server on a fresh H2 file, admits N agencies through the API,
# publishes one need and then measures
#   - bids per second on PUT /api/v1/needs/{id}/bids/mine (every agency replacing its sealed bid,
#     each request taking the need's row lock), with wrk;
#   - the last seconds before the deadline: every agency bids in a loop across the deadline; the
#     script counts what was accepted and refused and compares the stored bids with the deadline.
# Needs a build first: mvn package -DskipTests. Usage: arquillian-tests/bench/bid-throughput.sh [seconds] [agencies]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-15}"
agencies="${2:-16}"
source arquillian-tests/bench/server.sh

token() { curl -sf -X POST -u "$1:$2" "$BASE/api/v1/tokens" | jq -r .token; }
# call TOKEN METHOD PATH [BODY]; an empty token calls anonymously.
call() { curl -s -X "$2" ${1:+-H "Authorization: Bearer $1"} -H 'Content-Type: application/json' ${4:+-d "$4"} "$BASE/api/v1$3"; }
# A unified social credit code with a valid GB 32100-2015 check character.
credit_code() {
    python3 - "$1" <<'PY'
import sys
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
body = "91330100" + sys.argv[1].rjust(9, "0")[:9] + "X"
body = body[:17]
check = (31 - sum(chars.index(c) * w for c, w in zip(body, weights)) % 31) % 31
print(body + chars[check])
PY
}

admin=$(token admin demo12345)
supervisor=$(token supervisor demo12345)
owner=$(token owner1 demo12345)
call "$admin" PUT /settings '{"minBiddingPeriod":"PT5S"}' > /dev/null

tokens=()
for i in $(seq 1 "$agencies"); do
    user="benchagency$i"
    call "" POST /registrations "{\"role\":\"AGENCY\",\"organisation\":{\"name\":\"压测机构 $i\",\"creditCode\":\"$(credit_code $((700000 + i)))\",
        \"region\":\"330100\",\"legalRepresentative\":\"测试\",\"contactPhone\":\"0571-88000000\"},
        \"account\":{\"username\":\"$user\",\"password\":\"Bench-harbour-73-kite\"}}" > /dev/null
    t=$(token "$user" Bench-harbour-73-kite)
    id=$(call "$t" GET /me | jq -r .organisation.id)
    call "$t" POST "/agencies/$id/service-guides" '{"itemCode":"ZJFW-003","conditions":"c","process":"p","timeLimitDays":20,"feeStandard":"f"}' > /dev/null
    admission=$(call "$t" POST "/agencies/$id/admission" | jq -r .id)
    call "$supervisor" POST "/admissions/$admission/approve" > /dev/null
    tokens+=("$t")
done

project=$(call "$owner" POST /projects "{\"name\":\"压测项目\",\"projectCode\":\"2026-330100-48-01-9$(printf %05d $((RANDOM % 100000)))\",
    \"location\":\"杭州\",\"investment\":\"1000000.00\"}" | jq -r .id)
deadline=$(date -u -d "+$((duration + 25)) seconds" +%Y-%m-%dT%H:%M:%SZ)
need=$(call "$owner" POST /needs "{\"projectId\":$project,\"itemCode\":\"ZJFW-003\",\"scope\":\"压测\",\"serviceDays\":20,
    \"ceilingPrice\":\"1000000.00\",\"selectionMethod\":\"LOWEST_PRICE\",\"bidDeadline\":\"$deadline\"}" | jq -r .id)
call "$owner" POST "/needs/$need/publish" > /dev/null
echo "need $need, $agencies agencies, deadline $deadline"

lua="$work/bid.lua"
{
    printf 'tokens = {'
    printf '"%s",' "${tokens[@]}"
    printf '}\n'
    cat <<'LUA'
counter = 0
request = function()
    counter = counter + 1
    local price = string.format("%d.00", 500000 + math.random(1, 400000))
    return wrk.format("PUT", nil, {["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1],
        ["Content-Type"] = "application/json"}, '{"price":"' .. price .. '","serviceDays":20,"plan":"bench"}')
end
LUA
} > "$lua"
wrk -t2 -c"$agencies" -d3s -s "$lua" "$BASE/api/v1/needs/$need/bids/mine" > /dev/null
out=$(wrk -t2 -c"$agencies" -d"${duration}s" --latency -s "$lua" "$BASE/api/v1/needs/$need/bids/mine")
printf 'bids (PUT, %d agencies replacing): %s req/s   p50 %s   p99 %s   non-2xx %s\n' "$agencies" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1=="50%" {print $2}' <<< "$out")" \
    "$(awk '$1=="99%" {print $2}' <<< "$out")" "$(awk '/Non-2xx/ {print $5}' <<< "$out" | grep . || echo 0)"

# The deadline edge: every agency bids in a loop from 2 s before the deadline to 1.5 s after it.
deadline_s=$(date -d "$deadline" +%s)
while [ "$(date +%s)" -lt $((deadline_s - 2)) ]; do sleep 0.05; done
edge_pids=()
for t in "${tokens[@]}"; do
    (
        end=$(echo "$deadline_s + 1.5" | bc)
        while [ "$(echo "$(date +%s.%N) < $end" | bc)" = 1 ]; do
            code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
                -d "{\"price\":\"$((600000 + RANDOM)).00\",\"serviceDays\":20,\"plan\":\"edge\"}" "$BASE/api/v1/needs/$need/bids/mine")
            echo "$(date +%s.%N) $code"
        done
    ) >> "$work/edge.log" &
    edge_pids+=($!)
done
wait "${edge_pids[@]}"
until [ "$(call "" GET "/needs/$need" | jq -r .status)" != PUBLISHED ]; do sleep 0.2; done
accepted_before=$(awk -v d="$deadline_s" '$2==200 && $1<=d' "$work/edge.log" | wc -l)
accepted_after=$(awk -v d="$deadline_s" '$2==200 && $1>d' "$work/edge.log" | wc -l)
refused=$(awk '$2==409' "$work/edge.log" | wc -l)
other=$(awk '$2!=200 && $2!=409' "$work/edge.log" | wc -l)
latest=$(call "$owner" GET "/needs/$need/bids" | jq -r '[.[].submittedAt] | max')
echo "last 2 s before the deadline and 1.5 s after: $((accepted_before + accepted_after + refused + other)) bids sent"
echo "  200 answered before the deadline (client clock): $accepted_before; 200 answered after it: $accepted_after (stored before it, answered late)"
echo "  409 bidding closed: $refused; other statuses: $other"
echo "  stored bids: $(call "$owner" GET "/needs/$need/bids" | jq length); latest stored submittedAt $latest vs deadline $deadline"
echo "  closed by its timer: $(call "" GET "/needs/$need" | jq -r '.status + " with " + (.bidCount|tostring) + " bids"')"
java_pid=$(pgrep -f "$work/server/jboss-modules.jar" | head -1)
printf 'server RSS after load: %d MB\n' "$(( $(ps -o rss= -p "$java_pid") / 1024 ))"
