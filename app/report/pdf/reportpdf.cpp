// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"

#include "report/reportrender.h"
#include "report/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QScreen>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace od {

namespace {

QString firstAvailable(const QStringList &wanted, const QStringList &available)
{
    for (const QString &family : wanted) {
        if (available.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QString cssFamilies(const QStringList &families, const QString &generic)
{
    QStringList quoted;
    for (const QString &f : families) {
        if (!f.isEmpty() && !quoted.contains(QLatin1Char('\'') + f + QLatin1Char('\'')))
            quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    }
    quoted << generic;
    return quoted.join(QStringLiteral(", "));
}

bool haveGuiApplication(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = QCoreApplication::translate("od::Report", "A PDF report can only be made by the graphical program "
                                                            "(internal error: no QGuiApplication).");
    return false;
}

} // namespace

ReportPdfFonts reportPdfFonts()
{
    ReportPdfFonts fonts;
    const QStringList families = QFontDatabase::families();
    fonts.body = firstAvailable({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                                 QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                                 QStringLiteral("Helvetica"), QStringLiteral("Segoe UI")}, families);
    if (fonts.body.isEmpty())
        fonts.body = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    fonts.mono = firstAvailable({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                                 QStringLiteral("Noto Sans Mono"), QStringLiteral("Consolas"),
                                 QStringLiteral("Menlo"), QStringLiteral("Courier New")}, families);
    if (fonts.mono.isEmpty())
        fonts.mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    fonts.cjk = firstAvailable({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                QStringLiteral("Source Han Sans CN"), QStringLiteral("WenQuanYi Zen Hei"),
                                QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                                QStringLiteral("PingFang SC"), QStringLiteral("SimSun"),
                                QStringLiteral("Droid Sans Fallback")}, families);
    if (fonts.cjk.isEmpty()) {
        for (const QString &family : families) {
            if (QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese)) {
                fonts.cjk = family;
                break;
            }
        }
    }
    fonts.cjkMono = firstAvailable({QStringLiteral("Noto Sans Mono CJK SC")}, families);
    if (fonts.cjkMono.isEmpty())
        fonts.cjkMono = fonts.cjk;
    return fonts;
}

namespace pdfdetail {

QHash<char16_t, char16_t> radicalMapForFont(const QString &family)
{
    QHash<char16_t, char16_t> map;
    if (family.isEmpty())
        return map;
    const QRawFont raw = QRawFont::fromFont(QFont(family));
    if (!raw.isValid())
        return map;
    auto glyphsOf = [&raw](char16_t from, char16_t to) {
        QString chars;
        for (char32_t u = from; u <= to; ++u)
            chars += QChar(char16_t(u));
        QList<quint32> glyphs(chars.size());
        int count = int(glyphs.size());
        if (!raw.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count))
            glyphs.clear();
        return glyphs;
    };
    // The lowest unified ideograph for each glyph.
    const QList<quint32> ideographs = glyphsOf(0x4E00, 0x9FFF);
    QHash<quint32, char16_t> byGlyph;
    for (int i = int(ideographs.size()) - 1; i >= 0; --i) {
        if (ideographs.at(i) != 0)
            byGlyph.insert(ideographs.at(i), char16_t(0x4E00 + i));
    }
    const QList<quint32> radicals = glyphsOf(0x2E80, 0x2FDF);
    for (int i = 0; i < radicals.size(); ++i) {
        const quint32 g = radicals.at(i);
        if (g != 0 && byGlyph.contains(g))
            map.insert(char16_t(0x2E80 + i), byGlyph.value(g));
    }
    return map;
}

QByteArray fixToUnicodeRadicals(const QByteArray &pdf, const QHash<char16_t, char16_t> &map)
{
    QByteArray out = pdf;
    auto unified = [&map](uint u) -> int {
        if (!((u >= 0x2F00 && u <= 0x2FDF) || (u >= 0x2E80 && u <= 0x2EFF)))
            return -1;
        if (const auto it = map.constFind(char16_t(u)); it != map.constEnd())
            return it.value();
        const QString d = QChar(char16_t(u)).decomposition();
        if (QChar::decompositionTag(char32_t(u)) != QChar::Compat || d.size() != 1)
            return -1;
        return d.at(0).unicode();
    };
    // Rewrites the 4-digit destination token at [pos, pos+6) ("<2F42>") in place.
    auto fixToken = [&out, &unified](qsizetype pos) {
        bool ok = false;
        const uint u = QByteArray(out.constData() + pos + 1, 4).toUInt(&ok, 16);
        if (!ok)
            return;
        const int v = unified(u);
        if (v < 0)
            return;
        const QByteArray hex = QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
        for (int i = 0; i < 4; ++i)
            out[pos + 1 + i] = hex.at(i);
    };
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    static const QRegularExpression single(QStringLiteral("^<([0-9A-Fa-f]+)>\\s+<([0-9A-Fa-f]+)>\\s+(<[0-9A-Fa-f]{4}>)\\s*$"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression bfchar(QStringLiteral("^<[0-9A-Fa-f]+>\\s+(<[0-9A-Fa-f]{4}>)\\s*$"),
                                           QRegularExpression::MultilineOption);
    for (const char *kind : {"bfrange", "bfchar"}) {
        const QByteArray begin = QByteArray("begin") + kind;
        const QByteArray end = QByteArray("end") + kind;
        qsizetype from = 0;
        while ((from = out.indexOf(begin, from)) >= 0) {
            const qsizetype start = from + begin.size();
            const qsizetype stop = out.indexOf(end, start);
            if (stop < 0)
                break;
            // Latin-1 keeps one character per byte, so positions carry over.
            const QString segment = QString::fromLatin1(out.constData() + start, stop - start);
            if (qstrcmp(kind, "bfrange") == 0) {
                // "<src> <src> [<u> <u> ...]": every destination in brackets.
                qsizetype open = 0;
                while ((open = segment.indexOf(QLatin1Char('['), open)) >= 0) {
                    const qsizetype close = segment.indexOf(QLatin1Char(']'), open);
                    if (close < 0)
                        break;
                    auto it = token.globalMatch(QStringView(segment).mid(open, close - open));
                    while (it.hasNext())
                        fixToken(start + open + it.next().capturedStart(0));
                    open = close;
                }
                // "<a> <a> <u>": a single code; a real range would shift the whole run.
                auto it = single.globalMatch(segment);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    if (m.captured(1).toUInt(nullptr, 16) == m.captured(2).toUInt(nullptr, 16))
                        fixToken(start + m.capturedStart(3));
                }
            } else {
                auto it = bfchar.globalMatch(segment);
                while (it.hasNext())
                    fixToken(start + it.next().capturedStart(1));
            }
            from = stop + end.size();
        }
    }
    return out;
}

} // namespace pdfdetail

namespace {

// Each table frame of the laid-out document, as the renderer's {table, first row, header rows}.
// The report's tables are never nested, and a table split by a page break comes out as two
// frames: the second starts at the break's row and repeats the header row.
struct TablePiece
{
    int table = 0;
    int firstRow = 0;
    int headerRows = 0;
};

QList<TablePiece> tablePieces(const ReportDocument &document, const QList<std::pair<int, int>> &breaks)
{
    QList<TablePiece> pieces;
    int table = -1;
    for (const ReportSection &s : document.sections) {
        for (const ReportBlock &b : s.blocks) {
            if (b.kind != ReportBlock::Kind::Fields && b.kind != ReportBlock::Kind::Table)
                continue;
            ++table;
            const int header = b.kind == ReportBlock::Kind::Table ? 1 : 0;
            QList<int> rows{0};
            for (const auto &[t, row] : breaks) {
                if (t == table && row > 0 && !rows.contains(row))
                    rows << row;
            }
            std::sort(rows.begin(), rows.end());
            for (int row : std::as_const(rows))
                pieces.append({table, row, header});
        }
    }
    return pieces;
}

// The first table row (after the breaks already made) that the page layout cuts in two, as
// {table, row}; {-1, -1} when there is none. A row taller than a page has to be cut.
std::pair<int, int> firstCutRow(QTextDocument &text, const QList<TablePiece> &pieces, qreal pageHeight, qreal bodyHeight,
                                qreal *y)
{
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    int index = 0;
    for (QTextFrame *frame : text.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        if (index >= pieces.size())
            break;
        const TablePiece piece = pieces.at(index++);
        for (int row = piece.headerRows; row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(row, c);
                if (!cell.isValid())
                    continue;
                const QTextBlock last = cell.lastCursorPosition().block();
                for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                    const QRectF rect = layout->blockBoundingRect(b);
                    top = std::min(top, rect.top());
                    bottom = std::max(bottom, rect.bottom());
                    if (b == last)
                        break;
                }
            }
            if (top > bottom || bottom - top > bodyHeight)
                continue;
            if (int(top / pageHeight) != int((bottom - 1) / pageHeight)) {
                *y = top;
                return {piece.table, piece.firstRow + row - piece.headerRows};
            }
        }
    }
    return {-1, -1};
}

// The first section heading or subheading left alone at the foot of a page (what follows it
// starts on the next page), as its number among the headings and its position; {-1, 0} when
// there is none.
std::pair<int, qreal> firstLoneHeading(QTextDocument &text, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    int index = -1;
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level != 2 && level != 3)
            continue;
        ++index;
        const QTextBlock next = b.next();
        if (!next.isValid())
            break;
        const qreal top = layout->blockBoundingRect(b).top();
        if (int(top / pageHeight) != int(layout->blockBoundingRect(next).top() / pageHeight))
            return {index, top};
    }
    return {-1, 0};
}

} // namespace

