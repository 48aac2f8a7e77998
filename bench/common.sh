# The steps a benchmark shares (source it after setting PORT, DB, WORK and ROOT): start the app on a fresh database
# with -Xmx512m, fill it with the half-year generator (bench/sql/halfyear-data.sql), log in as the first admin, time
# GETs, describe the machine. halfyear.sh and export.sh use it.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_KEEP_DB=1 keeps the database afterwards.

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BASE="http://127.0.0.1:$PORT"
PASSWORD="bench-$(date +%s)-$RANDOM"
JAR="$ROOT/satisfaction-web/target/satisfaction.jar"
JAR_COOKIES="$WORK/cookies"
APP_PID=

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ "${BENCH_KEEP_DB:-0}" != 1 ]]; then
        psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# A fresh database, the jar built if missing, the app started on it and healthy; sets APP_PID and START_MS.
start_app() {
    if curl -s -o /dev/null "$BASE/"; then
        echo "Port $PORT is in use; set BENCH_PORT to a free port." >&2
        exit 1
    fi
    if [[ ! -f "$JAR" ]]; then
        log "building the jar (./mvnw -q -DskipTests package)"
        (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
    fi
    log "fresh database $DB"
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    log "starting the app on port $PORT (-Xmx512m)"
    SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD= \
    SATISFACTION_ADMIN_PASSWORD="$PASSWORD" \
        java -Xmx512m -jar "$JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    local started
    started=$(date +%s%N)
    until curl -sf -o /dev/null "$BASE/actuator/health"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -50 "$WORK/app.log" >&2
            echo "The app did not start." >&2
            exit 1
        fi
        if (( ($(date +%s%N) - started) / 1000000000 > 180 )); then
            echo "The app was not healthy within 180 s." >&2
            exit 1
        fi
        sleep 0.5
    done
    START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    log "healthy after $START_MS ms"
}

# The half-year generator over the running app's schema; sets GEN_MS and COUNTS.
generate_halfyear() {
    local customers=$1 responses=$2 period=$3 started
    log "generating $customers customers and $responses responses (set-based SQL)"
    started=$(date +%s%N)
    psql -q -d "$DB" -v customers="$customers" -v responses="$responses" -v period="$period" \
        -f "$ROOT/bench/sql/halfyear-data.sql" >/dev/null
    GEN_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    log "data generated in $GEN_MS ms"
    count_data "$period"
}

# What the database holds for the period; sets COUNTS.
count_data() {
    COUNTS=$(psql -At -d "$DB" -c "SELECT (SELECT count(*) FROM customer) || ' customers, '
        || (SELECT count(*) FROM response WHERE period = '$1') || ' responses, '
        || (SELECT count(*) FROM answer) || ' answers, ' || (SELECT count(*) FROM recipient) || ' recipients'")
    log "$COUNTS"
}

csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }

# Form login as the first admin, with the CSRF token; the session stays in $JAR_COOKIES.
login_admin() {
    local token
    curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o "$WORK/login.html" "$BASE/login"
    token=$(csrf_of "$WORK/login.html")
    [[ -n "$token" ]] || { echo "no CSRF token on /login" >&2; exit 1; }
    curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null \
        --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
        "$BASE/login"
}

# timed GET of $1 into $2 (default: $WORK/page.html): prints milliseconds; fails on any status but 200
timed_get() {
    local out
    out=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o "${2:-$WORK/page.html}" -w '%{http_code} %{time_total}' "$1")
    [[ "${out%% *}" == 200 ]] || { echo "GET $1 answered ${out%% *}" >&2; exit 1; }
    awk -v s="${out##* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

# p50 / p95 / max of the numbers in a file (nearest-rank)
stats() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        p50 = v[int((NR * 50 + 99) / 100)]; p95 = v[int((NR * 95 + 99) / 100)];
        printf "%s %s %s\n", p50, p95, v[NR] }'
}

met() { awk -v v="$1" -v t="$2" 'BEGIN { print (v + 0 < t + 0) ? "yes" : "**no**" }'; }

# The machine line of a result table: CPU, load, PostgreSQL and the commit measured.
machine_line() {
    local commit dirty
    commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    dirty=$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -qv '^??' && echo " (+ uncommitted changes)" || true)
    printf 'Machine: nproc %s, %s; load average %s (at the end of the run); PostgreSQL %s;\napp `-Xmx512m`. Git commit `%s`%s.' \
        "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')" "$(cut -d' ' -f1-3 /proc/loadavg)" \
        "$(psql -At -d postgres -c 'SHOW server_version')" "$commit" "$dirty"
}
