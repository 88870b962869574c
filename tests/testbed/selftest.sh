#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Self test for the Outbox Doctor test bed: starts it in a temp dir, drives
# every scenario (Postfix and Exim) with swaks / openssl / perl, asserts the exact replies,
# stops it and checks that nothing is left behind.
#
#   tests/testbed/selftest.sh            (must run as root)
#   KEEP_TESTBED_DIR=1 selftest.sh       keep the temp dir (logs) afterwards
#
# Needs: swaks with TLS support (libnet-ssleay-perl), openssl, perl, ss.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TB=$HERE/testbed.sh
T0=$SECONDS
PASSED=0
FAILED=0
STEP=0

pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }

# BEDROOT holds the bed directory (created by testbed.sh) and our transcripts.
BEDROOT=$(mktemp -d "${TMPDIR:-/tmp}/obd-selftest.XXXXXX")
DIR=$BEDROOT/bed
LOGS=$BEDROOT/selftest
mkdir -p "$LOGS"
STOPPED=0

cleanup() {
    local rc=$?
    if ((STOPPED == 0)); then
        timeout 30 "$TB" stop "$DIR" >/dev/null 2>&1 || true
    fi
    if [[ -z ${KEEP_TESTBED_DIR:-} && $FAILED -eq 0 && $rc -eq 0 ]]; then
        rm -rf "$BEDROOT"
    else
        echo "test bed dir kept: $BEDROOT"
    fi
}
trap cleanup EXIT

# ---------------------------------------------------------------- helpers

# show_log FILE: print the interesting tail of a transcript after a failure.
show_log() {
    sed -e 's/^/    | /' "$1" | grep -v -e '| <~  250-' -e '| <-  250-' | tail -n 25
}

