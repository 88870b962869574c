<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ProbeCommand</name>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox Doctor tested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name resolves to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail server (POP3) %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (%2) at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests an outgoing mail (SMTP) account and explains the result. Nothing is sent unless --send is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to test, optionally with its security (587:starttls). Repeatable. Default: 587, 465 and 25 in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, starttls, tls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient in another domain (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the OAuth 2 access token in this file (XOAUTH2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method: plain, login, cram-md5 or xoauth2 (default: the strongest offered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect from this local address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to this POP3 server first (POP-before-SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 port (default 110, or 995 with tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, starttls, tls or none for POP3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 user name (default: --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to introduce ourselves with (default: our address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really send a short test message to the --to recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password was given without --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid source address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;; use home, work, travel or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send needs at least one --to recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid timeout &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing reports is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::Accounts</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large to be a mail client&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no mail client settings were recognised in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of this file was not recognised as the settings of a supported mail client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail accounts were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server: %1, port %2, security %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: %1, user name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: %1 %2, user name: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs on to the incoming server before sending (POP before SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the SMTP settings found in the mail clients here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one settings file of any supported client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this folder as the home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property list is not well-formed XML (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail payload &quot;%1&quot; leaves the outgoing server empty (it is asked for when the profile is installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; refers to an outgoing server that is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a mail client&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary property list; convert it to XML first (plutil -convert xml1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a property list with mail accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains invalid UTF-16 sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data, not text settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a broken group header was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a line without &quot;key=value&quot; was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail transport &quot;%1&quot; is not an SMTP transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &quot;%1&quot; refers to transport %2, which does not exist; the default transport is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a KMail mailtransports or emailidentities file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 sends through transport %2, whose file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Evolution source file could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; hands mail to the program &quot;%2&quot; instead of an SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Claws Mail accountrc file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a line that is not an msmtp command was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: an account without a name was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a broken section header was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a value outside any section was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a line that could not be read was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot; has no SMTP server (an Exchange or Microsoft 365 account?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefs.js line %1: a statement that could not be read was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registry export (.reg) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a broken key header was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a value outside any key was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a value that could not be read was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings before the first &quot;account&quot; or &quot;defaults&quot; line are ignored by msmtp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; inherits from &quot;%2&quot;, which is not defined before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an msmtp configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msmtp account &quot;%1&quot; has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smtp_url or from address was found in this Mutt/NeoMutt file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smtp_url &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a git configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git send-email hands mail to the program &quot;%1&quot; instead of an SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird prefs.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird profiles.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows registry export (Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple property list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail mailtransports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail emailidentities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claws Mail accountrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msmtp configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutt/NeoMutt configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Thunderbird prefs.js file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server &quot;%1&quot; sends through %2, not SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 refers to outgoing server &quot;%2&quot;, which does not exist; the default server is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server name &quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoconfig document is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an autoconfig (clientConfig) document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoconfig document is not well-formed XML (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::Cli</name>
    <message>
        <source>Usage: %1 [probe|decode|accounts] [options]

Without a command the troubleshooting wizard opens.

  probe      test an SMTP account and explain the result
  decode     explain a pasted error message or bounce
  accounts   list the SMTP settings of the mail programs on this computer

Add --help after a command for its options.
Exit status: 0 mail would go through, 1 a problem was found, 2 usage or input error, 3 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CodeTables</name>
    <message>
        <source>delivery not authorised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::Knowledge</name>
    <message>
        <source>You can fix this yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider or administrator has to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem is on the recipient&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::LocationPage</name>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network you are on decides which outgoing server will accept your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At h&amp;ome, on my provider&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your internet connection comes from the provider whose mail address you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;work or in an office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your company&apos;s or organisation&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Travelling or on someone else&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotel, an airport, a café, a mobile hotspot, a friend&apos;s Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not sure</source>
        <comment>location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox Doctor will find out what the server accepts from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that has trouble sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My home &amp;provider&apos;s mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My wor&amp;k account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;other account (webmail provider, own domain, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail servers accept mail for other domains only from people they recognise: from their own network, or from users who log in. So where you are matters. Pick the place that fits best; if you are not sure, choose &quot;Not sure&quot;. Then pick the account whose mail is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::Pop3Login</name>
    <message>
        <source>The incoming mail server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server %1 (%2) port %3 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server did not answer the connection attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server did not greet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server sent a line that is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption (STLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption, so your password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server sent something that is not a POP3 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server refused to start encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server refused the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming mail server refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to the incoming mail server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::SmtpProbe</name>
    <message>
        <source>Enter the name of the outgoing (SMTP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting contains a line break or control character; remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a line break; remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown login method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the name took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 has no address that can be reached from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::SmtpReplyReader</name>
    <message>
        <source>The server sent a line that is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply with far too many lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that is far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed its reply code in the middle of a reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::SmtpSession</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking whether the sender and recipients are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking to send the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send from the address %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate did not pass verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing because you chose to trust the certificate with fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed while encryption was being set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer to the connection attempt within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not greet within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption could not be set up in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s) (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored an unexpected reply from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greeted with a refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused our introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS), so the test stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption, so your password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n byte(s) the server sent before encryption started.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not offer to log in here; continuing without logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the login methods the server offers (%1) can be used; continuing without logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[test message, %n byte(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message from Outbox Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent by Outbox Doctor to check that mail from this account is delivered.
You can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::WelcomePage</name>
    <message>
        <source>Welcome to Outbox Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why your outgoing mail is refused, and fix it step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox Doctor tests your outgoing mail server the way your mail program uses it, explains in plain words what goes wrong, and guides you to a setting that works. Nothing is sent to anyone during the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you got an error message or a returned mail, &amp;paste it here (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language you want to use. If your mail program showed an error, or a message came back to you, copy its text and paste it into the box: Outbox Doctor reads the server&apos;s answer in it and tells you what it means. Then click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server reply found in this text yet. You can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like: %1
%2
The server said: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::Wizard</name>
    <message>
        <source>Outbox Doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::WizardTexts</name>
    <message>
        <source>Looking up the server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS) and checking the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up encryption and checking the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in with your user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving your address as the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking to send to the provider&apos;s own postmaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking to send to an address elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the test message (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>connection security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>connection security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>connection security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>connection security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home, on your provider&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelling, on someone else&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not issued by an authority this computer trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is self-signed: the server vouches for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was issued for a different server name. Someone on this network may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been revoked by the authority that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed another check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
