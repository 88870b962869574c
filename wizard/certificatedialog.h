// SPDX-License-Identifier: GPL-3.0-or-later
// Shows a certificate that failed verification (subject, issuer, validity, SHA-256
// fingerprint and what is wrong with it), explains the risk, and lets the user trust it
// for this test only. A name mismatch is shown as a possible interception.
#pragma once

#include "smtp/probetypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace od {

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &host, const TlsReport &tls, QWidget *parent = nullptr);
    QByteArray fingerprint() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    QString m_host;
    TlsReport m_tls;
    QLabel *m_icon;
    QLabel *m_intro;
    QLabel *m_details;
    QLabel *m_findings;
    QLabel *m_mismatch;
    QLabel *m_risk;
    QDialogButtonBox *m_buttons;
    QPushButton *m_trust;
    QPushButton *m_reject;
};

} // namespace od
