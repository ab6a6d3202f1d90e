#!/usr/bin/env bash
# A local two-node cluster of the market on PostgreSQL behind HAProxy, on one machine (ports offset).
#
#   ear/cluster/cluster.sh start            two nodes and the balancer; returns when the balancer serves both nodes
#   ear/cluster/cluster.sh stop             stops the balancer and the nodes (SIGTERM, then SIGKILL after 30 s)
#   ear/cluster/cluster.sh kill NODE        SIGKILL to one node (node1 or node2), as a dying machine would
#   ear/cluster/cluster.sh start-node NODE  starts one node again on the same data; returns when it is back in the
#                                           cluster and the balancer sends to it
#   ear/cluster/cluster.sh status           which node the balancer sees up
#
# Needs the PostgreSQL build first (mvn package -Ppostgresql -DskipTests), PostgreSQL on 127.0.0.1:5432 and haproxy.
# Settings, all optional, from the environment:
#   CLUSTER_DIR      where the node copies, their logs, the shared log key and the balancer's files live
#                    (ear/target/cluster); `start` reuses copies already there, so data and keys survive a restart
#   CLUSTER_DB       the PostgreSQL database the nodes share (intermarket_cluster), created when missing
#   CLUSTER_FRESH=1  `start` drops and creates the database and copies the nodes anew
#   CLUSTER_PORT     the balancer's port on 127.0.0.1 (8780)
#   CLUSTER_OFFSETS  the two nodes' port offsets ("500 600": node1 on 8580, management 10490; node2 on 8680, 10590)
#   CLUSTER_OPTS     more system properties for both nodes, e.g. -Dintermarket.demo=true
set -euo pipefail
cd "$(dirname "$0")/../.."

dir=$(realpath -m "${CLUSTER_DIR:-ear/target/cluster}")
db=${CLUSTER_DB:-intermarket_cluster}
port=${CLUSTER_PORT:-8780}
read -r -a offsets <<< "${CLUSTER_OFFSETS:-500 600}"
nodes=(node1 node2)
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)

psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -t "$@"; }
offset_of() { [ "$1" = node1 ] && echo "${offsets[0]}" || echo "${offsets[1]}"; }
# The node's processes: standalone.sh and the JVM it starts, both named by the node's own folder. The JVM is looked
# for by that name rather than as the script's child: a JVM whose script was killed first must still be found.
pids_of() { pgrep -f -- "-Djboss.home.dir=$dir/$1( |\$)" || true; pgrep -f -- "^/bin/sh $dir/$1/bin/standalone.sh" || true; }
running() { [ -n "$(pids_of "$1")" ]; }

signal_node() {
    local signal=$1 node=$2 pid
    for pid in $(pids_of "$node"); do kill "-$signal" "$pid" 2>/dev/null || true; done
}

wait_gone() {
    local node=$1 seconds=$2
    for _ in $(seq 1 $((seconds * 5))); do
        running "$node" || return 0
        sleep 0.2
    done
    return 1
}

# The members of a node's JGroups channel, through its management interface (the CLI signs in as the local user).
members() {
    "$dir/$1/bin/jboss-cli.sh" -c --controller="127.0.0.1:$((9990 + $(offset_of "$1")))" \
        --command="/subsystem=jgroups/channel=ee:read-attribute(name=view)" 2>/dev/null || true
}

ready() { curl -sf -o /dev/null "http://127.0.0.1:$((9990 + $(offset_of "$1")))/health/ready"; }

wait_ready() {
    local node=$1
    for _ in $(seq 1 900); do
        ready "$node" && return 0
        running "$node" || { echo "$node stopped while starting; see $dir/$node.out" >&2; return 1; }
        # a failed deployment keeps the server up, never ready: no use waiting for it
        if tail -n "+$(cat "$dir/$node.from")" "$dir/$node.out" | grep -q 'WFLYSRV0026'; then echo "$node started with errors; see $dir/$node.out" >&2; return 1; fi
        sleep 0.2
    done
    echo "$node was not ready within 3 minutes; see $dir/$node.out" >&2
    return 1
}

copy_node() {
    local node=$1
    [ -d "$dir/$node" ] && return 0
    # shellcheck source=../../arquillian-tests/bench/server-copy.sh
    source arquillian-tests/bench/server-copy.sh
    copy_server "$dir/$node"
}

launch_node() {
    local node=$1
    running "$node" && { echo "$node is running already" >&2; return 0; }
    # where this start's output begins in the node's console log, which keeps every start's
    touch "$dir/$node.out"
    echo $(($(wc -l < "$dir/$node.out") + 1)) > "$dir/$node.from"
    # JGroups names members by jboss.node.name; the transaction manager marks the transactions it starts with
    # jboss.tx.node.id (at most 23 bytes), which WildFly warns of while it is the default every node shares; the log
    # key is one file for every node (it signs one log).
    # shellcheck disable=SC2086
    POSTGRESQL_URL="jdbc:postgresql://127.0.0.1:5432/$db" setsid "$dir/$node/bin/standalone.sh" \
        -Djboss.node.name="$node" -Djboss.tx.node.id="$node" -Djboss.socket.binding.port-offset="$(offset_of "$node")" \
        -Dintermarket.log.key="$dir/log-key.pem" -Dintermarket.trusted.proxies=127.0.0.1 ${CLUSTER_OPTS:-} \
        >> "$dir/$node.out" 2>&1 < /dev/null &
}

