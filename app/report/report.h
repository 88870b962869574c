// SPDX-License-Identifier: GPL-3.0-or-later
// The support report: one model, rendered as plain text, HTML (here, in odcore) and PDF
// (odreportpdf, which needs Qt Gui). What a mail administrator needs to act at once, and
// nothing secret.
//
//   od::Report report;
//   report.probe = result;                        // and/or report.paste = ...
//   report.location = Location::Travel;
//   report.redactor = Redactor(user, password);   // the caller still holds the password
//   report.maskIdentities = wantsPublicVersion;
//   od::writeReport(report, path, &error);        // .txt / .html / .htm / .pdf (see reportwriter.h)
//
// Everything is translated when rendered, in the current UI language (installLanguage());
// server replies, codes and the transcript stay verbatim.
#pragma once

#include "core/phrase.h"
#include "core/taxonomy.h"
#include "report/reportpaste.h"
#include "smtp/probetypes.h"
#include "smtp/transcript.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace od {

// What Outbox Doctor did to the mail program's own settings for a fix ("apply for me").
struct ReportSettingsChange
{
    enum class Outcome { None, Applied, NotApplied, Undone };
    Outcome outcome = Outcome::None;
    QString program;        // the mail program, as the user knows it ("Thunderbird")
    QStringList files;      // the settings files written (full paths)
    QStringList backups;    // the copy of each as it was before (same order)
    QStringList changed;    // the settings written, as the file names them
    Phrase reason;          // NotApplied: why (worded when the report is rendered)

    friend bool operator==(const ReportSettingsChange &a, const ReportSettingsChange &b)
    {
        return a.outcome == b.outcome && a.program == b.program && a.files == b.files && a.backups == b.backups
            && a.changed == b.changed && a.reason == b.reason;
    }
};

// A fix the user tried (in the wizard), with how it went.
struct ReportFixTried
{
    enum class Outcome { Solved, NotSolved, NotTested };
    Fix fix = Fix::ContactProvider;
    Outcome outcome = Outcome::NotTested;
    std::optional<Cause> causeAfter;   // what the test after the fix found
    QString detail;                    // the settings tried, e.g. "port 587 (STARTTLS), login as alice" (user data)
    QDateTime when;                    // invalid: not shown
    ReportSettingsChange settingsChange;

    friend bool operator==(const ReportFixTried &a, const ReportFixTried &b)
    {
        return a.fix == b.fix && a.outcome == b.outcome && a.causeAfter == b.causeAfter
            && a.detail == b.detail && a.when == b.when && a.settingsChange == b.settingsChange;
    }
};

struct Report
{
    // The latest test: the one the verdict is about (after a fix, the test with the new
    // settings). Absent for a report about a pasted error only.
    std::optional<ProbeResult> probe;
    // The first test, when fixes were tried and tested after it: the failure the story starts from.
    std::optional<ProbeResult> original;
    std::optional<ReportPaste> paste;
    Location location = Location::Unknown;
    QString locationNote;              // free text the user gave ("hotel Wi-Fi in Lyon")
    QList<ReportFixTried> fixesTried;

    // Applied to every string of the report, whatever field it came from. The probe result
    // never holds the password, but a careless caller or a future field might.
    Redactor redactor;
    // Replace e-mail addresses, host names and IP addresses by consistent placeholders
    // ("user1@domain1.example", "mail.domain1.example", "192.0.2.1") for public forums.
    bool maskIdentities = false;
    // Also give the cause and fixes in English (their untranslated source texts) for the admin.
    bool includeEnglish = true;
    // When the report was made; invalid: now.
    QDateTime created;

    // The report's title line: "Outbox Doctor report: <cause>" (translated).
    QString title() const;
};

// The cause the report is about: the probe's verdict, else the paste's.
Cause reportCause(const Report &report);
// The cause the story started from: the first test's verdict, else the pasted error's; the
// same as reportCause() when no fix was tried.
Cause reportOriginalCause(const Report &report);
// A fix was tried and the test after it went through: the report tells a solved story and
// carries no letter to the provider.
bool reportSolved(const Report &report);

} // namespace od
