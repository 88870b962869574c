// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's wording for the engine's values: steps, security, locations and certificate
// findings come from their rows in core/vocabulary.h (the user-facing column); the endpoint
// and seconds texts are the wizard's own. Translated when called.
#pragma once

#include "core/taxonomy.h"
#include "smtp/probetypes.h"

#include <QCoreApplication>
#include <QString>

namespace od {

class WizardTexts
{
    Q_DECLARE_TR_FUNCTIONS(od::WizardTexts)
public:
    static QString stepText(Step step);
    static QString securityText(Security security);
    static QString endpointText(const QString &host, const Endpoint &endpoint);
    static QString locationText(Location location);
    static QString findingText(CertificateFinding finding);
    static QString secondsText(qint64 ms);
};

} // namespace od
