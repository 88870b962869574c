// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpprobe.h"

#include "core/networkerrors.h"
#include "smtp/pop3login.h"
#include "smtp/smtpsession.h"

#include <QHostInfo>
#include <QNetworkInterface>

namespace od {

namespace {
// A sentence of this file kept as a phrase: the context is the one its tr() had, so the
// existing translations stay valid.
Phrase phraseSmtpProbe(const char *source, QStringList args = {}, int n = -1)
{
    return Phrase("od::SmtpProbe", source, std::move(args), n);
}
} // namespace

namespace {
constexpr int kLookupTimeoutMs = 10000;

bool hasLineBreakOrControl(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool plausibleAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char('<'))
        && !address.contains(QLatin1Char('>')) && !address.contains(QLatin1Char(' '))
        && address.size() <= 254;
}
} // namespace

SmtpProbe::SmtpProbe(QObject *parent)
    : QObject(parent)
{
    m_lookupTimer.setSingleShot(true);
}

SmtpProbe::~SmtpProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_pop3LookupId >= 0)
        QHostInfo::abortHostLookup(m_pop3LookupId);
}

Phrase SmtpProbe::validate(const ProbeSettings &s)
{
    const QString host = s.host.trimmed();
    if (host.isEmpty())
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "Enter the name of the outgoing (SMTP) server."));
    if (hasLineBreakOrControl(s.host) || host.contains(QLatin1Char(' ')) || host.size() > 253)
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The server name \"%1\" is not valid."), {s.host.left(80)});
    for (const QString *field : {&s.from, &s.user, &s.heloName, &s.pop3.host, &s.pop3.user, &s.authMechanism}) {
        if (hasLineBreakOrControl(*field))
            return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "A setting contains a line break or control character; remove it and try again."));
    }
    // A NUL separates the fields of AUTH PLAIN (RFC 4616): inside the password it would make the
    // login ambiguous. A line break would end the command early.
    if (s.password.contains(QChar(0)) || s.oauthToken.contains(QChar(0)))
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The password contains a NUL character, which cannot be sent in a login; check how it was entered."));
    if (s.password.contains(QLatin1Char('\n')) || s.password.contains(QLatin1Char('\r'))
        || s.oauthToken.contains(QLatin1Char('\n')) || s.oauthToken.contains(QLatin1Char('\r')))
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The password contains a line break; remove it and try again."));
    if (s.messageSubject.contains(QLatin1Char('\n')) || s.messageSubject.contains(QLatin1Char('\r'))
        || s.messageSubject.contains(QChar(0)))
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The test message's subject contains a line break; remove it and try again."));
    if (!s.from.isEmpty() && !plausibleAddress(s.from))
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The sender address \"%1\" is not a valid e-mail address."), {s.from.left(80)});
    for (const QString &to : s.foreignRecipients) {
        if (hasLineBreakOrControl(to) || !plausibleAddress(to))
            return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The recipient address \"%1\" is not a valid e-mail address."), {to.left(80)});
    }
    for (const Endpoint &e : s.endpoints) {
        if (e.port == 0)
            return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "Port 0 cannot be tested."));
    }
    if (!s.authMechanism.isEmpty()) {
        static const QStringList known = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                          QStringLiteral("CRAM-MD5"), QStringLiteral("XOAUTH2")};
        if (!known.contains(s.authMechanism.toUpper()))
            return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "Unknown login method \"%1\"."), {s.authMechanism});
    }
    if (!s.sourceAddress.isNull() && !s.sourceAddress.isLoopback()
        && !QNetworkInterface::allAddresses().contains(s.sourceAddress))
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The address %1 does not belong to this computer, so the test cannot be sent from it."), {s.sourceAddress.toString()});
    if (s.connectTimeoutMs <= 0 || s.greetingTimeoutMs <= 0 || s.replyTimeoutMs <= 0 || s.attemptTimeoutMs <= 0)
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "Timeouts must be positive."));
    return {};
}

