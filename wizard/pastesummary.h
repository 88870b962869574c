// SPDX-License-Identifier: GPL-3.0-or-later
// What a pasted error message says, as far as the wizard's pages need it (the report decodes
// the pasted text again for its full view).
#pragma once

#include "core/taxonomy.h"
#include "diagnosis/relayreasoning.h"

#include <QList>
#include <QString>

namespace od {

struct PasteSummary
{
    bool decoded = false;       // a refusal was found in the text
    bool unsure = false;        // ...but not clearly enough to name a cause (cause is Unknown)
    Cause cause = Cause::Unknown;
    Owner owner = Owner::You;
    QList<Fix> fixes;
    int code = 0;
    QString enhanced;
    QString serverText;         // the server's own words
    QString explanation;        // our explanation of the specific code, untranslated source (may be empty)
    QString recipient;          // the refused recipient, when named
    QString sender;             // the From address, when the text carries it
    QString server;             // the server named in an Outlook dialog
    int port = 0;

    // Decodes a paste; location and account order the fixes.
    static PasteSummary decode(const QString &text, Location location = Location::Unknown,
                               AccountKind account = AccountKind::Unknown);
};

} // namespace od
