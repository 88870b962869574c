// SPDX-License-Identifier: GPL-3.0-or-later
// "Use the local network's outgoing server": the servers of the user's other accounts and those
// published for the address' domain (ISPDB, autoconfig, SRV, MX) are tested at once, in
// parallel, without a login; the user can add one.
#include "fixpanel.h"

#include "accounts/serversuggester.h"
#include "diagnosis/knowledge.h"
#include "diagnosis/probediagnosis.h"
#include "smtp/smtpprobe.h"
#include "wizardpage.h"
#include "wizardtexts.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace od {

namespace {

constexpr int kCandidateOkRole = Qt::UserRole + 1;

// "host" or "host:port".
std::pair<QString, quint16> splitServer(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && t.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const uint port = t.mid(colon + 1).toUInt(&ok);
        if (ok && port > 0 && port < 65536)
            return {t.left(colon), quint16(port)};
    }
    return {t, 0};
}

// The account sent through another server, as the network's own server is used: no login,
// security negotiated.
AccountSettings throughServer(AccountSettings a, const QString &server)
{
    const auto [host, port] = splitServer(server);
    a.host = host;
    a.port = port;
    a.security = Security::Auto;
    a.authentication = false; // the network's own server recognises its own clients
    a.popBeforeSmtp = false;
    return a;
}

class LocalServerPanel : public FixPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    LocalServerPanel(Fix fix, WizardState *state, QWidget *parent = nullptr);
    ~LocalServerPanel() override { stop(); }

    void load() override;
    QString missing() const override;
    AccountSettings proposedSettings() const override;
    void stop() override;

protected:
    void retranslateUi() override;

private:
    void addCandidate(const QString &server);
    void testCandidates();
    void stopCandidates();
    void stopSuggestions();

    QLabel *m_intro, *m_label;
    QLineEdit *m_host;
    QPushButton *m_add, *m_testAll;
    QTreeWidget *m_candidates;
    QList<QPointer<SmtpProbe>> m_probes;
    QPointer<ServerSuggester> m_suggester;
};

LocalServerPanel::LocalServerPanel(Fix fix, WizardState *state, QWidget *parent)
    : FixPanel(fix, state, parent)
{
    m_intro = WizardPage::wrappingLabel(this, QStringLiteral("serverIntroLabel"));
    m_host = WizardPage::lineEdit(this, "localServerLineEdit");
    m_label = WizardPage::buddyLabel(this, m_host);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addServerButton"));
    m_testAll = new QPushButton(this);
    m_testAll->setObjectName(QStringLiteral("testServersButton"));
    m_candidates = new QTreeWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidatesTreeWidget"));
    m_candidates->setColumnCount(2);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setMinimumHeight(90);
    m_candidates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_candidates->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_host, 1);
    row->addWidget(m_add);
    row->addWidget(m_testAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_candidates);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addCandidate(m_host->text());
        m_host->clear();
        testCandidates();
    });
    connect(m_host, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_host, &QLineEdit::textChanged, this, &FixPanel::changed);
    connect(m_testAll, &QPushButton::clicked, this, [this] { testCandidates(); });
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &FixPanel::changed);
    retranslateUi();
}

void LocalServerPanel::load()
{
    for (const QString &s : std::as_const(state()->otherServers()))
        addCandidate(s);
    if (m_candidates->topLevelItemCount() > 0)
        testCandidates();
    // Servers published for the domain (ISPDB, autoconfig, SRV, MX) become candidates too.
    const QString email = state()->account().email;
    if (!m_suggester && state()->suggestServers() && isPlausibleAddress(email)) {
        m_suggester = new ServerSuggester(this);
        m_suggester->setTimeout(8000);
        connect(m_suggester, &ServerSuggester::finished, this, [this](const QList<ServerSuggestion> &list) {
            int added = 0;
            for (const ServerSuggestion &s : list) {
                if (s.host.isEmpty())
                    continue;
                const int before = m_candidates->topLevelItemCount();
                addCandidate(s.port > 0 ? QStringLiteral("%1:%2").arg(s.host).arg(s.port) : s.host);
                added += m_candidates->topLevelItemCount() - before;
            }
            if (added > 0)
                testCandidates();
        });
        m_suggester->start(email);
    }
}

