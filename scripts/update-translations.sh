#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources with fixed options, so that the result
# depends only on the sources (no line numbers, no obsolete entries).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${1:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
sources=(app wizard)
opts=(-no-obsolete -locations none -extensions cpp,h -silent)
for lang in nl de sv zh_CN; do
    "$lupdate" "${opts[@]}" "${sources[@]}" -target-language "$lang" -ts "translations/outbox-doctor_${lang}.ts"
done
# English needs only the plural forms of %n messages.
"$lupdate" "${opts[@]}" -pluralonly "${sources[@]}" -target-language en -ts translations/outbox-doctor_en.ts
