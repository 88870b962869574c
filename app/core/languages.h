// SPDX-License-Identifier: GPL-3.0-or-later
// The languages the program speaks, and loading their translations (ours and Qt's).
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace od {

// "en", "nl", "de", "sv", "zh_CN".
QStringList supportedLanguages();
// The native name of a language, for choosers ("Nederlands", "简体中文").
QString languageNativeName(const QString &code);
// The best supported language for a locale (falls back to English).
QString languageForLocale(const QLocale &locale);
// Normalises user input ("de_DE", "zh", "ZH-cn") to a supported code; empty if unsupported.
QString normaliseLanguage(const QString &input);

// Replaces the application's translators with those for `code`. Returns false if the
// program's own translation could not be loaded (English needs none and always succeeds).
bool installLanguage(const QString &code);
QString currentLanguage();

} // namespace od
