// SPDX-License-Identifier: GPL-3.0-or-later
// The one wording of the network library's error codes: QAbstractSocket::SocketError (a
// connection or a name lookup that failed) and QSslError::SslError (a certificate that did not
// pass verification). Results keep the code; the JSON carries its stable ID, and the CLI, the
// wizard and the report word it when shown, in the reader's language. Qt's own errorString()
// is worded in the language of the moment it was made, so it is never stored.
// tests/smtp/tst_networkerrors proves every code has a complete row.
#pragma once

#include "core/phrase.h"

#include <QAbstractSocket>
#include <QList>
#include <QSslError>
#include <QString>

namespace od {

struct SocketErrorInfo
{
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    const char *id = "";        // stable, in the JSON
    const char *context = "";   // the catalogue context of `text`
    const char *text = "";      // a sentence for the user
};

struct SslErrorInfo
{
    QSslError::SslError error = QSslError::UnspecifiedError;
    const char *id = "";        // stable, in the JSON
    // Qt's own wording (context "QSslSocket", translated by Qt's catalogues) where Qt has one
    // for the code, else ours.
    const char *context = "";
    const char *text = "";
};

const QList<SocketErrorInfo> &socketErrorInfos();
const QList<SslErrorInfo> &sslErrorInfos();

QString socketErrorId(QAbstractSocket::SocketError error);
Phrase socketErrorPhrase(QAbstractSocket::SocketError error);
QString sslErrorId(QSslError::SslError error);
Phrase sslErrorPhrase(QSslError::SslError error);

// What a socket's errorString() said, as a phrase that is the same in every language: Qt's
// sentences that carry the TLS library's own (English) reason ("Error during SSL handshake: %1")
// keep that reason as their argument, a certificate error becomes its code's phrase, anything
// else the phrase of `error`. `errorString` must have been made in the current language.
Phrase socketErrorDetail(QAbstractSocket::SocketError error, const QString &errorString);

} // namespace od
