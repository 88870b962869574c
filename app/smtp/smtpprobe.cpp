#include "smtpprobe.h"

#include "diagnosis/probediagnosis.h"
#include "smtp/pop3login.h"
#include "smtp/smtpsession.h"

#include <QHostInfo>
#include <QNetworkInterface>

namespace od {

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
}

QString SmtpProbe::validate(const ProbeSettings &s)
{
    const QString host = s.host.trimmed();
    if (host.isEmpty())
        return tr("Enter the name of the outgoing (SMTP) server.");
    if (hasLineBreakOrControl(s.host) || host.contains(QLatin1Char(' ')) || host.size() > 253)
        return tr("The server name \"%1\" is not valid.").arg(s.host.left(80));
    for (const QString *field : {&s.from, &s.user, &s.heloName, &s.pop3.host, &s.pop3.user, &s.authMechanism}) {
        if (hasLineBreakOrControl(*field))
            return tr("A setting contains a line break or control character; remove it and try again.");
    }
    if (hasLineBreakOrControl(s.password) && s.password.contains(QLatin1Char('\n')))
        return tr("The password contains a line break; remove it and try again.");
    if (!s.from.isEmpty() && !plausibleAddress(s.from))
        return tr("The sender address \"%1\" is not a valid e-mail address.").arg(s.from.left(80));
    for (const QString &to : s.foreignRecipients) {
        if (hasLineBreakOrControl(to) || !plausibleAddress(to))
            return tr("The recipient address \"%1\" is not a valid e-mail address.").arg(to.left(80));
    }
    for (const Endpoint &e : s.endpoints) {
        if (e.port == 0)
            return tr("Port 0 cannot be tested.");
    }
    if (!s.authMechanism.isEmpty()) {
        static const QStringList known = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                          QStringLiteral("CRAM-MD5"), QStringLiteral("XOAUTH2")};
        if (!known.contains(s.authMechanism.toUpper()))
            return tr("Unknown login method \"%1\".").arg(s.authMechanism);
    }
    if (!s.sourceAddress.isNull() && !s.sourceAddress.isLoopback()
        && !QNetworkInterface::allAddresses().contains(s.sourceAddress))
        return tr("The address %1 does not belong to this computer, so the test cannot be sent from it.")
            .arg(s.sourceAddress.toString());
    if (s.connectTimeoutMs <= 0 || s.greetingTimeoutMs <= 0 || s.replyTimeoutMs <= 0 || s.attemptTimeoutMs <= 0)
        return tr("Timeouts must be positive.");
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
    m_clock.start();
    emit attemptsPlanned(m_settings.endpoints);
    const QString problem = validate(m_settings);
    if (!problem.isEmpty()) {
        m_result.inputError = problem;
        QTimer::singleShot(0, this, [this, gen = m_generation] {
            if (gen == m_generation)
                finish();
        });
        return;
    }
    lookup(m_settings.pop3.host.isEmpty() ? m_settings.host : m_settings.pop3.host,
           !m_settings.pop3.host.isEmpty());
}

void SmtpProbe::lookup(const QString &host, bool forPop3)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        QTimer::singleShot(0, this, [this, literal, forPop3, gen = m_generation] {
            if (gen == m_generation)
                onResolved({literal}, QString(), forPop3);
        });
        return;
    }
    m_lookupTimer.disconnect();
    connect(&m_lookupTimer, &QTimer::timeout, this, [this, forPop3] {
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        onResolved({}, tr("Looking up the name took too long."), forPop3);
    });
    m_lookupTimer.start(kLookupTimeoutMs);
    m_lookupId = QHostInfo::lookupHost(host, this, [this, forPop3, gen = m_generation](const QHostInfo &info) {
        if (gen != m_generation)
            return;
        m_lookupTimer.stop();
        m_lookupId = -1;
        onResolved(info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString(), forPop3);
    });
}

QHostAddress SmtpProbe::pickAddress(const QList<QHostAddress> &addresses) const
{
    if (!m_settings.sourceAddress.isNull()) {
        for (const QHostAddress &a : addresses) {
            if (a.protocol() == m_settings.sourceAddress.protocol())
                return a;
        }
        return {};
    }
    return addresses.value(0);
}

