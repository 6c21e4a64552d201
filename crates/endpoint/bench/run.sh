#!/usr/bin/env bash
# Endpoint benchmarks, loopback only, bounded in time and count:
#   1. accepted submissions/s and p50/p99 for DURATION s with wrk (closed loop, CONNECTIONS
#      connections, unique idempotency keys) on SQLite, PostgreSQL and a bare axum
#      handler (the ceiling), reported as a ratio;
#   2. p50/p99 at a fixed RATE req/s (open loop, examples/load.rs) on SQLite and PostgreSQL;
#   3. durability: kill -9 the endpoint KILLS times under KILL_RATE req/s, restart it, and check
#      every reference that got a 201 is in the database;
#   4. schemathesis against the OpenAPI document, all checks, positive and negative cases,
#      seed FUZZ_SEED (default 1), with an export token: count requests, 5xx and violations.
# Prints a Markdown block of figures at the end.
#
# Usage: HULPWIJZER_TEST_DATABASE_URL=postgres://… crates/endpoint/bench/run.sh
# Without the URL the PostgreSQL rows are skipped. Needs wrk (apt-get install -y wrk),
# curl and python3; schemathesis is installed into a venv under CARGO_TARGET_DIR.
# Parts: PARTS (comma-separated, default all) picks from ceiling (bare axum), throughput,
# rate, kill, fuzz; STORES (default sqlite,postgresql) picks the stores. E.g. only the
# SQLite load and durability figures:
#   PARTS=ceiling,throughput,rate,kill STORES=sqlite crates/endpoint/bench/run.sh
# Note: on PostgreSQL the bench writes to the given (test) database and purges it at the end.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
DURATION=${DURATION:-60}
RATE=${RATE:-500}
KILLS=${KILLS:-10}
KILL_RATE=${KILL_RATE:-200}
CONNECTIONS=${CONNECTIONS:-32}
FUZZ_EXAMPLES=${FUZZ_EXAMPLES:-250}
FUZZ_SEED=${FUZZ_SEED:-1}
SCHEMATHESIS_VERSION=4.32.5
PG_URL=${HULPWIJZER_TEST_DATABASE_URL:-}
PARTS=${PARTS:-ceiling,throughput,rate,kill,fuzz}
STORES=${STORES:-sqlite,postgresql}
want() { [[ ",$PARTS," == *",$1,"* ]]; }
want_store() { [[ ",$STORES," == *",$1,"* ]]; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
VENV=${VENV:-$CARGO_TARGET_DIR/bench-venv}

if want ceiling || want throughput || want kill; then
  command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
fi
if want fuzz && [[ ! -x $VENV/bin/st ]]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi

(cd "$root" && cargo build -q --release -p hulpwijzer-endpoint --bin hulpwijzer-endpoint \
  --example bare --example load)
bin=$CARGO_TARGET_DIR/release/hulpwijzer-endpoint
load=$CARGO_TARGET_DIR/release/examples/load
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
export AVAILABLE_FROM
AVAILABLE_FROM=$(date -u -d "+14 days" +%F)

json() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

wait_health() {
  for _ in $(seq 1 200); do
    curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return 0
    sleep 0.05
  done
  echo "endpoint on port $1 did not come up" >&2
  return 1
}

# db_env DB: environment selecting a SQLite file or a PostgreSQL URL.
db_env() {
  if [[ $1 == postgres* ]]; then echo "DATABASE_URL=$1"; else echo "DATABASE_URL= HULPWIJZER_DB=$1"; fi
}

# start PORT DB LOG [RUST_LOG]: runs the endpoint (rate limit off) and sets PID.
start() {
  if curl -sf "http://127.0.0.1:$1/healthz" >/dev/null; then echo "port $1 is busy" >&2; return 1; fi
  # shellcheck disable=SC2046
  env $(db_env "$2") HULPWIJZER_BIND="127.0.0.1:$1" HULPWIJZER_RATE_BURST=0 \
    RUST_LOG="${4:-hulpwijzer_endpoint=warn}" "$bin" >>"$3" 2>&1 &
  PID=$!
  pids+=("$PID")
  wait_health "$1"
}

# Offers are sealed to the municipality's key; the bench registers the (public) test key
# of xtask/src/endpoint.rs, so the figures include sealing.
BENCH_KEY=age1le90qmv6fgy820gd97xwalgctmlts59e5lcf6avzjmuvcx3xmv3sftuk0y

admin() { # DB ARGS…: runs a subcommand of the binary against DB
  local db=$1; shift
  # shellcheck disable=SC2046
  env $(db_env "$db") "$bin" "$@"
}

throughput() { # PORT → JSON line from submit.lua
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$here/submit.lua" "http://127.0.0.1:$1" |
    grep '^{"seconds"'
}

declare -A T R F
stores=()
want_store sqlite && stores+=("sqlite:$work/bench.sqlite3")
if want_store postgresql; then
  [[ -n $PG_URL ]] && stores+=("postgresql:$PG_URL") || echo "PostgreSQL skipped (no HULPWIJZER_TEST_DATABASE_URL)" >&2
fi

if want ceiling; then
  echo "== bare axum ceiling" >&2
  "$CARGO_TARGET_DIR/release/examples/bare" & pids+=($!)
  sleep 0.5
  T[bare]=$(throughput 8788)
  echo "${T[bare]}" >&2
fi

port=8790
for entry in "${stores[@]}"; do
  name=${entry%%:*}; db=${entry#*:}
  port=$((port + 1))
  if want throughput || want rate; then
    echo "== $name: throughput, then fixed rate" >&2
    admin "$db" register GM0034 "$BENCH_KEY" >/dev/null
    start "$port" "$db" "$work/$name.log"
    if want throughput; then T[$name]=$(throughput "$port"); echo "${T[$name]}" >&2; fi
    if want rate; then
      R[$name]=$("$load" --url "http://127.0.0.1:$port" --seconds "$DURATION" --rate "$RATE"); echo "${R[$name]}" >&2
    fi
    { kill "$PID"; wait "$PID"; } 2>/dev/null || true
  fi

  want kill || continue
  echo "== $name: kill -9 x $KILLS under load" >&2
  [[ $name == sqlite ]] && db=$work/fault.sqlite3
  m=GM$(printf '%04d' $((RANDOM % 10000)))
  admin "$db" register "$m" "$BENCH_KEY" >/dev/null
  refs=$work/refs-$name.txt; : >"$refs"
  port=$((port + 1))
  start "$port" "$db" "$work/fault-$name.log"
  "$load" --url "http://127.0.0.1:$port" --seconds $((KILLS * 2 + 3)) --rate "$KILL_RATE" \
    --municipality "$m" --record "$refs" >"$work/fault-$name.json" &
  lp=$!
  for _ in $(seq 1 "$KILLS"); do
    sleep 1.5
    kill -9 "$PID"; wait "$PID" 2>/dev/null || true
    start "$port" "$db" "$work/fault-$name.log"
  done
  wait "$lp"
  token=$(admin "$db" token create "$m" | tail -1)
  curl -sf -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/v1/municipalities/$m/host-interest" >"$work/export-$name.json"
  F[$name]=$(python3 - "$refs" "$work/export-$name.json" "$work/fault-$name.json" <<'EOF'
import json, sys
got = [l.strip() for l in open(sys.argv[1]) if l.strip()]
stored = {i["reference"] for i in json.load(open(sys.argv[2]))["items"]}
load = json.loads(open(sys.argv[3]).read())
missing = [r for r in got if r not in stored]
print(json.dumps({"acknowledged": len(got), "stored": len(stored), "missing": len(missing),
                  "connection_errors": load["connection_errors"]}))
EOF
)
  echo "${F[$name]}" >&2
  { kill "$PID"; wait "$PID"; } 2>/dev/null || true
done

if want fuzz; then
echo "== schemathesis" >&2
port=8799
fuzzdb=$work/fuzz.sqlite3
admin "$fuzzdb" migrate >/dev/null
# Every municipality takes offers here, so the fuzzer tests the document's rules, not
# which municipalities a deployment has registered (which no schema can state).
for code in $(tail -n +2 "$root/content/municipalities/municipalities.csv" | cut -d, -f1); do
  admin "$fuzzdb" register "$code" "$BENCH_KEY" >/dev/null
done
token=$(admin "$fuzzdb" token create GM0034 | tail -1)
start "$port" "$fuzzdb" "$work/fuzz.log" "hulpwijzer_endpoint=info"
set +e
# Run from the scratch directory: schemathesis keeps an example database in ./.schemathesis.
# The token is GM0034's: bench/schemathesis.toml makes half of the generated `cbs_code`s
# GM0034, so the authorised operations are fuzzed behind it, not only answered 401/403;
# bench/fuzz_hooks.py keeps a positive card proposal's pages on that municipality's website
# (a rule between path and body that the document cannot state).
(cd "$work" && HULPWIJZER_MUNICIPALITIES_CSV="$root/content/municipalities/municipalities.csv" \
  SCHEMATHESIS_HOOKS=fuzz_hooks PYTHONPATH="$here" \
  "$VENV/bin/st" --config-file "$here/schemathesis.toml" run "http://127.0.0.1:$port/v1/openapi.yaml" \
  --url "http://127.0.0.1:$port" --checks all --mode all -n "$FUZZ_EXAMPLES" --seed "$FUZZ_SEED" \
  -H "Authorization: Bearer $token" --no-color >"$work/schemathesis.txt" 2>&1)
st_exit=$?
set -e
{ kill "$PID"; wait "$PID"; } 2>/dev/null || true
fuzz_requests=$(grep -c ' response status=' "$work/fuzz.log" || true)
fuzz_5xx=$(grep -c ' response status=5' "$work/fuzz.log" || true)
# The summary lists each violated check as "❌ <check>: <count>".
fuzz_violations=$({ grep -E '^ *❌ .*: [0-9]+$' "$work/schemathesis.txt" || true; } | awk -F': ' '{s += $NF} END {print s + 0}')
tail -25 "$work/schemathesis.txt" >&2
# Answers per operation (method, route, status class) from the endpoint's own log: shows
# which operations were reached past the token.
echo "answers per operation:" >&2
sed -nE 's/.*method=([A-Z]+) route=([^ ]+)\}:.* response status=([0-9])[0-9]+.*/\1 \2 \3xx/p' "$work/fuzz.log" |
  sort | uniq -c >&2
fi

# Retention below 30 days is refused, so the test database is emptied directly.
if [[ -n $PG_URL ]] && want_store postgresql; then psql "$PG_URL" -qc "DELETE FROM host_interest" >&2; fi

echo
echo '```'
echo "hulpwijzer-endpoint benchmarks, $(date -u +%F), $(nproc) cores, loopback; wrk -t2 -c$CONNECTIONS -d${DURATION}s"
echo '```'
if want throughput || want ceiling; then
  echo
  echo "| target | accepted/s | p50 ms | p99 ms | of bare ceiling |"
  echo "|---|---:|---:|---:|---:|"
  ceiling=
  if want ceiling; then
    ceiling=$(json "${T[bare]}" requests_per_s)
    echo "| bare axum (200, no work) | $ceiling req/s | $(json "${T[bare]}" p50_ms) | $(json "${T[bare]}" p99_ms) | 1.00 |"
  fi
  if want throughput; then
    for entry in "${stores[@]}"; do
      name=${entry%%:*}; t=${T[$name]}
      ratio=–
      [[ -n $ceiling ]] && ratio=$(python3 -c "print(f'{$(json "$t" created_per_s) / $ceiling:.3f}')")
      echo "| $name | $(json "$t" created_per_s) | $(json "$t" p50_ms) | $(json "$t" p99_ms) | $ratio |"
    done
  fi
fi
if want rate; then
  echo
  echo "| fixed rate $RATE req/s, ${DURATION}s | accepted | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|"
  for entry in "${stores[@]}"; do
    name=${entry%%:*}; r=${R[$name]}
    echo "| $name | $(json "$r" created) | $(json "$r" p50_ms) | $(json "$r" p99_ms) | $(( $(json "$r" other_status) + $(json "$r" connection_errors) )) |"
  done
fi
if want kill; then
  echo
  echo "| kill -9 x $KILLS under $KILL_RATE req/s | 201s received | rows stored | 201s missing | connection errors |"
  echo "|---|---:|---:|---:|---:|"
  for entry in "${stores[@]}"; do
    name=${entry%%:*}; f=${F[$name]}
    echo "| $name | $(json "$f" acknowledged) | $(json "$f" stored) | $(json "$f" missing) | $(json "$f" connection_errors) |"
  done
fi
if want fuzz; then
  echo
  echo "| schemathesis $SCHEMATHESIS_VERSION (all checks, --mode all, -n $FUZZ_EXAMPLES, seed $FUZZ_SEED) | requests | 5xx | violations | exit |"
  echo "|---|---:|---:|---:|---:|"
  echo "| SQLite | $fuzz_requests | $fuzz_5xx | $fuzz_violations | $st_exit |"
fi
