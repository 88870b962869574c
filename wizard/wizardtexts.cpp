// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardtexts.h"

#include "core/vocabulary.h"

#include <QLocale>

namespace od {

QString WizardTexts::stepText(Step step)
{
    return stepUserText(step);
}

QString WizardTexts::securityText(Security security)
{
    return securityLabel(security);
}

QString WizardTexts::endpointText(const QString &host, const Endpoint &endpoint)
{
    return tr("%1, port %2 (%3)").arg(host).arg(endpoint.port).arg(securityText(effectiveSecurity(endpoint)));
}

QString WizardTexts::locationText(Location location)
{
    return locationUserText(location);
}

QString WizardTexts::findingText(CertificateFinding finding)
{
    return findingUserText(finding);
}

QString WizardTexts::secondsText(qint64 ms)
{
    return tr("%1 s", "seconds").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

QString WizardTexts::testedSettings(const ProbeResult &result, const Diagnosis &diagnosis)
{
    const ProbeSettings &s = result.settings;
    const Attempt *used = diagnosis.attempt >= 0 && diagnosis.attempt < result.attempts.size()
        ? &result.attempts.at(diagnosis.attempt)
        : nullptr;
    QString port;
    if (used) {
        const Security security = used->security == Security::Auto ? effectiveSecurity(used->endpoint) : used->security;
        port = tr("port %1 (%2)", "port number (its connection security)").arg(used->endpoint.port).arg(od::securityText(security));
    } else if (s.endpoints.size() == 1) {
        port = tr("port %1 (%2)", "port number (its connection security)")
                   .arg(s.endpoints.constFirst().port)
                   .arg(od::securityText(effectiveSecurity(s.endpoints.constFirst())));
    } else {
        port = tr("ports 587, 465 and 25", "the ports tested when none was given");
    }
    const bool loggedIn = used ? used->authenticated : false;
    const QString from = s.from.trimmed();
    if (from.isEmpty()) {
        if (loggedIn)
            return tr("%1, %2, logged in as %3", "server, port (security), user name").arg(s.host, port, s.user);
        if (!s.user.isEmpty())
            return tr("%1, %2, login as %3 not completed", "server, port (security), user name").arg(s.host, port, s.user);
        return tr("%1, %2, no login", "server, port (security)").arg(s.host, port);
    }
    if (loggedIn)
        return tr("%1 through %2, %3, logged in as %4", "sender address, server, port (security), user name")
            .arg(from, s.host, port, s.user);
    if (!s.user.isEmpty())
        return tr("%1 through %2, %3, login as %4 not completed", "sender address, server, port (security), user name")
            .arg(from, s.host, port, s.user);
    return tr("%1 through %2, %3, no login", "sender address, server, port (security)").arg(from, s.host, port);
}

QString WizardTexts::testOutcome(const Diagnosis &diagnosis)
{
    if (diagnosis.cause == Cause::Ok)
        return tr("Result: mail sent this way would be delivered.");
    return tr("Result: %1.", "the cause the test found").arg(causeTitle(diagnosis.cause));
}

} // namespace od
