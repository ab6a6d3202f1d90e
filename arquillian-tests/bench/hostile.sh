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

bogus="$work/bogus.lua"
cat > "$bogus" <<'LUA'
-- a sign-in with a username nobody has, from one address or (spread = true) from a new address each time
spread = false
counter = 0
local function b64(data)
    local chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ((data:gsub('.', function(x)
        local r, b = '', x:byte()
        for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
        return r
    end) .. '0000'):gsub('%d%d?%d?%d?%d?%d?', function(x)
        if #x < 6 then return '' end
        local c = 0
        for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
        return chars:sub(c + 1, c + 1)
    end) .. ({'', '==', '='})[#data % 3 + 1])
end
request = function()
    counter = counter + 1
    local headers = {["Authorization"] = "Basic " .. b64("ghost" .. math.random(1, 1e9) .. ":guess" .. counter)}
    if spread then
        headers["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
    end
    return wrk.format("GET", nil, headers)
end
LUA
under_attack() {
    local script="$1"
    wrk -t2 -c32 -d"$((duration + 4))s" -s "$script" "$public" > "$work/attack.out" &
    local attacker=$!
    sleep 2
    local median; median=$(wrk -t1 -c4 -d"${duration}s" --latency "$public" | p50)
    wait "$attacker"
    local codes; codes=$(awk '/Non-2xx/ {print $5}' "$work/attack.out")
    echo "$median (attacker: $(awk '/Requests\/sec/ {print $2}' "$work/attack.out") req/s, non-2xx ${codes:-0})"
}
echo "public read GET /api/v1/needs/$need, median latency with wrk -c4 on $(nproc) cores:"
echo "  idle:                                            $idle"
echo "  32 clients with bogus Basic, one address:        $(under_attack "$bogus")"
sed 's/^spread = false/spread = true/' "$bogus" > "$work/spread.lua"
echo "  32 clients with bogus Basic, an address each:    $(under_attack "$work/spread.lua")"

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
