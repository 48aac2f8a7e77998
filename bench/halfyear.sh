#!/usr/bin/env bash
# Half-year benchmark (issues 12, 13): 10,000 customers and 1,000,000 responses for 2026-H1, then the period page
# (open, and open with a change before each view), the close, the closed page, the dashboard and its per-customer
# table, timed over HTTP against the app on PostgreSQL.
#   bench/halfyear.sh            full run
#   bench/halfyear.sh --smoke    200 customers, 5,000 responses (CI)
# Environment: BENCH_PORT (8099), BENCH_DB (bench_halfyear), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# BENCH_KEEP_DB=1 keeps the database afterwards (default: dropped when the run ends).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=full
CUSTOMERS=10000
RESPONSES=1000000
if [[ "${1:-}" == "--smoke" ]]; then
    MODE=smoke
    CUSTOMERS=200
    RESPONSES=5000
fi
PERIOD=2026-H1
PORT=${BENCH_PORT:-8099}
DB=${BENCH_DB:-bench_halfyear}
WORK=$(mktemp -d)
TARGET_CLOSE_MS=10000
TARGET_PAGE_MS=200
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"

start_app
generate_halfyear "$CUSTOMERS" "$RESPONSES" "$PERIOD"
login_admin

timed_page() { # label url -> "p50 p95 max" (5 warm-up, 20 timed)
    local file="$WORK/$1.txt"
    log "GET ${2#$BASE}: 5 warm-up, 20 timed"
    for _ in 1 2 3 4 5; do timed_get "$2" >/dev/null; done
    : >"$file"
    for _ in $(seq 20); do timed_get "$2" >>"$file"; done
    stats "$file"
}

PAGE="$BASE/periods/$PERIOD"
log "GET /periods/$PERIOD (open): 5 warm-up, 20 timed"
for _ in 1 2 3 4 5; do timed_get "$PAGE" >/dev/null; done
grep -q "$PERIOD" "$WORK/page.html" || { echo "the period page does not show $PERIOD" >&2; exit 1; }
: >"$WORK/open.txt"
for _ in $(seq 20); do timed_get "$PAGE" >>"$WORK/open.txt"; done
read -r OPEN_P50 OPEN_P95 OPEN_MAX < <(stats "$WORK/open.txt")
log "open page p50 $OPEN_P50 ms, p95 $OPEN_P95 ms, max $OPEN_MAX ms"

# The page while the half-year is being worked on: before each view one customer's record changes (a delivery of a
# random customer, written by psql outside the timing), so each view reloads that customer (V24's change log).
log "GET /periods/$PERIOD (open) after a change each time: 20 timed"
: >"$WORK/changed.txt"
for i in $(seq 20); do
    psql -q -d "$DB" -c "INSERT INTO delivery (customer_id, lot, delivered_on, quantity, created_at, updated_at)
        SELECT id, 'BENCH-$i-' || id, DATE '${PERIOD:0:4}-03-01', 100, now(), now()
        FROM customer ORDER BY random() LIMIT 1" >/dev/null
    timed_get "$PAGE" >>"$WORK/changed.txt"
done
read -r CHANGED_P50 CHANGED_P95 CHANGED_MAX < <(stats "$WORK/changed.txt")
log "open page after a change p50 $CHANGED_P50 ms, p95 $CHANGED_P95 ms, max $CHANGED_MAX ms"

read -r ODASH_P50 ODASH_P95 ODASH_MAX < <(timed_page open-dashboard "$BASE/dashboard?period=$PERIOD")
[[ -n "${ODASH_P95:-}" ]] || { echo "the open half-year's dashboard did not answer 200" >&2; exit 1; }
TOKEN_PAGE="$WORK/token.html"
timed_get "$PAGE" "$TOKEN_PAGE" >/dev/null

log "POST /periods/$PERIOD/close (with a waiver reason)"
TOKEN=$(csrf_of "$TOKEN_PAGE")
[[ -n "$TOKEN" ]] || { echo "no CSRF token on the period page" >&2; exit 1; }
CLOSE_OUT=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -w '%{http_code} %{time_total}' \
    --data-urlencode "_csrf=$TOKEN" --data-urlencode "waiverReason=Benchmark run: closed regardless of the gate" \
    "$PAGE/close")
