// The whole experiment: resolve the name, optionally log in to POP3 first, then talk to
// every candidate endpoint in parallel and decide a verdict.
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
    static QString validate(const ProbeSettings &settings);

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
    void verdictReady(const od::ProbeResult &result);
    void finished(const od::ProbeResult &result);

private:
    void lookup(const QString &host, bool forPop3);
    void onResolved(const QList<QHostAddress> &addresses, const QString &error, bool forPop3);
    void startPop3(const QHostAddress &address);
    void startSessions();
    void onSessionFinished(int index);
    void decide(bool final);
    void finish();
    QHostAddress pickAddress(const QList<QHostAddress> &addresses) const;

    ProbeSettings m_settings;
    const CertificateTrust *m_trust = nullptr;
    QElapsedTimer m_clock;
    QTimer m_lookupTimer;
    int m_lookupId = -1;
    QPointer<Pop3Login> m_pop3;
    QList<SmtpSession *> m_sessions;
    ProbeResult m_result;
    bool m_running = false;
    bool m_verdictSent = false;
    quint64 m_generation = 0;
};

} // namespace od
