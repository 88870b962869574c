// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

#include <memory>
#include <vector>

namespace od {

Q_LOGGING_CATEGORY(lcLanguages, "outboxdoctor.languages", QtWarningMsg)

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}
QString &current()
{
    static QString code = QStringLiteral("en");
    return code;
}
} // namespace

namespace {
struct Language
{
    const char *code;
    const char *nativeName; // UTF-8
};

// The languages the program speaks; translations/CMakeLists.txt builds a catalogue for each
// but English.
const Language kLanguages[] = {
    {"en", "English"},
    {"nl", "Nederlands"},
    {"de", "Deutsch"},
    {"sv", "Svenska"},
    {"zh_CN", "简体中文"},
};
} // namespace

QStringList supportedLanguages()
{
    QStringList out;
    for (const Language &l : kLanguages)
        out << QLatin1String(l.code);
    return out;
}

QString languageNativeName(const QString &code)
{
    for (const Language &l : kLanguages) {
        if (code == QLatin1String(l.code))
            return QString::fromUtf8(l.nativeName);
    }
    return code;
}

QString normaliseLanguage(const QString &input)
{
    QString s = input.trimmed();
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString lower = s.toLower();
    if (lower.startsWith(QLatin1String("zh")))
        return (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_cn"))
                || lower.startsWith(QLatin1String("zh_hans")) || lower.startsWith(QLatin1String("zh_sg")))
            ? QStringLiteral("zh_CN") : QString();
    const QString lang = lower.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0);
    for (const QString &code : supportedLanguages()) {
        if (code == lang)
            return code;
    }
    return {};
}

QString languageForLocale(const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QString code = normaliseLanguage(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

bool installLanguage(const QString &code)
{
    auto &list = installed();
    for (auto &t : list)
        QCoreApplication::removeTranslator(t.get());
    list.clear();
    current() = code.isEmpty() ? QStringLiteral("en") : code;
    const QLocale locale(current());
    QLocale::setDefault(locale);
    bool ok = true;
    // Ours: English ships a numerus-only file; it is fine if it is absent.
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/outbox-doctor_%1.qm").arg(current()))) {
        QCoreApplication::installTranslator(ours.get());
        list.push_back(std::move(ours));
    } else if (current() != QLatin1String("en")) {
        qCWarning(lcLanguages) << "no translation for" << current();
        ok = false;
    }
    // Qt's own strings (dialog buttons, QWizard's Back/Next).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const char *base : {"qtbase_", "qt_"}) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLatin1String(base) + current(), qtDir)
            || qt->load(QLatin1String(base) + current(), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(qt.get());
            list.push_back(std::move(qt));
            break;
        }
    }
    return ok;
}

QString currentLanguage() { return current(); }

} // namespace od
