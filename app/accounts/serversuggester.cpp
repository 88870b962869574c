// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversuggester.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace od {

void QtDnsResolver::lookup(QDnsLookup::Type type, const QString &name, QObject *context,
                           Callback callback)
{
    auto *l = new QDnsLookup(type, name, context);
    if (!m_nameserver.isNull())
        l->setNameserver(m_nameserver);
    QObject::connect(l, &QDnsLookup::finished, context, [l, type, callback]() {
        QList<SrvRecord> out;
        QString error;
        if (l->error() != QDnsLookup::NoError && l->error() != QDnsLookup::NotFoundError)
            error = l->errorString();
        if (type == QDnsLookup::SRV) {
            const QList<QDnsServiceRecord> recs = l->serviceRecords();
            for (const QDnsServiceRecord &r : recs)
                out.append(SrvRecord{r.target(), r.port(), r.priority(), r.weight()});
        } else {
            const QList<QDnsMailExchangeRecord> recs = l->mailExchangeRecords();
            for (const QDnsMailExchangeRecord &r : recs)
                out.append(SrvRecord{r.exchange(), 25, r.preference(), 0});
        }
        l->deleteLater();
        callback(out, error);
    });
    l->lookup();
}

ServerSuggester::ServerSuggester(QObject *parent)
    : QObject(parent),
      m_ispdb(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/")),
      m_providerTemplates({QStringLiteral("https://autoconfig.%DOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAIL%"),
                           QStringLiteral("https://%DOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml")}),
      m_dns(std::make_shared<QtDnsResolver>()),
      m_sources({QStringLiteral("ispdb"), QStringLiteral("autoconfig"), QStringLiteral("srv"),
                 QStringLiteral("mx")})
{
    qRegisterMetaType<od::ServerSuggestion>();
    qRegisterMetaType<QList<od::ServerSuggestion>>();
}

ServerSuggester::~ServerSuggester()
{
    abort();
}

void ServerSuggester::setIspdbBaseUrl(const QUrl &url)
{
    m_ispdb = url;
}

void ServerSuggester::setProviderUrlTemplates(const QStringList &templates)
{
    m_providerTemplates = templates;
}

void ServerSuggester::setDnsResolver(std::shared_ptr<DnsResolver> resolver)
{
    m_dns = std::move(resolver);
}

void ServerSuggester::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (m_ownNam && m_nam)
        m_nam->deleteLater();
    m_nam = manager;
    m_ownNam = false;
}

void ServerSuggester::start(const QString &emailOrDomain)
{
    abort();
    ++m_generation;
    m_ranked.clear();
    m_results.clear();
    m_queried.clear();
    const QString input = emailOrDomain.trimmed();
    const qsizetype at = input.lastIndexOf(u'@');
    m_domain = (at < 0 ? input : input.mid(at + 1)).toLower();
    m_email = at < 0 ? QString() : input;
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_ownNam = true;
    }
    if (m_domain.isEmpty() || m_domain.contains(u'/') || m_domain.contains(u' ')) {
        QTimer::singleShot(0, this, [this, gen = m_generation]() {
            if (gen == m_generation)
                emit finished({});
        });
        return;
    }
    m_pending = 1; // held until every source has started
    if (m_sources.contains(QLatin1String("ispdb")) && m_ispdb.isValid())
        fetchAutoconfig(m_ispdb.resolved(QUrl(m_domain)), QStringLiteral("ispdb"));
    if (m_sources.contains(QLatin1String("autoconfig"))) {
        for (QString t : std::as_const(m_providerTemplates)) {
            t.replace(QLatin1String("%DOMAIN%"), m_domain);
            t.replace(QLatin1String("%EMAIL%"), QString::fromLatin1(QUrl::toPercentEncoding(m_email)));
            fetchAutoconfig(QUrl(t), QStringLiteral("autoconfig"));
        }
    }
    if (m_sources.contains(QLatin1String("srv")) && m_dns) {
        lookupSrv(QStringLiteral("_submissions._tcp."), true);
        lookupSrv(QStringLiteral("_submission._tcp."), false);
    }
    if (m_sources.contains(QLatin1String("mx")) && m_dns)
        lookupMx();
    done();
}

