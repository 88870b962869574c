<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Kennwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Outbox Doctor tested %1</source>
        <translation>Outbox Doctor hat %1 getestet</translation>
    </message>
    <message>
        <source>The name resolves to: %1</source>
        <translation>Der Name wird aufgelöst zu: %1</translation>
    </message>
    <message>
        <source>The name could not be resolved: %1</source>
        <translation>Der Name konnte nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3) %1 port %2</source>
        <translation>Posteingangsserver (POP3) %1, Port %2</translation>
    </message>
    <message>
        <source>Port %1 (%2) at %3: %4</source>
        <translation>Port %1 (%2) auf %3: %4</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>Ergebnis: %1 [%2]</translation>
    </message>
    <message>
        <source>Based on port %1.</source>
        <translation>Ermittelt über Port %1.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Der Server antwortete: „%1“</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Tests an outgoing mail (SMTP) account and explains the result. Nothing is sent unless --send is given.</source>
        <translation>Testet ein Konto für ausgehende E-Mail (SMTP) und erklärt das Ergebnis. Es wird nichts gesendet, außer wenn --send angegeben ist.</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server.</source>
        <translation>Der Postausgangsserver (SMTP).</translation>
    </message>
    <message>
        <source>Port to test, optionally with its security (587:starttls). Repeatable. Default: 587, 465 and 25 in parallel.</source>
        <translation>Zu testender Port, optional mit Verschlüsselung (587:starttls). Mehrfach möglich. Standard: 587, 465 und 25 gleichzeitig.</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none.</source>
        <translation>auto, starttls, tls oder none.</translation>
    </message>
    <message>
        <source>The sender address to test.</source>
        <translation>Die zu testende Absenderadresse.</translation>
    </message>
    <message>
        <source>A recipient in another domain (repeatable).</source>
        <translation>Ein Empfänger in einer anderen Domäne (mehrfach möglich).</translation>
    </message>
    <message>
        <source>User name for logging in.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Das Kennwort aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Das Kennwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>Log in with the OAuth 2 access token in this file (XOAUTH2).</source>
        <translation>Mit dem OAuth-2-Zugriffstoken aus dieser Datei anmelden (XOAUTH2).</translation>
    </message>
    <message>
        <source>Login method: plain, login, cram-md5 or xoauth2 (default: the strongest offered).</source>
        <translation>Anmeldeverfahren: plain, login, cram-md5 oder xoauth2 (Standard: das sicherste angebotene).</translation>
    </message>
    <message>
        <source>Connect from this local address.</source>
        <translation>Von dieser lokalen Adresse aus verbinden.</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown.</source>
        <translation>Wo Sie sich befinden: home, work, travel oder unknown.</translation>
    </message>
    <message>
        <source>Log in to this POP3 server first (POP-before-SMTP).</source>
        <translation>Zuerst an diesem POP3-Server anmelden (POP-before-SMTP).</translation>
    </message>
    <message>
        <source>POP3 port (default 110, or 995 with tls).</source>
        <translation>POP3-Port (Standard: 110, mit tls 995).</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none for POP3.</source>
        <translation>auto, starttls, tls oder none für POP3.</translation>
    </message>
    <message>
        <source>POP3 user name (default: --user).</source>
        <translation>POP3-Benutzername (Standard: --user).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this test.</source>
        <translation>Dem Zertifikat mit diesem SHA-256-Fingerabdruck für diesen Test vertrauen.</translation>
    </message>
    <message>
        <source>Name to introduce ourselves with (default: our address).</source>
        <translation>Name, mit dem wir uns beim Server vorstellen (Standard: unsere Adresse).</translation>
    </message>
    <message>
        <source>Really send a short test message to the --to recipients.</source>
        <translation>Tatsächlich eine kurze Testnachricht an die --to-Empfänger senden.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (Standard: 20).</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>Zusätzlich einen Bericht schreiben (.html, .pdf oder .txt).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host ist erforderlich.</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot;.</source>
        <translation>Unbekannte Verschlüsselungsart „%1“.</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation>Ungültiger Port „%1“.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>A password was given without --user.</source>
        <translation>Ein Kennwort wurde ohne --user angegeben.</translation>
    </message>
    <message>
        <source>Invalid source address &quot;%1&quot;.</source>
        <translation>Ungültige Quelladresse „%1“.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;; use home, work, travel or unknown.</source>
        <translation>Unbekannter Ort „%1“; verwenden Sie home, work, travel oder unknown.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint.</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>--send needs at least one --to recipient.</source>
        <translation>--send benötigt mindestens einen Empfänger mit --to.</translation>
    </message>
    <message>
        <source>Invalid timeout &quot;%1&quot;.</source>
        <translation>Ungültige Wartezeit „%1“.</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>Die Berichtsdatei muss auf .html, .pdf oder .txt enden: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>Im Bericht E-Mail-Adressen und Servernamen durch Platzhalter ersetzen (für öffentliche Foren).</translation>
    </message>
    <message>
        <source>Port %1 (%2): stopped, the verdict was already clear without it</source>
        <translation>Port %1 (%2): abgebrochen, das Ergebnis stand auch ohne ihn schon fest</translation>
    </message>
    <message>
        <source>  A second connection with %1 was answered: this port speaks %1.</source>
        <translation>  Eine zweite Verbindung mit %1 wurde beantwortet: Dieser Port verwendet %1.</translation>
    </message>
    <message>
        <source>  A second connection with %1 was not answered either.</source>
        <translation>  Auch eine zweite Verbindung mit %1 wurde nicht beantwortet.</translation>
    </message>
    <message>
        <source>Port %1 expects %2, not %3: set the connection security to %2.</source>
        <translation>Port %1 erwartet %2, nicht %3: Stellen Sie die Verbindungssicherheit auf %2 ein.</translation>
    </message>
    <message>
        <source>Wait for every port&apos;s own result, even when the verdict is clear earlier.</source>
        <translation>Auf das Ergebnis jedes einzelnen Ports warten, auch wenn das Gesamtergebnis schon früher feststeht.</translation>
    </message>
</context>
<context>
    <name>od::AccountKindChooser</name>
    <message>
        <source>Whose mail account is it?</source>
        <translation>Um welches E-Mail-Konto geht es?</translation>
    </message>
    <message>
        <source>My home prov&amp;ider&apos;s mail account</source>
        <translation>Das E-Mail-Konto meines Anbieters z&amp;u Hause</translation>
    </message>
    <message>
        <source>My wo&amp;rk account</source>
        <translation>Mein A&amp;rbeitskonto</translation>
    </message>
    <message>
        <source>Another account, &amp;for example webmail or your own domain</source>
        <translation>Ein anderes Konto, zum Beispiel Webmail oder Ihre eigene Dom&amp;äne</translation>
    </message>
</context>
<context>
    <name>od::AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Pick the account from your mail program, or type its settings as your mail program has them.</source>
        <translation>Wählen Sie das Konto aus Ihrem E-Mail-Programm aus, oder geben Sie die Einstellungen so ein, wie sie in Ihrem E-Mail-Programm stehen.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account found on this computer</source>
        <translation>Auf diesem Computer gefundenes Konto</translation>
    </message>
    <message>
        <source>Type the settings myself</source>
        <translation>Einstellungen selbst eingeben</translation>
    </message>
    <message>
        <source>%1 (%2, in %3)</source>
        <translation>%1 (%2, in %3)</translation>
    </message>
    <message>
        <source>Who sends</source>
        <comment>group of sender settings</comment>
        <translation>Absender</translation>
    </message>
    <message>
        <source>E-mail a&amp;ddress:</source>
        <translation>E-Mail-A&amp;dresse:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Rep&amp;ly-to address:</source>
        <translation>Antwort&amp;adresse:</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Outgoing server name</source>
        <translation>Name des Postausgangsservers</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>Port des Postausgangsservers</translation>
    </message>
    <message>
        <source>Automatic (587, 465 and 25)</source>
        <translation>Automatisch (587, 465 und 25)</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>Verschlüsselung des Postausgangsservers</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>group of login settings</comment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>None: the server does not ask for a login</source>
        <translation>Keine: Der Server verlangt keine Anmeldung</translation>
    </message>
    <message>
        <source>Password (the best method the server offers)</source>
        <translation>Kennwort (das beste Verfahren, das der Server anbietet)</translation>
    </message>
    <message>
        <source>Password, PLAIN</source>
        <translation>Kennwort, PLAIN</translation>
    </message>
    <message>
        <source>Password, LOGIN</source>
        <translation>Kennwort, LOGIN</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Verschlüsseltes Kennwort (CRAM-MD5)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Ke&amp;nnwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Kennwort im Schlüsselbund des Systems spei&amp;chern</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Kennwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Otherwise the password is kept in memory only and forgotten when you close Outbox Doctor.</source>
        <translation>Andernfalls wird das Kennwort nur im Arbeitsspeicher gehalten und beim Schließen von Outbox Doctor vergessen.</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory only.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar: Das Kennwort wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Posteingangsserver</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>&amp;Posteingangsserver:</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>Name des Posteingangsservers</translation>
    </message>
    <message>
        <source>pop.example.com</source>
        <translation>pop.example.com</translation>
    </message>
    <message>
        <source>Check incoming mail (&amp;POP3) before sending</source>
        <translation>Vor dem Senden Posteingang abrufen (POP&amp;3)</translation>
    </message>
    <message>
        <source>Log in to the incoming server before sending</source>
        <translation>Vor dem Senden am Posteingangsserver anmelden</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>Port des Posteingangsservers</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>Automatisch (110 oder 995)</translation>
    </message>
    <message>
        <source>Incoming &amp;encryption:</source>
        <translation>V&amp;erschlüsselung Posteingang:</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>Verschlüsselung des Posteingangsservers</translation>
    </message>
    <message>
        <source>Ad&amp;vanced options</source>
        <translation>Erweiterte Opt&amp;ionen</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Erweiterte Optionen</translation>
    </message>
    <message>
        <source>Address you tr&amp;ied to write to:</source>
        <translation>Adresse, an die Sie schreiben wo&amp;llten:</translation>
    </message>
    <message>
        <source>Address you tried to write to</source>
        <translation>Adresse, an die Sie schreiben wollten</translation>
    </message>
    <message>
        <source>optional; a test address is used otherwise</source>
        <translation>optional; sonst wird eine Testadresse verwendet</translation>
    </message>
    <message>
        <source>Local address to send from</source>
        <translation>Lokale Adresse, von der gesendet wird</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>vom System gewählt</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Datei mit zusätzlicher vertrauenswürdiger Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>If your mail program was found on this computer, pick the account in the list at the top and check the settings. Otherwise copy them from your mail program&apos;s account settings: your e-mail address, the outgoing (SMTP) server with its port and encryption, and whether it asks for a user name and password. Leave the port on &quot;Automatic&quot; if you don&apos;t know it: the usual ports are tested at once. Your password is only kept in memory, unless you ask for it to be remembered in the system keychain.</source>
        <translation>Wenn Ihr E-Mail-Programm auf diesem Computer gefunden wurde, wählen Sie oben in der Liste das Konto aus und prüfen Sie die Einstellungen. Andernfalls übernehmen Sie sie aus den Kontoeinstellungen Ihres E-Mail-Programms: Ihre E-Mail-Adresse, den Postausgangsserver (SMTP) mit Port und Verschlüsselung und ob er einen Benutzernamen und ein Kennwort verlangt. Lassen Sie den Port auf „Automatisch“, wenn Sie ihn nicht kennen: Die üblichen Ports werden gleichzeitig getestet. Ihr Kennwort wird nur im Arbeitsspeicher gehalten, es sei denn, Sie möchten es im Schlüsselbund des Systems speichern.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>The reply-to address does not look like an e-mail address.</source>
        <translation>Die Antwortadresse sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server&apos;s name, as your mail program has it.</source>
        <translation>Geben Sie den Namen des Postausgangsservers (SMTP) so ein, wie er in Ihrem E-Mail-Programm steht.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Ein Servername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the user name for the login, or set authentication to &quot;None&quot;.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein, oder stellen Sie die Authentifizierung auf „Keine“.</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name to check mail before sending.</source>
        <translation>Geben Sie den Namen des Posteingangsservers ein, damit vor dem Senden E-Mails abgerufen werden können.</translation>
    </message>
    <message>
        <source>The local address is not an IP address.</source>
        <translation>Die lokale Adresse ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>port</comment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, no login</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · sendet über %3, Port %4, ohne Anmeldung</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, logs in as %5</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · sendet über %3, Port %4, meldet sich als %5 an</translation>
    </message>
    <message>
        <source>Chan&amp;ge settings…</source>
        <translation>Einstellun&amp;gen ändern…</translation>
    </message>
    <message>
        <source>Change the settings of this account</source>
        <translation>Die Einstellungen dieses Kontos ändern</translation>
    </message>
    <message>
        <source>Enter the password of this account: the test logs in with it (it is kept in memory only).</source>
        <translation>Geben Sie das Kennwort dieses Kontos ein: Der Test meldet sich damit an (es wird nur im Arbeitsspeicher gehalten).</translation>
    </message>
    <message>
        <source>Next tests sending from this account the way your mail program does. Nothing is sent.</source>
        <translation>Weiter testet das Senden von diesem Konto so, wie Ihr E-Mail-Programm es tut. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Das Kennwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The saved password could not be read from the system keychain: %1</source>
        <translation>Das gespeicherte Kennwort konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>Das gespeicherte Kennwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Looking for your mail programs&apos; settings…</source>
        <translation>Die Einstellungen Ihrer E-Mail-Programme werden gesucht…</translation>
    </message>
    <message>
        <source>Next is available once the search has finished, or once you type the settings below.</source>
        <translation>„Weiter“ ist verfügbar, sobald die Suche beendet ist oder sobald Sie unten die Einstellungen eingeben.</translation>
    </message>
    <message>
        <source>Incomin&amp;g port:</source>
        <translation>Port Postein&amp;gang:</translation>
    </message>
    <message>
        <source>Send &amp;from local address (IP):</source>
        <translation>Senden &amp;über lokale Adresse (IP):</translation>
    </message>
    <message>
        <source>E&amp;xtra trusted certificate authority (PEM file):</source>
        <translation>Zusätzliche vertrauenswürdige Zerti&amp;fizierungsstelle (PEM-Datei):</translation>
    </message>
</context>
<context>
    <name>od::Accounts</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a mail client&apos;s settings file.</source>
        <translation>%1: Die Datei ist zu groß für eine Einstellungsdatei eines E-Mail-Programms.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no mail client settings were recognised in this folder.</source>
        <translation>%1: In diesem Ordner wurden keine Einstellungen eines E-Mail-Programms erkannt.</translation>
    </message>
    <message>
        <source>The format of this file was not recognised as the settings of a supported mail client.</source>
        <translation>Das Format dieser Datei wurde nicht als Einstellungen eines unterstützten E-Mail-Programms erkannt.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>No mail accounts were found.</source>
        <translation>Es wurden keine E-Mail-Konten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <translation>
            <numerusform>%n Konto gefunden.</numerusform>
            <numerusform>%n Konten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Reply-to: %1</source>
        <translation>Antwortadresse: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>SMTP server: %1, port %2, security %3</source>
        <translation>SMTP-Server: %1, Port %2, Verschlüsselung %3</translation>
    </message>
    <message>
        <source>Authentication: %1, user name: %2</source>
        <translation>Authentifizierung: %1, Benutzername: %2</translation>
    </message>
    <message>
        <source>Incoming: %1 %2, user name: %3</source>
        <translation>Posteingang: %1 %2, Benutzername: %3</translation>
    </message>
    <message>
        <source>Logs on to the incoming server before sending (POP before SMTP).</source>
        <translation>Meldet sich vor dem Senden am Posteingangsserver an (POP before SMTP).</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Gelesen aus: %1</translation>
    </message>
    <message>
        <source>List the SMTP settings found in the mail clients here.</source>
        <translation>Listet die SMTP-Einstellungen auf, die in den E-Mail-Programmen auf diesem Computer gefunden wurden.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read one settings file of any supported client.</source>
        <translation>Eine einzelne Einstellungsdatei eines beliebigen unterstützten E-Mail-Programms lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Scan this folder as the home folder.</source>
        <translation>Diesen Ordner als Benutzerordner durchsuchen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The mail payload &quot;%1&quot; leaves the outgoing server empty (it is asked for when the profile is installed).</source>
        <translation>Die Mail-Payload „%1“ lässt den Postausgangsserver leer (er wird bei der Installation des Profils abgefragt).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; refers to an outgoing server that is not in the file.</source>
        <translation>Das Konto „%1“ verweist auf einen Postausgangsserver, der nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>The file is too large to be a mail client&apos;s settings file.</source>
        <translation>Die Datei ist zu groß für eine Einstellungsdatei eines E-Mail-Programms.</translation>
    </message>
    <message>
        <source>This is not a property list with mail accounts.</source>
        <translation>Dies ist keine Eigenschaftsliste mit E-Mail-Konten.</translation>
    </message>
    <message>
        <source>The file contains invalid UTF-16 sequences.</source>
        <translation>Die Datei enthält ungültige UTF-16-Sequenzen.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text settings.</source>
        <translation>Die Datei enthält Binärdaten statt Einstellungen im Textformat.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Latin-1 gelesen.</translation>
    </message>
    <message>
        <source>Line %1: a broken group header was skipped.</source>
        <translation>Zeile %1: Eine fehlerhafte Gruppenüberschrift wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: a line without &quot;key=value&quot; was skipped.</source>
        <translation>Zeile %1: Eine Zeile ohne „Schlüssel=Wert“ wurde übersprungen.</translation>
    </message>
    <message>
        <source>KMail transport &quot;%1&quot; is not an SMTP transport.</source>
        <translation>Der KMail-Versandzugang „%1“ ist kein SMTP-Versandzugang.</translation>
    </message>
    <message>
        <source>Identity &quot;%1&quot; refers to transport %2, which does not exist; the default transport is used.</source>
        <translation>Die Identität „%1“ verweist auf den Versandzugang %2, der nicht existiert; der Standard-Versandzugang wird verwendet.</translation>
    </message>
    <message>
        <source>This is not a KMail mailtransports or emailidentities file.</source>
        <translation>Dies ist keine KMail-Datei mailtransports oder emailidentities.</translation>
    </message>
    <message>
        <source>Identity %1 sends through transport %2, whose file was not found.</source>
        <translation>Die Identität %1 sendet über den Versandzugang %2, dessen Datei nicht gefunden wurde.</translation>
    </message>
    <message>
        <source>No Evolution source file could be read.</source>
        <translation>Es konnte keine Evolution-Quelldatei gelesen werden.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; hands mail to the program &quot;%2&quot; instead of an SMTP server.</source>
        <translation>Das Konto „%1“ übergibt E-Mails an das Programm „%2“ statt an einen SMTP-Server.</translation>
    </message>
    <message>
        <source>This is not a Claws Mail accountrc file.</source>
        <translation>Dies ist keine accountrc-Datei von Claws Mail.</translation>
    </message>
    <message>
        <source>Line %1: a line that is not an msmtp command was skipped.</source>
        <translation>Zeile %1: Eine Zeile, die kein msmtp-Befehl ist, wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: an account without a name was skipped.</source>
        <translation>Zeile %1: Ein Konto ohne Namen wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: a broken section header was skipped.</source>
        <translation>Zeile %1: Eine fehlerhafte Abschnittsüberschrift wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: a value outside any section was skipped.</source>
        <translation>Zeile %1: Ein Wert außerhalb eines Abschnitts wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: a line that could not be read was skipped.</source>
        <translation>Zeile %1: Eine nicht lesbare Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot; has no SMTP server (an Exchange or Microsoft 365 account?).</source>
        <translation>Das Outlook-Konto „%1“ hat keinen SMTP-Server (ein Exchange- oder Microsoft 365-Konto?).</translation>
    </message>
    <message>
        <source>prefs.js line %1: a statement that could not be read was skipped.</source>
        <translation>prefs.js Zeile %1: Eine nicht lesbare Anweisung wurde übersprungen.</translation>
    </message>
    <message>
        <source>This is not a registry export (.reg) file.</source>
        <translation>Dies ist keine Registrierungsexportdatei (.reg).</translation>
    </message>
    <message>
        <source>Line %1: a broken key header was skipped.</source>
        <translation>Zeile %1: Eine fehlerhafte Schlüsselüberschrift wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: a value outside any key was skipped.</source>
        <translation>Zeile %1: Ein Wert außerhalb eines Schlüssels wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: a value that could not be read was skipped.</source>
        <translation>Zeile %1: Ein nicht lesbarer Wert wurde übersprungen.</translation>
    </message>
    <message>
        <source>Settings before the first &quot;account&quot; or &quot;defaults&quot; line are ignored by msmtp.</source>
        <translation>Einstellungen vor der ersten Zeile „account“ oder „defaults“ werden von msmtp ignoriert.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; inherits from &quot;%2&quot;, which is not defined before it.</source>
        <translation>Das Konto „%1“ erbt von „%2“, das nicht vorher definiert ist.</translation>
    </message>
    <message>
        <source>This is not an msmtp configuration file.</source>
        <translation>Dies ist keine msmtp-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>msmtp account &quot;%1&quot; has no host.</source>
        <translation>Das msmtp-Konto „%1“ hat keinen Host.</translation>
    </message>
    <message>
        <source>No smtp_url or from address was found in this Mutt/NeoMutt file.</source>
        <translation>In dieser Mutt/NeoMutt-Datei wurde weder smtp_url noch eine Absenderadresse gefunden.</translation>
    </message>
    <message>
        <source>The smtp_url &quot;%1&quot; could not be read.</source>
        <translation>Die smtp_url „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This is not a git configuration file.</source>
        <translation>Dies ist keine git-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>git send-email hands mail to the program &quot;%1&quot; instead of an SMTP server.</source>
        <translation>git send-email übergibt E-Mails an das Programm „%1“ statt an einen SMTP-Server.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Thunderbird prefs.js</source>
        <translation>Thunderbird prefs.js</translation>
    </message>
    <message>
        <source>Thunderbird profiles.ini</source>
        <translation>Thunderbird profiles.ini</translation>
    </message>
    <message>
        <source>Windows registry export (Outlook)</source>
        <translation>Windows-Registrierungsexport (Outlook)</translation>
    </message>
    <message>
        <source>Apple property list</source>
        <translation>Apple-Eigenschaftsliste</translation>
    </message>
    <message>
        <source>KMail mailtransports</source>
        <translation>KMail mailtransports</translation>
    </message>
    <message>
        <source>KMail emailidentities</source>
        <translation>KMail emailidentities</translation>
    </message>
    <message>
        <source>Evolution source</source>
        <translation>Evolution-Quelle</translation>
    </message>
    <message>
        <source>Claws Mail accountrc</source>
        <translation>Claws Mail accountrc</translation>
    </message>
    <message>
        <source>msmtp configuration</source>
        <translation>msmtp-Konfiguration</translation>
    </message>
    <message>
        <source>Mutt/NeoMutt configuration</source>
        <translation>Mutt/NeoMutt-Konfiguration</translation>
    </message>
    <message>
        <source>git configuration</source>
        <translation>git-Konfiguration</translation>
    </message>
    <message>
        <source>This is not a Thunderbird prefs.js file.</source>
        <translation>Dies ist keine prefs.js-Datei von Thunderbird.</translation>
    </message>
    <message>
        <source>Outgoing server &quot;%1&quot; sends through %2, not SMTP.</source>
        <translation>Der Postausgangsserver „%1“ sendet über %2, nicht über SMTP.</translation>
    </message>
    <message>
        <source>Identity %1 refers to outgoing server &quot;%2&quot;, which does not exist; the default server is used.</source>
        <translation>Die Identität %1 verweist auf den Postausgangsserver „%2“, der nicht existiert; der Standardserver wird verwendet.</translation>
    </message>
    <message>
        <source>Outgoing server name &quot;%1&quot; is not a valid host name.</source>
        <translation>Der Name des Postausgangsservers „%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The autoconfig document is too large.</source>
        <translation>Das Autoconfig-Dokument ist zu groß.</translation>
    </message>
    <message>
        <source>This is not an autoconfig (clientConfig) document.</source>
        <translation>Dies ist kein Autoconfig-Dokument (clientConfig).</translation>
    </message>
    <message>
        <source>Settings of this mail client cannot be changed automatically; follow the instructions instead.</source>
        <translation>Die Einstellungen dieses E-Mail-Programms können nicht automatisch geändert werden; folgen Sie stattdessen der Anleitung.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>„%1“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Choose a connection security: none, STARTTLS or SSL/TLS.</source>
        <translation>Wählen Sie eine Verbindungssicherheit: keine, STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;.</source>
        <translation>Unbekanntes Authentifizierungsverfahren „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A value may not contain a line break.</source>
        <translation>Ein Wert darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>This client has no reply-to setting.</source>
        <translation>Dieses Programm hat keine Einstellung für eine Antwortadresse.</translation>
    </message>
    <message>
        <source>This account has no outgoing server entry to change.</source>
        <translation>Dieses Konto hat keinen Eintrag für einen Postausgangsserver, der geändert werden könnte.</translation>
    </message>
    <message>
        <source>This entry is an outgoing server without an identity; there is no address to change.</source>
        <translation>Dieser Eintrag ist ein Postausgangsserver ohne Identität; es gibt keine Adresse, die geändert werden könnte.</translation>
    </message>
    <message>
        <source>The KMail identities file was not found.</source>
        <translation>Die KMail-Identitätendatei wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>This old profile has no outgoing server entry for port, security or authentication.</source>
        <translation>Dieses alte Profil hat keinen Postausgangsserver-Eintrag für Port, Verschlüsselung oder Authentifizierung.</translation>
    </message>
    <message>
        <source>This outgoing server is not an SMTP server.</source>
        <translation>Dieser Postausgangsserver ist kein SMTP-Server.</translation>
    </message>
    <message>
        <source>The msmtp account &quot;%1&quot; was not found in the file.</source>
        <translation>Das msmtp-Konto „%1“ wurde in der Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>The group [%1] was not found in the file.</source>
        <translation>Die Gruppe [%1] wurde in der Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>KMail transport %1 was not found.</source>
        <translation>Der KMail-Versandzugang %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Thunderbird is running with this profile. Close Thunderbird and try again.</source>
        <translation>Thunderbird läuft mit diesem Profil. Schließen Sie Thunderbird, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a settings file.</source>
        <translation>%1 ist zu groß für eine Einstellungsdatei.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; it is left untouched.</source>
        <translation>%1 ist kein gültiges UTF-8; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 is not a backup made by Outbox Doctor.</source>
        <translation>%1 ist keine von Outbox Doctor erstellte Sicherungskopie.</translation>
    </message>
    <message>
        <source>KMail or another KDE PIM program is running (process %1). Close KMail and Kontact and stop Akonadi (akonadictl stop), then try again: otherwise they would write their old settings back.</source>
        <translation>KMail oder ein anderes KDE-PIM-Programm läuft (Prozess %1). Schließen Sie KMail und Kontact und beenden Sie Akonadi (akonadictl stop), und versuchen Sie es dann erneut: Sonst schreiben sie ihre alten Einstellungen zurück.</translation>
    </message>
    <message>
        <source>Thunderbird is running (process %1). Close Thunderbird and try again: it writes its settings back when it closes.</source>
        <translation>Thunderbird läuft (Prozess %1). Schließen Sie Thunderbird, und versuchen Sie es erneut: Es schreibt seine Einstellungen beim Beenden zurück.</translation>
    </message>
    <message>
        <source>%1 changed since it was read (another program wrote to it). Nothing was changed; read the settings again and retry.</source>
        <translation>%1 wurde geändert, seit es gelesen wurde (ein anderes Programm hat hineingeschrieben). Es wurde nichts geändert; lesen Sie die Einstellungen erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The owner of %1 cannot be set (%2).</source>
        <translation>Der Eigentümer von %1 kann nicht gesetzt werden (%2).</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept.</source>
        <translation>Die Berechtigungen von %1 können nicht beibehalten werden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created (%2).</source>
        <translation>Die Sicherungskopie %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2).</source>
        <translation>Die Sicherungskopie %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The permissions of the backup %1 cannot be set (%2).</source>
        <translation>Die Berechtigungen der Sicherungskopie %1 können nicht gesetzt werden (%2).</translation>
    </message>
    <message>
        <source>No free backup name beside %1.</source>
        <translation>Kein freier Name für eine Sicherungskopie neben %1.</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept (%2).</source>
        <translation>Die Berechtigungen von %1 können nicht beibehalten werden (%2).</translation>
    </message>
    <message>
        <source>%1 Putting the files back failed as well (%2); the earlier files are kept as %3.</source>
        <translation>%1 Auch das Zurücksetzen der Dateien ist fehlgeschlagen (%2); die früheren Dateien sind als %3 erhalten.</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed; its version is kept in %2. Read the settings again to check them.</source>
        <translation>Ein anderes Programm hat in %1 geschrieben, während es geändert wurde; dessen Fassung ist in %2 erhalten. Lesen Sie die Einstellungen erneut, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed, and its version could not be kept (%2).</source>
        <translation>Ein anderes Programm hat in %1 geschrieben, während es geändert wurde, und dessen Fassung konnte nicht erhalten werden (%2).</translation>
    </message>
    <message>
        <source>macOS keeps Mail&apos;s settings private. To let Outbox Doctor read them: open System Settings, then Privacy &amp; Security, then Full Disk Access (on macOS 12 and earlier: System Preferences, Security &amp; Privacy, Privacy tab, Full Disk Access); turn on Outbox Doctor, or add it with the + button; then quit Outbox Doctor and open it again. You can also enter the settings by hand.</source>
        <translation>macOS hält die Einstellungen von Mail unter Verschluss. Damit Outbox Doctor sie lesen kann: Öffnen Sie „Systemeinstellungen“, dann „Datenschutz &amp; Sicherheit“ und „Festplattenvollzugriff“ (unter macOS 12 und älter: „Systemeinstellungen“, „Sicherheit“, Registerkarte „Datenschutz“, „Festplattenvollzugriff“); aktivieren Sie Outbox Doctor, oder fügen Sie es mit der Taste „+“ hinzu; beenden Sie dann Outbox Doctor, und öffnen Sie es erneut. Sie können die Einstellungen auch von Hand eingeben.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing, so the accounts database cannot be read.</source>
        <translation>Der SQLite-Treiber von Qt fehlt, daher kann die Kontendatenbank nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be copied for reading.</source>
        <translation>%1 konnte nicht zum Lesen kopiert werden.</translation>
    </message>
    <message>
        <source>%1 is not a database that can be read: %2</source>
        <translation>%1 ist keine lesbare Datenbank: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the accounts tables of macOS (%2).</source>
        <translation>%1 enthält nicht die Kontentabellen von macOS (%2).</translation>
    </message>
    <message>
        <source>Apple Mail account &quot;%1&quot; names no outgoing server that is in the accounts database.</source>
        <translation>Das Apple-Mail-Konto „%1“ nennt keinen Postausgangsserver, der in der Kontendatenbank steht.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This is not a binary property list.</source>
        <translation>Dies ist keine binäre Eigenschaftsliste.</translation>
    </message>
    <message>
        <source>The binary property list is damaged (its trailer does not fit the file).</source>
        <translation>Die binäre Eigenschaftsliste ist beschädigt (ihr Abschlussblock passt nicht zur Datei).</translation>
    </message>
    <message>
        <source>The binary property list is damaged (%1).</source>
        <translation>Die binäre Eigenschaftsliste ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot;: the value &quot;%2&quot; could not be read and was left out.</source>
        <translation>Outlook-Konto „%1“: Der Wert „%2“ konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The new Outlook for Windows is used on this computer. It keeps its accounts with Microsoft, not in this computer&apos;s registry or files, so their outgoing server settings cannot be read here: only the accounts of classic Outlook are listed. To see a new Outlook account&apos;s settings, open the new Outlook and go to Settings &gt; Accounts &gt; Email accounts, then enter the outgoing server here by hand.</source>
        <translation>Auf diesem Computer wird das neue Outlook für Windows verwendet. Es speichert seine Konten bei Microsoft, nicht in der Registrierung oder in Dateien dieses Computers, daher können die Einstellungen des Postausgangsservers hier nicht gelesen werden: Es werden nur die Konten des klassischen Outlook aufgeführt. Um die Einstellungen eines Kontos im neuen Outlook zu sehen, öffnen Sie das neue Outlook, gehen Sie zu Einstellungen &gt; Konten &gt; E-Mail-Konten, und geben Sie den Postausgangsserver dann hier von Hand ein.</translation>
    </message>
    <message>
        <source>The property list ends before it is complete (line %1).</source>
        <translation>Die Eigenschaftsliste endet, bevor sie vollständig ist (Zeile %1).</translation>
    </message>
    <message>
        <source>The property list is nested too deeply (line %1).</source>
        <translation>Die Eigenschaftsliste ist zu tief verschachtelt (Zeile %1).</translation>
    </message>
    <message>
        <source>The property list is not well-formed XML (line %1).</source>
        <translation>Die Eigenschaftsliste ist kein wohlgeformtes XML (Zeile %1).</translation>
    </message>
    <message>
        <source>The autoconfig document is not well-formed XML (line %1).</source>
        <translation>Das Autoconfig-Dokument ist kein wohlgeformtes XML (Zeile %1).</translation>
    </message>
    <message>
        <source>The autoconfig document ends before it is complete (line %1).</source>
        <translation>Das Autoconfig-Dokument endet, bevor es vollständig ist (Zeile %1).</translation>
    </message>
