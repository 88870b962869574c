// SPDX-License-Identifier: GPL-3.0-or-later
// Keeping secrets out of the report, and (on request) who the user is.
#pragma once

#include "report/identitymasker.h"
#include "smtp/transcript.h"

#include <QList>
#include <QString>

#include <memory>

namespace od {

// Hides what looks like an authentication payload even when the password is not known:
// "AUTH PLAIN <base64>" and its kin, anywhere in a text.
QString scrubAuthPayloads(const QString &text);
// The same for a conversation: a client line after a server's "334" challenge (LOGIN,
// CRAM-MD5, ...), "PASS ..." and "APOP user digest" (POP3) are hidden.
QList<TranscriptLine> scrubTranscript(const QList<TranscriptLine> &lines);

// Applied to every string of a report: the Redactor (the password and its base64 forms),
// the structural scrub, then the identity masker when asked for.
class ReportPrivacy
{
public:
    explicit ReportPrivacy(const Redactor &redactor, bool maskIdentities = false);

    IdentityMasker *masker() { return m_masker.get(); }
    QString clean(const QString &text) const;

private:
    Redactor m_redactor;
    std::shared_ptr<IdentityMasker> m_masker; // shared: placeholders must stay consistent
};

} // namespace od