QByteArray documentToPdf(const ReportDocument &document, QString *error)
{
    if (!haveGuiApplication(error))
        return {};
    const ReportPdfFonts fonts = reportPdfFonts();
    ReportHtmlOptions options;
    options.forPdf = true;
    options.bodyFonts = cssFamilies({fonts.body, fonts.cjk}, QStringLiteral("sans-serif"));
    options.monoFonts = cssFamilies({fonts.mono, fonts.cjkMono, fonts.cjk}, QStringLiteral("monospace"));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Outbox Doctor %1").arg(QStringLiteral(OD_VERSION)));

        QTextDocument text;
        QFont base(fonts.body);
        QStringList families{fonts.body};
        if (!fonts.cjk.isEmpty())
            families << fonts.cjk;
        base.setFamilies(families);
        base.setPointSizeF(9);
        // Ligatures would be extracted as U+FB01 ("ﬁ"), so "certificate" could not be found
        // in the PDF; Latin and CJK need no shaping (complex scripts still get it).
        base.setStyleStrategy(QFont::PreferNoShaping);
        text.setDefaultFont(base);
        text.documentLayout()->setPaintDevice(&writer);
        // Laid out on the page as QTextDocument::print() does it (2 cm around the text, the
        // page number in the bottom margin), but paginated here, so that a table row that
        // would be cut at the foot of a page starts the next one instead.
        // Frame margins are given at the screen's resolution and scaled to the device's by the
        // layout (as QTextDocument::print() does); the page is in device pixels.
        const qreal dpi = writer.logicalDpiY();
        const QScreen *screen = QGuiApplication::primaryScreen();
        const qreal sourceDpi = QCoreApplication::testAttribute(Qt::AA_Use96Dpi) ? 96
            : screen                                                      ? qreal(qRound(screen->logicalDotsPerInchY()))
                                                                          : 100;
        const int sourceMargin = int((2 / 2.54) * sourceDpi);
        const qreal margin = sourceMargin * dpi / sourceDpi;
        const QSizeF page(writer.width(), writer.height());
        auto layOut = [&] {
            text.setHtml(documentToHtml(document, options));
            QTextFrameFormat root = text.rootFrame()->frameFormat();
            root.setMargin(sourceMargin);
            text.rootFrame()->setFrameFormat(root);
            text.setPageSize(page);
        };
        layOut();
        // Each pass moves the first cut row or lone heading to the next page (what comes later
        // moves with it); bounded in case a layout never settles.
        for (int pass = 0; pass < 200; ++pass) {
            qreal rowY = 0;
            const auto cut = firstCutRow(text, tablePieces(document, options.pageBreaks), page.height(),
                                         page.height() - 2 * margin, &rowY);
            const auto [heading, headingY] = firstLoneHeading(text, page.height());
            if (cut.first >= 0 && (heading < 0 || rowY <= headingY)) {
                if (options.pageBreaks.contains(cut))
                    break;
                options.pageBreaks.append(cut);
            } else if (heading >= 0) {
                if (options.headingBreaks.contains(heading))
                    break;
                options.headingBreaks.append(heading);
            } else {
                break;
            }
            layOut();
        }

        QPainter painter(&writer);
        const QPointF pageNumberAt(page.width() - margin,
                                   page.height() - margin + QFontMetrics(base, &writer).ascent() + 5 * dpi / 72.0);
        const int pages = text.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            const QRectF view(0, i * page.height(), page.width(), page.height());
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            text.documentLayout()->draw(&painter, context);
            painter.setClipping(false);
            painter.setFont(base);
            const QString number = QString::number(i + 1);
            painter.drawText(qRound(pageNumberAt.x() - painter.fontMetrics().horizontalAdvance(number)),
                             qRound(pageNumberAt.y() + view.top()), number);
            painter.restore();
        }
    }
    buffer.close();
    QByteArray pdf = buffer.data();
    if (pdf.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("od::Report", "The PDF could not be made.");
        return {};
    }
    QHash<char16_t, char16_t> radicals = pdfdetail::radicalMapForFont(fonts.cjk);
    return pdfdetail::fixToUnicodeRadicals(pdf, radicals);
}

QByteArray reportToPdf(const Report &report, QString *error)
{
    if (!haveGuiApplication(error))
        return {};
    return documentToPdf(buildReportDocument(report), error);
}

void enablePdfReports()
{
    setReportPdfRenderer(&reportToPdf);
}

bool writeReportFile(const Report &report, const QString &path, QString *error)
{
    enablePdfReports();
    return writeReport(report, path, error);
}

} // namespace od