void SmtpProbe::start(const ProbeSettings &settings)
{
    if (m_running)
        return;
    ++m_generation;
    m_settings = settings;
    m_settings.host = settings.host.trimmed();
    if (m_settings.endpoints.isEmpty())
        m_settings.endpoints = defaultEndpoints();
    m_result = ProbeResult{};
    m_result.settings = m_settings;
    m_result.settings.password.clear();
    m_result.settings.oauthToken.clear();
    m_result.started = QDateTime::currentDateTime();
    m_verdictSent = false;
    m_running = true;
    m_slots.clear();
    m_loginQueue.clear();
    m_loginHolder = -1;
    m_credentialsRefused = false;
    m_smtpResolved = false;
    m_clock.start();
    emit attemptsPlanned(m_settings.endpoints);
    const Phrase problem = validate(m_settings);
    if (!problem.isEmpty()) {
        m_result.inputError = problem;
        QTimer::singleShot(0, this, [this, gen = m_generation] {
            if (gen == m_generation)
                finish();
        });
        return;
    }
    // The POP3 login (POP-before-SMTP) and the SMTP server's name lookup run side by side; the
    // SMTP sessions start when both are done.
    m_pop3Pending = !m_settings.pop3.host.isEmpty();
    if (m_pop3Pending)
        lookup(m_settings.pop3.host, true);
    lookup(m_settings.host, false);
}

void SmtpProbe::lookup(const QString &host, bool forPop3)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        QTimer::singleShot(0, this, [this, literal, forPop3, gen = m_generation] {
            if (gen == m_generation)
                onResolved({literal}, std::nullopt, forPop3);
        });
        return;
    }
    QTimer &timer = forPop3 ? m_pop3LookupTimer : m_lookupTimer;
    int &id = forPop3 ? m_pop3LookupId : m_lookupId;
    timer.disconnect();
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, this, [this, forPop3, &id] {
        if (id >= 0)
            QHostInfo::abortHostLookup(id);
        id = -1;
        onResolved({}, QAbstractSocket::SocketTimeoutError, forPop3);
    });
    timer.start(kLookupTimeoutMs);
    id = QHostInfo::lookupHost(host, this, [this, forPop3, &timer, &id, gen = m_generation](const QHostInfo &info) {
        if (gen != m_generation)
            return;
        timer.stop();
        id = -1;
        // The resolver's own wording depends on the language: only what kind of failure it was is kept.
        std::optional<QAbstractSocket::SocketError> error;
        if (info.error() == QHostInfo::HostNotFound)
            error = QAbstractSocket::HostNotFoundError;
        else if (info.error() != QHostInfo::NoError)
            error = QAbstractSocket::UnknownSocketError;
        if (error)
            qCInfo(lcSmtp) << "lookup of" << info.hostName() << "failed:" << info.errorString();
        onResolved(info.addresses(), error, forPop3);
    });
}

// RFC 8305 4: IPv6 first, then the families alternate; only the source address's family when
// one is set.
QList<QHostAddress> SmtpProbe::orderedAddresses(const QList<QHostAddress> &addresses) const
{
    QList<QHostAddress> v6;
    QList<QHostAddress> v4;
    for (const QHostAddress &a : addresses) {
        if (!m_settings.sourceAddress.isNull() && a.protocol() != m_settings.sourceAddress.protocol())
            continue;
        if (v6.contains(a) || v4.contains(a))
            continue;
        (a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4).append(a);
    }
    QList<QHostAddress> out;
    for (qsizetype i = 0; i < std::max(v6.size(), v4.size()); ++i) {
        if (i < v6.size())
            out.append(v6.at(i));
        if (i < v4.size())
            out.append(v4.at(i));
    }
    return out;
}

// Why a lookup failed, worded when shown.
Phrase SmtpProbe::lookupErrorPhrase(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return socketErrorPhrase(error);
    case QAbstractSocket::SocketTimeoutError:
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "Looking up the name took too long."));
    default:
        return phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The name could not be looked up: the name servers did not answer, or there is no network."));
    }
}

