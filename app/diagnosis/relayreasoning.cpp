// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayreasoning.h"

#include "diagnosis/knowledge.h"

#include <QCoreApplication>
#include <QDebugStateSaver>

namespace od {

namespace {


const char *const kSameDomain =
    QT_TRANSLATE_NOOP("od::RelayReasoning", "The recipient is in the same domain as your account, so the server delivers the message itself: no relaying is involved, and it should go through from anywhere.");
const char *const kOnNetwork =
    QT_TRANSLATE_NOOP("od::RelayReasoning", "The recipient is in another domain, so the server has to pass the message on (relay). You are on the network this server trusts, so it should accept that. If it refuses anyway, the provider has changed its rules, for example it now wants you to log in.");
const char *const kOffNetwork =
    QT_TRANSLATE_NOOP("od::RelayReasoning", "The recipient is in another domain, so the server has to pass the message on (relay). You are not on the network this server trusts, so it cannot tell you from a stranger and will usually refuse, unless you log in to it or send through the server of the network you are on.");
const char *const kNeedsLogin =
    QT_TRANSLATE_NOOP("od::RelayReasoning", "The recipient is in another domain, so the server has to pass the message on (relay). This kind of server only relays for users who log in, wherever they are.");
const char *const kAuthenticated =
    QT_TRANSLATE_NOOP("od::RelayReasoning", "You log in to the server, so it should pass your mail on to any domain, wherever you are.");
const char *const kUnknown =
    QT_TRANSLATE_NOOP("od::RelayReasoning", "Whether this server will pass the message on depends on where you are and whether you log in. Tell Outbox Doctor where you are for a precise answer.");


bool contains(const QList<Fix> &list, Fix fix) { return list.contains(fix); }

// Puts `first` (in that order) in front, keeps the rest in the table's order.
QList<Fix> promote(const QList<Fix> &base, std::initializer_list<Fix> first)
{
    QList<Fix> out;
    for (Fix f : first) {
        if (!out.contains(f))
            out.append(f);
    }
    for (Fix f : base) {
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

} // namespace

QString accountKindId(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Home: return QStringLiteral("home");
    case AccountKind::Work: return QStringLiteral("work");
    case AccountKind::Other: return QStringLiteral("other");
    case AccountKind::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<AccountKind> accountKindFromId(QStringView id)
{
    for (AccountKind k : {AccountKind::Home, AccountKind::Work, AccountKind::Other, AccountKind::Unknown}) {
        if (id.compare(accountKindId(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString expectationId(Expectation e)
{
    switch (e) {
    case Expectation::No: return QStringLiteral("no");
    case Expectation::Yes: return QStringLiteral("yes");
    case Expectation::Maybe: return QStringLiteral("maybe");
    }
    return {};
}

QString RelayAssessment::explanationText() const
{
    return explanation ? QCoreApplication::translate("od::RelayReasoning", explanation) : QString();
}

QString domainOf(const QString &addressOrDomain)
{
    QString s = addressOrDomain.trimmed();
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        s = s.mid(at + 1);
    while (s.endsWith(QLatin1Char('>')) || s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    while (s.startsWith(QLatin1Char('<')) || s.startsWith(QLatin1Char('[')))
        s.remove(0, 1);
    return s.toLower();
}

RelayAssessment assessRelay(Location location, AccountKind account, const QString &accountDomain,
                            const QString &recipientDomain, bool authenticated)
{
    RelayAssessment a;
    const QString mine = domainOf(accountDomain);
    const QString theirs = domainOf(recipientDomain);
    a.onServersNetwork = (location == Location::Home && account == AccountKind::Home)
        || (location == Location::Work && account == AccountKind::Work);
    const QString where = locationId(location);

    if (!mine.isEmpty() && !theirs.isEmpty() && mine == theirs) {
        a.relaying = Expectation::No;
        a.refusalExpected = Expectation::No;
        a.scenario = where + QStringLiteral("-same-domain");
        a.explanation = kSameDomain;
        return a;
    }
    a.relaying = (mine.isEmpty() || theirs.isEmpty()) ? Expectation::Maybe : Expectation::Yes;
    const QString suffix = a.relaying == Expectation::Yes ? QStringLiteral("-foreign-domain")
                                                          : QStringLiteral("-unknown-domain");
    a.scenario = where + suffix;
    if (authenticated) {
        a.refusalExpected = Expectation::No;
        a.explanation = kAuthenticated;
        a.scenario = QStringLiteral("authenticated") + suffix;
        return a;
    }
    if (account == AccountKind::Other) {
        // Mailbox providers (webmail-style accounts) relay only for users who log in.
        a.refusalExpected = a.relaying;
        a.explanation = kNeedsLogin;
        return a;
    }
    if (a.onServersNetwork) {
        a.refusalExpected = Expectation::No;
        a.explanation = kOnNetwork;
        return a;
    }
    if (location == Location::Unknown || account == AccountKind::Unknown) {
        a.refusalExpected = Expectation::Maybe;
        a.explanation = kUnknown;
        return a;
    }
    // Known location, and it is not the server's network: travelling, or at work with the home
    // account, or at home with the work account.
    a.refusalExpected = a.relaying;
    a.explanation = kOffNetwork;
    return a;
}

QList<Fix> orderFixes(Cause cause, Location location, AccountKind account)
{
    const QList<Fix> base = causeInfo(cause).fixes;
    const bool onNetwork = (location == Location::Home && (account == AccountKind::Home || account == AccountKind::Unknown))
        || (location == Location::Work && account == AccountKind::Work);
    switch (cause) {
    case Cause::RelayDenied:
    case Cause::AuthRequired:
        if (location == Location::Unknown)
            return base;
        if (onNetwork) {
            // Refused although on the server's own network: the provider changed its rules
            // (typically: log in now), so ask them, and meanwhile try logging in.
            return promote(base, {Fix::EnableAuth, Fix::ContactProvider, Fix::UseSubmissionPort});
        }
        if (location == Location::Work)   // the work network has its own server
            return promote(base, {Fix::UseLocalServer, Fix::EnableAuth, Fix::PopBeforeSmtp, Fix::ContactProvider});
        // Travelling (or elsewhere): logging in works from any network; the local server of a
        // hotel network is rarely known.
        return promote(base, {Fix::EnableAuth, Fix::UseSubmissionPort, Fix::UseLocalServer, Fix::PopBeforeSmtp});
    case Cause::PortBlocked:
        if (location == Location::Travel || location == Location::Work)
            return promote(base, {Fix::UseSubmissionPort, Fix::UseLocalServer});
        if (location == Location::Home)
            return promote(base, {Fix::UseSubmissionPort, Fix::ContactProvider});
        return base;
    case Cause::Blocked:
        if (location == Location::Home || location == Location::Travel)
            return promote(base, {Fix::UseLocalServer, Fix::EnableAuth});
        return base;
    case Cause::SenderRejected:
        if (location == Location::Travel && !contains(base, Fix::UseLocalServer))
            return promote(base, {Fix::FixSenderAddress, Fix::EnableAuth});
        return base;
    default:
        return base;
    }
}

QDebug operator<<(QDebug debug, const RelayAssessment &a)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RelayAssessment(" << a.scenario << " relaying=" << expectationId(a.relaying)
                    << " refusal=" << expectationId(a.refusalExpected) << ')';
    return debug;
}

} // namespace od
