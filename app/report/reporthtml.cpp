// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML layout. Styles are inline on each element, because many mail clients drop <style>;
// the markup reads well without any CSS at all (tables carry border attributes).
#include "reportrender.h"

#include <algorithm>

namespace od {

namespace {

QString esc(const QString &text)
{
    QString out = text.toHtmlEscaped();
    // Characters XML 1.0 does not allow (a server may send anything): shown as U+FFFD.
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    // Lone surrogates are not well-formed either.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            out[i] = QChar(0xFFFD);
    }
    return out;
}

QString langAttr(const ReportBlock &b)
{
    return b.lang.isEmpty() ? QString() : QStringLiteral(" lang=\"%1\"").arg(esc(b.lang));
}

QString htmlLang(const QString &code)
{
    QString l = code;
    l.replace(QLatin1Char('_'), QLatin1Char('-'));
    return l.isEmpty() ? QStringLiteral("en") : l;
}

} // namespace

QString documentToHtml(const ReportDocument &document, const ReportHtmlOptions &options)
{
    const QString body = options.bodyFonts.isEmpty()
        ? QStringLiteral("-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, "
                         "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif")
        : options.bodyFonts;
    const QString mono = options.monoFonts.isEmpty()
        ? QStringLiteral("Consolas, Menlo, 'DejaVu Sans Mono', 'Liberation Mono', 'Noto Sans Mono CJK SC', monospace")
        : options.monoFonts;
    const QString fontSize = options.forPdf ? QStringLiteral("9pt") : QStringLiteral("15px");
    const QString monoSize = options.forPdf ? QStringLiteral("7.5pt") : QStringLiteral("13px");

    const QString sBody = QStringLiteral("font-family: %1; font-size: %2; color: #1a1a1a; background: #ffffff; "
                                         "line-height: 1.4; margin: 1.5em auto; max-width: 60em; padding: 0 1em;")
                              .arg(body, fontSize);
    const QString sH1 = QStringLiteral("font-size: 1.6em; margin: 0 0 0.2em 0; color: #0b3d91;");
    const QString sH2 = QStringLiteral("font-size: 1.25em; margin: 1.4em 0 0.5em 0; padding-bottom: 0.2em; "
                                       "border-bottom: 1px solid #9aa7b8; color: #0b3d91;");
    const QString sH3 = QStringLiteral("font-size: 1.05em; margin: 1em 0 0.4em 0; color: #333333;");
    const QString sSub = QStringLiteral("color: #555555; margin: 0 0 1em 0;");
    const QString sStrong = QStringLiteral("font-weight: bold; font-size: 1.1em; margin: 0.5em 0;");
    const QString sTable = QStringLiteral("border-collapse: collapse; margin: 0.4em 0 0.8em 0; border-color: #b8c2cc;");
    const QString sTh = QStringLiteral("text-align: left; vertical-align: top; background-color: #eef2f6; "
                                       "padding: 3px 6px; border: 1px solid #b8c2cc; font-weight: bold;");
    const QString sTd = QStringLiteral("text-align: left; vertical-align: top; padding: 3px 6px; border: 1px solid #b8c2cc;");
    const QString sPre = QStringLiteral("font-family: %1; font-size: %2; background-color: #f6f8fa; "
                                        "border: 1px solid #d0d7de; padding: 6px; margin: 0.4em 0 0.8em 0; "
                                        "white-space: pre-wrap;")
                             .arg(mono, monoSize);
    const QString sCode = QStringLiteral("font-family: %1;").arg(mono);
    const QString tableAttrs = QStringLiteral(" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"");

    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" xml:lang=\"%1\">\n")
               .arg(esc(htmlLang(document.language)));
    out += QStringLiteral("<head>\n<meta charset=\"utf-8\" />\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                          "<meta name=\"generator\" content=\"Outbox Doctor\" />\n"
                          "<meta name=\"robots\" content=\"noindex\" />\n");
    out += QStringLiteral("<title>%1</title>\n</head>\n").arg(esc(document.title));
    out += QStringLiteral("<body style=\"%1\">\n").arg(sBody);
    out += QStringLiteral("<h1 style=\"%1\">%2</h1>\n").arg(sH1, esc(document.title));
    if (!document.subtitle.isEmpty())
        out += QStringLiteral("<p style=\"%1\">%2</p>\n").arg(sSub, esc(document.subtitle));

    const QString pageBreak = QStringLiteral("page-break-before: always; ");
    auto breaksIn = [&options](int table) {
        QList<int> rows;
        for (const auto &[t, row] : options.pageBreaks) {
            if (t == table && !rows.contains(row))
                rows << row;
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    // Short values ("587", "STARTTLS", "233 ms") and single words ("Verschlüsselung") are not
    // broken into pieces by a narrow column.
    auto noWrap = [](const QString &cell) {
        const bool oneWord = cell.size() <= 20 && !cell.contains(QLatin1Char(' '));
        return (cell.size() <= 12 || oneWord) && !cell.contains(QLatin1Char('\n')) ? QStringLiteral(" white-space: nowrap;")
                                                                                    : QString();
    };
    auto widthAttr = [](const ReportBlock &b, int column) {
        return column < b.widths.size() && b.widths.at(column) > 0 ? QStringLiteral(" width=\"%1%\"").arg(b.widths.at(column))
                                                                   : QString();
    };

    int number = 0;
    int table = -1;
    int heading = -1;
    auto headingBreak = [&] { return options.headingBreaks.contains(++heading) ? pageBreak : QString(); };
    for (const ReportSection &s : document.sections) {
        // A table moved to a new page takes its subheading along.
        QString pendingHeading;
        auto flushHeading = [&out, &pendingHeading] {
            out += pendingHeading;
            pendingHeading.clear();
        };
        out += QStringLiteral("<h2 id=\"%1\" style=\"%2%3\">%4. %5</h2>\n")
                   .arg(esc(s.id), headingBreak(), sH2)
                   .arg(++number)
                   .arg(esc(s.title));
        for (int bi = 0; bi < s.blocks.size(); ++bi) {
            const ReportBlock &b = s.blocks.at(bi);
            const bool isTable = b.kind == ReportBlock::Kind::Fields || b.kind == ReportBlock::Kind::Table;
            const QList<int> breaks = isTable ? breaksIn(++table) : QList<int>();
            const bool breakBefore = breaks.contains(0);
            if (breakBefore && !pendingHeading.isEmpty())
                pendingHeading.replace(QLatin1String(" style=\""), QLatin1String(" style=\"") + pageBreak);
            flushHeading();
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                out += QStringLiteral("<p%1>%2</p>\n").arg(langAttr(b), esc(b.text));
                break;
            case ReportBlock::Kind::Emphasis:
                out += QStringLiteral("<p%1 style=\"%2\">%3</p>\n").arg(langAttr(b), sStrong, esc(b.text));
                break;
            case ReportBlock::Kind::Subheading:
                // Held back until the next block, which may move to a new page.
                pendingHeading = QStringLiteral("<h3%1 style=\"%2%3\">%4</h3>\n").arg(langAttr(b), headingBreak(), sH3, esc(b.text));
                break;
            case ReportBlock::Kind::Fields: {
                auto open = [&](bool newPage) {
                    out += QStringLiteral("<table%1 width=\"100%\"%2 style=\"%3%4\">\n")
                               .arg(tableAttrs, langAttr(b), newPage ? pageBreak : QString(), sTable);
                };
                open(breakBefore && (bi == 0 || s.blocks.at(bi - 1).kind != ReportBlock::Kind::Subheading));
                for (int row = 0; row < b.fields.size(); ++row) {
                    if (row > 0 && breaks.contains(row)) {
                        out += QStringLiteral("</table>\n");
                        open(true);
                    }
                    const auto &f = b.fields.at(row);
                    out += QStringLiteral("<tr><th width=\"30%\" style=\"%1\">%2</th><td style=\"%3\">%4</td></tr>\n")
                               .arg(sTh, esc(f.first), sTd, esc(f.second));
                }
                out += QStringLiteral("</table>\n");
                break;
            }
            case ReportBlock::Kind::Table: {
                auto open = [&](bool newPage) {
                    out += QStringLiteral("<table%1 width=\"100%\"%2 style=\"%3%4\">\n<thead><tr>")
                               .arg(tableAttrs, langAttr(b), newPage ? pageBreak : QString(), sTable);
                    for (int c = 0; c < b.columns.size(); ++c)
                        out += QStringLiteral("<th%1 style=\"%2%3\">%4</th>")
                                   .arg(widthAttr(b, c), sTh, noWrap(b.columns.at(c)), esc(b.columns.at(c)));
                    out += QStringLiteral("</tr></thead>\n");
                };
                open(breakBefore && (bi == 0 || s.blocks.at(bi - 1).kind != ReportBlock::Kind::Subheading));
                for (int row = 0; row < b.rows.size(); ++row) {
                    if (row > 0 && breaks.contains(row)) {
                        out += QStringLiteral("</table>\n");
                        open(true);
                    }
                    const QStringList &cells = b.rows.at(row);
                    out += QStringLiteral("<tr>");
                    for (int c = 0; c < b.columns.size(); ++c)
                        out += QStringLiteral("<td%1 style=\"%2%3\">%4</td>")
                                   .arg(widthAttr(b, c), sTd, noWrap(cells.value(c)), esc(cells.value(c)));
                    out += QStringLiteral("</tr>\n");
                }
                out += QStringLiteral("</table>\n");
                break;
            }
            case ReportBlock::Kind::Bullets:
                out += QStringLiteral("<ul%1>\n").arg(langAttr(b));
                for (const QString &l : b.lines)
                    out += QStringLiteral("<li>%1</li>\n").arg(esc(l));
                out += QStringLiteral("</ul>\n");
                break;
            case ReportBlock::Kind::Verbatim: {
                QStringList lines;
                for (const QString &l : b.lines)
                    lines << esc(l);
                out += QStringLiteral("<pre style=\"%1\"><code style=\"%2\">%3</code></pre>\n")
                           .arg(sPre, sCode, lines.join(QLatin1Char('\n')));
                break;
            }
            }
        }
        flushHeading();
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace od
