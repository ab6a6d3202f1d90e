#!/usr/bin/env bash
# Benchmark, not a test: prints figures, asserts nothing. Mail (issue 22) on a throw-away server on H2:
#   - ACCOUNTS agency accounts subscribed to ZJFW-003 at once (seeded in SQL while the server is stopped: copies of the
#     demo agency1's account with their own usernames and addresses, one subscription each; 2 x ACCOUNTS password hashes
#     through the API would take a quarter of an hour at 600,000 PBKDF2 iterations one at a time);
#   - one need of that item published: the time from the publish request to each mail's arrival at the SMTP server
#     (a Python sink, mail-sink.py, beside this script), p50, p99 and the last, and the mails per second the worker sent;
#   - an SMTP outage of OUTAGE seconds during which one such need is published every 10 s: the outbox's unsent mails
#     when the SMTP server comes back, and the time until every one has arrived (the back-off decides much of it:
#     30 s after the first failure, doubling, at most an hour).
# Needs a build first: mvn package -DskipTests. Usage: arquillian-tests/bench/mail.sh [accounts [outage seconds]]
# defaults 1000 120. BENCH_PORT_OFFSET as for the other benchmarks.
set -euo pipefail
cd "$(dirname "$0")/../.."
accounts="${1:-1000}"
outage="${2:-120}"
smtp_port=$((2525 + ${BENCH_PORT_OFFSET:-100}))
source arquillian-tests/bench/server.sh
# server.sh's clean-up, and the SMTP sink's
trap 'kill "${sink:-}" 2>/dev/null || true; kill "${pid:-}" 2>/dev/null || true; sleep 3; pkill -f "$work/server" 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'server up in %.1f s\n' "$(echo "$ready - $start" | bc)"

