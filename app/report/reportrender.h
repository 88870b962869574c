// SPDX-License-Identifier: GPL-3.0-or-later
// Laying out a ReportDocument as plain text or HTML. Pure functions of the document.
#pragma once

#include "report/reportdocument.h"

#include <QString>

namespace od {

struct ReportHtmlOptions
{
    // CSS font-family lists; empty: a portable default. The PDF renderer passes families it
    // has checked (including one with Chinese glyphs).
    QString bodyFonts;
    QString monoFonts;
    // QTextDocument (the PDF) understands less CSS than a browser: use what it does.
    bool forPdf = false;
    // Where a table goes on on a new page, as {table, row}: the tables (Fields and Table
    // blocks) counted from 0 in document order, their rows from 0 without the header row. The
    // PDF writer finds these in a layout pass so that no row is cut in two; the rest of the
    // table then starts a new page, under its header row again. Row 0 moves the whole table,
    // with the subheading just before it.
    QList<std::pair<int, int>> pageBreaks;
    // Section headings and subheadings (counted together from 0 in document order) that start
    // a new page, so that none is left alone at the foot of a page.
    QList<int> headingBreaks;
};

// Plain text, UTF-8 when written; lines end with '\n'.
QString documentToText(const ReportDocument &document);
// A self-contained XHTML-compatible page (well-formed XML: QXmlStreamReader can read it),
// inline CSS, no external resources; every text escaped.
QString documentToHtml(const ReportDocument &document, const ReportHtmlOptions &options = {});

} // namespace od
