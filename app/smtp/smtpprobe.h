// SPDX-License-Identifier: GPL-3.0-or-later
// The whole experiment: resolve the name, optionally log in to POP3 first, then talk to
// every candidate endpoint in parallel. The result holds facts only (steps, replies, failures);
// what they mean is the caller's to decide (diagnosis/probediagnosis.h). The probe's own
// decisions (stop waiting for other ports) rest on protocol facts such as Attempt::accepted().
#pragma once

#include "smtp/probetypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace od {

class CertificateTrust;
class Pop3Login;
class SmtpSession;

class SmtpProbe : public QObject
{
    Q_OBJECT
public:
    explicit SmtpProbe(QObject *parent = nullptr);
    ~SmtpProbe() override;

    // Not owned; must outlive the probe run. Null: no certificate is trusted beyond the CAs.
    void setCertificateTrust(const CertificateTrust *trust) { m_trust = trust; }

    // Empty when the settings can be tested; otherwise a message for the user.
    static Phrase validate(const ProbeSettings &settings);

    void start(const ProbeSettings &settings);
    void abort();
    bool isRunning() const { return m_running; }
    const ProbeResult &result() const { return m_result; }

signals:
    // attempt: index into result().attempts; -1 for the POP3 login.
    void attemptsPlanned(const QList<od::Endpoint> &endpoints);
    void stepStarted(int attempt, od::Step step);
    void stepFinished(int attempt, const od::StepRecord &record);
    void transcriptLine(int attempt, const od::TranscriptLine &line);
    // One attempt has ended (with its second connection's finding, when one was made): its
    // record is final and is result().attempts.at(attempt). Sent as each ends, so a port
    // refused at once shows its end while the others still run; not sent for attempts ended
    // by abort().
    void attemptFinished(int attempt, const od::Attempt &record);
    // The outcome no longer depends on the attempts still running (one was accepted, or the
    // others have not even connected): a diagnosis made from this snapshot is the final one
    // unless ProbeSettings::waitForAllAttempts lets the others finish. Sent once per run,
    // before finished() (not after abort()).
    void verdictReady(const od::ProbeResult &result);
    void finished(const od::ProbeResult &result);

private:
    // One endpoint: its session and, when the security looked wrong, a second connection that
    // tries the other one.
    struct Slot
    {
        SmtpSession *session = nullptr;
        SmtpSession *check = nullptr;
        bool sessionDone = false;
        bool checkDone = false;
    };

    void lookup(const QString &host, bool forPop3);
    // error: unset when the lookup did not fail (or a literal address needed none).
    void onResolved(const QList<QHostAddress> &addresses, std::optional<QAbstractSocket::SocketError> error, bool forPop3);
    static Phrase lookupErrorPhrase(QAbstractSocket::SocketError error);
    void startPop3(const QHostAddress &address);
    void maybeStartSessions();
    void startSessions();
    void startCheck(int index, Security security);
    void onSessionFinished(int index);
    void onCheckFinished(int index);
    void completeSlot(int index);
    void onLoginReady(int index);
    void onLoginFinished(int index, bool accepted, bool retryElsewhere);
    void grantLogin();
    bool decisive() const;
    void decide(bool final);
    void cutShortRemaining();
    void finish();
    QList<QHostAddress> orderedAddresses(const QList<QHostAddress> &addresses) const;

    ProbeSettings m_settings;
    const CertificateTrust *m_trust = nullptr;
    QElapsedTimer m_clock;
    QTimer m_lookupTimer;
    QTimer m_pop3LookupTimer;
    int m_lookupId = -1;
    int m_pop3LookupId = -1;
    QPointer<Pop3Login> m_pop3;
    bool m_pop3Pending = false;       // POP-before-SMTP: the sessions wait for the login
    bool m_smtpResolved = false;
    QList<Slot> m_slots;
    QList<int> m_loginQueue;          // sessions ready to log in, in arrival order
    int m_loginHolder = -1;           // the session logging in now
    bool m_credentialsRefused = false;
    ProbeResult m_result;
    bool m_running = false;
    bool m_verdictSent = false;
    quint64 m_generation = 0;
};

} // namespace od