void SmtpProbe::onResolved(const QList<QHostAddress> &addresses, std::optional<QAbstractSocket::SocketError> error,
                           bool forPop3)
{
    if (!m_running)
        return;
    const QList<QHostAddress> usable = orderedAddresses(addresses);
    if (forPop3) {
        if (usable.isEmpty()) {
            m_result.pop3.attempted = true;
            m_result.pop3.host = m_settings.pop3.host;
            m_result.pop3.failure = Failure::ResolveFailed;
            m_result.pop3.socketError = error;
            m_result.pop3.failureDetail = error ? lookupErrorPhrase(*error)
                                                : phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The name has no usable address."));
            m_pop3Pending = false;
            maybeStartSessions();
            return;
        }
        startPop3(usable.first());
        return;
    }
    m_result.addresses = addresses;
    if (usable.isEmpty()) {
        m_result.resolveSocketError = error;
        m_result.resolveError = error ? lookupErrorPhrase(*error)
                                      : phraseSmtpProbe(QT_TRANSLATE_NOOP("od::SmtpProbe", "The name %1 has no address that can be reached from here."), {m_settings.host});
        if (m_pop3) {
            m_pop3->disconnect(this);
            m_pop3->abort();
            m_result.pop3 = m_pop3->result();
            m_pop3->deleteLater();
        }
        finish();
        return;
    }
    m_smtpResolved = true;
    maybeStartSessions();
}

void SmtpProbe::startPop3(const QHostAddress &address)
{
    m_pop3 = new Pop3Login(m_settings, address, m_clock, m_trust, this);
    connect(m_pop3, &Pop3Login::transcriptLine, this, [this](const TranscriptLine &line) {
        emit transcriptLine(-1, line);
    });
    connect(m_pop3, &Pop3Login::finished, this, [this] {
        m_result.pop3 = m_pop3->result();
        StepRecord record{Step::Pop3, m_result.pop3.ok, {}, m_clock.elapsed(), m_result.pop3.serverText};
        emit stepFinished(-1, record);
        m_pop3->deleteLater();
        m_pop3Pending = false;
        maybeStartSessions();
    });
    emit stepStarted(-1, Step::Pop3);
    m_pop3->start();
}

void SmtpProbe::maybeStartSessions()
{
    if (m_running && m_smtpResolved && !m_pop3Pending && m_slots.isEmpty())
        startSessions();
}

void SmtpProbe::startSessions()
{
    const QList<QHostAddress> addresses = orderedAddresses(m_result.addresses);
    for (int i = 0; i < m_settings.endpoints.size(); ++i) {
        auto *session = new SmtpSession(m_settings, addresses, m_settings.endpoints.at(i), m_clock, m_trust, this);
        session->setLoginGated(true);
        m_slots.append(Slot{session, nullptr, false, false});
        m_result.attempts.append(session->attempt());
        connect(session, &SmtpSession::stepStarted, this, [this, i](Step step) { emit stepStarted(i, step); });
        connect(session, &SmtpSession::stepFinished, this, [this, i](const StepRecord &r) { emit stepFinished(i, r); });
        connect(session, &SmtpSession::transcriptLine, this,
                [this, i](const TranscriptLine &l) { emit transcriptLine(i, l); });
        connect(session, &SmtpSession::greetingOverdue, this, [this, i] { startCheck(i, Security::Tls); });
        connect(session, &SmtpSession::loginReady, this, [this, i] { onLoginReady(i); });
        connect(session, &SmtpSession::loginFinished, this,
                [this, i](bool accepted, bool retry) { onLoginFinished(i, accepted, retry); });
        connect(session, &SmtpSession::finished, this, [this, i] { onSessionFinished(i); });
    }
    // Started only after every session exists: a session may finish synchronously.
    for (int i = 0; i < m_slots.size(); ++i) {
        if (SmtpSession *s = m_slots.at(i).session)
            s->start();
    }
}

// A second connection with the other security, to prove which one the port speaks: SSL/TLS
// when the port stays silent, plain SMTP (STARTTLS when offered) when the handshake failed.
void SmtpProbe::startCheck(int index, Security security)
{
    Slot &slot = m_slots[index];
    if (slot.check || slot.checkDone)
        return;
    ProbeSettings settings = m_settings;
    settings.securityCheckAfterMs = 0;
    settings.user.clear();
    settings.password.clear();
    settings.oauthToken.clear();
    const Endpoint endpoint{m_settings.endpoints.at(index).port, security};
    auto *check = new SmtpSession(settings, orderedAddresses(m_result.addresses), endpoint, m_clock, m_trust, this);
    check->setPurpose(SmtpSession::Purpose::SecurityCheck);
    slot.check = check;
    connect(check, &SmtpSession::finished, this, [this, index] { onCheckFinished(index); });
    check->start();
}

