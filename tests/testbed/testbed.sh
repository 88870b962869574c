#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Outbox Doctor integration test bed: a private Postfix + Dovecot instance
# and a private Exim with several "provider" scenarios on high ports of
# 127.0.0.1.
#
#   testbed.sh start DIR   create DIR, generate PKI + configs, start daemons,
#                          write DIR/env (KEY=value lines)
#   testbed.sh stop  DIR   stop the daemons recorded in DIR (idempotent)
#   testbed.sh status DIR  exit 0 if all daemons recorded in DIR are alive
#   testbed.sh popauth-clear DIR
#                          forget all POP3 logins (POP-before-SMTP map emptied;
#                          effective for the next SMTP connection)
#   testbed.sh install-exim
#                          fetch Debian's exim4-daemon-light and unpack it into
#                          TESTBED_EXIM_ROOT (it conflicts with the postfix
#                          package, so it is never installed system-wide)
#
# Environment knobs (all optional):
#   TESTBED_PORT_BASE      first port to try (default 20000); ports are chosen
#                          free at start time, scanning upwards
#   TESTBED_POPAUTH_TTL    seconds a POP3 login authorizes relaying (default 900)
#   TESTBED_START_TIMEOUT  seconds to wait for the daemons (default 20)
#   TESTBED_EXIM_ROOT      where install-exim unpacks Exim and start finds it
#                          (default /opt/outbox-doctor-testbed/exim4)
#
# See README.md in this folder for the scenarios.
set -euo pipefail

