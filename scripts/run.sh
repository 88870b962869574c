#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Outbox Doctor (release) and starts it. Arguments are
# passed on, e.g. `scripts/run.sh probe --host smtp.example.com`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)"
exec build/release/bin/outbox-doctor "$@"
