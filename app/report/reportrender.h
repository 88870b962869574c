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
};

// Plain text, UTF-8 when written; lines end with '\n'.
QString documentToText(const ReportDocument &document);
// A self-contained XHTML-compatible page (well-formed XML: QXmlStreamReader can read it),
// inline CSS, no external resources; every text escaped.
QString documentToHtml(const ReportDocument &document, const ReportHtmlOptions &options = {});

} // namespace od