token() { curl -sf -X POST -u "$1:$2" "$BASE/api/v1/tokens" | jq -r .token; }
call() { curl -s -X "$2" ${1:+-H "Authorization: Bearer $1"} -H 'Content-Type: application/json' ${4:+-d "$4"} "$BASE/api/v1$3"; }
h2() { java -cp "$(find "$work/server/modules" -name 'h2-*.jar' | head -1)" org.h2.tools.Shell \
    -url "jdbc:h2:$work/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password sa -sql "$1"; }
sink_start() { python3 arquillian-tests/bench/mail-sink.py "$smtp_port" "$work/arrivals" & sink=$!; sleep 1; }
sink_stop() { kill "$sink"; wait "$sink" 2>/dev/null || true; }
arrived() { [ -f "$work/arrivals" ] && wc -l < "$work/arrivals" || echo 0; }
unsent() { call "$admin" GET /mail/outbox/summary | jq '(.counts.PENDING // 0) + (.counts.SENDING // 0)'; }
publish() {
    local project need
    project=$(call "$owner" POST /projects "{\"name\":\"邮件压测项目 $1\",\"projectCode\":\"2026-330100-48-01-8$(printf %05d $((RANDOM % 100000)))\",
        \"location\":\"杭州\",\"investment\":\"1000000.00\"}" | jq -r .id)
    need=$(call "$owner" POST /needs "{\"projectId\":$project,\"itemCode\":\"ZJFW-003\",\"scope\":\"压测\",\"serviceDays\":20,
        \"ceilingPrice\":\"1000000.00\",\"selectionMethod\":\"LOWEST_PRICE\",\"bidDeadline\":\"$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)\"}" | jq -r .id)
    published_at=$(date +%s.%N)
    call "$owner" POST "/needs/$need/publish" | jq -e '.id' > /dev/null
}

# ---------------------------------------------------------------- seed the subscribers while the server is stopped
# the server's own shutdown (killing standalone.sh would leave its JVM, and the database's lock, behind)
"$work/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + port_offset))" --command=:shutdown > /dev/null
wait "$pid" 2>/dev/null || true
while pgrep -f "$work/server/jboss-modules.jar" > /dev/null; do sleep 0.5; done
columns=$(h2 "SELECT LISTAGG(column_name, ',') WITHIN GROUP (ORDER BY ordinal_position) FROM information_schema.columns
              WHERE table_name = 'account' AND column_name <> 'id'" | sed -n 2p)
copied=$(sed -e "s/\busername\b/'benchmail' || r.\"X\"/" -e "s/\bemail\b/'benchmail' || r.\"X\" || '@example.org'/" <<< "$columns" \
    | sed -E "s/(^|,)([a-z_]+)/\1a.\2/g; s/a\.'benchmail'/'benchmail'/g")
h2 "INSERT INTO account ($columns) SELECT $copied FROM account a, SYSTEM_RANGE(1, $accounts) r WHERE a.username = 'agency1';
    INSERT INTO mail_subscription (account_id, organisation_id, frequency, digest_hour, language, active, created_at, changed_at, version)
      SELECT a.id, a.organisation_id, 'IMMEDIATE', NULL, CASEWHEN(MOD(a.id, 2) = 0, 'zh', 'en'), TRUE, a.created_at, a.created_at, 0
      FROM account a WHERE a.username LIKE 'benchmail%';
    INSERT INTO mail_subscription_item (subscription_id, item_code)
      SELECT s.id, 'ZJFW-003' FROM mail_subscription s JOIN account a ON a.id = s.account_id WHERE a.username LIKE 'benchmail%';" > /dev/null
echo "$(h2 "SELECT COUNT(*) FROM mail_subscription_item WHERE item_code = 'ZJFW-003'" | sed -n 2p) accounts subscribed to ZJFW-003"
sink_start
launch_server 300 "/api/v1/catalog/items?size=20" -Dintermarket.mail.smtp.host=127.0.0.1 -Dintermarket.mail.smtp.port="$smtp_port"
admin=$(token admin demo12345)
owner=$(token owner1 demo12345)
call "$admin" PUT /settings '{"minBiddingPeriod":"PT5S"}' > /dev/null

# ---------------------------------------------------------------- one need, every subscriber
publish 0
until [ "$(arrived)" -ge "$accounts" ]; do sleep 0.2; done
python3 - "$work/arrivals" "$published_at" <<'PY'
import sys
arrivals = sorted(float(line.split()[0]) for line in open(sys.argv[1]))
t0 = float(sys.argv[2])
late = [a - t0 for a in arrivals]
pick = lambda q: late[min(len(late) - 1, int(q * len(late)))]
print(f"one need to {len(late)} subscribers: publish to arrival p50 {pick(0.5):.2f} s, p99 {pick(0.99):.2f} s, last {late[-1]:.2f} s;"
      f" first arrival {late[0]:.2f} s; {len(late) / (arrivals[-1] - arrivals[0]):.0f} mails/s from first to last")
PY

# ---------------------------------------------------------------- an outage under that load
: > "$work/arrivals"
sink_stop
outage_start=$(date +%s)
published=0
while [ $(( $(date +%s) - outage_start )) -lt "$outage" ]; do
    publish $((published + 1)); published=$((published + 1))
    sleep 10
done
waiting=$(unsent)
printf 'SMTP server down %d s, %d needs published meanwhile: %d mails unsent in the outbox\n' \
    "$(( $(date +%s) - outage_start ))" "$published" "$waiting"
back=$(date +%s.%N)
sink_start
expected=$((published * accounts))
until [ "$(arrived)" -ge "$expected" ] && [ "$(unsent)" -eq 0 ]; do
    sleep 1
    if [ "$(echo "$(date +%s.%N) - $back > 3600" | bc)" = 1 ]; then echo "not drained after an hour: $(arrived) of $expected arrived" >&2; break; fi
done
drained=$(date +%s.%N)
printf 'drained: %d mails arrived %.0f s after the SMTP server came back (%d distinct Message-IDs)\n' "$(arrived)" \
    "$(echo "$drained - $back" | bc)" "$(awk '{print $2}' "$work/arrivals" | sort -u | wc -l)"
sink_stop
grep -c ' ERROR ' "$work/server/standalone/log/server.log" | sed 's/^/server.log ERROR lines: /' || true
