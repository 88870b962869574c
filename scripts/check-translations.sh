#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the sources hold a string the .ts files lack (run the update_translations
# target), or when a shipped message is unfinished or empty.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r app program wizard translations scripts "$tmp/"
(cd "$tmp" && scripts/update-translations.sh "$lupdate")
status=0
for ts in translations/*.ts; do
    if ! cmp -s "$ts" "$tmp/$ts"; then
        echo "translations: $ts is out of step with the sources; run: cmake --build <build dir> --target update_translations" >&2
        diff -u "$ts" "$tmp/$ts" | head -40 >&2 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>|<translation/>' "$ts" || true)
    if [ "$unfinished" -gt 0 ] || [ "$empty" -gt 0 ]; then
        echo "translations: $ts has $unfinished unfinished and $empty empty messages" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations: $(ls translations/*.ts | wc -l) catalogues complete and in step"
exit $status
