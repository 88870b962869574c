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

} // namespace od
