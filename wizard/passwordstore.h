// SPDX-License-Identifier: GPL-3.0-or-later
// "Remember my password": the system keychain through QtKeychain when the build has it.
// Passwords never go to QSettings or any file of ours. Disabled in tests (QStandardPaths
// test mode) and by OD_NO_KEYCHAIN=1.
#pragma once

#include <QObject>
#include <QString>

namespace od {

class PasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Save, Load, Remove };
    Q_ENUM(Operation)

    explicit PasswordStore(QObject *parent = nullptr);

    static bool isAvailable();
    // key: the account's address and server. Both are asynchronous.
    void save(const QString &key, const QString &password);
    void load(const QString &key);
    void remove(const QString &key);

signals:
    void loaded(const QString &key, const QString &password);
    // Any failure but "no password stored yet" on loading; message is the keychain's own.
    void failed(od::PasswordStore::Operation operation, const QString &key, const QString &message);
};

} // namespace od
