// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfiles.h"

#include "accounts/configtext.h"

#include <QDir>
#include <QFile>

namespace od::ClientFiles {

bool readBytes(const QString &path, QByteArray *out, Phrase *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = accountsFilePhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1: cannot be read (%2)."), {QDir::toNativeSeparators(path)},
                                    openProblem(f, QIODevice::ReadOnly));
        return false;
    }
    if (f.size() > ConfigText::MaxSize) {
        *error = accountsPhrase(QT_TRANSLATE_NOOP("od::Accounts", "%1: the file is too large to be a mail client's settings file."), {QDir::toNativeSeparators(path)});
        return false;
    }
    *out = f.read(ConfigText::MaxSize + 1);
    return true;
}

void prefixWarnings(ReadResult &r, const QString &path)
{
    for (Phrase &w : r.warnings)
        w = aboutFile(path, std::move(w));
    if (!r.error.isEmpty())
        r.error = aboutFile(path, std::move(r.error));
}

ReadResult readWith(FileReader reader, const QString &path)
{
    QByteArray data;
    Phrase error;
    ReadResult r;
    if (!readBytes(path, &data, &error)) {
        r.error = error;
        return r;
    }
    r = reader(data, path);
    prefixWarnings(r, path);
    return r;
}

} // namespace od::ClientFiles