</context>
<context>
    <name>od::ApplyChangesPanel</name>
    <message>
        <source>not set</source>
        <comment>a setting&apos;s value</comment>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>password, any method</source>
        <comment>authentication</comment>
        <translation>Kennwort, beliebiges Verfahren</translation>
    </message>
    <message>
        <source>password, PLAIN</source>
        <comment>authentication</comment>
        <translation>Kennwort, PLAIN</translation>
    </message>
    <message>
        <source>password, LOGIN</source>
        <comment>authentication</comment>
        <translation>Kennwort, LOGIN</translation>
    </message>
    <message>
        <source>encrypted password, CRAM-MD5</source>
        <comment>authentication</comment>
        <translation>verschlüsseltes Kennwort, CRAM-MD5</translation>
    </message>
    <message>
        <source>encrypted password, DIGEST-MD5</source>
        <comment>authentication</comment>
        <translation>verschlüsseltes Kennwort, DIGEST-MD5</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <comment>a setting: its old value → its new value</comment>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>Changed in %1:</source>
        <translation>Geändert in %1:</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>Sicherungskopie der ursprünglichen Datei: %1</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in %1: %2</source>
        <translation>In %1 wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>Undone: %1 is as it was before, restored from %2.</source>
        <translation>Rückgängig gemacht: %1 ist wieder wie vorher, wiederhergestellt aus %2.</translation>
    </message>
    <message>
        <source>Change the settings for me</source>
        <translation>Einstellungen für mich ändern</translation>
    </message>
    <message>
        <source>Outbox Doctor can make these changes in the settings file of %1 for you. It keeps a copy of the file as a backup, and never writes your password into it: enter it in %1 if it asks.</source>
        <translation>Outbox Doctor kann diese Änderungen in der Einstellungsdatei von %1 für Sie vornehmen. Dabei wird eine Kopie der Datei als Sicherung aufbewahrt, und Ihr Kennwort wird nie hineingeschrieben: Geben Sie es in %1 ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>What changes in %1:</source>
        <translation>Was sich in %1 ändert:</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>In der Datei: %1</translation>
    </message>
    <message>
        <source>Outbox Doctor cannot change this for you: %1 Follow the instructions below instead.</source>
        <translation>Outbox Doctor kann das nicht für Sie ändern: %1 Folgen Sie stattdessen der Anleitung unten.</translation>
    </message>
    <message>
        <source>Change these settings in %1 for &amp;me</source>
        <translation>Diese Einstellungen in %1 für &amp;mich ändern</translation>
    </message>
    <message>
        <source>Change these settings in %1 for me</source>
        <translation>Diese Einstellungen in %1 für mich ändern</translation>
    </message>
    <message>
        <source>Close %1 first. A backup of its settings file is kept.</source>
        <translation>Schließen Sie zuerst %1. Eine Sicherungskopie der Einstellungsdatei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <translation>Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the change to the settings of %1</source>
        <translation>Die Änderung an den Einstellungen von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>the file already has these settings.</source>
        <translation>die Datei enthält diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>The account is no longer in %1.</source>
        <translation>Das Konto ist in %1 nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>od::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer cannot verify.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, das dieser Computer nicht überprüfen kann.</translation>
    </message>
    <message>
        <source>Warning: this certificate was not issued for %1. This is what it looks like when someone on this network intercepts your connection, for example a hotel&apos;s or a company&apos;s filter. Do not trust it unless your provider confirms this fingerprint.</source>
        <translation>Warnung: Dieses Zertifikat wurde nicht für %1 ausgestellt. So sieht es aus, wenn jemand in diesem Netzwerk Ihre Verbindung abfängt, zum Beispiel ein Filter eines Hotels oder einer Firma. Vertrauen Sie ihm nur, wenn Ihr Anbieter diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued to:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Names:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued by:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid from:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid until:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <comment>certificate details; keep the HTML tags</comment>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ausgestellt für:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Namen:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ausgestellt von:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gültig ab:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gültig bis:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256-Fingerabdruck:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>What is wrong with it:</source>
        <translation>Was damit nicht stimmt:</translation>
    </message>
    <message>
        <source>If you trust it, Outbox Doctor tests with this exact certificate (recognised by its fingerprint) until you close the program. Your mail program is not changed. If you cannot check the fingerprint with your provider, choose &quot;Do not trust&quot;: your password could otherwise be read by whoever runs this connection.</source>
        <translation>Wenn Sie ihm vertrauen, testet Outbox Doctor bis zum Schließen des Programms mit genau diesem Zertifikat (erkannt an seinem Fingerabdruck). Ihr E-Mail-Programm wird nicht verändert. Wenn Sie den Fingerabdruck nicht mit Ihrem Anbieter abgleichen können, wählen Sie „Nicht vertrauen“: Sonst könnte derjenige, der diese Verbindung betreibt, Ihr Kennwort mitlesen.</translation>
    </message>
    <message>
        <source>&amp;Trust for this test only</source>
        <translation>&amp;Nur für diesen Test vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this test only</source>
        <translation>Diesem Zertifikat nur für diesen Test vertrauen</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>Nicht &amp;vertrauen</translation>
    </message>
    <message>
        <source>Do not trust this certificate</source>
        <translation>Diesem Zertifikat nicht vertrauen</translation>
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
        <translation>Aufruf: %1 [probe|decode|accounts] [Optionen]

Ohne Befehl wird der Assistent zur Fehlerbehebung geöffnet.

  probe      ein SMTP-Konto testen und das Ergebnis erklären
  decode     eine eingefügte Fehlermeldung oder einen Unzustellbarkeitsbericht erklären
  accounts   die SMTP-Einstellungen der E-Mail-Programme auf diesem Computer auflisten

Mit --help nach einem Befehl werden seine Optionen angezeigt.
Exit-Status: 0 E-Mail würde zugestellt, 1 Problem gefunden, 2 Aufruf- oder Eingabefehler, 3 interner Fehler.
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>No graphical display (DISPLAY and WAYLAND_DISPLAY are not set): the wizard cannot open. Run &quot;%1 --help&quot; for the command line.</source>
        <translation>Keine grafische Anzeige (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt): Der Assistent kann nicht geöffnet werden. Hinweise zur Befehlszeile erhalten Sie mit „%1 --help“.</translation>
    </message>
    <message>
        <source>The graphical display %1 cannot be reached: the wizard cannot open. Run &quot;%2 --help&quot; for the command line.</source>
        <translation>Die grafische Anzeige %1 ist nicht erreichbar: Der Assistent kann nicht geöffnet werden. Hinweise zur Befehlszeile erhalten Sie mit „%2 --help“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
</context>
<context>
    <name>od::ClientInstructions</name>
    <message>
        <source>Outlook (classic)</source>
        <translation>Outlook (klassisch)</translation>
    </message>
    <message>
        <source>New Outlook / Windows Mail</source>
        <translation>Neues Outlook / Windows Mail</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation>Apple Mail</translation>
    </message>
    <message>
        <source>Another mail program</source>
        <comment>mail client</comment>
        <translation>Anderes E-Mail-Programm</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Use same settings as my incoming mail server&quot; (or enter the user name and password below).</source>
        <translation>Aktivieren Sie „Der Postausgangsserver (SMTP) erfordert Authentifizierung“, und wählen Sie „Gleiche Einstellungen wie für Posteingangsserver verwenden“ (oder wählen Sie „Anmelden mit“ und geben Sie Benutzername und Kennwort ein).</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done when the test succeeds.</source>
        <translation>Klicken Sie auf „OK“, dann auf „Weiter“ und nach erfolgreichem Test auf „Fertig stellen“.</translation>
    </message>
    <message>
        <source>Replace &quot;Outgoing mail server (SMTP)&quot; with the server shown below.</source>
        <translation>Ersetzen Sie den Eintrag unter „Postausgangsserver (SMTP)“ durch den unten angezeigten Server.</translation>
    </message>
    <message>
        <source>On the Outgoing Server tab tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>Aktivieren Sie auf der Registerkarte „Postausgangsserver“ die Option „Der Postausgangsserver (SMTP) erfordert Authentifizierung“, und wählen Sie „Vor dem Senden bei Posteingangsserver anmelden“.</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done.</source>
        <translation>Klicken Sie auf „OK“, dann auf „Weiter“ und „Fertig stellen“.</translation>
    </message>
    <message>
        <source>Click Next and Done.</source>
        <translation>Klicken Sie auf „Weiter“ und „Fertig stellen“.</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts.</source>
        <translation>Öffnen Sie „Einstellungen“ (das Zahnradsymbol), dann „Konten“ und „E-Mail-Konten“.</translation>
    </message>
    <message>
        <source>Click Manage next to the account (Windows Mail: Manage accounts, the account, then &quot;Change mailbox sync settings&quot; and &quot;Advanced mailbox settings&quot;).</source>
        <translation>Klicken Sie neben dem Konto auf „Verwalten“ (Windows Mail: „Konten verwalten“, das Konto, dann „Einstellungen für die Postfachsynchronisierung ändern“ und „Erweiterte Postfacheinstellungen“).</translation>
    </message>
    <message>
        <source>Turn on &quot;Outgoing server requires authentication&quot; and &quot;Use the same user name and password for sending email&quot;.</source>
        <translation>Aktivieren Sie „Postausgangsserver erfordert Authentifizierung“ und „Denselben Benutzernamen und dasselbe Kennwort zum Senden von E-Mails verwenden“.</translation>
    </message>
    <message>
        <source>Enter the outgoing server with its port as shown below (for example server:587) and turn on &quot;Require SSL for outgoing email&quot;.</source>
        <translation>Geben Sie den Postausgangsserver mit seinem Port wie unten angezeigt ein (zum Beispiel server:587), und aktivieren Sie „SSL für ausgehende E-Mails erforderlich“.</translation>
    </message>
    <message>
        <source>Save, and send yourself a test message.</source>
        <translation>Speichern Sie, und senden Sie sich selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts, and click Manage next to the account.</source>
        <translation>Öffnen Sie „Einstellungen“ (das Zahnradsymbol), dann „Konten“ und „E-Mail-Konten“, und klicken Sie neben dem Konto auf „Verwalten“.</translation>
    </message>
    <message>
        <source>Open the advanced mailbox settings and replace the outgoing (SMTP) email server with the one shown below.</source>
        <translation>Öffnen Sie die erweiterten Postfacheinstellungen, und ersetzen Sie den Postausgangsserver (SMTP) durch den unten angezeigten.</translation>
    </message>
    <message>
        <source>This program has no setting to check incoming mail before sending.</source>
        <translation>Dieses Programm bietet keine Einstellung, um vor dem Senden den Posteingang abzurufen.</translation>
    </message>
    <message>
        <source>Click &quot;Sync&quot; (or Send/Receive) to fetch your mail, then send within a few minutes.</source>
        <translation>Klicken Sie auf „Synchronisieren“ (oder „Senden/Empfangen“), um Ihre E-Mails abzurufen, und senden Sie dann innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>If that is not reliable, ask your provider for a login for the outgoing server instead.</source>
        <translation>Wenn das nicht zuverlässig funktioniert, bitten Sie Ihren Anbieter stattdessen um Anmeldedaten für den Postausgangsserver.</translation>
    </message>
    <message>
        <source>Remove the account and add it again with the e-mail address shown below: these programs do not let you change the address of an account.</source>
        <translation>Entfernen Sie das Konto, und fügen Sie es mit der unten angezeigten E-Mail-Adresse neu hinzu: In diesen Programmen lässt sich die Adresse eines Kontos nicht ändern.</translation>
    </message>
    <message>
        <source>Send yourself a test message.</source>
        <translation>Senden Sie sich selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Open the ≡ menu and choose Account Settings.</source>
        <translation>Öffnen Sie das Menü ≡, und wählen Sie „Konten-Einstellungen“.</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left.</source>
        <translation>Klicken Sie links unten in der Liste auf „Postausgang-Server (SMTP)“.</translation>
    </message>
    <message>
        <source>Click OK. Thunderbird asks for the password the next time you send.</source>
        <translation>Klicken Sie auf „OK“. Thunderbird fragt beim nächsten Senden nach dem Kennwort.</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list and choose the new server under &quot;Outgoing Server (SMTP)&quot;.</source>
        <translation>Klicken Sie in der Liste auf den Namen des Kontos, und wählen Sie unter „Postausgang-Server (SMTP)“ den neuen Server aus.</translation>
    </message>
    <message>
        <source>Thunderbird has no setting to check incoming mail before sending.</source>
        <translation>Thunderbird bietet keine Einstellung, um vor dem Senden den Posteingang abzurufen.</translation>
    </message>
    <message>
        <source>Click Get Messages first, then send within a few minutes.</source>
        <translation>Klicken Sie zuerst auf „Abrufen“, und senden Sie dann innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list on the left.</source>
        <translation>Klicken Sie links in der Liste auf den Namen des Kontos.</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply-to Address&quot; too if you use one.</source>
        <translation>Ersetzen Sie den Eintrag unter „E-Mail-Adresse“ durch die unten angezeigte Adresse; korrigieren Sie auch die „Antwortadresse“, falls Sie eine verwenden.</translation>
    </message>
    <message>
        <source>Close the settings tab.</source>
        <translation>Schließen Sie den Tab mit den Einstellungen.</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts.</source>
        <translation>Wählen Sie „Mail“ &gt; „Einstellungen“ und dann „Accounts“.</translation>
    </message>
    <message>
        <source>Select the account and open Server Settings.</source>
        <translation>Wählen Sie den Account aus, und öffnen Sie „Servereinstellungen“.</translation>
    </message>
    <message>
        <source>Under Outgoing Mail Account, untick &quot;Automatically manage connection settings&quot;.</source>
        <translation>Deaktivieren Sie unter „Account für ausgehende E-Mails“ die Option „Verbindungseinstellungen automatisch verwalten“.</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>Klicken Sie auf „Sichern“.</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts, and select the account.</source>
        <translation>Wählen Sie „Mail“ &gt; „Einstellungen“, dann „Accounts“, und wählen Sie den Account aus.</translation>
    </message>
    <message>
        <source>Add the server shown below with its port, encryption and login, then click OK.</source>
        <translation>Fügen Sie den unten angezeigten Server mit Port, Verschlüsselung und Anmeldung hinzu, und klicken Sie auf „OK“.</translation>
    </message>
    <message>
        <source>Choose the new server as Outgoing Mail Account and click Save.</source>
        <translation>Wählen Sie den neuen Server als „Account für ausgehende E-Mails“, und klicken Sie auf „Sichern“.</translation>
    </message>
    <message>
        <source>Apple Mail has no setting to check incoming mail before sending.</source>
        <translation>Apple Mail bietet keine Einstellung, um vor dem Senden den Posteingang abzurufen.</translation>
    </message>
    <message>
        <source>Click Get Mail (the envelope) first, then send within a few minutes.</source>
        <translation>Klicken Sie zuerst auf „Neue E-Mails empfangen“ (den Briefumschlag), und senden Sie dann innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>Choose it as the account&apos;s address.</source>
        <translation>Wählen Sie sie als Adresse des Accounts aus.</translation>
    </message>
    <message>
        <source>On the General tab tick &quot;Server requires authentication&quot; and enter the login and password.</source>
        <translation>Aktivieren Sie auf der Registerkarte „Allgemein“ die Option „Server erfordert Authentifizierung“, und geben Sie Benutzername und Kennwort ein.</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Klicken Sie auf „OK“.</translation>
    </message>
    <message>
        <source>Select it and click Set Default, or choose it in the identity&apos;s Advanced settings.</source>
        <translation>Wählen Sie ihn aus, und klicken Sie auf „Als Standard setzen“, oder wählen Sie ihn in den erweiterten Einstellungen der Identität.</translation>
    </message>
    <message>
        <source>KMail has no setting to check incoming mail before sending.</source>
        <translation>KMail bietet keine Einstellung, um vor dem Senden den Posteingang abzurufen.</translation>
    </message>
    <message>
        <source>Click Check Mail first, then send within a few minutes.</source>
        <translation>Klicken Sie zuerst auf „Nach E-Mails sehen“, und senden Sie dann innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>Replace &quot;Email address&quot; with the address shown below; correct the reply-to address on the Advanced tab if you use one.</source>
        <translation>Ersetzen Sie den Eintrag unter „E-Mail-Adresse“ durch die unten angezeigte Adresse; korrigieren Sie auf der Registerkarte „Erweitert“ auch die Antwortadresse, falls Sie eine verwenden.</translation>
    </message>
    <message>
        <source>Choose Edit &gt; Accounts, select the account and click Edit.</source>
        <translation>Wählen Sie „Bearbeiten“ &gt; „Konten“, markieren Sie das Konto, und klicken Sie auf „Bearbeiten“.</translation>
    </message>
    <message>
        <source>Open Sending Email.</source>
        <translation>Öffnen Sie „Versenden von E-Mails“.</translation>
    </message>
    <message>
        <source>Open Sending Email and replace Server with the one shown below, with its port and encryption.</source>
        <translation>Öffnen Sie „Versenden von E-Mails“, und ersetzen Sie den „Server“ durch den unten angezeigten, mit Port und Verschlüsselung.</translation>
    </message>
    <message>
        <source>Open Sending Email and, under Authentication, choose &quot;POP before SMTP&quot; as the type.</source>
        <translation>Öffnen Sie „Versenden von E-Mails“, und wählen Sie unter „Legitimierung“ als Typ „POP before SMTP“.</translation>
    </message>
    <message>
        <source>Open Identity and replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply To&quot; too if you use one.</source>
        <translation>Öffnen Sie „Identität“, und ersetzen Sie die „E-Mail-Adresse“ durch die unten angezeigte Adresse; korrigieren Sie auch „Antwort an“, falls Sie es verwenden.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings and find the outgoing (SMTP) server.</source>
        <translation>Öffnen Sie die Kontoeinstellungen Ihres E-Mail-Programms, und suchen Sie den Postausgangsserver (SMTP).</translation>
    </message>
    <message>
        <source>Turn on &quot;authentication&quot; (also called &quot;My server requires login&quot;) and enter the user name and password shown below.</source>
        <translation>Schalten Sie die „Authentifizierung“ ein (manchmal auch „Server erfordert Anmeldung“ genannt), und geben Sie den unten angezeigten Benutzernamen und das Kennwort ein.</translation>
    </message>
    <message>
        <source>Set the port and the encryption (STARTTLS or SSL/TLS) shown below.</source>
        <translation>Stellen Sie den unten angezeigten Port und die Verschlüsselung (STARTTLS oder SSL/TLS) ein.</translation>
    </message>
    <message>
        <source>Save and send yourself a test message.</source>
        <translation>Speichern Sie, und senden Sie sich selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Replace it with the server shown below, with its port and encryption.</source>
        <translation>Ersetzen Sie ihn durch den unten angezeigten Server, mit Port und Verschlüsselung.</translation>
    </message>
    <message>
        <source>Look for a setting called &quot;POP before SMTP&quot; or &quot;Check mail before sending&quot; in the outgoing server settings and turn it on.</source>
        <translation>Suchen Sie in den Einstellungen des Postausgangsservers nach einer Option wie „POP before SMTP“ oder „Vor dem Senden E-Mails abrufen“, und schalten Sie sie ein.</translation>
    </message>
    <message>
        <source>Without such a setting, fetch your mail first and send within a few minutes.</source>
        <translation>Gibt es keine solche Einstellung, rufen Sie zuerst Ihre E-Mails ab, und senden Sie dann innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>Ask your provider for a login for the outgoing server if this is not reliable.</source>
        <translation>Wenn das nicht zuverlässig funktioniert, bitten Sie Ihren Anbieter um Anmeldedaten für den Postausgangsserver.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account or identity settings.</source>
        <translation>Öffnen Sie die Konto- oder Identitätseinstellungen Ihres E-Mail-Programms.</translation>
    </message>
    <message>
        <source>Replace the e-mail (From) address with the one shown below; correct the reply-to address too if you use one.</source>
        <translation>Ersetzen Sie die E-Mail-Adresse (Von-Adresse) durch die unten angezeigte; korrigieren Sie auch die Antwortadresse, falls Sie eine verwenden.</translation>
    </message>
    <message>
        <source>Enter the &quot;User Name&quot;, the password and the &quot;Port&quot;, and set &quot;Use TLS/SSL&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>Geben Sie „Benutzername“, das Passwort und „Port“ ein, und stellen Sie „TLS/SSL verwenden“ und „Authentifizierung“ wie unten angezeigt ein.</translation>
    </message>
    <message>
        <source>Open Server Settings, open the Outgoing Mail Account menu and choose &quot;Edit SMTP Server List&quot;.</source>
        <translation>Öffnen Sie „Servereinstellungen“, öffnen Sie das Menü „Account für ausgehende E-Mails“, und wählen Sie „SMTP-Serverliste bearbeiten“.</translation>
    </message>
    <message>
        <source>On Account Information, open the Email Address menu, choose &quot;Edit Email Addresses&quot; and add the address shown below.</source>
        <translation>Öffnen Sie unter „Accountinformationen“ das Menü „E-Mail-Adresse“, wählen Sie „E-Mail-Adressen bearbeiten“, und fügen Sie die unten angezeigte Adresse hinzu.</translation>
    </message>
    <message>
        <source>Enter the &quot;Port&quot;, choose the &quot;Encryption method&quot; shown below, and tick &quot;Server requires authentication&quot;.</source>
        <translation>Geben Sie „Port“ ein, wählen Sie die unten angezeigte „Verschlüsselungsmethode“, und aktivieren Sie „Server erfordert Legitimierung“.</translation>
    </message>
    <message>
        <source>Under &quot;Authentication&quot;, choose the type shown below (or click &quot;Check for Supported Types&quot;) and enter the &quot;Username&quot;.</source>
        <translation>Wählen Sie unter „Legitimierung“ den unten angezeigten Typ (oder klicken Sie auf „Auf unterstützte Typen prüfen“), und geben Sie „Benutzername“ ein.</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Sending tab.</source>
        <translation>Wählen Sie „Einstellungen“ &gt; „KMail einrichten“, dann „Zugänge“ und die Registerkarte „Versand“.</translation>
    </message>
    <message>
        <source>Select the outgoing account and click &quot;Modify&quot;.</source>
        <translation>Wählen Sie den Versandzugang aus, und klicken Sie auf „Ändern“.</translation>
    </message>
    <message>
        <source>On the Advanced tab set &quot;Encryption&quot;, &quot;Port&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>Stellen Sie auf der Registerkarte „Erweitert“ „Verschlüsselung“, „Port“ und „Authentifizierung“ wie unten angezeigt ein.</translation>
    </message>
    <message>
        <source>Click &quot;Add&quot;, choose SMTP Server, and enter the server, port and encryption shown below.</source>
        <translation>Klicken Sie auf „Hinzufügen“, wählen Sie „SMTP-Server“, und geben Sie Server, Port und Verschlüsselung wie unten angezeigt ein.</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Identities tab.</source>
        <translation>Wählen Sie „Einstellungen“ &gt; „KMail einrichten“, dann „Identitäten“.</translation>
    </message>
    <message>
        <source>Select the identity and click &quot;Modify&quot;.</source>
        <translation>Wählen Sie die Identität aus, und klicken Sie auf „Ändern“.</translation>
    </message>
    <message>
        <source>Click File, then Account Settings, and Account Settings again.</source>
        <translation>Klicken Sie auf „Datei“, dann auf „Kontoeinstellungen“ und noch einmal auf „Kontoeinstellungen“.</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;.</source>
        <translation>Wählen Sie auf der Registerkarte „E-Mail“ das Konto aus, und klicken Sie auf „Ändern“.</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot; and open the &quot;Outgoing Server&quot; tab.</source>
        <translation>Klicken Sie auf „Weitere Einstellungen“, und öffnen Sie die Registerkarte „Postausgangsserver“.</translation>
    </message>
    <message>
        <source>Open the &quot;Advanced&quot; tab and set &quot;Outgoing server (SMTP)&quot; and &quot;Use the following type of encrypted connection&quot; as shown below.</source>
        <translation>Öffnen Sie die Registerkarte „Erweitert“, und stellen Sie „Postausgangsserver (SMTP)“ und „Verwenden Sie den folgenden verschlüsselten Verbindungstyp“ wie unten angezeigt ein.</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot;, open the &quot;Advanced&quot; tab and set the port and encryption shown below.</source>
        <translation>Klicken Sie auf „Weitere Einstellungen“, öffnen Sie die Registerkarte „Erweitert“, und stellen Sie den unten angezeigten Port und die Verschlüsselung ein.</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;, then &quot;More Settings&quot;.</source>
        <translation>Wählen Sie auf der Registerkarte „E-Mail“ das Konto aus, klicken Sie auf „Ändern“ und dann auf „Weitere Einstellungen“.</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below. If you use a separate reply address, click &quot;More Settings&quot; and correct &quot;Reply E-mail&quot; on the General tab.</source>
        <translation>Ersetzen Sie den Eintrag unter „E-Mail-Adresse“ durch die unten angezeigte Adresse. Wenn Sie eine eigene Antwortadresse verwenden, klicken Sie auf „Weitere Einstellungen“ und korrigieren Sie auf der Registerkarte „Allgemein“ das Feld „Antwortadresse“.</translation>
    </message>
    <message>
        <source>Select the server the account uses and click &quot;Edit&quot;.</source>
        <translation>Wählen Sie den Server aus, den das Konto verwendet, und klicken Sie auf „Bearbeiten“.</translation>
    </message>
    <message>
        <source>Set &quot;Port&quot;, &quot;Connection security&quot; and &quot;Authentication method&quot; as shown below, and enter the &quot;User Name&quot;.</source>
        <translation>Stellen Sie „Port“, „Verbindungssicherheit“ und „Authentifizierungsmethode“ wie unten angezeigt ein, und füllen Sie „Benutzername“ aus.</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left, then &quot;Add&quot;.</source>
        <translation>Klicken Sie links unten in der Liste auf „Postausgang-Server (SMTP)“ und dann auf „Hinzufügen“.</translation>
    </message>
    <message>
        <source>Enter the &quot;Server Name&quot;, &quot;Port&quot; and &quot;Connection security&quot; shown below and click OK.</source>
        <translation>Geben Sie „Server“, „Port“ und „Verbindungssicherheit“ wie unten angezeigt ein, und klicken Sie auf „OK“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, unless this server&apos;s owner gave you a login</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1: %2, außer der Betreiber dieses Servers hat Ihnen Anmeldedaten gegeben</translation>
    </message>
    <message>
        <source>Choose Configuration &gt; Edit accounts, select the account and click &quot;Edit&quot;.</source>
        <translation>Wählen Sie „Konfiguration“ &gt; „Konten bearbeiten“, markieren Sie das Konto, und klicken Sie auf „Bearbeiten“.</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;SMTP Authentication (SMTP AUTH)&quot;, choose the &quot;Authentication method&quot; shown below and enter the &quot;User ID&quot; and password.</source>
        <translation>Aktivieren Sie auf der Seite „Send“ die Option „SMTP-Authentifizierung (SMTP AUTH)“, wählen Sie das unten angezeigte „Authentifizierungsverfahren“, und geben Sie „Benutzer-ID“ und Kennwort ein.</translation>
    </message>
    <message>
        <source>On the TLS page (SSL/TLS in older versions), under &quot;Send (SMTP)&quot;, choose the option shown below.</source>
        <translation>Wählen Sie auf der Seite „TLS“ (in älteren Versionen „SSL/TLS“) unter „Senden (SMTP)“ die unten angezeigte Option.</translation>
    </message>
    <message>
        <source>On the Advanced page tick &quot;SMTP port&quot; and enter the port shown below.</source>
        <translation>Aktivieren Sie auf der Seite „Erweitert“ die Option „SMTP-Port“, und geben Sie den unten angezeigten Port ein.</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;SMTP server (send)&quot; with the server shown below.</source>
        <translation>Ersetzen Sie auf der Seite „Allgemein“ den Eintrag unter „SMTP-Server (Senden)“ durch den unten angezeigten Server.</translation>
    </message>
    <message>
        <source>Set the port on the Advanced page (&quot;SMTP port&quot;) and the encryption on the TLS page (&quot;Send (SMTP)&quot;) as shown below.</source>
        <translation>Stellen Sie den Port auf der Seite „Erweitert“ („SMTP-Port“) und die Verschlüsselung auf der Seite „TLS“ („Senden (SMTP)“) wie unten angezeigt ein.</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;Authenticate with POP before sending&quot;.</source>
        <translation>Aktivieren Sie auf der Seite „Send“ die Option „Vor dem Senden mit POP authentifizieren“.</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;Mail address&quot; with the address shown below; correct the Reply-To address on the Compose page too if you set one.</source>
        <translation>Ersetzen Sie auf der Seite „Allgemein“ den Eintrag unter „E-Mail-Adresse“ durch die unten angezeigte Adresse; korrigieren Sie auf der Seite „Verfassen“ auch die Antwortadresse („Reply-To“), falls Sie eine eingetragen haben.</translation>
    </message>
