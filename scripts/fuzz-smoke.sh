#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset fuzz: clang, ASan + UBSan) and runs each one briefly,
# seeded from the tests' fixtures, ../shared/fixtures and ../shared/corpora/bounces. Fails
# on any crash, leak, sanitizer report or timeout. Prints the executions per target.
#   OD_FUZZ_SECONDS   seconds per target (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${OD_FUZZ_SECONDS:-20}
shared=../shared
build=build/fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_all

# Seed directories per target (missing ones are skipped).
seeds() {
    case $1 in
        smtpreply)    echo tests/fuzz/seeds/smtpreply ;;
        pastedecoder) echo tests/diagnosis/fixtures $shared/corpora/bounces/eml ;;
        mimedecoder)  echo tests/diagnosis/fixtures $shared/corpora/bounces/eml ;;
        prefsjs)      echo tests/accounts/fixtures/thunderbird-edge $shared/fixtures/clients/thunderbird ;;
        regfile)      echo tests/accounts/fixtures/outlook $shared/fixtures/clients/outlook ;;
        lineconfigs)  echo tests/accounts/fixtures/msmtp tests/accounts/fixtures/git $shared/fixtures/clients/msmtp \
                           $shared/fixtures/clients/neomutt $shared/fixtures/clients/git-send-email \
                           $shared/fixtures/clients/claws-mail ;;
        autoconfig)   echo $shared/fixtures/autoconfig ;;
        plist)        echo tests/accounts/fixtures/apple-mail $shared/fixtures/clients/apple-mail ;;
    esac
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
printf '%-14s %10s %8s %s\n' target execs exec/s result > "$work/table"
for target in smtpreply pastedecoder mimedecoder prefsjs regfile lineconfigs autoconfig plist; do
    dirs=()
    for d in $(seeds $target); do [ -d "$d" ] && dirs+=("$d"); done
    mkdir -p "$work/$target"
    log="$work/$target.log"
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: runaway memory.
    if (cd "$work" && "$OLDPWD/$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
            "$work/$target" "${dirs[@]/#/$OLDPWD/}") >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        failed=1
        echo "== fuzz_$target failed:"; tail -40 "$log"
        mkdir -p "$build/crashes" && cp -f "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* \
            "$build/crashes/" 2>/dev/null || true
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    printf '%-14s %10s %8s %s\n' "$target" "${execs:-?}" "${rate:-?}" "$result" >> "$work/table"
done
cat "$work/table"
[ "$failed" = 0 ] || { echo "fuzzing found a problem; inputs saved in $build/crashes"; exit 1; }
