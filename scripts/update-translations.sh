#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources with fixed options, so that the result
# depends only on the sources (no line numbers, no obsolete entries).
set -euo pipefail
cd "$(dirname "$0")/.."
# Usage: update-translations.sh [LUPDATE] [LANG...]   (default: every language)
lupdate=${1:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
shift || true
langs=("$@")
[ ${#langs[@]} -eq 0 ] && langs=(nl de sv zh_CN en)
sources=(app program wizard)
opts=(-no-obsolete -locations none -extensions cpp,h -silent)
for lang in "${langs[@]}"; do
    if [ "$lang" = en ]; then
        # English needs only the plural forms of %n messages.
        "$lupdate" "${opts[@]}" -pluralonly "${sources[@]}" -target-language en -ts translations/outbox-doctor_en.ts
    else
        "$lupdate" "${opts[@]}" "${sources[@]}" -target-language "$lang" -ts "translations/outbox-doctor_${lang}.ts"
    fi
done
