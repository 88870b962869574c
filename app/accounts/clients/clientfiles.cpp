// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfiles.h"

#include "accounts/configtext.h"

#include <QDir>
#include <QFile>

namespace od::ClientFiles {

bool readBytes(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Accounts::tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (f.size() > ConfigText::MaxSize) {
        *error = Accounts::tr("%1: the file is too large to be a mail client's settings file.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *out = f.read(ConfigText::MaxSize + 1);
    return true;
}

void prefixWarnings(ReadResult &r, const QString &path)
{
    for (QString &w : r.warnings)
        w = Accounts::tr("%1: %2").arg(QDir::toNativeSeparators(path), w);
    if (!r.error.isEmpty())
        r.error = Accounts::tr("%1: %2").arg(QDir::toNativeSeparators(path), r.error);
}

ReadResult readWith(FileReader reader, const QString &path)
{
    QByteArray data;
    QString error;
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
