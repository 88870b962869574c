// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientmessages.h"

#include <QRegularExpression>

#include <algorithm>

namespace od {

namespace {

using RE = QRegularExpression;

// Where each catalogue was read (repository:path).
constexpr const char *kThunderbird_en = "mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties";
constexpr const char *kThunderbird_de = "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMsgs.properties";
constexpr const char *kThunderbird_nl = "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMsgs.properties";
constexpr const char *kThunderbird_sv = "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/composeMsgs.properties";
constexpr const char *kThunderbird_zh = "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/messengercompose/composeMsgs.properties";
constexpr const char *kThunderbirdAndroid_en = "thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values/strings.xml";
constexpr const char *kThunderbirdAndroid_de = "thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-de/strings.xml";
constexpr const char *kThunderbirdAndroid_nl = "thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-nl/strings.xml";
constexpr const char *kThunderbirdAndroid_sv = "thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-sv/strings.xml";
constexpr const char *kThunderbirdAndroid_zh = "thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-zh-rCN/strings.xml";

// GNU gettext catalogues, as shipped in Debian 12 (bookworm) packages and written upstream:
// the English text is the msgid, from the program's source.
constexpr const char *kEvolution = "evolution-data-server-common 3.46.4 (Debian): /usr/share/locale/<lang>/LC_MESSAGES/evolution-data-server.mo; GNOME/evolution-data-server:src/camel/providers/smtp/camel-smtp-transport.c";
constexpr const char *kKSmtp = "libkpimsmtp-data 22.12.3 (Debian): /usr/share/locale/<lang>/LC_MESSAGES/libksmtp5.mo; KDE/ksmtp:src/sendjob.cpp, src/loginjob.cpp, src/session.cpp";
constexpr const char *kKMailTransport = "libkf5mailtransport-data 22.12.3 (Debian): /usr/share/locale/<lang>/LC_MESSAGES/libmailtransport5.mo; KDE/kmailtransport:src/kmailtransport/plugins/smtp/smtpjob.cpp";

// Mailspring: the English texts are LocalizedErrorStrings in app/src/mailsync-process.ts, the
// translations the values of the same keys in app/lang/<lang>.json.
constexpr const char *kMailspring = "Foundry376/Mailspring:app/lang/<lang>.json (keys: app/src/mailsync-process.ts)";

// Apple Mail: Apple publishes neither its sources nor its catalogues (Delayed.strings of
// Message.framework). The English texts are the development-language strings passed to
// MFLookupLocalizedString(key, text, table) in the decompiled frameworks of iOS 26.1 (the same
// Message framework sends mail in Mail on iPhone, iPad and Mac); other languages only where a
// published page quotes the alert word for word.
constexpr const char *kAppleConnection = "EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/Message.framework/Message/MFConnection.mm";
constexpr const char *kAppleSmtpConnection = "EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/Message.framework/Message/MFSMTPConnection.mm";
constexpr const char *kAppleSmtpDelivery = "EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/Message.framework/Message/MFSMTPDelivery.mm";
constexpr const char *kAppleSmtpAccount = "EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/Message.framework/Message/SMTPAccount.mm";
constexpr const char *kAppleSmtpResponse = "EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/MessageLegacy.framework/MessageLegacy/MFSMTPResponse.mm";
constexpr const char *kAppleAccount = "EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/Message.framework/Message/MFAccount.mm";
constexpr const char *kAppleValidator = "EthanArbuckle/iPhone18-3_26.1_23B85_Restore:System/Library/PrivateFrameworks/Message.framework/Message/MFAccountValidator.mm";
constexpr const char *kAppleMailRelayingIos8 = "https://smg.co.nz/iphone-email-shows-rejected-by-the-server-when-sending-emails/ (quotes the alert of iOS 8 and earlier)";
constexpr const char *kAppleMail_de = "https://itwelt.at/knowhow/so-beheben-sie-mailserver-fehler-in-apple-mail-fuer-macos (quotes the iOS alert)";

// Windows Mail ("Mail and Calendar"): no catalogue is published; the banner as pages quote it.
constexpr const char *kWindowsMail_en = "https://kbcomputerrepairs.co.uk/mail-app-account-settings-are-out-of-date/ (quotes the Windows 10 Mail banner)";
constexpr const char *kWindowsMail_de = "https://blog.silverpc.hu/2025/09/14/nervige-fehlermeldung-bei-windows-10-mail-so-beheben-sie-ihre-kontoeinstellungen-sind-veraltet";

// The languages each program's messages are in here: all five where its catalogue is public,
// otherwise only those a cited source gives (see clientLanguages()).
struct ClientLanguages
{
    MailClient client;
    const char *languages;
};
constexpr ClientLanguages kLanguages[] = {
    {MailClient::Thunderbird, "en nl de sv zh"},
    {MailClient::ThunderbirdAndroid, "en nl de sv zh"},
    {MailClient::Evolution, "en nl de sv zh"},
    {MailClient::KMail, "en nl de sv zh"},
    {MailClient::Mailspring, "en nl de sv zh"},
    {MailClient::AppleMail, "en de"},
    {MailClient::WindowsMail, "en de"},
    // Outlook: its own dialogs are read by the error number and the dialog's labels (codetables,
    // pastedecoder); no catalogue of its sentences is public.
    {MailClient::Outlook, ""},
};

// The messages, exactly as each catalogue words them. What a message means when no server reply
// is quoted in it: the catalogue's own description of the situation (the key and the localisation
// note say which SMTP step failed). Messages that only say "sending failed" are Unknown: a cause
// is not guessed. Thunderbird fills %s / %1$S with the server's reply where the key is about a
// command (errorSending*Command, smtpSendNotAllowed, ...), %S elsewhere with the server's name.
const QList<ClientMessage> kMessages = {
    // Thunderbird, en: mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties
    {MailClient::Thunderbird, "en", "errorSendingFromCommand",
     "An error occurred while sending mail. The mail server responded: %s. Please verify that your email address is correct in your account settings and try again.",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "errorSendingDataCommand",
     "An Outgoing server (SMTP) error occurred while sending mail. The server responded:  %s.",
     Cause::Unknown, Stage::Data, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "errorSendingMessage",
     "An error occurred while sending mail. The mail server responded:  %s. Please check the message and try again.",
     Cause::Unknown, Stage::EndOfData, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "sendFailed",
     "Sending of the message failed.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpServerError",
     "An error occurred while sending mail: Outgoing server (SMTP) error. The server responded:  %s.",
     Cause::Unknown, Stage::Unknown, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "communicationsError",
     "A communications error occurred: %d.  Please try again.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "tcpReadError",
     "A network error occurred while receiving data.  (Network Error: %s)  Try connecting again.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "couldNotGetUsersMailAddress",
     "An error occurred while sending mail:  the return mail address was invalid.  Please verify that your email address is correct in your account settings and try again.",
     Cause::SenderRejected, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "incorrectSmtpGreeting",
     "An error occurred while sending mail: The mail server sent an incorrect greeting:  %s.",
     Cause::ProtocolError, Stage::Greeting, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "errorSendingRcptCommand",
     "An error occurred while sending mail. The mail server responded:  \\n%1$S.\\n Please check the message recipient \"%2$S\" and try again.",
     Cause::Unknown, Stage::RcptTo, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "startTlsFailed",
     "An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) %S using STARTTLS since it doesn't advertise that feature. Switch off STARTTLS for that server or contact your service provider.",
     Cause::TlsFailed, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpPasswordUndefined",
     "An error occurred while sending mail: Could not get password for %S. The message was not sent.",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpTempSizeExceeded",
     "The size of the message you are trying to send exceeds a temporary size limit of the server. The message was not sent; try to reduce the message size or wait some time and try again. The server responded:  %s.",
     Cause::MessageTooLarge, Stage::MailFrom, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpPermSizeExceeded1",
     "The size of the message you are trying to send exceeds the global size limit (%d bytes) of the server. The message was not sent; reduce the message size and try again.",
     Cause::MessageTooLarge, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpPermSizeExceeded2",
     "The size of the message you are trying to send exceeds the global size limit of the server. The message was not sent; reduce the message size and try again. The server responded:  %s.",
     Cause::MessageTooLarge, Stage::MailFrom, 1, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpSendFailedUnknownServer",
     "An error occurred while sending mail: Outgoing server (SMTP) %S is unknown. The server may be incorrectly configured. Please verify that your Outgoing server (SMTP) settings are correct and try again.",
     Cause::HostNotFound, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpSendRequestRefused",
     "The message could not be sent because connecting to Outgoing server (SMTP) %S failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.",
     Cause::ConnectionRefused, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpSendInterrupted",
     "The message could not be sent because the connection to Outgoing server (SMTP) %S was lost in the middle of the transaction. Try again.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpSendTimeout",
     "The message could not be sent because the connection to Outgoing server (SMTP) %S timed out. Try again.",
     Cause::PortBlocked, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpSendFailedUnknownReason",
     "The message could not be sent using Outgoing server (SMTP) %S for an unknown reason. Please verify that your Outgoing server (SMTP) settings are correct and try again.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpHintAuthEncryptToPlainNoSsl",
     "The Outgoing server (SMTP) %S does not seem to support encrypted passwords. If you just set up the account, try changing the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)' to 'Password, transmitted insecurely'. If it used to work but now doesn't, you may be susceptible to getting your password stolen.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpHintAuthEncryptToPlainSsl",
     "The Outgoing server (SMTP) %S does not seem to support encrypted passwords. If you just set up the account, try changing the 'Authentication method' in 'Account settings | Outgoing server (SMTP)' to 'Normal password'.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpHintAuthPlainToEncrypt",
     "The Outgoing server (SMTP) %S does not allow plaintext passwords. Please try changing the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)' to 'Encrypted password'.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpAuthFailure",
     "Unable to authenticate to Outgoing server (SMTP) %S. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpAuthGssapi",
     "The Kerberos/GSSAPI ticket was not accepted by the Outgoing server (SMTP) %S. Please check that you are logged in to the Kerberos/GSSAPI realm.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpAuthMechNotSupported",
     "The Outgoing server (SMTP) %S does not support the selected authentication method. Please change the 'Authentication method' in 'Account Settings | Outgoing Server (SMTP)'.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_en},
    {MailClient::Thunderbird, "en", "smtpAuthenticationNotSupported",
     "Unable to authenticate to Outgoing server (SMTP) %S. It does not support authentication (SMTP-AUTH) but you have chosen to use authentication. Please change the 'Authentication method' to 'None' in the 'Account Settings | Outgoing Server (SMTP)' or contact your email service provider for instructions.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_en},
    // Thunderbird, de: thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMsgs.properties
    {MailClient::Thunderbird, "de", "errorSendingFromCommand",
     "Fehler beim Senden der Nachricht. Der Mail-Server antwortete: %s. Bitte überprüfen Sie, ob Ihre E-Mail-Adresse in den Konten-Einstellungen stimmt und wiederholen Sie den Vorgang.",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "errorSendingDataCommand",
     "(SMTP-)Fehler beim Senden der Nachricht. Der Mail-Server antwortete: %s",
     Cause::Unknown, Stage::Data, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "errorSendingMessage",
     "Fehler beim Senden der Nachricht. Der Mail-Server antwortete:  %s. Bitte überprüfen Sie die Nachricht und wiederholen Sie den Vorgang.",
     Cause::Unknown, Stage::EndOfData, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "sendFailed",
     "Senden der Nachricht fehlgeschlagen.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpServerError",
     "Fehler beim Senden der Nachricht: SMTP-Server-Fehler. Der Mail-Server antwortete: %s.",
     Cause::Unknown, Stage::Unknown, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "communicationsError",
     "Kommunikationsfehler aufgetreten: %d. Bitte wiederholen Sie den Vorgang.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "couldNotGetUsersMailAddress2",
     "Fehler beim Senden der Nachricht: Die Absenderadresse (Von:) ist ungültig. Bitte überprüfen Sie, ob Ihre E-Mail-Adresse korrekt ist, und wiederholen Sie den Vorgang.",
     Cause::SenderRejected, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "incorrectSmtpGreeting",
     "Fehler beim Senden der Nachricht: Der Mail-Server sendete eine ungültige Begrüßung: %s.",
     Cause::ProtocolError, Stage::Greeting, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "errorSendingRcptCommand",
     "Fehler beim Senden der Nachricht: Der Mail-Server antwortete: \\n%1$S.\\n Bitte überprüfen Sie die E-Mail-Adresse des Empfängers \"%2$S\" und wiederholen Sie den Vorgang.",
     Cause::Unknown, Stage::RcptTo, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "startTlsFailed",
     "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server %S kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt. Schalten Sie STARTTLS für diesen Server ab oder kontaktieren Sie Ihren Anbieter des E-Mail-Diensts.",
     Cause::TlsFailed, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpPasswordUndefined",
     "Fehler beim Senden der Nachricht: Passwort für %S ist nicht verfügbar. Die Nachricht wurde nicht gesendet.",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpSendNotAllowed",
     "Beim Senden der Nachricht trat ein Fehler auf. Der Postausgangs-Server antwortete:\\n%s.\\nBitte überprüfen Sie, dass sowohl verwendete Identität als auch Authentifizierungsmethode korrekt sind. Verifizieren Sie auch, dass Sie aus dem derzeit verwendeten Netzwerk über den SMTP-Server senden dürfen.",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpTooManyRecipients",
     "Die Nachricht wurde nicht gesendet, weil die erlaubte Anzahl an Empfängern überschritten wurde. Der Server antwortete: %s.",
     Cause::RateLimited, Stage::RcptTo, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpPermSizeExceeded2",
     "Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers. Die Nachricht wurde nicht gesendet; reduzieren Sie die Nachrichtengröße und versuchen Sie es nochmals. Der Server antwortete: %s.",
     Cause::MessageTooLarge, Stage::MailFrom, 1, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpSendFailedUnknownServer",
     "Fehler beim Senden der Nachricht: SMTP-Server %S ist unbekannt. Der Server ist eventuell falsch konfiguriert. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals.",
     Cause::HostNotFound, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpSendRequestRefused",
     "Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server %S fehlgeschlagen ist. Der Server ist entweder nicht verfügbar oder lehnt SMTP-Verbindungen ab. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals.",
     Cause::ConnectionRefused, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpSendInterrupted",
     "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server %S mitten in der Transaktion verloren wurde. Versuchen Sie es nochmals.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpSendTimeout",
     "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server %S ihre Ablaufzeit (Timeout) überschritten hat. Versuchen Sie es nochmals.",
     Cause::PortBlocked, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpSendFailedUnknownReason",
     "Die Nachricht konnte aus unbekannten Gründen nicht über den SMTP-Server %S gesendet werden. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpHintAuthEncryptToPlainNoSsl",
     "Der SMTP-Server %S scheint die verschlüsselte Übertragung des Passworts nicht zu unterstützen. Wenn Sie das Konto gerade neu einrichten, ändern Sie die \"Authentifizierungsmethode\" bitte versuchsweise zu \"Passwort, ungesichert übertragen\" unter \"Konten-Einstellungen | Postausgangs-Server (SMTP)\". Wenn die gewählten Einstellungen bisher funktioniert haben und nun plötzlich fehlschlagen, könnte es sich um ein typisches Szenario handeln, um Ihnen mittels der ungesicherten Passwortübertragung das Passwort zu stehlen.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpHintAuthEncryptToPlainSsl",
     "Der SMTP-Server %S scheint die Übertragung verschlüsselter Passwörter nicht zu unterstützen. Wenn Sie das Konto gerade neu einrichten, ändern Sie die \"Authentifizierungsmethode\" bitte versuchsweise zu \"Passwort, normal\" unter \"Konten-Einstellungen | Postausgangs-Server (SMTP)\".",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpHintAuthPlainToEncrypt",
     "Der SMTP-Server %S erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht. Ändern Sie die \"Authentifizierungsmethode\" bitte versuchsweise zu \"Verschlüsseltes Passwort\" unter \"Konten-Einstellungen | Postausgangs-Server (SMTP)\".",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpAuthFailure",
     "Der Postausgangs-Server (SMTP) %S kann nicht authentifiziert werden. Bitte überprüfen Sie das Passwort und die gewählte „Authentifizierungsmethode“ unter „Konten-Einstellungen | Postausgangs-Server (SMTP)“.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpAuthGssapi",
     "Das Kerberos/GSSAPI-Ticket wurde vom SMTP-Server %S nicht akzeptiert. Bitte stellen Sie sicher, dass Sie im Kerberos/GSSAPI-Bereich angemeldet sind.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_de},
    {MailClient::Thunderbird, "de", "smtpAuthMechNotSupported",
     "Der SMTP-Server %S unterstützt die gewählte Authentifizierungsmethode nicht. Bitte ändern Sie die \"Authentifizierungsmethode\" unter \"Konten-Einstellungen | Postausgangs-Server (SMTP)\".",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_de},
    // Thunderbird, nl: thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMsgs.properties
    {MailClient::Thunderbird, "nl", "errorSendingFromCommand",
     "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver antwoordde: %s. Controleer of uw e-mailadres juist is ingesteld in uw accountinstellingen en probeer het opnieuw.",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "errorSendingDataCommand",
     "Er is een fout met de uitgaande (SMTP-)server opgetreden bij het verzenden van e-mail. De server antwoordde: %s.",
     Cause::Unknown, Stage::Data, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "errorSendingMessage",
     "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver antwoordde: %s. Controleer het bericht en probeer het opnieuw.",
     Cause::Unknown, Stage::EndOfData, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "sendFailed",
     "Verzenden van het bericht is mislukt.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpServerError",
     "Er is een fout opgetreden bij het verzenden van e-mail: fout met uitgaande (SMTP-)server. De server antwoordde: %s.",
     Cause::Unknown, Stage::Unknown, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "communicationsError",
     "Er is een communicatiefout opgetreden: %d. Probeer het opnieuw.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "couldNotGetUsersMailAddress2",
     "Er is een fout opgetreden bij het verzenden van e-mail: het adres van de afzender (Van:) is ongeldig. Controleer of dit e-mailadres juist is en probeer het opnieuw.",
     Cause::SenderRejected, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "incorrectSmtpGreeting",
     "Er is een fout opgetreden bij het verzenden van e-mail: de mailserver stuurde een onjuiste begroeting: %s.",
     Cause::ProtocolError, Stage::Greeting, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "errorSendingRcptCommand",
     "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver antwoordde: \\n%1$S.\\n Controleer de berichtontvanger ‘%2$S’ en probeer het opnieuw.",
     Cause::Unknown, Stage::RcptTo, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "startTlsFailed",
     "Er is een fout opgetreden bij het verzenden van e-mail: kan geen beveiligde verbinding met uitgaande (SMTP-)server %S tot stand brengen met STARTTLS, aangezien de server die functie niet aankondigt. Schakel STARTTLS uit voor deze server of neem contact op met uw serviceprovider.",
     Cause::TlsFailed, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpPasswordUndefined",
     "Er is een fout opgetreden bij het verzenden van e-mail: kon geen wachtwoord verkrijgen voor %S. Het bericht is niet verzonden.",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpSendNotAllowed",
     "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver antwoordde:\\n%s.\\nZorg ervoor dat u de juiste identiteit gebruikt om te verzenden en dat de authenticatiemethode juist is. Controleer of u toestemming hebt om met uw huidige referenties vanaf uw huidige netwerk via deze SMTP-server te verzenden.",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpTooManyRecipients",
     "Het bericht is niet verzonden, omdat het toegestane aantal ontvangers wordt overschreden. De server antwoordde: %s.",
     Cause::RateLimited, Stage::RcptTo, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpPermSizeExceeded2",
     "De grootte van het bericht dat u wilt verzenden overschrijdt de globalegroottelimiet van de server. Het bericht is niet verzonden; verminder de berichtgrootte en probeer het opnieuw. De server antwoordde: %s.",
     Cause::MessageTooLarge, Stage::MailFrom, 1, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpSendFailedUnknownServer",
     "Er is een fout opgetreden bij het verzenden van e-mail: uitgaande (SMTP-)server %S is onbekend. Mogelijk is de server niet juist geconfigureerd. Controleer of de instellingen van uw uitgaande (SMTP-)server juist zijn en probeer het opnieuw.",
     Cause::HostNotFound, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpSendRequestRefused",
     "Het bericht kon niet worden verzonden, omdat het verbinden met uitgaande (SMTP-)server %S is mislukt. Mogelijk is de server niet beschikbaar of weigert SMTP-verbindingen. Controleer of de instellingen van uw uitgaande (SMTP-)server juist zijn en probeer het opnieuw.",
     Cause::ConnectionRefused, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpSendInterrupted",
     "Het bericht kon niet worden verzonden, omdat de verbinding met uitgaande (SMTP-)server %S in het midden van de transactie werd verbroken. Probeer het opnieuw.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpSendTimeout",
     "Het bericht kon niet worden verzonden, omdat de wachttijd voor de verbinding met uitgaande (SMTP-)server %S is verlopen. Probeer het opnieuw.",
     Cause::PortBlocked, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpSendFailedUnknownReason",
     "Het bericht kon niet worden verzonden via uitgaande (SMTP-)server %S om een onbekende reden. Controleer of de instellingen van uw uitgaande (SMTP-)server juist zijn en probeer het opnieuw.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpHintAuthEncryptToPlainNoSsl",
     "De uitgaande (SMTP-)server %S lijkt geen versleutelde wachtwoorden te ondersteunen. Als u de account zojuist hebt ingesteld, probeer dan de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’ naar ‘Wachtwoord, onbeveiligd verzonden’ te wijzigen. Als dit eerder heeft gewerkt en nu ineens niet meer, is dit een veelvoorkomend scenario wanneer iemand uw wachtwoord probeert te stelen.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpHintAuthEncryptToPlainSsl",
     "De uitgaande (SMTP-)server %S lijkt geen versleutelde wachtwoorden te ondersteunen. Als u de account zojuist hebt ingesteld, probeer dan de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’ naar ‘Normaal wachtwoord’ te wijzigen.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpHintAuthPlainToEncrypt",
     "De uitgaande (SMTP-)server %S staat geen gebruik van plattetekstwachtwoorden toe. Probeer de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’ naar ‘Versleuteld wachtwoord’ te wijzigen.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpAuthFailure",
     "Kan niet authenticeren bij uitgaande (SMTP-)server %S. Controleer het wachtwoord en verifieer de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpAuthGssapi",
     "Het Kerberos/GSSAPI-ticket werd niet geaccepteerd door de uitgaande (SMTP-)server %S. Controleer of u bij de Kerberos/GSSAPI-realm bent aangemeld.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_nl},
    {MailClient::Thunderbird, "nl", "smtpAuthMechNotSupported",
     "De uitgaande (SMTP-)server %S ondersteunt de geselecteerde authenticatiemethode niet. Wijzig de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_nl},
    // Thunderbird, sv: thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/composeMsgs.properties
    {MailClient::Thunderbird, "sv", "errorSendingFromCommand",
     "Ett fel uppstod när e-post skulle skickas. Servern svarade: %s. Kontrollera att din e-postadress är korrekt i dina kontoinställningar och försök igen.",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "errorSendingDataCommand",
     "Et utgående serverfel (SMTP) uppstod e-post skulle skickas. Servern svarade: %s.",
     Cause::Unknown, Stage::Data, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "errorSendingMessage",
     "Ett fel uppstod när e-post skulle skickas. Servern svarade: %s. Kontrollera meddelandet och försök igen.",
     Cause::Unknown, Stage::EndOfData, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "sendFailed",
     "Det gick inte att skicka meddelandet.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpServerError",
     "Ett fel uppstod när e-post skulle skickas: Utgående serverfel (SMTP). Servern svarade: %s.",
     Cause::Unknown, Stage::Unknown, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "communicationsError",
     "Ett kommunikationsfel inträffade: %d. Försök igen.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "couldNotGetUsersMailAddress2",
     "Ett fel uppstod när e-post skulle skickas: avsändarens adress (Från:) var ogiltig. Kontrollera att den här e-postadressen är korrekt och försök igen.",
     Cause::SenderRejected, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "incorrectSmtpGreeting",
     "Ett fel uppstod när e-post skulle skickas: Servern skickade en felaktig hälsning: %s.",
     Cause::ProtocolError, Stage::Greeting, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "errorSendingRcptCommand",
     "Ett fel uppstod när e-post skulle skickas. Servern svarade: \\n%1$S.\\n Kontrollera mottagarens \"%2$S\" och försök igen.",
     Cause::Unknown, Stage::RcptTo, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "startTlsFailed",
     "Ett fel uppstod när e-post skulle skickas: Det går inte att upprätta en säker länk till utgående server (SMTP) %S med STARTTLS eftersom den inte annonserat den funktionen. Stäng av STARTTLS för den servern eller kontakta din tjänsteleverantör.",
     Cause::TlsFailed, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpPasswordUndefined",
     "Ett fel uppstod när e-post skulle skickas: Kunde inte hämta lösenord för %S. Meddelandet skickades inte.",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpSendNotAllowed",
     "Ett fel uppstod när e-post skulle skickas. Mejlservern svarade:\\n%s.\\nSe till att du använder rätt identitet för att skicka och att den använder rätt autentiseringsmetod. Verifiera att du får skicka via denna SMTP-server med dina aktuella referenser från ditt nuvarande nätverk.",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpTempSizeExceeded",
     "Storleken på meddelandet du försöker skicka överskrider en temporär storleksgräns för servern. Meddelandet skickades inte; försöka minska meddelandestorleken eller vänta en stund och försök igen. Servern svarade: %s.",
     Cause::MessageTooLarge, Stage::MailFrom, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpTooManyRecipients",
     "Meddelandet skickades inte på grund av att det tillåtna antalet mottagare överskrids. Servern svarade: %s.",
     Cause::RateLimited, Stage::RcptTo, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpPermSizeExceeded1",
     "Storleken på meddelandet du försöker skicka överskrider den globala storleksgränsen (%d bytes) för servern. Meddelandet skickades inte; minska meddelandestorleken och försök igen.",
     Cause::MessageTooLarge, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpPermSizeExceeded2",
     "Storleken på meddelandet du försöker skicka överskrider den globala storleksgränsen för servern. Meddelandet skickades inte; minska meddelandestorleken och försök igen. Servern svarade: %s.",
     Cause::MessageTooLarge, Stage::MailFrom, 1, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpSendFailedUnknownServer",
     "Ett fel uppstod när e-post skulle skickas: Utgående server (SMTP) %S är okänd. Servern kan vara felaktigt konfigurerad. Kontrollera att dina inställningar för utgående server (SMTP) är korrekta och försök igen.",
     Cause::HostNotFound, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpSendRequestRefused",
     "Meddelandet kunde inte skickas eftersom anslutning till utgående server (SMTP) %S misslyckades. Servern kan vara otillgänglig eller nekar anslutningar till utgående server (SMTP). Kontrollera att dina inställningar för utgående server (SMTP) är korrekta och försök igen.",
     Cause::ConnectionRefused, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpSendInterrupted",
     "Meddelandet kunde inte skickas eftersom anslutningen till utgående server (SMTP) %S förlorades mitt under transaktionen. Försök igen.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpSendTimeout",
     "Meddelandet kunde inte skickas eftersom anslutningen till utgående server (SMTP) %S gjorde timeout. Försök igen.",
     Cause::PortBlocked, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpSendFailedUnknownReason",
     "Meddelandet kunde inte skickas med hjälp av utgående server (SMTP) %S av okänd anledning. Kontrollera att dina inställningar för utgående server (SMTP) är korrekta och försök igen.",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpHintAuthEncryptToPlainNoSsl",
     "Den utgående servern (SMTP) %S stöder inte krypterade lösenord. Om du just har konfigurerat kontot, prova att ändra 'Autentiseringsmetod' i 'Kontoinställningar | Server för utgående e-post' till 'Lösenord, osäker överföring'. Om det tidigare fungerade och nu plötsligt misslyckas är det ett vanligt tecken på när någon försöker stjäla ditt lösenord.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpHintAuthEncryptToPlainSsl",
     "Den utgående servern (SMTP) %S stöder inte krypterade lösenord. Om du just har konfigurerat kontot, prova att ändra 'Autentiseringsmetod' i 'Kontoinställningar | Server för utgående e-post' till 'Lösenord'.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpHintAuthPlainToEncrypt",
     "Den utgående servern (SMTP) %S tillåter inte lösenord i klartext. Försök att ändra 'Autentiseringsmetod' i 'Kontoinställningar | Server för utgående e-post' till 'Krypterat lösenord'",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpAuthFailure",
     "Kan inte autentisera till utgående server (SMTP) %S. Kontrollera lösenordet och kontrollera 'Autentiseringsmetod' i 'Kontoinställningar | Server för utgående e-post'.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpAuthGssapi",
     "Kerberos/GSSAPI biljetten accepterades inte av den utgående servern (SMTP) %S. Kontrollera att du är inloggad på Kerberos/GSSAPI-sfären.",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_sv},
    {MailClient::Thunderbird, "sv", "smtpAuthMechNotSupported",
     "Den utgående servern (SMTP) %S stöder inte den valda autentiseringsmetoden. Vänligen ändra 'Autentiseringsmetod' i 'Kontoinställningar | Server för utgående e-post'.",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_sv},
    // Thunderbird, zh: thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/messengercompose/composeMsgs.properties
    {MailClient::Thunderbird, "zh", "errorSendingFromCommand",
     "发送邮件时出错。邮件服务器响应：%s。请验证您在账户设置中的电子邮件地址是否正确，然后再试。",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "errorSendingDataCommand",
     "发送邮件时发件服务器（SMTP）出错。服务器响应：%s。",
     Cause::Unknown, Stage::Data, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "errorSendingMessage",
     "发送邮件时出错。邮件服务器响应：%s。请检查该消息然后再试。",
     Cause::Unknown, Stage::EndOfData, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "sendFailed",
     "消息发送失败。",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpServerError",
     "发送邮件时出错：发件服务器（SMTP）错误。服务器响应：%s。",
     Cause::Unknown, Stage::Unknown, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "communicationsError",
     "发生通信错误：%d。请重试。",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "couldNotGetUsersMailAddress2",
     "发送邮件出错：发件人地址（From:）无效。请确认该地址正确后再试一次。",
     Cause::SenderRejected, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "incorrectSmtpGreeting",
     "发送邮件时出错：邮件服务器发送了一个不正确的问候：%s。",
     Cause::ProtocolError, Stage::Greeting, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "errorSendingRcptCommand",
     "发送邮件时出错。邮件服务器响应：\\n%1$S.\\n请检查消息收件人“%2$S”然后重试。",
     Cause::Unknown, Stage::RcptTo, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "startTlsFailed",
     "发送邮件时出错：无法与发件服务器（SMTP） %S 使用 STARTTLS 建立安全连接，因为它不宣称支持此功能。请关闭对此服务器的 STARTTLS，或者联系您的服务提供商。",
     Cause::TlsFailed, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpPasswordUndefined",
     "发送邮件的时候出错：无法获取 %S 的密码。这个消息未发送。",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpSendNotAllowed",
     "发送邮件时出错，邮件服务器响应：\\n%s。 \\n请确保您在使用正确的身份发送，且使用了正确的验证方式。请确认您已被允许在当前的网络、登录信息下使用此 SMTP 服务器进行发送。",
     Cause::SenderRejected, Stage::MailFrom, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpTooManyRecipients",
     "消息发送失败，因为收件人数量超出上限。服务器响应：%s。",
     Cause::RateLimited, Stage::RcptTo, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpPermSizeExceeded2",
     "您尝试发送的消息大小超过了全局大小限制。消息未发送。请减少消息大小，然后重试。 服务器返回：%s。",
     Cause::MessageTooLarge, Stage::MailFrom, 1, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpSendFailedUnknownServer",
     "发送邮件时出错：发件服务器（SMTP） %S 未知。服务器可能配置错误，请确认您的发件服务器（SMTP）配置正确并稍后重试。",
     Cause::HostNotFound, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpSendRequestRefused",
     "因为无法连接到发件服务器（SMTP） %S，邮件未能发送。该服务器可能暂时不可用，或者拒绝 SMTP 连接。请验证您的发件服务器（SMTP）设置是否正确，然后再试。",
     Cause::ConnectionRefused, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpSendInterrupted",
     "消息未发送，因为与发件服务器（SMTP） %S 的连接在传输过程中中断。请重试。",
     Cause::ServerUnavailable, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpSendTimeout",
     "消息未发送，因为与发件服务器（SMTP）%S 的连接超时。请重试。",
     Cause::PortBlocked, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpSendFailedUnknownReason",
     "消息无法通过发件服务器（SMTP）%S 发送，原因未知。请确认你的发件服务器（SMTP）设置正确，然后重试。",
     Cause::Unknown, Stage::Unknown, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpHintAuthEncryptToPlainNoSsl",
     "发件服务器（SMTP） %S 似乎不支持加密过的密码。如果您刚设置好这个账号，请尝试将“账号设置 | 发件服务器（SMTP）”中的“验证方式”更改为“不安全传输的密码”。如果这曾经可用但现在已不支持，您可能要考虑您的密码是否已被盗。",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpHintAuthEncryptToPlainSsl",
     "发件服务器（SMTP） %S 似乎不支持加密过的密码。如果您刚设置好这个账号，请尝试将“账号设置 | 发件服务器（SMTP）”中的“验证方式”更改为“普通密码”。",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpHintAuthPlainToEncrypt",
     "发件服务器（SMTP） %S 不允许明文密码。请尝试将“账号设置 | 发件服务器（SMTP）”中的“验证方式”更改为“加密的密码”。",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpAuthFailure",
     "无法向发件服务器（SMTP） %S 进行认证。请检查密码和验证“账号设置 | 服务器设置”中的“认证方式”。",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpAuthGssapi",
     "Kerberos/GSSAPI 令牌没有被发件服务器（SMTP）%S 接受。请检查您是否已经登录 Kerberos/GSSAPI 域。",
     Cause::AuthFailed, Stage::Auth, 0, kThunderbird_zh},
    {MailClient::Thunderbird, "zh", "smtpAuthMechNotSupported",
     "发件服务器（SMTP）%S 不支持您所选择的认证方式。请试着修改“账号设置”中“服务器设置”的“认证方式”。",
     Cause::AuthUnavailable, Stage::Auth, 0, kThunderbird_zh},
    // ThunderbirdAndroid, en: thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values/strings.xml
    {MailClient::ThunderbirdAndroid, "en", "notification_authentication_error_title",
     "Authentication failed",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_en},
    {MailClient::ThunderbirdAndroid, "en", "notification_authentication_error_text",
     "Authentication failed for %1$s. Update your server settings.",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_en},
    {MailClient::ThunderbirdAndroid, "en", "notification_certificate_error_public",
     "Certificate error",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_en},
    {MailClient::ThunderbirdAndroid, "en", "notification_certificate_error_title",
     "Certificate error for %1$s",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_en},
    {MailClient::ThunderbirdAndroid, "en", "send_failure_subject",
     "Failed to send some messages",
     Cause::Unknown, Stage::Unknown, 0, kThunderbirdAndroid_en},
    // ThunderbirdAndroid, de: thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-de/strings.xml
    {MailClient::ThunderbirdAndroid, "de", "notification_authentication_error_title",
     "Authentifizierung fehlgeschlagen",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_de},
    {MailClient::ThunderbirdAndroid, "de", "notification_authentication_outgoing_server_error_text",
     "Authentifizierung für %1$s fehlgeschlagen. Aktualisiere deine Einstellungen für den Postausgangsserver.",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_de},
    {MailClient::ThunderbirdAndroid, "de", "notification_certificate_error_public",
     "Zertifikatsfehler",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_de},
    {MailClient::ThunderbirdAndroid, "de", "notification_certificate_error_title",
     "Zertifikatsproblem (%1$s)",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_de},
    {MailClient::ThunderbirdAndroid, "de", "send_failure_subject",
     "Nachrichten konnten nicht gesendet werden",
     Cause::Unknown, Stage::Unknown, 0, kThunderbirdAndroid_de},
    // ThunderbirdAndroid, nl: thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-nl/strings.xml
    {MailClient::ThunderbirdAndroid, "nl", "notification_authentication_error_title",
     "Authenticatie mislukt",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_nl},
    {MailClient::ThunderbirdAndroid, "nl", "notification_authentication_outgoing_server_error_text",
     "Authenticatie voor %1$s is mislukt. Werk uw instellingen voor de uitgaande server bij.",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_nl},
    {MailClient::ThunderbirdAndroid, "nl", "notification_certificate_error_public",
     "Certificaatfout",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_nl},
    {MailClient::ThunderbirdAndroid, "nl", "notification_certificate_error_title",
     "Certificaatfout voor %1$s",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_nl},
    {MailClient::ThunderbirdAndroid, "nl", "send_failure_subject",
     "Fout bij verzenden van enkele berichten",
     Cause::Unknown, Stage::Unknown, 0, kThunderbirdAndroid_nl},
    // ThunderbirdAndroid, sv: thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-sv/strings.xml
    {MailClient::ThunderbirdAndroid, "sv", "notification_authentication_error_title",
     "Autentisering misslyckades",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_sv},
    {MailClient::ThunderbirdAndroid, "sv", "notification_certificate_error_public",
     "Certifikatfel",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_sv},
    {MailClient::ThunderbirdAndroid, "sv", "notification_certificate_error_title",
     "Certifikatfel för %1$s",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_sv},
    {MailClient::ThunderbirdAndroid, "sv", "send_failure_subject",
     "Det gick inte att skicka några meddelanden",
     Cause::Unknown, Stage::Unknown, 0, kThunderbirdAndroid_sv},
    // ThunderbirdAndroid, zh: thunderbird/thunderbird-android:feature/notification/api/src/commonMain/composeResources/values-zh-rCN/strings.xml
    {MailClient::ThunderbirdAndroid, "zh", "notification_authentication_error_title",
     "身份验证失败",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_zh},
    {MailClient::ThunderbirdAndroid, "zh", "notification_authentication_outgoing_server_error_text",
     "%1$s 的身份验证失败。请更新您的发件服务器设置。",
     Cause::AuthFailed, Stage::Unknown, 0, kThunderbirdAndroid_zh},
    {MailClient::ThunderbirdAndroid, "zh", "notification_certificate_error_public",
     "证书错误",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_zh},
    {MailClient::ThunderbirdAndroid, "zh", "notification_certificate_error_title",
     "%1$s 的证书错误",
     Cause::CertificateInvalid, Stage::Unknown, 0, kThunderbirdAndroid_zh},
    {MailClient::ThunderbirdAndroid, "zh", "send_failure_subject",
     "无法发送部分邮件",
     Cause::Unknown, Stage::Unknown, 0, kThunderbirdAndroid_zh},

    // Evolution, en
    {MailClient::Evolution, "en", "Failed to connect to SMTP server %s in secure mode: %s",
     "Failed to connect to SMTP server %s in secure mode: %s",
     Cause::TlsFailed, Stage::StartTls, 0, kEvolution},
    {MailClient::Evolution, "en", "SMTP server %s does not support %s authentication",
     "SMTP server %s does not support %s authentication",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "en", "AUTH command failed: ",
     "AUTH command failed: ",
     Cause::AuthFailed, Stage::Auth, kReplyFollows, kEvolution},
    {MailClient::Evolution, "en", "MAIL FROM command failed: ",
     "MAIL FROM command failed: ",
     Cause::SenderRejected, Stage::MailFrom, kReplyFollows, kEvolution},
    {MailClient::Evolution, "en", "RCPT TO command failed: ",
     "RCPT TO command failed: ",
     Cause::Unknown, Stage::RcptTo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "en", "DATA command failed: ",
     "DATA command failed: ",
     Cause::Unknown, Stage::Data, kReplyFollows, kEvolution},
    {MailClient::Evolution, "en", "HELO command failed: ",
     "HELO command failed: ",
     Cause::Unknown, Stage::Ehlo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "en", "STARTTLS command failed: ",
     "STARTTLS command failed: ",
     Cause::TlsFailed, Stage::StartTls, kReplyFollows, kEvolution},
    {MailClient::Evolution, "en", "Welcome response error: ",
     "Welcome response error: ",
     Cause::Unknown, Stage::Greeting, kReplyFollows, kEvolution},
    {MailClient::Evolution, "en", "Authentication mechanism is too weak",
     "Authentication mechanism is too weak",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "en", "Encryption required for requested authentication mechanism",
     "Encryption required for requested authentication mechanism",
     Cause::TlsRequired, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "en", "Temporary authentication failure",
     "Temporary authentication failure",
     Cause::AuthFailed, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "en", "Service not available, closing transmission channel",
     "Service not available, closing transmission channel",
     Cause::ServerUnavailable, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "en", "Host lookup “%s” failed. Check your host name for spelling errors.",
     "Host lookup “%s” failed. Check your host name for spelling errors.",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "en", "Host lookup “%s” failed: %s",
     "Host lookup “%s” failed: %s",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    // Evolution, de
    {MailClient::Evolution, "de", "Failed to connect to SMTP server %s in secure mode: %s",
     "Verbindung mit SMTP-Server %s im sicheren Modus ist gescheitert: %s",
     Cause::TlsFailed, Stage::StartTls, 0, kEvolution},
    {MailClient::Evolution, "de", "SMTP server %s does not support %s authentication",
     "SMTP-Server %s unterstützt den Legitimierungstypen %s nicht",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "de", "AUTH command failed: ",
     "AUTH-Befehl gescheitert: ",
     Cause::AuthFailed, Stage::Auth, kReplyFollows, kEvolution},
    {MailClient::Evolution, "de", "MAIL FROM command failed: ",
     "MAIL FROM-Befehl gescheitert: ",
     Cause::SenderRejected, Stage::MailFrom, kReplyFollows, kEvolution},
    {MailClient::Evolution, "de", "RCPT TO command failed: ",
     "RCPT TO-Befehl gescheitert: ",
     Cause::Unknown, Stage::RcptTo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "de", "DATA command failed: ",
     "DATA-Befehl gescheitert: ",
     Cause::Unknown, Stage::Data, kReplyFollows, kEvolution},
    {MailClient::Evolution, "de", "HELO command failed: ",
     "HELO-Befehl gescheitert: ",
     Cause::Unknown, Stage::Ehlo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "de", "STARTTLS command failed: ",
     "STARTTLS-Befehl gescheitert: ",
     Cause::TlsFailed, Stage::StartTls, kReplyFollows, kEvolution},
    {MailClient::Evolution, "de", "Welcome response error: ",
     "Fehler bei Welcome-Antwort: ",
     Cause::Unknown, Stage::Greeting, kReplyFollows, kEvolution},
    {MailClient::Evolution, "de", "Authentication mechanism is too weak",
     "Legitimierungsmechanismus ist zu schwach",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "de", "Encryption required for requested authentication mechanism",
     "Für den verlangten Legitimierungsmechanismus ist eine Verschlüsselung erforderlich",
     Cause::TlsRequired, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "de", "Temporary authentication failure",
     "Legitimierung vorübergehend gescheitert",
     Cause::AuthFailed, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "de", "Service not available, closing transmission channel",
     "Dienst nicht verfügbar, Übertragungskanal wird geschlossen",
     Cause::ServerUnavailable, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "de", "Host lookup “%s” failed. Check your host name for spelling errors.",
     "Finden des Rechners »%s« ist fehlgeschlagen. Überprüfen Sie den Rechnernamen auf Rechtschreibfehler.",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "de", "Host lookup “%s” failed: %s",
     "Finden des Rechners »%s« fehlgeschlagen: %s",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    // Evolution, nl
    {MailClient::Evolution, "nl", "Failed to connect to SMTP server %s in secure mode: %s",
     "Fout bij opzetten van beveiligde verbinding met SMTP-server ‘%s’: %s",
     Cause::TlsFailed, Stage::StartTls, 0, kEvolution},
    {MailClient::Evolution, "nl", "SMTP server %s does not support %s authentication",
     "SMTP-server ‘%s’ ondersteunt authenticatie %s niet",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "nl", "AUTH command failed: ",
     "AUTH-opdracht mislukt: ",
     Cause::AuthFailed, Stage::Auth, kReplyFollows, kEvolution},
    {MailClient::Evolution, "nl", "MAIL FROM command failed: ",
     "MAIL FROM-opdracht mislukt: ",
     Cause::SenderRejected, Stage::MailFrom, kReplyFollows, kEvolution},
    {MailClient::Evolution, "nl", "RCPT TO command failed: ",
     "RCPT TO-opdracht mislukt: %s ",
     Cause::Unknown, Stage::RcptTo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "nl", "DATA command failed: ",
     "DATA-opdracht mislukt: ",
     Cause::Unknown, Stage::Data, kReplyFollows, kEvolution},
    {MailClient::Evolution, "nl", "HELO command failed: ",
     "HELO-opdracht mislukt: ",
     Cause::Unknown, Stage::Ehlo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "nl", "STARTTLS command failed: ",
     "STARTTLS-opdracht mislukt: ",
     Cause::TlsFailed, Stage::StartTls, kReplyFollows, kEvolution},
    {MailClient::Evolution, "nl", "Welcome response error: ",
     "Fout in welkomstbericht: ",
     Cause::Unknown, Stage::Greeting, kReplyFollows, kEvolution},
    {MailClient::Evolution, "nl", "Authentication mechanism is too weak",
     "Aanmeldingsmechanisme te zwak",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "nl", "Encryption required for requested authentication mechanism",
     "Versleuteling vereist voor gewenst aanmeldingsmechanisme",
     Cause::TlsRequired, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "nl", "Temporary authentication failure",
     "Tijdelijke fout bij aanmelden",
     Cause::AuthFailed, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "nl", "Service not available, closing transmission channel",
     "Systeemdienst niet beschikbaar; overdrachtskanaal gesloten",
     Cause::ServerUnavailable, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "nl", "Host lookup “%s” failed. Check your host name for spelling errors.",
     "Opzoeken host ‘%s’ is mislukt. Controleer of de hostnaam goed gespeld is.",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "nl", "Host lookup “%s” failed: %s",
     "Host ‘%s’ opzoeken is mislukt: %s",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    // Evolution, sv
    {MailClient::Evolution, "sv", "Failed to connect to SMTP server %s in secure mode: %s",
     "Misslyckades med att ansluta till SMTP-servern %s i säkert läge: %s",
     Cause::TlsFailed, Stage::StartTls, 0, kEvolution},
    {MailClient::Evolution, "sv", "SMTP server %s does not support %s authentication",
     "SMTP-servern %s saknar stöd för %s-autentisering",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "sv", "AUTH command failed: ",
     "AUTH-kommandot misslyckades: ",
     Cause::AuthFailed, Stage::Auth, kReplyFollows, kEvolution},
    {MailClient::Evolution, "sv", "MAIL FROM command failed: ",
     "MAIL FROM-kommandot misslyckades: ",
     Cause::SenderRejected, Stage::MailFrom, kReplyFollows, kEvolution},
    {MailClient::Evolution, "sv", "RCPT TO command failed: ",
     "RCPT TO-kommandot misslyckades: ",
     Cause::Unknown, Stage::RcptTo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "sv", "DATA command failed: ",
     "DATA-kommandot misslyckades: ",
     Cause::Unknown, Stage::Data, kReplyFollows, kEvolution},
    {MailClient::Evolution, "sv", "HELO command failed: ",
     "HELO-kommandot misslyckades: ",
     Cause::Unknown, Stage::Ehlo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "sv", "STARTTLS command failed: ",
     "STARTTLS-kommandot misslyckades: ",
     Cause::TlsFailed, Stage::StartTls, kReplyFollows, kEvolution},
    {MailClient::Evolution, "sv", "Welcome response error: ",
     "Fel i välkomstsvar: ",
     Cause::Unknown, Stage::Greeting, kReplyFollows, kEvolution},
    {MailClient::Evolution, "sv", "Authentication mechanism is too weak",
     "Autentiseringsmekanismen är för svag",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "sv", "Encryption required for requested authentication mechanism",
     "Kryptering behövs för begärd autentiseringsmekanism",
     Cause::TlsRequired, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "sv", "Temporary authentication failure",
     "Tillfälligt autentiseringsmisslyckande",
     Cause::AuthFailed, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "sv", "Service not available, closing transmission channel",
     "Tjänsten inte tillgänglig, stänger överföringskanalen",
     Cause::ServerUnavailable, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "sv", "Host lookup “%s” failed. Check your host name for spelling errors.",
     "Värduppslagning ”%s” misslyckades. Kontrollera ditt värdnamn efter felstavningar.",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "sv", "Host lookup “%s” failed: %s",
     "Uppslagning av värdnamn ”%s” misslyckades: %s",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    // Evolution, zh
    {MailClient::Evolution, "zh", "Failed to connect to SMTP server %s in secure mode: %s",
     "以安全模式连接 SMTP 服务器 %s 失败：%s",
     Cause::TlsFailed, Stage::StartTls, 0, kEvolution},
    {MailClient::Evolution, "zh", "SMTP server %s does not support %s authentication",
     "SMTP 服务器 %s 不支持 %s 认证",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "zh", "AUTH command failed: ",
     "AUTH 命令失败：",
     Cause::AuthFailed, Stage::Auth, kReplyFollows, kEvolution},
    {MailClient::Evolution, "zh", "MAIL FROM command failed: ",
     "MAIL FROM 命令失败：",
     Cause::SenderRejected, Stage::MailFrom, kReplyFollows, kEvolution},
    {MailClient::Evolution, "zh", "RCPT TO command failed: ",
     "RCTP TO 命令失败：",
     Cause::Unknown, Stage::RcptTo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "zh", "DATA command failed: ",
     "DATP 命令失败：",
     Cause::Unknown, Stage::Data, kReplyFollows, kEvolution},
    {MailClient::Evolution, "zh", "HELO command failed: ",
     "HELO 命令失败：",
     Cause::Unknown, Stage::Ehlo, kReplyFollows, kEvolution},
    {MailClient::Evolution, "zh", "STARTTLS command failed: ",
     "STARTTLS 命令失败：",
     Cause::TlsFailed, Stage::StartTls, kReplyFollows, kEvolution},
    {MailClient::Evolution, "zh", "Welcome response error: ",
     "问候应答错误：",
     Cause::Unknown, Stage::Greeting, kReplyFollows, kEvolution},
    {MailClient::Evolution, "zh", "Authentication mechanism is too weak",
     "认证机制太弱",
     Cause::AuthUnavailable, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "zh", "Encryption required for requested authentication mechanism",
     "请求的认证机制必须加密",
     Cause::TlsRequired, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "zh", "Temporary authentication failure",
     "临时认证失败",
     Cause::AuthFailed, Stage::Auth, 0, kEvolution},
    {MailClient::Evolution, "zh", "Service not available, closing transmission channel",
     "服务不可用，正在关闭传输通道",
     Cause::ServerUnavailable, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "zh", "Host lookup “%s” failed. Check your host name for spelling errors.",
     "主机“%s”查找失败，请检查主机名是否存在拼写错误。",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    {MailClient::Evolution, "zh", "Host lookup “%s” failed: %s",
     "查找主机“%s”失败：%s",
     Cause::HostNotFound, Stage::Unknown, 0, kEvolution},
    // KMail, en
    {MailClient::KMail, "en", "Connection to server lost.",
     "Connection to server lost.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "en", "Could not authenticate to the SMTP server because no matching authentication method has been found",
     "Could not authenticate to the SMTP server because no matching authentication method has been found",
     Cause::AuthUnavailable, Stage::Auth, 0, kKSmtp},
    {MailClient::KMail, "en", "Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)",
     "Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)",
     Cause::MessageTooLarge, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "en", "Insufficient storage space on server. The server said: %1",
     "Insufficient storage space on server. The server said: %1",
     Cause::ServerUnavailable, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "en", "Mailbox unavailable. The server said: %1",
     "Mailbox unavailable. The server said: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "en", "Server error: %1",
     "Server error: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "en", "Service not available",
     "Service not available",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "en", "Token expired",
     "Token expired",
     Cause::AuthFailed, Stage::Auth, 0, kKSmtp},
    // KMail, de
    {MailClient::KMail, "de", "Connection to server lost.",
     "Die Verbindung zum Server ist abgebrochen.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "de", "Could not authenticate to the SMTP server because no matching authentication method has been found",
     "Es kann nicht am SMTP-Server authentifiziert werden, da keine passende Authentifizierungsmethode gefunden wurde.",
     Cause::AuthUnavailable, Stage::Auth, 0, kKSmtp},
    {MailClient::KMail, "de", "Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)",
     "Die Nachricht kann nicht gesendet werden, da sie die maximal erlaubte Größe von %1 Byte überschreitet. (Nachrichtengröße: %2 Byte.)",
     Cause::MessageTooLarge, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "de", "Insufficient storage space on server. The server said: %1",
     "Unzureichender Speicherplatz auf dem Server. Servermeldung: %1",
     Cause::ServerUnavailable, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "de", "Mailbox unavailable. The server said: %1",
     "Postfach nicht erreichbar. Servermeldung: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "de", "Server error: %1",
     "Serverfehler: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "de", "Service not available",
     "Dienst nicht verfügbar",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "de", "Token expired",
     "Token ist abgelaufen",
     Cause::AuthFailed, Stage::Auth, 0, kKSmtp},
    // KMail, nl
    {MailClient::KMail, "nl", "Connection to server lost.",
     "Verbinding met server verbroken.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "nl", "Could not authenticate to the SMTP server because no matching authentication method has been found",
     "Kon geen toegang tot de SMTP-server krijgen omdat er geen overeenkomende authenticatiemethode is gevonden",
     Cause::AuthUnavailable, Stage::Auth, 0, kKSmtp},
    {MailClient::KMail, "nl", "Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)",
     "Kon het bericht niet verzenden omdat de maximaal aantal toegestane grootte van %1 bytes wordt overschreden. (Berichtgrootte is %2 bytes).",
     Cause::MessageTooLarge, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "nl", "Insufficient storage space on server. The server said: %1",
     "Onvoldoende opslagruimte op server. De server zei: %1",
     Cause::ServerUnavailable, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "nl", "Mailbox unavailable. The server said: %1",
     "Postbus niet beschikbaar. De server zei: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "nl", "Server error: %1",
     "Serverfout: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "nl", "Service not available",
     "Service niet beschikbaar",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "nl", "Token expired",
     "Token is verlopen",
     Cause::AuthFailed, Stage::Auth, 0, kKSmtp},
    // KMail, sv
    {MailClient::KMail, "sv", "Connection to server lost.",
     "Anslutningen till servern förlorad.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "sv", "Could not authenticate to the SMTP server because no matching authentication method has been found",
     "Kunde inte erhålla behörighet av SMTP-servern eftersom ingen matchande metod för behörighetskontroll hittades",
     Cause::AuthUnavailable, Stage::Auth, 0, kKSmtp},
    {MailClient::KMail, "sv", "Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)",
     "Kunde inte skicka brevet eftersom det överskrider den största tillåtna storleken %1 byte (brevstorlek: %2 byte).",
     Cause::MessageTooLarge, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "sv", "Insufficient storage space on server. The server said: %1",
     "Otillräckligt lagringsutrymme på servern. Servern svarade: %1",
     Cause::ServerUnavailable, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "sv", "Mailbox unavailable. The server said: %1",
     "Brevlåda ej tillgänglig. Servern svarade: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "sv", "Server error: %1",
     "Serverfel: %1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "sv", "Service not available",
     "Tjänst ej tillgänglig",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "sv", "Token expired",
     "Symbol utgången",
     Cause::AuthFailed, Stage::Auth, 0, kKSmtp},
    // KMail, zh
    {MailClient::KMail, "zh", "Connection to server lost.",
     "与服务器的连接丢失。",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "zh", "Could not authenticate to the SMTP server because no matching authentication method has been found",
     "无法在该 SMTP 服务器上进行身份验证，无法找到匹配的身份验证方式",
     Cause::AuthUnavailable, Stage::Auth, 0, kKSmtp},
    {MailClient::KMail, "zh", "Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)",
     "无法发送该信件，它超过了最大允许的 %1 字节大小。(信件大小：%2 字节。)",
     Cause::MessageTooLarge, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "zh", "Insufficient storage space on server. The server said: %1",
     "服务器的存储空间不足，服务器响应为：%1",
     Cause::ServerUnavailable, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "zh", "Mailbox unavailable. The server said: %1",
     "无法访问此邮箱，服务器响应为：%1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "zh", "Server error: %1",
     "服务器出错：%1",
     Cause::Unknown, Stage::Unknown, 1, kKSmtp},
    {MailClient::KMail, "zh", "Service not available",
     "服务不可用",
     Cause::ServerUnavailable, Stage::Unknown, 0, kKSmtp},
    {MailClient::KMail, "zh", "Token expired",
     "令牌已过期",
     Cause::AuthFailed, Stage::Auth, 0, kKSmtp},
    // KMail, en
    {MailClient::KMail, "en", "This server does not support authentication",
     "This server does not support authentication",
     Cause::AuthUnavailable, Stage::Auth, 0, kKMailTransport},
    {MailClient::KMail, "en", "You need to supply a username and a password to use this SMTP server.",
     "You need to supply a username and a password to use this SMTP server.",
     Cause::AuthRequired, Stage::Auth, 0, kKMailTransport},
    // KMail, de
    {MailClient::KMail, "de", "This server does not support authentication",
     "Dieser Server unterstützt keine Authentifizierung",
     Cause::AuthUnavailable, Stage::Auth, 0, kKMailTransport},
    {MailClient::KMail, "de", "You need to supply a username and a password to use this SMTP server.",
     "Um diesen Server zu verwenden, müssen Sie einen Benutzernamen und ein Passwort angeben.",
     Cause::AuthRequired, Stage::Auth, 0, kKMailTransport},
    // KMail, nl
    {MailClient::KMail, "nl", "This server does not support authentication",
     "Deze server biedt geen ondersteuning voor authenticatie",
     Cause::AuthUnavailable, Stage::Auth, 0, kKMailTransport},
    {MailClient::KMail, "nl", "You need to supply a username and a password to use this SMTP server.",
     "U dient een gebruikersnaam en wachtwoord op te geven voor deze SMTP-server.",
     Cause::AuthRequired, Stage::Auth, 0, kKMailTransport},
    // KMail, sv
    {MailClient::KMail, "sv", "This server does not support authentication",
     "Servern stöder inte behörighetskontroll",
     Cause::AuthUnavailable, Stage::Auth, 0, kKMailTransport},
    {MailClient::KMail, "sv", "You need to supply a username and a password to use this SMTP server.",
     "Du måste ange ett användarnamn och ett lösenord för att använda den här SMTP-servern.",
     Cause::AuthRequired, Stage::Auth, 0, kKMailTransport},
    // KMail, zh
    {MailClient::KMail, "zh", "This server does not support authentication",
     "此服务器不支持身份验证",
     Cause::AuthUnavailable, Stage::Auth, 0, kKMailTransport},
    {MailClient::KMail, "zh", "You need to supply a username and a password to use this SMTP server.",
     "您需要提供用户名和密码来使用这个 SMTP 服务器。",
     Cause::AuthRequired, Stage::Auth, 0, kKMailTransport},
    // Mailspring, en
    {MailClient::Mailspring, "en", "A Gmail application-specific password is required.",
     "A Gmail application-specific password is required.",
     Cause::PasswordLoginDisabled, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "Authentication Error - Check your username and password.",
     "Authentication Error - Check your username and password.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "Authentication required.",
     "Authentication required.",
     Cause::AuthRequired, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "Certificate Error",
     "Certificate Error",
     Cause::CertificateInvalid, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "Connection Error - Unable to connect to the server / port you provided.",
     "Connection Error - Unable to connect to the server / port you provided.",
     Cause::PortBlocked, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "TLS Not Available",
     "TLS Not Available",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "StartTLS is not available.",
     "StartTLS is not available.",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "Sorry, your SMTP server does not support basic username / password authentication.",
     "Sorry, your SMTP server does not support basic username / password authentication.",
     Cause::AuthUnavailable, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "The Outlook server said you must sign in via a web browser.",
     "The Outlook server said you must sign in via a web browser.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "The SMTP server would not relay a message. You may need to authenticate.",
     "The SMTP server would not relay a message. You may need to authenticate.",
     Cause::RelayDenied, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "The message contains an illegal attachment that is not allowed by the server.",
     "The message contains an illegal attachment that is not allowed by the server.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "The message has been blocked because no sender is configured.",
     "The message has been blocked because no sender is configured.",
     Cause::SenderRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "The message has been blocked by Yahoo - you have exceeded your daily sending limit.",
     "The message has been blocked by Yahoo - you have exceeded your daily sending limit.",
     Cause::RateLimited, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "The message has been blocked by Yahoo's outbound spam filter.",
     "The message has been blocked by Yahoo's outbound spam filter.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "en", "The server said you must sign in via your webmail.",
     "The server said you must sign in via your webmail.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    // Mailspring, de
    {MailClient::Mailspring, "de", "A Gmail application-specific password is required.",
     "Ein für Gmail anwendungsspezifisches Passwort ist erforderlich.",
     Cause::PasswordLoginDisabled, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "Authentication Error - Check your username and password.",
     "Authentifizierungsfehler - Überprüfen Sie Ihren Benutzernamen und Ihr Passwort.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "Authentication required.",
     "Authentifizierung erforderlich.",
     Cause::AuthRequired, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "Certificate Error",
     "Zertifikatfehler",
     Cause::CertificateInvalid, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "Connection Error - Unable to connect to the server / port you provided.",
     "Verbindungsfehler - Verbindung zum angegebenen Server/Port konnte nicht hergestellt werden.",
     Cause::PortBlocked, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "TLS Not Available",
     "TLS nicht verfügbar",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "StartTLS is not available.",
     "StartTLS ist nicht verfügbar.",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "Sorry, your SMTP server does not support basic username / password authentication.",
     "Entschuldigung, Ihr SMTP-Server unterstützt keine grundlegende Benutzername/Passwort-Authentifizierung.",
     Cause::AuthUnavailable, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "The Outlook server said you must sign in via a web browser.",
     "Der Outlook-Server hat gesagt, dass Sie sich über einen Webbrowser anmelden müssen.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "The SMTP server would not relay a message. You may need to authenticate.",
     "Der SMTP-Server würde keine Nachricht weiterleiten. Möglicherweise müssen Sie sich authentifizieren.",
     Cause::RelayDenied, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "The message contains an illegal attachment that is not allowed by the server.",
     "Die Nachricht enthält eine illegale Anlage, die vom Server nicht zugelassen wird.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "The message has been blocked because no sender is configured.",
     "Die Nachricht wurde blockiert, weil kein Absender konfiguriert ist.",
     Cause::SenderRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "The message has been blocked by Yahoo - you have exceeded your daily sending limit.",
     "Die Nachricht wurde von Yahoo blockiert - Sie haben Ihr tägliches Sendelimit überschritten.",
     Cause::RateLimited, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "The message has been blocked by Yahoo's outbound spam filter.",
     "Die Nachricht wurde von Yahoos Spam-Filter blockiert.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "de", "The server said you must sign in via your webmail.",
     "Der Server hat gesagt, dass Sie sich über Ihr Webmail anmelden müssen.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    // Mailspring, nl
    {MailClient::Mailspring, "nl", "A Gmail application-specific password is required.",
     "Een Gmail-applicatiespecifiek wachtwoord is vereist.",
     Cause::PasswordLoginDisabled, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "Authentication Error - Check your username and password.",
     "Verificatiefout - Controleer uw gebruikersnaam en wachtwoord.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "Authentication required.",
     "Verificatie vereist.",
     Cause::AuthRequired, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "Certificate Error",
     "Certificaatfout",
     Cause::CertificateInvalid, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "Connection Error - Unable to connect to the server / port you provided.",
     "Verbindingsfout - Kan geen verbinding maken met de server / poort die u hebt opgegeven.",
     Cause::PortBlocked, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "TLS Not Available",
     "TLS niet beschikbaar",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "StartTLS is not available.",
     "StartTLS is niet beschikbaar.",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "Sorry, your SMTP server does not support basic username / password authentication.",
     "Sorry, uw SMTP-server ondersteunt geen standaard gebruikersnaam / wachtwoord-authenticatie.",
     Cause::AuthUnavailable, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "The Outlook server said you must sign in via a web browser.",
     "De Outlook-server meld dat u zich moet aanmelden via een webbrowser.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "The SMTP server would not relay a message. You may need to authenticate.",
     "De SMTP-server stuurt geen bericht door. U moet mogelijk authenticeren.",
     Cause::RelayDenied, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "The message contains an illegal attachment that is not allowed by the server.",
     "Het bericht bevat een  bijlage die niet is toegestaan door de server.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "The message has been blocked because no sender is configured.",
     "Het bericht is geblokkeerd omdat er geen afzender is geconfigureerd.",
     Cause::SenderRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "The message has been blocked by Yahoo - you have exceeded your daily sending limit.",
     "Het bericht is geblokkeerd door Yahoo - u heeft uw dagelijkse verzendlimiet overschreden.",
     Cause::RateLimited, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "The message has been blocked by Yahoo's outbound spam filter.",
     "Het bericht is geblokkeerd door het uitgaande spamfilter van Yahoo.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "nl", "The server said you must sign in via your webmail.",
     "De server meldt dat u moet inloggen via je webmail.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    // Mailspring, sv
    {MailClient::Mailspring, "sv", "A Gmail application-specific password is required.",
     "Ett Gmail-specifikt lösenord krävs.",
     Cause::PasswordLoginDisabled, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "Authentication Error - Check your username and password.",
     "Autentiseringsfel - Kontrollera ditt användarnamn och lösenord.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "Authentication required.",
     "Autentisering krävs.",
     Cause::AuthRequired, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "Certificate Error",
     "Certifikat fel",
     Cause::CertificateInvalid, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "Connection Error - Unable to connect to the server / port you provided.",
     "Anslutningsfel - Det gick inte att ansluta till servern / porten du tillhandahöll.",
     Cause::PortBlocked, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "TLS Not Available",
     "TLS Ej tillgängligt",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "The Outlook server said you must sign in via a web browser.",
     "Outlook-servern sa att du måste logga in via en webbläsare.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "The SMTP server would not relay a message. You may need to authenticate.",
     "SMTP-servern skulle inte vidarebefordra ett meddelande. Du kan behöva autentisera.",
     Cause::RelayDenied, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "The message contains an illegal attachment that is not allowed by the server.",
     "Meddelandet innehåller en olaglig bilaga som inte tillåts av servern.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "The message has been blocked because no sender is configured.",
     "Meddelandet har blockerats eftersom ingen avsändare är konfigurerad.",
     Cause::SenderRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "The message has been blocked by Yahoo - you have exceeded your daily sending limit.",
     "Meddelandet har blockerats av Yahoo - du har överskridit din dagliga sändningsgräns.",
     Cause::RateLimited, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "The message has been blocked by Yahoo's outbound spam filter.",
     "Meddelandet har blockerats av Yahoos utgående spamfilter.",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "sv", "The server said you must sign in via your webmail.",
     "Servern sa att du måste logga in via din webbmail.",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    // Mailspring, zh
    {MailClient::Mailspring, "zh", "A Gmail application-specific password is required.",
     "需要Gmail应用程序专用密码。",
     Cause::PasswordLoginDisabled, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "Authentication Error - Check your username and password.",
     "身份验证错误 - 检查您的用户名和密码。",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "Authentication required.",
     "需要验证。",
     Cause::AuthRequired, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "Certificate Error",
     "凭证错误",
     Cause::CertificateInvalid, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "Connection Error - Unable to connect to the server / port you provided.",
     "连接错误 - 无法连接到您提供的服务器/端口。",
     Cause::PortBlocked, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "TLS Not Available",
     "TLS不可用",
     Cause::TlsFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "The Outlook server said you must sign in via a web browser.",
     "Outlook服务器表示您必须通过Web浏览器登录。",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "The SMTP server would not relay a message. You may need to authenticate.",
     "SMTP服务器不会中继邮件。您可能需要进行身份验证。",
     Cause::RelayDenied, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "The message contains an illegal attachment that is not allowed by the server.",
     "该邮件包含服务器不允许的非法附件。",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "The message has been blocked because no sender is configured.",
     "邮件已被阻止，因为未配置发件人。",
     Cause::SenderRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "The message has been blocked by Yahoo - you have exceeded your daily sending limit.",
     "该邮件已被Yahoo阻止 - 您已超出每日发送限制。",
     Cause::RateLimited, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "The message has been blocked by Yahoo's outbound spam filter.",
     "该邮件已被Yahoo的出站垃圾邮件过滤器阻止。",
     Cause::MessageRejected, Stage::Unknown, 0, kMailspring},
    {MailClient::Mailspring, "zh", "The server said you must sign in via your webmail.",
     "服务器说您必须通过您的网络邮箱登录。",
     Cause::AuthFailed, Stage::Unknown, 0, kMailspring},

    // Apple Mail, en: the key, then the text as MFLookupLocalizedString has it (%@ a server name
    // or an address, %d a port). The alerts quote no server reply; where Mail picked the message
    // from the reply's enhanced status code (MFSMTPResponse -errorMessageWithAddress:), the
    // message names the reply's meaning. Messages Mail shows for several situations are Unknown:
    // FAILED_SEND_SSL_NEEDED follows a missing STARTTLS but also an AUTH answered 530, 534 or 538
    // (SMTPAccount -errorForResponse:); FAILED_SEND any other AUTH or greeting failure;
    // SMTP_NO_CONNECTION and CONNECTION_FAILED any failure to connect.
    {MailClient::AppleMail, "en", "SMTP_NO_CONNECTION",
     // The first sentence; the Settings path named in the second changes between iOS versions.
     "The connection to the outgoing server “%@” failed.",
     Cause::Unknown, Stage::Unknown, 0, kAppleSmtpDelivery},
    {MailClient::AppleMail, "en", "NO_SMTP_HOST",
     "You have not specified an SMTP server in Mail Preferences. You must specify a server before you can send mail.",
     Cause::Unknown, Stage::Unknown, 0, kAppleSmtpDelivery},
    {MailClient::AppleMail, "en", "MESSAGE_TOO_LARGE",
     "Your message has size %@, which exceeds %@, the maximum allowed by the server.",
     Cause::MessageTooLarge, Stage::Unknown, 0, kAppleSmtpDelivery},
    {MailClient::AppleMail, "en", "FAILED_SEND",
     "Check the account settings for the outgoing server “%@”.",
     Cause::Unknown, Stage::Unknown, 0, kAppleSmtpAccount},
    {MailClient::AppleMail, "en", "FAILED_SEND_SSL_NEEDED",
     "Check the SSL setting for the outgoing server “%@”.",
     Cause::Unknown, Stage::Unknown, 0, kAppleSmtpConnection},
    {MailClient::AppleMail, "en", "SMTP_SENDING_CONTENT_FAILED",
     "Sending the message content to the server failed.",
     Cause::Unknown, Stage::Data, 0, kAppleSmtpConnection},
    {MailClient::AppleMail, "en", "SMTP_SENDING_CONTENT_LATER",
     "Mail will try to send the message again later.",
     Cause::Unknown, Stage::Data, 0, kAppleSmtpConnection},
    {MailClient::AppleMail, "en", "SMTP_RECIPIENTS_UNRECOGNIZED",
     "Verify that you have addressed this message correctly. Check your SMTP server settings in Mail Preferences and verify any advanced settings with your system administrator.",
     Cause::Unknown, Stage::RcptTo, 0, kAppleSmtpConnection},
    {MailClient::AppleMail, "en", "invalidRecipients",
     // Not looked up in the catalogue: formatted in English in every language.
     "The recipients “%@” were rejected by the server.",
     Cause::Unknown, Stage::RcptTo, 0, kAppleSmtpConnection},
    {MailClient::AppleMail, "en", "SMTP_GENERIC_ERROR_FORMAT",
     "An error occurred while delivering this message via the SMTP server “%@”",
     Cause::Unknown, Stage::Unknown, 0, kAppleSmtpConnection},
    {MailClient::AppleMail, "en", "SMTP_INVALID_SENDER_ADDRESS",
     "The sender address “%@” was rejected by the server.",
     Cause::SenderRejected, Stage::MailFrom, 0, kAppleSmtpResponse},
    {MailClient::AppleMail, "en", "MF_SMTP_RECIPIENT_UNKNOWN",
     "The recipient “%@” was rejected by the server because the user is unknown.",
     Cause::RecipientUnknown, Stage::RcptTo, 0, kAppleSmtpResponse},
    {MailClient::AppleMail, "en", "MF_SMTP_RECIPIENT_RELAYING_NOT_ALLOWED",
     "The recipient “%@” was rejected by the server because it does not allow relaying.",
     Cause::RelayDenied, Stage::RcptTo, 0, kAppleSmtpResponse},
    {MailClient::AppleMail, "en", "MF_SMTP_RECIPIENT_INVALID_ADDRESS",
     "The recipient “%@” was rejected by the server because it is not a valid email address.",
     Cause::RecipientUnknown, Stage::RcptTo, 0, kAppleSmtpResponse},
    {MailClient::AppleMail, "en", "MF_SMTP_SENDING_LIMIT_EXCEEDED",
     "Sending the message failed because you exceeded your sending limit.",
     Cause::RateLimited, Stage::Unknown, 0, kAppleSmtpResponse},
    {MailClient::AppleMail, "en", "NO_PASSWORD_PROVIDED_ERROR",
     "No password provided.\\n\\nPlease go to Mail Account Settings and enter a password.",
     Cause::AuthFailed, Stage::Auth, 0, kAppleSmtpResponse},
    {MailClient::AppleMail, "en", "AUTH_NOT_SUPPORTED_FORMAT",
     "The %@ server “%@” doesn’t support %@ authentication. Please check your account settings and try again.",
     Cause::AuthUnavailable, Stage::Auth, 0, kAppleConnection},
    {MailClient::AppleMail, "en", "CONNECTION_TIMED_OUT",
     "The connection to the server “%@” on port %d timed out.",
     Cause::PortBlocked, Stage::Unknown, 0, kAppleConnection},
    {MailClient::AppleMail, "en", "CONNECTION_REFUSED",
     "The server “%@” refused to allow a connection on port %d.",
     Cause::ConnectionRefused, Stage::Unknown, 0, kAppleConnection},
    {MailClient::AppleMail, "en", "HOST_UNREACHABLE",
     // errno EHOSTUNREACH: no route to the server, read like "No route to host" (wordings.cpp).
     "The server “%@” cannot be contacted on port %d.",
     Cause::ServerUnavailable, Stage::Unknown, 0, kAppleConnection},
    {MailClient::AppleMail, "en", "MF_SSL_CONNECTION_FAILURE",
     "Mail was unable to connect to server “%@” using SSL on port %d. Verify that this server supports SSL and that your account settings are correct.",
     Cause::TlsFailed, Stage::StartTls, 0, kAppleConnection},
    {MailClient::AppleMail, "en", "SSL_GENERIC_WRITE_ERROR",
     "An SSL error occurred while trying to provide data to the server “%@”. Verify that this server supports SSL and that your account settings are correct.",
     Cause::TlsFailed, Stage::StartTls, 0, kAppleConnection},
    {MailClient::AppleMail, "en", "CONNECTION_FAILED",
     "The mail server “%@” is not responding. Verify that you have entered the correct account info in Mail settings.",
     Cause::Unknown, Stage::Unknown, 0, kAppleConnection},
    {MailClient::AppleMail, "en", "MF_SMTP_RECIPIENT_RELAYING_NOT_ALLOWED",
     // The same alert before the address was put into it (iOS 8 and earlier).
     "The recipient was rejected by the server because it does not allow relaying.",
     Cause::RelayDenied, Stage::RcptTo, 0, kAppleMailRelayingIos8},
    {MailClient::AppleMail, "en", "FAILED_LOGIN",
     "The user name or password for “%@” is incorrect.",
     Cause::AuthFailed, Stage::Auth, 0, kAppleValidator},
    {MailClient::AppleMail, "en", "SMTP_CONNECTION_FAILED_MESSAGE_FORMAT",
     "The %@ server “%@” is not responding. Check your network connection and that you entered the correct information in the “Outgoing Mail Server” field.",
     Cause::Unknown, Stage::Unknown, 0, kAppleValidator},
    {MailClient::AppleMail, "en", "NO_PASSWORD_PROVIDED_FOR_USER_FORMAT",
     "No password provided for user “%@” on server “%@”.\\n\\nPlease go to Mail Account Settings and enter a password.",
     Cause::AuthFailed, Stage::Auth, 0, kAppleAccount},
    {MailClient::AppleMail, "en", "NO_PASSWORD_PROVIDED_FOR_ACCOUNT_FORMAT",
     "No password provided for “%@”.\\n\\nPlease go to Mail Account Settings and enter a password.",
     Cause::AuthFailed, Stage::Auth, 0, kAppleAccount},
    {MailClient::AppleMail, "en", "MF_WRONG_PASSWORD_OR_USERNAME_PROVIDED_FOR_ACCOUNT_FORMAT",
     "Wrong username and/or password provided for “%@”.\\n\\nPlease go to Mail Account Settings and enter the correct username and password.",
     Cause::AuthFailed, Stage::Auth, 0, kAppleAccount},
    {MailClient::AppleMail, "en", "PASSWORD_INACCESSIBLE_FOR_ACCOUNT_FORMAT",
     // The device's keychain cannot give the password now (locked): nothing about the server.
     "The password for “%@” cannot be used at this time.",
     Cause::Unknown, Stage::Unknown, 0, kAppleAccount},
    // Apple Mail, de: only this alert is quoted word for word (its first sentence, as in en).
    {MailClient::AppleMail, "de", "SMTP_NO_CONNECTION",
     "Die Verbindung zum Postausgangsserver „%@“ ist fehlgeschlagen.",
     Cause::Unknown, Stage::Unknown, 0, kAppleMail_de},

    // Windows Mail: the banner over the account when sending and receiving fail. Microsoft's help
    // names a wrong password as the usual reason, but also certificate errors: not one cause.
    {MailClient::WindowsMail, "en", "accountSettingsOutOfDate",
     "Your account settings are out-of-date.",
     Cause::Unknown, Stage::Unknown, 0, kWindowsMail_en},
    {MailClient::WindowsMail, "de", "accountSettingsOutOfDate",
     "Ihre Kontoeinstellungen sind veraltet.",
     Cause::Unknown, Stage::Unknown, 0, kWindowsMail_de},
};

constexpr qsizetype kShortMessage = 24; // characters of fixed text

struct CompiledMessage
{
    RE regex;
    int replyGroup = 0;          // capture group of the reply placeholder, 0 when none
    qsizetype literalLength = 0; // characters of fixed text: the longest match is the best
    QString anchor;              // the longest run of fixed text without spaces, lower case:
                                 // a cheap test before the expression runs
};

bool isPlaceholderStart(QStringView t, qsizetype i, qsizetype *length, int *explicitIndex)
{
    // %S %s %d %X %@ %1$S %1$s %.200S %1 (Qt) and {$name} / {name} (Fluent, JSON catalogues).
    static const RE placeholder(QStringLiteral(R"(\G(?:%(?:(\d)\$)?(?:\.\d+)?[SsdXxu@]|%(\d)(?!\d)|\{\s*\$?[A-Za-z_][\w-]*\s*\}))"));
    const QRegularExpressionMatch m = placeholder.match(t, i, RE::NormalMatch, RE::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return false;
    *length = m.capturedLength();
    const QString n = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    *explicitIndex = n.isEmpty() ? 0 : n.toInt();
    return true;
}

bool isQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case 0x2018: case 0x2019: case 0x201A: case 0x201C: case 0x201D: case 0x201E:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
        return true;
    default:
        return false;
    }
}

// The catalogue text as a regular expression: fixed text literally (any white space, and "\n" as
// written in .properties files, matching any white space), placeholders as bounded wildcards.
CompiledMessage compile(const ClientMessage &m)
{
    // A full stop at the very end is not required: dialogs wrap it away and pastes drop it.
    QString text = QString::fromUtf8(m.text);
    if (text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002)))
        text.chop(1);
    QString pattern;
    CompiledMessage out;
    int sequential = 0;
    int group = 0;
    bool leadingPlaceholder = false;
    QString literal;
    auto flushLiteral = [&] {
        pattern += RE::escape(literal);
        out.literalLength += literal.size();
        if (literal.size() > out.anchor.size())
            out.anchor = literal.toLower();
        literal.clear();
    };
    auto atEnd = [&](qsizetype from) {
        // Only punctuation and white space follow: the placeholder runs to the end of its line.
        for (qsizetype j = from; j < text.size(); ++j) {
            const QChar c = text.at(j);
            if (c == QLatin1Char('\\') && j + 1 < text.size() && text.at(j + 1) == QLatin1Char('n'))
                ++j;
            else if (!c.isSpace() && !c.isPunct())
                return false;
        }
        return true;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype len = 0;
        int index = 0;
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('n')) {
            flushLiteral();
            if (!pattern.endsWith(QLatin1String(R"(\s*)")))
                pattern += QLatin1String(R"(\s*)");
            i += 2;
            continue;
        }
        if (c.isSpace()) {
            flushLiteral();
            if (!pattern.endsWith(QLatin1String(R"(\s*)")))
                pattern += QLatin1String(R"(\s*)");
            ++i;
            continue;
        }
        if (isPlaceholderStart(text, i, &len, &index)) {
            flushLiteral();
            ++sequential;
            const int argument = index ? index : sequential;
            if (pattern.isEmpty() && argument != m.replyArgument) {
                // A leading placeholder constrains nothing; as a wildcard it would be tried at
                // every position of the text.
                leadingPlaceholder = true;
                i += len;
                continue;
            }
            ++group;
            if (argument == m.replyArgument)
                out.replyGroup = group;
            if (atEnd(i + len)) {
                pattern += QLatin1String(R"(([^\n]{0,600}))");
                break;
            }
            pattern += QLatin1String(R"((.{0,600}?))");
            i += len;
            continue;
        }
        if (isQuote(c)) {
            // Quotation marks differ between a catalogue, the dialog and a paste (typographic
            // quotes become straight ones and back): any quotation mark matches any.
            flushLiteral();
            pattern += QStringLiteral("[\"'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A]");
            ++out.literalLength;
            ++i;
            continue;
        }
        literal += c;
        ++i;
    }
    flushLiteral();
    if (m.replyArgument == kReplyFollows) {
        // A prefix ("AUTH command failed: "): the server's words follow on the same line.
        out.replyGroup = ++group;
        pattern += QLatin1String(R"(\s*([^\n]{0,600}))");
    }
    // Short messages ("Token expired", "Server error: %1") count only where a line starts with
    // them: inside a sentence they are ordinary words.
    if (out.literalLength < kShortMessage)
        pattern.prepend(leadingPlaceholder ? QLatin1String(R"(^[^\n]{0,200}?)") : QLatin1String(R"(^[ \t>*\-]*)"));
    out.regex = RE(pattern, RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption
                                | RE::MultilineOption | RE::UseUnicodePropertiesOption);
    Q_ASSERT_X(out.regex.isValid(), "clientmessages", m.key);
    out.regex.optimize();
    return out;
}

const QList<CompiledMessage> &compiled()
{
    static const QList<CompiledMessage> list = [] {
        QList<CompiledMessage> out;
        out.reserve(kMessages.size());
        for (const ClientMessage &m : kMessages)
            out.append(compile(m));
        return out;
    }();
    return list;
}

// "550-5.7.1 first\n550 5.7.1 second" -> "550 5.7.1 first second"; trailing dots and spaces off.
QString cleanReply(QString reply)
{
    static const RE continuation(QStringLiteral(R"(\s*\n\s*[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?)"));
    static const RE firstDash(QStringLiteral(R"(^([245]\d\d)-)"));
    reply.replace(continuation, QStringLiteral(" "));
    reply.replace(firstDash, QStringLiteral("\\1 "));
    reply = reply.simplified();
    while (reply.endsWith(QLatin1Char('.')) || reply.endsWith(QChar(0x3002)))
        reply.chop(1);
    return reply;
}

// A reply's code, enhanced code and words, and what they mean at that step.
ClientReading readReply(const QString &reply, Stage stage)
{
    static const RE lead(QStringLiteral(R"(^\s*([245]\d\d)(?!\d))"));
    ClientReading r;
    r.serverText = reply.left(2000);
    r.stage = stage;
    const QRegularExpressionMatch m = lead.match(r.serverText);
    if (m.hasMatch())
        r.code = m.captured(1).toInt();
    r.enhanced = EnhancedStatus::findIn(QStringView(r.serverText).left(400), r.code / 100);
    r.meaning = analyzeReply(r.code, r.enhanced, r.serverText, stage);
    return r;
}

bool namesCause(const ClientReading &r)
{
    return r.meaning.isValid() && r.meaning.cause != Cause::Unknown;
}

} // namespace

QString mailClientId(MailClient client)
{
    switch (client) {
    case MailClient::Thunderbird: return QStringLiteral("thunderbird");
    case MailClient::ThunderbirdAndroid: return QStringLiteral("thunderbird-android");
    case MailClient::Outlook: return QStringLiteral("outlook");
    case MailClient::AppleMail: return QStringLiteral("apple-mail");
    case MailClient::Evolution: return QStringLiteral("evolution");
    case MailClient::KMail: return QStringLiteral("kmail");
    case MailClient::Mailspring: return QStringLiteral("mailspring");
    case MailClient::WindowsMail: return QStringLiteral("windows-mail");
    }
    return QStringLiteral("unknown");
}

const QList<ClientMessage> &clientMessages() { return kMessages; }

QStringList clientLanguages(MailClient client)
{
    for (const ClientLanguages &l : kLanguages) {
        if (l.client == client)
            return QString::fromLatin1(l.languages).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

std::optional<ClientReading> matchClientMessage(QStringView text, qsizetype maxChars)
{
    if (text.isEmpty())
        return std::nullopt;
    const QStringView t = text.left(maxChars);
    const QString lower = t.toString().toLower();
    const QList<CompiledMessage> &list = compiled();
    qsizetype best = -1;
    QRegularExpressionMatch bestMatch;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (best >= 0 && list.at(i).literalLength <= list.at(best).literalLength)
            continue;
        if (!lower.contains(list.at(i).anchor))
            continue;
        QRegularExpressionMatch m = list.at(i).regex.match(t);
        if (m.hasMatch()) {
            best = i;
            bestMatch = m;
        }
    }
    if (best < 0)
        return std::nullopt;
    const ClientMessage &message = kMessages.at(best);
    const CompiledMessage &c = list.at(best);

    ClientReading r;
    const QString reply = c.replyGroup ? cleanReply(bestMatch.captured(c.replyGroup)) : QString();
    if (!reply.isEmpty()) {
        r = readReply(reply, message.stage);
        if (!r.code && !r.enhanced.isValid()) {
            // The quoted reply in another shape (a program's rendering of it).
            if (std::optional<ClientReading> loose = readLooseReply(reply)) {
                loose->stage = message.stage;
                loose->meaning = analyzeReply(loose->code, loose->enhanced, loose->serverText, message.stage);
                r = *loose;
            }
        }
        // The reply decides when it names a cause by its words or codes; a bare reply code
        // gives way to the program's more specific message.
        r.fromReply = r.meaning.isValid() && r.meaning.cause != Cause::Unknown
            && (r.meaning.source != MeaningSource::ReplyCode || message.cause == Cause::Unknown);
    } else {
        r.serverText = bestMatch.captured(0).simplified().left(2000);
        r.stage = message.stage;
    }
    r.message = &message;
    if (!r.fromReply) {
        CodeMeaning m;
        m.cause = message.cause;
        m.source = MeaningSource::Wording;
        m.rule = QStringLiteral("client:%1/%2").arg(mailClientId(message.client), QString::fromUtf8(message.key));
        r.meaning = m;
    }
    return r;
}

std::optional<ClientReading> readLooseReply(QStringView text, qsizetype maxChars)
{
    const QStringView t = text.left(maxChars);
    // Python smtplib: (550, b'User has no permission') / (535, '5.7.8 ...').
    static const RE python(QStringLiteral(R"(\(\s*([245]\d\d)\s*,\s*b?(['"])(.{0,600}?)\2\s*[,)])"));
    // .NET SmtpException: "... The server response was: 5.7.57 Client not authenticated ..."
    static const RE dotnet(QStringLiteral(R"(the server response was:\s*([^\r\n]{1,600}))"), RE::CaseInsensitiveOption);
    // PHPMailer: "... SMTP code: 554 Additional SMTP info: 5.7.1" and Java/PHP "SMTP code 550".
    static const RE phpCode(QStringLiteral(R"(smtp code:?\s*([245]\d\d)(?!\d))"), RE::CaseInsensitiveOption);
    static const RE phpInfo(QStringLiteral(R"(additional smtp info:\s*([245]\.\d{1,3}\.\d{1,3}))"), RE::CaseInsensitiveOption);
    static const RE phpDetail(QStringLiteral(R"(detail:\s*(.{1,600}?)\s*smtp code)"), RE::CaseInsensitiveOption);
    // An enhanced status code on its own: "5.7.1 <DATA>: Message rejected".
    static const RE enhancedOnly(QStringLiteral(R"((?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?![\w.])[ :]+(\S[^\r\n]{0,600}))"));
    static const RE anyCode(QStringLiteral(R"((?<![\w.])[245]\d\d(?!\d))"));

    ClientReading r;
    QRegularExpressionMatch m = python.match(t);
    if (m.hasMatch()) {
        QString words = m.captured(3);
        words.replace(QLatin1String("\\n"), QLatin1String(" "));
        r = readReply(m.captured(1) + QLatin1Char(' ') + words.simplified(), Stage::Unknown);
        r.fromReply = namesCause(r);
        return r;
    }
    m = dotnet.match(t);
    if (m.hasMatch()) {
        r = readReply(m.captured(1).trimmed(), Stage::Unknown);
        if (!r.code && !r.enhanced.isValid() && !r.meaning.isValid())
            return std::nullopt;
        r.fromReply = namesCause(r);
        return r;
    }
    m = phpCode.match(t);
    if (m.hasMatch()) {
        const QRegularExpressionMatch info = phpInfo.match(t);
        const QRegularExpressionMatch detail = phpDetail.match(t);
        QString reply = m.captured(1);
        if (info.hasMatch())
            reply += QLatin1Char(' ') + info.captured(1);
        if (detail.hasMatch())
            reply += QLatin1Char(' ') + detail.captured(1).simplified();
        r = readReply(reply, Stage::Unknown);
        r.fromReply = namesCause(r);
        return r;
    }
    auto it = enhancedOnly.globalMatch(t);
    while (it.hasNext()) {
        m = it.next();
        // Only where no reply code stands on the same line (those are read as replies).
        const qsizetype lineStart = t.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
        qsizetype lineEnd = t.indexOf(QLatin1Char('\n'), m.capturedStart());
        if (lineEnd < 0)
            lineEnd = t.size();
        if (anyCode.match(t.mid(lineStart, lineEnd - lineStart)).hasMatch())
            continue;
        r = readReply(m.captured(1) + QLatin1Char(' ') + m.captured(2).trimmed(), Stage::Unknown);
        r.fromReply = namesCause(r);
        return r;
    }
    return std::nullopt;
}

std::optional<ClientReading> readClientText(QStringView text)
{
    // A reply decides over a program's own words: first one quoted in a program's message, then
    // one in a program's rendering, then the message itself.
    std::optional<ClientReading> message = matchClientMessage(text);
    if (message && message->fromReply)
        return message;
    std::optional<ClientReading> loose = readLooseReply(text);
    if (loose && (loose->fromReply || !message))
        return loose;
    return message;
}

bool plausibleReplyCodeAt(QStringView text, qsizetype position)
{
    // Words that introduce a reply in programs' and servers' messages.
    static const QStringList labels = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("error"), QStringLiteral("code"),
        QStringLiteral("reply"), QStringLiteral("replied"), QStringLiteral("response"), QStringLiteral("responded"),
        QStringLiteral("returned"), QStringLiteral("returns"), QStringLiteral("smtp"), QStringLiteral("esmtp"),
        QStringLiteral("status"), QStringLiteral("was"), QStringLiteral("with"), QStringLiteral("answered"),
        QStringLiteral("failed"), QStringLiteral("rejected"), QStringLiteral("refused"), QStringLiteral("denied"),
        QStringLiteral("reports"), QStringLiteral("reported"), QStringLiteral("result"), QStringLiteral("reason"),
        QStringLiteral("got"), QStringLiteral("gave"), QStringLiteral("permanently"), QStringLiteral("temporarily"),
        QStringLiteral("message"), QStringLiteral("mail"), QStringLiteral("server"), QStringLiteral("host"),
    };
    if (position <= 0 || position > text.size())
        return true;
    qsizetype i = position - 1;
    while (i >= 0 && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        --i;
    if (i < 0 || !text.at(i).isLetter())
        return true;   // start of a line, a digit (a time stamp), a colon, a quote, a bracket...
    const qsizetype end = i + 1;
    while (i >= 0 && text.at(i).isLetter())
        --i;
    const QString word = text.mid(i + 1, end - i - 1).toString().toLower();
    return labels.contains(word);
}

} // namespace od