readonly PROG=${0##*/}
POSTFIX_DAEMON_DIR=$(postconf -dh daemon_directory 2>/dev/null || true)
[[ -x ${POSTFIX_DAEMON_DIR:-/nonexistent}/master ]] || POSTFIX_DAEMON_DIR=/usr/lib/postfix/sbin
readonly POSTFIX_DAEMON_DIR
readonly LOCK_FILE=/tmp/outbox-doctor-testbed.lock
readonly EXIM_ROOT=${TESTBED_EXIM_ROOT:-/opt/outbox-doctor-testbed/exim4}
readonly EXIM_BIN=$EXIM_ROOT/usr/sbin/exim4
# The Debian binary runs as this user (compiled in as EXIM_USER=ref:Debian-exim).
readonly EXIM_USER=Debian-exim

# Scenario constants (tests rely on them; keep in sync with README.md).
readonly LOCAL_DOMAIN=home.test
readonly FOREIGN_DOMAIN=elsewhere.test
readonly SERVER_NAME=mail.home.test
readonly USER1=alice@home.test
readonly PASSWORD1='Corr3ct-h0rse!'
readonly USER2=bob@home.test
readonly PASSWORD2='b0b_S3cret+2'
# Client source addresses used by the tests (never bound by the bed itself).
readonly MYNETWORKS_CLIENT_IP=127.0.0.2
readonly FOREIGN_CLIENT_IP=127.0.0.3
readonly POPAUTH_CLIENT_IP=127.0.0.4

die() { echo "$PROG: ERROR: $*" >&2; exit 1; }
log() { echo "$PROG: $*" >&2; }

usage() {
    echo "usage: $PROG start|stop|status|popauth-clear DIR | $PROG install-exim" >&2
    exit 2
}

# ---------------------------------------------------------------- processes

# Prints the state letter of a pid (R, S, Z, ...) or nothing if gone.
proc_state() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
    stat=${stat##*) }
    echo "${stat%% *}"
}

# True if pid exists and is not a zombie.
alive() {
    local s
    s=$(proc_state "$1")
    [[ -n $s && $s != Z ]]
}

# Process table from /proc (no procps needed): "pid ppid sid state" lines.
proc_rows() {
    local f line pid rest
    for f in /proc/[0-9]*/stat; do
        { read -r line <"$f"; } 2>/dev/null || continue
        pid=${line%% *}
        rest=${line##*) }
        # rest: state ppid pgrp session ...
        set -- $rest
        echo "$pid $2 $4 $1"
    done
}

# Pids of all descendants of $1 plus all members of session $1 (Postfix'
# master and Dovecot are started as session leaders, so every helper they
# fork shares their session id unless it calls setsid() itself).
family_of() {
    proc_rows | awk -v root="$1" '
        { pid[NR] = $1; ppid[NR] = $2; sid[NR] = $3 }
        END {
            want[root] = 1
            for (i = 1; i <= NR; i++) if (sid[i] == root) want[pid[i]] = 1
            do {
                added = 0
                for (i = 1; i <= NR; i++)
                    if ((ppid[i] in want) && !(pid[i] in want)) { want[pid[i]] = 1; added = 1 }
            } while (added)
            for (p in want) if (p != root) print p
        }'
}

# Verifies that pid $1 still is the daemon we started (guards against pid
# reuse): its executable path must end in $2.
is_our_daemon() {
    local exe
    exe=$(readlink "/proc/$1/exe" 2>/dev/null) || return 1
    [[ $exe == *"$2" ]]
}

# stop_pid PID EXE-SUFFIX KIND: TERM the daemon and its helpers, wait up to
# 10 s, then KILL what is left.
stop_pid() {
    local pid=$1 exe=$2 kind=$3 members p i left
    [[ $pid =~ ^[0-9]+$ ]] || return 0
    if ! alive "$pid" || ! is_our_daemon "$pid" "$exe"; then
        return 0
    fi
    members=$(family_of "$pid")
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        left=
        for p in $pid $members; do
            alive "$p" && left+=" $p"
        done
        [[ -z $left ]] && return 0
        sleep 0.1
    done
    log "$kind did not stop within 10 s, sending KILL to:$left"
    local victims=$left
    for p in $victims; do
        kill -KILL "$p" 2>/dev/null || true
    done
    for ((i = 0; i < 30; i++)); do
        left=
        for p in $victims; do
            alive "$p" && left+=" $p"
        done
        [[ -z $left ]] && return 0
        sleep 0.1
    done
    log "WARNING: $kind processes still present after KILL:$left"
}

read_pidfile() {
    local f=$1
    [[ -f $f ]] || return 0
    tr -dc '0-9' <"$f"
}

cmd_stop() {
    local dir=$1
    [[ -d $dir ]] || return 0
    # Stop Postfix first: its smtpd processes talk to Dovecot's auth.
    stop_pid "$(read_pidfile "$dir/postfix.pid")" /master postfix
    stop_pid "$(read_pidfile "$dir/dovecot.pid")" /dovecot dovecot
    stop_pid "$(read_pidfile "$dir/exim.pid")" /exim4 exim
    rm -f "$dir/postfix.pid" "$dir/dovecot.pid" "$dir/exim.pid"
    [[ -f $dir/env ]] && echo "# stopped $(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$dir/env"
    return 0
}

cmd_popauth_clear() {
    local dir=$1
    [[ -d $dir/popauth ]] || die "$dir is not a test bed directory"
    (
        flock -w 5 8 || die "could not lock $dir/popauth/lock"
        : >"$dir/popauth/seen"
        : >"$dir/popauth/clients"
    ) 8>>"$dir/popauth/lock"
}

cmd_status() {
    local dir=$1 p1 p2 p3
    p1=$(read_pidfile "$dir/postfix.pid")
    p2=$(read_pidfile "$dir/dovecot.pid")
    p3=$(read_pidfile "$dir/exim.pid")
    [[ -n $p1 && -n $p2 && -n $p3 ]] && alive "$p1" && alive "$p2" && alive "$p3"
}

# ------------------------------------------------------------------- Exim

# Libraries the Debian exim4 binary links against (its Depends: minus
# exim4-base, whose scripts and system configuration the bed does not use).
readonly EXIM_LIBS=(libc6 libcrypt1 libdb5.3 libgnutls-dane0 libgnutls30 libidn12 libidn2-0 libnsl2 libpcre2-8-0)

exim_works() {
    [[ -x $EXIM_BIN ]] && "$EXIM_BIN" -C /dev/null -bV >/dev/null 2>&1
}

cmd_install_exim() {
    [[ $(id -u) == 0 ]] || die "must run as root (apt-get, dpkg -x into $EXIM_ROOT, system user $EXIM_USER)"
    if ! getent group "$EXIM_USER" >/dev/null; then
        groupadd --system "$EXIM_USER"
    fi
    if ! id "$EXIM_USER" >/dev/null 2>&1; then
        useradd --system --gid "$EXIM_USER" --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$EXIM_USER"
    fi
    if exim_works; then
        log "Exim already unpacked in $EXIM_ROOT ($("$EXIM_BIN" -C /dev/null -bV 2>/dev/null | head -n 1))"
        return 0
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${EXIM_LIBS[@]}"
    local tmp
    tmp=$(mktemp -d)
    # apt-get download writes as the unprivileged user _apt when it can.
    chown _apt "$tmp" 2>/dev/null || true
    (cd "$tmp" && apt-get download -q exim4-daemon-light) || { rm -rf "$tmp"; die "apt-get download exim4-daemon-light failed"; }
    rm -rf "$EXIM_ROOT.new"
    mkdir -p "$EXIM_ROOT.new"
    dpkg -x "$tmp"/exim4-daemon-light_*.deb "$EXIM_ROOT.new" || { rm -rf "$tmp"; die "dpkg -x failed"; }
    rm -rf "$tmp" "$EXIM_ROOT"
    mv "$EXIM_ROOT.new" "$EXIM_ROOT"
    exim_works || die "the unpacked $EXIM_BIN does not run ($("$EXIM_BIN" -bV 2>&1 | head -n 1))"
    log "Exim unpacked in $EXIM_ROOT ($("$EXIM_BIN" -C /dev/null -bV 2>/dev/null | head -n 1))"
}

# -------------------------------------------------------------------- ports

# Local TCP ports currently in use by any socket that is not in TIME-WAIT
# (read from /proc/net, no iproute2 needed).
used_ports() {
    local f sl laddr st rest
    for f in /proc/net/tcp /proc/net/tcp6; do
        [[ -r $f ]] || continue
        while read -r sl laddr _ st rest; do
            [[ $sl == sl || $st == 06 ]] && continue
            echo $((16#${laddr##*:}))
        done <"$f"
    done | sort -un
}

# Local TCP ports in LISTEN state, space separated with leading/trailing space.
listening_ports() {
    local f laddr st rest out=" "
    for f in /proc/net/tcp /proc/net/tcp6; do
        [[ -r $f ]] || continue
        while read -r _ laddr _ st rest; do
            [[ $st == 0A ]] && out+="$((16#${laddr##*:})) "
        done <"$f"
    done
    echo "$out"
}

# pick_ports N: prints N free ports >= TESTBED_PORT_BASE.
pick_ports() {
    local n=$1 base=${TESTBED_PORT_BASE:-20000} used p count=0 out=()
    [[ $base =~ ^[0-9]+$ ]] && ((base >= 1024 && base < 65000)) ||
        die "TESTBED_PORT_BASE must be a number in 1024..64999 (got '$base')"
    used=" $(used_ports | tr '\n' ' ') "
    for ((p = base; p < 65535 && count < n; p++)); do
        [[ $used == *" $p "* ]] && continue
        out+=("$p")
        count=$((count + 1))
    done
    ((count == n)) || die "could not find $n free ports above $base"
    echo "${out[@]}"
}

# -------------------------------------------------------------------- PKI

make_pki() {
    local pki=$1 now_minus now_plus2 ca_end
    mkdir -p "$pki/newcerts"
    : >"$pki/index.txt"
    echo 1000 >"$pki/serial"
    now_minus=$(date -u -d '-10 minutes' +%Y%m%d%H%M%SZ)
    now_plus2=$(date -u -d '+2 days' +%Y%m%d%H%M%SZ)
    ca_end=$(date -u -d '+3 days' +%Y%m%d%H%M%SZ)
    cat >"$pki/openssl.cnf" <<EOF
[ ca ]
default_ca = testbed_ca

[ testbed_ca ]
dir = $pki
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
default_md = sha256
policy = testbed_policy
unique_subject = no
copy_extensions = none
email_in_dn = no
preserve = yes

[ testbed_policy ]
organizationName = optional
commonName = supplied

[ req ]
distinguished_name = req_dn
prompt = no

[ req_dn ]
CN = unused

[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash

[ v3_server ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:$SERVER_NAME,DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid,issuer
EOF
    local ossl=(openssl)
    local cnf=(-config "$pki/openssl.cnf")
    # CA: self-signed via "openssl ca -selfsign" so that its validity can
    # start in the past (2019-12-01) and cover the expired server cert too.
    "${ossl[@]}" genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$pki/ca.key" 2>/dev/null
    "${ossl[@]}" req -new "${cnf[@]}" -key "$pki/ca.key" \
        -subj "/O=Outbox Doctor Testbed/CN=Outbox Doctor Testbed CA" -out "$pki/ca.csr"
    "${ossl[@]}" ca -batch -notext "${cnf[@]}" -selfsign -keyfile "$pki/ca.key" \
        -in "$pki/ca.csr" -out "$pki/ca.pem" -extensions v3_ca \
        -startdate 20191201000000Z -enddate "$ca_end" 2>"$pki/ca.log" ||
        { cat "$pki/ca.log" >&2; die "CA generation failed"; }

    local name start end
    for name in server expired; do
        if [[ $name == server ]]; then
            start=$now_minus end=$now_plus2
        else
            start=20200101000000Z end=20200201000000Z
        fi
        "${ossl[@]}" genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$pki/$name.key" 2>/dev/null
        "${ossl[@]}" req -new "${cnf[@]}" -key "$pki/$name.key" \
            -subj "/O=Outbox Doctor Testbed/CN=$SERVER_NAME" -out "$pki/$name.csr"
        "${ossl[@]}" ca -batch -notext "${cnf[@]}" -cert "$pki/ca.pem" -keyfile "$pki/ca.key" \
            -in "$pki/$name.csr" -out "$pki/$name.pem" -extensions v3_server \
            -startdate "$start" -enddate "$end" 2>"$pki/$name.log" ||
            { cat "$pki/$name.log" >&2; die "$name certificate generation failed"; }
    done
    chmod 600 "$pki"/*.key
    chmod 644 "$pki"/*.pem
}

# ------------------------------------------------------------ directories

# Daemons running as postfix/dovecot/nobody must be able to traverse to DIR.
ensure_traversable() {
    local d=$1 mode
    chmod 755 "$d"
    d=$(dirname "$d")
    while [[ $d != / ]]; do
        mode=$(stat -c %a "$d")
        if (((8#$mode & 1) == 0)); then
            if [[ $(stat -c %u "$d") == "$(id -u)" && ($d == /tmp/* || $d == "${TMPDIR:-/tmp}"/*) ]]; then
                log "adding o+x (traverse only) to $d so that the mail daemons can reach DIR"
                chmod o+x "$d"
            else
                die "directory $d is not traversable by other users; the postfix/dovecot daemons could not reach DIR"
            fi
        fi
        d=$(dirname "$d")
    done
}

# ------------------------------------------------------------------ start

cmd_start() {
    local dir=$1
    [[ $(id -u) == 0 ]] || die "must run as root (Postfix/Dovecot need to switch users)"
    local tool
    for tool in postfix postconf dovecot doveconf openssl flock setsid awk; do
        command -v "$tool" >/dev/null || die "required tool '$tool' not found"
    done
    id postfix >/dev/null 2>&1 || die "system user 'postfix' missing (install postfix)"
    id dovecot >/dev/null 2>&1 || die "system user 'dovecot' missing (install dovecot-core)"
    id dovenull >/dev/null 2>&1 || die "system user 'dovenull' missing (install dovecot-core)"
    getent group postdrop >/dev/null || die "group 'postdrop' missing (install postfix)"
    [[ -x /usr/lib/dovecot/pop3 ]] || die "dovecot POP3 server missing (install dovecot-pop3d)"
    exim_works || die "Exim not found in $EXIM_ROOT (run: $0 install-exim, or scripts/setup-deps.sh --test)"
    id "$EXIM_USER" >/dev/null 2>&1 || die "system user '$EXIM_USER' missing (run: $0 install-exim)"

    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    if [[ -n $(ls -A "$dir") ]]; then
        cmd_status "$dir" 2>/dev/null && die "a test bed is already running in $dir"
        die "$dir is not empty; pass a fresh (empty or not yet existing) directory"
    fi
    # Unix socket paths are limited to 108 bytes; Dovecot's deepest socket is
    # DIR/dc/run/token-login/tokenlogin.
    ((${#dir} <= 70)) || die "DIR path too long (${#dir} > 70 characters): $dir"
    ensure_traversable "$dir"

    local timeout=${TESTBED_START_TIMEOUT:-20}
    local ttl=${TESTBED_POPAUTH_TTL:-900}
    [[ $ttl =~ ^[0-9]+$ ]] || die "TESTBED_POPAUTH_TTL must be a number of seconds"

    log "generating throw-away PKI in $dir/pki"
    make_pki "$dir/pki"
    cp "$dir/pki/ca.pem" "$dir/ca.pem"

    # Serialize port selection + start-up among concurrent test beds; the
    # lock is released once all our ports are listening. Daemons get fd 9
    # closed so they never hold it.
    exec 9>>"$LOCK_FILE"
    flock -w 60 9 || die "could not get the port-selection lock $LOCK_FILE within 60 s"

    local ports
    read -r -a ports <<<"$(pick_ports 12)"
    local SMTP_PORT=${ports[0]} SUBMISSION_PORT=${ports[1]} SMTPS_PORT=${ports[2]}
    local EXPIRED_PORT=${ports[3]} POPAUTH_PORT=${ports[4]} POP3_PORT=${ports[5]}
    local POP3S_PORT=${ports[6]} AUTH_PORT=${ports[7]}
    local EXIM_SMTP_PORT=${ports[8]} EXIM_SUBMISSION_PORT=${ports[9]} EXIM_SMTPS_PORT=${ports[10]}
    local EXIM_NOPIPE_PORT=${ports[11]}

    write_dovecot_config "$dir" "$ttl" "$POP3_PORT" "$POP3S_PORT" "$AUTH_PORT"
    write_postfix_config "$dir" "$SMTP_PORT" "$SUBMISSION_PORT" "$SMTPS_PORT" \
        "$EXPIRED_PORT" "$POPAUTH_PORT" "$AUTH_PORT"
    write_exim_config "$dir" "$EXIM_SMTP_PORT" "$EXIM_SUBMISSION_PORT" "$EXIM_SMTPS_PORT" "$EXIM_NOPIPE_PORT"

    # If anything below fails, take down what was started.
    trap 'rc=$?; if ((rc != 0)); then cmd_stop "'"$dir"'" >/dev/null 2>&1 || true; fi' EXIT

    # ---- Dovecot
    doveconf -c "$dir/dc/dovecot.conf" >/dev/null 2>"$dir/dc/doveconf.err" || {
        cat "$dir/dc/doveconf.err" >&2
        die "Dovecot configuration invalid"
    }
    # setsid: own session (like Postfix' master) so that stop can find every
    # helper; it exec()s dovecot because a background job of this script is
    # never a process-group leader, hence $! is dovecot's pid.
    setsid dovecot -F -c "$dir/dc/dovecot.conf" </dev/null >"$dir/dovecot.stderr" 2>&1 9>&- &
    local dovecot_pid=$!
    echo "$dovecot_pid" >"$dir/dovecot.pid"

    # ---- Postfix
    # "postfix check" creates the queue directories with the right owners
    # and validates the configuration (messages go to DIR/postfix.log).
    if ! postfix -c "$dir/postfix" check >"$dir/postfix.stderr" 2>&1 ||
        grep -q 'fatal:' "$dir/postfix.log" "$dir/postfix.stderr"; then
        startup_failure "$dir" "postfix check failed"
    fi
    # master -s: stay in the foreground (we background it ourselves to know
    # its pid); it still calls setsid() so "kill master" takes down its
    # children. stderr goes to a file.
    "$POSTFIX_DAEMON_DIR/master" -c "$dir/postfix" -s </dev/null >"$dir/postfix.stderr" 2>&1 9>&- &
    local postfix_pid=$!
    echo "$postfix_pid" >"$dir/postfix.pid"

    # ---- Exim
    # -bV with our file validates it (config errors are printed, exit != 0).
    "$EXIM_BIN" -C "$dir/exim/exim.conf" -bV >"$dir/exim.stderr" 2>&1 ||
        startup_failure "$dir" "Exim configuration invalid"
    # -bdf: daemon in the foreground (so $! is its pid); setsid gives it its
    # own session like the other two. It binds its ports as root and then runs
    # as Debian-exim (the queue is never run, so it never needs root again).
    setsid "$EXIM_BIN" -C "$dir/exim/exim.conf" -bdf </dev/null >"$dir/exim.stderr" 2>&1 9>&- &
    local exim_pid=$!
    echo "$exim_pid" >"$dir/exim.pid"

    # ---- wait (bounded) for every port
    local deadline=$((SECONDS + timeout)) p pending listening
    local all_ports=("$SMTP_PORT" "$SUBMISSION_PORT" "$SMTPS_PORT" "$EXPIRED_PORT" "$POPAUTH_PORT" \
        "$POP3_PORT" "$POP3S_PORT" "$AUTH_PORT" "$EXIM_SMTP_PORT" "$EXIM_SUBMISSION_PORT" "$EXIM_SMTPS_PORT" \
        "$EXIM_NOPIPE_PORT")
    while :; do
        if ! alive "$dovecot_pid"; then
            startup_failure "$dir" "Dovecot exited during start-up"
        fi
        if ! alive "$postfix_pid"; then
            startup_failure "$dir" "Postfix master exited during start-up"
        fi
        if ! alive "$exim_pid"; then
            startup_failure "$dir" "Exim exited during start-up"
        fi
        pending=
        listening=$(listening_ports)
        for p in "${all_ports[@]}"; do
            [[ $listening == *" $p "* ]] || pending+=" $p"
        done
        [[ -z $pending ]] && break
        if ((SECONDS >= deadline)); then
            startup_failure "$dir" "ports not listening after ${timeout}s:$pending"
        fi
        sleep 0.1
    done
    exec 9>&-

    # ---- greeting checks (proves smtpd and pop3-login really work)
    local banner
    banner=$(read_banner "$SMTP_PORT") || true
    [[ $banner == 220* ]] || startup_failure "$dir" "no SMTP greeting on port $SMTP_PORT (got: '${banner}')"
    banner=$(read_banner "$EXIM_SMTP_PORT") || true
    [[ $banner == 220* ]] || startup_failure "$dir" "no Exim greeting on port $EXIM_SMTP_PORT (got: '${banner}')"
    banner=$(read_banner "$POP3_PORT") || true
    [[ $banner == +OK* ]] || startup_failure "$dir" "no POP3 greeting on port $POP3_PORT (got: '${banner}')"

    # ---- env file (values never contain spaces/quotes: source it or split at the first '=')
    local env_tmp=$dir/env.tmp
    cat >"$env_tmp" <<EOF
# Outbox Doctor test bed, started $(date -u +%Y-%m-%dT%H:%M:%SZ)
TESTBED_DIR=$dir
SERVER_HOST=127.0.0.1
SERVER_NAME=$SERVER_NAME
SMTP_PORT=$SMTP_PORT
SUBMISSION_PORT=$SUBMISSION_PORT
SMTPS_PORT=$SMTPS_PORT
EXPIRED_PORT=$EXPIRED_PORT
POPAUTH_PORT=$POPAUTH_PORT
POP3_PORT=$POP3_PORT
POP3S_PORT=$POP3S_PORT
AUTH_PORT=$AUTH_PORT
CA_FILE=$dir/ca.pem
SERVER_CERT=$dir/pki/server.pem
EXPIRED_CERT=$dir/pki/expired.pem
USER=$USER1
PASSWORD=$PASSWORD1
USER2=$USER2
PASSWORD2=$PASSWORD2
LOCAL_DOMAIN=$LOCAL_DOMAIN
FOREIGN_DOMAIN=$FOREIGN_DOMAIN
POSTMASTER=postmaster@$LOCAL_DOMAIN
LOCAL_RCPT=bob@$LOCAL_DOMAIN
FOREIGN_RCPT=friend@$FOREIGN_DOMAIN
MYNETWORKS_CLIENT_IP=$MYNETWORKS_CLIENT_IP
FOREIGN_CLIENT_IP=$FOREIGN_CLIENT_IP
POPAUTH_CLIENT_IP=$POPAUTH_CLIENT_IP
POPAUTH_TTL=$ttl
POPAUTH_MAP=$dir/popauth/clients
POSTFIX_LOG=$dir/postfix.log
DOVECOT_LOG=$dir/dovecot.log
POSTFIX_PID=$postfix_pid
DOVECOT_PID=$dovecot_pid
EXIM_SMTP_PORT=$EXIM_SMTP_PORT
EXIM_SUBMISSION_PORT=$EXIM_SUBMISSION_PORT
EXIM_SMTPS_PORT=$EXIM_SMTPS_PORT
EXIM_NOPIPE_PORT=$EXIM_NOPIPE_PORT
EXIM_LOG=$dir/exim/log/mainlog
EXIM_PID=$exim_pid
EXIM_VERSION=$("$EXIM_BIN" -C "$dir/exim/exim.conf" -bV 2>/dev/null | awk '/^Exim version/ { print $3; exit }')
EOF
    mv "$env_tmp" "$dir/env"
    trap - EXIT
    log "test bed up in $dir (smtp=$SMTP_PORT submission=$SUBMISSION_PORT smtps=$SMTPS_PORT expired=$EXPIRED_PORT popauth=$POPAUTH_PORT pop3=$POP3_PORT pop3s=$POP3S_PORT; exim: smtp=$EXIM_SMTP_PORT submission=$EXIM_SUBMISSION_PORT smtps=$EXIM_SMTPS_PORT nopipe=$EXIM_NOPIPE_PORT)"
}

# read_banner PORT: first line sent by the server on 127.0.0.1:PORT (3 s max).
read_banner() {
    local line
    exec 7<>"/dev/tcp/127.0.0.1/$1" || return 1
    IFS= read -r -t 3 line <&7 || { exec 7>&-; return 1; }
    printf 'QUIT\r\n' >&7 2>/dev/null || true
    exec 7>&-
    printf '%s\n' "${line%$'\r'}"
}

startup_failure() {
    local dir=$1 msg=$2 f
    echo "$PROG: ERROR: $msg" >&2
    for f in postfix.stderr postfix.log dovecot.stderr dovecot.log exim.stderr exim/log/mainlog exim/log/paniclog; do
        if [[ -s $dir/$f ]]; then
            echo "----- tail of $dir/$f -----" >&2
            tail -n 25 "$dir/$f" >&2
        fi
    done
    exit 1
}

# ------------------------------------------------------------ Dovecot config

write_dovecot_config() {
    local dir=$1 ttl=$2 pop3=$3 pop3s=$4 auth=$5
    local dc=$dir/dc
    mkdir -p "$dc/run" "$dc/state" "$dir/mail" "$dir/popauth"
    chown nobody:nogroup "$dir/mail"
    chmod 700 "$dir/mail"
    chown dovecot:dovecot "$dir/popauth"
    chmod 755 "$dir/popauth"
    : >"$dir/popauth/clients"
    : >"$dir/popauth/seen"
    : >"$dir/popauth/lock"
    chown dovecot:dovecot "$dir/popauth/clients" "$dir/popauth/seen" "$dir/popauth/lock"
    chmod 644 "$dir/popauth/clients" "$dir/popauth/seen" "$dir/popauth/lock"

    # {PLAIN} so that CRAM-MD5 works.
    cat >"$dc/users" <<EOF
$USER1:{PLAIN}$PASSWORD1::::::
$USER2:{PLAIN}$PASSWORD2::::::
postmaster@$LOCAL_DOMAIN:{PLAIN}$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')::::::
EOF
    chown root:dovecot "$dc/users"
    chmod 640 "$dc/users"

    # POP-before-SMTP hook (runs as user dovecot after every successful POP3
    # login, Dovecot passes the client address in $IP). It rewrites the
    # Postfix texthash map; the POPAUTH smtpd runs with max_use=1 so every new
    # connection re-reads it.
    cat >"$dc/popauth-hook.sh" <<EOF
#!/bin/bash
PATH=/usr/sbin:/usr/bin:/sbin:/bin
ttl=$ttl
dir=$dir/popauth
if [ -n "\${IP:-}" ]; then
    (
        flock -w 5 8 || exit 0
        now=\$(date +%s)
        { awk -v now="\$now" -v ttl="\$ttl" -v ip="\$IP" \\
              '\$2 != ip && now - \$1 < ttl' "\$dir/seen" 2>/dev/null
          echo "\$now \$IP"; } >"\$dir/seen.tmp" && mv -f "\$dir/seen.tmp" "\$dir/seen"
        awk '{ print \$2 " OK" }' "\$dir/seen" >"\$dir/clients.tmp" &&
            chmod 644 "\$dir/clients.tmp" && mv -f "\$dir/clients.tmp" "\$dir/clients"
    ) 8>>"\$dir/lock" || true
fi
exec "\$@"
EOF
    chmod 755 "$dc/popauth-hook.sh"

    local dh=
    [[ -r /usr/share/dovecot/dh.pem ]] && dh="ssl_dh = </usr/share/dovecot/dh.pem"

    cat >"$dc/dovecot.conf" <<EOF
# Private Dovecot for the Outbox Doctor test bed (generated).
base_dir = $dc/run
state_dir = $dc/state
instance_name = outbox-testbed-$pop3
protocols = pop3
listen = 127.0.0.1
log_path = $dir/dovecot.log
default_internal_user = dovecot
default_login_user = dovenull
ssl = yes
ssl_cert = <$dir/pki/server.pem
ssl_key = <$dir/pki/server.key
$dh
disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5
auth_failure_delay = 0
auth_verbose = yes
mail_location = maildir:$dir/mail/%d/%n
first_valid_uid = 1
pop3_uidl_format = %08Xu%08Xv

passdb {
  driver = passwd-file
  args = $dc/users
}
userdb {
  driver = static
  args = uid=65534 gid=65534 home=$dir/mail/%d/%n
}

service pop3-login {
  inet_listener pop3 {
    address = 127.0.0.1
    port = $pop3
  }
  inet_listener pop3s {
    address = 127.0.0.1
    port = $pop3s
    ssl = yes
  }
}
service pop3 {
  executable = pop3 pop3-postlogin
}
service pop3-postlogin {
  executable = script-login $dc/popauth-hook.sh
  user = \$default_internal_user
  unix_listener pop3-postlogin {
  }
}
# SASL for Postfix (smtpd_sasl_path = inet:127.0.0.1:$auth)
service auth {
  inet_listener {
    address = 127.0.0.1
    port = $auth
  }
}
# No growing auth-failure penalty (tests do many wrong-password attempts).
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
EOF
}

# ------------------------------------------------------------ Postfix config

write_postfix_config() {
    local dir=$1 smtp=$2 subm=$3 smtps=$4 expired=$5 popauth=$6 auth=$7
    # config, queue and data directory must not be nested: "postfix check"
    # insists that everything below config_directory is owned by root.
    local pf=$dir/postfix spool=$dir/pfspool data=$dir/pfdata
    mkdir -p "$pf" "$spool" "$data"
    chown root:root "$pf" "$spool"
    chown postfix:postfix "$data"
    chmod 755 "$pf" "$spool"
    chmod 700 "$data"
    : >"$dir/postfix.log"

    cat >"$pf/vmailbox" <<EOF
postmaster@$LOCAL_DOMAIN ok
$USER1 ok
$USER2 ok
EOF
    cat >"$pf/sender_login" <<EOF
$USER1 $USER1
$USER2 $USER2
EOF

    cat >"$pf/main.cf" <<EOF
# Private Postfix for the Outbox Doctor test bed (generated).
compatibility_level = 3.6
queue_directory = $spool
data_directory = $data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $dir/postfix.log
maillog_file_prefixes = $dir
syslog_name = postfix-testbed

myhostname = $SERVER_NAME
mydomain = $LOCAL_DOMAIN
myorigin = \$mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32 $MYNETWORKS_CLIENT_IP/32
relay_domains =
smtpd_banner = \$myhostname ESMTP Outbox Doctor testbed
biff = no
append_dot_mydomain = no

# Nothing ever leaves: every transport discards.
local_transport = discard:
virtual_transport = discard:
relay_transport = discard:
default_transport = discard:
alias_maps =
alias_database =
local_recipient_maps =
virtual_alias_maps =
virtual_mailbox_domains = $LOCAL_DOMAIN
virtual_mailbox_maps = texthash:$pf/vmailbox

# No DNS at all.
disable_dns_lookups = yes
smtp_dns_support_level = disabled
smtpd_peername_lookup = no
smtp_host_lookup = native
lmtp_host_lookup = native

# Fast, deterministic replies.
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 200
smtpd_delay_reject = yes

# TLS (good certificate by default).
smtpd_tls_chain_files = $dir/pki/server.key, $dir/pki/server.pem
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_tls_loglevel = 1
smtpd_tls_session_cache_database =
testbed_expired_chain_files = $dir/pki/expired.key, $dir/pki/expired.pem

# SASL via Dovecot over TCP.
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:$auth
smtpd_sasl_auth_enable = yes
smtpd_sasl_security_options = noanonymous
smtpd_sasl_tls_security_options = noanonymous
smtpd_sasl_authenticated_header = no
smtpd_sender_login_maps = texthash:$pf/sender_login

# Port-25-like defaults.
smtpd_client_restrictions =
smtpd_helo_restrictions =
smtpd_sender_restrictions =
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =

# Used from master.cf.
testbed_submission_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
testbed_popauth_relay_restrictions = check_client_access texthash:$dir/popauth/clients, reject_unauth_destination
EOF

    cat >"$pf/master.cf" <<EOF
# Private Postfix for the Outbox Doctor test bed (generated). chroot off everywhere.
# service               type  private unpriv  chroot  wakeup  maxproc command + args
# SMTP_PORT: port-25-like relay, STARTTLS optional, AUTH only after STARTTLS.
127.0.0.1:$smtp         inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix-testbed/smtp
# SUBMISSION_PORT: 587-like, STARTTLS mandatory, SASL, no mynetworks.
127.0.0.1:$subm         inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix-testbed/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o mynetworks=
  -o smtpd_relay_restrictions=\$testbed_submission_relay_restrictions
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
# SMTPS_PORT: 465-like implicit TLS.
127.0.0.1:$smtps        inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix-testbed/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o mynetworks=
  -o smtpd_relay_restrictions=\$testbed_submission_relay_restrictions
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
# EXPIRED_PORT: like SMTPS_PORT, but with the expired certificate.
127.0.0.1:$expired      inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix-testbed/expired
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_chain_files=\$testbed_expired_chain_files
  -o smtpd_sasl_auth_enable=yes
  -o mynetworks=
  -o smtpd_relay_restrictions=\$testbed_submission_relay_restrictions
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
# POPAUTH_PORT: POP-before-SMTP relay; max_use=1 so each connection re-reads the map.
127.0.0.1:$popauth      inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix-testbed/popauth
  -o max_use=1
  -o smtpd_sasl_auth_enable=no
  -o mynetworks=
  -o smtpd_relay_restrictions=\$testbed_popauth_relay_restrictions
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
    chmod 644 "$pf/main.cf" "$pf/master.cf" "$pf/vmailbox" "$pf/sender_login"
}

# --------------------------------------------------------------- Exim config

# The same provider as the Postfix side, as an Exim administrator would write
# it. Replies that differ from Postfix on purpose (Exim's own wording):
#   relay refused            550 relay not permitted          (Exim's default configure)
#   unknown local user       550 Unrouteable address          (verify = recipient)
#   wrong password           535 Incorrect authentication data (plaintext/cram_md5 drivers)
#   AUTH without TLS         503 AUTH command used when not advertised
#   someone else's From      553 5.7.1 at MAIL (acl_smtp_mail), not at RCPT
# (Exim splits a long ACL message into several reply lines.)
write_exim_config() {
    local dir=$1 smtp=$2 subm=$3 smtps=$4 nopipe=$5
    local ex=$dir/exim
    mkdir -p "$ex/spool" "$ex/log" "$ex/tls"
    chown root:root "$ex"
    chmod 755 "$ex"
    chown "$EXIM_USER:$EXIM_USER" "$ex/spool" "$ex/log" "$ex/tls"
    chmod 750 "$ex/spool" "$ex/log" "$ex/tls"
    # The connection processes run as Debian-exim: they need their own copy of the key.
    install -m 600 -o "$EXIM_USER" -g "$EXIM_USER" "$dir/pki/server.key" "$ex/tls/server.key"
    install -m 644 -o "$EXIM_USER" -g "$EXIM_USER" "$dir/pki/server.pem" "$ex/tls/server.pem"

    # lsearch files ("key: value", the value taken literally up to the end of
    # the line). Passwords in plain text (a throw-away bed), readable only by
    # root and Debian-exim.
    cat >"$ex/passwd" <<EOF
$USER1: $PASSWORD1
$USER2: $PASSWORD2
EOF
    chown "root:$EXIM_USER" "$ex/passwd"
    chmod 640 "$ex/passwd"
    cat >"$ex/mailboxes" <<EOF
postmaster:
${USER1%@*}:
${USER2%@*}:
EOF
    chmod 644 "$ex/mailboxes"

    cat >"$ex/exim.conf" <<EOF
# Private Exim for the Outbox Doctor test bed (generated).
exim_path = $EXIM_BIN
spool_directory = $ex/spool
log_file_path = $ex/log/%slog
keep_environment =
primary_hostname = $SERVER_NAME
qualify_domain = $LOCAL_DOMAIN
smtp_banner = \$smtp_active_hostname ESMTP Exim \$version_number Outbox Doctor testbed

domainlist local_domains = $LOCAL_DOMAIN
hostlist relay_from_hosts = 127.0.0.1 : $MYNETWORKS_CLIENT_IP

local_interfaces = 127.0.0.1
daemon_smtp_ports = $smtp : $subm : $smtps : $nopipe
# SMTPS port: TLS from the first byte.
tls_on_connect_ports = $smtps

# No DNS, no ident, nothing leaves: accepted messages stay in the private spool.
host_lookup =
rfc1413_hosts =
queue_only = true
smtp_accept_max = 100
smtp_accept_max_per_host = 100

tls_advertise_hosts = *
tls_certificate = $ex/tls/server.pem
tls_privatekey = $ex/tls/server.key

# NOPIPE port: a submission port of a server that does not offer PIPELINING.
pipelining_advertise_hosts = \${if eq{\$received_port}{$nopipe}{}{*}}

acl_smtp_mail = acl_check_mail
acl_smtp_rcpt = acl_check_rcpt

begin acl

acl_check_mail:
  # SUBMISSION and NOPIPE ports: nothing before STARTTLS.
  deny    message = 530 5.7.0 STARTTLS required before MAIL
          condition = \${if or{{eq{\$received_port}{$subm}}{eq{\$received_port}{$nopipe}}}}
         !encrypted = *
  # A logged-in user may only send as his own address.
  deny    message = 553 5.7.1 <\$sender_address>: sender address not allowed for \$authenticated_id
          authenticated = *
          condition = \${if !eqi{\$sender_address}{\$authenticated_id}}
  accept

acl_check_rcpt:
  accept  hosts = :
  require verify = recipient
  accept  authenticated = *
  # Port 25: the provider's own network may relay.
  accept  condition = \${if eq{\$received_port}{$smtp}}
          hosts = +relay_from_hosts
  require message = relay not permitted
          domains = +local_domains
  accept

begin routers

# Routing serves verification only: every accepted address is thrown away.
local_user:
  driver = redirect
  domains = +local_domains
  local_parts = lsearch;$ex/mailboxes
  data = :blackhole:

elsewhere:
  driver = redirect
  domains = ! +local_domains
  data = :blackhole:

begin transports

begin authenticators

# AUTH only inside TLS (implicit or after STARTTLS).
plain:
  driver = plaintext
  public_name = PLAIN
  server_prompts = :
  server_condition = \${if and{{!eq{\$auth3}{}}{eq{\$auth3}{\${lookup{\$auth2}lsearch{$ex/passwd}}}}}}
  server_set_id = \$auth2
  server_advertise_condition = \${if def:tls_in_cipher}

login:
  driver = plaintext
  public_name = LOGIN
  server_prompts = <| Username: | Password:
  server_condition = \${if and{{!eq{\$auth2}{}}{eq{\$auth2}{\${lookup{\$auth1}lsearch{$ex/passwd}}}}}}
  server_set_id = \$auth1
  server_advertise_condition = \${if def:tls_in_cipher}

cram:
  driver = cram_md5
  public_name = CRAM-MD5
  server_secret = \${lookup{\$auth1}lsearch{$ex/passwd}{\$value}fail}
  server_set_id = \$auth1
  server_advertise_condition = \${if def:tls_in_cipher}
EOF
    chmod 644 "$ex/exim.conf"
}

# ------------------------------------------------------------------- main

if [[ ${1:-} == install-exim ]]; then
    (($# == 1)) || usage
    cmd_install_exim
    exit 0
fi
(($# == 2)) || usage
case $1 in
start) cmd_start "$2" ;;
stop) cmd_stop "$2" ;;
status) cmd_status "$2" ;;
popauth-clear) cmd_popauth_clear "$2" ;;
*) usage ;;
esac
