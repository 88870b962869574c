// SPDX-License-Identifier: GPL-3.0-or-later
// The one wording of the taxonomy: one row per value of each enum, holding everything the
// program says or decides about that value (title, explanation, owner, fixes in order, rank,
// the sentences of the letter to the provider). Texts are marked with QT_TRANSLATE_NOOP and
// translated only when shown, so a language switch re-renders them and a report can carry
// both languages. tests/core/tst_vocabulary proves every enum value has a complete row.
//
// Adding a cause or a fix: add the enum value in taxonomy.h and its row here; nothing else
// has to know it exists.
#pragma once

#include "core/taxonomy.h"
#include "smtp/probetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// The fact about the user's own attempt that makes a letter sentence more precise.
enum class LetterFact {
    None,
    User,          // the login name
    SenderAddress, // the From address
    Ports,         // the ports that were tried
    Host,          // the outgoing server's name
    LocalAddress,  // this computer's address as the server saw it
    Certificate,   // the certificate's findings and SHA-256 fingerprint
};

struct CauseInfo
{
    Cause cause = Cause::Unknown;
    Owner owner = Owner::You;
    QList<Fix> fixes;              // in the order to try them
    const char *title = "";        // short headline (context "od::Knowledge")
    const char *explanation = "";  // plain-language explanation (context "od::Knowledge")
    int rank = 0;                  // how actionable: lower ranks first when several causes compete
    // The letter to the provider (context "od::Report"): what happened and what to ask.
    // %1 in `letterHappened` is the server's reply; in the *Fact variants the fact's parts
    // come first, then the reply. A null text means the other variant is always used.
    LetterFact letterFact = LetterFact::None;
    const char *letterHappened = nullptr;
    const char *letterHappenedFact = nullptr;
    const char *letterQuestion = nullptr;
    const char *letterQuestionFact = nullptr;
};

struct FixInfo
{
    Fix fix = Fix::ContactProvider;
    std::optional<InstructionPath> changes; // the mail program's settings it changes; none: nothing there
    const char *title = "";        // context "od::Knowledge"
    const char *description = "";  // context "od::Knowledge"
};

struct OwnerInfo
{
    Owner owner = Owner::You;
    const char *text = "";         // "You can fix this yourself." (context "od::Knowledge")
    int rank = 0;                  // the user first, then the provider, then the recipient
};

struct LocationInfo
{
    Location location = Location::Unknown;
    const char *userText = "";     // speaking to the user (context "od::WizardTexts")
    const char *reportText = "";   // about the user, in the report (context "od::Report")
    const char *letterText = nullptr; // the user speaking, in the letter (context "od::Report"); null: say nothing
};

struct SecurityInfo
{
    Security security = Security::Auto;
    const char *label = "";        // a setting's name, e.g. in a chooser (context "od::WizardTexts", comment "connection security")
    const char *text = "";         // in a sentence or table about a connection (context "od::Report")
};

struct StepInfo
{
    Step step = Step::Resolve;
    const char *userText = "";     // what the program is doing, for the user (context "od::WizardTexts")
    const char *reportText = "";   // the protocol step, for an administrator (context "od::Report")
};

struct FindingInfo
{
    CertificateFinding finding = CertificateFinding::Other;
    const char *userText = "";     // a sentence for the user (context "od::WizardTexts")
    const char *reportText = "";   // a short phrase for the report (context "od::Report")
};

const CauseInfo &causeInfo(Cause cause);

// Which stretch of the mail's way a cause blocks: from this computer to the user's outgoing
// server (it cannot be reached, or it does not accept the user), or from that server on to the
// recipient's (it will not pass the mail on, or the recipient's side refuses it).
enum class Hop { None, ToYourServer, OnToRecipient };
Hop causeHop(Cause cause);
const FixInfo &fixInfo(Fix fix);
const OwnerInfo &ownerInfo(Owner owner);
const LocationInfo &locationInfo(Location location);
const SecurityInfo &securityInfo(Security security);
const StepInfo &stepInfo(Step step);
const FindingInfo &findingInfo(CertificateFinding finding);

// Translated texts.
QString causeTitle(Cause cause);
QString causeExplanation(Cause cause);
QString fixTitle(Fix fix);
QString fixDescription(Fix fix);
QString ownerText(Owner owner);
QString locationUserText(Location location);
QString locationReportText(Location location);
QString locationLetterText(Location location); // empty when there is nothing to say
QString securityLabel(Security security);
QString securityText(Security security);
QString stepUserText(Step step);
QString stepReportText(Step step);
QString findingUserText(CertificateFinding finding);
QString findingReportText(CertificateFinding finding);

// The letter's two sentences for a cause. `facts` are the parts of the row's LetterFact
// (empty when unknown), `reply` the server's reply as quoted.
QString letterHappened(Cause cause, const QStringList &facts, const QString &reply);
QString letterQuestion(Cause cause, const QStringList &facts); // empty when there is no question

} // namespace od