QString LocalServerPanel::missing() const
{
    return m_host->text().trimmed().isEmpty() && !m_candidates->currentItem()
        ? tr("Type the name of this network's outgoing server, or pick one in the list.")
        : QString();
}

AccountSettings LocalServerPanel::proposedSettings() const
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    const QString text = !m_host->text().trimmed().isEmpty() ? m_host->text() : (item ? item->text(0) : QString());
    return throughServer(state()->account(), text);
}

void LocalServerPanel::stop()
{
    stopSuggestions();
    stopCandidates();
}

void LocalServerPanel::addCandidate(const QString &server)
{
    const QString s = server.trimmed();
    if (s.isEmpty() || s.contains(QLatin1Char(' ')))
        return;
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        if (m_candidates->topLevelItem(i)->text(0) == s)
            return;
    }
    auto *item = new QTreeWidgetItem(m_candidates, {s, tr("Not tested yet")});
    item->setData(0, kCandidateOkRole, false);
    if (!m_candidates->currentItem())
        m_candidates->setCurrentItem(item);
}

void LocalServerPanel::stopSuggestions()
{
    if (m_suggester) {
        m_suggester->disconnect(this);
        m_suggester->abort();
        m_suggester->deleteLater();
        m_suggester = nullptr;
    }
}

void LocalServerPanel::stopCandidates()
{
    for (const QPointer<SmtpProbe> &p : std::as_const(m_probes)) {
        if (p) {
            p->disconnect(this);
            p->abort();
            p->deleteLater();
        }
    }
    m_probes.clear();
}

void LocalServerPanel::testCandidates()
{
    stopCandidates();
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_candidates->topLevelItem(i);
        const ProbeSettings settings = state()->probeSettings(throughServer(state()->account(), item->text(0)));
        auto *probe = state()->newProbe(this);
        m_probes.append(probe);
        item->setText(1, tr("Testing…"));
        item->setData(0, kCandidateOkRole, false);
        item->setIcon(0, QIcon());
        connect(probe, &SmtpProbe::verdictReady, this, [this, item](const ProbeResult &r) {
            const Cause cause = diagnoseProbe(r).cause;
            const bool ok = cause == Cause::Ok;
            item->setText(1, ok ? tr("Works from here", "candidate server") : causeTitle(cause));
            item->setToolTip(1, item->text(1));
            item->setData(0, kCandidateOkRole, ok);
            item->setIcon(0, style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_DialogCancelButton));
            // The first one that works is the suggestion, unless the user picked one that works.
            QTreeWidgetItem *current = m_candidates->currentItem();
            if (ok && (!current || !current->data(0, kCandidateOkRole).toBool()))
                m_candidates->setCurrentItem(item);
            emit changed();
        });
        probe->start(settings);
    }
}

void LocalServerPanel::retranslateUi()
{
    m_intro->setText(tr("The network you are on may have its own outgoing server (your office's, or the provider of "
                        "this connection) that accepts mail from here without a login. Servers of your other "
                        "accounts are listed and tested at once; add one you know of."));
    m_label->setText(tr("&Server:", "outgoing server name"));
    m_host->setAccessibleName(tr("Outgoing server of this network"));
    m_host->setPlaceholderText(tr("smtp.example.net or smtp.example.net:587"));
    m_add->setText(tr("&Add and test"));
    m_testAll->setText(tr("Test a&ll"));
    m_candidates->setHeaderLabels({tr("Server", "column header"), tr("Result", "column header")});
    m_candidates->setAccessibleName(tr("Candidate outgoing servers"));
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_candidates->topLevelItem(i);
        if (!item->data(0, kCandidateOkRole).toBool() && item->icon(0).isNull())
            item->setText(1, tr("Not tested yet"));
    }
}

} // namespace

FixPanelType localServerPanel()
{
    return fixPanelType<LocalServerPanel>();
}

} // namespace od
