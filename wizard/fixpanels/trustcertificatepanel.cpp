// SPDX-License-Identifier: GPL-3.0-or-later
// "Trust the server's certificate": a look at the certificate the test refused, and the choice
// to trust it for this session's tests.
#include "fixpanel.h"

#include "certificatedialog.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

namespace {

class TrustCertificatePanel : public FixPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    TrustCertificatePanel(Fix fix, WizardState *state, QWidget *parent = nullptr)
        : FixPanel(fix, state, parent)
    {
        m_show = new QPushButton(this);
        m_show->setObjectName(QStringLiteral("showCertificateButton"));
        connect(m_show, &QPushButton::clicked, this, [this] {
            const Attempt *bad = certificateProblem();
            if (!bad)
                return;
            CertificateDialog dialog(bad->host.isEmpty() ? this->state()->firstResult().settings.host : bad->host, bad->tls,
                                     this);
            if (dialog.exec() == QDialog::Accepted)
                this->state()->trustCertificate(dialog.fingerprint());
        });
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_show, 0, Qt::AlignLeft);
        retranslateUi();
    }

    void load() override { m_show->setVisible(certificateProblem() != nullptr); }

protected:
    void retranslateUi() override
    {
        m_show->setText(tr("&Show the certificate…"));
        m_show->setAccessibleName(tr("Show the certificate and decide whether to trust it"));
    }

private:
    // The first test's connection that refused a certificate it received.
    const Attempt *certificateProblem() const
    {
        for (const Attempt &a : state()->firstResult().attempts) {
            if (a.failure == Failure::CertificateRejected && !a.tls.chain.isEmpty())
                return &a;
        }
        return nullptr;
    }

    QPushButton *m_show;
};

} // namespace

FixPanelType trustCertificatePanel()
{
    return fixPanelType<TrustCertificatePanel>();
}

} // namespace od
