// SPDX-License-Identifier: GPL-3.0-or-later
#include "probetypes.h"

#include "core/networkerrors.h"
#include "smtp/certificatetrust.h"

#include <QMetaEnum>

namespace od {

namespace {
QString kebabOf(const char *camel)
{
    QString out;
    for (const char *p = camel; p && *p; ++p) {
        const QChar c = QLatin1Char(*p);
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char('-');
        out += c.toLower();
    }
    return out;
}
template<typename E>
QString idOf(E value)
{
    return kebabOf(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}
} // namespace

QList<Endpoint> defaultEndpoints()
{
    return {{587, Security::StartTls}, {465, Security::Tls}, {25, Security::Auto}};
}

Security effectiveSecurity(const Endpoint &endpoint)
{
    if (endpoint.security != Security::Auto)
        return endpoint.security;
    return endpoint.port == 465 ? Security::Tls : Security::Auto;
}

QString ProbeSettings::senderDomain() const
{
    const qsizetype at = from.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : from.mid(at + 1).trimmed().toLower();
}

QString ProbeSettings::localRecipient() const
{
    const QString domain = senderDomain();
    return domain.isEmpty() ? QString() : QStringLiteral("postmaster@") + domain;
}

QStringList ProbeSettings::effectiveForeignRecipients() const
{
    if (!foreignRecipients.isEmpty())
        return foreignRecipients;
    // A domain reserved for documentation: never anyone's own, never delivered to.
    const QString domain = senderDomain() == QLatin1String("example.com") ? QStringLiteral("example.net")
                                                                           : QStringLiteral("example.com");
    return {QStringLiteral("outbox-doctor-test@") + domain};
}

QString stepId(Step step) { return idOf(step); }
QString certificateFindingId(CertificateFinding finding) { return idOf(finding); }
QString failureId(Failure failure) { return idOf(failure); }

QByteArray TlsReport::leafFingerprint() const
{
    return chain.isEmpty() ? QByteArray() : sha256Fingerprint(chain.first());
}

QList<Phrase> TlsReport::errorPhrases() const
{
    QList<Phrase> out;
    out.reserve(errors.size());
    for (const CertificateError &e : errors)
        out << sslErrorPhrase(e.error);
    return out;
}

const StepRecord *Attempt::lastStep(Step step) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->step == step)
            return &*it;
    }
    return nullptr;
}

const StepRecord *Attempt::lastFailedStep() const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!it->ok)
            return &*it;
    }
    return nullptr;
}

bool Attempt::accepted() const
{
    if (failure != Failure::None)
        return false;
    auto refusedWithReply = [this](Step step) {
        const StepRecord *r = lastStep(step);
        return r && !r->ok && r->reply.isValid();
    };
    auto refused = [this](Step step) {
        const StepRecord *r = lastStep(step);
        return r && !r->ok;
    };
    if (refused(Step::Banner) || refused(Step::StartTls) || refused(Step::MailFrom) || refused(Step::Data)
        || refused(Step::Message))
        return false;
    if (refusedWithReply(Step::EhloAfterTls) || refusedWithReply(Step::Helo) || refusedWithReply(Step::Auth))
        return false;
    if (refusedWithReply(Step::Ehlo) && !lastStep(Step::Helo))
        return false;
    bool foreign = false;
    for (const StepRecord &s : steps) {
        if (s.step != Step::RcptForeign)
            continue;
        if (!s.ok)
            return false;
        foreign = true;
    }
    return foreign;
}

} // namespace od
