// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-text layout: readable in any mail body or ticket system, no wrapping of its own
// (transcript lines stay whole, so they can be searched in the server's logs).
#include "reportrender.h"

#include "core/terminaltext.h"

#include <algorithm>

namespace od {

namespace {

// Columns on a terminal: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString underline(const QString &text, QChar c)
{
    return QString(std::max(3, displayWidth(text)), c);
}

// Lines inside a cell or value never break the layout.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

void appendFields(QString &out, const QList<std::pair<QString, QString>> &fields, const QString &indent)
{
    int width = 0;
    for (const auto &f : fields)
        width = std::max(width, displayWidth(f.first));
    for (const auto &f : fields)
        out += indent + padded(f.first + QLatin1Char(':'), width + 1) + QLatin1Char(' ') + oneLine(f.second) + QLatin1Char('\n');
}

void appendTable(QString &out, const ReportBlock &b)
{
    const int n = int(b.columns.size());
    QList<int> widths(n, 0);
    for (int c = 0; c < n; ++c)
        widths[c] = displayWidth(b.columns.at(c));
    for (const QStringList &row : b.rows) {
        for (int c = 0; c < n && c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(oneLine(row.at(c))));
    }
    int total = 0;
    for (int w : widths)
        total += w + 3;
    if (total <= 120) {
        auto line = [&](const QStringList &cells) {
            QStringList parts;
            for (int c = 0; c < n; ++c)
                parts << padded(c < cells.size() ? oneLine(cells.at(c)) : QString(), c == n - 1 ? 0 : widths[c]);
            out += QStringLiteral("  ") + parts.join(QStringLiteral(" | ")) + QLatin1Char('\n');
        };
        line(b.columns);
        QStringList rule;
        for (int c = 0; c < n; ++c)
            rule << QString(widths[c], QLatin1Char('-'));
        out += QStringLiteral("  ") + rule.join(QStringLiteral("-+-")) + QLatin1Char('\n');
        for (const QStringList &row : b.rows)
            line(row);
        return;
    }
    // Too wide for a grid: one record per row.
    for (int i = 0; i < b.rows.size(); ++i) {
        QList<std::pair<QString, QString>> fields;
        const QStringList &row = b.rows.at(i);
        for (int c = 0; c < n && c < row.size(); ++c) {
            if (!row.at(c).isEmpty())
                fields << std::pair{b.columns.at(c), row.at(c)};
        }
        out += QStringLiteral("  [%1]\n").arg(i + 1);
        appendFields(out, fields, QStringLiteral("    "));
    }
}

} // namespace

QString documentToText(const ReportDocument &source)
{
    // Outside text (replies, bounces, transcripts) keeps its control characters escaped, so
    // the report shown with cat or in a terminal mail reader cannot drive the terminal.
    ReportDocument document = source;
    document.forEachString([](QString &text) { text = escapeControls(text); });
    QString out;
    out += document.title + QLatin1Char('\n') + underline(document.title, QLatin1Char('=')) + QLatin1Char('\n');
    if (!document.subtitle.isEmpty())
        out += document.subtitle + QLatin1Char('\n');
    int number = 0;
    for (const ReportSection &s : document.sections) {
        const QString heading = QStringLiteral("%1. %2").arg(++number).arg(s.title);
        out += QLatin1Char('\n') + heading + QLatin1Char('\n') + underline(heading, QLatin1Char('-')) + QLatin1Char('\n');
        for (const ReportBlock &b : s.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                out += b.text + QStringLiteral("\n\n");
                break;
            case ReportBlock::Kind::Emphasis:
                out += QStringLiteral("** ") + b.text + QStringLiteral(" **\n\n");
                break;
            case ReportBlock::Kind::Subheading:
                out += QStringLiteral("--- ") + b.text + QStringLiteral(" ---\n");
                break;
            case ReportBlock::Kind::Fields:
                appendFields(out, b.fields, QStringLiteral("  "));
                out += QLatin1Char('\n');
                break;
            case ReportBlock::Kind::Table:
                appendTable(out, b);
                out += QLatin1Char('\n');
                break;
            case ReportBlock::Kind::Bullets:
                for (const QString &l : b.lines)
                    out += QStringLiteral("  - ") + l + QLatin1Char('\n');
                out += QLatin1Char('\n');
                break;
            case ReportBlock::Kind::Verbatim:
                for (const QString &l : b.lines)
                    out += QStringLiteral("    ") + oneLine(l) + QLatin1Char('\n');
                out += QLatin1Char('\n');
                break;
            }
        }
    }
    return out;
}

} // namespace od