</context>
<context>
    <name>od::ClientTerms</name>
    <message>
        <source>Host Name</source>
        <comment>Apple Mail field</comment>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Apple Mail field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <comment>Apple Mail field</comment>
        <translation>TLS/SSL verwenden</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Apple Mail field</comment>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Apple Mail field</comment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Apple Mail field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>MD5 Challenge-Response</translation>
    </message>
    <message>
        <source>OAuth</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>Evolution field</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Evolution field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <comment>Evolution field</comment>
        <translation>Verschlüsselungsmethode</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Evolution field</comment>
        <translation>Legitimation</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>Evolution field</comment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Evolution field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>No encryption</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>STARTTLS after connecting</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>STARTTLS nach Verbinden</translation>
    </message>
    <message>
        <source>TLS on a dedicated port</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>TLS auf einem dedizierten Port</translation>
    </message>
    <message>
        <source>None (untick &quot;Server requires authentication&quot;)</source>
        <comment>Evolution value of Authentication</comment>
        <translation>Keine („Server erfordert Legitimation“ abwählen)</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>Evolution value of Authentication</comment>
        <translation>KLARTEXT</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <comment>Evolution value of Authentication</comment>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Evolution value of Authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <comment>generic field</comment>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>generic field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>generic field</comment>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>generic field</comment>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>generic field</comment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>generic field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>generic value of Encryption</comment>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>generic value of Encryption</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>generic value of Encryption</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>No login</source>
        <comment>generic value of Authentication</comment>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>generic value of Authentication</comment>
        <translation>Normales Passwort</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>generic value of Authentication</comment>
        <translation>Verschlüsseltes Passwort</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>generic value of Authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <comment>KMail field</comment>
        <translation>Ausgehender Mailserver</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>KMail field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>KMail field</comment>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>KMail field</comment>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>KMail field</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>KMail field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>None</source>
        <comment>KMail value of Encryption</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>KMail value of Encryption</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>KMail value of Encryption</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (untick &quot;Server requires authentication&quot;)</source>
        <comment>KMail value of Authentication</comment>
        <translation>Keine („Server erfordert Authentifizierung“ abwählen)</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>KMail value of Authentication</comment>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <comment>KMail value of Authentication</comment>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>XOAUTH2</source>
        <comment>KMail value of Authentication</comment>
        <translation>XOAUTH2</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>New Outlook field</comment>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>New Outlook field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <comment>New Outlook field</comment>
        <translation>Typ der sicheren Verbindung</translation>
    </message>
    <message>
        <source>Outgoing server requires authentication</source>
        <comment>New Outlook field</comment>
        <translation>Postausgangsserver erfordert Authentifizierung</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <comment>New Outlook field</comment>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>New Outlook field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>None</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection</source>
        <comment>Outlook field</comment>
        <translation>Verwenden Sie den folgenden verschlüsselten Verbindungstyp</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <comment>Outlook field</comment>
        <translation>Der Postausgangsserver (SMTP) erfordert Authentifizierung</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Outlook field</comment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Outlook field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>Gleiche Einstellungen wie für Posteingangsserver verwenden</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Server Name</source>
        <comment>Thunderbird field</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Thunderbird field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <comment>Thunderbird field</comment>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Thunderbird field</comment>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Thunderbird field</comment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Thunderbird field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>No authentication</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>Passwort, normal</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>Verschlüsseltes Passwort</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>SMTP server (send)</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP-Server (Senden)</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>Send (SMTP)</source>
        <comment>Claws Mail field on the TLS page</comment>
        <translation>Senden (SMTP)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Claws Mail field</comment>
        <translation>Authentifizierungsverfahren</translation>
    </message>
    <message>
        <source>User ID</source>
        <comment>Claws Mail field</comment>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Mail address</source>
        <comment>Claws Mail field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Don&apos;t use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Don&apos;t use TLS</translation>
    </message>
    <message>
        <source>Use STARTTLS command to start encrypted session</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Mittels STARTTLS-Befehl eine verschlüsselte Sitzung einleiten</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Use TLS</translation>
    </message>
    <message>
        <source>None (untick &quot;SMTP Authentication (SMTP AUTH)&quot;)</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>Keine („SMTP-Authentifizierung (SMTP AUTH)“ abwählen)</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>OAuth2</translation>
    </message>
