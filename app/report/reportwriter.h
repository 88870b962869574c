// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a report to a file, picking the format by the file name's extension, and putting it
// on the clipboard.
//
// The PDF renderer needs Qt Gui, which odcore must not link. It lives in the odreportpdf
// library, which plugs itself in here when the program calls od::enablePdfReports() (see
// report/pdf/reportpdf.h) — an explicit call rather than a static initialiser, which a
// static library would silently drop. Without it, writing a .pdf fails with a clear error.
#pragma once

#include "report/report.h"

#include <QByteArray>
#include <QString>

class QMimeData;

namespace od {

enum class ReportFormat { Unknown, Text, Html, Pdf };

// ".txt" -> Text, ".html"/".htm" -> Html, ".pdf" -> Pdf (case-insensitive); Unknown otherwise.
ReportFormat reportFormatForPath(const QString &path);
// True for a .pdf path: the caller must run a QGuiApplication (e.g. with -platform offscreen).
inline bool reportNeedsGui(const QString &path) { return reportFormatForPath(path) == ReportFormat::Pdf; }

QString reportToText(const Report &report);
QString reportToHtml(const Report &report);

// The bytes of a report in a format; PDF only once enablePdfReports() was called.
QByteArray renderReport(const Report &report, ReportFormat format, QString *error = nullptr);

// Writes atomically (QSaveFile: a failed write leaves no half-written file behind).
// Returns false and sets *error (translated) on an unknown extension, a missing PDF renderer
// or an I/O error.
bool writeReport(const Report &report, const QString &path, QString *error = nullptr);

// For "copy to clipboard": text/plain and text/html of the same report. The caller owns it
// (QClipboard::setMimeData takes ownership).
QMimeData *reportMimeData(const Report &report);

// Installed by odreportpdf's enablePdfReports().
using ReportPdfRenderer = QByteArray (*)(const Report &report, QString *error);
void setReportPdfRenderer(ReportPdfRenderer renderer);
bool pdfReportsAvailable();

} // namespace od