void SmtpProbe::onResolved(const QList<QHostAddress> &addresses, const QString &error, bool forPop3)
{
    if (!m_running)
        return;
    const QHostAddress address = pickAddress(addresses);
    if (forPop3) {
        if (address.isNull()) {
            m_result.pop3.attempted = true;
            m_result.pop3.host = m_settings.pop3.host;
            m_result.pop3.failure = Failure::ResolveFailed;
            m_result.pop3.failureDetail = error.isEmpty() ? tr("The name has no usable address.") : error;
            m_result.pop3.cause = Cause::HostNotFound;
            lookup(m_settings.host, false);
            return;
        }
        startPop3(address);
        return;
    }
    m_result.addresses = addresses;
    if (address.isNull()) {
        m_result.resolveError = error.isEmpty() ? tr("The name %1 has no address that can be reached from here.")
                                                      .arg(m_settings.host)
                                                : error;
        finish();
        return;
    }
    startSessions();
}

void SmtpProbe::startPop3(const QHostAddress &address)
{
    m_pop3 = new Pop3Login(m_settings, address, m_clock, m_trust, this);
    connect(m_pop3, &Pop3Login::transcriptLine, this, [this](const TranscriptLine &line) {
        emit transcriptLine(-1, line);
    });
    connect(m_pop3, &Pop3Login::finished, this, [this] {
        m_result.pop3 = m_pop3->result();
        m_result.pop3.cause = diagnosePop3(m_result.pop3);
        StepRecord record{Step::Pop3, m_result.pop3.ok, {}, m_clock.elapsed(), m_result.pop3.serverText};
        emit stepFinished(-1, record);
        m_pop3->deleteLater();
        lookup(m_settings.host, false);
    });
    emit stepStarted(-1, Step::Pop3);
    m_pop3->start();
}

void SmtpProbe::startSessions()
{
    const QHostAddress address = pickAddress(m_result.addresses);
    for (int i = 0; i < m_settings.endpoints.size(); ++i) {
        auto *session = new SmtpSession(m_settings, address, m_settings.endpoints.at(i), m_clock, m_trust, this);
        m_sessions.append(session);
        m_result.attempts.append(session->attempt());
        connect(session, &SmtpSession::stepStarted, this, [this, i](Step step) { emit stepStarted(i, step); });
        connect(session, &SmtpSession::stepFinished, this, [this, i](const StepRecord &r) { emit stepFinished(i, r); });
        connect(session, &SmtpSession::transcriptLine, this,
                [this, i](const TranscriptLine &l) { emit transcriptLine(i, l); });
        connect(session, &SmtpSession::finished, this, [this, i] { onSessionFinished(i); });
    }
    // Started only after every session exists: a session may finish synchronously.
    const QList<SmtpSession *> sessions = m_sessions;
    for (SmtpSession *s : sessions)
        s->start();
}

void SmtpProbe::onSessionFinished(int index)
{
    SmtpSession *session = m_sessions.value(index);
    if (!session)
        return;
    Attempt attempt = session->attempt();
    attempt.cause = diagnoseAttempt(attempt).cause;
    m_result.attempts[index] = attempt;
    m_sessions[index] = nullptr;
    session->deleteLater();
    const bool allDone = std::all_of(m_sessions.cbegin(), m_sessions.cend(), [](SmtpSession *s) { return !s; });
    if (attempt.cause == Cause::Ok || allDone)
        decide(allDone);
}

void SmtpProbe::decide(bool final)
{
    if (!m_verdictSent) {
        m_result.verdict = diagnoseProbe(m_result);
        m_result.verdictMs = m_clock.elapsed();
        m_verdictSent = true;
        emit verdictReady(m_result);
    } else if (final) {
        // Every attempt is in now; an early verdict was an accepted attempt, which still wins.
        m_result.verdict = diagnoseProbe(m_result);
    }
    if (final)
        finish();
}

void SmtpProbe::abort()
{
    if (!m_running)
        return;
    m_result.aborted = true;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_lookupTimer.stop();
    if (m_pop3) {
        m_pop3->disconnect(this);
        m_pop3->abort();
        m_result.pop3 = m_pop3->result();
        m_pop3->deleteLater();
    }
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (SmtpSession *s = m_sessions.at(i)) {
            s->disconnect(this);
            s->abort();
            m_result.attempts[i] = s->attempt();
            m_result.attempts[i].cause = diagnoseAttempt(m_result.attempts[i]).cause;
            s->deleteLater();
            m_sessions[i] = nullptr;
        }
    }
    finish();
}

void SmtpProbe::finish()
{
    if (!m_running)
        return;
    ++m_generation;
    m_sessions.clear();
    if (!m_verdictSent) {
        m_result.verdict = diagnoseProbe(m_result);
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