</context>
<context>
    <name>od::CodeTables</name>
    <message>
        <source>delivery not authorised</source>
        <translation>Zustellung nicht erlaubt</translation>
    </message>
    <message>
        <source>The receiving server refused mail from the internet: it wants senders to log in, or does not consider itself responsible for the recipient&apos;s domain. Your own server did its job; the recipient&apos;s administrators have to fix their server or their MX record.</source>
        <translation>Der empfangende Server hat E-Mails aus dem Internet abgelehnt: Er verlangt eine Anmeldung der Absender oder hält sich für die Domäne des Empfängers nicht für zuständig. Ihr eigener Server hat seine Arbeit getan; die Administratoren des Empfängers müssen ihren Server oder ihren MX-Eintrag korrigieren.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The sending service could not open a connection to the receiving mail server. The fault lies with that server or its network; the bounce usually names its IP address.</source>
        <translation>Der sendende Dienst konnte keine Verbindung zum empfangenden Mailserver herstellen. Der Fehler liegt bei diesem Server oder seinem Netzwerk; der Unzustellbarkeitsbericht nennt meist dessen IP-Adresse.</translation>
    </message>
    <message>
        <source>Message expired</source>
        <translation>Nachricht abgelaufen</translation>
    </message>
    <message>
        <source>The message waited in the queue until its time ran out, because the receiving server did not take it in time. Check the address; if it is right, the receiving side has to fix its server.</source>
        <translation>Die Nachricht hat in der Warteschlange gewartet, bis ihre Zeit abgelaufen war, weil der empfangende Server sie nicht rechtzeitig angenommen hat. Prüfen Sie die Adresse; wenn sie stimmt, muss die Empfängerseite ihren Server in Ordnung bringen.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients in one domain than the service accepts in one go (more than 200 for Office 365). Send it in smaller batches.</source>
        <translation>Die Nachricht war an mehr Empfänger in einer Domäne adressiert, als der Dienst auf einmal annimmt (bei Office 365 mehr als 200). Senden Sie sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>IPv6 mail must pass SPF or DKIM</source>
        <translation>E-Mail über IPv6 muss SPF oder DKIM bestehen</translation>
    </message>
    <message>
        <source>Mail arriving over IPv6 is only accepted when it passes an SPF or DKIM check, and this message passed neither. The sending domain&apos;s administrator has to publish SPF or sign with DKIM.</source>
        <translation>Über IPv6 eingehende E-Mails werden nur angenommen, wenn sie eine SPF- oder DKIM-Prüfung bestehen, und diese Nachricht hat keine von beiden bestanden. Der Administrator der sendenden Domäne muss SPF veröffentlichen oder mit DKIM signieren.</translation>
    </message>
    <message>
        <source>Sending temporarily restricted</source>
        <translation>Senden vorübergehend eingeschränkt</translation>
    </message>
    <message>
        <source>The service saw unusual activity and has held back mail from this sender while it takes a closer look. If the mail is legitimate, sending is allowed again after a while.</source>
        <translation>Der Dienst hat ungewöhnliche Aktivitäten festgestellt und hält E-Mails dieses Absenders zurück, während er sie genauer prüft. Wenn die E-Mails rechtmäßig sind, ist das Senden nach einiger Zeit wieder möglich.</translation>
    </message>
    <message>
        <source>Sending IP temporarily blocked</source>
        <translation>Sende-IP-Adresse vorübergehend gesperrt</translation>
    </message>
    <message>
        <source>Suspicious traffic came from the sending IP address, so it is blocked for now while it is investigated. Legitimate senders are let through again after a while.</source>
        <translation>Von der sendenden IP-Adresse kam verdächtiger Datenverkehr; sie ist daher vorerst gesperrt, während der Vorfall untersucht wird. Rechtmäßige Absender werden nach einiger Zeit wieder durchgelassen.</translation>
    </message>
    <message>
        <source>Sender denied / recipient not resolved</source>
        <translation>Absender abgelehnt / Empfänger nicht aufgelöst</translation>
    </message>
    <message>
        <source>The recipient&apos;s address could not be resolved, often because a saved message was opened and answered offline. Check the address and write a new message instead of replying to the saved one.</source>
        <translation>Die Adresse des Empfängers konnte nicht aufgelöst werden, oft weil eine gespeicherte Nachricht offline geöffnet und beantwortet wurde. Prüfen Sie die Adresse, und schreiben Sie eine neue Nachricht, statt auf die gespeicherte zu antworten.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Ungültige Zielpostfachadresse</translation>
    </message>
    <message>
        <source>The receiving system has no mailbox with this address: it is mistyped, no longer exists, or your mail program remembers an outdated address. Remove the remembered address, type it again and send a new message.</source>
        <translation>Das empfangende System hat kein Postfach mit dieser Adresse: Sie ist falsch geschrieben, existiert nicht mehr, oder Ihr E-Mail-Programm hat sich eine veraltete Adresse gemerkt. Entfernen Sie die gemerkte Adresse, geben Sie sie neu ein, und senden Sie eine neue Nachricht.</translation>
    </message>
    <message>
        <source>Recipient not found</source>
        <translation>Empfänger nicht gefunden</translation>
    </message>
    <message>
        <source>The receiving organisation has no recipient with this address. Check the spelling, or ask the recipient for the right address.</source>
        <translation>Die empfangende Organisation hat keinen Empfänger mit dieser Adresse. Prüfen Sie die Schreibweise, oder fragen Sie den Empfänger nach der richtigen Adresse.</translation>
    </message>
    <message>
        <source>Bad outbound sender</source>
        <translation>Unzulässiger ausgehender Absender</translation>
    </message>
    <message>
        <source>The sending account was blocked because it sent a lot of spam, which usually means it was taken over (stolen password, phishing or malware). Change the password; the administrator has to unblock the account.</source>
        <translation>Das sendende Konto wurde gesperrt, weil es viel Spam verschickt hat. Das bedeutet meist, dass es übernommen wurde (gestohlenes Kennwort, Phishing oder Schadsoftware). Ändern Sie das Kennwort; der Administrator muss das Konto wieder freigeben.</translation>
    </message>
    <message>
        <source>Too many messages to this recipient per hour</source>
        <translation>Zu viele Nachrichten pro Stunde an diesen Empfänger</translation>
    </message>
    <message>
        <source>This sender has sent the recipient more messages within an hour than is allowed. Send fewer messages to this recipient and try again later.</source>
        <translation>Dieser Absender hat dem Empfänger innerhalb einer Stunde mehr Nachrichten gesendet als erlaubt. Senden Sie diesem Empfänger weniger Nachrichten, und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Recipient receives too many messages per hour</source>
        <translation>Empfänger erhält zu viele Nachrichten pro Stunde</translation>
    </message>
    <message>
        <source>The recipient has received more messages within an hour, from all senders together, than is allowed. Try again later.</source>
        <translation>Der Empfänger hat innerhalb einer Stunde von allen Absendern zusammen mehr Nachrichten erhalten als erlaubt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Send as denied</source>
        <translation>Senden als verweigert</translation>
    </message>
    <message>
        <source>The account you logged in with is not allowed to send mail with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>Das Konto, mit dem Sie sich angemeldet haben, darf keine E-Mails mit dieser Von-Adresse senden. Verwenden Sie Ihre eigene Adresse, oder bitten Sie den Administrator um die Berechtigung „Senden als“.</translation>
    </message>
    <message>
        <source>Journaling not supported</source>
        <translation>Journaling nicht unterstützt</translation>
    </message>
    <message>
        <source>A journaling rule sent a copy of the message to the cloud service, but journal archiving is not switched on there. The organisation&apos;s administrator has to change the rule or the setting.</source>
        <translation>Eine Journalregel hat eine Kopie der Nachricht an den Clouddienst gesendet, dort ist die Journalarchivierung aber nicht eingeschaltet. Der Administrator der Organisation muss die Regel oder die Einstellung ändern.</translation>
    </message>
    <message>
        <source>Relay access denied</source>
        <translation>Weiterleitung verweigert (Relay Access Denied)</translation>
    </message>
    <message>
        <source>The server that answered does not accept mail for the recipient&apos;s domain. This usually points to a wrong MX record or a server set up without that domain, on the receiving side.</source>
        <translation>Der antwortende Server nimmt keine E-Mails für die Domäne des Empfängers an. Das deutet meist auf einen falschen MX-Eintrag oder einen Server ohne diese Domäne auf der Empfängerseite hin.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Schleife bei der Weiterleitung erkannt</translation>
    </message>
    <message>
        <source>The message kept being passed around, for example by forwarding rules that send mail back and forth, and was stopped after many rounds. Check automatic forwarding on both sides.</source>
        <translation>Die Nachricht wurde immer wieder weitergereicht, zum Beispiel durch Weiterleitungsregeln, die E-Mails hin und her schicken, und nach vielen Runden angehalten. Prüfen Sie die automatische Weiterleitung auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Hop count exceeded</source>
        <translation>Zu viele Zwischenstationen (Hop Count)</translation>
    </message>
    <message>
        <source>The message passed through too many servers, which points to a loop between mail servers or connectors.</source>
        <translation>Die Nachricht ist über zu viele Server gelaufen. Das deutet auf eine Schleife zwischen Mailservern oder Connectors hin.</translation>
    </message>
    <message>
        <source>The message could not be delivered within the allowed time and was given up.</source>
        <translation>Die Nachricht konnte nicht innerhalb der erlaubten Zeit zugestellt werden, und die Zustellung wurde aufgegeben.</translation>
    </message>
    <message>
        <source>Recipient domain does not exist</source>
        <translation>Domäne des Empfängers existiert nicht</translation>
    </message>
    <message>
        <source>The domain of the recipient&apos;s address does not exist in DNS. Check the part after the @.</source>
        <translation>Die Domäne der Empfängeradresse existiert im DNS nicht. Prüfen Sie den Teil nach dem @.</translation>
    </message>
    <message>
        <source>Invalid characters</source>
        <translation>Ungültige Zeichen</translation>
    </message>
    <message>
        <source>Your mail program put characters in the message that are not allowed (line ends without carriage return). Updating or changing the program usually helps.</source>
        <translation>Ihr E-Mail-Programm hat Zeichen in die Nachricht eingefügt, die nicht erlaubt sind (Zeilenenden ohne Wagenrücklauf). Meist hilft es, das Programm zu aktualisieren oder zu wechseln.</translation>
    </message>
    <message>
        <source>Unable to relay</source>
        <translation>Weiterleitung nicht möglich</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain because it does not recognise the sender as one of its users. Either the sending program or server has to log in (or use the right server), or the domain&apos;s MX record points at a server that does not handle that domain.</source>
        <translation>Der Server hat sich geweigert, die Nachricht an eine andere Domäne weiterzuleiten, weil er den Absender nicht als einen seiner Benutzer erkennt. Entweder muss sich das sendende Programm oder der sendende Server anmelden (oder den richtigen Server verwenden), oder der MX-Eintrag der Domäne zeigt auf einen Server, der diese Domäne nicht verwaltet.</translation>
    </message>
    <message>
        <source>Client was not authenticated</source>
        <translation>Client wurde nicht authentifiziert</translation>
    </message>
    <message>
        <source>The receiving server only accepts mail from senders that log in first, and this sender did not. The sending side has to be set up to authenticate.</source>
        <translation>Der empfangende Server nimmt nur E-Mails von Absendern an, die sich zuerst anmelden, und dieser Absender hat das nicht getan. Die sendende Seite muss für die Authentifizierung eingerichtet werden.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Zustellung nicht erlaubt</translation>
    </message>
    <message>
        <source>The sender is not allowed to send to this recipient, for example a distribution group that only accepts mail from its members, or a rule on the receiving side that rejects this message. Ask the recipient&apos;s side for permission.</source>
        <translation>Der Absender darf diesem Empfänger nichts senden, zum Beispiel einer Verteilergruppe, die nur E-Mails ihrer Mitglieder annimmt, oder eine Regel auf der Empfängerseite lehnt diese Nachricht ab. Bitten Sie die Empfängerseite um Erlaubnis.</translation>
    </message>
    <message>
        <source>Authentication unsuccessful</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name and password.</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert. Prüfen Sie Benutzername und Kennwort.</translation>
    </message>
    <message>
        <source>Sender not authenticated by organisation</source>
        <translation>Absender nicht von der Organisation authentifiziert</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from inside its own organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Der Empfänger nimmt nur E-Mails aus seiner eigenen Organisation an. Das kann nur ein Administrator auf der Empfängerseite ändern.</translation>
    </message>
    <message>
        <source>Sender not authenticated for public folder</source>
        <translation>Absender nicht für öffentlichen Ordner authentifiziert</translation>
    </message>
    <message>
        <source>The recipient is a public folder that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Der Empfänger ist ein öffentlicher Ordner, der E-Mails von außerhalb seiner Organisation ablehnt. Das kann nur ein Administrator auf der Empfängerseite ändern.</translation>
    </message>
    <message>
        <source>IPv6 sender without reverse DNS</source>
        <translation>IPv6-Absender ohne Reverse-DNS</translation>
    </message>
    <message>
        <source>Mail over IPv6 is refused from addresses without a reverse DNS (PTR) record. Whoever runs the sending server has to add one.</source>
        <translation>E-Mails über IPv6 werden von Adressen ohne Reverse-DNS-Eintrag (PTR) abgelehnt. Wer den sendenden Server betreibt, muss einen solchen Eintrag anlegen.</translation>
    </message>
    <message>
        <source>Unable to relay to a domain that is not accepted</source>
        <translation>Weiterleitung an eine nicht akzeptierte Domäne nicht möglich</translation>
    </message>
    <message>
        <source>The server only passes on mail for its own (accepted) domains unless the sender logs in or is on an allowed network; mail to other domains was refused.</source>
        <translation>Der Server leitet nur E-Mails für seine eigenen (akzeptierten) Domänen weiter, es sei denn, der Absender meldet sich an oder befindet sich in einem zugelassenen Netzwerk; E-Mails an andere Domänen wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Client not authenticated to send mail</source>
        <translation>Client nicht zum Senden authentifiziert</translation>
    </message>
    <message>
        <source>The server wants a login before it accepts mail, and your mail program sent without one. Turn on authentication for the outgoing server, normally on port 587 with STARTTLS.</source>
        <translation>Der Server verlangt eine Anmeldung, bevor er E-Mails annimmt, und Ihr E-Mail-Programm hat ohne Anmeldung gesendet. Schalten Sie die Authentifizierung für den Postausgangsserver ein, normalerweise auf Port 587 mit STARTTLS.</translation>
    </message>
    <message>
        <source>No permission to send as this sender</source>
        <translation>Keine Berechtigung, als dieser Absender zu senden</translation>
    </message>
    <message>
        <source>The account you logged in with may not send with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>Das Konto, mit dem Sie sich angemeldet haben, darf nicht mit dieser Von-Adresse senden. Verwenden Sie Ihre eigene Adresse, oder bitten Sie den Administrator um die Berechtigung „Senden als“.</translation>
    </message>
    <message>
        <source>Relay access denied (tenant attribution)</source>
        <translation>Weiterleitung verweigert (Mandantenzuordnung)</translation>
    </message>
    <message>
        <source>The service could not tie the relayed message to an organisation, so it refused to relay it. The administrator has to fix the connector settings.</source>
        <translation>Der Dienst konnte die weitergeleitete Nachricht keiner Organisation zuordnen und hat die Weiterleitung daher abgelehnt. Der Administrator muss die Connector-Einstellungen korrigieren.</translation>
    </message>
    <message>
        <source>Sender not in the allowed-senders list</source>
        <translation>Absender nicht in der Liste zugelassener Absender</translation>
    </message>
    <message>
        <source>The recipient is a group that only accepts mail from a list of allowed senders, and you are not on it. The group&apos;s owner or administrator can add you.</source>
        <translation>Der Empfänger ist eine Gruppe, die nur E-Mails von einer Liste zugelassener Absender annimmt, und Sie stehen nicht darauf. Der Besitzer oder Administrator der Gruppe kann Sie hinzufügen.</translation>
    </message>
    <message>
        <source>Sender not authenticated for group</source>
        <translation>Absender nicht für Gruppe authentifiziert</translation>
    </message>
    <message>
        <source>The recipient is a group that refuses mail from outside its organisation. The group&apos;s owner or an administrator on the recipient&apos;s side can change that.</source>
        <translation>Der Empfänger ist eine Gruppe, die E-Mails von außerhalb ihrer Organisation ablehnt. Das kann der Besitzer der Gruppe oder ein Administrator auf der Empfängerseite ändern.</translation>
    </message>
    <message>
        <source>Sender not authenticated for mailbox</source>
        <translation>Absender nicht für Postfach authentifiziert</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Das Postfach des Empfängers lehnt E-Mails von außerhalb seiner Organisation ab. Das kann nur ein Administrator auf der Empfängerseite ändern.</translation>
    </message>
    <message>
        <source>Sender not authenticated for mail user</source>
        <translation>Absender nicht für E-Mail-Benutzer authentifiziert</translation>
    </message>
    <message>
        <source>The recipient is a contact that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Der Empfänger ist ein Kontakt, der E-Mails von außerhalb seiner Organisation ablehnt. Das kann nur ein Administrator auf der Empfängerseite ändern.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both, and whether the account needs an app password.</source>
        <translation>Der Server hat den Benutzernamen oder das Kennwort abgelehnt. Prüfen Sie beides, und ob das Konto ein App-Kennwort benötigt.</translation>
    </message>
    <message>
        <source>Authentication disabled for this account</source>
        <translation>Authentifizierung für dieses Konto deaktiviert</translation>
    </message>
    <message>
        <source>Logging in to send (SMTP AUTH, basic authentication) is switched off for this account or organisation, or blocked by a security policy. The administrator has to allow it, or you must use a different way to send.</source>
        <translation>Die Anmeldung zum Senden (SMTP AUTH, Standardauthentifizierung) ist für dieses Konto oder diese Organisation ausgeschaltet oder durch eine Sicherheitsrichtlinie gesperrt. Der Administrator muss sie erlauben, oder Sie müssen auf anderem Weg senden.</translation>
    </message>
    <message>
        <source>Spam abuse detected</source>
        <translation>Spam-Missbrauch erkannt</translation>
    </message>
    <message>
        <source>The sending account was blocked because spam was sent from it. Secure the account and reset its password, then have the administrator or support unblock it.</source>
        <translation>Das sendende Konto wurde gesperrt, weil darüber Spam verschickt wurde. Sichern Sie das Konto, und setzen Sie sein Kennwort zurück; lassen Sie es dann vom Administrator oder Support wieder freigeben.</translation>
    </message>
    <message>
        <source>Banned sender</source>
        <translation>Gesperrter Absender</translation>
    </message>
    <message>
        <source>Recipient address rejected</source>
        <translation>Empfängeradresse abgelehnt</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid on the receiving system. Check it and try again.</source>
        <translation>Die Adresse des Empfängers ist auf dem empfangenden System nicht gültig. Prüfen Sie sie, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Banned recipient</source>
        <translation>Gesperrter Empfänger</translation>
    </message>
    <message>
        <source>The recipient is barred from receiving mail. If you think that is wrong, the recipient&apos;s side has to contact its support.</source>
        <translation>Der Empfänger darf keine E-Mails empfangen. Wenn Sie das für einen Fehler halten, muss sich die Empfängerseite an ihren Support wenden.</translation>
    </message>
    <message>
        <source>Bad HELO</source>
        <translation>Ungültiges HELO</translation>
    </message>
    <message>
        <source>The sending server introduced itself (HELO/EHLO) with the receiving server&apos;s own name instead of its own, which is typical of spam software. The sending server&apos;s configuration has to be corrected.</source>
        <translation>Der sendende Server hat sich (mit HELO/EHLO) mit dem Namen des empfangenden Servers vorgestellt statt mit seinem eigenen, wie es für Spam-Software typisch ist. Die Konfiguration des sendenden Servers muss korrigiert werden.</translation>
    </message>
    <message>
        <source>Rejected by recipient</source>
        <translation>Vom Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation blocks the IP address you send from. Ask the recipient to lift the block.</source>
        <translation>Die Organisation des Empfängers sperrt die IP-Adresse, von der Sie senden. Bitten Sie den Empfänger, die Sperre aufzuheben.</translation>
    </message>
    <message>
        <source>IPv6 range over its limits</source>
        <translation>IPv6-Bereich über seinen Grenzwerten</translation>
    </message>
    <message>
        <source>The sender&apos;s IPv6 range sent too many messages in too short a time.</source>
        <translation>Der IPv6-Adressbereich des Absenders hat in zu kurzer Zeit zu viele Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>DMARC check failed</source>
        <translation>DMARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The domain in the From address did not pass its DMARC check. The domain&apos;s administrator has to align SPF and DKIM with the From domain, or you must send through the domain&apos;s own servers.</source>
        <translation>Die Domäne in der Von-Adresse hat ihre DMARC-Prüfung nicht bestanden. Der Administrator der Domäne muss SPF und DKIM auf die Von-Domäne abstimmen, oder Sie müssen über die eigenen Server der Domäne senden.</translation>
    </message>
    <message>
        <source>No mail over IPv6</source>
        <translation>Keine E-Mails über IPv6</translation>
    </message>
    <message>
        <source>The recipient does not accept mail over IPv6, and the message came over IPv6. The sending server has to deliver over IPv4.</source>
        <translation>Der Empfänger nimmt keine E-Mails über IPv6 an, und die Nachricht kam über IPv6. Der sendende Server muss über IPv4 zustellen.</translation>
    </message>
    <message>
        <source>The account you are sending from is on a block list. The provider or administrator has to have it removed.</source>
        <translation>Das Konto, von dem Sie senden, steht auf einer Sperrliste. Der Anbieter oder Administrator muss es daraus entfernen lassen.</translation>
    </message>
    <message>
        <source>From header not valid</source>
        <translation>Von-Kopfzeile ungültig</translation>
    </message>
    <message>
        <source>The message had no valid e-mail address in its From line. Check the address set in your mail program.</source>
        <translation>Die Nachricht hatte keine gültige E-Mail-Adresse in ihrer Von-Zeile. Prüfen Sie die in Ihrem E-Mail-Programm eingestellte Adresse.</translation>
    </message>
    <message>
        <source>Blocked by the recipient&apos;s own block list</source>
        <translation>Durch die eigene Sperrliste des Empfängers blockiert</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain put your sending IP address on its own block list. If that is a mistake, ask the recipient to remove it.</source>
        <translation>Die Domäne des Empfängers hat Ihre sendende IP-Adresse auf ihre eigene Sperrliste gesetzt. Wenn das ein Irrtum ist, bitten Sie den Empfänger, sie zu entfernen.</translation>
    </message>
    <message>
        <source>Banned sending IP</source>
        <translation>Gesperrte Sende-IP-Adresse</translation>
    </message>
    <message>
        <source>The IP address the mail came from is on the service&apos;s block list, usually after spam or a compromised machine sent through it. Whoever runs the sending server has to clean it up and ask for delisting.</source>
        <translation>Die IP-Adresse, von der die E-Mail kam, steht auf der Sperrliste des Dienstes, meist weil Spam oder ein kompromittierter Computer darüber gesendet hat. Wer den sendenden Server betreibt, muss ihn bereinigen und die Entfernung von der Liste beantragen.</translation>
    </message>
    <message>
        <source>Tenant over its threshold</source>
        <translation>Mandant über seinem Grenzwert</translation>
    </message>
    <message>
        <source>Most of the mail from this organisation looked suspicious, so it may no longer send. The administrator has to remove the cause (e.g. a hacked account or an open connector) and contact support.</source>
        <translation>Die meisten E-Mails dieser Organisation sahen verdächtig aus, daher darf sie keine E-Mails mehr senden. Der Administrator muss die Ursache beseitigen (z. B. ein gehacktes Konto oder einen offenen Connector) und sich an den Support wenden.</translation>
    </message>
    <message>
        <source>Sending from unregistered domains blocked</source>
        <translation>Senden von nicht registrierten Domänen gesperrt</translation>
    </message>
    <message>
        <source>The organisation sent a lot of mail from domains it has not registered with the service, so sending was blocked. The administrator has to register the domains.</source>
        <translation>Die Organisation hat viele E-Mails von Domänen gesendet, die sie beim Dienst nicht registriert hat; deshalb wurde das Senden gesperrt. Der Administrator muss die Domänen registrieren.</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>das Postfach existiert nicht</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist or takes no mail</source>
        <translation>die Domäne des Empfängers existiert nicht oder nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is not written correctly</source>
        <translation>die Adresse des Empfängers ist nicht korrekt geschrieben</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is ambiguous</source>
        <translation>die Adresse des Empfängers ist nicht eindeutig</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is valid</source>
        <translation>die Adresse des Empfängers ist gültig</translation>
    </message>
    <message>
        <source>the mailbox has moved and no forwarding is set up</source>
        <translation>das Postfach ist umgezogen, und es ist keine Weiterleitung eingerichtet</translation>
    </message>
    <message>
        <source>the sender&apos;s address is not written correctly</source>
        <translation>die Adresse des Absenders ist nicht korrekt geschrieben</translation>
    </message>
    <message>
        <source>the sender&apos;s domain is not valid</source>
        <translation>die Domäne des Absenders ist nicht gültig</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain says it takes no mail (null MX)</source>
        <translation>die Domäne des Empfängers gibt an, keine E-Mails anzunehmen (Null-MX)</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>das Postfach ist deaktiviert</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>das Postfach ist voll</translation>
    </message>
    <message>
        <source>the message is larger than the recipient allows</source>
        <translation>die Nachricht ist größer, als der Empfänger zulässt</translation>
    </message>
    <message>
        <source>a mailing list could not be expanded</source>
        <translation>eine Verteilerliste konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the mail system has a problem</source>
        <translation>das Mailsystem hat ein Problem</translation>
    </message>
    <message>
        <source>the mail system is out of space</source>
        <translation>das Mailsystem hat keinen Speicherplatz mehr</translation>
    </message>
    <message>
        <source>the mail system is not accepting mail</source>
        <translation>das Mailsystem nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>the system cannot handle a feature the message needs</source>
        <translation>das System unterstützt eine Funktion nicht, die die Nachricht benötigt</translation>
    </message>
    <message>
        <source>the message is too big for the system</source>
        <translation>die Nachricht ist zu groß für das System</translation>
    </message>
    <message>
        <source>the mail system is configured wrongly</source>
        <translation>das Mailsystem ist falsch konfiguriert</translation>
    </message>
    <message>
        <source>the receiving host did not answer</source>
        <translation>der empfangende Host hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the connection broke down</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>a DNS or directory lookup failed</source>
        <translation>eine DNS- oder Verzeichnisabfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no route to the recipient&apos;s domain</source>
        <translation>kein Weg zur Domäne des Empfängers</translation>
    </message>
    <message>
        <source>the mail system is congested</source>
        <translation>das Mailsystem ist überlastet</translation>
    </message>
    <message>
        <source>the message was going round in a loop</source>
        <translation>die Nachricht ist im Kreis gelaufen</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>die Zustellung hat zu lange gedauert und wurde aufgegeben</translation>
    </message>
    <message>
        <source>a protocol error</source>
        <translation>ein Protokollfehler</translation>
    </message>
    <message>
        <source>the command was not valid</source>
        <translation>der Befehl war ungültig</translation>
    </message>
    <message>
        <source>the command had a syntax error</source>
        <translation>der Befehl hatte einen Syntaxfehler</translation>
    </message>
    <message>
        <source>too many recipients at once</source>
        <translation>zu viele Empfänger auf einmal</translation>
    </message>
    <message>
        <source>a command parameter was not valid</source>
        <translation>ein Befehlsparameter war ungültig</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <translation>falsche Protokollversion</translation>
    </message>
    <message>
        <source>the login exchange was too long</source>
        <translation>der Anmeldevorgang war zu lang</translation>
    </message>
    <message>
        <source>a problem with the message content</source>
        <translation>ein Problem mit dem Inhalt der Nachricht</translation>
    </message>
    <message>
        <source>a content type is not supported</source>
        <translation>ein Inhaltstyp wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not allowed</source>
        <translation>der Inhalt müsste umgewandelt werden, was nicht erlaubt ist</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not supported</source>
        <translation>der Inhalt müsste umgewandelt werden, was nicht unterstützt wird</translation>
    </message>
    <message>
        <source>the content was converted with loss</source>
        <translation>der Inhalt wurde mit Verlusten umgewandelt</translation>
    </message>
    <message>
        <source>converting the content failed</source>
        <translation>die Umwandlung des Inhalts ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the message content is not available</source>
        <translation>der Inhalt der Nachricht ist nicht verfügbar</translation>
    </message>
    <message>
        <source>addresses with non-ASCII characters are not accepted</source>
        <translation>Adressen mit Nicht-ASCII-Zeichen werden nicht angenommen</translation>
    </message>
    <message>
        <source>a UTF-8 reply would be needed</source>
        <translation>eine UTF-8-Antwort wäre nötig</translation>
    </message>
    <message>
        <source>a message with UTF-8 headers cannot be passed on</source>
        <translation>eine Nachricht mit UTF-8-Kopfzeilen kann nicht weitergegeben werden</translation>
    </message>
    <message>
        <source>sending to this mailing list is not allowed</source>
        <translation>das Senden an diese Verteilerliste ist nicht erlaubt</translation>
    </message>
    <message>
        <source>a required security conversion is not possible</source>
        <translation>eine erforderliche Sicherheitsumwandlung ist nicht möglich</translation>
    </message>
    <message>
        <source>the security feature or login method is not supported</source>
        <translation>die Sicherheitsfunktion oder das Anmeldeverfahren wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a cryptographic operation failed</source>
        <translation>eine kryptografische Operation ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the cryptographic algorithm is not supported</source>
        <translation>der kryptografische Algorithmus wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the message failed an integrity check</source>
        <translation>die Nachricht hat eine Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>der Benutzername oder das Kennwort ist falsch</translation>
    </message>
    <message>
        <source>the login method is too weak for this server</source>
        <translation>das Anmeldeverfahren ist für diesen Server zu schwach</translation>
    </message>
    <message>
        <source>this login method needs an encrypted connection</source>
        <translation>dieses Anmeldeverfahren erfordert eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>the priority is too low</source>
        <translation>die Priorität ist zu niedrig</translation>
    </message>
    <message>
        <source>the message is too big for its priority</source>
        <translation>die Nachricht ist zu groß für ihre Priorität</translation>
    </message>
    <message>
        <source>the mailbox now belongs to someone else</source>
        <translation>das Postfach gehört inzwischen jemand anderem</translation>
    </message>
    <message>
        <source>the domain now belongs to someone else</source>
        <translation>die Domäne gehört inzwischen jemand anderem</translation>
    </message>
    <message>
        <source>the recipient could not be verified as unchanged</source>
        <translation>es konnte nicht bestätigt werden, dass der Empfänger unverändert ist</translation>
    </message>
    <message>
        <source>no valid DKIM signature</source>
        <translation>keine gültige DKIM-Signatur</translation>
    </message>
    <message>
        <source>no acceptable DKIM signature</source>
        <translation>keine akzeptable DKIM-Signatur</translation>
    </message>
    <message>
        <source>no DKIM signature matching the author&apos;s domain</source>
        <translation>keine DKIM-Signatur, die zur Domäne des Autors passt</translation>
    </message>
    <message>
        <source>the SPF check failed</source>
        <translation>die SPF-Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the SPF check could not be completed</source>
        <translation>die SPF-Prüfung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>the sending address has no valid reverse DNS</source>
        <translation>die sendende Adresse hat keinen gültigen Reverse-DNS-Eintrag</translation>
    </message>
    <message>
        <source>several authentication checks (SPF, DKIM, DMARC) failed</source>
        <translation>mehrere Authentifizierungsprüfungen (SPF, DKIM, DMARC) sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>the sender&apos;s domain says it sends no mail (null MX)</source>
        <translation>die Domäne des Absenders gibt an, keine E-Mails zu senden (Null-MX)</translation>
    </message>
    <message>
        <source>a flood of mail was detected</source>
        <translation>eine Flut von E-Mails wurde erkannt</translation>
    </message>
    <message>
        <source>the ARC check failed</source>
        <translation>die ARC-Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>REQUIRETLS support is required</source>
        <translation>REQUIRETLS-Unterstützung ist erforderlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Adressierung</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>Mailsystem</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <translation>Netzwerk und Routing</translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>Nachrichteninhalt</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <translation>Sicherheit oder Richtlinie</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to a different name than the server you entered.</source>
        <translation>Das Zertifikat des Servers ist auf einen anderen Namen ausgestellt als den des Servers, den Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig (oder die Uhr dieses Computers geht falsch).</translation>
    </message>
    <message>
        <source>The mail program could not find the server: the name is misspelt, or this network cannot look it up.</source>
        <translation>Das E-Mail-Programm konnte den Server nicht finden: Der Name ist falsch geschrieben, oder dieses Netzwerk kann ihn nicht auflösen.</translation>
    </message>
    <message>
        <source>The mail program could not connect to the server. The port may be blocked on this network (port 25 often is), a firewall or antivirus may be in the way, or the server may be down.</source>
        <translation>Das E-Mail-Programm konnte keine Verbindung zum Server herstellen. Möglicherweise ist der Port in diesem Netzwerk gesperrt (Port 25 ist es oft), eine Firewall oder ein Virenschutzprogramm ist im Weg, oder der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection to the server was cut off. Common reasons: the security setting does not match the port (SSL on a STARTTLS port or the other way round), an antivirus program scanning outgoing mail, or a network that blocks mail ports.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Häufige Gründe: Die Sicherheitseinstellung passt nicht zum Port (SSL auf einem STARTTLS-Port oder umgekehrt), ein Virenschutzprogramm prüft ausgehende E-Mails, oder das Netzwerk sperrt die Mail-Ports.</translation>
    </message>
    <message>
        <source>The mail program could not send data over the network; usually a firewall or antivirus program blocks it.</source>
        <translation>Das E-Mail-Programm konnte keine Daten über das Netzwerk senden; meist blockiert eine Firewall oder ein Virenschutzprogramm.</translation>
    </message>
    <message>
        <source>Logging on with Secure Password Authentication (SPA) failed. Most providers do not use SPA: switch it off and use the normal user name and password.</source>
        <translation>Die Anmeldung mit gesicherter Kennwortauthentifizierung (SPA) ist fehlgeschlagen. Die meisten Anbieter verwenden kein SPA: Schalten Sie es aus, und verwenden Sie den normalen Benutzernamen und das Kennwort.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up: the server does not support the encryption type chosen for this port. Use 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden: Der Server unterstützt die für diesen Port gewählte Verschlüsselungsart nicht. Verwenden Sie 587 mit STARTTLS oder 465 mit SSL/TLS.</translation>
    </message>
    <message>
        <source>The outgoing server answered with an error; its own words say more.</source>
        <translation>Der Postausgangsserver hat mit einem Fehler geantwortet; seine eigenen Worte sagen mehr dazu.</translation>
    </message>
    <message>
        <source>The outgoing server gave an answer the mail program did not understand.</source>
        <translation>Der Postausgangsserver hat eine Antwort gegeben, die das E-Mail-Programm nicht verstanden hat.</translation>
    </message>
    <message>
        <source>The outgoing server did not recognise a command (reply 500). Something between you and the server may be interfering.</source>
        <translation>Der Postausgangsserver hat einen Befehl nicht erkannt (Antwort 500). Möglicherweise stört etwas zwischen Ihnen und dem Server.</translation>
    </message>
    <message>
        <source>The outgoing server refused a command&apos;s parameters (reply 501), often an address written in a way it does not accept.</source>
        <translation>Der Postausgangsserver hat die Parameter eines Befehls abgelehnt (Antwort 501), oft eine Adresse in einer Schreibweise, die er nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The outgoing server does not implement a command the mail program used (reply 502).</source>
        <translation>Der Postausgangsserver unterstützt einen Befehl nicht, den das E-Mail-Programm verwendet hat (Antwort 502).</translation>
    </message>
    <message>
        <source>The outgoing server says the commands came in the wrong order (reply 503); mostly this means it expected a login first.</source>
        <translation>Der Postausgangsserver meldet, dass die Befehle in der falschen Reihenfolge kamen (Antwort 503); meist heißt das, dass er zuerst eine Anmeldung erwartet hat.</translation>
    </message>
    <message>
        <source>The outgoing server does not support a parameter the mail program used (reply 504), typically the login method.</source>
        <translation>Der Postausgangsserver unterstützt einen Parameter nicht, den das E-Mail-Programm verwendet hat (Antwort 504), typischerweise das Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The outgoing server is not available and closed the connection (reply 421).</source>
        <translation>Der Postausgangsserver ist nicht verfügbar und hat die Verbindung geschlossen (Antwort 421).</translation>
    </message>
    <message>
        <source>The outgoing server could not take the message for now (reply 450).</source>
        <translation>Der Postausgangsserver konnte die Nachricht vorerst nicht annehmen (Antwort 450).</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 550): the mailbox does not exist or is not available to you.</source>
        <translation>Der Postausgangsserver hat eine Adresse abgelehnt (Antwort 550): Das Postfach existiert nicht oder steht Ihnen nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>The outgoing server reported a temporary internal error (reply 451).</source>
        <translation>Der Postausgangsserver hat einen vorübergehenden internen Fehler gemeldet (Antwort 451).</translation>
    </message>
    <message>
        <source>The outgoing server says the recipient is not one of its users and will not pass the message on (reply 551).</source>
        <translation>Der Postausgangsserver meldet, dass der Empfänger keiner seiner Benutzer ist und er die Nachricht nicht weiterleitet (Antwort 551).</translation>
    </message>
    <message>
        <source>The outgoing server is short of storage or limits the number of recipients (reply 452).</source>
        <translation>Der Postausgangsserver hat zu wenig Speicherplatz oder begrenzt die Zahl der Empfänger (Antwort 452).</translation>
    </message>
    <message>
        <source>The message is larger than the outgoing server allows (reply 552).</source>
        <translation>Die Nachricht ist größer, als der Postausgangsserver zulässt (Antwort 552).</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 553); servers use this mostly to refuse passing mail on to other domains.</source>
        <translation>Der Postausgangsserver hat eine Adresse abgelehnt (Antwort 553); Server verwenden das meist, um die Weiterleitung an andere Domänen zu verweigern.</translation>
    </message>
    <message>
        <source>The outgoing server refused the message (reply 554).</source>
        <translation>Der Postausgangsserver hat die Nachricht abgelehnt (Antwort 554).</translation>
    </message>
    <message>
        <source>The outgoing server refused the sender&apos;s address, usually because it does not belong to the account you send through, or because you did not log in.</source>
        <translation>Der Postausgangsserver hat die Absenderadresse abgelehnt, meist weil sie nicht zu dem Konto gehört, über das Sie senden, oder weil Sie sich nicht angemeldet haben.</translation>
    </message>
    <message>
        <source>The outgoing server refused one of the recipients. When the address is right, this almost always means the server will not pass mail on to other domains for you: you are not logged in, or not on its network.</source>
        <translation>Der Postausgangsserver hat einen der Empfänger abgelehnt. Wenn die Adresse stimmt, bedeutet das fast immer, dass der Server E-Mails für Sie nicht an andere Domänen weiterleitet: Sie sind nicht angemeldet oder nicht in seinem Netzwerk.</translation>
    </message>
    <message>
        <source>No sender address was given; fill in your e-mail address in the account settings.</source>
        <translation>Es wurde keine Absenderadresse angegeben; tragen Sie Ihre E-Mail-Adresse in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>The outgoing server requires an encrypted connection (STARTTLS) before anything else.</source>
        <translation>Der Postausgangsserver verlangt vor allem anderen eine verschlüsselte Verbindung (STARTTLS).</translation>
    </message>
    <message>
        <source>The server does not support the kind of encryption set for this account. Match the security setting to the port: STARTTLS on 587 (or 25), SSL/TLS on 465.</source>
        <translation>Der Server unterstützt die für dieses Konto eingestellte Verschlüsselungsart nicht. Passen Sie die Sicherheitseinstellung an den Port an: STARTTLS auf 587 (oder 25), SSL/TLS auf 465.</translation>
    </message>
    <message>
        <source>Starting the encrypted connection failed (reply 454). The security setting may not match the port, or the server&apos;s encryption is broken.</source>
        <translation>Der Aufbau der verschlüsselten Verbindung ist fehlgeschlagen (Antwort 454). Möglicherweise passt die Sicherheitseinstellung nicht zum Port, oder die Verschlüsselung des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server reported an error, most often about the login or the security setting. Where sending depends on checking mail first, this also stops sending.</source>
        <translation>Der Posteingangsserver (POP3) hat einen Fehler gemeldet, meist wegen der Anmeldung oder der Sicherheitseinstellung. Wenn das Senden davon abhängt, dass zuerst E-Mails abgerufen werden, verhindert das auch das Senden.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the user name.</source>
        <translation>Der Posteingangsserver (POP3) hat den Benutzernamen nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the password.</source>
        <translation>Der Posteingangsserver (POP3) hat das Kennwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Outlook could not connect to the incoming (POP3) server: no network, a wrong server name or port, or a firewall.</source>
        <translation>Outlook konnte keine Verbindung zum Posteingangsserver (POP3) herstellen: kein Netzwerk, ein falscher Servername oder Port, oder eine Firewall.</translation>
    </message>
    <message>
        <source>Outlook could not connect to the outgoing (SMTP) server. The port is often blocked on hotel, café and provider networks; try 587 or 465, or the server of the network you are on.</source>
        <translation>Outlook konnte keine Verbindung zum Postausgangsserver (SMTP) herstellen. In Hotel-, Café- und Anbieternetzwerken ist der Port oft gesperrt; versuchen Sie 587 oder 465, oder den Server des Netzwerks, in dem Sie sich befinden.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not answer in time.</source>
        <translation>Der Posteingangsserver (POP3) hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server did not answer in time; the port may be blocked or the server slow.</source>
        <translation>Der Postausgangsserver (SMTP) hat nicht rechtzeitig geantwortet; möglicherweise ist der Port gesperrt oder der Server langsam.</translation>
    </message>
    <message>
        <source>The recipient (a person, group or folder) only accepts mail from certain senders, for example from inside its own organisation. Only the recipient&apos;s side can allow you.</source>
        <translation>Der Empfänger (eine Person, Gruppe oder ein Ordner) nimmt nur E-Mails von bestimmten Absendern an, zum Beispiel aus seiner eigenen Organisation. Nur die Empfängerseite kann Sie zulassen.</translation>
    </message>
    <message>
        <source>The provider does not accept the account&apos;s normal password from mail programs. Create an app password in the provider&apos;s security settings, or use a program that supports modern sign-in.</source>
        <translation>Der Anbieter akzeptiert das normale Kennwort des Kontos nicht von E-Mail-Programmen. Erstellen Sie in den Sicherheitseinstellungen des Anbieters ein App-Kennwort, oder verwenden Sie ein Programm, das die moderne Anmeldung unterstützt.</translation>
    </message>
    <message>
        <source>The provider blocked this login as unusual. Sign in once through its web mail, confirm it was you, then try again.</source>
        <translation>Der Anbieter hat diese Anmeldung als ungewöhnlich blockiert. Melden Sie sich einmal über sein Webmail an, bestätigen Sie, dass Sie es waren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Logging in to send with a user name and password is switched off for this account or organisation. The administrator has to allow it, or you must send another way.</source>
        <translation>Die Anmeldung zum Senden mit Benutzername und Kennwort ist für dieses Konto oder diese Organisation ausgeschaltet. Der Administrator muss sie erlauben, oder Sie müssen auf anderem Weg senden.</translation>
    </message>
    <message>
        <source>The server only lets you send with addresses that belong to the account you log in with. Use that address as From, or have the other address added to your account.</source>
        <translation>Der Server lässt Sie nur mit Adressen senden, die zu dem Konto gehören, mit dem Sie sich anmelden. Verwenden Sie diese Adresse als Von-Adresse, oder lassen Sie die andere Adresse zu Ihrem Konto hinzufügen.</translation>
    </message>
    <message>
        <source>The receiving server uses greylisting: it turns away the first attempt from a sender it does not know yet and accepts a retry a few minutes later. Mail servers retry by themselves; nothing needs doing unless it keeps failing for hours.</source>
        <translation>Der empfangende Server verwendet Greylisting: Er weist den ersten Versuch eines noch unbekannten Absenders ab und nimmt eine Wiederholung einige Minuten später an. Mailserver wiederholen das von selbst; Sie müssen nichts tun, es sei denn, es schlägt stundenlang fehl.</translation>
    </message>
    <message>
        <source>The receiving server does not take mail straight from home and mobile connections. Send through your provider&apos;s outgoing server (with a login) instead of delivering directly.</source>
        <translation>Der empfangende Server nimmt keine E-Mails direkt von Privat- und Mobilfunkanschlüssen an. Senden Sie über den Postausgangsserver Ihres Anbieters (mit Anmeldung), statt direkt zuzustellen.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address is on a block list, so the receiving server refuses it. Whoever runs the sending server has to find out why it was listed, fix that, and ask for removal; until then, sending through another server helps.</source>
        <translation>Die IP-Adresse des sendenden Servers steht auf einer Sperrliste, deshalb lehnt der empfangende Server sie ab. Wer den sendenden Server betreibt, muss herausfinden, warum er gelistet wurde, die Ursache beheben und die Entfernung beantragen; bis dahin hilft es, über einen anderen Server zu senden.</translation>
    </message>
    <message>
        <source>The sending server&apos;s name and address do not check out (no reverse DNS, or a wrong HELO name). Whoever runs the sending server has to fix its DNS or configuration.</source>
        <translation>Name und Adresse des sendenden Servers passen nicht zusammen (kein Reverse-DNS oder ein falscher HELO-Name). Wer den sendenden Server betreibt, muss sein DNS oder seine Konfiguration korrigieren.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Temporary failure (the sender will retry)</source>
        <translation>Vorübergehender Fehler (der Absender versucht es erneut)</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Dauerhafter Fehler</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Daily recipient limit reached</source>
        <translation>Tägliches Empfängerlimit erreicht</translation>
    </message>
    <message>
        <source>The account has sent to more recipients today than the service allows. Sending works again once the 24-hour window has passed.</source>
        <translation>Das Konto hat heute an mehr Empfänger gesendet, als der Dienst erlaubt. Das Senden funktioniert wieder, sobald der 24-Stunden-Zeitraum abgelaufen ist.</translation>
    </message>
    <message>
        <source>The connection to the server could not be made or used. The port may be blocked on this network, or a firewall or antivirus may be in the way.</source>
        <translation>Die Verbindung zum Server konnte nicht hergestellt oder genutzt werden. Der Port ist in diesem Netzwerk vielleicht gesperrt, oder eine Firewall oder ein Virenschutzprogramm ist im Weg.</translation>
    </message>
    <message>
        <source>The mail program was no longer connected to the server when it tried to continue.</source>
        <translation>Das E-Mail-Programm war nicht mehr mit dem Server verbunden, als es weitermachen wollte.</translation>
    </message>
    <message>
        <source>Sending data to the server failed; the connection broke off.</source>
        <translation>Das Senden von Daten an den Server ist fehlgeschlagen; die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>Receiving the server&apos;s answer failed; the connection broke off.</source>
        <translation>Der Empfang der Antwort des Servers ist fehlgeschlagen; die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation>Die Antwort des Servers brach ab, bevor sie vollständig war.</translation>
    </message>
    <message>
        <source>The server (or the mail program&apos;s connection to it) was busy; try again in a moment.</source>
        <translation>Der Server (oder die Verbindung des E-Mail-Programms zu ihm) war belegt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>An address of the message is not a valid e-mail address. Check the recipients for typing mistakes and stray characters.</source>
        <translation>Eine Adresse der Nachricht ist keine gültige E-Mail-Adresse. Prüfen Sie die Empfänger auf Tippfehler und überzählige Zeichen.</translation>
    </message>
    <message>
        <source>The list of recipients is not valid (an address is misspelt, or separators are wrong).</source>
        <translation>Die Empfängerliste ist ungültig (eine Adresse ist falsch geschrieben, oder die Trennzeichen stimmen nicht).</translation>
    </message>
    <message>
        <source>Reading from the connection to the server failed; the connection broke off, often because of an antivirus program or an unstable network.</source>
        <translation>Das Lesen aus der Verbindung zum Server ist fehlgeschlagen; die Verbindung ist abgebrochen, oft wegen eines Virenschutzprogramms oder eines instabilen Netzwerks.</translation>
    </message>
    <message>
        <source>The mail program could not open a connection to the server&apos;s port. The port may be blocked on this network, or the server name or port is wrong.</source>
        <translation>Das E-Mail-Programm konnte keine Verbindung zum Port des Servers herstellen. Der Port ist in diesem Netzwerk vielleicht gesperrt, oder Servername oder Port sind falsch.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The port may be blocked on this network, or the server is slow or down.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Der Port ist in diesem Netzwerk vielleicht gesperrt, oder der Server ist langsam oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>The message has no recipient the server accepted (or none at all).</source>
        <translation>Die Nachricht hat keinen Empfänger, den der Server angenommen hat (oder gar keinen).</translation>
    </message>
    <message>
        <source>The receiving provider refuses or defers mail from the sending server because of its reputation (spam complaints, unusual volume, a block list). Whoever runs the sending server has to follow the link in the reply to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>Der empfangende Anbieter lehnt E-Mails des sendenden Servers wegen dessen Ruf ab oder verzögert sie (Spam-Beschwerden, ungewöhnliche Menge, eine Sperrliste). Wer den sendenden Server betreibt, muss über den Link in der Antwort die Entfernung beantragen; das Senden über den Server Ihres eigenen Anbieters hilft meistens.</translation>
    </message>
    <message>
        <source>The provider&apos;s filter refused this message (its content, its headers, or the sending server&apos;s standing). The link in the reply names the exact reason; often a missing or malformed header (Date, From, Message-ID) or spam-like content is the cause.</source>
        <translation>Der Filter des Anbieters hat diese Nachricht abgelehnt (Inhalt, Kopfzeilen oder der Ruf des sendenden Servers). Der Link in der Antwort nennt den genauen Grund; oft ist eine fehlende oder fehlerhafte Kopfzeile (Date, From, Message-ID) oder spamähnlicher Inhalt die Ursache.</translation>
    </message>
    <message>
        <source>The Google group refused the message: the group may not exist, or it accepts posts only from its members or approved senders. Check the group&apos;s address, or ask its owner to let you post.</source>
        <translation>Die Google-Gruppe hat die Nachricht abgelehnt: Die Gruppe existiert vielleicht nicht, oder sie nimmt Beiträge nur von Mitgliedern oder zugelassenen Absendern an. Prüfen Sie die Adresse der Gruppe, oder bitten Sie ihren Inhaber, Ihnen das Schreiben zu erlauben.</translation>
    </message>
    <message>
        <source>Recipient not found by the receiving organisation</source>
        <translation>Empfänger von der empfangenden Organisation nicht gefunden</translation>
    </message>
    <message>
        <source>The receiving organisation checks recipients against its directory and has no one with this address. Check the address for typing errors, or ask the recipient for the right one.</source>
        <translation>Die empfangende Organisation gleicht Empfänger mit ihrem Verzeichnis ab und hat niemanden mit dieser Adresse. Prüfen Sie die Adresse auf Tippfehler, oder bitten Sie den Empfänger um die richtige Adresse.</translation>
    </message>
    <message>
        <source>The mailing list accepts posts only from its members. Subscribe with the address you send from, or ask the list&apos;s owner to let you post.</source>
        <translation>Die Verteilerliste nimmt nur Beiträge ihrer Mitglieder an. Tragen Sie sich mit der Adresse, von der Sie senden, in die Liste ein, oder bitten Sie den Besitzer der Liste, Ihnen das Senden an die Liste zu erlauben.</translation>
    </message>
    <message>
        <source>a password transition is needed: log in once with the plain password method</source>
        <translation>ein Wechsel des Kennwortverfahrens ist nötig: Melden Sie sich einmal mit dem normalen Kennwortverfahren an</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>a trust relationship between servers is required</source>
        <translation>eine Vertrauensstellung zwischen den Servern ist erforderlich</translation>
    </message>
    <message>
        <source>A server on the way refused the login or the connection of the server that passed your message on (for example its relay, which wants other credentials, another login method or encryption). Your mail program did its job; whoever runs the sending server has to correct its settings for that relay.</source>
        <translation>Ein Server unterwegs hat die Anmeldung oder die Verbindung des Servers abgelehnt, der Ihre Nachricht weitergegeben hat (zum Beispiel dessen Weiterleitungsserver (Relay), der andere Anmeldedaten, ein anderes Anmeldeverfahren oder Verschlüsselung verlangt). Ihr E-Mail-Programm hat seine Arbeit getan; wer den sendenden Server betreibt, muss dessen Einstellungen für diese Weiterleitung korrigieren.</translation>
    </message>
    <message>
        <source>The receiving side refuses mail from your address or domain: it is on that side&apos;s list of blocked senders, or not on its list of approved ones. Only the recipient or their administrator can allow you; ask them by other means.</source>
        <translation>Die empfangende Seite lehnt E-Mails von Ihrer Adresse oder Domäne ab: Sie steht dort auf der Liste der gesperrten Absender oder nicht auf der Liste der zugelassenen. Nur der Empfänger oder sein Administrator kann Sie zulassen; bitten Sie auf einem anderen Weg darum.</translation>
    </message>
    <message>
        <source>The receiving server refuses mail from the sending server&apos;s network address (for spam sent from it, a dynamic or home address, or its own list). Whoever runs the sending server has to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>Der empfangende Server lehnt E-Mails von der Netzwerkadresse des sendenden Servers ab (wegen Spam, der von dort gesendet wurde, weil es eine dynamische Adresse oder die eines Privatanschlusses ist, oder wegen seiner eigenen Liste). Wer den sendenden Server betreibt, muss die Entfernung beantragen; das Senden über den Server Ihres eigenen Anbieters hilft meistens.</translation>
    </message>
