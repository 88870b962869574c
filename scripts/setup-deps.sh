#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building (and, with --test, testing) Outbox Doctor needs on Debian 12 /
# Ubuntu 22.04+. Packages already present are left alone. Safe to run again.
set -euo pipefail

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

build_pkgs=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 libqt6sql6-sqlite libgl-dev libicu-dev qtkeychain-qt6-dev fonts-noto-cjk)
# The test bed (Postfix, Dovecot, a throw-away CA), PDF text extraction, an X server for
# screenshots, swaks for comparison figures, iptables for the benchmark's blocked ports.
# The bed's second MTA, Exim, conflicts with the postfix package: it is unpacked privately
# by tests/testbed/testbed.sh install-exim (below).
# Packaging checks (desktop entry, AppStream, man page, .deb with lintian, the CI workflow's
# YAML) and the libFuzzer runtime for the clang fuzz build.
test_pkgs=(postfix dovecot-core dovecot-pop3d openssl swaks libnet-ssleay-perl poppler-utils xvfb xauth
    procps iproute2 iptables
    desktop-file-utils appstream lintian dpkg-dev man-db gzip python3-yaml clang libclang-rt-dev)

pkgs=("${build_pkgs[@]}")
[ "$want_tests" = 1 ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Postfix must not configure itself as a system mail server: the tests run private instances.
    echo "postfix postfix/main_mailer_type select No configuration" | "${SUDO[@]}" debconf-set-selections
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ "$want_tests" = 1 ]; then
    # Does nothing when Exim is already unpacked.
    "${SUDO[@]}" bash "$(dirname "$0")/../tests/testbed/testbed.sh" install-exim
fi
