// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a document: translated, redacted and (optionally) masked sections of simple
// blocks. Built once from a Report; the text, HTML and PDF renderers only lay it out, so the
// three formats always say the same thing and privacy is enforced in one place.
#pragma once

#include "report/report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace od {

struct ReportBlock
{
    enum class Kind {
        Paragraph,  // text
        Emphasis,   // text, a headline
        Fields,     // label/value pairs
        Table,      // columns + rows
        Bullets,    // lines
        Verbatim,   // lines, shown as they are (server replies, transcript)
        Subheading, // text
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QList<std::pair<QString, QString>> fields;
    QStringList columns;
    QList<QStringList> rows;
    QList<int> widths;  // Table: each column's share of the width in percent (0 or missing: as its text needs)
    QStringList lines;
    QString lang;   // non-empty when the block is in another language than the report ("en")

    static ReportBlock paragraph(const QString &text);
    static ReportBlock emphasis(const QString &text);
    static ReportBlock subheading(const QString &text);
    static ReportBlock bullets(const QStringList &lines);
    static ReportBlock verbatim(const QStringList &lines);
};

struct ReportSection
{
    QString id;     // stable, language-independent: "summary", "question", "location", ...
    QString title;  // translated heading
    QList<ReportBlock> blocks;
};

struct ReportDocument
{
    QString language;       // the UI language it was written in ("en", "zh_CN", ...)
    QString title;
    QString subtitle;       // the date and time it was made
    QList<ReportSection> sections;

    QStringList sectionIds() const;
    const ReportSection *section(const QString &id) const;
    // Every string in the document, for self-checks and tests.
    void forEachString(const std::function<void(QString &)> &function);
};

// The section ids in the order they appear. The live-test sections (settings, endpoints,
// capabilities, certificate, transcript) are left out of a report without a probe, the story
// ("story": first failure, fix tried, result after, the mail program's settings) when no fix
// was tried, and the letter ("question") once a fix has solved the problem.
QStringList reportSectionOrder();

ReportDocument buildReportDocument(const Report &report);

// The text given to the provider: a short request in the user's language built from the
// verdict (cause, server, port, time, the server's reply). Redacted and masked like the rest.
// Empty once a fix has solved the problem (reportSolved()).
QString providerQuestion(const Report &report);

} // namespace od