void SmtpProbe::onSessionFinished(int index)
{
    Slot &slot = m_slots[index];
    SmtpSession *session = slot.session;
    if (!session || slot.sessionDone)
        return;
    slot.sessionDone = true;
    Attempt attempt = session->attempt();
    attempt.securityCheck = m_result.attempts.at(index).securityCheck;
    m_result.attempts[index] = attempt;
    // An SSL/TLS handshake that failed before any greeting: does the port speak plain SMTP?
    const bool handshakeFailed = attempt.security == Security::Tls && attempt.failure == Failure::TlsHandshakeFailed
        && !attempt.tls.established && !attempt.lastStep(Step::Banner);
    if (handshakeFailed && !slot.check && !slot.checkDone && m_settings.securityCheckAfterMs > 0)
        startCheck(index, Security::Auto);
    // A greeting came after all: the check has nothing left to prove.
    if (slot.check && attempt.lastStep(Step::Banner) && attempt.failure != Failure::WrongSecurity) {
        SmtpSession *check = slot.check;
        slot.check = nullptr;
        slot.checkDone = true;
        check->disconnect(this);
        check->abort();
        check->deleteLater();
    }
    // The port stayed silent for the whole greeting time, and the SSL/TLS check started at the first
    // silence has had nearly as long without proving anything: waiting out its own time-outs would
    // only double the wait for a verdict that cannot change.
    if (slot.check && attempt.failure == Failure::GreetingTimeout) {
        SmtpSession *check = slot.check;
        slot.check = nullptr;
        slot.checkDone = true;
        SecurityCheck &result = m_result.attempts[index].securityCheck;
        result.attempted = true; // tried, and silent with the other security too
        result.works = false;
        result.security = check->attempt().security;
        result.ms = m_clock.elapsed();
        check->disconnect(this);
        check->abort();
        check->deleteLater();
    }
    if (slot.check)
        return; // waits for the check's answer
    completeSlot(index);
}

void SmtpProbe::onCheckFinished(int index)
{
    Slot &slot = m_slots[index];
    SmtpSession *check = slot.check;
    if (!check)
        return;
    slot.check = nullptr;
    slot.checkDone = true;
    const Attempt &c = check->attempt();
    SecurityCheck &result = m_result.attempts[index].securityCheck;
    result.attempted = true;
    result.greeting = c.greeting;
    result.ms = m_clock.elapsed();
    const StepRecord *banner = c.lastStep(Step::Banner);
    result.works = banner && banner->ok && (c.security != Security::Tls || c.tls.established);
    if (c.security == Security::Tls)
        result.security = Security::Tls;
    else
        result.security = c.capabilities.startTls ? Security::StartTls : Security::None;
    check->deleteLater();
    if (!slot.sessionDone) {
        if (result.works && slot.session)
            slot.session->stopForWrongSecurity(result.security); // finishes it: onSessionFinished
        return;
    }
    // Keep what the check found beside the finished session's record.
    completeSlot(index);
}

void SmtpProbe::completeSlot(int index)
{
    Slot &slot = m_slots[index];
    if (!slot.session)
        return;
    m_result.attempts[index].endedAfterDecision = m_verdictSent;
    slot.session->deleteLater();
    slot.session = nullptr;
    // A receiver may abort (or restart) the probe: then there is nothing left to decide.
    const quint64 generation = m_generation;
    emit attemptFinished(index, m_result.attempts.at(index));
    if (generation != m_generation || !m_running)
        return;
    if (m_loginHolder == index) {
        m_loginHolder = -1;
        grantLogin();
    }
    m_loginQueue.removeAll(index);
    const bool allDone = std::all_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &s) { return !s.session; });
    if (allDone) {
        decide(true);
        return;
    }
    if (decisive()) {
        decide(false);
        if (!m_settings.waitForAllAttempts)
            cutShortRemaining();
    }
}

