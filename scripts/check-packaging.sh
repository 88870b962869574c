#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop and package checks on a built tree (default build/dev): the .desktop entry, the
# AppStream metadata, the man page and the CI workflow validate; `cpack -G DEB` makes a
# package that lintian finds free of errors, that holds the binary, desktop entry,
# metainfo, icons and man page, that installs with dpkg and whose binary runs. The
# package is removed again afterwards. Needs root (dpkg -i).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
id=io.github.outboxdoctor.OutboxDoctor

echo "-- desktop-file-validate"
desktop-file-validate resources/$id.desktop
echo "-- appstreamcli validate"
appstreamcli validate --no-net resources/$id.metainfo.xml
echo "-- man page"
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l docs/outbox-doctor.1 2>&1 >/dev/null || true)
if [ -n "$warnings" ]; then echo "$warnings"; exit 1; fi
echo "-- CI workflow"
/usr/bin/python3 scripts/check-ci-workflow.py

echo "-- cpack -G DEB"
cmake --build "$build" --target outbox-doctor od_manpage od_changelog
rm -f "$build"/outbox-doctor_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/outbox-doctor_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/outbox-doctor ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/icons/hicolor/48x48/apps/$id.png \
         ./usr/share/man/man1/outbox-doctor.1.gz ./usr/share/doc/outbox-doctor/copyright; do
    grep -q " $f\$" <<<"$contents" || { echo "missing from $deb: $f"; exit 1; }
done
echo "-- lintian (errors)"
if ! report=$(lintian --fail-on error "$deb" 2>&1); then
    echo "$report"; echo "lintian reports errors"; exit 1
fi
grep -v "^running with root" <<<"$report" || true

echo "-- dpkg -i and run"
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); else SUDO=(); fi
if dpkg-query -W -f='${Status}' outbox-doctor 2>/dev/null | grep -q "install ok installed"; then
    echo "outbox-doctor is already installed on this machine; not replacing it"; exit 1
fi
"${SUDO[@]}" dpkg -i "$deb" >/dev/null
trap '"${SUDO[@]}" dpkg -r outbox-doctor >/dev/null' EXIT
version=$(/usr/bin/outbox-doctor --version)
expected="outbox-doctor $(sed -n 's/^project(OutboxDoctor VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
[ "$version" = "$expected" ] || { echo "installed binary says \"$version\", expected \"$expected\""; exit 1; }
man -w outbox-doctor >/dev/null
echo "$deb: installs and runs ($version)"
