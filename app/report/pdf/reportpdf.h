// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF form of the report (odreportpdf: odcore + Qt Gui).
//
// Everything here needs a QGuiApplication (fonts and layout are Gui services); without one the
// functions fail with an error instead of crashing. A command line that writes a PDF creates a
// QGuiApplication with the "offscreen" platform (see reportNeedsGui() in reportwriter.h).
#pragma once

#include "report/reportdocument.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace od {

// The font families the PDF uses, as found on this system. Latin text and digits come from a
// Latin font; Chinese (and any other CJK) text falls back to a CJK family, which is embedded.
struct ReportPdfFonts
{
    QString body;      // e.g. "DejaVu Sans"
    QString mono;      // e.g. "DejaVu Sans Mono"
    QString cjk;       // e.g. "Noto Sans CJK SC"; empty when the system has none
    QString cjkMono;   // e.g. "Noto Sans Mono CJK SC"
};
ReportPdfFonts reportPdfFonts();

// A4, 300 dpi, fonts embedded, title and creator set. Empty on failure (*error says why).
QByteArray reportToPdf(const Report &report, QString *error = nullptr);
QByteArray documentToPdf(const ReportDocument &document, QString *error = nullptr);

// Lets od::writeReport() / renderReport() in odcore write .pdf files. Call once at start-up
// (idempotent, thread-safe).
void enablePdfReports();

// Convenience for the wizard's "Save as…" and the command line: enablePdfReports() + writeReport().
bool writeReportFile(const Report &report, const QString &path, QString *error = nullptr);

namespace pdfdetail {
// Qt maps a glyph back to the lowest code point that uses it, so an ideograph that shares its
// glyph with a Kangxi radical (文 / ⽂ U+2F42) is extracted as the radical. This rewrites the
// ToUnicode tables (which Qt writes uncompressed) to the unified ideograph, byte for byte the
// same length, so the PDF's offsets stay valid. `unified` maps a radical to the ideograph
// that has the same glyph in the font used (radicalMapForFont()); a radical it lacks is
// mapped by its Unicode decomposition.
QByteArray fixToUnicodeRadicals(const QByteArray &pdf, const QHash<char16_t, char16_t> &unified = {});
// For each Kangxi / CJK radical the font draws with the glyph of a unified ideograph: that
// ideograph (户 for ⼾ in a Simplified Chinese font, where the decomposition says 戶).
QHash<char16_t, char16_t> radicalMapForFont(const QString &family);
} // namespace pdfdetail

} // namespace od