</context>
<context>
    <name>od::DecodeCommand</name>
    <message>
        <source>No error message was recognised in this text.</source>
        <translation>In diesem Text wurde keine Fehlermeldung erkannt.</translation>
    </message>
    <message>
        <source>Paste the whole message: the bounce, the error dialog or the server&apos;s reply.</source>
        <translation>Fügen Sie die ganze Meldung ein: den Unzustellbarkeitsbericht, das Fehlerfenster oder die Antwort des Servers.</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Der Server antwortete: „%1“</translation>
    </message>
    <message>
        <source>Who has to act: %1</source>
        <translation>Wer handeln muss: %1</translation>
    </message>
    <message>
        <source>What to do, in this order:</source>
        <translation>Was zu tun ist, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Details (format: %1)</source>
        <translation>Details (Format: %1)</translation>
    </message>
    <message>
        <source>Server that wrote the report: %1</source>
        <translation>Server, der den Bericht geschrieben hat: %1</translation>
    </message>
    <message>
        <source>(no recipient named)</source>
        <translation>(kein Empfänger genannt)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Refused by: %1</source>
        <translation>Abgelehnt von: %1</translation>
    </message>
    <message>
        <source>At step: %1</source>
        <translation>Bei Schritt: %1</translation>
    </message>
    <message>
        <source>Mail program&apos;s error: server %1, port %2, SSL %3, error number %4</source>
        <translation>Fehler des E-Mail-Programms: Server %1, Port %2, SSL %3, Fehlernummer %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Original To: %1</source>
        <translation>Ursprünglicher Empfänger (To): %1</translation>
    </message>
    <message>
        <source>Original Received-SPF: %1</source>
        <translation>Ursprüngliches Received-SPF: %1</translation>
    </message>
    <message>
        <source>Note: the text was cut short or too long; only part of it was read.</source>
        <translation>Hinweis: Der Text war abgeschnitten oder zu lang; nur ein Teil davon wurde gelesen.</translation>
    </message>
    <message>
        <source>Explains a pasted error message, bounce or server reply.</source>
        <translation>Erklärt eine eingefügte Fehlermeldung, einen Unzustellbarkeitsbericht oder eine Serverantwort.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown (orders the fixes).</source>
        <translation>Wo Sie sich befinden: home, work, travel oder unknown (bestimmt die Reihenfolge der Lösungen).</translation>
    </message>
    <message>
        <source>Whose server the account uses: home, work or other.</source>
        <translation>Wessen Server das Konto verwendet: home, work oder other.</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>Zusätzlich einen Bericht schreiben (.html, .pdf oder .txt).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;: use home, work, travel or unknown.</source>
        <translation>Unbekannter Ort „%1“: Verwenden Sie home, work, travel oder unknown.</translation>
    </message>
    <message>
        <source>Unknown account kind &quot;%1&quot;: use home, work or other.</source>
        <translation>Unbekannte Kontoart „%1“: Verwenden Sie home, work oder other.</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>Die Berichtsdatei muss auf .html, .pdf oder .txt enden: %1</translation>
    </message>
    <message>
        <source>Nothing to decode: give a file, or - and paste the text (end with Ctrl+D).</source>
        <translation>Nichts zu entschlüsseln: Geben Sie eine Datei an, oder - und fügen Sie den Text ein (mit Strg+D abschließen).</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB; give only the error message or bounce.</source>
        <translation>Die Eingabe ist größer als %1 MB; geben Sie nur die Fehlermeldung oder den Unzustellbarkeitsbericht an.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; give only the error message or bounce.</source>
        <translation>%1 ist größer als %2 MB; geben Sie nur die Fehlermeldung oder den Unzustellbarkeitsbericht an.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>Im Bericht E-Mail-Adressen und Servernamen durch Platzhalter ersetzen (für öffentliche Foren).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Files to read, - for standard input, or folders (a maildir, or a folder of .eml files): several inputs are decoded in one go, one JSON object per line with --json.</source>
        <translation>Zu lesende Dateien, - für die Standardeingabe, oder Ordner (ein Maildir oder ein Ordner mit .eml-Dateien): Mehrere Eingaben werden in einem Durchgang entschlüsselt, mit --json ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>A report can be written for one input only.</source>
        <translation>Ein Bericht kann nur für eine einzige Eingabe geschrieben werden.</translation>
    </message>
    <message>
        <source>Standard input (-) cannot be combined with other inputs.</source>
        <translation>Die Standardeingabe (-) lässt sich nicht mit anderen Eingaben kombinieren.</translation>
    </message>
    <message>
        <source>%1 holds no .eml files and is not a maildir.</source>
        <translation>%1 enthält keine .eml-Dateien und ist kein Maildir.</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong.</source>
        <translation>Nicht sicher: Die Meldung sagt nicht deutlich genug, was schiefgegangen ist.</translation>
    </message>
    <message>
        <source>Language of the output (%1).</source>
        <translation>Sprache der Ausgabe (%1).</translation>
    </message>
</context>
<context>
    <name>od::DiagnosisPage</name>
    <message>
        <source>You are on someone else&apos;s network. Your provider&apos;s server does not recognise this connection as one of its own, so it passes mail on for you only after you log in.</source>
        <translation>Sie befinden sich im Netzwerk eines anderen. Der Server Ihres Anbieters erkennt diese Verbindung nicht als eine seiner eigenen und leitet E-Mails für Sie daher erst weiter, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>You are on your provider&apos;s own connection, where its server usually accepts you without a login. That it refuses now suggests the provider has changed its rules; logging in is the usual answer.</source>
        <translation>Sie nutzen die Verbindung Ihres eigenen Anbieters, bei der sein Server Sie normalerweise ohne Anmeldung akzeptiert. Dass er jetzt ablehnt, deutet darauf hin, dass der Anbieter seine Regeln geändert hat; meist hilft es, sich anzumelden.</translation>
    </message>
    <message>
        <source>An office network usually has its own outgoing server, and your provider&apos;s server does not recognise the office connection. Send through the office server, or log in to your provider&apos;s server.</source>
        <translation>Ein Büronetzwerk hat meist einen eigenen Postausgangsserver, und der Server Ihres Anbieters erkennt die Büroverbindung nicht. Senden Sie über den Server des Büros, oder melden Sie sich am Server Ihres Anbieters an.</translation>
    </message>
    <message>
        <source>Servers pass mail on only for connections from their own network or for users who log in. From where you are, the server did not recognise you.</source>
        <translation>Server leiten E-Mails nur für Verbindungen aus ihrem eigenen Netzwerk oder für angemeldete Benutzer weiter. Von Ihrem jetzigen Standort aus hat der Server Sie nicht erkannt.</translation>
    </message>
    <message>
        <source>Public and office networks often block the mail ports, especially port 25. Port 587 or 465 usually gets through.</source>
        <translation>Öffentliche Netzwerke und Büronetzwerke sperren oft die Mail-Ports, besonders Port 25. Port 587 oder 465 kommt meist durch.</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;, the server said:
%2</source>
        <translation>Beim Schritt „%1“ antwortete der Server:
%2</translation>
    </message>
    <message>
        <source>The incoming mail server said:
%1</source>
        <translation>Der Posteingangsserver antwortete:
%1</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;: %2</source>
        <translation>Beim Schritt „%1“: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>Recipients: %1, %2</source>
        <translation>Empfänger: %1, %2</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>login</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Local address: %1</source>
        <translation>Lokale Adresse: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Ergebnis: %1 (%2)</translation>
    </message>
    <message>
        <source>POP3 %1:%2: %3</source>
        <translation>POP3 %1:%2: %3</translation>
    </message>
    <message>
        <source>Port %1 (%2), address %3: %4</source>
        <translation>Port %1 (%2), Adresse %3: %4</translation>
    </message>
    <message>
        <source>  Stopped: %1 %2</source>
        <translation>  Abgebrochen: %1 %2</translation>
    </message>
    <message>
        <source>  Encryption: %1 %2</source>
        <translation>  Verschlüsselung: %1 %2</translation>
    </message>
    <message>
        <source>  Certificate: %1, SHA-256 %2</source>
        <translation>  Zertifikat: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>Was der Test ergeben hat</translation>
    </message>
    <message>
        <source>In plain words, and who has to act.</source>
        <translation>In einfachen Worten, und wer handeln muss.</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>&amp;Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Your settings work from here. Click Next to finish and, if you like, save a report.</source>
        <translation>Ihre Einstellungen funktionieren von hier aus. Klicken Sie auf „Weiter“, um abzuschließen und auf Wunsch einen Bericht zu speichern.</translation>
    </message>
    <message>
        <source>This page explains the result of the test: what the server did, why it did it from where you are, and whether you can fix it yourself. Underneath are the server&apos;s own words, which are useful if you contact your provider. &quot;Show technical details&quot; lists every step of the test.</source>
        <translation>Diese Seite erklärt das Ergebnis des Tests: was der Server getan hat, warum er es von Ihrem Standort aus getan hat und ob Sie das Problem selbst beheben können. Darunter stehen die eigenen Worte des Servers, die nützlich sind, wenn Sie sich an Ihren Anbieter wenden. „Technische Details anzeigen“ listet jeden Schritt des Tests auf.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>Click Next: Outbox Doctor tests it before you change anything in your mail program. Other ways are on the next page too.</source>
        <translation>Klicken Sie auf „Weiter“: Outbox Doctor testet es, bevor Sie etwas in Ihrem E-Mail-Programm ändern. Auf der nächsten Seite finden Sie auch andere Lösungswege.</translation>
    </message>
</context>
<context>
    <name>od::DonePage</name>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Plain text (*.txt)</source>
        <translation>Webseite (*.html);;PDF-Dokument (*.pdf);;Nur-Text (*.txt)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The result, and what to change in your mail program.</source>
        <translation>Das Ergebnis, und was Sie in Ihrem E-Mail-Programm ändern müssen.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Den Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save a report for your provider</source>
        <translation>Einen Bericht für Ihren Anbieter speichern</translation>
    </message>
    <message>
        <source>As a web page, PDF or plain text. Your password is never in it.</source>
        <translation>Als Webseite, PDF oder Nur-Text. Ihr Kennwort ist nie enthalten.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>It works</source>
        <translation>Es funktioniert</translation>
    </message>
    <message>
        <source>The test went through: mail sent with these settings would be delivered. If mail still fails, check the recipient&apos;s address, or paste the error you get on the first page.</source>
        <translation>Der Test war erfolgreich: E-Mails, die mit diesen Einstellungen gesendet werden, würden zugestellt. Wenn E-Mails weiterhin fehlschlagen, prüfen Sie die Adresse des Empfängers, oder fügen Sie die Fehlermeldung, die Sie erhalten, auf der ersten Seite ein.</translation>
    </message>
    <message>
        <source>Ask your provider</source>
        <translation>Fragen Sie Ihren Anbieter</translation>
    </message>
    <message>
        <source>Send your provider or administrator the question from the previous page, with the report (&quot;Save report&quot; or &quot;Copy report&quot;).</source>
        <translation>Senden Sie Ihrem Anbieter oder Administrator die Frage von der vorigen Seite zusammen mit dem Bericht („Bericht speichern“ oder „Bericht kopieren“).</translation>
    </message>
    <message>
        <source>Not solved yet</source>
        <translation>Noch nicht gelöst</translation>
    </message>
    <message>
        <source>Still refused: %1. Click Back to try another way, or contact your provider with the report.</source>
        <translation>Weiterhin abgelehnt: %1. Klicken Sie auf „Zurück“, um einen anderen Weg zu versuchen, oder wenden Sie sich mit dem Bericht an Ihren Anbieter.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>fix tried: its result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Was versucht wurde:</translation>
    </message>
    <message>
        <source>This page shows whether the problem is solved. If it is, change your mail program as described (the settings that were tested are listed). If not, go back and try another way, or send your provider the report. Click Finish to close Outbox Doctor.</source>
        <translation>Diese Seite zeigt, ob das Problem gelöst ist. Wenn ja, ändern Sie Ihr E-Mail-Programm wie beschrieben (die getesteten Einstellungen sind aufgeführt). Wenn nicht, gehen Sie zurück und versuchen Sie einen anderen Weg, oder senden Sie Ihrem Anbieter den Bericht. Klicken Sie auf „Abschließen“, um Outbox Doctor zu schließen.</translation>
    </message>
    <message>
        <source>Hide addresses and server &amp;names</source>
        <comment>report option</comment>
        <translation>&amp;Adressen und Servernamen verbergen</translation>
    </message>
    <message>
        <source>For sharing the report in a public forum: e-mail addresses, server names and IP addresses are replaced by placeholders.</source>
        <translation>Um den Bericht in einem öffentlichen Forum zu teilen: E-Mail-Adressen, Servernamen und IP-Adressen werden durch Platzhalter ersetzt.</translation>
    </message>
    <message>
        <source>Hide addresses and server names in the report</source>
        <translation>Adressen und Servernamen im Bericht verbergen</translation>
    </message>
    <message>
        <source>The test with the new settings went through: mail sent with them would be delivered.</source>
        <translation>Der Test mit den neuen Einstellungen war erfolgreich: E-Mails, die damit gesendet werden, würden zugestellt.</translation>
    </message>
    <message>
        <source>Last step: open your mail program and send yourself a message.</source>
        <translation>Letzter Schritt: Öffnen Sie Ihr E-Mail-Programm, und senden Sie sich selbst eine Nachricht.</translation>
    </message>
    <message>
        <source>Last step: open %1 and send yourself a message.</source>
        <translation>Letzter Schritt: Öffnen Sie %1, und senden Sie sich selbst eine Nachricht.</translation>
    </message>
    <message>
        <source>Last step: change your mail program as shown, then send yourself a message.</source>
        <translation>Letzter Schritt: Ändern Sie Ihr E-Mail-Programm wie angezeigt, und senden Sie sich dann selbst eine Nachricht.</translation>
    </message>
    <message>
        <source>Last step: change %1 as shown, then send yourself a message.</source>
        <translation>Letzter Schritt: Ändern Sie %1 wie angezeigt, und senden Sie sich dann selbst eine Nachricht.</translation>
    </message>
    <message>
        <source>It should leave the Outbox at once and arrive within a minute or two. If your mail program asks for your password, enter it there.</source>
        <translation>Die Nachricht sollte sofort den Postausgang verlassen und innerhalb von ein bis zwei Minuten ankommen. Wenn Ihr E-Mail-Programm nach Ihrem Kennwort fragt, geben Sie es dort ein.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was trusted only for this test, so your mail program will warn about it too. Accept it there only if it shows this SHA-256 fingerprint: %1</source>
        <translation>Dem Zertifikat des Servers wurde nur für diesen Test vertraut, daher wird auch Ihr E-Mail-Programm davor warnen. Akzeptieren Sie es dort nur, wenn es diesen SHA-256-Fingerabdruck zeigt: %1</translation>
    </message>
    <message>
        <source>Try it in %1</source>
        <comment>mail program</comment>
        <translation>Probieren Sie es in %1 aus</translation>
    </message>
    <message>
        <source>Outbox Doctor changed the settings of %1, but cannot test this change itself: only sending from %1 shows whether it works.</source>
        <translation>Outbox Doctor hat die Einstellungen für %1 geändert, kann diese Änderung aber nicht selbst testen: Nur das Senden aus %1 zeigt, ob es funktioniert.</translation>
    </message>
    <message>
        <source>Settings tested: %1.</source>
        <comment>server, port (security), login</comment>
        <translation>Getestete Einstellungen: %1.</translation>
    </message>
    <message>
        <source>Incoming mail was checked first at %1.</source>
        <translation>Der Posteingang wurde zuerst bei %1 abgerufen.</translation>
    </message>
    <message>
        <source>%1: not tested yet</source>
        <comment>fix tried</comment>
        <translation>%1: noch nicht getestet</translation>
    </message>
    <message>
        <source>%1: changed, then undone</source>
        <comment>fix tried</comment>
        <translation>%1: geändert, dann rückgängig gemacht</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <comment>the settings change made in the mail program</comment>
        <translation>Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the change to the settings of your mail program</source>
        <translation>Die Änderung an den Einstellungen Ihres E-Mail-Programms rückgängig machen</translation>
    </message>
    <message>
        <source>%1 opens your provider&apos;s sign-in page once: sign in there.</source>
        <translation>%1 öffnet einmalig die Anmeldeseite Ihres Anbieters: Melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>If the message is refused again, click &quot;%1&quot; below to put the settings of %2 back as they were.</source>
        <comment>%1: the undo button&apos;s label</comment>
        <translation>Wird die Nachricht wieder abgelehnt, klicken Sie unten auf „%1“, um die Einstellungen für %2 wieder auf den vorherigen Stand zu bringen.</translation>
    </message>
    <message>
        <source>To put the old settings back by hand, close %1 and copy %2 over %3.</source>
        <translation>Um die alten Einstellungen von Hand wiederherzustellen, schließen Sie %1, und ersetzen Sie %3 durch eine Kopie von %2.</translation>
    </message>
</context>
<context>
    <name>od::Files</name>
    <message>
        <source>no such file or folder</source>
        <translation>die Datei oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>der Datenträger kann nur gelesen werden</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>es sind zu viele Dateien geöffnet</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>das Öffnen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>reading it failed</source>
        <translation>das Lesen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>writing it failed</source>
        <translation>das Schreiben ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a fatal error occurred</source>
        <translation>es ist ein schwerwiegender Fehler aufgetreten</translation>
    </message>
    <message>
        <source>the system ran out of resources (such as disk space or open files)</source>
        <translation>dem System sind die Ressourcen ausgegangen (etwa Speicherplatz oder geöffnete Dateien)</translation>
    </message>
    <message>
        <source>the operation was stopped</source>
        <translation>der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source>the operation took too long</source>
        <translation>der Vorgang hat zu lange gedauert</translation>
    </message>
    <message>
        <source>it could not be removed</source>
        <translation>das Entfernen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>it could not be renamed</source>
        <translation>das Umbenennen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>moving to a position in it failed</source>
        <translation>das Springen an eine Position darin ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>its size could not be changed</source>
        <translation>die Größe konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>its permissions could not be changed</source>
        <translation>die Berechtigungen konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>it could not be copied</source>
        <translation>das Kopieren ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>an unknown error occurred</source>
        <translation>es ist ein unbekannter Fehler aufgetreten</translation>
    </message>
