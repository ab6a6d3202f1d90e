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

# launch_server SECONDS PATH [OPTION...]: starts the copy on its H2 file (an OPTION such as -c CONFIG or a system
# property adds to that), sets $pid, $start and $ready, and waits until PATH answers 200, for at most SECONDS. Its
# console goes to $work/server.out, every start's after the one before. BENCH_SERVER_OPTS adds system properties to
# every start, e.g. -Dintermarket.demo=true for the admin account on PostgreSQL.
launch_server() {
    local seconds=$1 path=$2; shift 2
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$work/server/bin/standalone.sh" -Dintermarket.h2.path="$work/db" -Djboss.socket.binding.port-offset="$port_offset" \
        ${BENCH_SERVER_OPTS:-} "$@" >> "$work/server.out" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "$BASE$path"; do
        sleep 0.2
        if [ "$(echo "$(date +%s.%N) - $start > $seconds" | bc)" = 1 ]; then echo "the server did not answer $path within $seconds s" >&2; exit 1; fi
    done
    ready=$(date +%s.%N)
}
launch_server 180 "/api/v1/catalog/items?size=20"
