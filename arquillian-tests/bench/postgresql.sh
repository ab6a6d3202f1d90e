# Sourced by the PostgreSQL benchmarks after they set $db: a database of their own, created fresh and
# dropped on exit, a server on it (server.sh), and valid unified social credit codes for seeding.
# Needs a PostgreSQL build first: mvn package -Ppostgresql -DskipTests
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_db -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export POSTGRESQL_URL="jdbc:postgresql://127.0.0.1:5432/$db"
BENCH_SERVER_OPTS="-Dintermarket.demo=true"
source arquillian-tests/bench/server.sh
# The server's own children first (standalone.sh starts the JVM as a child), then the script; waits until they are
# gone, as an operator's restart does: the first clean stop writes the class archive the next start maps
# (bin/standalone.conf), and a start while it is being written would make its own.
stop_server() {
    local children; children=$(pgrep -P "$pid" || true)
    for child in $children; do kill "$child" 2>/dev/null || true; done
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
        local alive=""
        for process in "$pid" $children; do kill -0 "$process" 2>/dev/null && alive=1; done
        [ -z "$alive" ] && return 0
        sleep 0.2
    done
    for child in $children; do kill -9 "$child" 2>/dev/null || true; done
}
trap 'stop_server; rm -rf "$work"; psql_db -d postgres -c "DROP DATABASE IF EXISTS $db" || true' EXIT

# credit_codes COUNT FIRST: COUNT lines "n,code" (n from 0) of codes with valid GB 32100-2015 check
# characters, numbered from FIRST (nine digits) so that two benchmarks never write the same code.
credit_codes() {
    python3 - "$1" "$2" <<'PY'
import sys
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
for n in range(int(sys.argv[1])):
    body = "91330100" + str(int(sys.argv[2]) + n)[:9]
    check = (31 - sum(chars.index(c) * w for c, w in zip(body, weights)) % 31) % 31
    print(f"{n},{body + chars[check]}")
PY
}
