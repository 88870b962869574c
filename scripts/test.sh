#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (including the test bed's Postfix and Dovecot), builds with
# warnings as errors, runs the whole suite, then builds and runs it again under
# AddressSanitizer + UndefinedBehaviorSanitizer. Set OD_SKIP_ASAN=1 for the first pass only.
# Between the two: the packaging checks (scripts/check-packaging.sh) and a short run of
# every libFuzzer target (scripts/fuzz-smoke.sh; OD_FUZZ_SECONDS per target, default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh --test
jobs=$(nproc)

run_suite() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$jobs"
    # The test bed is one shared fixture; tests that use it run one after another.
    ctest --preset "$preset" --parallel "$jobs" --timeout 600
}

echo "== translations are complete and in step with the sources"
scripts/check-translations.sh
echo "== build and test (preset dev)"
run_suite dev
echo "== desktop entry, AppStream, man page, CI workflow; the .deb built, linted, installed and run"
scripts/check-packaging.sh build/dev
echo "== fuzz smoke: every parser's libFuzzer target, seeded from the fixtures (preset fuzz)"
OD_FUZZ_SECONDS=${OD_FUZZ_SECONDS:-20} scripts/fuzz-smoke.sh
if [ "${OD_SKIP_ASAN:-0}" != 1 ]; then
    echo "== build and test under ASan + UBSan (preset asan)"
    run_suite asan
fi