balancer_config() {
    cat <<CFG
# Written by ear/cluster/cluster.sh: the balancer in front of the local nodes.
global
    maxconn 4096
    pidfile $dir/haproxy.pid

defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    # A request whose node died before answering goes to the other one (an idempotent GET, or any request that
    # never reached a node); a POST a node received is not sent twice. Every retry goes to another node: a node that
    # refused a connection is dead or stopping, and waiting a second to ask it again (the default) only delays the
    # first click after a node died.
    option redispatch 1
    retries 3
    retry-on conn-failure empty-response 503

frontend market
    bind 127.0.0.1:$port
    # The nodes trust this through -Dintermarket.trusted.proxies=127.0.0.1 and see the client's own address.
    option forwardfor
    # When the platform received the request, in milliseconds since the epoch, read as its headers are (RequestArrival):
    # a bid is judged by it, not by when a busy node got to read it. Whatever a client sent in this header is replaced.
    http-request set-header X-Request-Start t=%[date(0,ms)]
    default_backend nodes

backend nodes
    balance roundrobin
    # A browser keeps to the node that holds its session; when that node is down it moves to the other one,
    # which has the session too (distributable sessions on Infinispan).
    cookie NODE insert indirect nocache httponly
    # Ready means the application is deployed and its database reachable (MicroProfile Health on the node's
    # management port); a node that is not ready gets no requests.
    option httpchk GET /health/ready
    http-check expect status 200
    # A check may take 3 s: a busy node (its partner deploying beside it on the same cores) answered slower than the
    # 1 s interval twice and was taken out while it was the only node up (bench/cluster.sh). A killed node refuses
    # the connection at once, and requests sent to it are redispatched (above) before any check notices.
    timeout check 3s
    default-server inter 1s fall 2 rise 1
CFG
    for node in "${nodes[@]}"; do
        local offset
        offset=$(offset_of "$node")
        echo "    server $node 127.0.0.1:$((8080 + offset)) check port $((9990 + offset)) cookie $node"
    done
}

start_balancer() {
    balancer_config > "$dir/haproxy.cfg"
    "$haproxy" -c -q -f "$dir/haproxy.cfg"
    "$haproxy" -D -f "$dir/haproxy.cfg"
}

stop_balancer() {
    local pid
    pid=$(cat "$dir/haproxy.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 25); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -f "$dir/haproxy.pid"
}

balanced() {
    # both servers UP in the balancer's eyes: its stats socket is not needed, a request per node with the cookie is.
    # The cookie's node answered when the balancer set no other NODE cookie (it redispatches from a node it sees down).
    local node headers
    for node in "${nodes[@]}"; do
        headers=$(curl -sf -o /dev/null -D - -b "NODE=$node" "http://127.0.0.1:$port/api/v1/catalog/items?size=1") || return 1
        if grep -qi "^set-cookie: NODE=" <<< "$headers" && ! grep -qi "^set-cookie: NODE=$node;" <<< "$headers"; then return 1; fi
    done
}

start() {
    [ -d ear/target/server/modules/system/layers/base/org/jgroups ] \
        || { echo "build the PostgreSQL server first: mvn package -Ppostgresql -DskipTests" >&2; exit 1; }
    [ -x "$haproxy" ] || { echo "haproxy is not installed (apt-get install haproxy)" >&2; exit 1; }
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "127.0.0.1:$port is in use" >&2; exit 1; fi
    if [ "${CLUSTER_FRESH:-0}" = 1 ]; then
        stop
        rm -rf "$dir"
        psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    fi
    mkdir -p "$dir"
    if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        psql_admin -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8'"
    fi
    for node in "${nodes[@]}"; do copy_node "$node"; done
    # Both at the same moment, as machines of a cluster come up: one migrates the schema, the other waits for its lock.
    for node in "${nodes[@]}"; do launch_node "$node"; done
    for node in "${nodes[@]}"; do wait_ready "$node" || { stop; exit 1; }; done
    # ready is not yet together: two nodes that came up at the same moment may still be two clusters of one, until
    # MERGE3 joins them (seconds); the cluster is up when a node's channel sees both
    for _ in $(seq 1 60); do members node1 | grep -q node2 && break; sleep 1; done
    members node1 | grep -q node2 || { echo "the nodes did not form one cluster; see $dir/*.out" >&2; stop; exit 1; }
    start_balancer
    for _ in $(seq 1 50); do balanced && break; sleep 0.2; done
    balanced || { echo "the balancer does not reach both nodes; see $dir/haproxy.cfg" >&2; stop; exit 1; }
    echo "cluster up: http://127.0.0.1:$port/ (node1 on $((8080 + offsets[0])), node2 on $((8080 + offsets[1])); logs in $dir)"
}

stop() {
    stop_balancer
    local node
    for node in "${nodes[@]}"; do signal_node TERM "$node"; done
    for node in "${nodes[@]}"; do
        wait_gone "$node" 30 || { signal_node KILL "$node"; wait_gone "$node" 10 || echo "$node did not stop" >&2; }
    done
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    kill)
        signal_node KILL "${2:?which node}"
        wait_gone "$2" 10 ;;
    start-node)
        launch_node "${2:?which node}"
        wait_ready "$2"
        # back in the cluster, and sent requests again once the balancer (if it runs) has seen it ready
        for _ in $(seq 1 60); do members node1 | grep -q node2 && break; sleep 1; done
        members node1 | grep -q node2 || { echo "$2 did not rejoin the cluster; see $dir/$2.out" >&2; exit 1; }
        if [ -f "$dir/haproxy.pid" ]; then
            for _ in $(seq 1 50); do balanced && break; sleep 0.2; done
            balanced || { echo "the balancer does not send to $2 again" >&2; exit 1; }
        fi ;;
    members)
        members "${2:?which node}" ;;
    status)
        for node in "${nodes[@]}"; do
            if ready "$node"; then echo "$node ready"; elif running "$node"; then echo "$node starting"; else echo "$node down"; fi
        done ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
