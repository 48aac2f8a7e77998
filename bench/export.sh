#!/usr/bin/env bash
# Export benchmark (issue 13): the half-year generator's 10,000 customers and 1,000,000 responses (plus a free-text
# answer in every tenth response), then the responses of 2026-H1 downloaded as CSV and as XLSX and the per-customer
# scores of the open half-year as CSV and XLSX, timed over HTTP against the app in -Xmx512m on PostgreSQL.
#   bench/export.sh            full run
#   bench/export.sh --smoke    200 customers, 5,000 responses (CI)
# Environment: BENCH_PORT (8099), BENCH_DB (bench_export), PGHOST, PGPORT, PGUSER, BENCH_KEEP_DB=1 (see common.sh).
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
DB=${BENCH_DB:-bench_export}
WORK=$(mktemp -d)
TARGET_EXPORT_MS=20000
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"

start_app
generate_halfyear "$CUSTOMERS" "$RESPONSES" "$PERIOD"
psql -q -d "$DB" -f "$ROOT/bench/sql/export-text.sql" >/dev/null
count_data "$PERIOD"
SURVEY=$(psql -At -d "$DB" -c "SELECT max(id) FROM survey")
EXPECTED_ROWS=$(psql -At -d "$DB" -c "SELECT count(*) FROM response WHERE survey_id = $SURVEY AND period = '$PERIOD'")
EXPECTED_FORMULAS=$(psql -At -d "$DB" -c "SELECT count(*) FROM answer WHERE text_value LIKE '=cmd%'")
EXPECTED_CUSTOMERS=$(psql -At -d "$DB" -c "SELECT count(*) FROM customer")
login_admin

# The JVM's resident memory, sampled every 0.2 s while a download runs; the peak goes to $WORK/rss-peak.
watch_rss() {
    local peak=0 rss
    while kill -0 "$APP_PID" 2>/dev/null && [[ ! -f "$WORK/stop-rss" ]]; do
        rss=$(awk '/VmRSS/ { print $2 }' "/proc/$APP_PID/status")
        (( rss > peak )) && peak=$rss
        echo "$peak" >"$WORK/rss-peak"
        sleep 0.2
    done
}

# GET $1 into $2: prints the total and the time to the first byte (the database's sorts) in milliseconds
fetch() {
    local out
    out=$(curl -s -b "$JAR_COOKIES" -o "$2" -w '%{http_code} %{time_total} %{time_starttransfer}' "$1")
    [[ "${out%% *}" == 200 ]] || { echo "GET $1 answered ${out%% *}" >&2; exit 1; }
    awk -v t="$(echo "$out" | cut -d' ' -f2)" -v f="$(echo "$out" | cut -d' ' -f3)" \
        'BEGIN { printf "%.0f %.0f\n", t * 1000, f * 1000 }'
}

# Downloads $1 into $2 twice (the first run includes the JIT's warm-up); prints
# "first first-byte second second-byte size peak-RSS-MB".
download() {
    local first second
    rm -f "$WORK/stop-rss"
    watch_rss &
    local watcher=$!
    first=$(fetch "$1" "$2")
    second=$(fetch "$1" "$2")
    touch "$WORK/stop-rss"
    wait "$watcher"
    echo "$first $second $(stat -c %s "$2") $(( $(cat "$WORK/rss-peak") / 1024 ))"
}

RESPONSES_URL="$BASE/surveys/$SURVEY/responses"
log "GET responses.csv of $PERIOD ($EXPECTED_ROWS responses), twice"
read -r CSV_FIRST CSV_FIRST_BYTE CSV_SECOND CSV_SECOND_BYTE CSV_BYTES CSV_RSS < <(download \
    "$RESPONSES_URL.csv?period=$PERIOD" "$WORK/responses.csv")
log "CSV: $CSV_FIRST ms (first byte $CSV_FIRST_BYTE), then $CSV_SECOND ms; $CSV_BYTES bytes; peak RSS $CSV_RSS MB"
# every record is one line here (the generated texts have no line breaks); CRLF endings, BOM first
CSV_ROWS=$(( $(wc -l <"$WORK/responses.csv") - 1 ))
CSV_FORMULAS=$(grep -c ",'=cmd" "$WORK/responses.csv" || true)
[[ "$(head -c 3 "$WORK/responses.csv" | od -An -tx1 | tr -d ' ')" == efbbbf ]] || { echo "the CSV has no BOM" >&2; exit 1; }
[[ "$CSV_ROWS" == "$EXPECTED_ROWS" ]] || { echo "CSV rows $CSV_ROWS, expected $EXPECTED_ROWS" >&2; exit 1; }
[[ "$CSV_FORMULAS" == "$EXPECTED_FORMULAS" ]] || { echo "neutralised $CSV_FORMULAS, expected $EXPECTED_FORMULAS" >&2; exit 1; }
if grep -q '^=\|,=cmd' "$WORK/responses.csv"; then echo "a formula cell went out unneutralised" >&2; exit 1; fi