void SmtpProbe::onLoginReady(int index)
{
    if (!m_loginQueue.contains(index))
        m_loginQueue.append(index);
    grantLogin();
}

void SmtpProbe::onLoginFinished(int index, bool accepted, bool retryElsewhere)
{
    if (m_loginHolder != index)
        return;
    m_loginHolder = -1;
    if (!accepted && !retryElsewhere)
        m_credentialsRefused = true;
    grantLogin();
}

// One login at a time, first come first served (the port that got there first is the one that
// works best); after a refusal of the credentials no other port tries them.
void SmtpProbe::grantLogin()
{
    if (m_loginHolder >= 0 || m_loginQueue.isEmpty())
        return;
    const int next = m_loginQueue.takeFirst();
    SmtpSession *session = m_slots.value(next).session;
    if (!session) {
        grantLogin();
        return;
    }
    if (m_credentialsRefused) {
        session->continueLogin(false);
        grantLogin();
        return;
    }
    m_loginHolder = next;
    session->continueLogin(true);
}

// Nothing still running can change the verdict: an accepted attempt, or a finished conversation
// beside attempts that have not even connected (a port that drops connection attempts stays
// silent for seconds, and a port that never connected cannot tell more than a server's words).
bool SmtpProbe::decisive() const
{
    bool conversation = false;
    for (int i = 0; i < m_slots.size(); ++i) {
        const Slot &slot = m_slots.at(i);
        const Attempt &a = m_result.attempts.at(i);
        if (!slot.session) {
            if (a.accepted())
                return true;
            if (a.lastStep(Step::Banner) || a.securityCheck.works)
                conversation = true;
        }
    }
    if (!conversation)
        return false;
    for (const Slot &slot : m_slots) {
        if (slot.session && (slot.session->isConnected() || slot.check))
            return false;
    }
    return true;
}

void SmtpProbe::cutShortRemaining()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        if (slot.check) {
            slot.check->disconnect(this);
            slot.check->abort();
            slot.check->deleteLater();
            slot.check = nullptr;
            slot.checkDone = true;
        }
        if (slot.session) {
            SmtpSession *session = slot.session;
            session->cutShort(); // emits finished: onSessionFinished -> completeSlot
        }
    }
}

void SmtpProbe::decide(bool final)
{
    if (!m_verdictSent) {
        m_result.verdictMs = m_clock.elapsed();
        m_verdictSent = true;
        emit verdictReady(m_result);
    }
    if (final)
        finish();
}

void SmtpProbe::abort()
{
    if (!m_running)
        return;
    m_result.aborted = true;
    for (int *id : {&m_lookupId, &m_pop3LookupId}) {
        if (*id >= 0) {
            QHostInfo::abortHostLookup(*id);
            *id = -1;
        }
    }
    m_lookupTimer.stop();
    m_pop3LookupTimer.stop();
    if (m_pop3) {
        m_pop3->disconnect(this);
        m_pop3->abort();
        m_result.pop3 = m_pop3->result();
        m_pop3->deleteLater();
    }
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        if (slot.check) {
            slot.check->disconnect(this);
            slot.check->abort();
            slot.check->deleteLater();
            slot.check = nullptr;
        }
        if (SmtpSession *s = slot.session) {
            s->disconnect(this);
            s->abort();
            const SecurityCheck check = m_result.attempts.at(i).securityCheck;
            m_result.attempts[i] = s->attempt();
            m_result.attempts[i].securityCheck = check;
            m_result.attempts[i].endedAfterDecision = m_verdictSent;
            s->deleteLater();
            slot.session = nullptr;
        }
    }
    finish();
}

void SmtpProbe::finish()
{
    if (!m_running)
        return;
    ++m_generation;
    if (!m_verdictSent) {
        m_result.verdictMs = m_clock.elapsed();
        m_verdictSent = true;
        if (!m_result.aborted)
            emit verdictReady(m_result);
    }
    m_result.totalMs = m_clock.elapsed();
    m_running = false;
    emit finished(m_result);
}

} // namespace od
