// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "report/reportrender.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QSaveFile>

#include <atomic>

namespace od {

namespace {

std::atomic<ReportPdfRenderer> &pdfRenderer()
{
    static std::atomic<ReportPdfRenderer> renderer{nullptr};
    return renderer;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

ReportFormat reportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return ReportFormat::Text;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return ReportFormat::Unknown;
}

QString reportToText(const Report &report)
{
    return documentToText(buildReportDocument(report));
}

QString reportToHtml(const Report &report)
{
    return documentToHtml(buildReportDocument(report));
}

QByteArray renderReport(const Report &report, ReportFormat format, QString *error)
{
    switch (format) {
    case ReportFormat::Text:
        return reportToText(report).toUtf8();
    case ReportFormat::Html:
        return reportToHtml(report).toUtf8();
    case ReportFormat::Pdf:
        if (const ReportPdfRenderer renderer = pdfRenderer().load())
            return renderer(report, error);
        setError(error, QCoreApplication::translate("od::Report", "PDF reports are not available in this program; "
                                                                   "save the report as .html or .txt instead."));
        return {};
    case ReportFormat::Unknown:
        break;
    }
    setError(error, QCoreApplication::translate("od::Report", "Unknown report format; use a file name ending in .html, .pdf or .txt."));
    return {};
}

bool writeReport(const Report &report, const QString &path, QString *error)
{
    const ReportFormat format = reportFormatForPath(path);
    if (format == ReportFormat::Unknown) {
        setError(error, QCoreApplication::translate("od::Report", "Unknown report format for %1; use a file name "
                                                                   "ending in .html, .pdf or .txt.").arg(path));
        return false;
    }
    QString renderError;
    const QByteArray bytes = renderReport(report, format, &renderError);
    if (bytes.isEmpty()) {
        setError(error, renderError.isEmpty() ? QCoreApplication::translate("od::Report", "The report could not be made.") : renderError);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QCoreApplication::translate("od::Report", "Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, QCoreApplication::translate("od::Report", "Cannot write %1: %2").arg(path, file.errorString()));
        file.cancelWriting();
        return false;
    }
    return true;
}

QMimeData *reportMimeData(const Report &report)
{
    const ReportDocument doc = buildReportDocument(report);
    auto *data = new QMimeData;
    data->setText(documentToText(doc));
    data->setHtml(documentToHtml(doc));
    return data;
}

void setReportPdfRenderer(ReportPdfRenderer renderer)
{
    pdfRenderer().store(renderer);
}

bool pdfReportsAvailable()
{
    return pdfRenderer().load() != nullptr;
}

} // namespace od
