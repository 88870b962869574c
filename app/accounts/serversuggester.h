// SPDX-License-Identifier: GPL-3.0-or-later
// Finds outgoing servers for an address: Mozilla ISPDB, the provider's own autoconfig URLs,
// SRV records (_submissions._tcp / _submission._tcp) and an MX-based ISPDB lookup, all in
// parallel, each with its own timeout. Every URL and the DNS are injectable, so tests use
// local stand-ins and never reach the internet. The wizard tests each suggestion with the
// engine before recommending it.
#pragma once

#include "autoconfig.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace od {

// DNS behind a small interface: QDnsLookup in production, a table in tests. (Qt 6.4 can set
// the nameserver's address but not its port, so a local DNS stand-in would need port 53.)
class DnsResolver
{
public:
    virtual ~DnsResolver() = default;
    using Callback = std::function<void(const QList<SrvRecord> &records, const QString &error)>;
    // type: QDnsLookup::SRV or QDnsLookup::MX (MX: target = exchange, priority = preference).
    // The callback is called once, on the context's thread, unless context is destroyed.
    virtual void lookup(QDnsLookup::Type type, const QString &name, QObject *context,
                        Callback callback) = 0;
};

class QtDnsResolver : public DnsResolver
{
public:
    explicit QtDnsResolver(const QHostAddress &nameserver = {}) : m_nameserver(nameserver) {}
    void lookup(QDnsLookup::Type type, const QString &name, QObject *context,
                Callback callback) override;

private:
    QHostAddress m_nameserver;
};

class ServerSuggester : public QObject
{
    Q_OBJECT
public:
    explicit ServerSuggester(QObject *parent = nullptr);
    ~ServerSuggester() override;

    // Defaults: https://autoconfig.thunderbird.net/v1.1/ ; provider templates
    // https://autoconfig.%DOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAIL% and
    // https://%DOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml.
    void setIspdbBaseUrl(const QUrl &url);
    QUrl ispdbBaseUrl() const { return m_ispdb; }
    void setProviderUrlTemplates(const QStringList &templates);
    QStringList providerUrlTemplates() const { return m_providerTemplates; }
    void setDnsResolver(std::shared_ptr<DnsResolver> resolver);
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Which sources run (all by default): "ispdb", "autoconfig", "srv", "mx".
    void setSources(const QStringList &sources) { m_sources = sources; }

    // An address ("user@example.com") or a bare domain.
    void start(const QString &emailOrDomain);
    void abort();
    bool isRunning() const { return m_pending > 0; }
    QList<ServerSuggestion> suggestions() const { return m_results; }
    // Every URL requested and DNS name asked, for tests and the report.
    QStringList queried() const { return m_queried; }

signals:
    void finished(const QList<od::ServerSuggestion> &suggestions);

private:
    void fetchAutoconfig(const QUrl &url, const QString &source);
    std::function<bool()> beginDnsRequest();
    void lookupSrv(const QString &service, bool implicitTls);
    void lookupMx();
    void add(const QList<ServerSuggestion> &list, int rank);
    void done();

    QUrl m_ispdb;
    QStringList m_providerTemplates;
    std::shared_ptr<DnsResolver> m_dns;
    QPointer<QNetworkAccessManager> m_nam;
    bool m_ownNam = false;
    int m_timeoutMs = 4000;
    QStringList m_sources;

    QString m_email;
    QString m_domain;
    int m_pending = 0;
    quint64 m_generation = 0; // late answers of an aborted run are ignored
    QList<QPair<int, ServerSuggestion>> m_ranked;
    QList<ServerSuggestion> m_results;
    QStringList m_queried;
};

} // namespace od

Q_DECLARE_METATYPE(od::ServerSuggestion)
