// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include <QStandardPaths>

#ifdef OD_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace od {

namespace {
const QString kService = QStringLiteral("Outbox Doctor");
}

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

bool PasswordStore::isAvailable()
{
#ifdef OD_HAVE_KEYCHAIN
    return !QStandardPaths::isTestModeEnabled() && qEnvironmentVariableIntValue("OD_NO_KEYCHAIN") == 0;
#else
    return false;
#endif
}

void PasswordStore::save(const QString &key, const QString &password)
{
#ifdef OD_HAVE_KEYCHAIN
    if (!isAvailable())
        return;
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            emit failed(Operation::Save, key, j->errorString());
    });
    job->start();
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
#endif
}

void PasswordStore::load(const QString &key)
{
#ifdef OD_HAVE_KEYCHAIN
    if (!isAvailable())
        return;
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            emit loaded(key, read->textData());
        else if (read->error() != QKeychain::EntryNotFound)
            emit failed(Operation::Load, key, read->errorString());
    });
    job->start();
#else
    Q_UNUSED(key)
#endif
}

void PasswordStore::remove(const QString &key)
{
#ifdef OD_HAVE_KEYCHAIN
    if (!isAvailable())
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            emit failed(Operation::Remove, key, j->errorString());
    });
    job->start();
#else
    Q_UNUSED(key)
#endif
}

} // namespace od