</context>
<context>
    <name>od::FixPage</name>
    <message>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Works from here</source>
        <comment>candidate server</comment>
        <translation>Funktioniert von hier aus</translation>
    </message>
    <message>
        <source>as before</source>
        <comment>port</comment>
        <translation>wie bisher</translation>
    </message>
    <message>
        <source>Password: the one you use for incoming mail</source>
        <translation>Kennwort: dasselbe wie für eingehende E-Mails</translation>
    </message>
    <message>
        <source>Incoming server: %1</source>
        <translation>Posteingangsserver: %1</translation>
    </message>
    <message>
        <source>In %1:</source>
        <comment>instructions for a mail program</comment>
        <translation>In %1:</translation>
    </message>
    <message>
        <source>Values to enter:</source>
        <translation>Einzugebende Werte:</translation>
    </message>
    <message>
        <source>Change your mail program after the test on the next page has confirmed that these settings work.</source>
        <translation>Ändern Sie Ihr E-Mail-Programm erst, nachdem der Test auf der nächsten Seite bestätigt hat, dass diese Einstellungen funktionieren.</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Choose what to try. Outbox Doctor tests it before you change anything in your mail program.</source>
        <translation>Wählen Sie, was Sie versuchen möchten. Outbox Doctor testet es, bevor Sie etwas in Ihrem E-Mail-Programm ändern.</translation>
    </message>
    <message>
        <source>Your mail program should log in to the outgoing server, usually with the same user name and password as for incoming mail, over an encrypted connection.</source>
        <translation>Ihr E-Mail-Programm sollte sich am Postausgangsserver anmelden, meist mit demselben Benutzernamen und Kennwort wie für eingehende E-Mails, über eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Ke&amp;nnwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>Port des Postausgangsservers</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>Verschlüsselung des Postausgangsservers</translation>
    </message>
    <message>
        <source>The network you are on may have its own outgoing server (your office&apos;s, or the provider of this connection) that accepts mail from here without a login. Servers of your other accounts are listed and tested at once; add one you know of.</source>
        <translation>Das Netzwerk, in dem Sie sich befinden, hat möglicherweise einen eigenen Postausgangsserver (den Ihres Büros oder des Anbieters dieser Verbindung), der E-Mails von hier ohne Anmeldung annimmt. Die Server Ihrer anderen Konten werden aufgelistet und sofort getestet; fügen Sie einen hinzu, den Sie kennen.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Outgoing server of this network</source>
        <translation>Postausgangsserver dieses Netzwerks</translation>
    </message>
    <message>
        <source>smtp.example.net or smtp.example.net:587</source>
        <translation>smtp.example.net oder smtp.example.net:587</translation>
    </message>
    <message>
        <source>&amp;Add and test</source>
        <translation>Hinzufügen und &amp;testen</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>column header</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Candidate outgoing servers</source>
        <translation>Mögliche Postausgangsserver</translation>
    </message>
    <message>
        <source>Some providers let you send only from a connection that has just logged in to the incoming (POP3) server. The test logs in there first, then sends.</source>
        <translation>Manche Anbieter lassen Sie nur von einer Verbindung aus senden, die sich gerade am Posteingangsserver (POP3) angemeldet hat. Der Test meldet sich zuerst dort an und sendet dann.</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>&amp;Posteingangsserver:</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>Name des Posteingangsservers</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>Port des Posteingangsservers</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>Automatisch (110 oder 995)</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>Verschlüsselung des Posteingangsservers</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Benutzername für den Posteingang</translation>
    </message>
    <message>
        <source>Incoming password</source>
        <translation>Kennwort für den Posteingang</translation>
    </message>
    <message>
        <source>The server only accepts a sender address that belongs to the account you log in with. Use your address at this provider as the From address.</source>
        <translation>Der Server akzeptiert nur eine Absenderadresse, die zu dem Konto gehört, mit dem Sie sich anmelden. Verwenden Sie Ihre Adresse bei diesem Anbieter als Von-Adresse.</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Von-Adresse:</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Von-Adresse</translation>
    </message>
    <message>
        <source>Nothing you can change from here will help: your provider or administrator has to act. Send them this question (and the report from the last page).</source>
        <translation>Nichts, was Sie von hier aus ändern können, hilft weiter: Ihr Anbieter oder Administrator muss handeln. Senden Sie ihm diese Frage (und den Bericht von der letzten Seite).</translation>
    </message>
    <message>
        <source>Question for your provider</source>
        <translation>Frage an Ihren Anbieter</translation>
    </message>
    <message>
        <source>&amp;Copy the question</source>
        <translation>Frage &amp;kopieren</translation>
    </message>
    <message>
        <source>Instructions for &amp;mail program:</source>
        <translation>Anleitung für &amp;E-Mail-Programm:</translation>
    </message>
    <message>
        <source>Mail program for the instructions</source>
        <translation>E-Mail-Programm für die Anleitung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>The ways to solve the problem are listed with the most likely first. Pick one, check the values (they are filled in from your account), and click Next: Outbox Doctor tests the new settings before you change your mail program. The instructions below show where to change them in your mail program; pick yours in the list if it is not the right one.</source>
        <translation>Die Lösungswege sind aufgeführt, der wahrscheinlichste zuerst. Wählen Sie einen aus, prüfen Sie die Werte (sie sind aus Ihrem Konto übernommen), und klicken Sie auf „Weiter“: Outbox Doctor testet die neuen Einstellungen, bevor Sie Ihr E-Mail-Programm ändern. Die Anleitung darunter zeigt, wo Sie sie in Ihrem E-Mail-Programm ändern; wählen Sie Ihr Programm in der Liste aus, falls das angezeigte nicht stimmt.</translation>
    </message>
    <message>
        <source>&amp;Show the certificate…</source>
        <translation>Zerti&amp;fikat anzeigen…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>Das Zertifikat anzeigen und entscheiden, ob Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>In your mail program:</source>
        <comment>instructions for a mail program not in the list</comment>
        <translation>In Ihrem E-Mail-Programm:</translation>
    </message>
    <message>
        <source>Test a&amp;ll</source>
        <translation>&amp;Alle testen</translation>
    </message>
    <message>
        <source>The server did not accept this user name or password. It said: %1</source>
        <translation>Der Server hat diesen Benutzernamen oder dieses Kennwort nicht akzeptiert. Er antwortete: %1</translation>
    </message>
    <message>
        <source>Enter the user name for the login.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Enter your password: the test logs in with it.</source>
        <translation>Geben Sie Ihr Kennwort ein: Der Test meldet sich damit an.</translation>
    </message>
    <message>
        <source>Type the name of this network&apos;s outgoing server, or pick one in the list.</source>
        <translation>Geben Sie den Namen des Postausgangsservers dieses Netzwerks ein, oder wählen Sie einen in der Liste aus.</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name.</source>
        <translation>Geben Sie den Namen des Posteingangsservers ein.</translation>
    </message>
    <message>
        <source>Enter the user name and password of the incoming server: the test logs in there first.</source>
        <translation>Geben Sie Benutzername und Kennwort des Posteingangsservers ein: Der Test meldet sich zuerst dort an.</translation>
    </message>
    <message>
        <source>Enter an e-mail address that belongs to the account.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, die zu dem Konto gehört.</translation>
    </message>
    <message>
        <source>Next leads to the report to send with your question.</source>
        <translation>Mit „Weiter“ gelangen Sie zum Bericht, den Sie mit Ihrer Frage senden.</translation>
    </message>
    <message>
        <source>Next tests these settings the way your mail program would use them. Nothing is sent, and nothing is changed in your mail program yet.</source>
        <translation>„Weiter“ testet diese Einstellungen so, wie Ihr E-Mail-Programm sie verwenden würde. Es wird nichts gesendet, und in Ihrem E-Mail-Programm wird noch nichts geändert.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>Empfohlen: %1</translation>
    </message>
    <message numerus="yes">
        <source>O&amp;ther ways (%n)</source>
        <comment>fixes other than the recommended one</comment>
        <translation>
            <numerusform>An&amp;derer Weg (%n)</numerusform>
            <numerusform>An&amp;dere Wege (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the other ways to solve this</source>
        <translation>Die anderen Lösungswege anzeigen</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <comment>a fix</comment>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>If the other ways do not work, or you would rather not change the settings yourself, ask your provider or administrator. Send them this question (and the report from the last page).</source>
        <translation>Wenn die anderen Wege nicht funktionieren oder Sie die Einstellungen lieber nicht selbst ändern möchten, fragen Sie Ihren Anbieter oder Administrator. Senden Sie ihm diese Frage (und den Bericht von der letzten Seite).</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password from mail programs. Check its help pages for &quot;app password&quot; or &quot;OAuth2&quot;, then enter the app password here to test it.</source>
        <translation>Ihr Anbieter akzeptiert Ihr normales Kennwort nicht mehr von E-Mail-Programmen. Suchen Sie auf seinen Hilfeseiten nach „App-Kennwort“ oder „OAuth2“, und geben Sie dann das App-Kennwort hier ein, um es zu testen.</translation>
    </message>
    <message>
        <source>Done: %1 now signs in to this server with OAuth2. Open %1 and send yourself a message; it opens your provider&apos;s sign-in page once.</source>
        <translation>Fertig: %1 meldet sich jetzt mit OAuth2 bei diesem Server an. Öffnen Sie %1, und senden Sie sich selbst eine Nachricht; %1 öffnet dann einmalig die Anmeldeseite Ihres Anbieters.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>&amp;Question for your provider:</source>
        <comment>label of an editable text</comment>
        <translation>F&amp;rage an Ihren Anbieter:</translation>
    </message>
    <message>
        <source>Undo the switch of %1 to OAuth2 sign-in</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>Umstellung von %1 auf OAuth2-Anmeldung rückgängig machen</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>Sicherungskopie der ursprünglichen Datei: %1</translation>
    </message>
    <message>
        <source>The switch could not be undone: %1</source>
        <translation>Die Umstellung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Undone: %1 signs in as it did before; its settings file was restored from the backup.</source>
        <translation>Rückgängig gemacht: %1 meldet sich wieder wie vorher an; seine Einstellungsdatei wurde aus der Sicherungskopie wiederhergestellt.</translation>
    </message>
    <message>
        <source>&amp;Switch %1 to OAuth2 sign-in for me</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>%1 für mich auf OAuth2-Anmeldung umste&amp;llen</translation>
    </message>
    <message>
        <source>Un&amp;do the switch</source>
        <comment>back to the sign-in method the mail program had</comment>
        <translation>&amp;Umstellung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>od::Knowledge</name>
    <message>
        <source>You can fix this yourself.</source>
        <translation>Sie können das selbst beheben.</translation>
    </message>
    <message>
        <source>Your provider or administrator has to act.</source>
        <translation>Ihr Anbieter oder Administrator muss handeln.</translation>
    </message>
    <message>
        <source>The problem is on the recipient&apos;s side.</source>
        <translation>Das Problem liegt auf der Seite des Empfängers.</translation>
    </message>
    <message>
        <source>Mail would go through</source>
        <translation>E-Mails würden zugestellt</translation>
    </message>
    <message>
        <source>The server accepted the sender and every recipient. Mail sent with these settings would be delivered.</source>
        <translation>Der Server hat den Absender und alle Empfänger akzeptiert. E-Mails, die mit diesen Einstellungen gesendet werden, würden zugestellt.</translation>
    </message>
    <message>
        <source>The server refuses to pass your mail on</source>
        <translation>Der Server verweigert die Weiterleitung Ihrer E-Mails</translation>
    </message>
    <message>
        <source>The server accepts mail for its own addresses but refuses to forward mail to other domains for you, because it does not recognise you as one of its users. This usually happens when you send through your home or work server from another network.</source>
        <translation>Der Server nimmt E-Mails für seine eigenen Adressen an, weigert sich aber, E-Mails für Sie an andere Domänen weiterzuleiten, weil er Sie nicht als einen seiner Benutzer erkennt. Das passiert meist, wenn Sie aus einem anderen Netzwerk über Ihren Server von zu Hause oder von der Arbeit senden.</translation>
    </message>
    <message>
        <source>The server wants you to log in first</source>
        <translation>Der Server verlangt zuerst eine Anmeldung</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who log in with a user name and password. Your mail program is sending without logging in.</source>
        <translation>Der Server nimmt nur E-Mails von Benutzern an, die sich mit Benutzername und Kennwort anmelden. Ihr E-Mail-Programm sendet ohne Anmeldung.</translation>
    </message>
    <message>
        <source>The server refused your user name or password</source>
        <translation>Der Server hat Ihren Benutzernamen oder Ihr Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>The server asked for a login and refused the user name or password it was given.</source>
        <translation>Der Server hat eine Anmeldung verlangt und den angegebenen Benutzernamen oder das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server offers no usable way to log in</source>
        <translation>Der Server bietet kein brauchbares Anmeldeverfahren an</translation>
    </message>
    <message>
        <source>A login is needed, but this server does not offer a login method Outbox Doctor can use on this connection.</source>
        <translation>Eine Anmeldung ist nötig, aber dieser Server bietet über diese Verbindung kein Anmeldeverfahren an, das Outbox Doctor verwenden kann.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection</source>
        <translation>Der Server verlangt eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>The server will only continue once the connection is encrypted (STARTTLS or SSL/TLS).</source>
        <translation>Der Server macht erst weiter, wenn die Verbindung verschlüsselt ist (STARTTLS oder SSL/TLS).</translation>
    </message>
    <message>
        <source>An encrypted connection could not be set up</source>
        <translation>Es konnte keine verschlüsselte Verbindung aufgebaut werden</translation>
    </message>
    <message>
        <source>The connection could not be encrypted, so your password was not sent.</source>
        <translation>Die Verbindung konnte nicht verschlüsselt werden, daher wurde Ihr Kennwort nicht gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted</source>
        <translation>Dem Zertifikat des Servers kann nicht vertraut werden</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified. This can be a misconfigured server, or someone on this network intercepting the connection.</source>
        <translation>Die Identität des Servers konnte nicht überprüft werden. Das kann an einem falsch eingerichteten Server liegen oder daran, dass jemand in diesem Netzwerk die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>The server refuses your sender address</source>
        <translation>Der Server lehnt Ihre Absenderadresse ab</translation>
    </message>
    <message>
        <source>The server does not accept mail from this From address, usually because the address does not belong to the account you log in with.</source>
        <translation>Der Server nimmt keine E-Mails von dieser Von-Adresse an, meist weil die Adresse nicht zu dem Konto gehört, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>Die Adresse des Empfängers existiert nicht</translation>
    </message>
    <message>
        <source>The receiving side says there is no mailbox with this address.</source>
        <translation>Die Empfängerseite meldet, dass es kein Postfach mit dieser Adresse gibt.</translation>
    </message>
    <message>
        <source>Your connection or server is blocked</source>
        <translation>Ihre Verbindung oder Ihr Server ist gesperrt</translation>
    </message>
    <message>
        <source>The server refuses mail from this network address or server, often because it is on a block list.</source>
        <translation>Der Server lehnt E-Mails von dieser Netzwerkadresse oder diesem Server ab, oft weil sie auf einer Sperrliste stehen.</translation>
    </message>
    <message>
        <source>Too much mail in a short time</source>
        <translation>Zu viele E-Mails in kurzer Zeit</translation>
    </message>
    <message>
        <source>The server has temporarily limited how much you may send. Try again later.</source>
        <translation>Der Server hat vorübergehend begrenzt, wie viel Sie senden dürfen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The message itself was refused</source>
        <translation>Die Nachricht selbst wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server accepted the addresses but refused the message content.</source>
        <translation>Der Server hat die Adressen akzeptiert, aber den Inhalt der Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>The message is larger than the server allows.</source>
        <translation>Die Nachricht ist größer, als der Server zulässt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room left.</source>
        <translation>Im Postfach des Empfängers ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled</source>
        <translation>Das Postfach des Empfängers ist deaktiviert</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but does not accept mail.</source>
        <translation>Das Postfach des Empfängers existiert, nimmt aber keine E-Mails an.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s checks failed</source>
        <translation>Die Prüfungen der Absenderdomäne sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>The receiving side checked whether your server may send for your domain (SPF, DKIM, DMARC) and the check failed.</source>
        <translation>Die Empfängerseite hat geprüft, ob Ihr Server für Ihre Domäne senden darf (SPF, DKIM, DMARC), und die Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The message went round in a loop</source>
        <translation>Die Nachricht ist im Kreis gelaufen</translation>
    </message>
    <message>
        <source>The message was passed between servers too many times.</source>
        <translation>Die Nachricht wurde zu oft zwischen Servern hin und her gereicht.</translation>
    </message>
    <message>
        <source>Delivery took too long and was given up</source>
        <translation>Die Zustellung hat zu lange gedauert und wurde aufgegeben</translation>
    </message>
    <message>
        <source>The sending server tried to deliver the message for a long time without success.</source>
        <translation>Der sendende Server hat lange erfolglos versucht, die Nachricht zuzustellen.</translation>
    </message>
    <message>
        <source>The connection is blocked on this network</source>
        <translation>Die Verbindung ist in diesem Netzwerk gesperrt</translation>
    </message>
    <message>
        <source>No answer came from the server on this port. Networks in hotels, cafés and many providers block outgoing mail ports, especially port 25.</source>
        <translation>Vom Server kam auf diesem Port keine Antwort. Netzwerke in Hotels, Cafés und bei vielen Anbietern sperren ausgehende Mail-Ports, besonders Port 25.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing accepts connections on this server and port.</source>
        <translation>Auf diesem Server und Port nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>Der Server antwortet nicht</translation>
    </message>
    <message>
        <source>A connection was made, but the server never said hello. Something in between may be intercepting the connection.</source>
        <translation>Eine Verbindung kam zustande, aber der Server hat sich nie gemeldet. Möglicherweise fängt etwas dazwischen die Verbindung ab.</translation>
    </message>
    <message>
        <source>The server name cannot be found</source>
        <translation>Der Servername wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The name of the outgoing server could not be looked up. Check its spelling, or this network may not resolve it.</source>
        <translation>Der Name des Postausgangsservers konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise; möglicherweise kann auch dieses Netzwerk ihn nicht auflösen.</translation>
    </message>
    <message>
        <source>The server is not available right now</source>
        <translation>Der Server ist gerade nicht verfügbar</translation>
    </message>
    <message>
        <source>The server said it cannot take mail at the moment.</source>
        <translation>Der Server hat gemeldet, dass er im Moment keine E-Mails annehmen kann.</translation>
    </message>
    <message>
        <source>The server&apos;s answers make no sense</source>
        <translation>Die Antworten des Servers ergeben keinen Sinn</translation>
    </message>
    <message>
        <source>The server sent something that is not valid SMTP, so the test was stopped. Something in between may be interfering.</source>
        <translation>Der Server hat etwas gesendet, das kein gültiges SMTP ist, daher wurde der Test abgebrochen. Möglicherweise stört etwas dazwischen.</translation>
    </message>
    <message>
        <source>The cause is not clear</source>
        <translation>Die Ursache ist unklar</translation>
    </message>
    <message>
        <source>Outbox Doctor could not tell what went wrong from what the server said.</source>
        <translation>Outbox Doctor konnte aus der Antwort des Servers nicht erkennen, was schiefgegangen ist.</translation>
    </message>
    <message>
        <source>Use the outgoing server of the network you are on</source>
        <translation>Den Postausgangsserver des Netzwerks verwenden, in dem Sie sind</translation>
    </message>
    <message>
        <source>Send through the outgoing (SMTP) server of the network you are connected to: your work server at work, or the provider of this connection.</source>
        <translation>Senden Sie über den Postausgangsserver (SMTP) des Netzwerks, mit dem Sie verbunden sind: bei der Arbeit über den Server Ihrer Firma, sonst über den des Anbieters dieser Verbindung.</translation>
    </message>
    <message>
        <source>Turn on authentication for the outgoing server</source>
        <translation>Authentifizierung für den Postausgangsserver einschalten</translation>
    </message>
    <message>
        <source>Tell your mail program that the outgoing server requires authentication, usually with the same user name and password as for incoming mail.</source>
        <translation>Stellen Sie in Ihrem E-Mail-Programm ein, dass der Postausgangsserver Authentifizierung erfordert, meist mit demselben Benutzernamen und Kennwort wie für eingehende E-Mails.</translation>
    </message>
    <message>
        <source>Check your incoming mail before sending</source>
        <translation>Vor dem Senden E-Mails abrufen</translation>
    </message>
    <message>
        <source>Some providers let you send only after you have logged in to the incoming (POP3) server from the same connection.</source>
        <translation>Manche Anbieter lassen Sie erst senden, nachdem Sie sich von derselben Verbindung aus am Posteingangsserver (POP3) angemeldet haben.</translation>
    </message>
    <message>
        <source>Correct your From or reply address</source>
        <translation>Von-Adresse oder Antwortadresse korrigieren</translation>
    </message>
    <message>
        <source>Use an e-mail address that belongs to the account you send through.</source>
        <translation>Verwenden Sie eine E-Mail-Adresse, die zu dem Konto gehört, über das Sie senden.</translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or 465 (SSL/TLS)</source>
        <translation>Port 587 (STARTTLS) oder 465 (SSL/TLS) verwenden</translation>
    </message>
    <message>
        <source>Switch the outgoing server to the submission port 587 with STARTTLS, or 465 with SSL/TLS, and turn on authentication.</source>
        <translation>Stellen Sie den Postausgangsserver auf den Submission-Port 587 mit STARTTLS oder 465 mit SSL/TLS um, und schalten Sie die Authentifizierung ein.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with what your provider publishes; trust it only if it matches.</source>
        <translation>Vergleichen Sie den Fingerabdruck des Zertifikats mit dem, den Ihr Anbieter veröffentlicht; vertrauen Sie ihm nur, wenn er übereinstimmt.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address</source>
        <translation>Adresse des Empfängers prüfen</translation>
    </message>
    <message>
        <source>Make sure the recipient&apos;s address is spelled correctly and still in use.</source>
        <translation>Vergewissern Sie sich, dass die Adresse des Empfängers richtig geschrieben ist und noch verwendet wird.</translation>
    </message>
    <message>
        <source>Contact your provider or administrator</source>
        <translation>An Ihren Anbieter oder Administrator wenden</translation>
    </message>
    <message>
        <source>Send them the report from Outbox Doctor: it contains what they need to help you.</source>
        <translation>Senden Sie ihm den Bericht von Outbox Doctor: Er enthält alles, was er braucht, um Ihnen zu helfen.</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>Warten und erneut versuchen</translation>
    </message>
    <message>
        <source>The problem is temporary. Try again in a while.</source>
        <translation>Das Problem ist vorübergehend. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The connection security setting does not match the port</source>
        <translation>Die Einstellung der Verbindungssicherheit passt nicht zum Port</translation>
    </message>
    <message>
        <source>This port expects a different kind of encryption than your mail program is set to use. Port 465 is encrypted from the start (SSL/TLS); ports 587 and 25 start unencrypted and switch with STARTTLS.</source>
        <translation>Dieser Port erwartet eine andere Art der Verschlüsselung, als in Ihrem E-Mail-Programm eingestellt ist. Port 465 ist von Anfang an verschlüsselt (SSL/TLS); die Ports 587 und 25 beginnen unverschlüsselt und wechseln mit STARTTLS.</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password for sending</source>
        <translation>Ihr Anbieter akzeptiert Ihr normales Kennwort zum Senden nicht mehr</translation>
    </message>
    <message>
        <source>The provider wants another way to sign in: its own sign-in page (OAuth2) in your mail program, an app password or authorisation code made in its web settings, or sending (SMTP) switched on there first.</source>
        <translation>Der Anbieter verlangt eine andere Art der Anmeldung: über seine eigene Anmeldeseite (OAuth2) in Ihrem E-Mail-Programm, mit einem App-Kennwort oder Autorisierungscode aus seinen Web-Einstellungen, oder erst nachdem Sie dort das Senden (SMTP) eingeschaltet haben.</translation>
    </message>
    <message>
        <source>Correct the connection security setting</source>
        <translation>Einstellung der Verbindungssicherheit korrigieren</translation>
    </message>
    <message>
        <source>Set the connection security to what the port expects: SSL/TLS for port 465, STARTTLS for port 587.</source>
        <translation>Stellen Sie die Verbindungssicherheit so ein, wie der Port es erwartet: SSL/TLS für Port 465, STARTTLS für Port 587.</translation>
    </message>
    <message>
        <source>Sign in the way your provider now requires</source>
        <translation>Melden Sie sich so an, wie Ihr Anbieter es jetzt verlangt</translation>
    </message>
    <message>
        <source>Switch your mail program to the provider&apos;s own sign-in (OAuth2), or make an app password or authorisation code in the provider&apos;s web settings and use it instead of your normal password. Some providers also need sending (SMTP) switched on there.</source>
        <translation>Stellen Sie Ihr E-Mail-Programm auf die eigene Anmeldung des Anbieters (OAuth2) um, oder erstellen Sie in den Web-Einstellungen des Anbieters ein App-Kennwort oder einen Autorisierungscode und verwenden Sie es statt Ihres normalen Kennworts. Bei manchen Anbietern müssen Sie dort auch das Senden (SMTP) einschalten.</translation>
    </message>
</context>
<context>
    <name>od::MailWayView</name>
    <message>
        <source>Testing…</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Not sure</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>The mail&apos;s way</source>
        <translation>Der Weg Ihrer E-Mail</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>zu Hause</translation>
    </message>
    <message>
        <source>at work</source>
        <translation>bei der Arbeit</translation>
    </message>
    <message>
        <source>on someone else&apos;s network</source>
        <translation>im Netzwerk eines anderen</translation>
    </message>
    <message>
        <source>on this network</source>
        <translation>in diesem Netzwerk</translation>
    </message>
    <message>
        <source>Your outgoing server</source>
        <translation>Ihr Postausgangsserver</translation>
    </message>
    <message>
        <source>The recipient&apos;s server</source>
        <translation>Der Server des Empfängers</translation>
    </message>
    <message>
        <source>another domain</source>
        <translation>eine andere Domäne</translation>
    </message>
    <message>
        <source>From this computer to %1: %2</source>
        <translation>Von diesem Computer zu %1: %2</translation>
    </message>
    <message>
        <source>From %1 on to %2: %3</source>
        <translation>Von %1 weiter zu %2: %3</translation>
    </message>
</context>
<context>
    <name>od::Network</name>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The name was not found.</source>
        <translation>Der Name wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>This computer has run out of network resources (too many connections are open).</source>
        <translation>Dieser Computer hat keine Netzwerkressourcen mehr frei (es sind zu viele Verbindungen geöffnet).</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>Das Netzwerk hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The data was too large to send.</source>
        <translation>Die Daten waren zu groß zum Senden.</translation>
    </message>
    <message>
        <source>The network failed (for example, the connection to it was lost).</source>
        <translation>Das Netzwerk ist ausgefallen (zum Beispiel ist die Verbindung zum Netzwerk verloren gegangen).</translation>
    </message>
    <message>
        <source>The local address is already in use.</source>
        <translation>Die lokale Adresse wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The address to send from does not belong to this computer.</source>
        <translation>Die Adresse, von der aus gesendet werden soll, gehört nicht zu diesem Computer.</translation>
    </message>
    <message>
        <source>This computer does not support the network operation (for example, IPv6 is switched off).</source>
        <translation>Dieser Computer unterstützt den Netzwerkvorgang nicht (zum Beispiel ist IPv6 ausgeschaltet).</translation>
    </message>
    <message>
        <source>An earlier network operation had not finished.</source>
        <translation>Ein früherer Netzwerkvorgang war noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The proxy wants a login.</source>
        <translation>Der Proxy verlangt eine Anmeldung.</translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) could not be set up.</source>
        <translation>Die verschlüsselte Verbindung (SSL/TLS) konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy closed the connection.</source>
        <translation>Der Proxy hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>Der Proxy hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The proxy was not found.</source>
        <translation>Der Proxy wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The proxy&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Proxys konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>The network operation was not possible in the connection&apos;s state.</source>
        <translation>Der Netzwerkvorgang war im aktuellen Zustand der Verbindung nicht möglich.</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) failed.</source>
        <translation>In der Verschlüsselungsbibliothek (SSL/TLS) ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) was given invalid data.</source>
        <translation>Die Verschlüsselungsbibliothek (SSL/TLS) hat ungültige Daten erhalten.</translation>
    </message>
    <message>
        <source>A passing network error occurred.</source>
        <translation>Ein vorübergehender Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>Ein unbekannter Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>Das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>This computer has no support for encrypted connections (SSL/TLS)</source>
        <translation>Dieser Computer unterstützt keine verschlüsselten Verbindungen (SSL/TLS)</translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked could not be checked</source>
        <translation>Ob das Zertifikat widerrufen wurde, konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>od::OutboxWizard</name>
    <message>
        <source>Outbox Doctor</source>
        <translation>Outbox Doctor</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>button of the help window</comment>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button</comment>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button</comment>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>wizard button</comment>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>wizard button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>wizard button</comment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Save a report first?</source>
        <translation>Zuerst einen Bericht speichern?</translation>
    </message>
    <message>
        <source>Close Outbox Doctor?</source>
        <translation>Outbox Doctor schließen?</translation>
    </message>
    <message>
        <source>The test results are lost when Outbox Doctor closes. A report keeps them for your provider or helpdesk; your password is never in it.</source>
        <translation>Die Testergebnisse gehen verloren, wenn Outbox Doctor geschlossen wird. Ein Bericht bewahrt sie für Ihren Anbieter oder Helpdesk auf; Ihr Kennwort ist nie darin enthalten.</translation>
    </message>
    <message>
        <source>What you typed is not kept.</source>
        <translation>Ihre Eingaben werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>Offen &amp;lassen</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>od::Pop3Login</name>
    <message>
        <source>The incoming mail server closed the connection.</source>
        <translation>Der Posteingangsserver hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server %1 (%2) port %3 first</source>
        <translation>Zuerst Anmeldung am Posteingangsserver %1 (%2), Port %3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>The incoming mail server did not answer the connection attempt.</source>
        <translation>Der Posteingangsserver hat auf den Verbindungsversuch nicht geantwortet.</translation>
    </message>
    <message>
        <source>The incoming mail server did not greet.</source>
        <translation>Der Posteingangsserver hat sich nicht gemeldet.</translation>
    </message>
    <message>
        <source>The incoming mail server stopped answering.</source>
        <translation>Der Posteingangsserver antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The incoming mail server sent a line that is far too long.</source>
        <translation>Der Posteingangsserver hat eine viel zu lange Zeile gesendet.</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>Eine Einstellung enthält einen Zeilenumbruch, daher wurde der Befehl nicht gesendet.</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption (STLS).</source>
        <translation>Der Posteingangsserver bietet keine Verschlüsselung an (STLS).</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption, so your password was not sent.</source>
        <translation>Der Posteingangsserver bietet keine Verschlüsselung an, daher wurde Ihr Kennwort nicht gesendet.</translation>
    </message>
    <message>
        <source>The incoming mail server sent something that is not a POP3 answer.</source>
        <translation>Der Posteingangsserver hat etwas gesendet, das keine POP3-Antwort ist.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the connection.</source>
        <translation>Der Posteingangsserver hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The incoming mail server refused to start encryption.</source>
        <translation>Der Posteingangsserver hat sich geweigert, die Verschlüsselung zu starten.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the user name.</source>
        <translation>Der Posteingangsserver hat den Benutzernamen abgelehnt.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the login.</source>
        <translation>Der Posteingangsserver hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Logged in to the incoming mail server.</source>
        <translation>Am Posteingangsserver angemeldet.</translation>
    </message>