void ServerSuggester::abort()
{
    ++m_generation;
    m_pending = 0;
    const QList<QNetworkReply *> replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *r : replies)
        r->abort();
}

void ServerSuggester::fetchAutoconfig(const QUrl &url, const QString &source)
{
    if (!url.isValid() || !m_nam)
        return;
    m_queried.append(url.toString());
    ++m_pending;
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("outbox-doctor"));
    QNetworkReply *reply = m_nam->get(req);
    reply->setParent(this);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer->start(m_timeoutMs);
    // Cap the body: an autoconfig file is a few kB.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > 1024 * 1024)
            reply->abort();
    });
    const quint64 gen = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, source, url, gen]() {
        reply->deleteLater();
        if (gen != m_generation)
            return;
        if (reply->error() == QNetworkReply::NoError) {
            const AutoconfigResult r = parseAutoconfig(reply->readAll(), m_email.isEmpty()
                                                                             ? QStringLiteral("%EMAILADDRESS%")
                                                                             : m_email,
                                                       source, url.toString());
            add(r.outgoing, source == QLatin1String("ispdb") ? 0 : source == QLatin1String("autoconfig") ? 1 : 3);
        }
        done();
    });
}

// One DNS question as a pending source: it ends with its answer or after m_timeoutMs,
// whichever comes first. The returned function says whether the caller may still finish it.
std::function<bool()> ServerSuggester::beginDnsRequest()
{
    ++m_pending;
    const quint64 gen = m_generation;
    auto finished = std::make_shared<bool>(false);
    std::function<bool()> claim = [this, gen, finished]() {
        if (*finished || gen != m_generation)
            return false;
        *finished = true;
        return true;
    };
    QTimer::singleShot(m_timeoutMs, this, [this, claim] {
        if (claim())
            done();
    });
    return claim;
}

void ServerSuggester::lookupSrv(const QString &service, bool implicitTls)
{
    const QString name = service + m_domain;
    m_queried.append(name);
    const std::function<bool()> claim = beginDnsRequest();
    m_dns->lookup(QDnsLookup::SRV, name, this,
                  [this, name, implicitTls, claim](const QList<SrvRecord> &recs, const QString &) {
                      if (!claim())
                          return;
                      add(suggestionsFromSrv(recs, implicitTls, m_email, name), 2);
                      done();
                  });
}

void ServerSuggester::lookupMx()
{
    m_queried.append(QStringLiteral("MX ") + m_domain);
    const std::function<bool()> claim = beginDnsRequest();
    m_dns->lookup(QDnsLookup::MX, m_domain, this,
                  [this, claim](const QList<SrvRecord> &recs, const QString &) {
                      if (!claim())
                          return;
                      const QList<SrvRecord> ordered = orderSrvRecords(recs);
                      if (!ordered.isEmpty() && m_ispdb.isValid()) {
                          // The provider behind the MX (Google Workspace, Microsoft 365, a
                          // hoster) usually has an ISPDB entry under the MX's domain or name.
                          const QString mx = ordered.constFirst().target.toLower();
                          const QString base = baseDomain(mx);
                          QStringList names;
                          if (base != m_domain)
                              names.append(base);
                          if (mx != base && mx != m_domain)
                              names.append(mx);
                          for (const QString &n : std::as_const(names))
                              fetchAutoconfig(m_ispdb.resolved(QUrl(n)), QStringLiteral("mx"));
                      }
                      done();
                  });
}

void ServerSuggester::add(const QList<ServerSuggestion> &list, int rank)
{
    for (const ServerSuggestion &s : list)
        m_ranked.append({rank, s});
}

void ServerSuggester::done()
{
    if (m_pending <= 0)
        return;
    if (--m_pending > 0)
        return;
    // Order by source (ISPDB, provider, SRV, MX) keeping each source's own order; drop
    // duplicates of the same host/port/security.
    std::stable_sort(m_ranked.begin(), m_ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_results.clear();
    for (const auto &p : std::as_const(m_ranked)) {
        bool dup = false;
        for (const ServerSuggestion &s : std::as_const(m_results)) {
            dup = dup || (s.host.compare(p.second.host, Qt::CaseInsensitive) == 0
                          && s.port == p.second.port && s.security == p.second.security);
        }
        if (!dup)
            m_results.append(p.second);
    }
    emit finished(m_results);
}

} // namespace od
