# Sourced by the benchmarks: starts a throw-away copy of the provisioned server with the EAR on
# a fresh H2 file, and stops it on exit. Needs a build first (mvn package -DskipTests).
server_src=ear/target/server
ear=ear/target/intermarket.ear
# Offset from the usual ports so that a benchmark never meets a test run's server on 8080.
port_offset="${BENCH_PORT_OFFSET:-100}"
BASE="http://127.0.0.1:$((8080 + port_offset))"
[ -d "$server_src" ] && [ -f "$ear" ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq; }
if curl -s -o /dev/null "$BASE/"; then echo "$BASE is in use; stop the other server or set BENCH_PORT_OFFSET" >&2; exit 1; fi

work=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; sleep 3; pkill -f "$work/server" 2>/dev/null || true; rm -rf "$work"' EXIT
source arquillian-tests/bench/server-copy.sh
copy_server "$work/server"

start=$(date +%s.%N)
# BENCH_SERVER_OPTS adds system properties, e.g. -Dintermarket.demo=true for the admin account on PostgreSQL.
# shellcheck disable=SC2086
"$work/server/bin/standalone.sh" -Dintermarket.h2.path="$work/db" -Djboss.socket.binding.port-offset="$port_offset" ${BENCH_SERVER_OPTS:-} \
    > "$work/server.out" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$BASE/api/v1/catalog/items?size=20"; do
    sleep 0.2
    if [ "$(echo "$(date +%s.%N) - $start > 180" | bc)" = 1 ]; then echo "server did not start" >&2; exit 1; fi
done
ready=$(date +%s.%N)