[[ "${CLOSE_OUT%% *}" == 302 ]] || { echo "the close answered ${CLOSE_OUT%% *}" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
CLOSE_MS=$(awk -v s="${CLOSE_OUT##* }" 'BEGIN { printf "%.0f\n", s * 1000 }')
log "close took $CLOSE_MS ms"

read -r STATUS SNAPSHOT_ROWS PERIOD_CUSTOMERS SHA < <(psql -At -F ' ' -d "$DB" -c "
    SELECT p.status, (SELECT count(*) FROM period_snapshot_customer WHERE snapshot_id = p.snapshot_id),
           s.customers, s.sha256
    FROM period p JOIN period_snapshot s ON s.id = p.snapshot_id WHERE p.id = '$PERIOD'")
EXPECTED_CUSTOMERS=$(psql -At -d "$DB" -c "SELECT count(*) FROM (
    SELECT customer_id FROM recipient WHERE customer_id IS NOT NULL
    UNION SELECT customer_id FROM response WHERE period = '$PERIOD'
    UNION SELECT customer_id FROM delivery UNION SELECT customer_id FROM product_return
    UNION SELECT customer_id FROM praise UNION SELECT customer_id FROM claim
    UNION SELECT customer_id FROM lost_business) c")
if [[ "$STATUS" != CLOSED || "$SNAPSHOT_ROWS" != "$EXPECTED_CUSTOMERS" || "$PERIOD_CUSTOMERS" != "$EXPECTED_CUSTOMERS" ]]; then
    echo "close not verified: status $STATUS, snapshot rows $SNAPSHOT_ROWS, expected $EXPECTED_CUSTOMERS" >&2
    exit 1
fi
log "verified: period CLOSED, $SNAPSHOT_ROWS snapshot rows = customers of the period, sha256 $SHA"

log "GET /periods/$PERIOD (closed): 5 warm-up, 20 timed"
for _ in 1 2 3 4 5; do timed_get "$PAGE" >/dev/null; done
grep -q "$SHA" "$WORK/page.html" || { echo "the closed page does not show the hash" >&2; exit 1; }
: >"$WORK/closed.txt"
for _ in $(seq 20); do timed_get "$PAGE" >>"$WORK/closed.txt"; done
read -r CLOSED_P50 CLOSED_P95 CLOSED_MAX < <(stats "$WORK/closed.txt")
log "closed page p50 $CLOSED_P50 ms, p95 $CLOSED_P95 ms, max $CLOSED_MAX ms"

# Nineteen earlier closed half-years (copies of this one), so the dashboard's trend and comparison and a customer's
# half-years read 20 periods, as issue 13 asks.
log "nineteen earlier closed half-years (bench/sql/halfyear-history.sql)"
PGOPTIONS="-c bench.period=$PERIOD" psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$ROOT/bench/sql/halfyear-history.sql" >/dev/null
CUSTOMER=$(psql -At -d "$DB" -c "SELECT min(customer_id) FROM period_snapshot_customer")

# The executive's pages over the closed half-year (issue 13): the dashboard, its per-customer table, a customer.
read -r DASH_P50 DASH_P95 DASH_MAX < <(timed_page dashboard "$BASE/dashboard?period=$PERIOD")
[[ -n "${DASH_P95:-}" ]] || { echo "the dashboard did not answer 200" >&2; exit 1; }
grep -q "$PERIOD" "$WORK/page.html" || { echo "the dashboard does not show $PERIOD" >&2; exit 1; }
read -r TABLE_P50 TABLE_P95 TABLE_MAX < <(timed_page customers "$BASE/dashboard/customers?period=$PERIOD")
[[ -n "${TABLE_P95:-}" ]] || { echo "the per-customer table did not answer 200" >&2; exit 1; }
read -r CUST_P50 CUST_P95 CUST_MAX < <(timed_page customer "$BASE/customers/$CUSTOMER")
[[ -n "${CUST_P95:-}" ]] || { echo "the customer page did not answer 200" >&2; exit 1; }
log "dashboard p95 $DASH_P95 ms, per-customer table p95 $TABLE_P95 ms, customer page p95 $CUST_P95 ms"

# --- the result table ---------------------------------------------------------------------------------------
NOW=$(date -u '+%Y-%m-%d %H:%M UTC')
TABLE=$(cat <<TABLE
## Half-year benchmark, $MODE — $NOW

$(machine_line) Data: $COUNTS; generated in $GEN_MS ms; app healthy after $START_MS ms.

| figure | measured | target | met? |
|---|---|---|---|
| close of $PERIOD (POST, one run) | $CLOSE_MS ms | < $TARGET_CLOSE_MS ms | $(met "$CLOSE_MS" "$TARGET_CLOSE_MS") |
| period page, open (p50 / p95 / max of 20) | $OPEN_P50 / $OPEN_P95 / $OPEN_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$OPEN_P95" "$TARGET_PAGE_MS") |
| period page, open, a customer changed before each view | $CHANGED_P50 / $CHANGED_P95 / $CHANGED_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$CHANGED_P95" "$TARGET_PAGE_MS") |
| period page, closed (p50 / p95 / max of 20) | $CLOSED_P50 / $CLOSED_P95 / $CLOSED_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$CLOSED_P95" "$TARGET_PAGE_MS") |
| dashboard of the open half-year (p50 / p95 / max of 20) | $ODASH_P50 / $ODASH_P95 / $ODASH_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$ODASH_P95" "$TARGET_PAGE_MS") |
| dashboard of the closed half-year, 19 closed before it (p50 / p95 / max of 20) | $DASH_P50 / $DASH_P95 / $DASH_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$DASH_P95" "$TARGET_PAGE_MS") |
| per-customer table, by composite, first page (p50 / p95 / max of 20) | $TABLE_P50 / $TABLE_P95 / $TABLE_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$TABLE_P95" "$TARGET_PAGE_MS") |
| a customer's page with its 20 half-years (p50 / p95 / max of 20) | $CUST_P50 / $CUST_P95 / $CUST_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$CUST_P95" "$TARGET_PAGE_MS") |

Verified in the database: period CLOSED, $SNAPSHOT_ROWS snapshot rows = $EXPECTED_CUSTOMERS customers of the period,
SHA-256 \`$SHA\` shown on the closed page.
TABLE
)
echo
echo "$TABLE"
RESULT="$ROOT/bench/results/halfyear-$(date -u +%Y-%m-%d).md"
{ echo; echo "$TABLE"; } >>"$RESULT"
log "appended to ${RESULT#$ROOT/}"
