#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Outbox Doctor beside swaks, in one run: round trips to the verdict through a latency proxy
# (100 ms RTT) on a pipelining and on a non-pipelining server, and time to verdict on ports
# that are blocked in different ways. Run by hand (not in CI), as root:
#
#   tests/bench/bench_roundtrips.sh BUILD_DIR [RUNS]      (RUNS: median of, default 5)
#
# Everything runs in a private network namespace made with `unshare --net` (its own loopback,
# its own iptables): a private test bed (tests/testbed/testbed.sh), latency proxies
# (latencyproxy), and the blocked ports:
#   ICMP-rejected     iptables REJECT --reject-with icmp-admin-prohibited / icmp-port-unreachable
#   SYN-dropped       iptables DROP
#   silent            a listener that accepts and never greets
# Without root or unshare/iptables the blocked-port rows are left out.
#
# Round trips = (time to verdict at 200 ms RTT - time at 100 ms RTT) / 100 ms, medians of RUNS.
# Not "minus the time at 0 ms": a server's work done while the client's next command is still
# on its way (Postfix starting its SASL client, say) costs time at 0 ms and none at 100 ms.
# Time to verdict: outbox-doctor prints its result in one piece, so the moment its first line
# of output arrives; swaks prints as it goes, so the moment of the last server reply before
# the reply to its QUIT (or of its last line when it gives up). The proxy lets the client speak
# one round trip after connecting and delivers the greeting half a round trip later, like a
# real TCP handshake, so the floors are 7.5 round trips with PIPELINING (greeting 1.5, EHLO, STARTTLS,
# TLS 1.3, EHLO, AUTH PLAIN, MAIL+RCPT+RCPT) and 9.5 without (MAIL, RCPT, RCPT one by one).
# The namespace's loopback has no delay (no netem here), so blocked ports are timed at ~0 RTT:
# the goal for an ICMP rejection, 1 RTT + 50 ms, reads 50 ms.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
(($# >= 1)) || { echo "usage: $0 BUILD_DIR [RUNS]" >&2; exit 2; }
build=$(cd "$1" && pwd)
runs=${2:-5}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number" >&2; exit 2; }
od=$build/bin/outbox-doctor
proxy=$build/tests/bench/latencyproxy
for f in "$od" "$proxy"; do
    [[ -x $f ]] || { echo "missing $f (cmake --build $build --target outbox-doctor latencyproxy)" >&2; exit 2; }
done
command -v swaks >/dev/null || { echo "swaks is missing (scripts/setup-deps.sh --test)" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "run as root (the test bed and the network namespace need it)" >&2; exit 2; }

# Into a private network namespace, once.
if [[ -z ${OD_BENCH_NETNS:-} ]]; then
    if unshare --net -- true 2>/dev/null; then
        exec unshare --net -- env OD_BENCH_NETNS=1 bash "$0" "$@"
    fi
    echo "note: no private network namespace (unshare --net failed): blocked-port rows left out" >&2
    OD_BENCH_NETNS=0
fi
netns=$OD_BENCH_NETNS
blocking=0
if ((netns)); then
    ip link set lo up
    command -v iptables >/dev/null && iptables -S >/dev/null 2>&1 && blocking=1
fi

work=$(mktemp -d /tmp/od-bench.XXXXXX)
# Helpers started in command substitutions are not our children: their pids go to a file.
cleanup() {
    local p
    for p in $(cat "$work/pids" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
    bash "$here/../testbed/testbed.sh" stop "$work/tb" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
echo "starting the test bed ..." >&2
bash "$here/../testbed/testbed.sh" start "$work/tb" >"$work/testbed.log" 2>&1 ||
    { cat "$work/testbed.log" >&2; exit 1; }
# shellcheck disable=SC1091
. "$work/tb/env"
printf '%s\n' "$PASSWORD" >"$work/pw"

now_ms() { date +%s%3N; }

# start_proxy LISTEN_PORT TARGET_PORT ONE_WAY_MS: prints the port it listens on (waits 5 s at most).
start_proxy() {
    local out=$work/proxy.$RANDOM$RANDOM i
    "$proxy" "$1" 127.0.0.1 "$2" "$3" >"$out" 2>&1 &
    echo $! >>"$work/pids"
    for ((i = 0; i < 50; i++)); do
        grep -q '^ready' "$out" 2>/dev/null && break
        sleep 0.1
    done
    awk '/^ready/ { print $2 }' "$out" | grep . || { echo "latency proxy did not start: $(cat "$out")" >&2; exit 1; }
}

# Each line of stdin prefixed with the milliseconds since $1.
stamp() { perl -MTime::HiRes=time -ne 'BEGIN { $t0 = shift @ARGV; $| = 1 } printf "%d %s", time * 1000 - $t0, $_' "$1"; }

# od_run OUT ARGS...: outbox-doctor probe --json; OUT gets the stamped output. Prints
# "verdict_ms exit_ms cause".
od_run() {
    local out=$1 t0 t1 first cause
    shift
    t0=$(now_ms)
    "$od" probe --lang en --json "$@" 2>"$out.err" | stamp "$t0" >"$out" || true
    t1=$(now_ms)
    first=$(awk 'NR == 1 { print $1 }' "$out")
    cause=$(cut -d' ' -f2- "$out" | perl -MJSON::PP -0777 -ne \
        'my $d = eval { decode_json($_) }; print $d ? $d->{verdict}{cause} : "no-json"')
    echo "${first:-$((t1 - t0))} $((t1 - t0)) ${cause:-none}"
}

# swaks_run OUT ARGS...: prints "verdict_ms exit_ms result" (result: the last reply code).
swaks_run() {
    local out=$1 t0 t1
    shift
    t0=$(now_ms)
    swaks "$@" 2>&1 | stamp "$t0" >"$out" || true
    t1=$(now_ms)
    # With --pipeline swaks sends QUIT before it reads the RCPT replies: the verdict is the
    # last reply before the one to QUIT (221).
    perl -ne '
        $quit = 1 if /^\d+ +[-~]> QUIT/;
        if (!$done && /^(\d+) <[-~]\*? *(\d{3})/) {
            if ($quit && $2 == 221) { $done = 1 } else { $t = $1; $code = $2 }
        }
        $last = $1 if /^(\d+) /;
        END { $t //= $last // -1; print "$t ", ($code // "none"), "\n" }' "$out" |
        { read -r v c; echo "$v $((t1 - t0)) $c"; }
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print -1 }'; }

# ---------------------------------------------------------------- round trips

submission_od() { # port
    od_run "$work/od.out" --host localhost --port "$1:starttls" --source-address 127.0.0.3 --from "$USER" \
        --to "$FOREIGN_RCPT" --user "$USER" --password-file "$work/pw" --cafile "$CA_FILE" --auth plain
}
submission_swaks() { # port [--pipeline]
    local port=$1
    shift
    swaks_run "$work/swaks.out" --server 127.0.0.1 --port "$port" --tls --tls-ca-path "$CA_FILE" \
        --local-interface 127.0.0.3 --from "$USER" --to "$POSTMASTER,$FOREIGN_RCPT" --auth PLAIN \
        --auth-user "$USER" --auth-password "$PASSWORD" --quit-after RCPT "$@"
}
od_tool() { submission_od "$1"; }
swaks_pipe_tool() { submission_swaks "$1" --pipeline; }
swaks_tool() { submission_swaks "$1"; }

# roundtrips LABEL GOAL TARGET_PORT TOOL: one table row. The run must succeed (outbox-doctor:
# cause ok; swaks: 250 for the last RCPT).
roundtrips() {
    local label=$1 goal=$2 target=$3 tool=$4 expect=250 d port i r result=
    [[ $tool == od_tool ]] && expect=ok
    for d in 0 100 200; do
        port=$(start_proxy 0 "$target" $((d / 2)))
        for ((i = 0; i < runs; i++)); do
            read -r r _ result < <("$tool" "$port")
            [[ $result == "$expect" ]] || echo "$label / $tool: got '$result', expected '$expect'" >&2
            echo "$r"
        done | median >"$work/median.$d"
    done
    case $tool in
    od_tool) tool="outbox-doctor" ;;
    swaks_pipe_tool) tool="swaks --pipeline" ;;
    swaks_tool) tool="swaks" ;;
    esac
    awk -v l="$label" -v t="$tool" -v a="$(cat "$work/median.0")" -v b="$(cat "$work/median.100")" \
        -v c="$(cat "$work/median.200")" -v g="$goal" 'BEGIN {
        printf "%-38s %-16s %6d %6d %6d %6.1f %6s\n", l, t, a, b, c, (c - b) / 100, g }'
}

echo
echo "Outbox Doctor ($("$od" --version 2>/dev/null | head -n 1)) beside swaks ($(swaks --version 2>&1 | head -n 1))"
echo "median of $runs runs; STARTTLS + AUTH PLAIN + MAIL + 2 RCPT through tests/bench/latencyproxy"
echo
echo "time to verdict in ms at 0, 100 and 200 ms RTT; round trips = (200 ms - 100 ms) / 100 ms"
printf '%-38s %-16s %6s %6s %6s %6s %6s\n' "server" "tool" "0" "100" "200" "RTTs" "floor"
for tool in od_tool swaks_pipe_tool swaks_tool; do
    roundtrips "Postfix 587-like (PIPELINING)" 7.5 "$SUBMISSION_PORT" "$tool"
done
for tool in od_tool swaks_pipe_tool; do
    roundtrips "Exim 587-like (PIPELINING)" 7.5 "$EXIM_SUBMISSION_PORT" "$tool"
done
for tool in od_tool swaks_tool; do
    roundtrips "Exim without PIPELINING" 9.5 "$EXIM_NOPIPE_PORT" "$tool"
done

# ---------------------------------------------------------------- blocked ports

# blocked LABEL GOAL PORT REPEAT: time to verdict of both tools on a port nobody answers on.
blocked() {
    local label=$1 goal=$2 port=$3 repeat=$4 i v e r
    for ((i = 0; i < repeat; i++)); do od_run "$work/od.out" --host 127.0.0.1 --port "$port:starttls"; done >"$work/b.od"
    for ((i = 0; i < repeat; i++)); do
        swaks_run "$work/swaks.out" --server 127.0.0.1 --port "$port" --quit-after CONNECT
    done >"$work/b.swaks"
    for tool in od swaks; do
        v=$(awk '{ print $1 }' "$work/b.$tool" | median)
        e=$(awk '{ print $2 }' "$work/b.$tool" | median)
        r=$(awk 'END { print $3 }' "$work/b.$tool")
        if [[ $tool == swaks ]]; then
            # swaks's own words, e.g. "*** Error connecting to ...:" and "***  No route to host"
            r=$(grep -o '\*\*\* .*' "$work/swaks.out" | sed -e 's/^\*\*\* *//' | tr '\n\t' '  ' | cut -c1-100 || true)
            [[ -n $r ]] || r="(gave up without a message after its own timeouts)"
            goal=
        fi
        [[ $tool == od ]] && tool=outbox-doctor
        printf '%-36s %-14s %9d %8d %6s  %s\n' "$label" "$tool" "$v" "$e" "$goal" "$r"
    done
}

if ((blocking)); then
    # The namespace is private: any port is free.
    iptables -A INPUT -p tcp --dport 2601 -j REJECT --reject-with icmp-admin-prohibited
    iptables -A INPUT -p tcp --dport 2602 -j REJECT --reject-with icmp-port-unreachable
    iptables -A INPUT -p tcp --dport 2603 -j DROP
    # Accepts (the kernel completes the handshake), never reads, never greets.
    perl -MIO::Socket::INET -e '
        my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 2604, Listen => 64, ReuseAddr => 1)
            or die "listen: $!\n";
        $| = 1; print "ready\n"; sleep 3600' >"$work/silent.out" 2>&1 &
    echo $! >>"$work/pids"
    for ((i = 0; i < 50; i++)); do grep -q ready "$work/silent.out" && break; sleep 0.1; done

    echo
    echo "blocked ports (loopback of the namespace, ~0 RTT); ms; median of $runs (ICMP) or 1 run (waits)"
    printf '%-36s %-14s %9s %8s %6s  %s\n' "port" "tool" "verdict" "exit" "goal" "result"
    blocked "ICMP admin-prohibited (REJECT)" "<=50" 2601 "$runs"
    blocked "ICMP port-unreachable (REJECT)" "<=50" 2602 "$runs"
    blocked "SYN dropped (DROP)" "-" 2603 1
    blocked "silent (accepts, never greets)" "-" 2604 1

    # Default mode: no --port, so 587, 465 and 25 at once; 587 and 465 reach the bed through
    # the 100 ms RTT proxy, 25 drops SYNs. The verdict should come as fast as with 587 alone.
    start_proxy 587 "$SUBMISSION_PORT" 50 >/dev/null
    start_proxy 465 "$SMTPS_PORT" 50 >/dev/null
    iptables -A INPUT -p tcp --dport 25 -j DROP
    common=(--host localhost --source-address 127.0.0.3 --from "$USER" --to "$FOREIGN_RCPT" --user "$USER"
        --password-file "$work/pw" --cafile "$CA_FILE")
    for ((i = 0; i < runs; i++)); do od_run "$work/od.out" "${common[@]}" --port 587:starttls; done >"$work/d.alone"
    for ((i = 0; i < runs; i++)); do od_run "$work/od.out" "${common[@]}"; done >"$work/d.default"
    cp "$work/od.out" "$work/default.json"
    for ((i = 0; i < runs; i++)); do
        swaks_run "$work/swaks.out" --server 127.0.0.1 --port 587 --tls --tls-ca-path "$CA_FILE" \
            --local-interface 127.0.0.3 --from "$USER" --to "$POSTMASTER,$FOREIGN_RCPT" --auth PLAIN \
            --auth-user "$USER" --auth-password "$PASSWORD" --quit-after RCPT --pipeline
    done >"$work/d.swaks"
    echo
    echo "default mode beside a blocked port (100 ms RTT; 587 and 465 work, 25 drops SYNs); ms; median of $runs"
    printf '%-44s %9s %8s  %s\n' "run" "verdict" "exit" "result"
    for f in alone default swaks; do
        case $f in
        alone) label="outbox-doctor --port 587:starttls" ;;
        default) label="outbox-doctor (587, 465, 25 at once)" ;;
        swaks) label="swaks --port 587 --pipeline" ;;
        esac
        printf '%-44s %9d %8d  %s\n' "$label" "$(awk '{ print $1 }' "$work/d.$f" | median)" \
            "$(awk '{ print $2 }' "$work/d.$f" | median)" "$(awk 'END { print $3 }' "$work/d.$f")"
    done
    cut -d' ' -f2- "$work/default.json" | perl -MJSON::PP -0777 -ne '
        my $d = eval { decode_json($_) } or exit;
        printf "  last default-mode run, per port: %s\n", join(", ", map {
            sprintf "%d %s%s", $_->{port}, $_->{cause} // "-", $_->{cutShort} ? " (cut short)" : "" } @{ $d->{attempts} });'
fi