</context>
<context>
    <name>od::ProbeView</name>
    <message>
        <source>Step</source>
        <comment>column header</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column header</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Testschritte</translation>
    </message>
    <message>
        <source>Show the con&amp;versation with the server</source>
        <translation>&amp;Dialog mit dem Server anzeigen</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>Dialog mit dem Server anzeigen</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>Dialog mit dem Server</translation>
    </message>
    <message>
        <source>Incoming server first (POP3): %1</source>
        <translation>Zuerst Posteingangsserver (POP3): %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>test result</comment>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>test step</comment>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>test step</comment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>test step</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>test step</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not reached</source>
        <comment>test step</comment>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>od::ProviderSignIn</name>
    <message>
        <source>Microsoft 365 no longer accepts a password from mail programs: choose OAuth2 as the authentication method (your mail program then opens Microsoft&apos;s sign-in page). Your administrator has to allow sending from mail programs (SMTP AUTH) for your mailbox.</source>
        <translation>Microsoft 365 akzeptiert von E-Mail-Programmen kein Kennwort mehr: Wählen Sie OAuth2 als Authentifizierungsmethode (Ihr E-Mail-Programm öffnet dann die Anmeldeseite von Microsoft). Ihr Administrator muss das Senden aus E-Mail-Programmen (SMTP AUTH) für Ihr Postfach zulassen.</translation>
    </message>
    <message>
        <source>Outlook.com accepts only Microsoft&apos;s own sign-in from mail programs (since 16 September 2024): choose OAuth2 as the authentication method. A password or an app password no longer works.</source>
        <translation>Outlook.com akzeptiert von E-Mail-Programmen nur die eigene Anmeldung von Microsoft (seit dem 16. September 2024): Wählen Sie OAuth2 als Authentifizierungsmethode. Ein Kennwort oder ein App-Kennwort funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Gmail: choose OAuth2 as the authentication method (your mail program then opens Google&apos;s sign-in page), or turn on 2-Step Verification and create an app password at myaccount.google.com/apppasswords to use instead of your password.</source>
        <translation>Gmail: Wählen Sie OAuth2 als Authentifizierungsmethode (Ihr E-Mail-Programm öffnet dann die Anmeldeseite von Google), oder aktivieren Sie die Bestätigung in zwei Schritten, erstellen Sie unter myaccount.google.com/apppasswords ein App-Passwort, und verwenden Sie es statt Ihres Kennworts.</translation>
    </message>
    <message>
        <source>Yahoo Mail: choose OAuth2 as the authentication method if your mail program offers it, or create an app password on your Yahoo Account Security page (&quot;Create app password&quot;) and use it instead of your password.</source>
        <translation>Yahoo Mail: Wählen Sie OAuth2 als Authentifizierungsmethode, wenn Ihr E-Mail-Programm es anbietet, oder erstellen Sie auf der Seite „Kontosicherheit“ Ihres Yahoo-Kontos ein App-Passwort („App-Passwort erstellen“), und verwenden Sie es statt Ihres Kennworts.</translation>
    </message>
    <message>
        <source>iCloud Mail: create an app-specific password at appleid.apple.com (Sign-In and Security, App-Specific Passwords; two-factor authentication must be on) and use it instead of your Apple Account password.</source>
        <translation>iCloud Mail: Erstellen Sie unter appleid.apple.com ein App-spezifisches Passwort (Anmeldung und Sicherheit, App-spezifische Passwörter; die Zwei-Faktor-Authentifizierung muss aktiviert sein), und verwenden Sie es statt des Passworts Ihres Apple Accounts.</translation>
    </message>
    <message>
        <source>NetEase Mail: in the web mail&apos;s settings, turn on the POP3/SMTP service and use the client authorisation code it gives you instead of your password.</source>
        <translation>NetEase Mail: Schalten Sie in den Einstellungen des Webmails den POP3/SMTP-Dienst ein, und verwenden Sie den Client-Autorisierungscode, den Sie dort erhalten, statt Ihres Kennworts.</translation>
    </message>
    <message>
        <source>QQ Mail: in Settings, Account, turn on the POP3/SMTP service and generate an authorisation code; use it instead of your QQ password.</source>
        <translation>QQ Mail: Schalten Sie unter Einstellungen, Konto den POP3/SMTP-Dienst ein, und erzeugen Sie einen Autorisierungscode; verwenden Sie ihn statt Ihres QQ-Kennworts.</translation>
    </message>
</context>
<context>
    <name>od::RelayReasoning</name>
    <message>
        <source>The recipient is in the same domain as your account, so the server delivers the message itself: no relaying is involved, and it should go through from anywhere.</source>
        <translation>Der Empfänger ist in derselben Domäne wie Ihr Konto, daher stellt der Server die Nachricht selbst zu: Es ist keine Weiterleitung nötig, und sie sollte von überall aus durchgehen.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are on the network this server trusts, so it should accept that. If it refuses anyway, the provider has changed its rules, for example it now wants you to log in.</source>
        <translation>Der Empfänger ist in einer anderen Domäne, daher muss der Server die Nachricht weiterleiten (Relay). Sie sind in dem Netzwerk, dem dieser Server vertraut, also sollte er das annehmen. Lehnt er trotzdem ab, hat der Anbieter seine Regeln geändert und verlangt zum Beispiel jetzt eine Anmeldung.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are not on the network this server trusts, so it cannot tell you from a stranger and will usually refuse, unless you log in to it or send through the server of the network you are on.</source>
        <translation>Der Empfänger ist in einer anderen Domäne, daher muss der Server die Nachricht weiterleiten (Relay). Sie sind nicht in dem Netzwerk, dem dieser Server vertraut, daher kann er Sie nicht von einem Fremden unterscheiden und lehnt meist ab, es sei denn, Sie melden sich bei ihm an oder senden über den Server des Netzwerks, in dem Sie sich befinden.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). This kind of server only relays for users who log in, wherever they are.</source>
        <translation>Der Empfänger ist in einer anderen Domäne, daher muss der Server die Nachricht weiterleiten (Relay). Diese Art von Server leitet nur für angemeldete Benutzer weiter, egal wo sie sich befinden.</translation>
    </message>
    <message>
        <source>You log in to the server, so it should pass your mail on to any domain, wherever you are.</source>
        <translation>Sie melden sich am Server an, daher sollte er Ihre E-Mails an jede Domäne weiterleiten, egal wo Sie sich befinden.</translation>
    </message>
    <message>
        <source>Whether this server will pass the message on depends on where you are and whether you log in. Tell Outbox Doctor where you are for a precise answer.</source>
        <translation>Ob dieser Server die Nachricht weiterleitet, hängt davon ab, wo Sie sich befinden und ob Sie sich anmelden. Geben Sie in Outbox Doctor an, wo Sie sind, um eine genaue Antwort zu erhalten.</translation>
    </message>