# expect_swaks NAME RC 'pattern1' ['pattern2' ...] -- swaks-args...
# Runs swaks (15 s max), checks its exit code and that every fixed-string
# pattern occurs in the transcript.
expect_swaks() {
    local name=$1 want_rc=$2
    shift 2
    local patterns=()
    while [[ $1 != -- ]]; do
        patterns+=("$1")
        shift
    done
    shift
    STEP=$((STEP + 1))
    local log
    log=$LOGS/$(printf '%02d' "$STEP")-${name//[^A-Za-z0-9_.-]/_}.log
    local rc=0
    timeout 15 swaks --server 127.0.0.1 --quit-after RCPT --timeout 10 "$@" >"$log" 2>&1 || rc=$?
    local ok=1 p missing=
    if [[ $rc != "$want_rc" ]]; then
        ok=0
        missing+=" [exit code $rc, expected $want_rc]"
    fi
    for p in "${patterns[@]}"; do
        if ! grep -qF -- "$p" "$log"; then
            ok=0
            missing+=" [missing: $p]"
        fi
    done
    if ((ok)); then
        pass "$name"
    else
        fail "$name:$missing"
        show_log "$log"
    fi
}

# smtp_dialog PORT CMD... : plain-text SMTP dialogue via bash /dev/tcp,
# prints "S: ..." / "C: ..." lines. Bounded by read timeouts.
smtp_dialog() {
    local port=$1 line c
    shift
    exec 5<>"/dev/tcp/127.0.0.1/$port"
    IFS= read -r -t 5 line <&5 && echo "S: ${line%$'\r'}"
    for c in "$@"; do
        printf '%s\r\n' "$c" >&5
        echo "C: $c"
        while IFS= read -r -t 5 line <&5; do
            line=${line%$'\r'}
            echo "S: $line"
            [[ ${line:3:1} == - ]] || break
        done
    done
    exec 5>&-
}

# read_greeting PORT: the first line the server sends (5 s max).
read_greeting() {
    local line=
    exec 5<>"/dev/tcp/127.0.0.1/$1"
    IFS= read -r -t 5 line <&5 || true
    printf 'QUIT\r\n' >&5 2>/dev/null || true
    exec 5>&-
    printf '%s\n' "${line%$'\r'}"
}

# expect_text NAME FILE 'pattern'... : every fixed string must occur in FILE.
expect_text() {
    local name=$1 file=$2 p missing=
    shift 2
    for p in "$@"; do
        grep -qF -- "$p" "$file" || missing+=" [missing: $p]"
    done
    if [[ -z $missing ]]; then
        pass "$name"
    else
        fail "$name:$missing"
        show_log "$file"
    fi
}

# reject_text NAME FILE 'pattern'... : none of the strings may occur in FILE.
reject_text() {
    local name=$1 file=$2 p bad=
    shift 2
    for p in "$@"; do
        grep -qF -- "$p" "$file" && bad+=" [unexpected: $p]"
    done
    if [[ -z $bad ]]; then
        pass "$name"
    else
        fail "$name:$bad"
        show_log "$file"
    fi
}

newlog() {
    STEP=$((STEP + 1))
    echo "$LOGS/$(printf '%02d' "$STEP")-$1.log"
}

# listeners: "addr:port" of every TCP socket in LISTEN state (from /proc/net/tcp).
listeners() {
    local laddr st rest a
    while read -r _ laddr _ st rest; do
        [[ $st == 0A ]] || continue
        a=${laddr%%:*}
        echo "$((16#${a:6:2})).$((16#${a:4:2})).$((16#${a:2:2})).$((16#${a:0:2})):$((16#${laddr##*:}))"
    done </proc/net/tcp
}

# family PID: PID, its descendants and every member of its session.
family() {
    local f line pid rest
    for f in /proc/[0-9]*/stat; do
        { read -r line <"$f"; } 2>/dev/null || continue
        pid=${line%% *}
        rest=${line##*) }
        set -- $rest
        echo "$pid $2 $4"
    done | awk -v root="$1" '
        { pid[NR] = $1; ppid[NR] = $2; sid[NR] = $3 }
        END {
            want[root] = 1
            for (i = 1; i <= NR; i++) if (sid[i] == root) want[pid[i]] = 1
            do {
                added = 0
                for (i = 1; i <= NR; i++)
                    if ((ppid[i] in want) && !(pid[i] in want)) { want[pid[i]] = 1; added = 1 }
            } while (added)
            for (p in want) print p
        }'
}

# pop3_login SRC PORT USER PASS: plain POP3 USER/PASS from source address SRC
# (perl, because bash /dev/tcp cannot choose the source address).
pop3_login() {
    timeout 10 perl -MIO::Socket::INET -e '
        my ($src, $port, $user, $pass) = @ARGV;
        my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => $port,
            LocalAddr => $src, Proto => "tcp", Timeout => 5) or die "connect: $!\n";
        sub rd { my $l = <$s>; defined $l or die "unexpected EOF\n"; $l =~ s/\r?\n$//; print "S: $l\n"; $l }
        sub wr { print $s "$_[0]\r\n"; print "C: $_[0]\n" }
        rd() =~ /^\+OK/ or exit 2;
        wr("USER $user"); rd() =~ /^\+OK/ or exit 3;
        wr("PASS $pass"); my $r = rd();
        wr("QUIT"); rd();
        exit($r =~ /^\+OK/ ? 0 : 4);
    ' "$@"
}

# ------------------------------------------------------------- preflight

[[ $(id -u) == 0 ]] || { echo "FAIL: selftest must run as root"; exit 1; }
for tool in swaks openssl perl timeout awk base64; do
    command -v "$tool" >/dev/null || { echo "FAIL: required tool '$tool' missing"; exit 1; }
done
if ! swaks --support 2>&1 | grep -q '=== TLS supported'; then
    echo "FAIL: swaks has no TLS support (apt-get install libnet-ssleay-perl)"
    exit 1
fi

# ------------------------------------------------------------------ start

start_rc=0
timeout 40 "$TB" start "$DIR" >"$LOGS/start.log" 2>&1 || start_rc=$?
if ((start_rc != 0)); then
    fail "testbed start (exit $start_rc)"
    sed 's/^/    | /' "$LOGS/start.log"
    exit 1
fi
pass "testbed start ($((SECONDS - T0)) s)"
# shellcheck disable=SC1091
. "$DIR/env"

missing=
for k in TESTBED_DIR SMTP_PORT SUBMISSION_PORT SMTPS_PORT EXPIRED_PORT POPAUTH_PORT POP3_PORT \
    POP3S_PORT CA_FILE USER PASSWORD USER2 PASSWORD2 LOCAL_DOMAIN FOREIGN_DOMAIN POSTFIX_PID DOVECOT_PID \
    EXIM_SMTP_PORT EXIM_SUBMISSION_PORT EXIM_SMTPS_PORT EXIM_NOPIPE_PORT EXIM_PID EXIM_VERSION EXIM_LOG; do
    [[ -n ${!k:-} ]] || missing+=" $k"
done
[[ -z $missing ]] && pass "env file has all keys" || fail "env file lacks:$missing"

# Nothing may listen on the client addresses, all our ports on 127.0.0.1.
listeners >"$LOGS/listen.txt"
if grep -qE '^127\.0\.0\.[234]:' "$LOGS/listen.txt"; then
    fail "something listens on 127.0.0.2/3/4"
else
    pass "nothing bound on 127.0.0.2/.3/.4"
fi
bad=
for p in $SMTP_PORT $SUBMISSION_PORT $SMTPS_PORT $EXPIRED_PORT $POPAUTH_PORT $POP3_PORT $POP3S_PORT \
    $EXIM_SMTP_PORT $EXIM_SUBMISSION_PORT $EXIM_SMTPS_PORT $EXIM_NOPIPE_PORT; do
    grep -qx "127\.0\.0\.1:$p" "$LOGS/listen.txt" || bad+=" $p"
done
[[ -z $bad ]] && pass "all ports listen on 127.0.0.1" || fail "ports not listening on 127.0.0.1:$bad"

FOREIGN=friend@$FOREIGN_DOMAIN
PM=postmaster@$LOCAL_DOMAIN
TLSV=(--tls-verify --tls-ca-path "$CA_FILE")

# -------------------------------------------------------- certificates

log=$(newlog good-cert)
openssl x509 -in "$DIR/pki/server.pem" -noout -subject -ext subjectAltName -enddate >"$log" 2>&1 || true
if openssl x509 -in "$DIR/pki/server.pem" -noout -checkend 3600 >/dev/null &&
    ! openssl x509 -in "$DIR/pki/server.pem" -noout -checkend $((3 * 86400)) >/dev/null &&
    openssl verify -CAfile "$CA_FILE" "$DIR/pki/server.pem" >>"$log" 2>&1; then
    expect_text "good cert: CN/SANs, valid ~2 days, verifies against CA" "$log" \
        "CN = mail.home.test" "DNS:mail.home.test" "DNS:localhost" "IP Address:127.0.0.1"
else
    fail "good cert validity/verification"
    show_log "$log"
fi

# ------------------------------------------------------- SMTP_PORT (25)

expect_swaks "smtp25: relay from 127.0.0.2 (mynetworks) accepted" 0 \
    "<-  250 2.1.5 Ok" -- \
    -p "$SMTP_PORT" -li 127.0.0.2 -f tester@elsewhere.test -t "$FOREIGN"
expect_swaks "smtp25: relay from 127.0.0.3 denied 554 5.7.1" 24 \
    "<** 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$SMTP_PORT" -li 127.0.0.3 -f tester@elsewhere.test -t "$FOREIGN"
expect_swaks "smtp25: postmaster@home.test from 127.0.0.3 accepted" 0 \
    "<-  250 2.1.5 Ok" -- \
    -p "$SMTP_PORT" -li 127.0.0.3 -f tester@elsewhere.test -t "$PM"
expect_swaks "smtp25: alice/bob@home.test from 127.0.0.3 accepted" 0 \
    "<-  250 2.1.5 Ok" -- \
    -p "$SMTP_PORT" -li 127.0.0.3 -f tester@elsewhere.test -t "$USER,$USER2"
expect_swaks "smtp25: unknown local user 550 5.1.1" 24 \
    "<** 550 5.1.1 <nobody@$LOCAL_DOMAIN>: Recipient address rejected: User unknown in virtual mailbox table" -- \
    -p "$SMTP_PORT" -li 127.0.0.3 -f tester@elsewhere.test -t "nobody@$LOCAL_DOMAIN"
log=$(newlog smtp25-noauth-before-tls)
smtp_dialog "$SMTP_PORT" "EHLO client.test" \
    "AUTH PLAIN $(printf '\0%s\0%s' "$USER" "$PASSWORD" | base64 -w0)" QUIT >"$log" 2>&1 || true
expect_text "smtp25: STARTTLS offered, AUTH refused before TLS (503 5.5.1)" "$log" \
    "S: 250-STARTTLS" "S: 503 5.5.1 Error: authentication not enabled"
reject_text "smtp25: AUTH not advertised before TLS" "$log" "S: 250-AUTH"
expect_swaks "smtp25: STARTTLS (verified) + AUTH PLAIN relays from 127.0.0.3" 0 \
    "=== TLS started" "<~  250-AUTH PLAIN LOGIN CRAM-MD5" "<~  235 2.7.0 Authentication successful" "<~  250 2.1.5 Ok" -- \
    -p "$SMTP_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" -f "$USER" -t "$FOREIGN"

# ---------------------------------------------------- SUBMISSION_PORT (587)

log=$(newlog submission-before-tls)
smtp_dialog "$SUBMISSION_PORT" "EHLO client.test" \
    "AUTH PLAIN $(printf '\0%s\0%s' "$USER" "$PASSWORD" | base64 -w0)" \
    "AUTH LOGIN" "MAIL FROM:<$USER>" QUIT >"$log" 2>&1 || true
expect_text "submission: AUTH/MAIL before STARTTLS -> 530 5.7.0" "$log" \
    "S: 250-STARTTLS" "C: AUTH PLAIN" "S: 530 5.7.0 Must issue a STARTTLS command first"
[[ $(grep -c '^S: 530 5.7.0 Must issue a STARTTLS command first' "$log") == 3 ]] &&
    pass "submission: all three pre-TLS commands got 530" ||
    { fail "submission: expected three 530 replies"; show_log "$log"; }
reject_text "submission: AUTH not advertised before TLS" "$log" "S: 250-AUTH"

for mech in PLAIN LOGIN CRAM-MD5; do
    expect_swaks "submission: STARTTLS + AUTH $mech ($USER) relays" 0 \
        "<~  250-AUTH PLAIN LOGIN CRAM-MD5" "<~  235 2.7.0 Authentication successful" "<~  250 2.1.5 Ok" -- \
        -p "$SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a "$mech" -au "$USER" -ap "$PASSWORD" \
        -f "$USER" -t "$FOREIGN"
done
expect_swaks "submission: AUTH CRAM-MD5 as $USER2 relays" 0 \
    "<~  235 2.7.0 Authentication successful" "<~  250 2.1.5 Ok" -- \
    -p "$SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a CRAM-MD5 -au "$USER2" -ap "$PASSWORD2" \
    -f "$USER2" -t "$FOREIGN"
for mech in PLAIN LOGIN CRAM-MD5; do
    expect_swaks "submission: wrong password ($mech) -> 535 5.7.8" 28 \
        "<~* 535 5.7.8 Error: authentication failed" -- \
        -p "$SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a "$mech" -au "$USER" -ap "wrong-$PASSWORD" \
        -f "$USER" -t "$FOREIGN"
done
expect_swaks "submission: alice as <alice@gmail.test> refused at RCPT (553 5.7.1)" 24 \
    "<~  235 2.7.0 Authentication successful" "<~  250 2.1.0 Ok" \
    "<~* 553 5.7.1 <alice@gmail.test>: Sender address rejected: not owned by user $USER" -- \
    -p "$SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" \
    -f alice@gmail.test -t "$FOREIGN"
expect_swaks "submission: alice as <$USER2> refused at RCPT (553 5.7.1)" 24 \
    "<~  250 2.1.0 Ok" \
    "<~* 553 5.7.1 <$USER2>: Sender address rejected: not owned by user $USER" -- \
    -p "$SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" \
    -f "$USER2" -t "$PM"
expect_swaks "submission: unauthenticated from 127.0.0.2 (no mynetworks) relay denied" 24 \
    "<~  250 2.1.0 Ok" "<~* 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$SUBMISSION_PORT" -li 127.0.0.2 --tls "${TLSV[@]}" -f tester@elsewhere.test -t "$FOREIGN"
expect_swaks "submission: unauthenticated local delivery accepted" 0 \
    "<~  250 2.1.5 Ok" -- \
    -p "$SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -f tester@elsewhere.test -t "$PM"

# -------------------------------------------------------- SMTPS_PORT (465)

expect_swaks "smtps: implicit TLS (verified) + AUTH PLAIN relays" 0 \
    "=== TLS started" "<~  220 " "<~  235 2.7.0 Authentication successful" "<~  250 2.1.5 Ok" -- \
    -p "$SMTPS_PORT" -li 127.0.0.3 --tlsc "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" -f "$USER" -t "$FOREIGN"
expect_swaks "smtps: AUTH LOGIN as $USER2 relays" 0 \
    "<~  235 2.7.0 Authentication successful" "<~  250 2.1.5 Ok" -- \
    -p "$SMTPS_PORT" -li 127.0.0.3 --tlsc "${TLSV[@]}" -a LOGIN -au "$USER2" -ap "$PASSWORD2" -f "$USER2" -t "$FOREIGN"
expect_swaks "smtps: wrong password -> 535 5.7.8" 28 \
    "<~* 535 5.7.8 Error: authentication failed" -- \
    -p "$SMTPS_PORT" -li 127.0.0.3 --tlsc "${TLSV[@]}" -a PLAIN -au "$USER" -ap nope -f "$USER" -t "$FOREIGN"
expect_swaks "smtps: sender mismatch refused at RCPT (553 5.7.1)" 24 \
    "<~* 553 5.7.1 <alice@gmail.test>: Sender address rejected: not owned by user $USER" -- \
    -p "$SMTPS_PORT" -li 127.0.0.3 --tlsc "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" \
    -f alice@gmail.test -t "$FOREIGN"
expect_swaks "smtps: unauthenticated relay denied" 24 \
    "<~* 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$SMTPS_PORT" -li 127.0.0.2 --tlsc "${TLSV[@]}" -f tester@elsewhere.test -t "$FOREIGN"

# ------------------------------------------------------------ EXPIRED_PORT

log=$(newlog expired-s_client)
timeout 10 openssl s_client -connect "127.0.0.1:$EXPIRED_PORT" -servername "$SERVER_NAME" \
    -CAfile "$CA_FILE" -showcerts </dev/null >"$log" 2>&1 || true
openssl x509 -noout -enddate -startdate -subject -issuer <"$log" >"$log.cert" 2>&1 || true
expect_text "expired port: presented cert notAfter is in 2020" "$log.cert" \
    "notAfter=Feb  1 00:00:00 2020 GMT" "subject=O = Outbox Doctor Testbed, CN = mail.home.test" \
    "issuer=O = Outbox Doctor Testbed, CN = Outbox Doctor Testbed CA"
expect_text "expired port: verification fails with 'certificate has expired' (10)" "$log" \
    "Verify return code: 10 (certificate has expired)"
expect_swaks "expired port: swaks --tls-verify refuses the cert" 29 \
    "certificate verify failed" -- \
    -p "$EXPIRED_PORT" -li 127.0.0.3 --tlsc "${TLSV[@]}" -f "$USER" -t "$FOREIGN"
expect_swaks "expired port: without verification AUTH works as on SMTPS" 0 \
    "<~  235 2.7.0 Authentication successful" "<~  250 2.1.5 Ok" -- \
    -p "$EXPIRED_PORT" -li 127.0.0.3 --tlsc -a PLAIN -au "$USER" -ap "$PASSWORD" -f "$USER" -t "$FOREIGN"
log=$(newlog smtps-s_client)
timeout 10 openssl s_client -connect "127.0.0.1:$SMTPS_PORT" -CAfile "$CA_FILE" -verify_return_error \
    -verify_hostname "$SERVER_NAME" </dev/null >"$log" 2>&1 || true
expect_text "smtps port: good cert verifies (hostname mail.home.test)" "$log" "Verify return code: 0 (ok)"
log=$(newlog smtp25-starttls-s_client)
timeout 10 openssl s_client -connect "127.0.0.1:$SMTP_PORT" -starttls smtp -CAfile "$CA_FILE" \
    -verify_return_error -verify_ip 127.0.0.1 </dev/null >"$log" 2>&1 || true
expect_text "smtp25 STARTTLS: good cert verifies (IP 127.0.0.1)" "$log" "Verify return code: 0 (ok)"

# ------------------------------------------------------------------- POP3

log=$(newlog pop3-stls)
printf 'USER %s\r\nPASS %s\r\nQUIT\r\n' "$USER" "$PASSWORD" |
    timeout 10 openssl s_client -quiet -starttls pop3 -connect "127.0.0.1:$POP3_PORT" \
        -CAfile "$CA_FILE" -verify_return_error -verify_hostname "$SERVER_NAME" >"$log" 2>&1 || true
expect_text "pop3: STLS (verified) + USER/PASS login" "$log" "+OK Logged in."
log=$(newlog pop3s)
printf 'USER %s\r\nPASS %s\r\nQUIT\r\n' "$USER2" "$PASSWORD2" |
    timeout 10 openssl s_client -quiet -connect "127.0.0.1:$POP3S_PORT" \
        -CAfile "$CA_FILE" -verify_return_error -verify_hostname "$SERVER_NAME" >"$log" 2>&1 || true
expect_text "pop3s: implicit TLS (verified) + USER/PASS login" "$log" "+OK Logged in."
log=$(newlog pop3-capa)
{ exec 6<>"/dev/tcp/127.0.0.1/$POP3_PORT" && printf 'CAPA\r\nQUIT\r\n' >&6 && timeout 3 cat <&6; } >"$log" 2>&1 || true
expect_text "pop3: CAPA lists STLS and USER" "$log" "STLS" "USER"

# ------------------------------------------------------- POP-before-SMTP

expect_swaks "popauth: relay from 127.0.0.4 denied before POP3 login" 24 \
    "<** 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$POPAUTH_PORT" -li 127.0.0.4 -f "$USER" -t "$FOREIGN"
log=$(newlog popauth-wrong-pop3)
rc=0
pop3_login 127.0.0.4 "$POP3_PORT" "$USER" "wrong-$PASSWORD" >"$log" 2>&1 || rc=$?
[[ $rc == 4 ]] && grep -qF -- "-ERR [AUTH] Authentication failed." "$log" &&
    pass "pop3: wrong password from 127.0.0.4 -> -ERR [AUTH] Authentication failed." ||
    { fail "pop3: wrong password (rc=$rc)"; show_log "$log"; }
expect_swaks "popauth: failed POP3 login does not open relay" 24 \
    "<** 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$POPAUTH_PORT" -li 127.0.0.4 -f "$USER" -t "$FOREIGN"
log=$(newlog popauth-pop3-login)
rc=0
pop3_login 127.0.0.4 "$POP3_PORT" "$USER" "$PASSWORD" >"$log" 2>&1 || rc=$?
[[ $rc == 0 ]] && pass "pop3: plain USER/PASS login from 127.0.0.4" ||
    { fail "pop3: login from 127.0.0.4 (rc=$rc)"; show_log "$log"; }
expect_swaks "popauth: relay from 127.0.0.4 accepted right after POP3 login" 0 \
    "<-  250 2.1.5 Ok" -- \
    -p "$POPAUTH_PORT" -li 127.0.0.4 -f "$USER" -t "$FOREIGN"
expect_swaks "popauth: other client 127.0.0.3 still denied" 24 \
    "<** 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$POPAUTH_PORT" -li 127.0.0.3 -f "$USER" -t "$FOREIGN"
expect_swaks "popauth: mynetworks client 127.0.0.2 gets no free pass" 24 \
    "<** 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$POPAUTH_PORT" -li 127.0.0.2 -f "$USER" -t "$FOREIGN"
rc=0
"$TB" popauth-clear "$DIR" >/dev/null 2>&1 || rc=$?
[[ $rc == 0 ]] && pass "popauth-clear" || fail "popauth-clear (exit $rc)"
expect_swaks "popauth: relay from 127.0.0.4 denied again after popauth-clear" 24 \
    "<** 554 5.7.1 <$FOREIGN>: Relay access denied" -- \
    -p "$POPAUTH_PORT" -li 127.0.0.4 -f "$USER" -t "$FOREIGN"

# ------------------------------------------------------------------- Exim

# The same provider on Exim: each scenario with Exim's own replies.
log=$(newlog exim-greeting)
echo "S: $(read_greeting "$EXIM_SMTP_PORT")" >"$log"
expect_text "exim: greeting" "$log" \
    "S: 220 mail.home.test ESMTP Exim $EXIM_VERSION Outbox Doctor testbed"
expect_swaks "exim smtp25: relay from 127.0.0.2 accepted" 0 \
    "<-  250 Accepted" -- \
    -p "$EXIM_SMTP_PORT" -li 127.0.0.2 -f tester@elsewhere.test -t "$FOREIGN"
expect_swaks "exim smtp25: relay from 127.0.0.3 refused (550 relay not permitted)" 24 \
    "<** 550 relay not permitted" -- \
    -p "$EXIM_SMTP_PORT" -li 127.0.0.3 -f tester@elsewhere.test -t "$FOREIGN"
expect_swaks "exim smtp25: local users from 127.0.0.3 accepted" 0 \
    "<-  250 Accepted" -- \
    -p "$EXIM_SMTP_PORT" -li 127.0.0.3 -f tester@elsewhere.test -t "$PM,$USER,$USER2"
expect_swaks "exim smtp25: unknown local user (550 Unrouteable address)" 24 \
    "<** 550 Unrouteable address" -- \
    -p "$EXIM_SMTP_PORT" -li 127.0.0.3 -f tester@elsewhere.test -t "nobody@$LOCAL_DOMAIN"
log=$(newlog exim-smtp25-noauth-before-tls)
smtp_dialog "$EXIM_SMTP_PORT" "EHLO client.test" \
    "AUTH PLAIN $(printf '\0%s\0%s' "$USER" "$PASSWORD" | base64 -w0)" QUIT >"$log" 2>&1 || true
expect_text "exim smtp25: STARTTLS and PIPELINING offered, AUTH refused before TLS (503)" "$log" \
    "S: 250-STARTTLS" "S: 250-PIPELINING" "S: 503 AUTH command used when not advertised"
reject_text "exim smtp25: AUTH not advertised before TLS" "$log" "S: 250-AUTH"
log=$(newlog exim-submission-before-tls)
smtp_dialog "$EXIM_SUBMISSION_PORT" "EHLO client.test" "MAIL FROM:<$USER>" QUIT >"$log" 2>&1 || true
expect_text "exim submission: MAIL before STARTTLS -> 530 5.7.0" "$log" \
    "S: 250-STARTTLS" "S: 530 5.7.0 STARTTLS required before MAIL"
for mech in PLAIN LOGIN CRAM-MD5; do
    expect_swaks "exim submission: STARTTLS (verified) + AUTH $mech relays" 0 \
        "=== TLS started" "<~  250-AUTH PLAIN LOGIN CRAM-MD5" "<~  235 Authentication succeeded" "<~  250 Accepted" -- \
        -p "$EXIM_SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a "$mech" -au "$USER" -ap "$PASSWORD" \
        -f "$USER" -t "$FOREIGN"
done
for mech in PLAIN LOGIN CRAM-MD5; do
    expect_swaks "exim submission: wrong password ($mech) -> 535" 28 \
        "<~* 535 Incorrect authentication data" -- \
        -p "$EXIM_SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a "$mech" -au "$USER" -ap "wrong-$PASSWORD" \
        -f "$USER" -t "$FOREIGN"
done
expect_swaks "exim submission: alice as <$USER2> refused at MAIL (553 5.7.1)" 23 \
    "<~  235 Authentication succeeded" \
    "<~* 553 5.7.1 <$USER2>: sender address not allowed for $USER" -- \
    -p "$EXIM_SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" \
    -f "$USER2" -t "$FOREIGN"
expect_swaks "exim submission: unauthenticated from 127.0.0.2 relay refused" 24 \
    "<~  250 OK" "<~* 550 relay not permitted" -- \
    -p "$EXIM_SUBMISSION_PORT" -li 127.0.0.2 --tls "${TLSV[@]}" -f tester@elsewhere.test -t "$FOREIGN"
expect_swaks "exim submission: unknown local user refused also when logged in" 24 \
    "<~  235 Authentication succeeded" "<~* 550 Unrouteable address" -- \
    -p "$EXIM_SUBMISSION_PORT" -li 127.0.0.3 --tls "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" \
    -f "$USER" -t "nobody@$LOCAL_DOMAIN"
expect_swaks "exim smtps: implicit TLS (verified) + AUTH LOGIN as $USER2 relays" 0 \
    "=== TLS started" "<~  220 " "<~  235 Authentication succeeded" "<~  250 Accepted" -- \
    -p "$EXIM_SMTPS_PORT" -li 127.0.0.3 --tlsc "${TLSV[@]}" -a LOGIN -au "$USER2" -ap "$PASSWORD2" -f "$USER2" -t "$FOREIGN"
expect_swaks "exim smtps: wrong password -> 535" 28 \
    "<~* 535 Incorrect authentication data" -- \
    -p "$EXIM_SMTPS_PORT" -li 127.0.0.3 --tlsc "${TLSV[@]}" -a PLAIN -au "$USER" -ap nope -f "$USER" -t "$FOREIGN"
log=$(newlog exim-nopipe-ehlo)
timeout 15 swaks --server 127.0.0.1 -p "$EXIM_NOPIPE_PORT" --tls "${TLSV[@]}" -a PLAIN -au "$USER" -ap "$PASSWORD" \
    -f "$USER" -t "$FOREIGN" --quit-after RCPT --timeout 10 >"$log" 2>&1 || true
expect_text "exim nopipe: STARTTLS + AUTH relays" "$log" "<~  235 Authentication succeeded" "<~  250 Accepted"
reject_text "exim nopipe: PIPELINING not offered" "$log" "PIPELINING"
log=$(newlog exim-smtps-s_client)
timeout 10 openssl s_client -connect "127.0.0.1:$EXIM_SMTPS_PORT" -CAfile "$CA_FILE" -verify_return_error \
    -verify_hostname "$SERVER_NAME" </dev/null >"$log" 2>&1 || true
expect_text "exim smtps: the bed's certificate verifies" "$log" "Verify return code: 0 (ok)"

# ------------------------------------------------------------------- stop

# Collect every process of the bed before stopping it.
bed_pids=$( { family "$POSTFIX_PID"; family "$DOVECOT_PID"; family "$EXIM_PID"; } | sort -un | tr '\n' ' ')
t_stop=$SECONDS
rc=0
timeout 30 "$TB" stop "$DIR" >"$LOGS/stop.log" 2>&1 || rc=$?
STOPPED=1
[[ $rc == 0 ]] && pass "testbed stop ($((SECONDS - t_stop)) s)" || { fail "testbed stop (exit $rc)"; show_log "$LOGS/stop.log"; }
left=
for p in $bed_pids; do
    st=$(awk '{ sub(/.*\) /, ""); print $1 }' "/proc/$p/stat" 2>/dev/null || true)
    # a zombie (Z) is dead; it merely waits for the init process to reap it
    [[ -n $st && $st != Z ]] && left+=" $p($st)"
done
[[ -z $left ]] && pass "no test bed process left (checked:$bed_pids)" || fail "processes left:$left"
listening=
for p in $SMTP_PORT $SUBMISSION_PORT $SMTPS_PORT $EXPIRED_PORT $POPAUTH_PORT $POP3_PORT $POP3S_PORT $AUTH_PORT \
    $EXIM_SMTP_PORT $EXIM_SUBMISSION_PORT $EXIM_SMTPS_PORT $EXIM_NOPIPE_PORT; do
    listeners | grep -q ":$p\$" && listening+=" $p"
done
[[ -z $listening ]] && pass "all ports closed" || fail "still listening:$listening"
rc=0
timeout 15 "$TB" stop "$DIR" >/dev/null 2>&1 || rc=$?
[[ $rc == 0 ]] && pass "second stop is a no-op" || fail "second stop (exit $rc)"

echo "----"
echo "selftest: $PASSED passed, $FAILED failed, $((SECONDS - T0)) s"
((FAILED == 0))
