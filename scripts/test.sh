#!/usr/bin/env bash
# Installs what is missing (including the test bed's Postfix and Dovecot), builds with
# warnings as errors, runs the whole suite, then builds and runs it again under
# AddressSanitizer + UndefinedBehaviorSanitizer. Set OD_SKIP_ASAN=1 for the first pass only.
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
if [ "${OD_SKIP_ASAN:-0}" != 1 ]; then
    echo "== build and test under ASan + UBSan (preset asan)"
    run_suite asan
fi
