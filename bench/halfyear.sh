#!/usr/bin/env bash
# Half-year benchmark (issue 12): 10,000 customers and 1,000,000 responses for 2026-H1, then the period page
# (open), the close, and the closed page, timed over HTTP against the app on PostgreSQL.
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

PAGE="$BASE/periods/$PERIOD"
log "GET /periods/$PERIOD (open): 5 warm-up, 20 timed"
for _ in 1 2 3 4 5; do timed_get "$PAGE" >/dev/null; done
grep -q "$PERIOD" "$WORK/page.html" || { echo "the period page does not show $PERIOD" >&2; exit 1; }
: >"$WORK/open.txt"
for _ in $(seq 20); do timed_get "$PAGE" >>"$WORK/open.txt"; done
read -r OPEN_P50 OPEN_P95 OPEN_MAX < <(stats "$WORK/open.txt")
log "open page p50 $OPEN_P50 ms, p95 $OPEN_P95 ms, max $OPEN_MAX ms"

log "POST /periods/$PERIOD/close (with a waiver reason)"
TOKEN=$(csrf_of "$WORK/page.html")
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

# --- the result table ---------------------------------------------------------------------------------------
TABLE=$(cat <<TABLE
## Half-year benchmark, $MODE — $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine_line) Data: $COUNTS; generated in $GEN_MS ms; app healthy after $START_MS ms.

| figure | measured | target | met? |
|---|---|---|---|
| close of $PERIOD (POST, one run) | $CLOSE_MS ms | < $TARGET_CLOSE_MS ms | $(met "$CLOSE_MS" "$TARGET_CLOSE_MS") |
| period page, open (p50 / p95 / max of 20) | $OPEN_P50 / $OPEN_P95 / $OPEN_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$OPEN_P95" "$TARGET_PAGE_MS") |
| period page, closed (p50 / p95 / max of 20) | $CLOSED_P50 / $CLOSED_P95 / $CLOSED_MAX ms | p95 < $TARGET_PAGE_MS ms | $(met "$CLOSED_P95" "$TARGET_PAGE_MS") |

Verified in the database: period CLOSED, $SNAPSHOT_ROWS snapshot rows = $EXPECTED_CUSTOMERS customers of the period,
SHA-256 \`$SHA\` shown on the closed page.
TABLE
)
echo
echo "$TABLE"
RESULT="$ROOT/bench/results/halfyear-$(date -u +%Y-%m-%d).md"
{ echo; echo "$TABLE"; } >>"$RESULT"
log "appended to ${RESULT#$ROOT/}"
