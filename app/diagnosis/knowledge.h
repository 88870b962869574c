// What each cause means, who has to act and what to try, as data.
// Texts are marked with QT_TRANSLATE_NOOP and translated only when shown (see tr*() below),
// so a language switch re-renders them and a report can carry both languages.
#pragma once

#include "core/taxonomy.h"

#include <QList>
#include <QString>

namespace od {

struct CauseInfo
{
    Cause cause = Cause::Unknown;
    Owner owner = Owner::You;
    QList<Fix> fixes;            // in the order to try them
    const char *title = "";      // short headline, untranslated source text
    const char *explanation = ""; // plain-language explanation, untranslated source text
};

struct FixInfo
{
    Fix fix = Fix::ContactProvider;
    const char *title = "";
    const char *description = "";
};

const CauseInfo &causeInfo(Cause cause);
const FixInfo &fixInfo(Fix fix);

// Translated texts (context "od::Knowledge").
QString causeTitle(Cause cause);
QString causeExplanation(Cause cause);
QString fixTitle(Fix fix);
QString fixDescription(Fix fix);
QString ownerText(Owner owner);

} // namespace od