log "GET responses.xlsx of $PERIOD, twice"
read -r XLSX_FIRST XLSX_FIRST_BYTE XLSX_SECOND XLSX_SECOND_BYTE XLSX_BYTES XLSX_RSS < <(download \
    "$RESPONSES_URL.xlsx?period=$PERIOD" "$WORK/responses.xlsx")
log "XLSX: $XLSX_FIRST ms (first byte $XLSX_FIRST_BYTE), then $XLSX_SECOND ms; $XLSX_BYTES bytes; peak RSS $XLSX_RSS MB"
# the last row's number (rows are numbered from 1, the header included)
XLSX_ROWS=$(( $(unzip -p "$WORK/responses.xlsx" xl/worksheets/sheet1.xml | tail -c 100000 \
    | grep -o '<row r="[0-9]*"' | tail -1 | grep -o '[0-9]*') - 1 ))
[[ "$XLSX_ROWS" == "$EXPECTED_ROWS" ]] || { echo "XLSX rows $XLSX_ROWS, expected $EXPECTED_ROWS" >&2; exit 1; }

SCORES_URL="$BASE/periods/$PERIOD/scores"
log "GET scores.csv and scores.xlsx of $PERIOD (open: scored live), twice each"
read -r SCORES_CSV_FIRST _ SCORES_CSV_SECOND _ _ _ < <(download "$SCORES_URL.csv" "$WORK/scores.csv")
read -r SCORES_XLSX_FIRST _ SCORES_XLSX_SECOND _ _ _ < <(download "$SCORES_URL.xlsx" "$WORK/scores.xlsx")
SCORES_ROWS=$(( $(wc -l <"$WORK/scores.csv") - 1 ))
[[ "$SCORES_ROWS" == "$EXPECTED_CUSTOMERS" ]] || { echo "score rows $SCORES_ROWS, expected $EXPECTED_CUSTOMERS" >&2; exit 1; }
log "scores: CSV $SCORES_CSV_FIRST / $SCORES_CSV_SECOND ms, XLSX $SCORES_XLSX_FIRST / $SCORES_XLSX_SECOND ms"
HEAP_MAX=$(( $(curl -s -b "$JAR_COOKIES" "$BASE/actuator/metrics/jvm.memory.max?tag=area:heap" \
    | grep -o '"value":[0-9.E]*' | head -1 | sed 's/"value"://' | awk '{ printf "%d", $1 }') / 1048576 ))

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
TABLE=$(cat <<TABLE
## Export benchmark, $MODE — $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine_line) Data: $COUNTS (of which $EXPECTED_FORMULAS free texts start with \`=cmd\`); generated in $GEN_MS ms;
app healthy after $START_MS ms. Heap limit as the JVM reports it: $HEAP_MAX MB.

| download (GET, logged in as ADMIN) | first run (first byte) | second run (first byte) | size | peak RSS of the JVM | target | met? |
|---|---|---|---|---|---|---|
| responses of $PERIOD, CSV ($CSV_ROWS rows) | $CSV_FIRST ms ($CSV_FIRST_BYTE) | $CSV_SECOND ms ($CSV_SECOND_BYTE) | $(mb "$CSV_BYTES") | $CSV_RSS MB | < $TARGET_EXPORT_MS ms | $(met "$CSV_FIRST" "$TARGET_EXPORT_MS") |
| responses of $PERIOD, XLSX ($XLSX_ROWS rows) | $XLSX_FIRST ms ($XLSX_FIRST_BYTE) | $XLSX_SECOND ms ($XLSX_SECOND_BYTE) | $(mb "$XLSX_BYTES") | $XLSX_RSS MB | < $TARGET_EXPORT_MS ms | $(met "$XLSX_FIRST" "$TARGET_EXPORT_MS") |
| per-customer scores of $PERIOD (open, scored live), CSV ($SCORES_ROWS rows) | $SCORES_CSV_FIRST ms | $SCORES_CSV_SECOND ms | | | | |
| per-customer scores of $PERIOD (open, scored live), XLSX | $SCORES_XLSX_FIRST ms | $SCORES_XLSX_SECOND ms | | | | |

The first byte leaves when PostgreSQL has sorted the rows (see ResponseExportQueries); the rest is the streaming.
Verified: every response is one row of the CSV (BOM first) and of the XLSX's first sheet; the $EXPECTED_FORMULAS
formula-like free texts are written neutralised (\`'=cmd…\`) and no cell starts with \`=\`; one score row per customer.
TABLE
)
echo
echo "$TABLE"
RESULT="$ROOT/bench/results/export-$(date -u +%Y-%m-%d).md"
{ echo; echo "$TABLE"; } >>"$RESULT"
log "appended to ${RESULT#$ROOT/}"
