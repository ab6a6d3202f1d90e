#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing.
# Starts a copy of the provisioned server with the EAR on a fresh H2 file, and measures
#   - start-up time (launch to the first 200 of the catalog API),
#   - requests/s and latency of GET /api/v1/version (static JSON) and of GET /api/v1/catalog/items
#     (a page of 20 read from the database) and of the catalog page, with wrk on this machine,
#   - resident memory of the server after the load.
# Needs a build first: mvn package -DskipTests. Usage: arquillian-tests/bench/catalog-throughput.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20}"
source arquillian-tests/bench/server.sh
printf 'start-up (launch to first catalog 200): %.1f s\n' "$(echo "$ready - $start" | bc)"

run() {
    local name="$1" url="$2"
    wrk -t2 -c16 -d5s "$url" > /dev/null
    local out; out=$(wrk -t2 -c16 -d"${duration}s" --latency "$url")
    printf '%-34s %10s req/s   p50 %8s   p99 %8s\n' "$name" \
        "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" \
        "$(awk '$1=="50%" {print $2}' <<< "$out")" \
        "$(awk '$1=="99%" {print $2}' <<< "$out")"
}
echo "wrk -t2 -c16 -d${duration}s on $(nproc) cores, same machine:"
run "static JSON /api/v1/version" "$BASE/api/v1/version"
run "catalog API (20 of the list)" "$BASE/api/v1/catalog/items?size=20"
run "catalog page (PrimeFaces)" "$BASE/catalog.xhtml"
run "agency directory API (a page, 3 statements)" "$BASE/api/v1/agencies?size=20"
run "agency directory page (filtered by province)" "$BASE/agencies.xhtml?region=330000"

java_pid=$(pgrep -f "$work/server/jboss-modules.jar" | head -1)
printf 'server RSS after load: %d MB\n' "$(( $(ps -o rss= -p "$java_pid") / 1024 ))"