</context>
<context>
    <name>od::Report</name>
    <message>
        <source>A PDF report can only be made by the graphical program (internal error: no QGuiApplication).</source>
        <translation>Ein PDF-Bericht kann nur vom grafischen Programm erstellt werden (interner Fehler: keine QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1</source>
        <translation>Outbox-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <source>At home, on the provider&apos;s own connection</source>
        <translation>Zu Hause, über die eigene Verbindung des Anbieters</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>Bei der Arbeit, im Büronetzwerk</translation>
    </message>
    <message>
        <source>Travelling: hotel, airport, café, mobile hotspot or someone else&apos;s network</source>
        <translation>Unterwegs: Hotel, Flughafen, Café, mobiler Hotspot oder Netzwerk eines anderen</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS, falls angeboten</translation>
    </message>
    <message>
        <source>Looking up the server&apos;s name (DNS)</source>
        <translation>Auflösen des Servernamens (DNS)</translation>
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation>Verbindungsaufbau (TCP)</translation>
    </message>
    <message>
        <source>Encrypting the connection (SSL/TLS)</source>
        <translation>Verschlüsseln der Verbindung (SSL/TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Begrüßung durch den Server</translation>
    </message>
    <message>
        <source>Encrypting the connection (after STARTTLS)</source>
        <translation>Verschlüsseln der Verbindung (nach STARTTLS)</translation>
    </message>
    <message>
        <source>EHLO after encryption</source>
        <translation>EHLO nach der Verschlüsselung</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>Anmeldung (AUTH)</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Absender (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s own domain (RCPT TO)</source>
        <translation>Empfänger in der eigenen Domäne des Absenders (RCPT TO)</translation>
    </message>
    <message>
        <source>Recipient in another domain (RCPT TO)</source>
        <translation>Empfänger in einer anderen Domäne (RCPT TO)</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Senden der Testnachricht</translation>
    </message>
    <message>
        <source>Logging in to the incoming server (POP3)</source>
        <translation>Anmeldung am Posteingangsserver (POP3)</translation>
    </message>
    <message>
        <source>The conversation was completed.</source>
        <translation>Der Dialog wurde vollständig abgeschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>Der Name des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>No connection could be made in time (the port may be blocked).</source>
        <translation>Es konnte nicht rechtzeitig eine Verbindung hergestellt werden (möglicherweise ist der Port gesperrt).</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The server did not greet in time.</source>
        <translation>Der Server hat sich nicht rechtzeitig gemeldet.</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting.</source>
        <translation>Der Server hat die Verbindung vor der Begrüßung geschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid SMTP.</source>
        <translation>Die Antwort des Servers war kein gültiges SMTP.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up.</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Der Server bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <source>The password was not sent, because the connection was not encrypted.</source>
        <translation>Das Kennwort wurde nicht gesendet, weil die Verbindung nicht verschlüsselt war.</translation>
    </message>
    <message>
        <source>The server does not offer to log in.</source>
        <translation>Der Server bietet keine Anmeldung an.</translation>
    </message>
    <message>
        <source>The server refused.</source>
        <translation>Der Server hat abgelehnt.</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>Der Test wurde angehalten.</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>von einer Stelle ausgestellt, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>issued for another server name</source>
        <translation>für einen anderen Servernamen ausgestellt</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>other verification error</source>
        <translation>anderer Überprüfungsfehler</translation>
    </message>
    <message>
        <source>solved the problem</source>
        <translation>hat das Problem gelöst</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>hat nicht geholfen</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>noch nicht getestet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2), port %3 (%4)</source>
        <translation>%1 (%2), Port %3 (%4)</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden bei</translation>
    </message>
    <message>
        <source>The server&apos;s reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>Getestet am</translation>
    </message>
    <message>
        <source>The settings could not be tested</source>
        <translation>Die Einstellungen konnten nicht getestet werden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>A pasted error message (no live test was run)</source>
        <translation>Eine eingefügte Fehlermeldung (es wurde kein Live-Test durchgeführt)</translation>
    </message>
    <message>
        <source>Where the user is</source>
        <translation>Standort des Benutzers</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2, port %3 (%4), with Outbox Doctor.</source>
        <translation>Am %1 habe ich mit Outbox Doctor das Senden von E-Mails über %2, Port %3 (%4), getestet.</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2 with Outbox Doctor.</source>
        <translation>Am %1 habe ich mit Outbox Doctor das Senden von E-Mails über %2 getestet.</translation>
    </message>
    <message>
        <source>When I send mail, I get an error message. The server&apos;s reply in it is: &quot;%1&quot;</source>
        <translation>Wenn ich E-Mails sende, erhalte ich eine Fehlermeldung. Die darin enthaltene Antwort des Servers lautet: „%1“</translation>
    </message>
    <message>
        <source>The test shows that the server would accept my mail. If my messages still do not arrive, could you check whether something after your server refuses them?</source>
        <translation>Der Test zeigt, dass der Server meine E-Mails annehmen würde. Falls meine Nachrichten trotzdem nicht ankommen: Könnten Sie prüfen, ob sie nach Ihrem Server von einer anderen Stelle abgelehnt werden?</translation>
    </message>
    <message>
        <source>The server accepts recipients in its own domain but refuses recipients in other domains. It replied: &quot;%1&quot;</source>
        <translation>Der Server nimmt Empfänger in seiner eigenen Domäne an, lehnt aber Empfänger in anderen Domänen ab. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>Do I have to log in (SMTP authentication) to send to other domains, and with which port and encryption? If I should use another server from this network, which one?</source>
        <translation>Muss ich mich anmelden (SMTP-Authentifizierung), um an andere Domänen zu senden, und mit welchem Port und welcher Verschlüsselung? Falls ich aus diesem Netzwerk einen anderen Server verwenden sollte: welchen?</translation>
    </message>
    <message>
        <source>The server asks me to log in before it accepts mail. It replied: &quot;%1&quot;</source>
        <translation>Der Server verlangt eine Anmeldung, bevor er E-Mails annimmt. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>Which user name, login method, port and encryption should I use for sending?</source>
        <translation>Welchen Benutzernamen, welches Anmeldeverfahren, welchen Port und welche Verschlüsselung sollte ich zum Senden verwenden?</translation>
    </message>
    <message>
        <source>The server refused my login. It replied: &quot;%1&quot;</source>
        <translation>Der Server hat meine Anmeldung abgelehnt. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>The server refused my login as %1. It replied: &quot;%2&quot;</source>
        <translation>Der Server hat meine Anmeldung als %1 abgelehnt. Er antwortete: „%2“</translation>
    </message>
    <message>
        <source>Is my account allowed to send mail, is this the right user name, and do I need a separate password for mail programs (an app password)?</source>
        <translation>Darf mein Konto E-Mails senden, ist das der richtige Benutzername, und brauche ich ein eigenes Kennwort für E-Mail-Programme (ein App-Kennwort)?</translation>
    </message>
    <message>
        <source>A login seems to be needed, but the server offers no login method my mail program can use on this connection.</source>
        <translation>Offenbar ist eine Anmeldung nötig, aber der Server bietet über diese Verbindung kein Anmeldeverfahren an, das mein E-Mail-Programm verwenden kann.</translation>
    </message>
    <message>
        <source>On which port and with which encryption should I log in to send mail?</source>
        <translation>Über welchen Port und mit welcher Verschlüsselung sollte ich mich zum Senden anmelden?</translation>
    </message>
    <message>
        <source>An encrypted connection to the server could not be used. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>Eine verschlüsselte Verbindung zum Server konnte nicht genutzt werden. Die letzte Antwort des Servers war: „%1“</translation>
    </message>
    <message>
        <source>Which port and which encryption (STARTTLS or SSL/TLS) does your server support for sending?</source>
        <translation>Welchen Port und welche Verschlüsselung (STARTTLS oder SSL/TLS) unterstützt Ihr Server zum Senden?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Its SHA-256 fingerprint is %2.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden (%1). Sein SHA-256-Fingerabdruck ist %2.</translation>
    </message>
    <message>
        <source>Is this your server&apos;s certificate? Can you install a certificate that mail programs can verify, or tell me which server name to use?</source>
        <translation>Ist das das Zertifikat Ihres Servers? Können Sie ein Zertifikat installieren, das E-Mail-Programme überprüfen können, oder mir sagen, welchen Servernamen ich verwenden soll?</translation>
    </message>
    <message>
        <source>The server refused my sender address. It replied: &quot;%1&quot;</source>
        <translation>Der Server hat meine Absenderadresse abgelehnt. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>The server refused my sender address %1. It replied: &quot;%2&quot;</source>
        <translation>Der Server hat meine Absenderadresse %1 abgelehnt. Er antwortete: „%2“</translation>
    </message>
    <message>
        <source>Which sender (From) addresses may I use with this account?</source>
        <translation>Welche Absenderadressen (Von-Adressen) darf ich mit diesem Konto verwenden?</translation>
    </message>
    <message>
        <source>I could not get an answer from the server on port(s) %1 from the network I am on.</source>
        <translation>Aus dem Netzwerk, in dem ich mich befinde, habe ich vom Server auf Port(s) %1 keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>Which server names and ports do you support for sending mail (587, 465), and could something on your side or on this network be blocking the connection?</source>
        <translation>Welche Servernamen und Ports unterstützen Sie zum Senden von E-Mails (587, 465), und könnte etwas auf Ihrer Seite oder in diesem Netzwerk die Verbindung blockieren?</translation>
    </message>
    <message>
        <source>The name of the outgoing server, %1, could not be found from the network I am on.</source>
        <translation>Der Name des Postausgangsservers, %1, konnte aus dem Netzwerk, in dem ich mich befinde, nicht gefunden werden.</translation>
    </message>
    <message>
        <source>What is the correct name of your outgoing mail server?</source>
        <translation>Wie lautet der richtige Name Ihres Postausgangsservers?</translation>
    </message>
    <message>
        <source>The server refused my connection or my mail. It replied: &quot;%1&quot;</source>
        <translation>Der Server hat meine Verbindung oder meine E-Mail abgelehnt. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>Is my connection on a block list, and how can I get it removed?</source>
        <translation>Steht meine Verbindung auf einer Sperrliste, und wie kann ich sie entfernen lassen?</translation>
    </message>
    <message>
        <source>Is my address %1 (or the address my network uses to reach you) on a block list, and how can I get it removed?</source>
        <translation>Steht meine Adresse %1 (oder die Adresse, mit der mein Netzwerk Sie erreicht) auf einer Sperrliste, und wie kann ich sie entfernen lassen?</translation>
    </message>
    <message>
        <source>The server limited how much I may send. It replied: &quot;%1&quot;</source>
        <translation>Der Server hat begrenzt, wie viel ich senden darf. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>What are the sending limits for my account, and when can I send again?</source>
        <translation>Welche Sendelimits gelten für mein Konto, und wann kann ich wieder senden?</translation>
    </message>
    <message>
        <source>The server refused my mail. It replied: &quot;%1&quot;</source>
        <translation>Der Server hat meine E-Mail abgelehnt. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>What do I need to change so that my mail is accepted?</source>
        <translation>Was muss ich ändern, damit meine E-Mails angenommen werden?</translation>
    </message>
    <message>
        <source>I am at home, on your own connection.</source>
        <translation>Ich bin zu Hause und nutze Ihren eigenen Anschluss.</translation>
    </message>
    <message>
        <source>I am at work, on the office network.</source>
        <translation>Ich bin bei der Arbeit, im Büronetzwerk.</translation>
    </message>
    <message>
        <source>I am travelling and connected through someone else&apos;s network (hotel, airport, café or mobile hotspot).</source>
        <translation>Ich bin unterwegs und über das Netzwerk eines anderen verbunden (Hotel, Flughafen, Café oder mobiler Hotspot).</translation>
    </message>
    <message>
        <source>The attached report contains the complete conversation with the server, without my password.</source>
        <translation>Der beigefügte Bericht enthält den vollständigen Dialog mit dem Server, ohne mein Kennwort.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
    <message>
        <source>Question for the provider or administrator</source>
        <translation>Frage an den Anbieter oder Administrator</translation>
    </message>
    <message>
        <source>A message you can send as it is:</source>
        <translation>Eine Nachricht, die Sie so, wie sie ist, senden können:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>In the user&apos;s words</source>
        <translation>In den Worten des Benutzers</translation>
    </message>
    <message>
        <source>Local address used</source>
        <translation>Verwendete lokale Adresse</translation>
    </message>
    <message>
        <source>Source address requested</source>
        <translation>Angeforderte Quelladresse</translation>
    </message>
    <message>
        <source>Account settings used</source>
        <translation>Verwendete Kontoeinstellungen</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>The name resolves to</source>
        <translation>Der Name wird aufgelöst zu</translation>
    </message>
    <message>
        <source>Name lookup failed</source>
        <translation>Namensauflösung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ports and security tested</source>
        <translation>Getestete Ports und Verschlüsselung</translation>
    </message>
    <message>
        <source>none (no user name given)</source>
        <translation>keine (kein Benutzername angegeben)</translation>
    </message>
    <message>
        <source>the strongest the server offers</source>
        <translation>das sicherste, das der Server anbietet</translation>
    </message>
    <message>
        <source>%1 (used: %2)</source>
        <translation>%1 (verwendet: %2)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>not included in this report</source>
        <translation>nicht in diesem Bericht enthalten</translation>
    </message>
    <message>
        <source>Sender address (MAIL FROM)</source>
        <translation>Absenderadresse (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s domain</source>
        <translation>Empfänger in der Domäne des Absenders</translation>
    </message>
    <message>
        <source>Recipients in other domains</source>
        <translation>Empfänger in anderen Domänen</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>Log in to POP3 first</source>
        <translation>Zuerst bei POP3 anmelden</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities</source>
        <translation>Zusätzliche vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Test message really sent</source>
        <translation>Testnachricht tatsächlich gesendet</translation>
    </message>
    <message>
        <source>Servers and ports tried</source>
        <translation>Versuchte Server und Ports</translation>
    </message>
    <message>
        <source>No connection was attempted.</source>
        <translation>Es wurde keine Verbindung versucht.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 (the verdict is based on this one)</source>
        <translation>%1 (das Ergebnis beruht auf diesem Versuch)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n capability line(s))</source>
        <translation>
            <numerusform>%1 (und %n Zeile mit Fähigkeiten)</numerusform>
            <numerusform>%1 (und %n Zeilen mit Fähigkeiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie es endete</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, akzeptiert</translation>
    </message>
    <message>
        <source>%1, not accepted</source>
        <translation>%1, nicht akzeptiert</translation>
    </message>
    <message>
        <source>Incoming server (POP3) %1, port %2</source>
        <translation>Posteingangsserver (POP3) %1, Port %2</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Fähigkeiten des Servers</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Name the server gave</source>
        <translation>Vom Server angegebener Name</translation>
    </message>
    <message>
        <source>Login methods (AUTH)</source>
        <translation>Anmeldeverfahren (AUTH)</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>keine angeboten</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation>keine feste Grenze</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Extended SMTP (EHLO)</source>
        <translation>Erweitertes SMTP (EHLO)</translation>
    </message>
    <message>
        <source>not supported; the server only speaks HELO</source>
        <translation>nicht unterstützt; der Server beherrscht nur HELO</translation>
    </message>
    <message>
        <source>No server answered, so its capabilities are not known.</source>
        <translation>Kein Server hat geantwortet, daher sind seine Fähigkeiten nicht bekannt.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>%1, port(s) %2</source>
        <translation>%1, Port(s) %2</translation>
    </message>
    <message>
        <source>no certificate was received</source>
        <translation>es wurde kein Zertifikat empfangen</translation>
    </message>
    <message>
        <source>verified: trusted by this computer and valid for the server name</source>
        <translation>überprüft: von diesem Computer als vertrauenswürdig eingestuft und gültig für den Servernamen</translation>
    </message>
    <message>
        <source>not verified, but trusted by the user&apos;s explicit decision (by fingerprint)</source>
        <translation>nicht überprüft, aber auf ausdrückliche Entscheidung des Benutzers vertraut (anhand des Fingerabdrucks)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>nicht zustande gekommen</translation>
    </message>
    <message>
        <source>Handshake failure</source>
        <translation>Fehler beim Handshake</translation>
    </message>
    <message>
        <source>Verification errors, as reported by the TLS library:</source>
        <translation>Überprüfungsfehler, wie von der TLS-Bibliothek gemeldet:</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Chain certificate %1 of %2</source>
        <translation>Zertifikat %1 von %2 der Kette</translation>
    </message>
    <message>
        <source>No encrypted connection was made, so no certificate was seen.</source>
        <translation>Es wurde keine verschlüsselte Verbindung hergestellt, daher wurde kein Zertifikat empfangen.</translation>
    </message>
    <message>
        <source>Decoded error message</source>
        <translation>Entschlüsselte Fehlermeldung</translation>
    </message>
    <message>
        <source>No error message was pasted.</source>
        <translation>Es wurde keine Fehlermeldung eingefügt.</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Art der Meldung</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Who has to act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>Server that wrote the message</source>
        <translation>Server, der die Meldung geschrieben hat</translation>
    </message>
    <message>
        <source>Server in the error dialog</source>
        <translation>Server im Fehlerfenster</translation>
    </message>
    <message>
        <source>Account in the error dialog</source>
        <translation>Konto im Fehlerfenster</translation>
    </message>
    <message>
        <source>Error numbers</source>
        <translation>Fehlernummern</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>Ablehnender Server</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>Der eingefügte Text</translation>
    </message>
    <message numerus="yes">
        <source>Shortened: %n more line(s) not shown.</source>
        <translation>
            <numerusform>Gekürzt: %n weitere Zeile nicht angezeigt.</numerusform>
            <numerusform>Gekürzt: %n weitere Zeilen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>Programm und System</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Test started</source>
        <translation>Test gestartet</translation>
    </message>
    <message>
        <source>Test duration</source>
        <translation>Testdauer</translation>
    </message>
    <message>
        <source>Addresses and names</source>
        <translation>Adressen und Namen</translation>
    </message>
    <message>
        <source>replaced by placeholders for sharing</source>
        <translation>zum Weitergeben durch Platzhalter ersetzt</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Times are seconds from the start of the test. &quot;C:&quot; is what Outbox Doctor sent, &quot;S:&quot; the server&apos;s reply, &quot;--&quot; a note; [tls] marks lines inside the encrypted connection. Passwords and login data are replaced by [hidden].</source>
        <translation>Zeiten sind Sekunden seit Beginn des Tests. „C:“ ist, was Outbox Doctor gesendet hat, „S:“ die Antwort des Servers, „--“ eine Anmerkung; [tls] kennzeichnet Zeilen innerhalb der verschlüsselten Verbindung. Kennwörter und Anmeldedaten sind durch [hidden] ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 – %n Zeile</numerusform>
            <numerusform>%1 – %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF reports are not available in this program; save the report as .html or .txt instead.</source>
        <translation>PDF-Berichte sind in diesem Programm nicht verfügbar; speichern Sie den Bericht stattdessen als .html oder .txt.</translation>
    </message>
    <message>
        <source>Unknown report format; use a file name ending in .html, .pdf or .txt.</source>
        <translation>Unbekanntes Berichtsformat; verwenden Sie einen Dateinamen, der auf .html, .pdf oder .txt endet.</translation>
    </message>
    <message>
        <source>Unknown report format for %1; use a file name ending in .html, .pdf or .txt.</source>
        <translation>Unbekanntes Berichtsformat für %1; verwenden Sie einen Dateinamen, der auf .html, .pdf oder .txt endet.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>I tested sending mail through %1 with Outbox Doctor.</source>
        <translation>Ich habe mit Outbox Doctor das Senden von E-Mails über %1 getestet.</translation>
    </message>
    <message>
        <source>My mail program&apos;s connection security setting (STARTTLS or SSL/TLS) does not seem to match the port. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>Die Einstellung der Verbindungssicherheit (STARTTLS oder SSL/TLS) meines E-Mail-Programms scheint nicht zum Port zu passen. Die letzte Antwort des Servers war: „%1“</translation>
    </message>
    <message>
        <source>Which port goes with which encryption (STARTTLS or SSL/TLS) on your server for sending?</source>
        <translation>Welcher Port gehört auf Ihrem Server zum Senden zu welcher Verschlüsselung (STARTTLS oder SSL/TLS)?</translation>
    </message>
    <message>
        <source>The server does not accept my normal password for sending. It replied: &quot;%1&quot;</source>
        <translation>Der Server akzeptiert mein normales Kennwort zum Senden nicht. Er antwortete: „%1“</translation>
    </message>
    <message>
        <source>How should a mail program sign in to send mail: with OAuth2, with an app password or authorisation code, or do I have to switch on sending (SMTP) in my account settings first?</source>
        <translation>Wie muss sich ein E-Mail-Programm zum Senden anmelden: mit OAuth2, mit einem App-Kennwort oder Autorisierungscode, oder muss ich zuerst das Senden (SMTP) in meinen Kontoeinstellungen einschalten?</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong, so it suggests no fix. The server&apos;s words are listed below.</source>
        <translation>Nicht sicher: Die Meldung sagt nicht deutlich genug, was schiefgegangen ist, daher wird keine Lösung vorgeschlagen. Die Worte des Servers stehen unten.</translation>
    </message>
    <message>
        <source>The port expects a different security setting.</source>
        <translation>Der Port erwartet eine andere Einstellung der Verbindungssicherheit.</translation>
    </message>
    <message>
        <source>Not logged in here, because the password was refused on another port.</source>
        <translation>Hier nicht angemeldet, weil das Kennwort an einem anderen Port abgelehnt wurde.</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not offer.</source>
        <translation>Eine Adresse erfordert SMTPUTF8, das der Server nicht anbietet.</translation>
    </message>
    <message>
        <source>The server answered so slowly that the test was stopped.</source>
        <translation>Der Server hat so langsam geantwortet, dass der Test abgebrochen wurde.</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1 — solved</source>
        <translation>Outbox-Doctor-Bericht: %1 – gelöst</translation>
    </message>
    <message>
        <source>a server reply</source>
        <translation>eine Antwort des Servers</translation>
    </message>
    <message>
        <source>an Outlook error message</source>
        <translation>eine Fehlermeldung von Outlook</translation>
    </message>
    <message>
        <source>a delivery status notification (bounce)</source>
        <translation>eine Zustellstatusbenachrichtigung (Unzustellbarkeitsbericht)</translation>
    </message>
    <message>
        <source>a bounce from Microsoft Exchange</source>
        <translation>ein Unzustellbarkeitsbericht von Microsoft Exchange</translation>
    </message>
    <message>
        <source>a bounce from Postfix</source>
        <translation>ein Unzustellbarkeitsbericht von Postfix</translation>
    </message>
    <message>
        <source>a bounce from Exim</source>
        <translation>ein Unzustellbarkeitsbericht von Exim</translation>
    </message>
    <message>
        <source>a bounce from qmail</source>
        <translation>ein Unzustellbarkeitsbericht von qmail</translation>
    </message>
    <message>
        <source>a bounce from Sendmail</source>
        <translation>ein Unzustellbarkeitsbericht von Sendmail</translation>
    </message>
    <message>
        <source>a bounce from Gmail</source>
        <translation>ein Unzustellbarkeitsbericht von Gmail</translation>
    </message>
    <message>
        <source>a bounce message</source>
        <translation>ein Unzustellbarkeitsbericht</translation>
    </message>
    <message>
        <source>an error message</source>
        <translation>eine Fehlermeldung</translation>
    </message>
    <message>
        <source>the mail program</source>
        <translation>das E-Mail-Programm</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Copy made before the change</source>
        <translation>Vor der Änderung erstellte Kopie</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 to the ones tested: %2.</source>
        <translation>Outbox Doctor hat diese Einstellungen für %1 auf die getesteten Werte geändert: %2.</translation>
    </message>
    <message>
        <source>To undo the change: close %1, then copy %2 over %3 (it is the file as it was before).</source>
        <translation>Um die Änderung rückgängig zu machen: Schließen Sie %1, und ersetzen Sie dann %3 durch eine Kopie von %2 (das ist die Datei, wie sie vorher war).</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change the settings of %1: %2</source>
        <translation>Outbox Doctor hat die Einstellungen für %1 nicht geändert: %2</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 (%2), and the change was then undone: the file is as it was before.</source>
        <translation>Outbox Doctor hat diese Einstellungen für %1 geändert (%2), und die Änderung wurde danach rückgängig gemacht: Die Datei ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>Was versucht wurde</translation>
    </message>
    <message>
        <source>Before: the first test</source>
        <translation>Vorher: der erste Test</translation>
    </message>
    <message>
        <source>The error message pasted</source>
        <translation>Die eingefügte Fehlermeldung</translation>
    </message>
    <message>
        <source>The fix tried</source>
        <translation>Die versuchte Lösung</translation>
    </message>
    <message>
        <source>The fixes tried</source>
        <translation>Die versuchten Lösungen</translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation>Versuchte Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s result: the cause the test after it found</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>After: the test with the new settings</source>
        <translation>Nachher: der Test mit den neuen Einstellungen</translation>
    </message>
    <message>
        <source>The mail program&apos;s settings</source>
        <translation>Die Einstellungen des E-Mail-Programms</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them. To send mail, change them in the mail program to the settings tested (see &quot;Account settings used&quot;).</source>
        <translation>Outbox Doctor hat sie nicht geändert. Um E-Mails zu senden, ändern Sie sie im E-Mail-Programm auf die getesteten Einstellungen (siehe „Verwendete Kontoeinstellungen“).</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them.</source>
        <translation>Outbox Doctor hat sie nicht geändert.</translation>
    </message>
    <message>
        <source>Solved. The first test found: %1. After &quot;%2&quot;, the test with the new settings went through.</source>
        <translation>Gelöst. Der erste Test ergab: %1. Nach „%2“ war der Test mit den neuen Einstellungen erfolgreich.</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fix tried did not solve it; the latest test finds: %2.</source>
        <translation>Noch nicht gelöst. Der erste Test ergab: %1. Die versuchte Lösung hat das Problem nicht behoben; der letzte Test ergibt: %2.</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fixes tried did not solve it; the latest test finds: %2.</source>
        <translation>Noch nicht gelöst. Der erste Test ergab: %1. Die versuchten Lösungen haben das Problem nicht behoben; der letzte Test ergibt: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s title: its description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>I have already tried this, and the test afterwards still failed: %1.</source>
        <translation>Das habe ich bereits versucht, und der Test danach ist trotzdem fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The first test</source>
        <translation>Der erste Test</translation>
    </message>
    <message>
        <source>The test after the fix</source>
        <translation>Der Test nach dem Lösungsversuch</translation>
    </message>
    <message>
        <source>offered and used</source>
        <translation>angeboten und verwendet</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1: %2. Outbox Doctor cannot test this change itself.</source>
        <translation>Outbox Doctor hat diese Einstellungen für %1 geändert: %2. Outbox Doctor kann diese Änderung nicht selbst testen.</translation>
    </message>
    <message>
        <source>After: not tested yet</source>
        <translation>Nachher: noch nicht getestet</translation>
    </message>
    <message>
        <source>Only %1 itself can show whether this works: send a message from it (to yourself). If it is refused again, the change can be undone as described below.</source>
        <translation>Nur %1 selbst kann zeigen, ob es funktioniert: Senden Sie damit eine Nachricht (an sich selbst). Wird sie wieder abgelehnt, lässt sich die Änderung wie unten beschrieben rückgängig machen.</translation>
    </message>
    <message>
        <source>Not tested yet. The first test found: %1. After &quot;%2&quot;, only the mail program itself can show whether mail goes through.</source>
        <translation>Noch nicht getestet. Der erste Test ergab: %1. Nach „%2“ kann nur das E-Mail-Programm selbst zeigen, ob E-Mails durchkommen.</translation>
    </message>
    <message>
        <source>Fixes tried, attempt by attempt</source>
        <translation>Versuchte Lösungen, Versuch für Versuch</translation>
    </message>
    <message>
        <source>changed, then undone</source>
        <comment>a fix&apos;s result</comment>
        <translation>geändert, dann rückgängig gemacht</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Each attempt is listed under &quot;%1&quot;.</source>
        <translation>Jeder Versuch ist unter „%1“ aufgeführt.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <comment>a fix&apos;s attempt, numbered</comment>
        <translation>Versuch</translation>
    </message>
</context>
<context>
    <name>od::SmtpProbe</name>
    <message>
        <source>Enter the name of the outgoing (SMTP) server.</source>
        <translation>Geben Sie den Namen des Postausgangsservers (SMTP) ein.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>Der Servername „%1“ ist nicht gültig.</translation>
    </message>
    <message>
        <source>A setting contains a line break or control character; remove it and try again.</source>
        <translation>Eine Einstellung enthält einen Zeilenumbruch oder ein Steuerzeichen; entfernen Sie es, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password contains a line break; remove it and try again.</source>
        <translation>Das Kennwort enthält einen Zeilenumbruch; entfernen Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Die Absenderadresse „%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Die Empfängeradresse „%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Port 0 cannot be tested.</source>
        <translation>Port 0 kann nicht getestet werden.</translation>
    </message>
    <message>
        <source>Unknown login method &quot;%1&quot;.</source>
        <translation>Unbekanntes Anmeldeverfahren „%1“.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Wartezeiten müssen positiv sein.</translation>
    </message>
    <message>
        <source>Looking up the name took too long.</source>
        <translation>Das Auflösen des Namens hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>Der Name hat keine verwendbare Adresse.</translation>
    </message>
    <message>
        <source>The name %1 has no address that can be reached from here.</source>
        <translation>Der Name %1 hat keine Adresse, die von hier aus erreichbar ist.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer, so the test cannot be sent from it.</source>
        <translation>Die Adresse %1 gehört nicht zu diesem Computer, daher kann der Test nicht von ihr aus gesendet werden.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which cannot be sent in a login; check how it was entered.</source>
        <translation>Das Kennwort enthält ein NUL-Zeichen, das bei einer Anmeldung nicht gesendet werden kann; prüfen Sie, wie es eingegeben wurde.</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break; remove it and try again.</source>
        <translation>Der Betreff der Testnachricht enthält einen Zeilenumbruch; entfernen Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The name could not be looked up: the name servers did not answer, or there is no network.</source>
        <translation>Der Name konnte nicht aufgelöst werden: Die Namensserver haben nicht geantwortet, oder es ist kein Netzwerk vorhanden.</translation>
    </message>
</context>
<context>
    <name>od::SmtpReplyReader</name>
    <message>
        <source>The server sent a line that is far too long.</source>
        <translation>Der Server hat eine viel zu lange Zeile gesendet.</translation>
    </message>
    <message>
        <source>The server sent a reply with far too many lines.</source>
        <translation>Der Server hat eine Antwort mit viel zu vielen Zeilen gesendet.</translation>
    </message>
    <message>
        <source>The server sent a reply that is far too large.</source>
        <translation>Der Server hat eine viel zu große Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation>Der Server hat etwas gesendet, das keine SMTP-Antwort ist.</translation>
    </message>
    <message>
        <source>The server changed its reply code in the middle of a reply.</source>
        <translation>Der Server hat mitten in einer Antwort seinen Antwortcode geändert.</translation>
    </message>
</context>
<context>
    <name>od::SmtpSession</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbindung zum Server herstellen</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS)</source>
        <translation>Verschlüsselung einrichten (SSL/TLS)</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Beim Server vorstellen (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>Beim Server auf die alte Art vorstellen (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>Verschlüsselung anfordern (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption (STARTTLS)</source>
        <translation>Verschlüsselung einrichten (STARTTLS)</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>Erneut vorstellen, verschlüsselt</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Asking whether the sender and recipients are accepted</source>
        <translation>Fragen, ob Absender und Empfänger akzeptiert werden</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Verabschieden</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation>Verbindung zu %1 (%2), Port %3</translation>
    </message>
    <message>
        <source>Cannot send from the address %1: %2</source>
        <translation>Senden von der Adresse %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected from %1</source>
        <translation>Verbunden von %1 aus</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2)</source>
        <translation>Verschlüsselt mit %1 (%2)</translation>
    </message>
    <message>
        <source>The certificate did not pass verification: %1</source>
        <translation>Das Zertifikat hat die Überprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Continuing because you chose to trust the certificate with fingerprint %1</source>
        <translation>Fortgesetzt, weil Sie dem Zertifikat mit dem Fingerabdruck %1 vertrauen</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>Der Server hat die Verbindung ohne Begrüßung geschlossen.</translation>
    </message>
    <message>
        <source>The connection closed while encryption was being set up.</source>
        <translation>Die Verbindung wurde beim Einrichten der Verschlüsselung geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>Der Server hat die Verbindung geschlossen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>No answer to the connection attempt within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort auf den Verbindungsversuch innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort auf den Verbindungsversuch innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not greet within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat sich nicht innerhalb von %n Sekunde gemeldet.</numerusform>
            <numerusform>Der Server hat sich nicht innerhalb von %n Sekunden gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption could not be set up in time.</source>
        <translation>Die Verschlüsselung konnte nicht rechtzeitig eingerichtet werden.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s) (%1).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet (%1).</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored an unexpected reply from the server.</source>
        <translation>Eine unerwartete Antwort des Servers wurde ignoriert.</translation>
    </message>
    <message>
        <source>The server greeted with a refusal.</source>
        <translation>Der Server hat mit einer Ablehnung begrüßt.</translation>
    </message>
    <message>
        <source>The server refused our introduction.</source>
        <translation>Der Server hat unsere Vorstellung abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS), so the test stopped before anything was sent.</source>
        <translation>Der Server bietet keine Verschlüsselung an (STARTTLS), daher wurde der Test beendet, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>The server does not offer encryption, so your password was not sent.</source>
        <translation>Der Server bietet keine Verschlüsselung an, daher wurde Ihr Kennwort nicht gesendet.</translation>
    </message>
    <message>
        <source>The server refused to start encryption.</source>
        <translation>Der Server hat sich geweigert, die Verschlüsselung zu starten.</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n byte(s) the server sent before encryption started.</source>
        <translation>
            <numerusform>%n Byte ignoriert, das der Server vor Beginn der Verschlüsselung gesendet hat.</numerusform>
            <numerusform>%n Byte ignoriert, die der Server vor Beginn der Verschlüsselung gesendet hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not offer to log in here; continuing without logging in.</source>
        <translation>Der Server bietet hier keine Anmeldung an; es wird ohne Anmeldung fortgefahren.</translation>
    </message>
    <message>
        <source>None of the login methods the server offers (%1) can be used; continuing without logging in.</source>
        <translation>Keines der vom Server angebotenen Anmeldeverfahren (%1) kann verwendet werden; es wird ohne Anmeldung fortgefahren.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation>Der Server hat sich geweigert, die Nachricht anzunehmen.</translation>
    </message>
    <message numerus="yes">
        <source>[test message, %n byte(s)]</source>
        <translation>
            <numerusform>[Testnachricht, %n Byte]</numerusform>
            <numerusform>[Testnachricht, %n Byte]</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the sender.</source>
        <translation>Der Server hat den Absender abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused a recipient.</source>
        <translation>Der Server hat einen Empfänger abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Der Server hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation>Die Testnachricht wurde zur Zustellung angenommen.</translation>
    </message>
    <message>
        <source>Test message from Outbox Doctor</source>
        <translation>Testnachricht von Outbox Doctor</translation>
    </message>
    <message>
        <source>This message was sent by Outbox Doctor to check that mail from this account is delivered.
You can delete it.</source>
        <translation>Diese Nachricht wurde von Outbox Doctor gesendet, um zu prüfen, ob E-Mails von diesem Konto zugestellt werden.
Sie können sie löschen.</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>Eine Einstellung enthält einen Zeilenumbruch, daher wurde der Befehl nicht gesendet.</translation>
    </message>
    <message>
        <source>Ignored a reply the server sent without being asked.</source>
        <translation>Eine Antwort, die der Server unaufgefordert gesendet hat, wurde ignoriert.</translation>
    </message>
    <message>
        <source>The server kept asking for more login data.</source>
        <translation>Der Server hat immer weitere Anmeldedaten verlangt.</translation>
    </message>
    <message numerus="yes">
        <source>The server answers so slowly that the test was stopped after %n second(s).</source>
        <translation>
            <numerusform>Der Server antwortet so langsam, dass der Test nach %n Sekunde abgebrochen wurde.</numerusform>
            <numerusform>Der Server antwortet so langsam, dass der Test nach %n Sekunden abgebrochen wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to log in until the other port has logged in</source>
        <translation>Mit der Anmeldung warten, bis der andere Port angemeldet ist</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>Der Name hat keine verwendbare Adresse.</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Not logged in on this port: the server already refused the password on another port.</source>
        <translation>An diesem Port nicht angemeldet: Der Server hat das Kennwort bereits an einem anderen Port abgelehnt.</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, and this server does not offer SMTPUTF8, which such addresses need; nothing was sent. Use an address written in ASCII only.</source>
        <translation>Eine Adresse enthält Nicht-ASCII-Zeichen, und dieser Server bietet kein SMTPUTF8 an, das für solche Adressen nötig ist; es wurde nichts gesendet. Verwenden Sie eine Adresse, die nur aus ASCII-Zeichen besteht.</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break, so the message was not sent.</source>
        <translation>Der Betreff der Testnachricht enthält einen Zeilenumbruch, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it expects SSL/TLS from the start.</source>
        <translation>Der Port hat sich nicht gemeldet; eine zweite Verbindung hat gezeigt, dass er von Anfang an SSL/TLS erwartet.</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it speaks plain SMTP.</source>
        <translation>Der Port hat sich nicht gemeldet; eine zweite Verbindung hat gezeigt, dass er einfaches, unverschlüsseltes SMTP spricht.</translation>
    </message>
    <message>
        <source>Stopped: the verdict was already clear without this port.</source>
        <translation>Abgebrochen: Das Ergebnis stand auch ohne diesen Port schon fest.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection was not permitted</source>
        <translation>Die Verbindung wurde nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>od::StepIndicator</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>od::TestPage</name>
    <message>
        <source>Testing your outgoing server</source>
        <translation>Ihr Postausgangsserver wird getestet</translation>
    </message>
    <message>
        <source>Outbox Doctor talks to the server the way your mail program does, without sending anything.</source>
        <translation>Outbox Doctor spricht mit dem Server so, wie es Ihr E-Mail-Programm tut, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Testing again</source>
        <translation>Erneuter Test</translation>
    </message>
    <message>
        <source>The same test, with the settings of the fix.</source>
        <translation>Derselbe Test, mit den Einstellungen der Lösung.</translation>
    </message>
    <message>
        <source>Sender %1, a recipient at the provider&apos;s own domain and one elsewhere (%2). Each row is one step of the conversation; click a row and show the conversation to see the server&apos;s exact words.</source>
        <translation>Absender %1, ein Empfänger in der eigenen Domäne des Anbieters und einer anderswo (%2). Jede Zeile ist ein Schritt des Dialogs; klicken Sie auf eine Zeile und zeigen Sie den Dialog an, um die genauen Worte des Servers zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Den Test abbrechen</translation>
    </message>
    <message>
        <source>&amp;Repeat test</source>
        <translation>Test wi&amp;ederholen</translation>
    </message>
    <message>
        <source>Repeat the test</source>
        <translation>Den Test wiederholen</translation>
    </message>
    <message>
        <source>&amp;Show certificate…</source>
        <translation>Zerti&amp;fikat anzeigen…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>Das Zertifikat anzeigen und entscheiden, ob Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the test stopped before sending your password. Look at the certificate to decide whether to trust it for this test.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden, daher wurde der Test beendet, bevor Ihr Kennwort gesendet wurde. Sehen Sie sich das Zertifikat an, um zu entscheiden, ob Sie ihm für diesen Test vertrauen.</translation>
    </message>
    <message>
        <source>The test connects to the outgoing server on each likely port at the same time and goes through the steps your mail program would: greeting, encryption, login, sender and two recipients. Nothing is sent. A tick means the step worked, a cross that the server refused or something failed. Click &quot;Show the conversation with the server&quot; to read what was said. &quot;Cancel test&quot; stops it at once; when the result is in, click Next for the explanation.</source>
        <translation>Der Test verbindet sich gleichzeitig auf allen infrage kommenden Ports mit dem Postausgangsserver und durchläuft die Schritte, die Ihr E-Mail-Programm durchlaufen würde: Begrüßung, Verschlüsselung, Anmeldung, Absender und zwei Empfänger. Es wird nichts gesendet. Ein Häkchen bedeutet, dass der Schritt funktioniert hat, ein Kreuz, dass der Server abgelehnt hat oder etwas fehlgeschlagen ist. Klicken Sie auf „Dialog mit dem Server anzeigen“, um nachzulesen, was gesagt wurde. „Test abbrechen“ hält ihn sofort an; wenn das Ergebnis vorliegt, klicken Sie auf „Weiter“, um die Erklärung zu sehen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>The test was cancelled. Click &quot;Repeat test&quot; to run it again.</source>
        <translation>Der Test wurde abgebrochen. Klicken Sie auf „Test wiederholen“, um ihn erneut auszuführen.</translation>
    </message>
    <message>
        <source>It works: %1.</source>
        <translation>Es funktioniert: %1.</translation>
    </message>
    <message>
        <source>Problem found: %1.</source>
        <translation>Problem gefunden: %1.</translation>
    </message>
    <message>
        <source>%1 (still finishing the other ports)</source>
        <translation>%1 (die anderen Ports werden noch abgeschlossen)</translation>
    </message>
    <message>
        <source>Enter the &amp;password again</source>
        <translation>&amp;Kennwort erneut eingeben</translation>
    </message>
    <message>
        <source>Go back and enter the password again</source>
        <translation>Zurückgehen und das Kennwort erneut eingeben</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. It said: %1</source>
        <translation>Der Server hat den Benutzernamen oder das Kennwort nicht akzeptiert. Er antwortete: %1</translation>
    </message>
</context>
<context>
    <name>od::WelcomePage</name>
    <message>
        <source>Welcome to Outbox Doctor</source>
        <translation>Willkommen bei Outbox Doctor</translation>
    </message>
    <message>
        <source>Find out why your outgoing mail is refused, and fix it step by step.</source>
        <translation>Finden Sie heraus, warum Ihre ausgehenden E-Mails abgelehnt werden, und beheben Sie das Problem Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Outbox Doctor tests your outgoing mail server the way your mail program uses it, explains in plain words what goes wrong, and guides you to a setting that works. Nothing is sent to anyone during the test.</source>
        <translation>Outbox Doctor testet Ihren Postausgangsserver so, wie Ihr E-Mail-Programm ihn verwendet, erklärt in einfachen Worten, was schiefgeht, und führt Sie zu einer Einstellung, die funktioniert. Während des Tests wird an niemanden etwas gesendet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>If you got an error message or a returned mail, &amp;paste it here (optional):</source>
        <translation>Wenn Sie eine Fehlermeldung oder eine zurückgekommene E-Mail erhalten haben, fügen Sie sie hier &amp;ein (optional):</translation>
    </message>
    <message>
        <source>Pasted error message</source>
        <translation>Eingefügte Fehlermeldung</translation>
    </message>
    <message>
        <source>For example: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</source>
        <translation>Zum Beispiel: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</translation>
    </message>
    <message>
        <source>No server reply found in this text yet. You can go on without it.</source>
        <translation>In diesem Text wurde noch keine Antwort eines Servers gefunden. Sie können auch ohne sie fortfahren.</translation>
    </message>
    <message>
        <source>This looks like: %1
%2
The server said: &quot;%3&quot;</source>
        <translation>Vermutliche Ursache: %1
%2
Der Server antwortete: „%3“</translation>
    </message>
    <message>
        <source>This looks like: %1
%2</source>
        <translation>Vermutliche Ursache: %1
%2</translation>
    </message>
    <message>
        <source>Not sure what went wrong: this message does not say it clearly enough. The test on the next pages will find out.
The server said: &quot;%1&quot;</source>
        <translation>Nicht sicher, was schiefgegangen ist: Diese Meldung sagt es nicht deutlich genug. Der Test auf den nächsten Seiten findet es heraus.
Der Server antwortete: „%1“</translation>
    </message>
    <message>
        <source>Where are you right now? Choose one to start:</source>
        <translation>Wo sind Sie gerade? Wählen Sie eine Antwort, um zu beginnen:</translation>
    </message>
    <message>
        <source>At h&amp;ome, on my provider&apos;s connection</source>
        <translation>Zu H&amp;ause, über die Verbindung meines Anbieters</translation>
    </message>
    <message>
        <source>Your internet connection comes from the provider whose mail address you use.</source>
        <translation>Ihre Internetverbindung stammt von dem Anbieter, dessen E-Mail-Adresse Sie verwenden.</translation>
    </message>
    <message>
        <source>At &amp;work or in an office</source>
        <translation>Bei der Ar&amp;beit oder in einem Büro</translation>
    </message>
    <message>
        <source>On your company&apos;s or organisation&apos;s network.</source>
        <translation>Im Netzwerk Ihrer Firma oder Organisation.</translation>
    </message>
    <message>
        <source>&amp;Travelling or on someone else&apos;s network</source>
        <translation>&amp;Unterwegs oder im Netzwerk eines anderen</translation>
    </message>
    <message>
        <source>A hotel, an airport, a café, a mobile hotspot, a friend&apos;s Wi-Fi.</source>
        <translation>Ein Hotel, ein Flughafen, ein Café, ein mobiler Hotspot, das WLAN eines Bekannten.</translation>
    </message>
    <message>
        <source>Not &amp;sure</source>
        <comment>location</comment>
        <translation>&amp;Nicht sicher</translation>
    </message>
    <message>
        <source>Outbox Doctor will find out what the server accepts from here.</source>
        <translation>Outbox Doctor findet heraus, was der Server von hier aus annimmt.</translation>
    </message>
    <message>
        <source>Choose the language you want to use. If your mail program showed an error, or a message came back to you, copy its text and paste it into the box: Outbox Doctor reads the server&apos;s answer in it and tells you what it means. Then choose where you are: mail servers accept mail for other domains only from their own network or from users who log in, so the network you are on matters. If you are not sure, choose &quot;Not sure&quot;.</source>
        <translation>Wählen Sie die Sprache, die Sie verwenden möchten. Wenn Ihr E-Mail-Programm einen Fehler gemeldet hat oder eine Nachricht zu Ihnen zurückgekommen ist, kopieren Sie deren Text und fügen Sie ihn in das Feld ein: Outbox Doctor liest die Antwort des Servers darin und erklärt Ihnen, was sie bedeutet. Wählen Sie dann, wo Sie sind: Mailserver nehmen E-Mails für andere Domänen nur aus ihrem eigenen Netzwerk oder von Benutzern an, die sich anmelden – deshalb kommt es auf das Netzwerk an, in dem Sie sich befinden. Wenn Sie unsicher sind, wählen Sie „Nicht sicher“.</translation>
    </message>
</context>
<context>
    <name>od::WizardState</name>
    <message>
        <source>no change of the mail program&apos;s settings to undo.</source>
        <translation>keine Änderung an den Einstellungen des E-Mail-Programms, die rückgängig gemacht werden könnte.</translation>
    </message>
</context>
<context>
    <name>od::WizardTexts</name>
    <message>
        <source>Looking up the server&apos;s address</source>
        <translation>Adresse des Servers ermitteln</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbindung zum Server herstellen</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS) and checking the certificate</source>
        <translation>Verschlüsselung einrichten (SSL/TLS) und Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Beim Server vorstellen (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>Beim Server auf die alte Art vorstellen (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>Verschlüsselung anfordern (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption and checking the certificate</source>
        <translation>Verschlüsselung einrichten und Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>Erneut vorstellen, verschlüsselt</translation>
    </message>
    <message>
        <source>Logging in with your user name and password</source>
        <translation>Mit Ihrem Benutzernamen und Kennwort anmelden</translation>
    </message>
    <message>
        <source>Giving your address as the sender</source>
        <translation>Ihre Adresse als Absender angeben</translation>
    </message>
    <message>
        <source>Asking to send to the provider&apos;s own postmaster</source>
        <translation>Anfragen, ob an den Postmaster des Anbieters gesendet werden darf</translation>
    </message>
    <message>
        <source>Asking to send to an address elsewhere</source>
        <translation>Anfragen, ob an eine Adresse anderswo gesendet werden darf</translation>
    </message>
    <message>
        <source>Cancelling the test message (nothing is sent)</source>
        <translation>Testnachricht verwerfen (es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>Starting the test message</source>
        <translation>Testnachricht beginnen</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Verabschieden</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server first</source>
        <translation>Zuerst am Posteingangsserver anmelden</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>connection security</comment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>connection security</comment>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>connection security</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>connection security</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>At home, on your provider&apos;s connection</source>
        <translation>Zu Hause, über die Verbindung Ihres Anbieters</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>Bei der Arbeit, im Büronetzwerk</translation>
    </message>
    <message>
        <source>Travelling, on someone else&apos;s network</source>
        <translation>Unterwegs, im Netzwerk eines anderen</translation>
    </message>
    <message>
        <source>Not sure where</source>
        <translation>Nicht sicher, wo</translation>
    </message>
    <message>
        <source>It was not issued by an authority this computer trusts.</source>
        <translation>Es wurde nicht von einer Stelle ausgestellt, der dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>It is self-signed: the server vouches for itself.</source>
        <translation>Es ist selbstsigniert: Der Server bürgt für sich selbst.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation>Es ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>It was issued for a different server name. Someone on this network may be intercepting the connection.</source>
        <translation>Es wurde für einen anderen Servernamen ausgestellt. Möglicherweise fängt jemand in diesem Netzwerk die Verbindung ab.</translation>
    </message>
    <message>
        <source>It has been revoked by the authority that issued it.</source>
        <translation>Es wurde von der ausstellenden Stelle widerrufen.</translation>
    </message>
    <message>
        <source>It failed another check.</source>
        <translation>Es hat eine andere Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>port %1 (%2)</source>
        <comment>port number (its connection security)</comment>
        <translation>Port %1 (%2)</translation>
    </message>
    <message>
        <source>ports 587, 465 and 25</source>
        <comment>the ports tested when none was given</comment>
        <translation>Ports 587, 465 und 25</translation>
    </message>
    <message>
        <source>%1, %2, logged in as %3</source>
        <comment>server, port (security), user name</comment>
        <translation>%1, %2, angemeldet als %3</translation>
    </message>
    <message>
        <source>%1, %2, login as %3 not completed</source>
        <comment>server, port (security), user name</comment>
        <translation>%1, %2, Anmeldung als %3 nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1, %2, no login</source>
        <comment>server, port (security)</comment>
        <translation>%1, %2, ohne Anmeldung</translation>
    </message>
    <message>
        <source>%1 through %2, %3, logged in as %4</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 über %2, %3, angemeldet als %4</translation>
    </message>
    <message>
        <source>%1 through %2, %3, login as %4 not completed</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 über %2, %3, Anmeldung als %4 nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 through %2, %3, no login</source>
        <comment>sender address, server, port (security)</comment>
        <translation>%1 über %2, %3, ohne Anmeldung</translation>
    </message>
    <message>
        <source>Result: mail sent this way would be delivered.</source>
        <translation>Ergebnis: Auf diesem Weg gesendete E-Mails würden zugestellt.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <comment>the cause the test found</comment>
        <translation>Ergebnis: %1.</translation>
    </message>
</context>
</TS>
