#!/usr/bin/env bash
# Round trips to the verdict, for Outbox Doctor and swaks, through a latency proxy in
# front of the test bed's submission port (587-like: STARTTLS + AUTH + MAIL + 2 RCPT, no
# DATA). Round trips = (time at 100 ms RTT - time at 0 ms) / 100 ms; median of N runs.
#   tests/bench/bench_roundtrips.sh BUILD_DIR [RUNS]
set -euo pipefail
build=$(cd "$1" && pwd)
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
bed=$(mktemp -d /tmp/od-bench.XXXXXX)
proxy_pids=()
cleanup() {
    for p in "${proxy_pids[@]}"; do kill "$p" 2>/dev/null || true; done
    bash "$here/../testbed/testbed.sh" stop "$bed/tb" >/dev/null 2>&1 || true
    rm -rf "$bed"
}
trap cleanup EXIT
bash "$here/../testbed/testbed.sh" start "$bed/tb" >/dev/null
# shellcheck disable=SC1091
. "$bed/tb/env"
printf '%s\n' "$PASSWORD" > "$bed/pw"

start_proxy() { # one-way delay ms -> port
    local out="$bed/proxy.$1"
    "$build/tests/bench/latencyproxy" 0 127.0.0.1 "$SUBMISSION_PORT" "$1" > "$out" &
    proxy_pids+=($!)
    for _ in $(seq 50); do grep -q ready "$out" 2>/dev/null && break; sleep 0.1; done
    awk '/ready/ {print $2}' "$out"
}

now_ms() { date +%s%3N; }

time_od() { # port
    local t0 t1
    t0=$(now_ms)
    "$build/bin/outbox-doctor" probe --host localhost --port "$1:starttls" --source-address 127.0.0.3 \
        --from "$USER" --to "$FOREIGN_RCPT" --user "$USER" --password-file "$bed/pw" --cafile "$CA_FILE" \
        --auth plain --json > "$bed/od.json" || true
    t1=$(now_ms)
    grep -q '"cause": "ok"' "$bed/od.json" || { echo "outbox-doctor did not succeed" >&2; exit 1; }
    echo $((t1 - t0))
}

time_swaks() { # port pipeline(yes/no)
    local t0 t1 extra=()
    [ "$2" = yes ] && extra=(--pipeline)
    t0=$(now_ms)
    swaks --server 127.0.0.1 --port "$1" --tls --tls-ca-path "$CA_FILE" --local-interface 127.0.0.3 \
        --from "$USER" --to "$POSTMASTER,$FOREIGN_RCPT" --auth PLAIN --auth-user "$USER" \
        --auth-password "$PASSWORD" --quit-after RCPT "${extra[@]}" > "$bed/swaks.out" 2>&1 || true
    t1=$(now_ms)
    grep -q "250 2.1.5" "$bed/swaks.out" || { echo "swaks did not succeed" >&2; cat "$bed/swaks.out" >&2; exit 1; }
    echo $((t1 - t0))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

p0=$(start_proxy 0)
p100=$(start_proxy 50)

measure() { # name command...
    local name=$1; shift
    local fast slow
    fast=$(for _ in $(seq "$runs"); do "$@" "$p0"; done | median)
    slow=$(for _ in $(seq "$runs"); do "$@" "$p100"; done | median)
    awk -v n="$name" -v f="$fast" -v s="$slow" \
        'BEGIN {printf "%-28s 0 ms: %5d ms   100 ms RTT: %5d ms   round trips: %.1f\n", n, f, s, (s - f) / 100}'
}

od_run() { time_od "$1"; }
swaks_pipe() { time_swaks "$1" yes; }
swaks_plain() { time_swaks "$1" no; }
measure "outbox-doctor probe" od_run
measure "swaks --pipeline" swaks_pipe
measure "swaks" swaks_plain
