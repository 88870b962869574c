// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"

#include "smtp/certificatetrust.h"
#include "wizardtexts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace od {

namespace {
QString joined(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            nonEmpty.append(p.trimmed());
    }
    return nonEmpty.join(QStringLiteral(", "));
}

QString nameOf(const QSslCertificate &c, bool issuer)
{
    auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? c.issuerInfo(field) : c.subjectInfo(field)).join(QStringLiteral(" / "));
    };
    return joined({info(QSslCertificate::CommonName), info(QSslCertificate::Organization),
                   info(QSslCertificate::CountryName)});
}
} // namespace

CertificateDialog::CertificateDialog(const QString &host, const TlsReport &tls, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_tls(tls)
{
    setObjectName(QStringLiteral("certificateDialog"));
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    auto label = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_intro = label("certificateIntroLabel");
    m_details = label("certificateDetailsLabel");
    m_details->setTextFormat(Qt::RichText);
    // A table does not wrap like a paragraph: unwrapped, the label asks for the table's whole
    // width and height, so the dialog grows to show all of it (long lists are broken below).
    m_details->setWordWrap(false);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings = label("certificateFindingsLabel");
    m_mismatch = label("hostnameMismatchLabel");
    QFont bold = m_mismatch->font();
    bold.setBold(true);
    m_mismatch->setFont(bold);
    m_mismatch->setVisible(tls.findings.contains(CertificateFinding::HostnameMismatch));
    m_risk = label("certificateRiskLabel");

    m_buttons = new QDialogButtonBox(this);
    m_trust = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustOnceButton"));
    m_reject = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_reject->setObjectName(QStringLiteral("doNotTrustButton"));
    m_reject->setDefault(true); // the safe choice is the one Enter picks
    m_trust->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_icon, 0, 0, 4, 1);
    grid->addWidget(m_intro, 0, 1);
    grid->addWidget(m_mismatch, 1, 1);
    grid->addWidget(m_details, 2, 1);
    grid->addWidget(m_findings, 3, 1);
    grid->addWidget(m_risk, 4, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    retranslateUi();
}

QByteArray CertificateDialog::fingerprint() const
{
    return m_tls.leafFingerprint();
}

void CertificateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CertificateDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // On a small screen the window gets narrower than it asked for (at most 2/3 of the
    // screen, and the explicit minimum width hides the certificate table's): keep the table
    // whole, and give the wrapped texts the lines they need at that width.
    QSize size = this->size().expandedTo(layout()->totalMinimumSize());
    size.setHeight(std::max(size.height(), layout()->totalHeightForWidth(size.width())));
    if (size != this->size())
        resize(size);
}

void CertificateDialog::retranslateUi()
{
    setWindowTitle(tr("Certificate of %1").arg(m_host));
    m_intro->setText(tr("The server %1 presented a certificate that this computer cannot verify.").arg(m_host));
    m_mismatch->setText(tr("Warning: this certificate was not issued for %1. This is what it looks like when someone "
                           "on this network intercepts your connection, for example a hotel's or a company's filter. "
                           "Do not trust it unless your provider confirms this fingerprint.").arg(m_host));
    const QSslCertificate leaf = m_tls.chain.value(0);

    // Two lines of 16 bytes, so the long fingerprint never clips.
    QString fingerprintHtml = fingerprintText(m_tls.leafFingerprint());
    if (fingerprintHtml.size() > 48)
        fingerprintHtml.insert(48, QStringLiteral("<br>"));
    // At most three names a line, so a certificate for many names does not make the dialog huge.
    const QStringList names = leaf.subjectAlternativeNames().values();
    QStringList nameLines;
    for (qsizetype i = 0; i < names.size(); i += 3)
        nameLines.append(names.mid(i, 3).join(QStringLiteral(", ")).toHtmlEscaped());
    const QString rows = tr("<table>"
                            "<tr><td><b>Issued to:</b></td><td>%1</td></tr>"
                            "<tr><td><b>Names:</b></td><td>%2</td></tr>"
                            "<tr><td><b>Issued by:</b></td><td>%3</td></tr>"
                            "<tr><td><b>Valid from:</b></td><td>%4</td></tr>"
                            "<tr><td><b>Valid until:</b></td><td>%5</td></tr>"
                            "<tr><td><b>SHA-256 fingerprint:</b></td><td><tt>%6</tt></td></tr>"
                            "</table>",
                            "certificate details; keep the HTML tags")
                             .arg(nameOf(leaf, false).toHtmlEscaped(),
                                  nameLines.join(QStringLiteral(",<br>")),
                                  nameOf(leaf, true).toHtmlEscaped(),
                                  leaf.effectiveDate().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  leaf.expiryDate().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  fingerprintHtml);
    m_details->setText(rows);
    QStringList findings;
    for (CertificateFinding f : std::as_const(m_tls.findings))
        findings.append(QStringLiteral("• ") + WizardTexts::findingText(f));
    m_findings->setText(tr("What is wrong with it:") + QLatin1Char('\n') + findings.join(QLatin1Char('\n')));
    m_risk->setText(tr("If you trust it, Outbox Doctor tests with this exact certificate (recognised by its "
                       "fingerprint) until you close the program. Your mail program is not changed. If you cannot "
                       "check the fingerprint with your provider, choose \"Do not trust\": your password could "
                       "otherwise be read by whoever runs this connection."));
    m_trust->setText(tr("&Trust for this test only"));
    m_trust->setAccessibleName(tr("Trust this certificate for this test only"));
    m_reject->setText(tr("&Do not trust"));
    m_reject->setAccessibleName(tr("Do not trust this certificate"));
}

} // namespace od
