<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Kan het wachtwoordbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Outbox Doctor tested %1</source>
        <translation>Outbox Doctor heeft %1 getest</translation>
    </message>
    <message>
        <source>The name resolves to: %1</source>
        <translation>De naam verwijst naar: %1</translation>
    </message>
    <message>
        <source>The name could not be resolved: %1</source>
        <translation>De naam kon niet worden opgezocht: %1</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3) %1 port %2</source>
        <translation>Inkomende server (POP3) %1 poort %2</translation>
    </message>
    <message>
        <source>Port %1 (%2) at %3: %4</source>
        <translation>Poort %1 (%2) op %3: %4</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>Conclusie: %1 [%2]</translation>
    </message>
    <message>
        <source>Based on port %1.</source>
        <translation>Gebaseerd op poort %1.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>De server antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat u kunt doen:</translation>
    </message>
    <message>
        <source>Tests an outgoing mail (SMTP) account and explains the result. Nothing is sent unless --send is given.</source>
        <translation>Test een account voor uitgaande e-mail (SMTP) en legt de uitkomst uit. Er wordt niets verzonden, tenzij --send is opgegeven.</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server.</source>
        <translation>De uitgaande server (SMTP).</translation>
    </message>
    <message>
        <source>Port to test, optionally with its security (587:starttls). Repeatable. Default: 587, 465 and 25 in parallel.</source>
        <translation>Te testen poort, eventueel met de beveiliging erbij (587:starttls). Herhaalbaar. Standaard: 587, 465 en 25 tegelijk.</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none.</source>
        <translation>auto, starttls, tls of none.</translation>
    </message>
    <message>
        <source>The sender address to test.</source>
        <translation>Het afzenderadres dat moet worden getest.</translation>
    </message>
    <message>
        <source>A recipient in another domain (repeatable).</source>
        <translation>Een geadresseerde in een ander domein (herhaalbaar).</translation>
    </message>
    <message>
        <source>User name for logging in.</source>
        <translation>Gebruikersnaam om mee aan te melden.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Het wachtwoord lezen uit de eerste regel van dit bestand.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Het wachtwoord lezen uit deze omgevingsvariabele.</translation>
    </message>
    <message>
        <source>Log in with the OAuth 2 access token in this file (XOAUTH2).</source>
        <translation>Aanmelden met het OAuth 2-toegangstoken in dit bestand (XOAUTH2).</translation>
    </message>
    <message>
        <source>Login method: plain, login, cram-md5 or xoauth2 (default: the strongest offered).</source>
        <translation>Aanmeldmethode: plain, login, cram-md5 of xoauth2 (standaard: de sterkste die wordt aangeboden).</translation>
    </message>
    <message>
        <source>Connect from this local address.</source>
        <translation>Verbinding maken vanaf dit lokale adres.</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown.</source>
        <translation>Waar u bent: home (thuis), work (werk), travel (onderweg) of unknown (onbekend).</translation>
    </message>
    <message>
        <source>Log in to this POP3 server first (POP-before-SMTP).</source>
        <translation>Eerst aanmelden bij deze POP3-server (POP-before-SMTP).</translation>
    </message>
    <message>
        <source>POP3 port (default 110, or 995 with tls).</source>
        <translation>POP3-poort (standaard 110, of 995 bij tls).</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none for POP3.</source>
        <translation>auto, starttls, tls of none voor POP3.</translation>
    </message>
    <message>
        <source>POP3 user name (default: --user).</source>
        <translation>POP3-gebruikersnaam (standaard: --user).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Ook de certificeringsinstanties in dit PEM-bestand vertrouwen.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this test.</source>
        <translation>Het certificaat met deze SHA-256-vingerafdruk vertrouwen voor deze test.</translation>
    </message>
    <message>
        <source>Name to introduce ourselves with (default: our address).</source>
        <translation>Naam waarmee we ons voorstellen (standaard: ons adres).</translation>
    </message>
    <message>
        <source>Really send a short test message to the --to recipients.</source>
        <translation>Echt een kort testbericht verzenden naar de --to-geadresseerden.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation>Aantal seconden wachten op elk antwoord (standaard 20).</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>Ook een rapport schrijven (.html, .pdf of .txt).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>De uitkomst als JSON weergeven.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host is verplicht.</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot;.</source>
        <translation>Onbekende beveiligingsmodus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation>Ongeldige poort &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>De omgevingsvariabele %1 is niet ingesteld.</translation>
    </message>
    <message>
        <source>A password was given without --user.</source>
        <translation>Er is een wachtwoord opgegeven zonder --user.</translation>
    </message>
    <message>
        <source>Invalid source address &quot;%1&quot;.</source>
        <translation>Ongeldig bronadres &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;; use home, work, travel or unknown.</source>
        <translation>Onbekende locatie &quot;%1&quot;; gebruik home, work, travel of unknown.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Uit %1 kon geen certificaat worden gelezen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint.</source>
        <translation>&quot;%1&quot; is geen SHA-256-vingerafdruk.</translation>
    </message>
    <message>
        <source>--send needs at least one --to recipient.</source>
        <translation>Voor --send is minstens één --to-geadresseerde nodig.</translation>
    </message>
    <message>
        <source>Invalid timeout &quot;%1&quot;.</source>
        <translation>Ongeldige time-out &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>Het rapportbestand moet eindigen op .html, .pdf of .txt: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport opgeslagen in %1</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>Vervang in het rapport e-mailadressen en servernamen door plaatsaanduidingen (voor openbare forums).</translation>
    </message>
    <message>
        <source>Port %1 (%2): stopped, the verdict was already clear without it</source>
        <translation>Poort %1 (%2): gestopt, de conclusie stond al vast zonder deze poort</translation>
    </message>
    <message>
        <source>  A second connection with %1 was answered: this port speaks %1.</source>
        <translation>  Een tweede verbinding met %1 kreeg wel antwoord: deze poort gebruikt %1.</translation>
    </message>
    <message>
        <source>  A second connection with %1 was not answered either.</source>
        <translation>  Ook een tweede verbinding met %1 kreeg geen antwoord.</translation>
    </message>
    <message>
        <source>Port %1 expects %2, not %3: set the connection security to %2.</source>
        <translation>Poort %1 verwacht %2, niet %3: stel de verbindingsbeveiliging in op %2.</translation>
    </message>
    <message>
        <source>Wait for every port&apos;s own result, even when the verdict is clear earlier.</source>
        <translation>Wachten op de eigen uitkomst van elke poort, ook als de conclusie al eerder vaststaat.</translation>
    </message>
</context>
<context>
    <name>od::AccountKindChooser</name>
    <message>
        <source>Whose mail account is it?</source>
        <translation>Welk e-mailaccount is het?</translation>
    </message>
    <message>
        <source>My home prov&amp;ider&apos;s mail account</source>
        <translation>Het e-mailaccount bi&amp;j mijn provider thuis</translation>
    </message>
    <message>
        <source>My wo&amp;rk account</source>
        <translation>Mijn wer&amp;kaccount</translation>
    </message>
    <message>
        <source>Another account, &amp;for example webmail or your own domain</source>
        <translation>Een ander account, bijvoorbeeld webmail o&amp;f uw eigen domein</translation>
    </message>
</context>
<context>
    <name>od::AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Uw account</translation>
    </message>
    <message>
        <source>Pick the account from your mail program, or type its settings as your mail program has them.</source>
        <translation>Kies het account uit uw e-mailprogramma, of typ de instellingen over zoals ze in uw e-mailprogramma staan.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account found on this computer</source>
        <translation>Account dat op deze computer is gevonden</translation>
    </message>
    <message>
        <source>Type the settings myself</source>
        <translation>Instellingen zelf invoeren</translation>
    </message>
    <message>
        <source>%1 (%2, in %3)</source>
        <translation>%1 (%2, in %3)</translation>
    </message>
    <message>
        <source>Who sends</source>
        <comment>group of sender settings</comment>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>E-mail a&amp;ddress:</source>
        <translation>E-&amp;mailadres:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Rep&amp;ly-to address:</source>
        <translation>Antwoor&amp;dadres:</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwoordadres</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Uitgaande server (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Outgoing server name</source>
        <translation>Naam van de uitgaande server</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>Poort van de uitgaande server</translation>
    </message>
    <message>
        <source>Automatic (587, 465 and 25)</source>
        <translation>Automatisch (587, 465 en 25)</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Vers&amp;leuteling:</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>Versleuteling van de uitgaande server</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>group of login settings</comment>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Ve&amp;rificatie:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>None: the server does not ask for a login</source>
        <translation>Geen: de server vraagt niet om aanmelding</translation>
    </message>
    <message>
        <source>Password (the best method the server offers)</source>
        <translation>Wachtwoord (de beste methode die de server aanbiedt)</translation>
    </message>
    <message>
        <source>Password, PLAIN</source>
        <translation>Wachtwoord, PLAIN</translation>
    </message>
    <message>
        <source>Password, LOGIN</source>
        <translation>Wachtwoord, LOGIN</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Versleuteld wachtwoord (CRAM-MD5)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Wachtwoord onthouden in de wachtwoordkluis van het s&amp;ysteem</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Wachtwoord onthouden in de wachtwoordkluis van het systeem</translation>
    </message>
    <message>
        <source>Otherwise the password is kept in memory only and forgotten when you close Outbox Doctor.</source>
        <translation>Anders wordt het wachtwoord alleen in het geheugen bewaard en vergeten zodra u Outbox Doctor sluit.</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory only.</source>
        <translation>Er is geen wachtwoordkluis van het systeem beschikbaar: het wachtwoord wordt alleen in het geheugen bewaard.</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Inkomende server</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>&amp;Inkomende server:</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>Naam van de inkomende server</translation>
    </message>
    <message>
        <source>pop.example.com</source>
        <translation>pop.example.com</translation>
    </message>
    <message>
        <source>Check incoming mail (&amp;POP3) before sending</source>
        <translation>Vóór het verzenden inkomende e-mail ophalen (&amp;POP3)</translation>
    </message>
    <message>
        <source>Log in to the incoming server before sending</source>
        <translation>Vóór het verzenden aanmelden bij de inkomende server</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>Poort van de inkomende server</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>Automatisch (110 of 995)</translation>
    </message>
    <message>
        <source>Incoming &amp;encryption:</source>
        <translation>Inkomende versle&amp;uteling:</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>Versleuteling van de inkomende server</translation>
    </message>
    <message>
        <source>Ad&amp;vanced options</source>
        <translation>Geavan&amp;ceerde opties</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Geavanceerde opties</translation>
    </message>
    <message>
        <source>Address you tr&amp;ied to write to:</source>
        <translation>Adres waarnaar u pro&amp;beerde te mailen:</translation>
    </message>
    <message>
        <source>Address you tried to write to</source>
        <translation>Adres waarnaar u probeerde te mailen</translation>
    </message>
    <message>
        <source>optional; a test address is used otherwise</source>
        <translation>optioneel; anders wordt een testadres gebruikt</translation>
    </message>
    <message>
        <source>Local address to send from</source>
        <translation>Lokaal adres om vanaf te verzenden</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>door het systeem gekozen</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Bestand met extra vertrouwde certificeringsinstantie</translation>
    </message>
    <message>
        <source>If your mail program was found on this computer, pick the account in the list at the top and check the settings. Otherwise copy them from your mail program&apos;s account settings: your e-mail address, the outgoing (SMTP) server with its port and encryption, and whether it asks for a user name and password. Leave the port on &quot;Automatic&quot; if you don&apos;t know it: the usual ports are tested at once. Your password is only kept in memory, unless you ask for it to be remembered in the system keychain.</source>
        <translation>Als uw e-mailprogramma op deze computer is gevonden, kiest u het account in de lijst bovenaan en controleert u de instellingen. Neem ze anders over uit de accountinstellingen van uw e-mailprogramma: uw e-mailadres, de uitgaande server (SMTP) met poort en versleuteling, en of daarvoor een gebruikersnaam en wachtwoord nodig zijn. Weet u de poort niet, laat die dan op &quot;Automatisch&quot; staan: de gebruikelijke poorten worden tegelijk getest. Uw wachtwoord wordt alleen in het geheugen bewaard, tenzij u vraagt om het te onthouden in de wachtwoordkluis van het systeem.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Vul uw e-mailadres in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>&quot;%1&quot; lijkt geen e-mailadres te zijn.</translation>
    </message>
    <message>
        <source>The reply-to address does not look like an e-mail address.</source>
        <translation>Het antwoordadres lijkt geen e-mailadres te zijn.</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server&apos;s name, as your mail program has it.</source>
        <translation>Vul de naam van de uitgaande server (SMTP) in, zoals die in uw e-mailprogramma staat.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Een servernaam mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>Enter the user name for the login, or set authentication to &quot;None&quot;.</source>
        <translation>Vul de gebruikersnaam voor de aanmelding in, of zet Verificatie op &quot;Geen&quot;.</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name to check mail before sending.</source>
        <translation>Vul de naam van de inkomende server in om vóór het verzenden e-mail op te halen.</translation>
    </message>
    <message>
        <source>The local address is not an IP address.</source>
        <translation>Het lokale adres is geen IP-adres.</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>port</comment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, no login</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · verzendt via %3, poort %4, zonder aanmelden</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, logs in as %5</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · verzendt via %3, poort %4, meldt zich aan als %5</translation>
    </message>
    <message>
        <source>Chan&amp;ge settings…</source>
        <translation>Instellingen wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Change the settings of this account</source>
        <translation>De instellingen van dit account wijzigen</translation>
    </message>
    <message>
        <source>Enter the password of this account: the test logs in with it (it is kept in memory only).</source>
        <translation>Voer het wachtwoord van dit account in: de test meldt zich daarmee aan (het wordt alleen in het geheugen bewaard).</translation>
    </message>
    <message>
        <source>Next tests sending from this account the way your mail program does. Nothing is sent.</source>
        <translation>Volgende test het verzenden vanaf dit account zoals uw e-mailprogramma dat doet. Er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Het wachtwoord kon niet worden opgeslagen in de wachtwoordkluis van het systeem: %1</translation>
    </message>
    <message>
        <source>The saved password could not be read from the system keychain: %1</source>
        <translation>Het opgeslagen wachtwoord kon niet worden gelezen uit de wachtwoordkluis van het systeem: %1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>Het opgeslagen wachtwoord kon niet worden verwijderd uit de wachtwoordkluis van het systeem: %1</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Wachtwoordkluis van het systeem</translation>
    </message>
    <message>
        <source>Looking for your mail programs&apos; settings…</source>
        <translation>Bezig met zoeken naar de instellingen van uw e-mailprogramma&apos;s…</translation>
    </message>
    <message>
        <source>Next is available once the search has finished, or once you type the settings below.</source>
        <translation>Volgende is beschikbaar zodra het zoeken klaar is, of zodra u hieronder de instellingen typt.</translation>
    </message>
    <message>
        <source>Incomin&amp;g port:</source>
        <translation>Inkom&amp;ende poort:</translation>
    </message>
    <message>
        <source>Send &amp;from local address (IP):</source>
        <translation>Ver&amp;zenden vanaf lokaal adres (IP):</translation>
    </message>
    <message>
        <source>E&amp;xtra trusted certificate authority (PEM file):</source>
        <translation>E&amp;xtra vertrouwde certificeringsinstantie (PEM-bestand):</translation>
    </message>
</context>
<context>
    <name>od::Accounts</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a mail client&apos;s settings file.</source>
        <translation>%1: het bestand is te groot voor een instellingenbestand van een e-mailprogramma.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no mail client settings were recognised in this folder.</source>
        <translation>%1: in deze map zijn geen instellingen van een e-mailprogramma herkend.</translation>
    </message>
    <message>
        <source>The format of this file was not recognised as the settings of a supported mail client.</source>
        <translation>De indeling van dit bestand is niet herkend als de instellingen van een ondersteund e-mailprogramma.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>No mail accounts were found.</source>
        <translation>Er zijn geen e-mailaccounts gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <translation>
            <numerusform>%n account gevonden.</numerusform>
            <numerusform>%n accounts gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Reply-to: %1</source>
        <translation>Antwoordadres: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>SMTP server: %1, port %2, security %3</source>
        <translation>SMTP-server: %1, poort %2, beveiliging %3</translation>
    </message>
    <message>
        <source>Authentication: %1, user name: %2</source>
        <translation>Verificatie: %1, gebruikersnaam: %2</translation>
    </message>
    <message>
        <source>Incoming: %1 %2, user name: %3</source>
        <translation>Inkomend: %1 %2, gebruikersnaam: %3</translation>
    </message>
    <message>
        <source>Logs on to the incoming server before sending (POP before SMTP).</source>
        <translation>Meldt zich vóór het verzenden aan bij de inkomende server (POP vóór SMTP).</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Gelezen uit: %1</translation>
    </message>
    <message>
        <source>List the SMTP settings found in the mail clients here.</source>
        <translation>De SMTP-instellingen tonen die in de e-mailprogramma&apos;s op deze computer zijn gevonden.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON weergeven.</translation>
    </message>
    <message>
        <source>Read one settings file of any supported client.</source>
        <translation>Eén instellingenbestand van een ondersteund e-mailprogramma lezen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Scan this folder as the home folder.</source>
        <translation>Deze map doorzoeken alsof het de thuismap is.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>The mail payload &quot;%1&quot; leaves the outgoing server empty (it is asked for when the profile is installed).</source>
        <translation>In de e-mailpayload &quot;%1&quot; is de uitgaande server leeg (daar wordt om gevraagd wanneer het profiel wordt geïnstalleerd).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; refers to an outgoing server that is not in the file.</source>
        <translation>Account &quot;%1&quot; verwijst naar een uitgaande server die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>The file is too large to be a mail client&apos;s settings file.</source>
        <translation>Het bestand is te groot voor een instellingenbestand van een e-mailprogramma.</translation>
    </message>
    <message>
        <source>This is not a property list with mail accounts.</source>
        <translation>Dit is geen eigenschappenlijst met e-mailaccounts.</translation>
    </message>
    <message>
        <source>The file contains invalid UTF-16 sequences.</source>
        <translation>Het bestand bevat ongeldige UTF-16-reeksen.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text settings.</source>
        <translation>Het bestand bevat binaire gegevens, geen instellingen in tekstvorm.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation>Het bestand is geen geldige UTF-8; het is gelezen als Latin-1.</translation>
    </message>
    <message>
        <source>Line %1: a broken group header was skipped.</source>
        <translation>Regel %1: een beschadigde groepskop is overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1: a line without &quot;key=value&quot; was skipped.</source>
        <translation>Regel %1: een regel zonder &quot;sleutel=waarde&quot; is overgeslagen.</translation>
    </message>
    <message>
        <source>KMail transport &quot;%1&quot; is not an SMTP transport.</source>
        <translation>KMail-transport &quot;%1&quot; is geen SMTP-transport.</translation>
    </message>
    <message>
        <source>Identity &quot;%1&quot; refers to transport %2, which does not exist; the default transport is used.</source>
        <translation>Identiteit &quot;%1&quot; verwijst naar transport %2, dat niet bestaat; het standaardtransport wordt gebruikt.</translation>
    </message>
    <message>
        <source>This is not a KMail mailtransports or emailidentities file.</source>
        <translation>Dit is geen mailtransports- of emailidentities-bestand van KMail.</translation>
    </message>
    <message>
        <source>Identity %1 sends through transport %2, whose file was not found.</source>
        <translation>Identiteit %1 verzendt via transport %2, maar het bestand daarvan is niet gevonden.</translation>
    </message>
    <message>
        <source>No Evolution source file could be read.</source>
        <translation>Er kon geen bronbestand van Evolution worden gelezen.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; hands mail to the program &quot;%2&quot; instead of an SMTP server.</source>
        <translation>Account &quot;%1&quot; geeft e-mail door aan het programma &quot;%2&quot; in plaats van aan een SMTP-server.</translation>
    </message>
    <message>
        <source>This is not a Claws Mail accountrc file.</source>
        <translation>Dit is geen accountrc-bestand van Claws Mail.</translation>
    </message>
    <message>
        <source>Line %1: a line that is not an msmtp command was skipped.</source>
        <translation>Regel %1: een regel die geen msmtp-opdracht is, is overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1: an account without a name was skipped.</source>
        <translation>Regel %1: een account zonder naam is overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1: a broken section header was skipped.</source>
        <translation>Regel %1: een beschadigde sectiekop is overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1: a value outside any section was skipped.</source>
        <translation>Regel %1: een waarde buiten een sectie is overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1: a line that could not be read was skipped.</source>
        <translation>Regel %1: een onleesbare regel is overgeslagen.</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot; has no SMTP server (an Exchange or Microsoft 365 account?).</source>
        <translation>Outlook-account &quot;%1&quot; heeft geen SMTP-server (een Exchange- of Microsoft 365-account?).</translation>
    </message>
    <message>
        <source>prefs.js line %1: a statement that could not be read was skipped.</source>
        <translation>prefs.js regel %1: een onleesbare opdracht is overgeslagen.</translation>
    </message>
    <message>
        <source>This is not a registry export (.reg) file.</source>
        <translation>Dit is geen registerexportbestand (.reg).</translation>
    </message>
    <message>
        <source>Line %1: a broken key header was skipped.</source>
        <translation>Regel %1: een beschadigde sleutelkop is overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1: a value outside any key was skipped.</source>
        <translation>Regel %1: een waarde buiten een sleutel is overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1: a value that could not be read was skipped.</source>
        <translation>Regel %1: een onleesbare waarde is overgeslagen.</translation>
    </message>
    <message>
        <source>Settings before the first &quot;account&quot; or &quot;defaults&quot; line are ignored by msmtp.</source>
        <translation>Instellingen vóór de eerste regel &quot;account&quot; of &quot;defaults&quot; worden door msmtp genegeerd.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; inherits from &quot;%2&quot;, which is not defined before it.</source>
        <translation>Account &quot;%1&quot; neemt instellingen over van &quot;%2&quot;, maar dat is niet eerder gedefinieerd.</translation>
    </message>
    <message>
        <source>This is not an msmtp configuration file.</source>
        <translation>Dit is geen configuratiebestand van msmtp.</translation>
    </message>
    <message>
        <source>msmtp account &quot;%1&quot; has no host.</source>
        <translation>msmtp-account &quot;%1&quot; heeft geen host.</translation>
    </message>
    <message>
        <source>No smtp_url or from address was found in this Mutt/NeoMutt file.</source>
        <translation>In dit Mutt/NeoMutt-bestand is geen smtp_url of from-adres gevonden.</translation>
    </message>
    <message>
        <source>The smtp_url &quot;%1&quot; could not be read.</source>
        <translation>De smtp_url &quot;%1&quot; kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>This is not a git configuration file.</source>
        <translation>Dit is geen git-configuratiebestand.</translation>
    </message>
    <message>
        <source>git send-email hands mail to the program &quot;%1&quot; instead of an SMTP server.</source>
        <translation>git send-email geeft e-mail door aan het programma &quot;%1&quot; in plaats van aan een SMTP-server.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
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
        <translation>Windows-registerexport (Outlook)</translation>
    </message>
    <message>
        <source>Apple property list</source>
        <translation>Apple-eigenschappenlijst</translation>
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
        <translation>Evolution-bron</translation>
    </message>
    <message>
        <source>Claws Mail accountrc</source>
        <translation>Claws Mail accountrc</translation>
    </message>
    <message>
        <source>msmtp configuration</source>
        <translation>msmtp-configuratie</translation>
    </message>
    <message>
        <source>Mutt/NeoMutt configuration</source>
        <translation>Mutt/NeoMutt-configuratie</translation>
    </message>
    <message>
        <source>git configuration</source>
        <translation>git-configuratie</translation>
    </message>
    <message>
        <source>This is not a Thunderbird prefs.js file.</source>
        <translation>Dit is geen prefs.js-bestand van Thunderbird.</translation>
    </message>
    <message>
        <source>Outgoing server &quot;%1&quot; sends through %2, not SMTP.</source>
        <translation>Uitgaande server &quot;%1&quot; verzendt via %2, niet via SMTP.</translation>
    </message>
    <message>
        <source>Identity %1 refers to outgoing server &quot;%2&quot;, which does not exist; the default server is used.</source>
        <translation>Identiteit %1 verwijst naar uitgaande server &quot;%2&quot;, die niet bestaat; de standaardserver wordt gebruikt.</translation>
    </message>
    <message>
        <source>Outgoing server name &quot;%1&quot; is not a valid host name.</source>
        <translation>De naam van de uitgaande server, &quot;%1&quot;, is geen geldige hostnaam.</translation>
    </message>
    <message>
        <source>The autoconfig document is too large.</source>
        <translation>Het autoconfig-document is te groot.</translation>
    </message>
    <message>
        <source>This is not an autoconfig (clientConfig) document.</source>
        <translation>Dit is geen autoconfig-document (clientConfig).</translation>
    </message>
    <message>
        <source>Settings of this mail client cannot be changed automatically; follow the instructions instead.</source>
        <translation>De instellingen van dit e-mailprogramma kunnen niet automatisch worden gewijzigd; volg in plaats daarvan de instructies.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Er valt niets te wijzigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>&quot;%1&quot; is geen geldige servernaam.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>De poort moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
        <source>Choose a connection security: none, STARTTLS or SSL/TLS.</source>
        <translation>Kies een verbindingsbeveiliging: geen, STARTTLS of SSL/TLS.</translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;.</source>
        <translation>Onbekende verificatiemethode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>A value may not contain a line break.</source>
        <translation>Een waarde mag geen regeleinde bevatten.</translation>
    </message>
    <message>
        <source>This client has no reply-to setting.</source>
        <translation>Dit e-mailprogramma heeft geen instelling voor een antwoordadres.</translation>
    </message>
    <message>
        <source>This account has no outgoing server entry to change.</source>
        <translation>Dit account heeft geen vermelding voor een uitgaande server die kan worden gewijzigd.</translation>
    </message>
    <message>
        <source>This entry is an outgoing server without an identity; there is no address to change.</source>
        <translation>Deze vermelding is een uitgaande server zonder identiteit; er is geen adres om te wijzigen.</translation>
    </message>
    <message>
        <source>The KMail identities file was not found.</source>
        <translation>Het identiteitenbestand van KMail is niet gevonden.</translation>
    </message>
    <message>
        <source>This old profile has no outgoing server entry for port, security or authentication.</source>
        <translation>Dit oude profiel heeft geen vermelding voor de uitgaande server met poort, beveiliging of verificatie.</translation>
    </message>
    <message>
        <source>This outgoing server is not an SMTP server.</source>
        <translation>Deze uitgaande server is geen SMTP-server.</translation>
    </message>
    <message>
        <source>The msmtp account &quot;%1&quot; was not found in the file.</source>
        <translation>Het msmtp-account &quot;%1&quot; is niet in het bestand gevonden.</translation>
    </message>
    <message>
        <source>The group [%1] was not found in the file.</source>
        <translation>De groep [%1] is niet in het bestand gevonden.</translation>
    </message>
    <message>
        <source>KMail transport %1 was not found.</source>
        <translation>KMail-transport %1 is niet gevonden.</translation>
    </message>
    <message>
        <source>Thunderbird is running with this profile. Close Thunderbird and try again.</source>
        <translation>Thunderbird is geopend met dit profiel. Sluit Thunderbird en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kan niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a settings file.</source>
        <translation>%1 is te groot voor een instellingenbestand.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; it is left untouched.</source>
        <translation>%1 is geen geldige UTF-8; het bestand blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 is not a backup made by Outbox Doctor.</source>
        <translation>%1 is geen reservekopie die door Outbox Doctor is gemaakt.</translation>
    </message>
    <message>
        <source>KMail or another KDE PIM program is running (process %1). Close KMail and Kontact and stop Akonadi (akonadictl stop), then try again: otherwise they would write their old settings back.</source>
        <translation>KMail of een ander KDE PIM-programma is geopend (proces %1). Sluit KMail en Kontact en stop Akonadi (akonadictl stop), en probeer het dan opnieuw: anders schrijven ze hun oude instellingen terug.</translation>
    </message>
    <message>
        <source>Thunderbird is running (process %1). Close Thunderbird and try again: it writes its settings back when it closes.</source>
        <translation>Thunderbird is geopend (proces %1). Sluit Thunderbird en probeer het opnieuw: het schrijft zijn instellingen terug bij het afsluiten.</translation>
    </message>
    <message>
        <source>%1 changed since it was read (another program wrote to it). Nothing was changed; read the settings again and retry.</source>
        <translation>%1 is gewijzigd sinds het werd gelezen (een ander programma heeft erin geschreven). Er is niets gewijzigd; lees de instellingen opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The owner of %1 cannot be set (%2).</source>
        <translation>De eigenaar van %1 kan niet worden ingesteld (%2).</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept.</source>
        <translation>De rechten van %1 kunnen niet worden behouden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created (%2).</source>
        <translation>De reservekopie %1 kan niet worden aangemaakt (%2).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2).</source>
        <translation>De reservekopie %1 kan niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>The permissions of the backup %1 cannot be set (%2).</source>
        <translation>De rechten van de reservekopie %1 kunnen niet worden ingesteld (%2).</translation>
    </message>
    <message>
        <source>No free backup name beside %1.</source>
        <translation>Geen vrije naam voor een reservekopie naast %1.</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept (%2).</source>
        <translation>De rechten van %1 kunnen niet worden behouden (%2).</translation>
    </message>
    <message>
        <source>%1 Putting the files back failed as well (%2); the earlier files are kept as %3.</source>
        <translation>%1 Ook het terugzetten van de bestanden is mislukt (%2); de eerdere bestanden zijn bewaard als %3.</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed; its version is kept in %2. Read the settings again to check them.</source>
        <translation>Een ander programma heeft in %1 geschreven terwijl het werd gewijzigd; die versie is bewaard in %2. Lees de instellingen opnieuw om ze te controleren.</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed, and its version could not be kept (%2).</source>
        <translation>Een ander programma heeft in %1 geschreven terwijl het werd gewijzigd, en die versie kon niet worden bewaard (%2).</translation>
    </message>
    <message>
        <source>macOS keeps Mail&apos;s settings private. To let Outbox Doctor read them: open System Settings, then Privacy &amp; Security, then Full Disk Access (on macOS 12 and earlier: System Preferences, Security &amp; Privacy, Privacy tab, Full Disk Access); turn on Outbox Doctor, or add it with the + button; then quit Outbox Doctor and open it again. You can also enter the settings by hand.</source>
        <translation>macOS houdt de instellingen van Mail privé. Zo kan Outbox Doctor ze lezen: open Systeeminstellingen, dan Privacy en beveiliging en dan Volledige schijftoegang (in macOS 12 en eerder: Systeemvoorkeuren, Beveiliging en privacy, tabblad Privacy, Volledige schijftoegang); zet Outbox Doctor aan, of voeg het toe met de knop +; sluit Outbox Doctor daarna af en open het opnieuw. U kunt de instellingen ook zelf invoeren.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing, so the accounts database cannot be read.</source>
        <translation>Het SQLite-stuurprogramma van Qt ontbreekt, daarom kan de accountdatabase niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 could not be copied for reading.</source>
        <translation>%1 kon niet worden gekopieerd om te lezen.</translation>
    </message>
    <message>
        <source>%1 is not a database that can be read: %2</source>
        <translation>%1 is geen database die kan worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the accounts tables of macOS (%2).</source>
        <translation>%1 bevat niet de accounttabellen van macOS (%2).</translation>
    </message>
    <message>
        <source>Apple Mail account &quot;%1&quot; names no outgoing server that is in the accounts database.</source>
        <translation>Apple Mail-account &quot;%1&quot; noemt geen uitgaande server die in de accountdatabase staat.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>De map %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>This is not a binary property list.</source>
        <translation>Dit is geen binaire eigenschappenlijst.</translation>
    </message>
    <message>
        <source>The binary property list is damaged (its trailer does not fit the file).</source>
        <translation>De binaire eigenschappenlijst is beschadigd (het slotgedeelte past niet bij het bestand).</translation>
    </message>
    <message>
        <source>The binary property list is damaged (%1).</source>
        <translation>De binaire eigenschappenlijst is beschadigd (%1).</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot;: the value &quot;%2&quot; could not be read and was left out.</source>
        <translation>Outlook-account &quot;%1&quot;: de waarde &quot;%2&quot; kon niet worden gelezen en is weggelaten.</translation>
    </message>
    <message>
        <source>The new Outlook for Windows is used on this computer. It keeps its accounts with Microsoft, not in this computer&apos;s registry or files, so their outgoing server settings cannot be read here: only the accounts of classic Outlook are listed. To see a new Outlook account&apos;s settings, open the new Outlook and go to Settings &gt; Accounts &gt; Email accounts, then enter the outgoing server here by hand.</source>
        <translation>Op deze computer wordt de nieuwe Outlook voor Windows gebruikt. Die bewaart zijn accounts bij Microsoft, niet in het register of in bestanden op deze computer, dus de instellingen van de uitgaande server kunnen hier niet worden gelezen: alleen de accounts van het klassieke Outlook worden getoond. Om de instellingen van een account in de nieuwe Outlook te zien, opent u de nieuwe Outlook en gaat u naar Instellingen &gt; Accounts &gt; E-mailaccounts; voer de uitgaande server dan hier zelf in.</translation>
    </message>
    <message>
        <source>The property list ends before it is complete (line %1).</source>
        <translation>De eigenschappenlijst houdt op voordat deze compleet is (regel %1).</translation>
    </message>
    <message>
        <source>The property list is nested too deeply (line %1).</source>
        <translation>De eigenschappenlijst is te diep genest (regel %1).</translation>
    </message>
    <message>
        <source>The property list is not well-formed XML (line %1).</source>
        <translation>De eigenschappenlijst is geen goedgevormde XML (regel %1).</translation>
    </message>
    <message>
        <source>The autoconfig document is not well-formed XML (line %1).</source>
        <translation>Het autoconfig-document is geen goedgevormde XML (regel %1).</translation>
    </message>
    <message>
        <source>The autoconfig document ends before it is complete (line %1).</source>
        <translation>Het autoconfig-document houdt op voordat het compleet is (regel %1).</translation>
    </message>
</context>
<context>
    <name>od::ApplyChangesPanel</name>
    <message>
        <source>not set</source>
        <comment>a setting&apos;s value</comment>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>password, any method</source>
        <comment>authentication</comment>
        <translation>wachtwoord, elke methode</translation>
    </message>
    <message>
        <source>password, PLAIN</source>
        <comment>authentication</comment>
        <translation>wachtwoord, PLAIN</translation>
    </message>
    <message>
        <source>password, LOGIN</source>
        <comment>authentication</comment>
        <translation>wachtwoord, LOGIN</translation>
    </message>
    <message>
        <source>encrypted password, CRAM-MD5</source>
        <comment>authentication</comment>
        <translation>versleuteld wachtwoord, CRAM-MD5</translation>
    </message>
    <message>
        <source>encrypted password, DIGEST-MD5</source>
        <comment>authentication</comment>
        <translation>versleuteld wachtwoord, DIGEST-MD5</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwoordadres</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <comment>a setting: its old value → its new value</comment>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>Changed in %1:</source>
        <translation>Gewijzigd in %1:</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>Reservekopie van het oorspronkelijke bestand: %1</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>De wijziging kon niet ongedaan worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in %1: %2</source>
        <translation>Er is niets gewijzigd in %1: %2</translation>
    </message>
    <message>
        <source>Undone: %1 is as it was before, restored from %2.</source>
        <translation>Ongedaan gemaakt: %1 is weer zoals het was, hersteld uit %2.</translation>
    </message>
    <message>
        <source>Change the settings for me</source>
        <translation>De instellingen voor mij wijzigen</translation>
    </message>
    <message>
        <source>Outbox Doctor can make these changes in the settings file of %1 for you. It keeps a copy of the file as a backup, and never writes your password into it: enter it in %1 if it asks.</source>
        <translation>Outbox Doctor kan deze wijzigingen voor u aanbrengen in het instellingenbestand van %1. Daarbij wordt een kopie van het bestand bewaard als reservekopie, en uw wachtwoord wordt er nooit in geschreven: vul het in %1 in als erom wordt gevraagd.</translation>
    </message>
    <message>
        <source>What changes in %1:</source>
        <translation>Wat er verandert in %1:</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>In het bestand: %1</translation>
    </message>
    <message>
        <source>Outbox Doctor cannot change this for you: %1 Follow the instructions below instead.</source>
        <translation>Outbox Doctor kan dit niet voor u wijzigen: %1 Volg in plaats daarvan de instructies hieronder.</translation>
    </message>
    <message>
        <source>Change these settings in %1 for &amp;me</source>
        <translation>Deze instellingen in %1 voor mij &amp;wijzigen</translation>
    </message>
    <message>
        <source>Change these settings in %1 for me</source>
        <translation>Deze instellingen in %1 voor mij wijzigen</translation>
    </message>
    <message>
        <source>Close %1 first. A backup of its settings file is kept.</source>
        <translation>Sluit eerst %1. Er wordt een reservekopie van het instellingenbestand bewaard.</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <translation>Wijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the change to the settings of %1</source>
        <translation>De wijziging van de instellingen van %1 ongedaan maken</translation>
    </message>
    <message>
        <source>the file already has these settings.</source>
        <translation>het bestand heeft deze instellingen al.</translation>
    </message>
    <message>
        <source>The account is no longer in %1.</source>
        <translation>Het account staat niet meer in %1.</translation>
    </message>
</context>
<context>
    <name>od::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificaat van %1</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer cannot verify.</source>
        <translation>De server %1 heeft een certificaat aangeboden dat deze computer niet kan verifiëren.</translation>
    </message>
    <message>
        <source>Warning: this certificate was not issued for %1. This is what it looks like when someone on this network intercepts your connection, for example a hotel&apos;s or a company&apos;s filter. Do not trust it unless your provider confirms this fingerprint.</source>
        <translation>Waarschuwing: dit certificaat is niet uitgegeven voor %1. Zo ziet het eruit wanneer iemand op dit netwerk uw verbinding onderschept, bijvoorbeeld het filter van een hotel of bedrijf. Vertrouw het alleen als uw provider deze vingerafdruk bevestigt.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued to:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Names:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued by:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid from:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid until:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <comment>certificate details; keep the HTML tags</comment>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Uitgegeven aan:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Namen:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Uitgegeven door:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Geldig vanaf:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Geldig tot:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256-vingerafdruk:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>What is wrong with it:</source>
        <translation>Wat er mis mee is:</translation>
    </message>
    <message>
        <source>If you trust it, Outbox Doctor tests with this exact certificate (recognised by its fingerprint) until you close the program. Your mail program is not changed. If you cannot check the fingerprint with your provider, choose &quot;Do not trust&quot;: your password could otherwise be read by whoever runs this connection.</source>
        <translation>Als u het vertrouwt, test Outbox Doctor met precies dit certificaat (herkend aan de vingerafdruk) totdat u het programma sluit. Uw e-mailprogramma wordt niet gewijzigd. Kunt u de vingerafdruk niet bij uw provider controleren, kies dan &quot;Niet vertrouwen&quot;: anders kan degene die deze verbinding beheert uw wachtwoord misschien meelezen.</translation>
    </message>
    <message>
        <source>&amp;Trust for this test only</source>
        <translation>Alleen voor deze test &amp;vertrouwen</translation>
    </message>
    <message>
        <source>Trust this certificate for this test only</source>
        <translation>Dit certificaat alleen voor deze test vertrouwen</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Niet vertrouwen</translation>
    </message>
    <message>
        <source>Do not trust this certificate</source>
        <translation>Dit certificaat niet vertrouwen</translation>
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
        <translation>Gebruik: %1 [probe|decode|accounts] [opties]

Zonder opdracht wordt de wizard voor probleemoplossing geopend.

  probe      een SMTP-account testen en de uitkomst uitleggen
  decode     een geplakt foutbericht of onbestelbaarheidsrapport uitleggen
  accounts   de SMTP-instellingen van de e-mailprogramma&apos;s op deze computer tonen

Zet --help achter een opdracht om de opties ervan te zien.
Afsluitstatus: 0 e-mail zou worden bezorgd, 1 er is een probleem gevonden, 2 gebruiks- of invoerfout, 3 interne fout.
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation>Onbekende taal &quot;%1&quot;; beschikbaar: %2</translation>
    </message>
    <message>
        <source>No graphical display (DISPLAY and WAYLAND_DISPLAY are not set): the wizard cannot open. Run &quot;%1 --help&quot; for the command line.</source>
        <translation>Geen grafisch scherm (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld): de wizard kan niet worden geopend. Voer &quot;%1 --help&quot; uit voor de opdrachtregel.</translation>
    </message>
    <message>
        <source>The graphical display %1 cannot be reached: the wizard cannot open. Run &quot;%2 --help&quot; for the command line.</source>
        <translation>Het grafische scherm %1 is niet bereikbaar: de wizard kan niet worden geopend. Voer &quot;%2 --help&quot; uit voor de opdrachtregel.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Onbekende optie &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>od::ClientInstructions</name>
    <message>
        <source>Outlook (classic)</source>
        <translation>Outlook (klassiek)</translation>
    </message>
    <message>
        <source>New Outlook / Windows Mail</source>
        <translation>Nieuwe Outlook / Windows Mail</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation>Apple Mail</translation>
    </message>
    <message>
        <source>Another mail program</source>
        <comment>mail client</comment>
        <translation>Een ander e-mailprogramma</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Use same settings as my incoming mail server&quot; (or enter the user name and password below).</source>
        <translation>Vink &quot;Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist&quot; aan en kies &quot;Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail&quot; (of vul de gebruikersnaam en het wachtwoord in die hieronder staan).</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done when the test succeeds.</source>
        <translation>Klik op OK, dan op Volgende en op Gereed zodra de test is geslaagd.</translation>
    </message>
    <message>
        <source>Replace &quot;Outgoing mail server (SMTP)&quot; with the server shown below.</source>
        <translation>Vervang de server bij &quot;Server voor uitgaande e-mail (SMTP)&quot; door de server die hieronder staat.</translation>
    </message>
    <message>
        <source>On the Outgoing Server tab tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>Vink op het tabblad Server voor uitgaande e-mail &quot;Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist&quot; aan en kies &quot;Aanmelden bij de server voor inkomende e-mail voordat e-mail wordt verzonden&quot;.</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done.</source>
        <translation>Klik op OK, dan op Volgende en op Gereed.</translation>
    </message>
    <message>
        <source>Click Next and Done.</source>
        <translation>Klik op Volgende en op Gereed.</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts.</source>
        <translation>Open Instellingen (het tandwielpictogram), dan Accounts en dan E-mailaccounts.</translation>
    </message>
    <message>
        <source>Click Manage next to the account (Windows Mail: Manage accounts, the account, then &quot;Change mailbox sync settings&quot; and &quot;Advanced mailbox settings&quot;).</source>
        <translation>Klik naast het account op Beheren (Windows Mail: Accounts beheren, het account, dan &quot;Instellingen voor postvaksynchronisatie wijzigen&quot; en &quot;Geavanceerde postvakinstellingen&quot;).</translation>
    </message>
    <message>
        <source>Turn on &quot;Outgoing server requires authentication&quot; and &quot;Use the same user name and password for sending email&quot;.</source>
        <translation>Schakel &quot;Voor de uitgaande server is verificatie vereist&quot; en &quot;Dezelfde gebruikersnaam en hetzelfde wachtwoord gebruiken voor het verzenden van e-mail&quot; in.</translation>
    </message>
    <message>
        <source>Enter the outgoing server with its port as shown below (for example server:587) and turn on &quot;Require SSL for outgoing email&quot;.</source>
        <translation>Vul de uitgaande server met de poort in zoals hieronder staat (bijvoorbeeld server:587) en schakel &quot;SSL vereisen voor uitgaande e-mail&quot; in.</translation>
    </message>
    <message>
        <source>Save, and send yourself a test message.</source>
        <translation>Sla de instellingen op en stuur uzelf een testbericht.</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts, and click Manage next to the account.</source>
        <translation>Open Instellingen (het tandwielpictogram), dan Accounts en dan E-mailaccounts, en klik naast het account op Beheren.</translation>
    </message>
    <message>
        <source>Open the advanced mailbox settings and replace the outgoing (SMTP) email server with the one shown below.</source>
        <translation>Open de geavanceerde postvakinstellingen en vervang de server voor uitgaande e-mail (SMTP) door de server die hieronder staat.</translation>
    </message>
    <message>
        <source>This program has no setting to check incoming mail before sending.</source>
        <translation>Dit programma heeft geen instelling om vóór het verzenden inkomende e-mail op te halen.</translation>
    </message>
    <message>
        <source>Click &quot;Sync&quot; (or Send/Receive) to fetch your mail, then send within a few minutes.</source>
        <translation>Klik op &quot;Synchroniseren&quot; (of Verzenden/ontvangen) om uw e-mail op te halen, en verzend daarna binnen een paar minuten.</translation>
    </message>
    <message>
        <source>If that is not reliable, ask your provider for a login for the outgoing server instead.</source>
        <translation>Werkt dat niet betrouwbaar, vraag uw provider dan liever om aanmeldgegevens voor de uitgaande server.</translation>
    </message>
    <message>
        <source>Remove the account and add it again with the e-mail address shown below: these programs do not let you change the address of an account.</source>
        <translation>Verwijder het account en voeg het opnieuw toe met het e-mailadres dat hieronder staat: in deze programma&apos;s kunt u het adres van een account niet wijzigen.</translation>
    </message>
    <message>
        <source>Send yourself a test message.</source>
        <translation>Stuur uzelf een testbericht.</translation>
    </message>
    <message>
        <source>Open the ≡ menu and choose Account Settings.</source>
        <translation>Open het menu ≡ en kies Accountinstellingen.</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left.</source>
        <translation>Klik onder aan de lijst links op &quot;Server voor uitgaande post (SMTP)&quot;.</translation>
    </message>
    <message>
        <source>Click OK. Thunderbird asks for the password the next time you send.</source>
        <translation>Klik op OK. Thunderbird vraagt om het wachtwoord wanneer u de volgende keer iets verzendt.</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list and choose the new server under &quot;Outgoing Server (SMTP)&quot;.</source>
        <translation>Klik in de lijst op de naam van het account en kies de nieuwe server bij &quot;Server voor uitgaande post (SMTP)&quot;.</translation>
    </message>
    <message>
        <source>Thunderbird has no setting to check incoming mail before sending.</source>
        <translation>Thunderbird heeft geen instelling om vóór het verzenden inkomende e-mail op te halen.</translation>
    </message>
    <message>
        <source>Click Get Messages first, then send within a few minutes.</source>
        <translation>Klik eerst op Berichten ophalen en verzend daarna binnen een paar minuten.</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list on the left.</source>
        <translation>Klik in de lijst links op de naam van het account.</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply-to Address&quot; too if you use one.</source>
        <translation>Vervang &quot;E-mailadres&quot; door het adres dat hieronder staat; corrigeer ook &quot;Antwoordadres&quot; als u dat gebruikt.</translation>
    </message>
    <message>
        <source>Close the settings tab.</source>
        <translation>Sluit het tabblad met de instellingen.</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts.</source>
        <translation>Kies Mail &gt; Instellingen (Voorkeuren in oudere versies van macOS) en dan Accounts.</translation>
    </message>
    <message>
        <source>Select the account and open Server Settings.</source>
        <translation>Selecteer het account en open Serverinstellingen.</translation>
    </message>
    <message>
        <source>Under Outgoing Mail Account, untick &quot;Automatically manage connection settings&quot;.</source>
        <translation>Vink onder Account voor uitgaande post &quot;Beheer verbindingsinstellingen automatisch&quot; uit.</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>Klik op Bewaar.</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts, and select the account.</source>
        <translation>Kies Mail &gt; Instellingen (Voorkeuren in oudere versies van macOS), dan Accounts, en selecteer het account.</translation>
    </message>
    <message>
        <source>Add the server shown below with its port, encryption and login, then click OK.</source>
        <translation>Voeg de server toe die hieronder staat, met de poort, versleuteling en aanmeldgegevens, en klik op OK.</translation>
    </message>
    <message>
        <source>Choose the new server as Outgoing Mail Account and click Save.</source>
        <translation>Kies de nieuwe server als Account voor uitgaande post en klik op Bewaar.</translation>
    </message>
    <message>
        <source>Apple Mail has no setting to check incoming mail before sending.</source>
        <translation>Apple Mail heeft geen instelling om vóór het verzenden inkomende e-mail op te halen.</translation>
    </message>
    <message>
        <source>Click Get Mail (the envelope) first, then send within a few minutes.</source>
        <translation>Klik eerst op Haal post op (de envelop) en verzend daarna binnen een paar minuten.</translation>
    </message>
    <message>
        <source>Choose it as the account&apos;s address.</source>
        <translation>Kies het als adres van het account.</translation>
    </message>
    <message>
        <source>On the General tab tick &quot;Server requires authentication&quot; and enter the login and password.</source>
        <translation>Vink op het tabblad Algemeen &quot;Server vereist authenticatie&quot; aan en vul de gebruikersnaam en het wachtwoord in.</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Klik op OK.</translation>
    </message>
    <message>
        <source>Select it and click Set Default, or choose it in the identity&apos;s Advanced settings.</source>
        <translation>Selecteer de server en klik op Als standaard instellen, of kies hem bij de geavanceerde instellingen van de identiteit.</translation>
    </message>
    <message>
        <source>KMail has no setting to check incoming mail before sending.</source>
        <translation>KMail heeft geen instelling om vóór het verzenden inkomende e-mail op te halen.</translation>
    </message>
    <message>
        <source>Click Check Mail first, then send within a few minutes.</source>
        <translation>Klik eerst op Op e-mail controleren en verzend daarna binnen een paar minuten.</translation>
    </message>
    <message>
        <source>Replace &quot;Email address&quot; with the address shown below; correct the reply-to address on the Advanced tab if you use one.</source>
        <translation>Vervang &quot;E-mailadres&quot; door het adres dat hieronder staat; corrigeer ook het antwoordadres op het tabblad Geavanceerd als u dat gebruikt.</translation>
    </message>
    <message>
        <source>Choose Edit &gt; Accounts, select the account and click Edit.</source>
        <translation>Kies Bewerken &gt; Accounts, selecteer het account en klik op Bewerken.</translation>
    </message>
    <message>
        <source>Open Sending Email.</source>
        <translation>Open E-mail verzenden.</translation>
    </message>
    <message>
        <source>Open Sending Email and replace Server with the one shown below, with its port and encryption.</source>
        <translation>Open E-mail verzenden en vervang de server door de server die hieronder staat, met de bijbehorende poort en versleuteling.</translation>
    </message>
    <message>
        <source>Open Sending Email and, under Authentication, choose &quot;POP before SMTP&quot; as the type.</source>
        <translation>Open E-mail verzenden en kies bij Authenticatie het type &quot;POP vóór SMTP&quot;.</translation>
    </message>
    <message>
        <source>Open Identity and replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply To&quot; too if you use one.</source>
        <translation>Open Identiteit en vervang &quot;E-mailadres&quot; door het adres dat hieronder staat; corrigeer ook &quot;Antwoorden aan&quot; als u dat gebruikt.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings and find the outgoing (SMTP) server.</source>
        <translation>Open de accountinstellingen van uw e-mailprogramma en zoek de uitgaande server (SMTP).</translation>
    </message>
    <message>
        <source>Turn on &quot;authentication&quot; (also called &quot;My server requires login&quot;) and enter the user name and password shown below.</source>
        <translation>Schakel &quot;verificatie&quot; in (ook wel &quot;authenticatie&quot; of &quot;Server vereist aanmelding&quot; genoemd) en vul de gebruikersnaam en het wachtwoord in die hieronder staan.</translation>
    </message>
    <message>
        <source>Set the port and the encryption (STARTTLS or SSL/TLS) shown below.</source>
        <translation>Stel de poort en de versleuteling (STARTTLS of SSL/TLS) in die hieronder staan.</translation>
    </message>
    <message>
        <source>Save and send yourself a test message.</source>
        <translation>Sla de instellingen op en stuur uzelf een testbericht.</translation>
    </message>
    <message>
        <source>Replace it with the server shown below, with its port and encryption.</source>
        <translation>Vervang die door de server die hieronder staat, met de bijbehorende poort en versleuteling.</translation>
    </message>
    <message>
        <source>Look for a setting called &quot;POP before SMTP&quot; or &quot;Check mail before sending&quot; in the outgoing server settings and turn it on.</source>
        <translation>Zoek in de instellingen van de uitgaande server naar een optie als &quot;POP vóór SMTP&quot; of &quot;E-mail ophalen vóór verzenden&quot; en schakel die in.</translation>
    </message>
    <message>
        <source>Without such a setting, fetch your mail first and send within a few minutes.</source>
        <translation>Ontbreekt zo&apos;n instelling, haal dan eerst uw e-mail op en verzend daarna binnen een paar minuten.</translation>
    </message>
    <message>
        <source>Ask your provider for a login for the outgoing server if this is not reliable.</source>
        <translation>Vraag uw provider om aanmeldgegevens voor de uitgaande server als dit niet betrouwbaar werkt.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account or identity settings.</source>
        <translation>Open de account- of identiteitsinstellingen van uw e-mailprogramma.</translation>
    </message>
    <message>
        <source>Replace the e-mail (From) address with the one shown below; correct the reply-to address too if you use one.</source>
        <translation>Vervang het e-mailadres (Van) door het adres dat hieronder staat; corrigeer ook het antwoordadres als u dat gebruikt.</translation>
    </message>
    <message>
        <source>Enter the &quot;User Name&quot;, the password and the &quot;Port&quot;, and set &quot;Use TLS/SSL&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>Vul &quot;Gebruikersnaam&quot;, het wachtwoord en &quot;Poort&quot; in, en stel &quot;Gebruik TLS/SSL&quot; en &quot;Identiteitscontrole&quot; in zoals hieronder staat.</translation>
    </message>
    <message>
        <source>Open Server Settings, open the Outgoing Mail Account menu and choose &quot;Edit SMTP Server List&quot;.</source>
        <translation>Open Serverinstellingen, open het menu Account voor uitgaande post en kies &quot;Wijzig SMTP-serverlijst&quot;.</translation>
    </message>
    <message>
        <source>On Account Information, open the Email Address menu, choose &quot;Edit Email Addresses&quot; and add the address shown below.</source>
        <translation>Open bij Accountinformatie het menu E-mailadres, kies &quot;Wijzig e-mailadressen&quot; en voeg het adres toe dat hieronder staat.</translation>
    </message>
    <message>
        <source>Enter the &quot;Port&quot;, choose the &quot;Encryption method&quot; shown below, and tick &quot;Server requires authentication&quot;.</source>
        <translation>Vul &quot;Poort&quot; in, kies de &quot;Versleutelingsmethode&quot; die hieronder staat en vink &quot;Server vereist authenticatie&quot; aan.</translation>
    </message>
    <message>
        <source>Under &quot;Authentication&quot;, choose the type shown below (or click &quot;Check for Supported Types&quot;) and enter the &quot;Username&quot;.</source>
        <translation>Kies onder &quot;Authenticatie&quot; het type dat hieronder staat (of klik op &quot;Controleren op ondersteunde typen&quot;) en vul &quot;Gebruikersnaam&quot; in.</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Sending tab.</source>
        <translation>Kies Instellingen &gt; KMail configureren, dan Accounts en het tabblad Verzenden.</translation>
    </message>
    <message>
        <source>Select the outgoing account and click &quot;Modify&quot;.</source>
        <translation>Selecteer het verzendaccount en klik op &quot;Wijzigen&quot;.</translation>
    </message>
    <message>
        <source>On the Advanced tab set &quot;Encryption&quot;, &quot;Port&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>Stel op het tabblad Geavanceerd &quot;Versleuteling&quot;, &quot;Poort&quot; en &quot;Authenticatie&quot; in zoals hieronder staat.</translation>
    </message>
    <message>
        <source>Click &quot;Add&quot;, choose SMTP Server, and enter the server, port and encryption shown below.</source>
        <translation>Klik op &quot;Toevoegen&quot;, kies SMTP-server en vul de server, poort en versleuteling in die hieronder staan.</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Identities tab.</source>
        <translation>Kies Instellingen &gt; KMail configureren, dan Accounts en het tabblad Identiteiten.</translation>
    </message>
    <message>
        <source>Select the identity and click &quot;Modify&quot;.</source>
        <translation>Selecteer de identiteit en klik op &quot;Wijzigen&quot;.</translation>
    </message>
    <message>
        <source>Click File, then Account Settings, and Account Settings again.</source>
        <translation>Klik op Bestand &gt; Accountinstellingen en kies in het menu nogmaals Accountinstellingen.</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;.</source>
        <translation>Selecteer het account op het tabblad E-mail en klik op &quot;Wijzigen&quot;.</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot; and open the &quot;Outgoing Server&quot; tab.</source>
        <translation>Klik op &quot;Meer instellingen&quot; en open het tabblad &quot;Server voor uitgaande e-mail&quot;.</translation>
    </message>
    <message>
        <source>Open the &quot;Advanced&quot; tab and set &quot;Outgoing server (SMTP)&quot; and &quot;Use the following type of encrypted connection&quot; as shown below.</source>
        <translation>Open het tabblad &quot;Geavanceerd&quot; en stel &quot;Uitgaande server (SMTP)&quot; en &quot;Gebruik het volgende type versleutelde verbinding&quot; in zoals hieronder staat.</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot;, open the &quot;Advanced&quot; tab and set the port and encryption shown below.</source>
        <translation>Klik op &quot;Meer instellingen&quot;, open het tabblad &quot;Geavanceerd&quot; en stel de poort en versleuteling in die hieronder staan.</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;, then &quot;More Settings&quot;.</source>
        <translation>Selecteer het account op het tabblad E-mail en klik op &quot;Wijzigen&quot; en daarna op &quot;Meer instellingen&quot;.</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below. If you use a separate reply address, click &quot;More Settings&quot; and correct &quot;Reply E-mail&quot; on the General tab.</source>
        <translation>Vervang &quot;E-mailadres&quot; door het adres dat hieronder staat. Gebruikt u een apart antwoordadres, klik dan op &quot;Meer instellingen&quot; en corrigeer &quot;Antwoordadres&quot; op het tabblad Algemeen.</translation>
    </message>
    <message>
        <source>Select the server the account uses and click &quot;Edit&quot;.</source>
        <translation>Selecteer de server die het account gebruikt en klik op &quot;Bewerken&quot;.</translation>
    </message>
    <message>
        <source>Set &quot;Port&quot;, &quot;Connection security&quot; and &quot;Authentication method&quot; as shown below, and enter the &quot;User Name&quot;.</source>
        <translation>Stel &quot;Poort&quot;, &quot;Verbindingsbeveiliging&quot; en &quot;Authenticatiemethode&quot; in zoals hieronder staat, en vul &quot;Gebruikersnaam&quot; in.</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left, then &quot;Add&quot;.</source>
        <translation>Klik onder aan de lijst links op &quot;Server voor uitgaande post (SMTP)&quot; en daarna op &quot;Toevoegen&quot;.</translation>
    </message>
    <message>
        <source>Enter the &quot;Server Name&quot;, &quot;Port&quot; and &quot;Connection security&quot; shown below and click OK.</source>
        <translation>Vul &quot;Servernaam&quot;, &quot;Poort&quot; en &quot;Verbindingsbeveiliging&quot; in zoals hieronder staat en klik op OK.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, unless this server&apos;s owner gave you a login</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1: %2, tenzij de beheerder van deze server u aanmeldgegevens heeft gegeven</translation>
    </message>
    <message>
        <source>Choose Configuration &gt; Edit accounts, select the account and click &quot;Edit&quot;.</source>
        <translation>Kies Instellingen &gt; Accountbeheer, selecteer het account en klik op &quot;Bewerken&quot;.</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;SMTP Authentication (SMTP AUTH)&quot;, choose the &quot;Authentication method&quot; shown below and enter the &quot;User ID&quot; and password.</source>
        <translation>Vink op de pagina Verstuur &quot;SMTP-authenticatie (SMTP AUTH)&quot; aan, kies de &quot;Authenticatie-methode&quot; die hieronder staat en vul de &quot;Gebruikersnaam&quot; en het wachtwoord in.</translation>
    </message>
    <message>
        <source>On the TLS page (SSL/TLS in older versions), under &quot;Send (SMTP)&quot;, choose the option shown below.</source>
        <translation>Kies op de pagina TLS (SSL/TLS in oudere versies) onder &quot;Verzenden (SMTP)&quot; de optie die hieronder staat.</translation>
    </message>
    <message>
        <source>On the Advanced page tick &quot;SMTP port&quot; and enter the port shown below.</source>
        <translation>Vink op de pagina Geavanceerd &quot;SMTP-poort&quot; aan en vul de poort in die hieronder staat.</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;SMTP server (send)&quot; with the server shown below.</source>
        <translation>Vervang op de pagina Algemeen de server bij &quot;SMTP-server (zenden)&quot; door de server die hieronder staat.</translation>
    </message>
    <message>
        <source>Set the port on the Advanced page (&quot;SMTP port&quot;) and the encryption on the TLS page (&quot;Send (SMTP)&quot;) as shown below.</source>
        <translation>Stel de poort op de pagina Geavanceerd (&quot;SMTP-poort&quot;) en de versleuteling op de pagina TLS (&quot;Verzenden (SMTP)&quot;) in zoals hieronder staat.</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;Authenticate with POP before sending&quot;.</source>
        <translation>Vink op de pagina Verstuur &quot;Authenticatie met POP voor het verzenden&quot; aan.</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;Mail address&quot; with the address shown below; correct the Reply-To address on the Compose page too if you set one.</source>
        <translation>Vervang op de pagina Algemeen &quot;E-mailadres&quot; door het adres dat hieronder staat; corrigeer ook het antwoordadres (&quot;Antwoord aan&quot;) op de pagina Opstellen als u dat hebt ingesteld.</translation>
    </message>
</context>
<context>
    <name>od::ClientTerms</name>
    <message>
        <source>Host Name</source>
        <comment>Apple Mail field</comment>
        <translation>Hostnaam</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Apple Mail field</comment>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <comment>Apple Mail field</comment>
        <translation>Gebruik TLS/SSL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Apple Mail field</comment>
        <translation>Identiteitscontrole</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Apple Mail field</comment>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Apple Mail field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>Uit</translation>
    </message>
    <message>
        <source>On</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>Aan</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>MD5-challenge-response</translation>
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
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <comment>Evolution field</comment>
        <translation>Versleutelingsmethode</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Evolution field</comment>
        <translation>Aanmeldingscontrole</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>Evolution field</comment>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Evolution field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>No encryption</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>Geen versleuteling</translation>
    </message>
    <message>
        <source>STARTTLS after connecting</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>STARTTLS na maken van verbinding</translation>
    </message>
    <message>
        <source>TLS on a dedicated port</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>TLS op een toegewijde poort</translation>
    </message>
    <message>
        <source>None (untick &quot;Server requires authentication&quot;)</source>
        <comment>Evolution value of Authentication</comment>
        <translation>Geen (&quot;Server eist aanmeldingscontrole&quot; uitvinken)</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>Evolution value of Authentication</comment>
        <translation>PLAT</translation>
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
        <translation>Uitgaande server</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>generic field</comment>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>generic field</comment>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>generic field</comment>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>generic field</comment>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>generic field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>generic value of Encryption</comment>
        <translation>Geen (onversleuteld)</translation>
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
        <translation>Geen aanmelding</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>generic value of Authentication</comment>
        <translation>Normaal wachtwoord</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>generic value of Authentication</comment>
        <translation>Versleuteld wachtwoord</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>generic value of Authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <comment>KMail field</comment>
        <translation>Uitgaande mailserver</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>KMail field</comment>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>KMail field</comment>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>KMail field</comment>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>KMail field</comment>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>KMail field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>None</source>
        <comment>KMail value of Encryption</comment>
        <translation>Geen</translation>
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
        <translation>Geen (&quot;Server vereist authenticatie&quot; uitvinken)</translation>
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
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>New Outlook field</comment>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <comment>New Outlook field</comment>
        <translation>Type beveiligde verbinding</translation>
    </message>
    <message>
        <source>Outgoing server requires authentication</source>
        <comment>New Outlook field</comment>
        <translation>Voor uitgaande server is verificatie vereist</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <comment>New Outlook field</comment>
        <translation>SMTP-gebruikersnaam</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>New Outlook field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>None</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>Geen</translation>
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
        <translation>Uit</translation>
    </message>
    <message>
        <source>On</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>Aan</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>Server voor uitgaande e-mail (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>Uitgaande server (SMTP)</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection</source>
        <comment>Outlook field</comment>
        <translation>Gebruik het volgende type versleutelde verbinding</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <comment>Outlook field</comment>
        <translation>Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Outlook field</comment>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Outlook field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>Geen</translation>
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
        <translation>Niet aangevinkt</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>Aanmelden met beveiligd-wachtwoordverificatie (SPA) vereisen</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Server Name</source>
        <comment>Thunderbird field</comment>
        <translation>Servernaam</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Thunderbird field</comment>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Connection security</source>
        <comment>Thunderbird field</comment>
        <translation>Verbindingsbeveiliging</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Thunderbird field</comment>
        <translation>Authenticatiemethode</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Thunderbird field</comment>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Thunderbird field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>Geen</translation>
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
        <translation>Geen authenticatie</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>Normaal wachtwoord</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>Versleuteld wachtwoord</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>SMTP server (send)</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP-server (zenden)</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP-poort</translation>
    </message>
    <message>
        <source>Send (SMTP)</source>
        <comment>Claws Mail field on the TLS page</comment>
        <translation>Verzenden (SMTP)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Claws Mail field</comment>
        <translation>Authenticatie-methode</translation>
    </message>
    <message>
        <source>User ID</source>
        <comment>Claws Mail field</comment>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Mail address</source>
        <comment>Claws Mail field</comment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Don&apos;t use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Gebruik geen TLS</translation>
    </message>
    <message>
        <source>Use STARTTLS command to start encrypted session</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Gebruik STARTTLS voor starten beveiligde sessie</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Gebruik TLS</translation>
    </message>
    <message>
        <source>None (untick &quot;SMTP Authentication (SMTP AUTH)&quot;)</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>Geen (&quot;SMTP-authenticatie (SMTP AUTH)&quot; uitvinken)</translation>
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
        <translation>bezorging niet toegestaan</translation>
    </message>
    <message>
        <source>The receiving server refused mail from the internet: it wants senders to log in, or does not consider itself responsible for the recipient&apos;s domain. Your own server did its job; the recipient&apos;s administrators have to fix their server or their MX record.</source>
        <translation>De ontvangende server weigerde e-mail van internet: hij wil dat afzenders zich aanmelden, of beschouwt zichzelf niet als verantwoordelijk voor het domein van de geadresseerde. Uw eigen server heeft zijn werk gedaan; de beheerders aan de kant van de geadresseerde moeten hun server of hun MX-record in orde brengen.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbinding geweigerd</translation>
    </message>
    <message>
        <source>The sending service could not open a connection to the receiving mail server. The fault lies with that server or its network; the bounce usually names its IP address.</source>
        <translation>De verzendende dienst kon geen verbinding maken met de ontvangende mailserver. De fout ligt bij die server of het netwerk ervan; in het onbestelbaarheidsrapport staat meestal het IP-adres van de server.</translation>
    </message>
    <message>
        <source>Message expired</source>
        <translation>Bericht verlopen</translation>
    </message>
    <message>
        <source>The message waited in the queue until its time ran out, because the receiving server did not take it in time. Check the address; if it is right, the receiving side has to fix its server.</source>
        <translation>Het bericht heeft in de wachtrij gestaan tot de tijd om was, omdat de ontvangende server het niet op tijd aannam. Controleer het adres; klopt het, dan moet de ontvangende kant zijn server in orde brengen.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Te veel geadresseerden</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients in one domain than the service accepts in one go (more than 200 for Office 365). Send it in smaller batches.</source>
        <translation>Het bericht was aan meer geadresseerden in één domein gericht dan de dienst in één keer accepteert (bij Office 365 meer dan 200). Verzend het in kleinere groepen.</translation>
    </message>
    <message>
        <source>IPv6 mail must pass SPF or DKIM</source>
        <translation>E-mail via IPv6 moet slagen voor SPF of DKIM</translation>
    </message>
    <message>
        <source>Mail arriving over IPv6 is only accepted when it passes an SPF or DKIM check, and this message passed neither. The sending domain&apos;s administrator has to publish SPF or sign with DKIM.</source>
        <translation>E-mail die via IPv6 binnenkomt, wordt alleen geaccepteerd als die slaagt voor een SPF- of DKIM-controle, en dit bericht slaagde voor geen van beide. De beheerder van het verzendende domein moet SPF publiceren of met DKIM ondertekenen.</translation>
    </message>
    <message>
        <source>Sending temporarily restricted</source>
        <translation>Verzenden tijdelijk beperkt</translation>
    </message>
    <message>
        <source>The service saw unusual activity and has held back mail from this sender while it takes a closer look. If the mail is legitimate, sending is allowed again after a while.</source>
        <translation>De dienst heeft ongebruikelijke activiteit opgemerkt en houdt e-mail van deze afzender tegen terwijl dit nader wordt bekeken. Is de e-mail legitiem, dan mag er na enige tijd weer worden verzonden.</translation>
    </message>
    <message>
        <source>Sending IP temporarily blocked</source>
        <translation>Verzendend IP-adres tijdelijk geblokkeerd</translation>
    </message>
    <message>
        <source>Suspicious traffic came from the sending IP address, so it is blocked for now while it is investigated. Legitimate senders are let through again after a while.</source>
        <translation>Er kwam verdacht verkeer van het verzendende IP-adres, daarom is het voorlopig geblokkeerd terwijl dit wordt onderzocht. Legitieme afzenders worden na enige tijd weer doorgelaten.</translation>
    </message>
    <message>
        <source>Sender denied / recipient not resolved</source>
        <translation>Afzender geweigerd / geadresseerde niet gevonden</translation>
    </message>
    <message>
        <source>The recipient&apos;s address could not be resolved, often because a saved message was opened and answered offline. Check the address and write a new message instead of replying to the saved one.</source>
        <translation>Het adres van de geadresseerde kon niet worden herleid, vaak doordat een opgeslagen bericht offline is geopend en beantwoord. Controleer het adres en schrijf een nieuw bericht in plaats van op het opgeslagen bericht te antwoorden.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Ongeldig adres van het doelpostvak</translation>
    </message>
    <message>
        <source>The receiving system has no mailbox with this address: it is mistyped, no longer exists, or your mail program remembers an outdated address. Remove the remembered address, type it again and send a new message.</source>
        <translation>Het ontvangende systeem heeft geen postvak met dit adres: het is verkeerd getypt, bestaat niet meer, of uw e-mailprogramma onthoudt een verouderd adres. Verwijder het onthouden adres, typ het opnieuw en verzend een nieuw bericht.</translation>
    </message>
    <message>
        <source>Recipient not found</source>
        <translation>Geadresseerde niet gevonden</translation>
    </message>
    <message>
        <source>The receiving organisation has no recipient with this address. Check the spelling, or ask the recipient for the right address.</source>
        <translation>De ontvangende organisatie heeft geen geadresseerde met dit adres. Controleer de spelling, of vraag de geadresseerde om het juiste adres.</translation>
    </message>
    <message>
        <source>Bad outbound sender</source>
        <translation>Afzender geblokkeerd voor uitgaande e-mail</translation>
    </message>
    <message>
        <source>The sending account was blocked because it sent a lot of spam, which usually means it was taken over (stolen password, phishing or malware). Change the password; the administrator has to unblock the account.</source>
        <translation>Het verzendende account is geblokkeerd omdat er veel ongewenste e-mail mee is verzonden. Meestal betekent dat dat iemand anders het heeft overgenomen (gestolen wachtwoord, phishing of malware). Wijzig het wachtwoord; de beheerder moet het account weer vrijgeven.</translation>
    </message>
    <message>
        <source>Too many messages to this recipient per hour</source>
        <translation>Te veel berichten per uur aan deze geadresseerde</translation>
    </message>
    <message>
        <source>This sender has sent the recipient more messages within an hour than is allowed. Send fewer messages to this recipient and try again later.</source>
        <translation>Deze afzender heeft de geadresseerde binnen een uur meer berichten gestuurd dan is toegestaan. Stuur minder berichten aan deze geadresseerde en probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Recipient receives too many messages per hour</source>
        <translation>Geadresseerde ontvangt te veel berichten per uur</translation>
    </message>
    <message>
        <source>The recipient has received more messages within an hour, from all senders together, than is allowed. Try again later.</source>
        <translation>De geadresseerde heeft binnen een uur, van alle afzenders samen, meer berichten ontvangen dan is toegestaan. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Send as denied</source>
        <translation>Verzenden als geweigerd</translation>
    </message>
    <message>
        <source>The account you logged in with is not allowed to send mail with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>Het account waarmee u zich hebt aangemeld, mag geen e-mail verzenden met dit Van-adres. Gebruik uw eigen adres, of vraag de beheerder om de machtiging Verzenden als.</translation>
    </message>
    <message>
        <source>Journaling not supported</source>
        <translation>Logboekregistratie niet ondersteund</translation>
    </message>
    <message>
        <source>A journaling rule sent a copy of the message to the cloud service, but journal archiving is not switched on there. The organisation&apos;s administrator has to change the rule or the setting.</source>
        <translation>Een regel voor logboekregistratie heeft een kopie van het bericht naar de clouddienst gestuurd, maar archivering voor logboekregistratie is daar niet ingeschakeld. De beheerder van de organisatie moet de regel of de instelling aanpassen.</translation>
    </message>
    <message>
        <source>Relay access denied</source>
        <translation>Doorsturen geweigerd</translation>
    </message>
    <message>
        <source>The server that answered does not accept mail for the recipient&apos;s domain. This usually points to a wrong MX record or a server set up without that domain, on the receiving side.</source>
        <translation>De server die antwoordde, accepteert geen e-mail voor het domein van de geadresseerde. Dat wijst meestal op een verkeerd MX-record, of op een server aan de kant van de geadresseerde die zonder dat domein is ingericht.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Routeringslus gedetecteerd</translation>
    </message>
    <message>
        <source>The message kept being passed around, for example by forwarding rules that send mail back and forth, and was stopped after many rounds. Check automatic forwarding on both sides.</source>
        <translation>Het bericht werd steeds opnieuw doorgegeven, bijvoorbeeld door regels die e-mail heen en weer doorsturen, en is na veel rondes tegengehouden. Controleer het automatisch doorsturen aan beide kanten.</translation>
    </message>
    <message>
        <source>Hop count exceeded</source>
        <translation>Maximumaantal tussenstations overschreden</translation>
    </message>
    <message>
        <source>The message passed through too many servers, which points to a loop between mail servers or connectors.</source>
        <translation>Het bericht is via te veel servers gegaan; dat wijst op een lus tussen mailservers of connectors.</translation>
    </message>
    <message>
        <source>The message could not be delivered within the allowed time and was given up.</source>
        <translation>Het bericht kon niet binnen de toegestane tijd worden bezorgd en is opgegeven.</translation>
    </message>
    <message>
        <source>Recipient domain does not exist</source>
        <translation>Domein van de geadresseerde bestaat niet</translation>
    </message>
    <message>
        <source>The domain of the recipient&apos;s address does not exist in DNS. Check the part after the @.</source>
        <translation>Het domein van het adres van de geadresseerde bestaat niet in DNS. Controleer het deel achter de @.</translation>
    </message>
    <message>
        <source>Invalid characters</source>
        <translation>Ongeldige tekens</translation>
    </message>
    <message>
        <source>Your mail program put characters in the message that are not allowed (line ends without carriage return). Updating or changing the program usually helps.</source>
        <translation>Uw e-mailprogramma heeft tekens in het bericht gezet die niet zijn toegestaan (regeleinden zonder CR, carriage return). Het programma bijwerken of een ander programma gebruiken helpt meestal.</translation>
    </message>
    <message>
        <source>Unable to relay</source>
        <translation>Doorsturen niet mogelijk</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain because it does not recognise the sender as one of its users. Either the sending program or server has to log in (or use the right server), or the domain&apos;s MX record points at a server that does not handle that domain.</source>
        <translation>De server weigerde het bericht door te sturen naar een ander domein, omdat hij de afzender niet herkent als een van zijn gebruikers. Het verzendende programma of de verzendende server moet zich aanmelden (of de juiste server gebruiken), of het MX-record van het domein verwijst naar een server die dat domein niet verwerkt.</translation>
    </message>
    <message>
        <source>Client was not authenticated</source>
        <translation>Client is niet geverifieerd</translation>
    </message>
    <message>
        <source>The receiving server only accepts mail from senders that log in first, and this sender did not. The sending side has to be set up to authenticate.</source>
        <translation>De ontvangende server accepteert alleen e-mail van afzenders die zich eerst aanmelden, en deze afzender heeft dat niet gedaan. De verzendende kant moet zo worden ingesteld dat die zich aanmeldt.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Bezorging niet toegestaan</translation>
    </message>
    <message>
        <source>The sender is not allowed to send to this recipient, for example a distribution group that only accepts mail from its members, or a rule on the receiving side that rejects this message. Ask the recipient&apos;s side for permission.</source>
        <translation>De afzender mag niet naar deze geadresseerde verzenden, bijvoorbeeld omdat het een distributiegroep is die alleen e-mail van haar leden accepteert, of omdat een regel aan de ontvangende kant dit bericht weigert. Vraag de kant van de geadresseerde om toestemming.</translation>
    </message>
    <message>
        <source>Authentication unsuccessful</source>
        <translation>Verificatie mislukt</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name and password.</source>
        <translation>De server heeft de aanmelding niet geaccepteerd. Controleer de gebruikersnaam en het wachtwoord.</translation>
    </message>
    <message>
        <source>Sender not authenticated by organisation</source>
        <translation>Afzender niet geverifieerd door organisatie</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from inside its own organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>De geadresseerde accepteert alleen e-mail van binnen de eigen organisatie. Alleen een beheerder aan de kant van de geadresseerde kan dat wijzigen.</translation>
    </message>
    <message>
        <source>Sender not authenticated for public folder</source>
        <translation>Afzender niet geverifieerd voor openbare map</translation>
    </message>
    <message>
        <source>The recipient is a public folder that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>De geadresseerde is een openbare map die e-mail van buiten de eigen organisatie weigert. Alleen een beheerder aan de kant van de geadresseerde kan dat wijzigen.</translation>
    </message>
    <message>
        <source>IPv6 sender without reverse DNS</source>
        <translation>IPv6-afzender zonder reverse DNS</translation>
    </message>
    <message>
        <source>Mail over IPv6 is refused from addresses without a reverse DNS (PTR) record. Whoever runs the sending server has to add one.</source>
        <translation>E-mail via IPv6 wordt geweigerd van adressen zonder reverse-DNS-record (PTR). Wie de verzendende server beheert, moet er een toevoegen.</translation>
    </message>
    <message>
        <source>Unable to relay to a domain that is not accepted</source>
        <translation>Doorsturen naar een niet-geaccepteerd domein niet mogelijk</translation>
    </message>
    <message>
        <source>The server only passes on mail for its own (accepted) domains unless the sender logs in or is on an allowed network; mail to other domains was refused.</source>
        <translation>De server stuurt alleen e-mail voor zijn eigen (geaccepteerde) domeinen door, tenzij de afzender zich aanmeldt of op een toegestaan netwerk zit; e-mail aan andere domeinen is geweigerd.</translation>
    </message>
    <message>
        <source>Client not authenticated to send mail</source>
        <translation>Client niet geverifieerd om e-mail te verzenden</translation>
    </message>
    <message>
        <source>The server wants a login before it accepts mail, and your mail program sent without one. Turn on authentication for the outgoing server, normally on port 587 with STARTTLS.</source>
        <translation>De server wil dat u zich aanmeldt voordat hij e-mail accepteert, en uw e-mailprogramma verzond zonder aanmelding. Schakel verificatie in voor de uitgaande server, normaal op poort 587 met STARTTLS.</translation>
    </message>
    <message>
        <source>No permission to send as this sender</source>
        <translation>Geen toestemming om als deze afzender te verzenden</translation>
    </message>
    <message>
        <source>The account you logged in with may not send with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>Het account waarmee u zich hebt aangemeld, mag niet verzenden met dit Van-adres. Gebruik uw eigen adres, of vraag de beheerder om de machtiging Verzenden als.</translation>
    </message>
    <message>
        <source>Relay access denied (tenant attribution)</source>
        <translation>Doorsturen geweigerd (toewijzing aan tenant)</translation>
    </message>
    <message>
        <source>The service could not tie the relayed message to an organisation, so it refused to relay it. The administrator has to fix the connector settings.</source>
        <translation>De dienst kon het doorgestuurde bericht niet aan een organisatie koppelen en weigerde het daarom door te sturen. De beheerder moet de instellingen van de connector corrigeren.</translation>
    </message>
    <message>
        <source>Sender not in the allowed-senders list</source>
        <translation>Afzender staat niet in de lijst met toegestane afzenders</translation>
    </message>
    <message>
        <source>The recipient is a group that only accepts mail from a list of allowed senders, and you are not on it. The group&apos;s owner or administrator can add you.</source>
        <translation>De geadresseerde is een groep die alleen e-mail accepteert van een lijst met toegestane afzenders, en u staat niet op die lijst. De eigenaar of beheerder van de groep kan u toevoegen.</translation>
    </message>
    <message>
        <source>Sender not authenticated for group</source>
        <translation>Afzender niet geverifieerd voor groep</translation>
    </message>
    <message>
        <source>The recipient is a group that refuses mail from outside its organisation. The group&apos;s owner or an administrator on the recipient&apos;s side can change that.</source>
        <translation>De geadresseerde is een groep die e-mail van buiten de eigen organisatie weigert. De eigenaar van de groep of een beheerder aan de kant van de geadresseerde kan dat wijzigen.</translation>
    </message>
    <message>
        <source>Sender not authenticated for mailbox</source>
        <translation>Afzender niet geverifieerd voor postvak</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Het postvak van de geadresseerde weigert e-mail van buiten de eigen organisatie. Alleen een beheerder aan de kant van de geadresseerde kan dat wijzigen.</translation>
    </message>
    <message>
        <source>Sender not authenticated for mail user</source>
        <translation>Afzender niet geverifieerd voor e-mailgebruiker</translation>
    </message>
    <message>
        <source>The recipient is a contact that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>De geadresseerde is een contactpersoon die e-mail van buiten de eigen organisatie weigert. Alleen een beheerder aan de kant van de geadresseerde kan dat wijzigen.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both, and whether the account needs an app password.</source>
        <translation>De server heeft de gebruikersnaam of het wachtwoord geweigerd. Controleer beide, en ga na of u voor dit account een app-wachtwoord nodig hebt.</translation>
    </message>
    <message>
        <source>Authentication disabled for this account</source>
        <translation>Verificatie uitgeschakeld voor dit account</translation>
    </message>
    <message>
        <source>Logging in to send (SMTP AUTH, basic authentication) is switched off for this account or organisation, or blocked by a security policy. The administrator has to allow it, or you must use a different way to send.</source>
        <translation>Aanmelden om te verzenden (SMTP AUTH, basisverificatie) is voor dit account of deze organisatie uitgeschakeld, of wordt door een beveiligingsbeleid geblokkeerd. De beheerder moet het toestaan, of u moet op een andere manier verzenden.</translation>
    </message>
    <message>
        <source>Spam abuse detected</source>
        <translation>Misbruik voor ongewenste e-mail gedetecteerd</translation>
    </message>
    <message>
        <source>The sending account was blocked because spam was sent from it. Secure the account and reset its password, then have the administrator or support unblock it.</source>
        <translation>Het verzendende account is geblokkeerd omdat er ongewenste e-mail mee is verzonden. Beveilig het account en stel een nieuw wachtwoord in; laat het account daarna door de beheerder of de ondersteuning vrijgeven.</translation>
    </message>
    <message>
        <source>Banned sender</source>
        <translation>Afzender geblokkeerd</translation>
    </message>
    <message>
        <source>Recipient address rejected</source>
        <translation>Adres van geadresseerde geweigerd</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid on the receiving system. Check it and try again.</source>
        <translation>Het adres van de geadresseerde is niet geldig op het ontvangende systeem. Controleer het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Banned recipient</source>
        <translation>Geadresseerde geblokkeerd</translation>
    </message>
    <message>
        <source>The recipient is barred from receiving mail. If you think that is wrong, the recipient&apos;s side has to contact its support.</source>
        <translation>De geadresseerde mag geen e-mail ontvangen. Denkt u dat dit niet klopt, dan moet de kant van de geadresseerde contact opnemen met de eigen ondersteuning.</translation>
    </message>
    <message>
        <source>Bad HELO</source>
        <translation>Ongeldige HELO</translation>
    </message>
    <message>
        <source>The sending server introduced itself (HELO/EHLO) with the receiving server&apos;s own name instead of its own, which is typical of spam software. The sending server&apos;s configuration has to be corrected.</source>
        <translation>De verzendende server stelde zich (met HELO/EHLO) voor met de naam van de ontvangende server in plaats van met zijn eigen naam, wat typerend is voor spamsoftware. De configuratie van de verzendende server moet worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>Rejected by recipient</source>
        <translation>Geweigerd door geadresseerde</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation blocks the IP address you send from. Ask the recipient to lift the block.</source>
        <translation>De organisatie van de geadresseerde blokkeert het IP-adres waarvandaan u verzendt. Vraag de geadresseerde om de blokkering op te heffen.</translation>
    </message>
    <message>
        <source>IPv6 range over its limits</source>
        <translation>IPv6-bereik boven de limiet</translation>
    </message>
    <message>
        <source>The sender&apos;s IPv6 range sent too many messages in too short a time.</source>
        <translation>Het IPv6-bereik van de afzender heeft te veel berichten in te korte tijd verzonden.</translation>
    </message>
    <message>
        <source>DMARC check failed</source>
        <translation>DMARC-controle mislukt</translation>
    </message>
    <message>
        <source>The domain in the From address did not pass its DMARC check. The domain&apos;s administrator has to align SPF and DKIM with the From domain, or you must send through the domain&apos;s own servers.</source>
        <translation>Het domein in het Van-adres is niet door de DMARC-controle gekomen. De beheerder van het domein moet SPF en DKIM laten aansluiten op het Van-domein, of u moet via de eigen servers van het domein verzenden.</translation>
    </message>
    <message>
        <source>No mail over IPv6</source>
        <translation>Geen e-mail via IPv6</translation>
    </message>
    <message>
        <source>The recipient does not accept mail over IPv6, and the message came over IPv6. The sending server has to deliver over IPv4.</source>
        <translation>De geadresseerde accepteert geen e-mail via IPv6, en het bericht kwam via IPv6 binnen. De verzendende server moet via IPv4 bezorgen.</translation>
    </message>
    <message>
        <source>The account you are sending from is on a block list. The provider or administrator has to have it removed.</source>
        <translation>Het account waarvandaan u verzendt, staat op een blokkeerlijst. De provider of beheerder moet het ervan laten verwijderen.</translation>
    </message>
    <message>
        <source>From header not valid</source>
        <translation>Ongeldige Van-header</translation>
    </message>
    <message>
        <source>The message had no valid e-mail address in its From line. Check the address set in your mail program.</source>
        <translation>Het bericht had geen geldig e-mailadres in de Van-regel. Controleer het adres dat in uw e-mailprogramma is ingesteld.</translation>
    </message>
    <message>
        <source>Blocked by the recipient&apos;s own block list</source>
        <translation>Geblokkeerd door de eigen blokkeerlijst van de geadresseerde</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain put your sending IP address on its own block list. If that is a mistake, ask the recipient to remove it.</source>
        <translation>Het domein van de geadresseerde heeft uw verzendende IP-adres op de eigen blokkeerlijst gezet. Is dat een vergissing, vraag de geadresseerde dan om het te verwijderen.</translation>
    </message>
    <message>
        <source>Banned sending IP</source>
        <translation>Verzendend IP-adres geblokkeerd</translation>
    </message>
    <message>
        <source>The IP address the mail came from is on the service&apos;s block list, usually after spam or a compromised machine sent through it. Whoever runs the sending server has to clean it up and ask for delisting.</source>
        <translation>Het IP-adres waarvandaan de e-mail kwam, staat op de blokkeerlijst van de dienst, meestal omdat er ongewenste e-mail of een gehackte computer via is verzonden. Wie de verzendende server beheert, moet het probleem verhelpen en vragen om van de lijst te worden gehaald.</translation>
    </message>
    <message>
        <source>Tenant over its threshold</source>
        <translation>Tenant boven de drempelwaarde</translation>
    </message>
    <message>
        <source>Most of the mail from this organisation looked suspicious, so it may no longer send. The administrator has to remove the cause (e.g. a hacked account or an open connector) and contact support.</source>
        <translation>Het grootste deel van de e-mail van deze organisatie leek verdacht, daarom mag ze niet meer verzenden. De beheerder moet de oorzaak wegnemen (bijv. een gehackt account of een open connector) en contact opnemen met de ondersteuning.</translation>
    </message>
    <message>
        <source>Sending from unregistered domains blocked</source>
        <translation>Verzenden vanaf niet-geregistreerde domeinen geblokkeerd</translation>
    </message>
    <message>
        <source>The organisation sent a lot of mail from domains it has not registered with the service, so sending was blocked. The administrator has to register the domains.</source>
        <translation>De organisatie heeft veel e-mail verzonden vanaf domeinen die niet bij de dienst zijn geregistreerd, daarom is verzenden geblokkeerd. De beheerder moet de domeinen registreren.</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>het postvak bestaat niet</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist or takes no mail</source>
        <translation>het domein van de geadresseerde bestaat niet of ontvangt geen e-mail</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is not written correctly</source>
        <translation>het adres van de geadresseerde is niet correct geschreven</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is ambiguous</source>
        <translation>het adres van de geadresseerde is niet eenduidig</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is valid</source>
        <translation>het adres van de geadresseerde is geldig</translation>
    </message>
    <message>
        <source>the mailbox has moved and no forwarding is set up</source>
        <translation>het postvak is verplaatst en er is geen doorsturen ingesteld</translation>
    </message>
    <message>
        <source>the sender&apos;s address is not written correctly</source>
        <translation>het adres van de afzender is niet correct geschreven</translation>
    </message>
    <message>
        <source>the sender&apos;s domain is not valid</source>
        <translation>het domein van de afzender is niet geldig</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain says it takes no mail (null MX)</source>
        <translation>het domein van de geadresseerde geeft aan geen e-mail te ontvangen (null MX)</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>het postvak is uitgeschakeld</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>het postvak is vol</translation>
    </message>
    <message>
        <source>the message is larger than the recipient allows</source>
        <translation>het bericht is groter dan de geadresseerde toestaat</translation>
    </message>
    <message>
        <source>a mailing list could not be expanded</source>
        <translation>een mailinglijst kon niet worden uitgevouwen</translation>
    </message>
    <message>
        <source>the mail system has a problem</source>
        <translation>het e-mailsysteem heeft een probleem</translation>
    </message>
    <message>
        <source>the mail system is out of space</source>
        <translation>het e-mailsysteem heeft geen ruimte meer</translation>
    </message>
    <message>
        <source>the mail system is not accepting mail</source>
        <translation>het e-mailsysteem neemt geen e-mail aan</translation>
    </message>
    <message>
        <source>the system cannot handle a feature the message needs</source>
        <translation>het systeem ondersteunt een functie niet die het bericht nodig heeft</translation>
    </message>
    <message>
        <source>the message is too big for the system</source>
        <translation>het bericht is te groot voor het systeem</translation>
    </message>
    <message>
        <source>the mail system is configured wrongly</source>
        <translation>het e-mailsysteem is verkeerd geconfigureerd</translation>
    </message>
    <message>
        <source>the receiving host did not answer</source>
        <translation>de ontvangende host antwoordde niet</translation>
    </message>
    <message>
        <source>the connection broke down</source>
        <translation>de verbinding is verbroken</translation>
    </message>
    <message>
        <source>a DNS or directory lookup failed</source>
        <translation>een DNS- of directoryzoekopdracht is mislukt</translation>
    </message>
    <message>
        <source>no route to the recipient&apos;s domain</source>
        <translation>geen route naar het domein van de geadresseerde</translation>
    </message>
    <message>
        <source>the mail system is congested</source>
        <translation>het e-mailsysteem is overbelast</translation>
    </message>
    <message>
        <source>the message was going round in a loop</source>
        <translation>het bericht ging in een lus rond</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>de bezorging duurde te lang en is opgegeven</translation>
    </message>
    <message>
        <source>a protocol error</source>
        <translation>een protocolfout</translation>
    </message>
    <message>
        <source>the command was not valid</source>
        <translation>de opdracht was niet geldig</translation>
    </message>
    <message>
        <source>the command had a syntax error</source>
        <translation>de opdracht bevatte een syntaxisfout</translation>
    </message>
    <message>
        <source>too many recipients at once</source>
        <translation>te veel geadresseerden tegelijk</translation>
    </message>
    <message>
        <source>a command parameter was not valid</source>
        <translation>een parameter van de opdracht was niet geldig</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <translation>verkeerde protocolversie</translation>
    </message>
    <message>
        <source>the login exchange was too long</source>
        <translation>de gegevensuitwisseling bij het aanmelden was te lang</translation>
    </message>
    <message>
        <source>a problem with the message content</source>
        <translation>een probleem met de inhoud van het bericht</translation>
    </message>
    <message>
        <source>a content type is not supported</source>
        <translation>een inhoudstype wordt niet ondersteund</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not allowed</source>
        <translation>de inhoud zou moeten worden geconverteerd, maar dat is niet toegestaan</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not supported</source>
        <translation>de inhoud zou moeten worden geconverteerd, maar dat wordt niet ondersteund</translation>
    </message>
    <message>
        <source>the content was converted with loss</source>
        <translation>de inhoud is met verlies geconverteerd</translation>
    </message>
    <message>
        <source>converting the content failed</source>
        <translation>het converteren van de inhoud is mislukt</translation>
    </message>
    <message>
        <source>the message content is not available</source>
        <translation>de inhoud van het bericht is niet beschikbaar</translation>
    </message>
    <message>
        <source>addresses with non-ASCII characters are not accepted</source>
        <translation>adressen met niet-ASCII-tekens worden niet geaccepteerd</translation>
    </message>
    <message>
        <source>a UTF-8 reply would be needed</source>
        <translation>er zou een UTF-8-antwoord nodig zijn</translation>
    </message>
    <message>
        <source>a message with UTF-8 headers cannot be passed on</source>
        <translation>een bericht met UTF-8-headers kan niet worden doorgegeven</translation>
    </message>
    <message>
        <source>sending to this mailing list is not allowed</source>
        <translation>verzenden naar deze mailinglijst is niet toegestaan</translation>
    </message>
    <message>
        <source>a required security conversion is not possible</source>
        <translation>een vereiste beveiligingsconversie is niet mogelijk</translation>
    </message>
    <message>
        <source>the security feature or login method is not supported</source>
        <translation>de beveiligingsfunctie of aanmeldmethode wordt niet ondersteund</translation>
    </message>
    <message>
        <source>a cryptographic operation failed</source>
        <translation>een cryptografische bewerking is mislukt</translation>
    </message>
    <message>
        <source>the cryptographic algorithm is not supported</source>
        <translation>het cryptografische algoritme wordt niet ondersteund</translation>
    </message>
    <message>
        <source>the message failed an integrity check</source>
        <translation>het bericht heeft een integriteitscontrole niet doorstaan</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>de gebruikersnaam of het wachtwoord is onjuist</translation>
    </message>
    <message>
        <source>the login method is too weak for this server</source>
        <translation>de aanmeldmethode is te zwak voor deze server</translation>
    </message>
    <message>
        <source>this login method needs an encrypted connection</source>
        <translation>deze aanmeldmethode vereist een versleutelde verbinding</translation>
    </message>
    <message>
        <source>the priority is too low</source>
        <translation>de prioriteit is te laag</translation>
    </message>
    <message>
        <source>the message is too big for its priority</source>
        <translation>het bericht is te groot voor zijn prioriteit</translation>
    </message>
    <message>
        <source>the mailbox now belongs to someone else</source>
        <translation>het postvak is nu van iemand anders</translation>
    </message>
    <message>
        <source>the domain now belongs to someone else</source>
        <translation>het domein is nu van iemand anders</translation>
    </message>
    <message>
        <source>the recipient could not be verified as unchanged</source>
        <translation>er kon niet worden vastgesteld dat de geadresseerde ongewijzigd is</translation>
    </message>
    <message>
        <source>no valid DKIM signature</source>
        <translation>geen geldige DKIM-handtekening</translation>
    </message>
    <message>
        <source>no acceptable DKIM signature</source>
        <translation>geen acceptabele DKIM-handtekening</translation>
    </message>
    <message>
        <source>no DKIM signature matching the author&apos;s domain</source>
        <translation>geen DKIM-handtekening die overeenkomt met het domein van de auteur</translation>
    </message>
    <message>
        <source>the SPF check failed</source>
        <translation>de SPF-controle is mislukt</translation>
    </message>
    <message>
        <source>the SPF check could not be completed</source>
        <translation>de SPF-controle kon niet worden voltooid</translation>
    </message>
    <message>
        <source>the sending address has no valid reverse DNS</source>
        <translation>het verzendende adres heeft geen geldige reverse DNS</translation>
    </message>
    <message>
        <source>several authentication checks (SPF, DKIM, DMARC) failed</source>
        <translation>meerdere verificatiecontroles (SPF, DKIM, DMARC) zijn mislukt</translation>
    </message>
    <message>
        <source>the sender&apos;s domain says it sends no mail (null MX)</source>
        <translation>het domein van de afzender geeft aan geen e-mail te verzenden (null MX)</translation>
    </message>
    <message>
        <source>a flood of mail was detected</source>
        <translation>er is een stortvloed aan e-mail gedetecteerd</translation>
    </message>
    <message>
        <source>the ARC check failed</source>
        <translation>de ARC-controle is mislukt</translation>
    </message>
    <message>
        <source>REQUIRETLS support is required</source>
        <translation>ondersteuning voor REQUIRETLS is vereist</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Adressering</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postvak</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>E-mailsysteem</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <translation>Netwerk en routering</translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <translation>Protocol voor e-mailbezorging</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>Inhoud van het bericht</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <translation>Beveiliging of beleid</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to a different name than the server you entered.</source>
        <translation>Het certificaat van de server is uitgegeven voor een andere naam dan de server die u hebt ingevoerd.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>Het certificaat van de server is verlopen of nog niet geldig (of de klok van deze computer staat verkeerd).</translation>
    </message>
    <message>
        <source>The mail program could not find the server: the name is misspelt, or this network cannot look it up.</source>
        <translation>Het e-mailprogramma kon de server niet vinden: de naam is verkeerd gespeld, of dit netwerk kan de naam niet opzoeken.</translation>
    </message>
    <message>
        <source>The mail program could not connect to the server. The port may be blocked on this network (port 25 often is), a firewall or antivirus may be in the way, or the server may be down.</source>
        <translation>Het e-mailprogramma kon geen verbinding maken met de server. Mogelijk is de poort op dit netwerk geblokkeerd (poort 25 vaak wel), zit een firewall of antivirusprogramma in de weg, of is de server onbereikbaar.</translation>
    </message>
    <message>
        <source>The connection to the server was cut off. Common reasons: the security setting does not match the port (SSL on a STARTTLS port or the other way round), an antivirus program scanning outgoing mail, or a network that blocks mail ports.</source>
        <translation>De verbinding met de server is verbroken. Veelvoorkomende oorzaken: de beveiligingsinstelling past niet bij de poort (SSL op een STARTTLS-poort of andersom), een antivirusprogramma dat uitgaande e-mail scant, of een netwerk dat e-mailpoorten blokkeert.</translation>
    </message>
    <message>
        <source>The mail program could not send data over the network; usually a firewall or antivirus program blocks it.</source>
        <translation>Het e-mailprogramma kon geen gegevens over het netwerk verzenden; meestal blokkeert een firewall of antivirusprogramma dat.</translation>
    </message>
    <message>
        <source>Logging on with Secure Password Authentication (SPA) failed. Most providers do not use SPA: switch it off and use the normal user name and password.</source>
        <translation>Aanmelden met beveiligd-wachtwoordverificatie (SPA) is mislukt. De meeste providers gebruiken geen SPA: schakel het uit en gebruik de gewone gebruikersnaam en het gewone wachtwoord.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up: the server does not support the encryption type chosen for this port. Use 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>De versleutelde verbinding kon niet tot stand worden gebracht: de server ondersteunt het type versleuteling niet dat voor deze poort is gekozen. Gebruik 587 met STARTTLS of 465 met SSL/TLS.</translation>
    </message>
    <message>
        <source>The outgoing server answered with an error; its own words say more.</source>
        <translation>De uitgaande server antwoordde met een fout; wat de server zelf zegt, vertelt meer.</translation>
    </message>
    <message>
        <source>The outgoing server gave an answer the mail program did not understand.</source>
        <translation>De uitgaande server gaf een antwoord dat het e-mailprogramma niet begreep.</translation>
    </message>
    <message>
        <source>The outgoing server did not recognise a command (reply 500). Something between you and the server may be interfering.</source>
        <translation>De uitgaande server herkende een opdracht niet (antwoord 500). Mogelijk verstoort iets tussen u en de server de verbinding.</translation>
    </message>
    <message>
        <source>The outgoing server refused a command&apos;s parameters (reply 501), often an address written in a way it does not accept.</source>
        <translation>De uitgaande server weigerde de parameters van een opdracht (antwoord 501), vaak een adres dat is geschreven op een manier die hij niet accepteert.</translation>
    </message>
    <message>
        <source>The outgoing server does not implement a command the mail program used (reply 502).</source>
        <translation>De uitgaande server ondersteunt een opdracht niet die het e-mailprogramma gebruikte (antwoord 502).</translation>
    </message>
    <message>
        <source>The outgoing server says the commands came in the wrong order (reply 503); mostly this means it expected a login first.</source>
        <translation>Volgens de uitgaande server kwamen de opdrachten in de verkeerde volgorde (antwoord 503); meestal betekent dit dat hij eerst een aanmelding verwachtte.</translation>
    </message>
    <message>
        <source>The outgoing server does not support a parameter the mail program used (reply 504), typically the login method.</source>
        <translation>De uitgaande server ondersteunt een parameter niet die het e-mailprogramma gebruikte (antwoord 504), meestal de aanmeldmethode.</translation>
    </message>
    <message>
        <source>The outgoing server is not available and closed the connection (reply 421).</source>
        <translation>De uitgaande server is niet beschikbaar en heeft de verbinding gesloten (antwoord 421).</translation>
    </message>
    <message>
        <source>The outgoing server could not take the message for now (reply 450).</source>
        <translation>De uitgaande server kon het bericht op dit moment niet aannemen (antwoord 450).</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 550): the mailbox does not exist or is not available to you.</source>
        <translation>De uitgaande server weigerde een adres (antwoord 550): het postvak bestaat niet of is niet beschikbaar voor u.</translation>
    </message>
    <message>
        <source>The outgoing server reported a temporary internal error (reply 451).</source>
        <translation>De uitgaande server meldde een tijdelijke interne fout (antwoord 451).</translation>
    </message>
    <message>
        <source>The outgoing server says the recipient is not one of its users and will not pass the message on (reply 551).</source>
        <translation>Volgens de uitgaande server is de geadresseerde geen gebruiker van die server en stuurt hij het bericht niet door (antwoord 551).</translation>
    </message>
    <message>
        <source>The outgoing server is short of storage or limits the number of recipients (reply 452).</source>
        <translation>De uitgaande server heeft te weinig opslagruimte of beperkt het aantal geadresseerden (antwoord 452).</translation>
    </message>
    <message>
        <source>The message is larger than the outgoing server allows (reply 552).</source>
        <translation>Het bericht is groter dan de uitgaande server toestaat (antwoord 552).</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 553); servers use this mostly to refuse passing mail on to other domains.</source>
        <translation>De uitgaande server weigerde een adres (antwoord 553); servers doen dit vooral om te weigeren e-mail door te sturen naar andere domeinen.</translation>
    </message>
    <message>
        <source>The outgoing server refused the message (reply 554).</source>
        <translation>De uitgaande server weigerde het bericht (antwoord 554).</translation>
    </message>
    <message>
        <source>The outgoing server refused the sender&apos;s address, usually because it does not belong to the account you send through, or because you did not log in.</source>
        <translation>De uitgaande server weigerde het adres van de afzender, meestal omdat het niet hoort bij het account waarmee u verzendt, of omdat u zich niet hebt aangemeld.</translation>
    </message>
    <message>
        <source>The outgoing server refused one of the recipients. When the address is right, this almost always means the server will not pass mail on to other domains for you: you are not logged in, or not on its network.</source>
        <translation>De uitgaande server weigerde een van de geadresseerden. Klopt het adres, dan betekent dit bijna altijd dat de server geen e-mail voor u naar andere domeinen wil doorsturen: u bent niet aangemeld, of niet met zijn netwerk verbonden.</translation>
    </message>
    <message>
        <source>No sender address was given; fill in your e-mail address in the account settings.</source>
        <translation>Er is geen afzenderadres opgegeven; vul uw e-mailadres in bij de accountinstellingen.</translation>
    </message>
    <message>
        <source>The outgoing server requires an encrypted connection (STARTTLS) before anything else.</source>
        <translation>De uitgaande server vereist eerst een versleutelde verbinding (STARTTLS).</translation>
    </message>
    <message>
        <source>The server does not support the kind of encryption set for this account. Match the security setting to the port: STARTTLS on 587 (or 25), SSL/TLS on 465.</source>
        <translation>De server ondersteunt het type versleuteling niet dat voor dit account is ingesteld. Stem de beveiligingsinstelling af op de poort: STARTTLS op 587 (of 25), SSL/TLS op 465.</translation>
    </message>
    <message>
        <source>Starting the encrypted connection failed (reply 454). The security setting may not match the port, or the server&apos;s encryption is broken.</source>
        <translation>Het starten van de versleutelde verbinding is mislukt (antwoord 454). Mogelijk past de beveiligingsinstelling niet bij de poort, of werkt de versleuteling van de server niet goed.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server reported an error, most often about the login or the security setting. Where sending depends on checking mail first, this also stops sending.</source>
        <translation>De inkomende server (POP3) meldde een fout, meestal over de aanmelding of de beveiligingsinstelling. Als u pas mag verzenden nadat u e-mail hebt opgehaald, houdt dit ook het verzenden tegen.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the user name.</source>
        <translation>De inkomende server (POP3) accepteerde de gebruikersnaam niet.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the password.</source>
        <translation>De inkomende server (POP3) accepteerde het wachtwoord niet.</translation>
    </message>
    <message>
        <source>Outlook could not connect to the incoming (POP3) server: no network, a wrong server name or port, or a firewall.</source>
        <translation>Outlook kon geen verbinding maken met de inkomende server (POP3): geen netwerk, een verkeerde servernaam of poort, of een firewall.</translation>
    </message>
    <message>
        <source>Outlook could not connect to the outgoing (SMTP) server. The port is often blocked on hotel, café and provider networks; try 587 or 465, or the server of the network you are on.</source>
        <translation>Outlook kon geen verbinding maken met de uitgaande server (SMTP). Op netwerken van hotels, cafés en providers is de poort vaak geblokkeerd; probeer 587 of 465, of de server van het netwerk waarop u nu zit.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not answer in time.</source>
        <translation>De inkomende server (POP3) antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server did not answer in time; the port may be blocked or the server slow.</source>
        <translation>De uitgaande server (SMTP) antwoordde niet op tijd; mogelijk is de poort geblokkeerd of is de server traag.</translation>
    </message>
    <message>
        <source>The recipient (a person, group or folder) only accepts mail from certain senders, for example from inside its own organisation. Only the recipient&apos;s side can allow you.</source>
        <translation>De geadresseerde (een persoon, groep of map) accepteert alleen e-mail van bepaalde afzenders, bijvoorbeeld van binnen de eigen organisatie. Alleen de kant van de geadresseerde kan u toestemming geven.</translation>
    </message>
    <message>
        <source>The provider does not accept the account&apos;s normal password from mail programs. Create an app password in the provider&apos;s security settings, or use a program that supports modern sign-in.</source>
        <translation>De provider accepteert het normale wachtwoord van het account niet van e-mailprogramma&apos;s. Maak een app-wachtwoord aan in de beveiligingsinstellingen van de provider, of gebruik een programma dat moderne aanmelding ondersteunt.</translation>
    </message>
    <message>
        <source>The provider blocked this login as unusual. Sign in once through its web mail, confirm it was you, then try again.</source>
        <translation>De provider heeft deze aanmelding als ongebruikelijk geblokkeerd. Meld u één keer aan via de webmail van de provider, bevestig dat u het was en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Logging in to send with a user name and password is switched off for this account or organisation. The administrator has to allow it, or you must send another way.</source>
        <translation>Aanmelden om te verzenden met een gebruikersnaam en wachtwoord is uitgeschakeld voor dit account of deze organisatie. De beheerder moet dit toestaan, of u moet op een andere manier verzenden.</translation>
    </message>
    <message>
        <source>The server only lets you send with addresses that belong to the account you log in with. Use that address as From, or have the other address added to your account.</source>
        <translation>De server laat u alleen verzenden met adressen die horen bij het account waarmee u zich aanmeldt. Gebruik dat adres als Van-adres, of laat het andere adres aan uw account toevoegen.</translation>
    </message>
    <message>
        <source>The receiving server uses greylisting: it turns away the first attempt from a sender it does not know yet and accepts a retry a few minutes later. Mail servers retry by themselves; nothing needs doing unless it keeps failing for hours.</source>
        <translation>De ontvangende server gebruikt greylisting: de eerste poging van een afzender die hij nog niet kent, wordt afgewezen, en een nieuwe poging een paar minuten later wordt geaccepteerd. Mailservers proberen het vanzelf opnieuw; u hoeft niets te doen, tenzij het urenlang blijft mislukken.</translation>
    </message>
    <message>
        <source>The receiving server does not take mail straight from home and mobile connections. Send through your provider&apos;s outgoing server (with a login) instead of delivering directly.</source>
        <translation>De ontvangende server accepteert geen e-mail die rechtstreeks van thuis- en mobiele verbindingen komt. Verzend via de uitgaande server van uw provider (met aanmelding) in plaats van rechtstreeks te bezorgen.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address is on a block list, so the receiving server refuses it. Whoever runs the sending server has to find out why it was listed, fix that, and ask for removal; until then, sending through another server helps.</source>
        <translation>Het IP-adres van de verzendende server staat op een blokkeerlijst, daarom weigert de ontvangende server het. Wie de verzendende server beheert, moet uitzoeken waarom het op de lijst staat, dat oplossen en om verwijdering vragen; tot die tijd helpt het om via een andere server te verzenden.</translation>
    </message>
    <message>
        <source>The sending server&apos;s name and address do not check out (no reverse DNS, or a wrong HELO name). Whoever runs the sending server has to fix its DNS or configuration.</source>
        <translation>De naam en het adres van de verzendende server kloppen niet met elkaar (geen reverse DNS, of een verkeerde HELO-naam). Wie de verzendende server beheert, moet de DNS-gegevens of de configuratie corrigeren.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Temporary failure (the sender will retry)</source>
        <translation>Tijdelijke fout (de afzender probeert het opnieuw)</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Blijvende fout</translation>
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
        <translation>Dagelijkse limiet voor geadresseerden bereikt</translation>
    </message>
    <message>
        <source>The account has sent to more recipients today than the service allows. Sending works again once the 24-hour window has passed.</source>
        <translation>Het account heeft vandaag naar meer geadresseerden verzonden dan de dienst toestaat. Verzenden werkt weer zodra de periode van 24 uur voorbij is.</translation>
    </message>
    <message>
        <source>The connection to the server could not be made or used. The port may be blocked on this network, or a firewall or antivirus may be in the way.</source>
        <translation>De verbinding met de server kon niet worden gemaakt of gebruikt. De poort is misschien geblokkeerd op dit netwerk, of een firewall of antivirusprogramma zit in de weg.</translation>
    </message>
    <message>
        <source>The mail program was no longer connected to the server when it tried to continue.</source>
        <translation>Het e-mailprogramma was niet meer met de server verbonden toen het verder wilde gaan.</translation>
    </message>
    <message>
        <source>Sending data to the server failed; the connection broke off.</source>
        <translation>Het verzenden van gegevens naar de server is mislukt; de verbinding werd verbroken.</translation>
    </message>
    <message>
        <source>Receiving the server&apos;s answer failed; the connection broke off.</source>
        <translation>Het ontvangen van het antwoord van de server is mislukt; de verbinding werd verbroken.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation>Het antwoord van de server werd afgebroken voordat het compleet was.</translation>
    </message>
    <message>
        <source>The server (or the mail program&apos;s connection to it) was busy; try again in a moment.</source>
        <translation>De server (of de verbinding van het e-mailprogramma ermee) was bezet; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>An address of the message is not a valid e-mail address. Check the recipients for typing mistakes and stray characters.</source>
        <translation>Een adres in het bericht is geen geldig e-mailadres. Controleer de geadresseerden op typfouten en losse tekens.</translation>
    </message>
    <message>
        <source>The list of recipients is not valid (an address is misspelt, or separators are wrong).</source>
        <translation>De lijst met geadresseerden is niet geldig (een adres is verkeerd gespeld, of de scheidingstekens kloppen niet).</translation>
    </message>
    <message>
        <source>Reading from the connection to the server failed; the connection broke off, often because of an antivirus program or an unstable network.</source>
        <translation>Lezen van de verbinding met de server is mislukt; de verbinding werd verbroken, vaak door een antivirusprogramma of een instabiel netwerk.</translation>
    </message>
    <message>
        <source>The mail program could not open a connection to the server&apos;s port. The port may be blocked on this network, or the server name or port is wrong.</source>
        <translation>Het e-mailprogramma kon geen verbinding maken met de poort van de server. De poort is misschien geblokkeerd op dit netwerk, of de servernaam of poort klopt niet.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The port may be blocked on this network, or the server is slow or down.</source>
        <translation>De server antwoordde niet op tijd. De poort is misschien geblokkeerd op dit netwerk, of de server is traag of niet bereikbaar.</translation>
    </message>
    <message>
        <source>The message has no recipient the server accepted (or none at all).</source>
        <translation>Het bericht heeft geen geadresseerde die de server accepteerde (of helemaal geen).</translation>
    </message>
    <message>
        <source>The receiving provider refuses or defers mail from the sending server because of its reputation (spam complaints, unusual volume, a block list). Whoever runs the sending server has to follow the link in the reply to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>De ontvangende provider weigert of vertraagt e-mail van de verzendende server vanwege diens reputatie (spamklachten, ongewoon volume, een blokkeerlijst). Wie de verzendende server beheert, moet via de link in de reactie om verwijdering vragen; verzenden via de eigen server van uw provider helpt meestal.</translation>
    </message>
    <message>
        <source>The provider&apos;s filter refused this message (its content, its headers, or the sending server&apos;s standing). The link in the reply names the exact reason; often a missing or malformed header (Date, From, Message-ID) or spam-like content is the cause.</source>
        <translation>Het filter van de provider weigerde dit bericht (de inhoud, de kopregels of de status van de verzendende server). De link in de reactie noemt de precieze reden; vaak is een ontbrekende of onjuiste kopregel (Date, From, Message-ID) of spamachtige inhoud de oorzaak.</translation>
    </message>
    <message>
        <source>The Google group refused the message: the group may not exist, or it accepts posts only from its members or approved senders. Check the group&apos;s address, or ask its owner to let you post.</source>
        <translation>De Google-groep weigerde het bericht: de groep bestaat misschien niet, of accepteert alleen berichten van leden of goedgekeurde afzenders. Controleer het adres van de groep, of vraag de eigenaar u toe te laten berichten te plaatsen.</translation>
    </message>
    <message>
        <source>Recipient not found by the receiving organisation</source>
        <translation>Geadresseerde niet gevonden door de ontvangende organisatie</translation>
    </message>
    <message>
        <source>The receiving organisation checks recipients against its directory and has no one with this address. Check the address for typing errors, or ask the recipient for the right one.</source>
        <translation>De ontvangende organisatie controleert geadresseerden aan de hand van haar adreslijst en heeft niemand met dit adres. Controleer het adres op typefouten, of vraag de geadresseerde om het juiste adres.</translation>
    </message>
    <message>
        <source>The mailing list accepts posts only from its members. Subscribe with the address you send from, or ask the list&apos;s owner to let you post.</source>
        <translation>De mailinglijst accepteert alleen berichten van haar leden. Abonneer u met het adres waarmee u verzendt, of vraag de eigenaar van de lijst om u berichten te laten plaatsen.</translation>
    </message>
    <message>
        <source>a password transition is needed: log in once with the plain password method</source>
        <translation>het wachtwoord moet worden omgezet: meld u één keer aan met de methode voor een gewoon wachtwoord</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>het account is uitgeschakeld</translation>
    </message>
    <message>
        <source>a trust relationship between servers is required</source>
        <translation>er is een vertrouwensrelatie tussen de servers vereist</translation>
    </message>
    <message>
        <source>A server on the way refused the login or the connection of the server that passed your message on (for example its relay, which wants other credentials, another login method or encryption). Your mail program did its job; whoever runs the sending server has to correct its settings for that relay.</source>
        <translation>Een server onderweg heeft de aanmelding of de verbinding geweigerd van de server die uw bericht heeft doorgestuurd (bijvoorbeeld de server waarlangs die doorstuurt en die andere aanmeldgegevens, een andere aanmeldmethode of versleuteling wil). Uw e-mailprogramma heeft zijn werk gedaan; wie de verzendende server beheert, moet de instellingen voor dat doorsturen corrigeren.</translation>
    </message>
    <message>
        <source>The receiving side refuses mail from your address or domain: it is on that side&apos;s list of blocked senders, or not on its list of approved ones. Only the recipient or their administrator can allow you; ask them by other means.</source>
        <translation>De ontvangende kant weigert e-mail van uw adres of domein: het staat daar op de lijst met geblokkeerde afzenders, of niet op de lijst met goedgekeurde afzenders. Alleen de geadresseerde of diens beheerder kan u toelaten; vraag het hun via een andere weg.</translation>
    </message>
    <message>
        <source>The receiving server refuses mail from the sending server&apos;s network address (for spam sent from it, a dynamic or home address, or its own list). Whoever runs the sending server has to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>De ontvangende server weigert e-mail van het netwerkadres van de verzendende server (vanwege ongewenste e-mail die vanaf dat adres is verzonden, omdat het een dynamisch adres of thuisadres is, of omdat het op de eigen lijst van de server staat). Wie de verzendende server beheert, moet om verwijdering vragen; verzenden via de eigen server van uw provider helpt meestal.</translation>
    </message>
</context>
<context>
    <name>od::DecodeCommand</name>
    <message>
        <source>No error message was recognised in this text.</source>
        <translation>In deze tekst is geen foutbericht herkend.</translation>
    </message>
    <message>
        <source>Paste the whole message: the bounce, the error dialog or the server&apos;s reply.</source>
        <translation>Plak het hele bericht: het onbestelbaarheidsrapport, het foutvenster of de reactie van de server.</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>De server antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Who has to act: %1</source>
        <translation>Wie moet er iets doen: %1</translation>
    </message>
    <message>
        <source>What to do, in this order:</source>
        <translation>Wat u kunt doen, in deze volgorde:</translation>
    </message>
    <message>
        <source>Details (format: %1)</source>
        <translation>Details (indeling: %1)</translation>
    </message>
    <message>
        <source>Server that wrote the report: %1</source>
        <translation>Server die het rapport heeft opgesteld: %1</translation>
    </message>
    <message>
        <source>(no recipient named)</source>
        <translation>(geen geadresseerde vermeld)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Refused by: %1</source>
        <translation>Geweigerd door: %1</translation>
    </message>
    <message>
        <source>At step: %1</source>
        <translation>Bij stap: %1</translation>
    </message>
    <message>
        <source>Mail program&apos;s error: server %1, port %2, SSL %3, error number %4</source>
        <translation>Fout van het e-mailprogramma: server %1, poort %2, SSL %3, foutnummer %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Original To: %1</source>
        <translation>Oorspronkelijk Aan-adres: %1</translation>
    </message>
    <message>
        <source>Original Received-SPF: %1</source>
        <translation>Oorspronkelijke Received-SPF: %1</translation>
    </message>
    <message>
        <source>Note: the text was cut short or too long; only part of it was read.</source>
        <translation>Let op: de tekst was afgebroken of te lang; slechts een deel ervan is gelezen.</translation>
    </message>
    <message>
        <source>Explains a pasted error message, bounce or server reply.</source>
        <translation>Legt een geplakt foutbericht, onbestelbaarheidsrapport of serverantwoord uit.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>De uitkomst als JSON weergeven.</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown (orders the fixes).</source>
        <translation>Waar u bent: home, work, travel of unknown (bepaalt de volgorde van de oplossingen).</translation>
    </message>
    <message>
        <source>Whose server the account uses: home, work or other.</source>
        <translation>Van wie de server is die het account gebruikt: home, work of other.</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>Ook een rapport schrijven (.html, .pdf of .txt).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;: use home, work, travel or unknown.</source>
        <translation>Onbekende locatie &quot;%1&quot;: gebruik home, work, travel of unknown.</translation>
    </message>
    <message>
        <source>Unknown account kind &quot;%1&quot;: use home, work or other.</source>
        <translation>Onbekend soort account &quot;%1&quot;: gebruik home, work of other.</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>Het rapportbestand moet eindigen op .html, .pdf of .txt: %1</translation>
    </message>
    <message>
        <source>Nothing to decode: give a file, or - and paste the text (end with Ctrl+D).</source>
        <translation>Niets om te ontcijferen: geef een bestand op, of - en plak de tekst (sluit af met Ctrl+D).</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Kan de standaardinvoer niet lezen.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB; give only the error message or bounce.</source>
        <translation>De invoer is groter dan %1 MB; geef alleen het foutbericht of het onbestelbaarheidsrapport op.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; give only the error message or bounce.</source>
        <translation>%1 is groter dan %2 MB; geef alleen het foutbericht of het onbestelbaarheidsrapport op.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>De invoer is leeg.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interne fout: %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interne fout.</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>Vervang in het rapport e-mailadressen en servernamen door plaatsaanduidingen (voor openbare forums).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>Files to read, - for standard input, or folders (a maildir, or a folder of .eml files): several inputs are decoded in one go, one JSON object per line with --json.</source>
        <translation>Bestanden om te lezen, - voor standaardinvoer, of mappen (een maildir, of een map met .eml-bestanden): meerdere invoeren worden in één keer gedecodeerd, met --json één JSON-object per regel.</translation>
    </message>
    <message>
        <source>A report can be written for one input only.</source>
        <translation>Een rapport kan voor maar één invoer worden geschreven.</translation>
    </message>
    <message>
        <source>Standard input (-) cannot be combined with other inputs.</source>
        <translation>Standaardinvoer (-) kan niet met andere invoeren worden gecombineerd.</translation>
    </message>
    <message>
        <source>%1 holds no .eml files and is not a maildir.</source>
        <translation>%1 bevat geen .eml-bestanden en is geen maildir.</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong.</source>
        <translation>Niet zeker: het bericht zegt niet duidelijk genoeg wat er misging.</translation>
    </message>
    <message>
        <source>Language of the output (%1).</source>
        <translation>Taal van de uitvoer (%1).</translation>
    </message>
</context>
<context>
    <name>od::DiagnosisPage</name>
    <message>
        <source>You are on someone else&apos;s network. Your provider&apos;s server does not recognise this connection as one of its own, so it passes mail on for you only after you log in.</source>
        <translation>U zit op het netwerk van iemand anders. De server van uw provider herkent deze verbinding niet als een van de eigen verbindingen, en stuurt e-mail daarom pas voor u door nadat u zich hebt aangemeld.</translation>
    </message>
    <message>
        <source>You are on your provider&apos;s own connection, where its server usually accepts you without a login. That it refuses now suggests the provider has changed its rules; logging in is the usual answer.</source>
        <translation>U zit op de eigen verbinding van uw provider, waar de server u meestal zonder aanmelding accepteert. Dat hij nu weigert, wijst erop dat de provider de regels heeft gewijzigd; aanmelden is dan meestal de oplossing.</translation>
    </message>
    <message>
        <source>An office network usually has its own outgoing server, and your provider&apos;s server does not recognise the office connection. Send through the office server, or log in to your provider&apos;s server.</source>
        <translation>Een kantoornetwerk heeft meestal een eigen uitgaande server, en de server van uw provider herkent de kantoorverbinding niet. Verzend via de server van het kantoor, of meld u aan bij de server van uw provider.</translation>
    </message>
    <message>
        <source>Servers pass mail on only for connections from their own network or for users who log in. From where you are, the server did not recognise you.</source>
        <translation>Servers sturen alleen e-mail door voor verbindingen vanaf hun eigen netwerk of voor gebruikers die zich aanmelden. Vanaf de plek waar u nu bent, heeft de server u niet herkend.</translation>
    </message>
    <message>
        <source>Public and office networks often block the mail ports, especially port 25. Port 587 or 465 usually gets through.</source>
        <translation>Openbare netwerken en kantoornetwerken blokkeren vaak de e-mailpoorten, vooral poort 25. Via poort 587 of 465 lukt het meestal wel.</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;, the server said:
%2</source>
        <translation>Bij de stap &quot;%1&quot; antwoordde de server:
%2</translation>
    </message>
    <message>
        <source>The incoming mail server said:
%1</source>
        <translation>De inkomende server antwoordde:
%1</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;: %2</source>
        <translation>Bij de stap &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Afzender: %1</translation>
    </message>
    <message>
        <source>Recipients: %1, %2</source>
        <translation>Geadresseerden: %1, %2</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Aanmelding: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>login</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>Local address: %1</source>
        <translation>Lokaal adres: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Conclusie: %1 (%2)</translation>
    </message>
    <message>
        <source>POP3 %1:%2: %3</source>
        <translation>POP3 %1:%2: %3</translation>
    </message>
    <message>
        <source>Port %1 (%2), address %3: %4</source>
        <translation>Poort %1 (%2), adres %3: %4</translation>
    </message>
    <message>
        <source>  Stopped: %1 %2</source>
        <translation>  Gestopt: %1 %2</translation>
    </message>
    <message>
        <source>  Encryption: %1 %2</source>
        <translation>  Versleuteling: %1 %2</translation>
    </message>
    <message>
        <source>  Certificate: %1, SHA-256 %2</source>
        <translation>  Certificaat: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>Wat de test heeft gevonden</translation>
    </message>
    <message>
        <source>In plain words, and who has to act.</source>
        <translation>In gewone woorden, en wie er iets moet doen.</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Technische &amp;details tonen</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische details tonen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>Your settings work from here. Click Next to finish and, if you like, save a report.</source>
        <translation>Uw instellingen werken vanaf deze plek. Klik op Volgende om af te ronden en desgewenst een rapport op te slaan.</translation>
    </message>
    <message>
        <source>This page explains the result of the test: what the server did, why it did it from where you are, and whether you can fix it yourself. Underneath are the server&apos;s own words, which are useful if you contact your provider. &quot;Show technical details&quot; lists every step of the test.</source>
        <translation>Deze pagina legt de uitkomst van de test uit: wat de server deed, waarom hij dat deed vanaf de plek waar u bent, en of u het zelf kunt oplossen. Daaronder staan de woorden van de server zelf; die zijn handig als u contact opneemt met uw provider. &quot;Technische details tonen&quot; laat elke stap van de test zien.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>Aanbevolen: %1</translation>
    </message>
    <message>
        <source>Click Next: Outbox Doctor tests it before you change anything in your mail program. Other ways are on the next page too.</source>
        <translation>Klik op Volgende: Outbox Doctor test het voordat u iets in uw e-mailprogramma wijzigt. Op de volgende pagina staan ook andere oplossingen.</translation>
    </message>
</context>
<context>
    <name>od::DonePage</name>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Het rapport staat op het klembord.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Plain text (*.txt)</source>
        <translation>Webpagina (*.html);;PDF-document (*.pdf);;Platte tekst (*.txt)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Het rapport kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>The result, and what to change in your mail program.</source>
        <translation>De uitkomst, en wat u in uw e-mailprogramma moet wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Het rapport naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Rapport op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save a report for your provider</source>
        <translation>Een rapport voor uw provider opslaan</translation>
    </message>
    <message>
        <source>As a web page, PDF or plain text. Your password is never in it.</source>
        <translation>Als webpagina, PDF of platte tekst. Uw wachtwoord staat er nooit in.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructies</translation>
    </message>
    <message>
        <source>It works</source>
        <translation>Het werkt</translation>
    </message>
    <message>
        <source>The test went through: mail sent with these settings would be delivered. If mail still fails, check the recipient&apos;s address, or paste the error you get on the first page.</source>
        <translation>De test is geslaagd: e-mail die met deze instellingen wordt verzonden, wordt bezorgd. Mislukt het verzenden toch nog, controleer dan het adres van de geadresseerde, of plak het foutbericht dat u krijgt op de eerste pagina.</translation>
    </message>
    <message>
        <source>Ask your provider</source>
        <translation>Vraag het uw provider</translation>
    </message>
    <message>
        <source>Send your provider or administrator the question from the previous page, with the report (&quot;Save report&quot; or &quot;Copy report&quot;).</source>
        <translation>Stuur uw provider of beheerder de vraag van de vorige pagina, samen met het rapport (&quot;Rapport opslaan&quot; of &quot;Rapport kopiëren&quot;).</translation>
    </message>
    <message>
        <source>Not solved yet</source>
        <translation>Nog niet opgelost</translation>
    </message>
    <message>
        <source>Still refused: %1. Click Back to try another way, or contact your provider with the report.</source>
        <translation>Nog steeds geweigerd: %1. Klik op Terug om een andere oplossing te proberen, of neem met het rapport contact op met uw provider.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>fix tried: its result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Wat er is geprobeerd:</translation>
    </message>
    <message>
        <source>This page shows whether the problem is solved. If it is, change your mail program as described (the settings that were tested are listed). If not, go back and try another way, or send your provider the report. Click Finish to close Outbox Doctor.</source>
        <translation>Deze pagina laat zien of het probleem is opgelost. Zo ja, wijzig dan uw e-mailprogramma zoals beschreven (de geteste instellingen staan erbij). Zo niet, ga dan terug en probeer een andere oplossing, of stuur uw provider het rapport. Klik op Voltooien om Outbox Doctor te sluiten.</translation>
    </message>
    <message>
        <source>Hide addresses and server &amp;names</source>
        <comment>report option</comment>
        <translation>&amp;Adressen en servernamen verbergen</translation>
    </message>
    <message>
        <source>For sharing the report in a public forum: e-mail addresses, server names and IP addresses are replaced by placeholders.</source>
        <translation>Om het rapport in een openbaar forum te delen: e-mailadressen, servernamen en IP-adressen worden vervangen door plaatsaanduidingen.</translation>
    </message>
    <message>
        <source>Hide addresses and server names in the report</source>
        <translation>Adressen en servernamen in het rapport verbergen</translation>
    </message>
    <message>
        <source>The test with the new settings went through: mail sent with them would be delivered.</source>
        <translation>De test met de nieuwe instellingen is geslaagd: e-mail die u daarmee verzendt, wordt bezorgd.</translation>
    </message>
    <message>
        <source>Last step: open your mail program and send yourself a message.</source>
        <translation>Laatste stap: open uw e-mailprogramma en stuur uzelf een bericht.</translation>
    </message>
    <message>
        <source>Last step: open %1 and send yourself a message.</source>
        <translation>Laatste stap: open %1 en stuur uzelf een bericht.</translation>
    </message>
    <message>
        <source>Last step: change your mail program as shown, then send yourself a message.</source>
        <translation>Laatste stap: wijzig uw e-mailprogramma zoals aangegeven en stuur uzelf daarna een bericht.</translation>
    </message>
    <message>
        <source>Last step: change %1 as shown, then send yourself a message.</source>
        <translation>Laatste stap: wijzig %1 zoals aangegeven en stuur uzelf daarna een bericht.</translation>
    </message>
    <message>
        <source>It should leave the Outbox at once and arrive within a minute or two. If your mail program asks for your password, enter it there.</source>
        <translation>Het bericht zou meteen uit het Postvak UIT moeten verdwijnen en binnen een minuut of twee moeten aankomen. Als uw e-mailprogramma om uw wachtwoord vraagt, voer het daar dan in.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was trusted only for this test, so your mail program will warn about it too. Accept it there only if it shows this SHA-256 fingerprint: %1</source>
        <translation>Het certificaat van de server is alleen voor deze test vertrouwd, dus ook uw e-mailprogramma zal ervoor waarschuwen. Accepteer het daar alleen als het deze SHA-256-vingerafdruk toont: %1</translation>
    </message>
    <message>
        <source>Try it in %1</source>
        <comment>mail program</comment>
        <translation>Probeer het in %1</translation>
    </message>
    <message>
        <source>Outbox Doctor changed the settings of %1, but cannot test this change itself: only sending from %1 shows whether it works.</source>
        <translation>Outbox Doctor heeft de instellingen van %1 gewijzigd, maar kan deze wijziging niet zelf testen: alleen verzenden vanuit %1 laat zien of het werkt.</translation>
    </message>
    <message>
        <source>Settings tested: %1.</source>
        <comment>server, port (security), login</comment>
        <translation>Geteste instellingen: %1.</translation>
    </message>
    <message>
        <source>Incoming mail was checked first at %1.</source>
        <translation>Eerst is de inkomende e-mail opgehaald bij %1.</translation>
    </message>
    <message>
        <source>%1: not tested yet</source>
        <comment>fix tried</comment>
        <translation>%1: nog niet getest</translation>
    </message>
    <message>
        <source>%1: changed, then undone</source>
        <comment>fix tried</comment>
        <translation>%1: gewijzigd en daarna ongedaan gemaakt</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>De wijziging kon niet ongedaan worden gemaakt: %1</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <comment>the settings change made in the mail program</comment>
        <translation>Wijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the change to the settings of your mail program</source>
        <translation>De wijziging van de instellingen van uw e-mailprogramma ongedaan maken</translation>
    </message>
    <message>
        <source>%1 opens your provider&apos;s sign-in page once: sign in there.</source>
        <translation>%1 opent één keer de aanmeldpagina van uw provider: meld u daar aan.</translation>
    </message>
    <message>
        <source>If the message is refused again, click &quot;%1&quot; below to put the settings of %2 back as they were.</source>
        <comment>%1: the undo button&apos;s label</comment>
        <translation>Wordt het bericht opnieuw geweigerd, klik dan hieronder op &quot;%1&quot; om de instellingen van %2 terug te zetten zoals ze waren.</translation>
    </message>
    <message>
        <source>To put the old settings back by hand, close %1 and copy %2 over %3.</source>
        <translation>Wilt u de oude instellingen zelf terugzetten, sluit dan %1 en vervang %3 door een kopie van %2.</translation>
    </message>
</context>
<context>
    <name>od::Files</name>
    <message>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>een deel van het pad is een bestand, geen map</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>de schijf kan alleen worden gelezen</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden geopend</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>het kon niet worden geopend</translation>
    </message>
    <message>
        <source>reading it failed</source>
        <translation>het lezen is mislukt</translation>
    </message>
    <message>
        <source>writing it failed</source>
        <translation>het schrijven is mislukt</translation>
    </message>
    <message>
        <source>a fatal error occurred</source>
        <translation>er is een ernstige fout opgetreden</translation>
    </message>
    <message>
        <source>the system ran out of resources (such as disk space or open files)</source>
        <translation>het systeem kwam middelen tekort (zoals schijfruimte of geopende bestanden)</translation>
    </message>
    <message>
        <source>the operation was stopped</source>
        <translation>de bewerking is gestopt</translation>
    </message>
    <message>
        <source>the operation took too long</source>
        <translation>de bewerking duurde te lang</translation>
    </message>
    <message>
        <source>it could not be removed</source>
        <translation>het kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>it could not be renamed</source>
        <translation>de naam kon niet worden gewijzigd</translation>
    </message>
    <message>
        <source>moving to a position in it failed</source>
        <translation>naar een positie in het bestand gaan is mislukt</translation>
    </message>
    <message>
        <source>its size could not be changed</source>
        <translation>de grootte kon niet worden gewijzigd</translation>
    </message>
    <message>
        <source>its permissions could not be changed</source>
        <translation>de rechten konden niet worden gewijzigd</translation>
    </message>
    <message>
        <source>it could not be copied</source>
        <translation>het kon niet worden gekopieerd</translation>
    </message>
    <message>
        <source>an unknown error occurred</source>
        <translation>er is een onbekende fout opgetreden</translation>
    </message>
</context>
<context>
    <name>od::FixPage</name>
    <message>
        <source>Not tested yet</source>
        <translation>Nog niet getest</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>Works from here</source>
        <comment>candidate server</comment>
        <translation>Werkt vanaf hier</translation>
    </message>
    <message>
        <source>as before</source>
        <comment>port</comment>
        <translation>zoals voorheen</translation>
    </message>
    <message>
        <source>Password: the one you use for incoming mail</source>
        <translation>Wachtwoord: hetzelfde als voor inkomende e-mail</translation>
    </message>
    <message>
        <source>Incoming server: %1</source>
        <translation>Inkomende server: %1</translation>
    </message>
    <message>
        <source>In %1:</source>
        <comment>instructions for a mail program</comment>
        <translation>In %1:</translation>
    </message>
    <message>
        <source>Values to enter:</source>
        <translation>In te vullen waarden:</translation>
    </message>
    <message>
        <source>Change your mail program after the test on the next page has confirmed that these settings work.</source>
        <translation>Wijzig uw e-mailprogramma pas nadat de test op de volgende pagina heeft bevestigd dat deze instellingen werken.</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Choose what to try. Outbox Doctor tests it before you change anything in your mail program.</source>
        <translation>Kies wat u wilt proberen. Outbox Doctor test het voordat u iets in uw e-mailprogramma wijzigt.</translation>
    </message>
    <message>
        <source>Your mail program should log in to the outgoing server, usually with the same user name and password as for incoming mail, over an encrypted connection.</source>
        <translation>Uw e-mailprogramma moet zich aanmelden bij de uitgaande server, meestal met dezelfde gebruikersnaam en hetzelfde wachtwoord als voor inkomende e-mail, via een versleutelde verbinding.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>Poort van de uitgaande server</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Vers&amp;leuteling:</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>Versleuteling van de uitgaande server</translation>
    </message>
    <message>
        <source>The network you are on may have its own outgoing server (your office&apos;s, or the provider of this connection) that accepts mail from here without a login. Servers of your other accounts are listed and tested at once; add one you know of.</source>
        <translation>Het netwerk waarop u zit, heeft mogelijk een eigen uitgaande server (die van uw kantoor, of van de provider van deze verbinding) die e-mail vanaf hier zonder aanmelding accepteert. De servers van uw andere accounts staan in de lijst en worden meteen getest; voeg er zelf een toe als u er een kent.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Outgoing server of this network</source>
        <translation>Uitgaande server van dit netwerk</translation>
    </message>
    <message>
        <source>smtp.example.net or smtp.example.net:587</source>
        <translation>smtp.example.net of smtp.example.net:587</translation>
    </message>
    <message>
        <source>&amp;Add and test</source>
        <translation>Toevoegen en t&amp;esten</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>column header</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Candidate outgoing servers</source>
        <translation>Mogelijke uitgaande servers</translation>
    </message>
    <message>
        <source>Some providers let you send only from a connection that has just logged in to the incoming (POP3) server. The test logs in there first, then sends.</source>
        <translation>Sommige providers laten u alleen verzenden vanaf een verbinding die zich net heeft aangemeld bij de inkomende server (POP3). De test meldt zich daar eerst aan en verzendt daarna.</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>&amp;Inkomende server:</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>Naam van de inkomende server</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>Poort van de inkomende server</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>Automatisch (110 of 995)</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>Versleuteling van de inkomende server</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Gebruikersnaam voor inkomende e-mail</translation>
    </message>
    <message>
        <source>Incoming password</source>
        <translation>Wachtwoord voor inkomende e-mail</translation>
    </message>
    <message>
        <source>The server only accepts a sender address that belongs to the account you log in with. Use your address at this provider as the From address.</source>
        <translation>De server accepteert alleen een afzenderadres dat hoort bij het account waarmee u zich aanmeldt. Gebruik uw adres bij deze provider als Van-adres.</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Va&amp;n-adres:</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Van-adres</translation>
    </message>
    <message>
        <source>Nothing you can change from here will help: your provider or administrator has to act. Send them this question (and the report from the last page).</source>
        <translation>Niets wat u vanaf hier kunt wijzigen, zal helpen: uw provider of beheerder moet iets doen. Stuur hun deze vraag (en het rapport van de laatste pagina).</translation>
    </message>
    <message>
        <source>Question for your provider</source>
        <translation>Vraag voor uw provider</translation>
    </message>
    <message>
        <source>&amp;Copy the question</source>
        <translation>Vraag &amp;kopiëren</translation>
    </message>
    <message>
        <source>Instructions for &amp;mail program:</source>
        <translation>Instructies voor e-&amp;mailprogramma:</translation>
    </message>
    <message>
        <source>Mail program for the instructions</source>
        <translation>E-mailprogramma voor de instructies</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructies</translation>
    </message>
    <message>
        <source>The ways to solve the problem are listed with the most likely first. Pick one, check the values (they are filled in from your account), and click Next: Outbox Doctor tests the new settings before you change your mail program. The instructions below show where to change them in your mail program; pick yours in the list if it is not the right one.</source>
        <translation>De oplossingen staan op volgorde, de meest waarschijnlijke eerst. Kies er een, controleer de waarden (die zijn ingevuld op basis van uw account) en klik op Volgende: Outbox Doctor test de nieuwe instellingen voordat u uw e-mailprogramma wijzigt. De instructies hieronder laten zien waar u ze in uw e-mailprogramma wijzigt; kies uw programma in de lijst als het niet het juiste is.</translation>
    </message>
    <message>
        <source>&amp;Show the certificate…</source>
        <translation>&amp;Certificaat bekijken…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>Het certificaat bekijken en beslissen of u het vertrouwt</translation>
    </message>
    <message>
        <source>In your mail program:</source>
        <comment>instructions for a mail program not in the list</comment>
        <translation>In uw e-mailprogramma:</translation>
    </message>
    <message>
        <source>Test a&amp;ll</source>
        <translation>&amp;Alles testen</translation>
    </message>
    <message>
        <source>The server did not accept this user name or password. It said: %1</source>
        <translation>De server heeft deze gebruikersnaam of dit wachtwoord niet geaccepteerd. Hij antwoordde: %1</translation>
    </message>
    <message>
        <source>Enter the user name for the login.</source>
        <translation>Vul de gebruikersnaam voor de aanmelding in.</translation>
    </message>
    <message>
        <source>Enter your password: the test logs in with it.</source>
        <translation>Voer uw wachtwoord in: de test meldt zich daarmee aan.</translation>
    </message>
    <message>
        <source>Type the name of this network&apos;s outgoing server, or pick one in the list.</source>
        <translation>Typ de naam van de uitgaande server van dit netwerk, of kies er een in de lijst.</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name.</source>
        <translation>Vul de naam van de inkomende server in.</translation>
    </message>
    <message>
        <source>Enter the user name and password of the incoming server: the test logs in there first.</source>
        <translation>Vul de gebruikersnaam en het wachtwoord van de inkomende server in: de test meldt zich daar eerst aan.</translation>
    </message>
    <message>
        <source>Enter an e-mail address that belongs to the account.</source>
        <translation>Vul een e-mailadres in dat bij het account hoort.</translation>
    </message>
    <message>
        <source>Next leads to the report to send with your question.</source>
        <translation>Met Volgende gaat u naar het rapport dat u met uw vraag meestuurt.</translation>
    </message>
    <message>
        <source>Next tests these settings the way your mail program would use them. Nothing is sent, and nothing is changed in your mail program yet.</source>
        <translation>Volgende test deze instellingen zoals uw e-mailprogramma ze zou gebruiken. Er wordt niets verzonden en er wordt nog niets gewijzigd in uw e-mailprogramma.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>Aanbevolen: %1</translation>
    </message>
    <message numerus="yes">
        <source>O&amp;ther ways (%n)</source>
        <comment>fixes other than the recommended one</comment>
        <translation>
            <numerusform>An&amp;dere oplossing (%n)</numerusform>
            <numerusform>An&amp;dere oplossingen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the other ways to solve this</source>
        <translation>De andere oplossingen tonen</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <comment>a fix</comment>
        <translation>%1 (aanbevolen)</translation>
    </message>
    <message>
        <source>If the other ways do not work, or you would rather not change the settings yourself, ask your provider or administrator. Send them this question (and the report from the last page).</source>
        <translation>Als de andere oplossingen niet werken, of als u de instellingen liever niet zelf wijzigt, vraag het dan aan uw provider of beheerder. Stuur hun deze vraag (en het rapport van de laatste pagina).</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password from mail programs. Check its help pages for &quot;app password&quot; or &quot;OAuth2&quot;, then enter the app password here to test it.</source>
        <translation>Uw provider accepteert uw gewone wachtwoord niet meer van e-mailprogramma&apos;s. Zoek op de helppagina&apos;s van uw provider naar &quot;app-wachtwoord&quot; of &quot;OAuth2&quot; en vul het app-wachtwoord dan hier in om het te testen.</translation>
    </message>
    <message>
        <source>Done: %1 now signs in to this server with OAuth2. Open %1 and send yourself a message; it opens your provider&apos;s sign-in page once.</source>
        <translation>Klaar: %1 meldt zich nu met OAuth2 aan bij deze server. Open %1 en stuur uzelf een bericht; %1 opent dan één keer de aanmeldpagina van uw provider.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 is niet gewijzigd: %2</translation>
    </message>
    <message>
        <source>&amp;Question for your provider:</source>
        <comment>label of an editable text</comment>
        <translation>Vraag voor uw &amp;provider:</translation>
    </message>
    <message>
        <source>Undo the switch of %1 to OAuth2 sign-in</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>De omzetting van %1 naar aanmelding via OAuth2 terugdraaien</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>Reservekopie van het oorspronkelijke bestand: %1</translation>
    </message>
    <message>
        <source>The switch could not be undone: %1</source>
        <translation>De omzetting kon niet worden teruggedraaid: %1</translation>
    </message>
    <message>
        <source>Undone: %1 signs in as it did before; its settings file was restored from the backup.</source>
        <translation>Teruggedraaid: %1 meldt zich weer aan zoals voorheen; het instellingenbestand is hersteld uit de reservekopie.</translation>
    </message>
    <message>
        <source>&amp;Switch %1 to OAuth2 sign-in for me</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>&amp;Zet %1 voor mij om naar aanmelden met OAuth2</translation>
    </message>
    <message>
        <source>Un&amp;do the switch</source>
        <comment>back to the sign-in method the mail program had</comment>
        <translation>Omzetting te&amp;rugdraaien</translation>
    </message>
</context>
<context>
    <name>od::Knowledge</name>
    <message>
        <source>You can fix this yourself.</source>
        <translation>U kunt dit zelf oplossen.</translation>
    </message>
    <message>
        <source>Your provider or administrator has to act.</source>
        <translation>Uw provider of beheerder moet iets doen.</translation>
    </message>
    <message>
        <source>The problem is on the recipient&apos;s side.</source>
        <translation>Het probleem ligt aan de kant van de geadresseerde.</translation>
    </message>
    <message>
        <source>Mail would go through</source>
        <translation>E-mail zou worden bezorgd</translation>
    </message>
    <message>
        <source>The server accepted the sender and every recipient. Mail sent with these settings would be delivered.</source>
        <translation>De server heeft de afzender en alle geadresseerden geaccepteerd. E-mail die met deze instellingen wordt verzonden, zou worden bezorgd.</translation>
    </message>
    <message>
        <source>The server refuses to pass your mail on</source>
        <translation>De server weigert uw e-mail door te sturen</translation>
    </message>
    <message>
        <source>The server accepts mail for its own addresses but refuses to forward mail to other domains for you, because it does not recognise you as one of its users. This usually happens when you send through your home or work server from another network.</source>
        <translation>De server accepteert e-mail voor zijn eigen adressen, maar weigert e-mail voor u door te sturen naar andere domeinen, omdat hij u niet herkent als een van zijn gebruikers. Dit gebeurt meestal als u vanaf een ander netwerk verzendt via uw server van thuis of van het werk.</translation>
    </message>
    <message>
        <source>The server wants you to log in first</source>
        <translation>De server wil dat u zich eerst aanmeldt</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who log in with a user name and password. Your mail program is sending without logging in.</source>
        <translation>De server accepteert alleen e-mail van gebruikers die zich aanmelden met een gebruikersnaam en wachtwoord. Uw e-mailprogramma verzendt zonder zich aan te melden.</translation>
    </message>
    <message>
        <source>The server refused your user name or password</source>
        <translation>De server heeft uw gebruikersnaam of wachtwoord geweigerd</translation>
    </message>
    <message>
        <source>The server asked for a login and refused the user name or password it was given.</source>
        <translation>De server vroeg om aanmelding en weigerde de gebruikersnaam of het wachtwoord dat werd opgegeven.</translation>
    </message>
    <message>
        <source>The server offers no usable way to log in</source>
        <translation>De server biedt geen bruikbare manier om u aan te melden</translation>
    </message>
    <message>
        <source>A login is needed, but this server does not offer a login method Outbox Doctor can use on this connection.</source>
        <translation>Aanmelden is nodig, maar deze server biedt op deze verbinding geen aanmeldmethode aan die Outbox Doctor kan gebruiken.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection</source>
        <translation>De server vereist een versleutelde verbinding</translation>
    </message>
    <message>
        <source>The server will only continue once the connection is encrypted (STARTTLS or SSL/TLS).</source>
        <translation>De server gaat pas verder als de verbinding is versleuteld (STARTTLS of SSL/TLS).</translation>
    </message>
    <message>
        <source>An encrypted connection could not be set up</source>
        <translation>Er kon geen versleutelde verbinding tot stand worden gebracht</translation>
    </message>
    <message>
        <source>The connection could not be encrypted, so your password was not sent.</source>
        <translation>De verbinding kon niet worden versleuteld, daarom is uw wachtwoord niet verzonden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted</source>
        <translation>Het certificaat van de server is niet te vertrouwen</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified. This can be a misconfigured server, or someone on this network intercepting the connection.</source>
        <translation>De identiteit van de server kon niet worden geverifieerd. Dat kan komen door een verkeerd ingestelde server, of doordat iemand op dit netwerk de verbinding onderschept.</translation>
    </message>
    <message>
        <source>The server refuses your sender address</source>
        <translation>De server weigert uw afzenderadres</translation>
    </message>
    <message>
        <source>The server does not accept mail from this From address, usually because the address does not belong to the account you log in with.</source>
        <translation>De server accepteert geen e-mail van dit Van-adres, meestal omdat het adres niet hoort bij het account waarmee u zich aanmeldt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>Het adres van de geadresseerde bestaat niet</translation>
    </message>
    <message>
        <source>The receiving side says there is no mailbox with this address.</source>
        <translation>De ontvangende kant meldt dat er geen postvak met dit adres is.</translation>
    </message>
    <message>
        <source>Your connection or server is blocked</source>
        <translation>Uw verbinding of server is geblokkeerd</translation>
    </message>
    <message>
        <source>The server refuses mail from this network address or server, often because it is on a block list.</source>
        <translation>De server weigert e-mail van dit netwerkadres of deze server, vaak omdat die op een blokkeerlijst staat.</translation>
    </message>
    <message>
        <source>Too much mail in a short time</source>
        <translation>Te veel e-mail in korte tijd</translation>
    </message>
    <message>
        <source>The server has temporarily limited how much you may send. Try again later.</source>
        <translation>De server heeft tijdelijk beperkt hoeveel u mag verzenden. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The message itself was refused</source>
        <translation>Het bericht zelf is geweigerd</translation>
    </message>
    <message>
        <source>The server accepted the addresses but refused the message content.</source>
        <translation>De server heeft de adressen geaccepteerd, maar de inhoud van het bericht geweigerd.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Het bericht is te groot</translation>
    </message>
    <message>
        <source>The message is larger than the server allows.</source>
        <translation>Het bericht is groter dan de server toestaat.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>Het postvak van de geadresseerde is vol</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room left.</source>
        <translation>Het postvak van de geadresseerde heeft geen ruimte meer.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled</source>
        <translation>Het postvak van de geadresseerde is uitgeschakeld</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but does not accept mail.</source>
        <translation>Het postvak van de geadresseerde bestaat, maar neemt geen e-mail aan.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s checks failed</source>
        <translation>De controles van het afzenderdomein zijn mislukt</translation>
    </message>
    <message>
        <source>The receiving side checked whether your server may send for your domain (SPF, DKIM, DMARC) and the check failed.</source>
        <translation>De ontvangende kant heeft gecontroleerd of uw server namens uw domein mag verzenden (SPF, DKIM, DMARC), en die controle is mislukt.</translation>
    </message>
    <message>
        <source>The message went round in a loop</source>
        <translation>Het bericht ging in een lus rond</translation>
    </message>
    <message>
        <source>The message was passed between servers too many times.</source>
        <translation>Het bericht is te vaak van de ene server naar de andere doorgegeven.</translation>
    </message>
    <message>
        <source>Delivery took too long and was given up</source>
        <translation>De bezorging duurde te lang en is opgegeven</translation>
    </message>
    <message>
        <source>The sending server tried to deliver the message for a long time without success.</source>
        <translation>De verzendende server heeft lange tijd zonder succes geprobeerd het bericht te bezorgen.</translation>
    </message>
    <message>
        <source>The connection is blocked on this network</source>
        <translation>De verbinding wordt op dit netwerk geblokkeerd</translation>
    </message>
    <message>
        <source>No answer came from the server on this port. Networks in hotels, cafés and many providers block outgoing mail ports, especially port 25.</source>
        <translation>Er kwam op deze poort geen antwoord van de server. Netwerken in hotels en cafés en die van veel providers blokkeren uitgaande e-mailpoorten, vooral poort 25.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>De server heeft de verbinding geweigerd</translation>
    </message>
    <message>
        <source>Nothing accepts connections on this server and port.</source>
        <translation>Op deze server en poort worden geen verbindingen aangenomen.</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>De server antwoordt niet</translation>
    </message>
    <message>
        <source>A connection was made, but the server never said hello. Something in between may be intercepting the connection.</source>
        <translation>Er is verbinding gemaakt, maar de server heeft zich nooit gemeld. Mogelijk onderschept iets tussen u en de server de verbinding.</translation>
    </message>
    <message>
        <source>The server name cannot be found</source>
        <translation>De servernaam kan niet worden gevonden</translation>
    </message>
    <message>
        <source>The name of the outgoing server could not be looked up. Check its spelling, or this network may not resolve it.</source>
        <translation>De naam van de uitgaande server kon niet worden opgezocht. Controleer de spelling; het kan ook zijn dat dit netwerk de naam niet kan opzoeken.</translation>
    </message>
    <message>
        <source>The server is not available right now</source>
        <translation>De server is op dit moment niet beschikbaar</translation>
    </message>
    <message>
        <source>The server said it cannot take mail at the moment.</source>
        <translation>De server meldde dat hij op dit moment geen e-mail kan aannemen.</translation>
    </message>
    <message>
        <source>The server&apos;s answers make no sense</source>
        <translation>De antwoorden van de server zijn onbegrijpelijk</translation>
    </message>
    <message>
        <source>The server sent something that is not valid SMTP, so the test was stopped. Something in between may be interfering.</source>
        <translation>De server stuurde iets wat geen geldig SMTP is, daarom is de test gestopt. Mogelijk verstoort iets tussen u en de server de verbinding.</translation>
    </message>
    <message>
        <source>The cause is not clear</source>
        <translation>De oorzaak is niet duidelijk</translation>
    </message>
    <message>
        <source>Outbox Doctor could not tell what went wrong from what the server said.</source>
        <translation>Outbox Doctor kon uit wat de server zei niet opmaken wat er misging.</translation>
    </message>
    <message>
        <source>Use the outgoing server of the network you are on</source>
        <translation>Gebruik de uitgaande server van het netwerk waarop u zit</translation>
    </message>
    <message>
        <source>Send through the outgoing (SMTP) server of the network you are connected to: your work server at work, or the provider of this connection.</source>
        <translation>Verzend via de uitgaande server (SMTP) van het netwerk waarmee u verbonden bent: op het werk uw werkserver, en anders die van de provider van deze verbinding.</translation>
    </message>
    <message>
        <source>Turn on authentication for the outgoing server</source>
        <translation>Schakel verificatie in voor de uitgaande server</translation>
    </message>
    <message>
        <source>Tell your mail program that the outgoing server requires authentication, usually with the same user name and password as for incoming mail.</source>
        <translation>Geef in uw e-mailprogramma aan dat de uitgaande server verificatie vereist, meestal met dezelfde gebruikersnaam en hetzelfde wachtwoord als voor inkomende e-mail.</translation>
    </message>
    <message>
        <source>Check your incoming mail before sending</source>
        <translation>Haal eerst uw e-mail op voordat u verzendt</translation>
    </message>
    <message>
        <source>Some providers let you send only after you have logged in to the incoming (POP3) server from the same connection.</source>
        <translation>Sommige providers laten u pas verzenden nadat u zich vanaf dezelfde verbinding hebt aangemeld bij de inkomende server (POP3).</translation>
    </message>
    <message>
        <source>Correct your From or reply address</source>
        <translation>Corrigeer uw Van-adres of antwoordadres</translation>
    </message>
    <message>
        <source>Use an e-mail address that belongs to the account you send through.</source>
        <translation>Gebruik een e-mailadres dat hoort bij het account waarmee u verzendt.</translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or 465 (SSL/TLS)</source>
        <translation>Gebruik poort 587 (STARTTLS) of 465 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Switch the outgoing server to the submission port 587 with STARTTLS, or 465 with SSL/TLS, and turn on authentication.</source>
        <translation>Zet de uitgaande server op verzendpoort 587 met STARTTLS, of op 465 met SSL/TLS, en schakel verificatie in.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Controleer het certificaat van de server</translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with what your provider publishes; trust it only if it matches.</source>
        <translation>Vergelijk de vingerafdruk van het certificaat met wat uw provider publiceert; vertrouw het alleen als die overeenkomt.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address</source>
        <translation>Controleer het adres van de geadresseerde</translation>
    </message>
    <message>
        <source>Make sure the recipient&apos;s address is spelled correctly and still in use.</source>
        <translation>Controleer of het adres van de geadresseerde goed gespeld is en nog in gebruik is.</translation>
    </message>
    <message>
        <source>Contact your provider or administrator</source>
        <translation>Neem contact op met uw provider of beheerder</translation>
    </message>
    <message>
        <source>Send them the report from Outbox Doctor: it contains what they need to help you.</source>
        <translation>Stuur hun het rapport van Outbox Doctor: daarin staat wat ze nodig hebben om u te helpen.</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>Wacht even en probeer het opnieuw</translation>
    </message>
    <message>
        <source>The problem is temporary. Try again in a while.</source>
        <translation>Het probleem is tijdelijk. Probeer het over een tijdje opnieuw.</translation>
    </message>
    <message>
        <source>The connection security setting does not match the port</source>
        <translation>De instelling voor de verbindingsbeveiliging past niet bij de poort</translation>
    </message>
    <message>
        <source>This port expects a different kind of encryption than your mail program is set to use. Port 465 is encrypted from the start (SSL/TLS); ports 587 and 25 start unencrypted and switch with STARTTLS.</source>
        <translation>Deze poort verwacht een ander soort versleuteling dan waarop uw e-mailprogramma is ingesteld. Poort 465 is vanaf het begin versleuteld (SSL/TLS); poort 587 en 25 beginnen onversleuteld en schakelen over met STARTTLS.</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password for sending</source>
        <translation>Uw provider accepteert uw gewone wachtwoord niet meer voor het verzenden</translation>
    </message>
    <message>
        <source>The provider wants another way to sign in: its own sign-in page (OAuth2) in your mail program, an app password or authorisation code made in its web settings, or sending (SMTP) switched on there first.</source>
        <translation>De provider wil dat u zich op een andere manier aanmeldt: via de eigen aanmeldpagina (OAuth2) in uw e-mailprogramma, met een app-wachtwoord of autorisatiecode die u in de webinstellingen maakt, of nadat u daar verzenden (SMTP) hebt ingeschakeld.</translation>
    </message>
    <message>
        <source>Correct the connection security setting</source>
        <translation>Corrigeer de instelling voor de verbindingsbeveiliging</translation>
    </message>
    <message>
        <source>Set the connection security to what the port expects: SSL/TLS for port 465, STARTTLS for port 587.</source>
        <translation>Stel de verbindingsbeveiliging in op wat de poort verwacht: SSL/TLS voor poort 465, STARTTLS voor poort 587.</translation>
    </message>
    <message>
        <source>Sign in the way your provider now requires</source>
        <translation>Meld u aan zoals uw provider nu vereist</translation>
    </message>
    <message>
        <source>Switch your mail program to the provider&apos;s own sign-in (OAuth2), or make an app password or authorisation code in the provider&apos;s web settings and use it instead of your normal password. Some providers also need sending (SMTP) switched on there.</source>
        <translation>Zet uw e-mailprogramma over op de eigen aanmelding van de provider (OAuth2), of maak een app-wachtwoord of autorisatiecode in de webinstellingen van de provider en gebruik dat in plaats van uw gewone wachtwoord. Bij sommige providers moet u daar ook verzenden (SMTP) inschakelen.</translation>
    </message>
</context>
<context>
    <name>od::MailWayView</name>
    <message>
        <source>Testing…</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Werkt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Not sure</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Niet zeker</translation>
    </message>
    <message>
        <source>The mail&apos;s way</source>
        <translation>De weg van uw e-mail</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>at work</source>
        <translation>op het werk</translation>
    </message>
    <message>
        <source>on someone else&apos;s network</source>
        <translation>op het netwerk van iemand anders</translation>
    </message>
    <message>
        <source>on this network</source>
        <translation>op dit netwerk</translation>
    </message>
    <message>
        <source>Your outgoing server</source>
        <translation>Uw uitgaande server</translation>
    </message>
    <message>
        <source>The recipient&apos;s server</source>
        <translation>De server van de ontvanger</translation>
    </message>
    <message>
        <source>another domain</source>
        <translation>een ander domein</translation>
    </message>
    <message>
        <source>From this computer to %1: %2</source>
        <translation>Van deze computer naar %1: %2</translation>
    </message>
    <message>
        <source>From %1 on to %2: %3</source>
        <translation>Van %1 verder naar %2: %3</translation>
    </message>
</context>
<context>
    <name>od::Network</name>
    <message>
        <source>The server closed the connection.</source>
        <translation>De server heeft de verbinding verbroken.</translation>
    </message>
    <message>
        <source>The name was not found.</source>
        <translation>De naam is niet gevonden.</translation>
    </message>
    <message>
        <source>This computer has run out of network resources (too many connections are open).</source>
        <translation>Deze computer heeft geen netwerkbronnen meer over (er zijn te veel verbindingen open).</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>Het netwerk antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The data was too large to send.</source>
        <translation>De gegevens waren te groot om te verzenden.</translation>
    </message>
    <message>
        <source>The network failed (for example, the connection to it was lost).</source>
        <translation>Het netwerk is uitgevallen (de verbinding met het netwerk is bijvoorbeeld verbroken).</translation>
    </message>
    <message>
        <source>The local address is already in use.</source>
        <translation>Het lokale adres is al in gebruik.</translation>
    </message>
    <message>
        <source>The address to send from does not belong to this computer.</source>
        <translation>Het adres van waaruit moet worden verzonden, hoort niet bij deze computer.</translation>
    </message>
    <message>
        <source>This computer does not support the network operation (for example, IPv6 is switched off).</source>
        <translation>Deze computer ondersteunt de netwerkbewerking niet (IPv6 is bijvoorbeeld uitgeschakeld).</translation>
    </message>
    <message>
        <source>An earlier network operation had not finished.</source>
        <translation>Een eerdere netwerkbewerking was nog niet voltooid.</translation>
    </message>
    <message>
        <source>The proxy wants a login.</source>
        <translation>De proxy vraagt om aanmelding.</translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) could not be set up.</source>
        <translation>De versleutelde verbinding (SSL/TLS) kon niet tot stand worden gebracht.</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>De proxy weigerde de verbinding.</translation>
    </message>
    <message>
        <source>The proxy closed the connection.</source>
        <translation>De proxy heeft de verbinding verbroken.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>De proxy antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The proxy was not found.</source>
        <translation>De proxy is niet gevonden.</translation>
    </message>
    <message>
        <source>The proxy&apos;s answer could not be understood.</source>
        <translation>Het antwoord van de proxy kon niet worden begrepen.</translation>
    </message>
    <message>
        <source>The network operation was not possible in the connection&apos;s state.</source>
        <translation>De netwerkbewerking was niet mogelijk in de huidige toestand van de verbinding.</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) failed.</source>
        <translation>Er is een fout opgetreden in de versleutelingsbibliotheek (SSL/TLS).</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) was given invalid data.</source>
        <translation>De versleutelingsbibliotheek (SSL/TLS) heeft ongeldige gegevens gekregen.</translation>
    </message>
    <message>
        <source>A passing network error occurred.</source>
        <translation>Er is een tijdelijke netwerkfout opgetreden.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>Er is een onbekende netwerkfout opgetreden.</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>Het certificaat is ingetrokken</translation>
    </message>
    <message>
        <source>This computer has no support for encrypted connections (SSL/TLS)</source>
        <translation>Deze computer ondersteunt geen versleutelde verbindingen (SSL/TLS)</translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked could not be checked</source>
        <translation>Er kon niet worden gecontroleerd of het certificaat is ingetrokken</translation>
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
        <translation>Help: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>button of the help window</comment>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button</comment>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button</comment>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>wizard button</comment>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>wizard button</comment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>wizard button</comment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Save a report first?</source>
        <translation>Eerst een rapport opslaan?</translation>
    </message>
    <message>
        <source>Close Outbox Doctor?</source>
        <translation>Outbox Doctor sluiten?</translation>
    </message>
    <message>
        <source>The test results are lost when Outbox Doctor closes. A report keeps them for your provider or helpdesk; your password is never in it.</source>
        <translation>De testresultaten gaan verloren wanneer Outbox Doctor wordt gesloten. In een rapport blijven ze bewaard voor uw provider of helpdesk; uw wachtwoord staat er nooit in.</translation>
    </message>
    <message>
        <source>What you typed is not kept.</source>
        <translation>Wat u hebt ingevoerd, wordt niet bewaard.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Rapport opslaan…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>Sluiten &amp;zonder opslaan</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Open laten</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Het rapport kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>od::Pop3Login</name>
    <message>
        <source>The incoming mail server closed the connection.</source>
        <translation>De inkomende server heeft de verbinding verbroken.</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server %1 (%2) port %3 first</source>
        <translation>Eerst aanmelden bij de inkomende server %1 (%2) poort %3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>De test is geannuleerd.</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Versleuteld (%1)</translation>
    </message>
    <message>
        <source>The incoming mail server did not answer the connection attempt.</source>
        <translation>De inkomende server reageerde niet op de verbindingspoging.</translation>
    </message>
    <message>
        <source>The incoming mail server did not greet.</source>
        <translation>De inkomende server heeft zich niet gemeld.</translation>
    </message>
    <message>
        <source>The incoming mail server stopped answering.</source>
        <translation>De inkomende server antwoordt niet meer.</translation>
    </message>
    <message>
        <source>The incoming mail server sent a line that is far too long.</source>
        <translation>De inkomende server stuurde een veel te lange regel.</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>Een instelling bevat een regeleinde, daarom is de opdracht niet verzonden.</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption (STLS).</source>
        <translation>De inkomende server biedt geen versleuteling aan (STLS).</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption, so your password was not sent.</source>
        <translation>De inkomende server biedt geen versleuteling aan, daarom is uw wachtwoord niet verzonden.</translation>
    </message>
    <message>
        <source>The incoming mail server sent something that is not a POP3 answer.</source>
        <translation>De inkomende server stuurde iets wat geen POP3-antwoord is.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the connection.</source>
        <translation>De inkomende server heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <source>The incoming mail server refused to start encryption.</source>
        <translation>De inkomende server weigerde de versleuteling te starten.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the user name.</source>
        <translation>De inkomende server heeft de gebruikersnaam geweigerd.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the login.</source>
        <translation>De inkomende server heeft de aanmelding geweigerd.</translation>
    </message>
    <message>
        <source>Logged in to the incoming mail server.</source>
        <translation>Aangemeld bij de inkomende server.</translation>
    </message>
</context>
<context>
    <name>od::ProbeView</name>
    <message>
        <source>Step</source>
        <comment>column header</comment>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column header</comment>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Teststappen</translation>
    </message>
    <message>
        <source>Show the con&amp;versation with the server</source>
        <translation>Het &amp;gesprek met de server tonen</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>Het gesprek met de server tonen</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>Gesprek met de server</translation>
    </message>
    <message>
        <source>Incoming server first (POP3): %1</source>
        <translation>Eerst de inkomende server (POP3): %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>test result</comment>
        <translation>Werkt</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Wachten op de server…</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>test step</comment>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>test step</comment>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>test step</comment>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>test step</comment>
        <translation>bezig</translation>
    </message>
    <message>
        <source>not reached</source>
        <comment>test step</comment>
        <translation>niet bereikt</translation>
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
        <translation>Microsoft 365 accepteert geen wachtwoord meer van e-mailprogramma&apos;s: kies OAuth2 als verificatiemethode (uw e-mailprogramma opent dan de aanmeldpagina van Microsoft). Uw beheerder moet verzenden vanuit e-mailprogramma&apos;s (SMTP AUTH) toestaan voor uw postvak.</translation>
    </message>
    <message>
        <source>Outlook.com accepts only Microsoft&apos;s own sign-in from mail programs (since 16 September 2024): choose OAuth2 as the authentication method. A password or an app password no longer works.</source>
        <translation>Outlook.com accepteert van e-mailprogramma&apos;s alleen de eigen aanmelding van Microsoft (sinds 16 september 2024): kies OAuth2 als verificatiemethode. Een wachtwoord of een app-wachtwoord werkt niet meer.</translation>
    </message>
    <message>
        <source>Gmail: choose OAuth2 as the authentication method (your mail program then opens Google&apos;s sign-in page), or turn on 2-Step Verification and create an app password at myaccount.google.com/apppasswords to use instead of your password.</source>
        <translation>Gmail: kies OAuth2 als verificatiemethode (uw e-mailprogramma opent dan de aanmeldpagina van Google), of zet Verificatie in 2 stappen aan, maak op myaccount.google.com/apppasswords een app-wachtwoord en gebruik dat in plaats van uw wachtwoord.</translation>
    </message>
    <message>
        <source>Yahoo Mail: choose OAuth2 as the authentication method if your mail program offers it, or create an app password on your Yahoo Account Security page (&quot;Create app password&quot;) and use it instead of your password.</source>
        <translation>Yahoo Mail: kies OAuth2 als verificatiemethode als uw e-mailprogramma dat aanbiedt, of maak een app-wachtwoord op de pagina Accountbeveiliging van uw Yahoo-account (&quot;App-wachtwoord maken&quot;) en gebruik dat in plaats van uw wachtwoord.</translation>
    </message>
    <message>
        <source>iCloud Mail: create an app-specific password at appleid.apple.com (Sign-In and Security, App-Specific Passwords; two-factor authentication must be on) and use it instead of your Apple Account password.</source>
        <translation>iCloud Mail: maak een app-specifiek wachtwoord op appleid.apple.com (Inloggen en beveiliging, App-specifieke wachtwoorden; twee-factorauthenticatie moet aan staan) en gebruik dat in plaats van het wachtwoord van uw Apple Account.</translation>
    </message>
    <message>
        <source>NetEase Mail: in the web mail&apos;s settings, turn on the POP3/SMTP service and use the client authorisation code it gives you instead of your password.</source>
        <translation>NetEase Mail: zet in de instellingen van de webmail de POP3/SMTP-dienst aan en gebruik de clientautorisatiecode die u daar krijgt in plaats van uw wachtwoord.</translation>
    </message>
    <message>
        <source>QQ Mail: in Settings, Account, turn on the POP3/SMTP service and generate an authorisation code; use it instead of your QQ password.</source>
        <translation>QQ Mail: zet onder Instellingen, Account de POP3/SMTP-dienst aan en genereer een autorisatiecode; gebruik die in plaats van uw QQ-wachtwoord.</translation>
    </message>
</context>
<context>
    <name>od::RelayReasoning</name>
    <message>
        <source>The recipient is in the same domain as your account, so the server delivers the message itself: no relaying is involved, and it should go through from anywhere.</source>
        <translation>De geadresseerde zit in hetzelfde domein als uw account, dus de server bezorgt het bericht zelf: er komt geen doorsturen aan te pas, en het zou vanaf elke plek moeten aankomen.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are on the network this server trusts, so it should accept that. If it refuses anyway, the provider has changed its rules, for example it now wants you to log in.</source>
        <translation>De geadresseerde zit in een ander domein, dus de server moet het bericht doorsturen (relay). U zit op het netwerk dat deze server vertrouwt, dus hij zou dat moeten accepteren. Weigert hij toch, dan heeft de provider de regels gewijzigd en wil hij bijvoorbeeld dat u zich voortaan aanmeldt.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are not on the network this server trusts, so it cannot tell you from a stranger and will usually refuse, unless you log in to it or send through the server of the network you are on.</source>
        <translation>De geadresseerde zit in een ander domein, dus de server moet het bericht doorsturen (relay). U zit niet op het netwerk dat deze server vertrouwt, dus hij kan u niet onderscheiden van een willekeurige buitenstaander en zal meestal weigeren, tenzij u zich bij hem aanmeldt of verzendt via de server van het netwerk waarop u zit.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). This kind of server only relays for users who log in, wherever they are.</source>
        <translation>De geadresseerde zit in een ander domein, dus de server moet het bericht doorsturen (relay). Dit soort server stuurt alleen door voor gebruikers die zich aanmelden, waar ze ook zijn.</translation>
    </message>
    <message>
        <source>You log in to the server, so it should pass your mail on to any domain, wherever you are.</source>
        <translation>U meldt zich aan bij de server, dus hij zou uw e-mail naar elk domein moeten doorsturen, waar u ook bent.</translation>
    </message>
    <message>
        <source>Whether this server will pass the message on depends on where you are and whether you log in. Tell Outbox Doctor where you are for a precise answer.</source>
        <translation>Of deze server het bericht doorstuurt, hangt af van waar u bent en of u zich aanmeldt. Vertel Outbox Doctor waar u bent voor een precies antwoord.</translation>
    </message>
</context>
<context>
    <name>od::Report</name>
    <message>
        <source>A PDF report can only be made by the graphical program (internal error: no QGuiApplication).</source>
        <translation>Een PDF-rapport kan alleen door het grafische programma worden gemaakt (interne fout: geen QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>De PDF kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1</source>
        <translation>Outbox Doctor-rapport: %1</translation>
    </message>
    <message>
        <source>At home, on the provider&apos;s own connection</source>
        <translation>Thuis, via de eigen verbinding van de provider</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>Op het werk, op het kantoornetwerk</translation>
    </message>
    <message>
        <source>Travelling: hotel, airport, café, mobile hotspot or someone else&apos;s network</source>
        <translation>Onderweg: hotel, vliegveld, café, mobiele hotspot of het netwerk van iemand anders</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Niet zeker</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>geen versleuteling</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS indien aangeboden</translation>
    </message>
    <message>
        <source>Looking up the server&apos;s name (DNS)</source>
        <translation>Naam van de server opzoeken (DNS)</translation>
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation>Verbinding maken (TCP)</translation>
    </message>
    <message>
        <source>Encrypting the connection (SSL/TLS)</source>
        <translation>Verbinding versleutelen (SSL/TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Begroeting door de server</translation>
    </message>
    <message>
        <source>Encrypting the connection (after STARTTLS)</source>
        <translation>Verbinding versleutelen (na STARTTLS)</translation>
    </message>
    <message>
        <source>EHLO after encryption</source>
        <translation>EHLO na versleuteling</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>Aanmelden (AUTH)</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Afzender (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s own domain (RCPT TO)</source>
        <translation>Geadresseerde in het eigen domein van de afzender (RCPT TO)</translation>
    </message>
    <message>
        <source>Recipient in another domain (RCPT TO)</source>
        <translation>Geadresseerde in een ander domein (RCPT TO)</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Testbericht verzenden</translation>
    </message>
    <message>
        <source>Logging in to the incoming server (POP3)</source>
        <translation>Aanmelden bij de inkomende server (POP3)</translation>
    </message>
    <message>
        <source>The conversation was completed.</source>
        <translation>Het gesprek is volledig doorlopen.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>De naam van de server kon niet worden opgezocht.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>De verbinding is geweigerd.</translation>
    </message>
    <message>
        <source>No connection could be made in time (the port may be blocked).</source>
        <translation>Er kon niet op tijd verbinding worden gemaakt (mogelijk is de poort geblokkeerd).</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Er is een netwerkfout opgetreden.</translation>
    </message>
    <message>
        <source>The server did not greet in time.</source>
        <translation>De server heeft zich niet op tijd gemeld.</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting.</source>
        <translation>De server verbrak de verbinding voordat hij zich meldde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid SMTP.</source>
        <translation>Het antwoord van de server was geen geldig SMTP.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>De server antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>De server heeft de verbinding verbroken.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up.</source>
        <translation>De versleutelde verbinding kon niet tot stand worden gebracht.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Het certificaat van de server kon niet worden geverifieerd.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>De server biedt geen STARTTLS aan.</translation>
    </message>
    <message>
        <source>The password was not sent, because the connection was not encrypted.</source>
        <translation>Het wachtwoord is niet verzonden, omdat de verbinding niet versleuteld was.</translation>
    </message>
    <message>
        <source>The server does not offer to log in.</source>
        <translation>De server biedt geen mogelijkheid om zich aan te melden.</translation>
    </message>
    <message>
        <source>The server refused.</source>
        <translation>De server weigerde.</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>De test is gestopt.</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>uitgegeven door een instantie die deze computer niet vertrouwt</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>zelfondertekend</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>nog niet geldig</translation>
    </message>
    <message>
        <source>issued for another server name</source>
        <translation>uitgegeven voor een andere servernaam</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>other verification error</source>
        <translation>andere verificatiefout</translation>
    </message>
    <message>
        <source>solved the problem</source>
        <translation>heeft het probleem opgelost</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>hielp niet</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>nog niet getest</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1, poort %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2), port %3 (%4)</source>
        <translation>%1 (%2), poort %3 (%4)</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Uitgaande server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Vastgesteld bij stap</translation>
    </message>
    <message>
        <source>The server&apos;s reply</source>
        <translation>Reactie van de server</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>Getest op</translation>
    </message>
    <message>
        <source>The settings could not be tested</source>
        <translation>De instellingen konden niet worden getest</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>A pasted error message (no live test was run)</source>
        <translation>Een geplakt foutbericht (er is geen live test uitgevoerd)</translation>
    </message>
    <message>
        <source>Where the user is</source>
        <translation>Locatie van de gebruiker</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(geen antwoord)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2, port %3 (%4), with Outbox Doctor.</source>
        <translation>Op %1 heb ik met Outbox Doctor getest of ik e-mail kan verzenden via %2, poort %3 (%4).</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2 with Outbox Doctor.</source>
        <translation>Op %1 heb ik met Outbox Doctor getest of ik e-mail kan verzenden via %2.</translation>
    </message>
    <message>
        <source>When I send mail, I get an error message. The server&apos;s reply in it is: &quot;%1&quot;</source>
        <translation>Als ik e-mail verzend, krijg ik een foutbericht. De reactie van de server daarin luidt: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The test shows that the server would accept my mail. If my messages still do not arrive, could you check whether something after your server refuses them?</source>
        <translation>Uit de test blijkt dat de server mijn e-mail zou accepteren. Als mijn berichten toch niet aankomen, kunt u dan nagaan of iets na uw server ze weigert?</translation>
    </message>
    <message>
        <source>The server accepts recipients in its own domain but refuses recipients in other domains. It replied: &quot;%1&quot;</source>
        <translation>De server accepteert geadresseerden in zijn eigen domein, maar weigert geadresseerden in andere domeinen. Hij antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Do I have to log in (SMTP authentication) to send to other domains, and with which port and encryption? If I should use another server from this network, which one?</source>
        <translation>Moet ik me aanmelden (SMTP-verificatie) om naar andere domeinen te verzenden, en met welke poort en versleuteling? Als ik vanaf dit netwerk een andere server moet gebruiken: welke?</translation>
    </message>
    <message>
        <source>The server asks me to log in before it accepts mail. It replied: &quot;%1&quot;</source>
        <translation>De server vraagt me om me aan te melden voordat hij e-mail accepteert. Hij antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Which user name, login method, port and encryption should I use for sending?</source>
        <translation>Welke gebruikersnaam, aanmeldmethode, poort en versleuteling moet ik gebruiken om te verzenden?</translation>
    </message>
    <message>
        <source>The server refused my login. It replied: &quot;%1&quot;</source>
        <translation>De server heeft mijn aanmelding geweigerd. Hij antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server refused my login as %1. It replied: &quot;%2&quot;</source>
        <translation>De server heeft mijn aanmelding als %1 geweigerd. Hij antwoordde: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Is my account allowed to send mail, is this the right user name, and do I need a separate password for mail programs (an app password)?</source>
        <translation>Mag mijn account e-mail verzenden, is dit de juiste gebruikersnaam, en heb ik een apart wachtwoord voor e-mailprogramma&apos;s nodig (een app-wachtwoord)?</translation>
    </message>
    <message>
        <source>A login seems to be needed, but the server offers no login method my mail program can use on this connection.</source>
        <translation>Aanmelden lijkt nodig, maar de server biedt op deze verbinding geen aanmeldmethode aan die mijn e-mailprogramma kan gebruiken.</translation>
    </message>
    <message>
        <source>On which port and with which encryption should I log in to send mail?</source>
        <translation>Op welke poort en met welke versleuteling moet ik me aanmelden om e-mail te verzenden?</translation>
    </message>
    <message>
        <source>An encrypted connection to the server could not be used. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>Er kon geen versleutelde verbinding met de server worden gebruikt. Het laatste antwoord van de server was: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Which port and which encryption (STARTTLS or SSL/TLS) does your server support for sending?</source>
        <translation>Welke poort en welke versleuteling (STARTTLS of SSL/TLS) ondersteunt uw server voor het verzenden?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Its SHA-256 fingerprint is %2.</source>
        <translation>Het certificaat van de server kon niet worden geverifieerd (%1). De SHA-256-vingerafdruk is %2.</translation>
    </message>
    <message>
        <source>Is this your server&apos;s certificate? Can you install a certificate that mail programs can verify, or tell me which server name to use?</source>
        <translation>Is dit het certificaat van uw server? Kunt u een certificaat installeren dat e-mailprogramma&apos;s kunnen verifiëren, of mij laten weten welke servernaam ik moet gebruiken?</translation>
    </message>
    <message>
        <source>The server refused my sender address. It replied: &quot;%1&quot;</source>
        <translation>De server heeft mijn afzenderadres geweigerd. Hij antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server refused my sender address %1. It replied: &quot;%2&quot;</source>
        <translation>De server heeft mijn afzenderadres %1 geweigerd. Hij antwoordde: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Which sender (From) addresses may I use with this account?</source>
        <translation>Welke afzenderadressen (Van) mag ik met dit account gebruiken?</translation>
    </message>
    <message>
        <source>I could not get an answer from the server on port(s) %1 from the network I am on.</source>
        <translation>Vanaf het netwerk waarop ik zit, kreeg ik geen antwoord van de server op poort(en) %1.</translation>
    </message>
    <message>
        <source>Which server names and ports do you support for sending mail (587, 465), and could something on your side or on this network be blocking the connection?</source>
        <translation>Welke servernamen en poorten ondersteunt u voor het verzenden van e-mail (587, 465), en kan iets aan uw kant of op dit netwerk de verbinding blokkeren?</translation>
    </message>
    <message>
        <source>The name of the outgoing server, %1, could not be found from the network I am on.</source>
        <translation>De naam van de uitgaande server, %1, kon vanaf het netwerk waarop ik zit niet worden gevonden.</translation>
    </message>
    <message>
        <source>What is the correct name of your outgoing mail server?</source>
        <translation>Wat is de juiste naam van uw uitgaande mailserver?</translation>
    </message>
    <message>
        <source>The server refused my connection or my mail. It replied: &quot;%1&quot;</source>
        <translation>De server heeft mijn verbinding of mijn e-mail geweigerd. Hij antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Is my connection on a block list, and how can I get it removed?</source>
        <translation>Staat mijn verbinding op een blokkeerlijst, en hoe kan ik die ervan laten verwijderen?</translation>
    </message>
    <message>
        <source>Is my address %1 (or the address my network uses to reach you) on a block list, and how can I get it removed?</source>
        <translation>Staat mijn adres %1 (of het adres waarmee mijn netwerk uw server bereikt) op een blokkeerlijst, en hoe kan ik het ervan laten verwijderen?</translation>
    </message>
    <message>
        <source>The server limited how much I may send. It replied: &quot;%1&quot;</source>
        <translation>De server heeft beperkt hoeveel ik mag verzenden. Hij antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>What are the sending limits for my account, and when can I send again?</source>
        <translation>Wat zijn de verzendlimieten voor mijn account, en wanneer kan ik weer verzenden?</translation>
    </message>
    <message>
        <source>The server refused my mail. It replied: &quot;%1&quot;</source>
        <translation>De server heeft mijn e-mail geweigerd. Hij antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>What do I need to change so that my mail is accepted?</source>
        <translation>Wat moet ik veranderen zodat mijn e-mail wordt geaccepteerd?</translation>
    </message>
    <message>
        <source>I am at home, on your own connection.</source>
        <translation>Ik ben thuis, op uw eigen verbinding.</translation>
    </message>
    <message>
        <source>I am at work, on the office network.</source>
        <translation>Ik ben op mijn werk, op het kantoornetwerk.</translation>
    </message>
    <message>
        <source>I am travelling and connected through someone else&apos;s network (hotel, airport, café or mobile hotspot).</source>
        <translation>Ik ben onderweg en gebruik het netwerk van iemand anders (hotel, vliegveld, café of mobiele hotspot).</translation>
    </message>
    <message>
        <source>The attached report contains the complete conversation with the server, without my password.</source>
        <translation>Het bijgevoegde rapport bevat het volledige gesprek met de server, zonder mijn wachtwoord.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Alvast bedankt.</translation>
    </message>
    <message>
        <source>Question for the provider or administrator</source>
        <translation>Vraag voor de provider of beheerder</translation>
    </message>
    <message>
        <source>A message you can send as it is:</source>
        <translation>Een bericht dat u zo kunt versturen:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>In the user&apos;s words</source>
        <translation>In de woorden van de gebruiker</translation>
    </message>
    <message>
        <source>Local address used</source>
        <translation>Gebruikt lokaal adres</translation>
    </message>
    <message>
        <source>Source address requested</source>
        <translation>Gevraagd bronadres</translation>
    </message>
    <message>
        <source>Account settings used</source>
        <translation>Gebruikte accountinstellingen</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Uitgaande server (SMTP)</translation>
    </message>
    <message>
        <source>The name resolves to</source>
        <translation>De naam verwijst naar</translation>
    </message>
    <message>
        <source>Name lookup failed</source>
        <translation>Naam opzoeken mislukt</translation>
    </message>
    <message>
        <source>Ports and security tested</source>
        <translation>Geteste poorten en beveiliging</translation>
    </message>
    <message>
        <source>none (no user name given)</source>
        <translation>geen (geen gebruikersnaam opgegeven)</translation>
    </message>
    <message>
        <source>the strongest the server offers</source>
        <translation>de sterkste die de server aanbiedt</translation>
    </message>
    <message>
        <source>%1 (used: %2)</source>
        <translation>%1 (gebruikt: %2)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>not included in this report</source>
        <translation>niet opgenomen in dit rapport</translation>
    </message>
    <message>
        <source>Sender address (MAIL FROM)</source>
        <translation>Afzenderadres (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s domain</source>
        <translation>Geadresseerde in het domein van de afzender</translation>
    </message>
    <message>
        <source>Recipients in other domains</source>
        <translation>Geadresseerden in andere domeinen</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-naam</translation>
    </message>
    <message>
        <source>Log in to POP3 first</source>
        <translation>Eerst aanmelden bij POP3</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities</source>
        <translation>Extra vertrouwde certificeringsinstanties</translation>
    </message>
    <message>
        <source>Test message really sent</source>
        <translation>Testbericht echt verzonden</translation>
    </message>
    <message>
        <source>Servers and ports tried</source>
        <translation>Geprobeerde servers en poorten</translation>
    </message>
    <message>
        <source>No connection was attempted.</source>
        <translation>Er is geen verbinding geprobeerd.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Reactie van de server</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>%1 (the verdict is based on this one)</source>
        <translation>%1 (de conclusie is hierop gebaseerd)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n capability line(s))</source>
        <translation>
            <numerusform>%1 (en %n regel met mogelijkheden)</numerusform>
            <numerusform>%1 (en %n regels met mogelijkheden)</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hoe het afliep</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, geaccepteerd</translation>
    </message>
    <message>
        <source>%1, not accepted</source>
        <translation>%1, niet geaccepteerd</translation>
    </message>
    <message>
        <source>Incoming server (POP3) %1, port %2</source>
        <translation>Inkomende server (POP3) %1, poort %2</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Aanmeldmethode</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Mogelijkheden van de server</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begroeting</translation>
    </message>
    <message>
        <source>Name the server gave</source>
        <translation>Naam die de server opgaf</translation>
    </message>
    <message>
        <source>Login methods (AUTH)</source>
        <translation>Aanmeldmethoden (AUTH)</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>geen aangeboden</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>aangeboden</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>niet aangeboden</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Grootste bericht</translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation>geen vaste limiet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Extended SMTP (EHLO)</source>
        <translation>Extended SMTP (EHLO)</translation>
    </message>
    <message>
        <source>not supported; the server only speaks HELO</source>
        <translation>niet ondersteund; de server kent alleen HELO</translation>
    </message>
    <message>
        <source>No server answered, so its capabilities are not known.</source>
        <translation>Er heeft geen server geantwoord, dus de mogelijkheden zijn niet bekend.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Algemene naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Verlener</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternatieve namen</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Zelfondertekend</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-certificaat</translation>
    </message>
    <message>
        <source>%1, port(s) %2</source>
        <translation>%1, poort(en) %2</translation>
    </message>
    <message>
        <source>no certificate was received</source>
        <translation>er is geen certificaat ontvangen</translation>
    </message>
    <message>
        <source>verified: trusted by this computer and valid for the server name</source>
        <translation>geverifieerd: vertrouwd door deze computer en geldig voor de servernaam</translation>
    </message>
    <message>
        <source>not verified, but trusted by the user&apos;s explicit decision (by fingerprint)</source>
        <translation>niet geverifieerd, maar op uitdrukkelijke beslissing van de gebruiker vertrouwd (op vingerafdruk)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet geverifieerd</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>niet tot stand gekomen</translation>
    </message>
    <message>
        <source>Handshake failure</source>
        <translation>Handshake mislukt</translation>
    </message>
    <message>
        <source>Verification errors, as reported by the TLS library:</source>
        <translation>Verificatiefouten, zoals gemeld door de TLS-bibliotheek:</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Servercertificaat</translation>
    </message>
    <message>
        <source>Chain certificate %1 of %2</source>
        <translation>Ketencertificaat %1 van %2</translation>
    </message>
    <message>
        <source>No encrypted connection was made, so no certificate was seen.</source>
        <translation>Er is geen versleutelde verbinding gemaakt, dus er is geen certificaat gezien.</translation>
    </message>
    <message>
        <source>Decoded error message</source>
        <translation>Ontcijferd foutbericht</translation>
    </message>
    <message>
        <source>No error message was pasted.</source>
        <translation>Er is geen foutbericht geplakt.</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Soort bericht</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Who has to act</source>
        <translation>Wie moet er iets doen</translation>
    </message>
    <message>
        <source>Server that wrote the message</source>
        <translation>Server die het bericht heeft opgesteld</translation>
    </message>
    <message>
        <source>Server in the error dialog</source>
        <translation>Server in het foutvenster</translation>
    </message>
    <message>
        <source>Account in the error dialog</source>
        <translation>Account in het foutvenster</translation>
    </message>
    <message>
        <source>Error numbers</source>
        <translation>Foutnummers</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>Weigerende server</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>De geplakte tekst</translation>
    </message>
    <message numerus="yes">
        <source>Shortened: %n more line(s) not shown.</source>
        <translation>
            <numerusform>Ingekort: nog %n regel niet getoond.</numerusform>
            <numerusform>Ingekort: nog %n regels niet getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>Programma en systeem</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-versie</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebouwd met %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Besturingssysteem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport gemaakt</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Test started</source>
        <translation>Test gestart</translation>
    </message>
    <message>
        <source>Test duration</source>
        <translation>Duur van de test</translation>
    </message>
    <message>
        <source>Addresses and names</source>
        <translation>Adressen en namen</translation>
    </message>
    <message>
        <source>replaced by placeholders for sharing</source>
        <translation>vervangen door plaatsaanduidingen, zodat het rapport kan worden gedeeld</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Verslag van het gesprek</translation>
    </message>
    <message>
        <source>Times are seconds from the start of the test. &quot;C:&quot; is what Outbox Doctor sent, &quot;S:&quot; the server&apos;s reply, &quot;--&quot; a note; [tls] marks lines inside the encrypted connection. Passwords and login data are replaced by [hidden].</source>
        <translation>Tijden zijn seconden vanaf het begin van de test. &quot;C:&quot; is wat Outbox Doctor verzond, &quot;S:&quot; de reactie van de server, &quot;--&quot; een opmerking; [tls] markeert regels binnen de versleutelde verbinding. Wachtwoorden en aanmeldgegevens zijn vervangen door [hidden].</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n regel</numerusform>
            <numerusform>%1 — %n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF reports are not available in this program; save the report as .html or .txt instead.</source>
        <translation>PDF-rapporten zijn in dit programma niet beschikbaar; sla het rapport op als .html of .txt.</translation>
    </message>
    <message>
        <source>Unknown report format; use a file name ending in .html, .pdf or .txt.</source>
        <translation>Onbekende rapportindeling; gebruik een bestandsnaam die eindigt op .html, .pdf of .txt.</translation>
    </message>
    <message>
        <source>Unknown report format for %1; use a file name ending in .html, .pdf or .txt.</source>
        <translation>Onbekende rapportindeling voor %1; gebruik een bestandsnaam die eindigt op .html, .pdf of .txt.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Het rapport kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>I tested sending mail through %1 with Outbox Doctor.</source>
        <translation>Ik heb met Outbox Doctor getest of ik e-mail kan verzenden via %1.</translation>
    </message>
    <message>
        <source>My mail program&apos;s connection security setting (STARTTLS or SSL/TLS) does not seem to match the port. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>De instelling voor verbindingsbeveiliging (STARTTLS of SSL/TLS) van mijn e-mailprogramma lijkt niet bij de poort te passen. De laatste reactie van de server was: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Which port goes with which encryption (STARTTLS or SSL/TLS) on your server for sending?</source>
        <translation>Welke poort hoort bij welke versleuteling (STARTTLS of SSL/TLS) op uw server voor verzenden?</translation>
    </message>
    <message>
        <source>The server does not accept my normal password for sending. It replied: &quot;%1&quot;</source>
        <translation>De server accepteert mijn gewone wachtwoord niet voor het verzenden. De reactie was: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>How should a mail program sign in to send mail: with OAuth2, with an app password or authorisation code, or do I have to switch on sending (SMTP) in my account settings first?</source>
        <translation>Hoe moet een e-mailprogramma zich aanmelden om e-mail te verzenden: met OAuth2, met een app-wachtwoord of autorisatiecode, of moet ik eerst verzenden (SMTP) inschakelen in mijn accountinstellingen?</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong, so it suggests no fix. The server&apos;s words are listed below.</source>
        <translation>Niet zeker: het bericht zegt niet duidelijk genoeg wat er misging, dus er wordt geen oplossing voorgesteld. De woorden van de server staan hieronder.</translation>
    </message>
    <message>
        <source>The port expects a different security setting.</source>
        <translation>De poort verwacht een andere beveiligingsinstelling.</translation>
    </message>
    <message>
        <source>Not logged in here, because the password was refused on another port.</source>
        <translation>Hier niet aangemeld, omdat het wachtwoord op een andere poort is geweigerd.</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not offer.</source>
        <translation>Een adres vereist SMTPUTF8, maar de server biedt dat niet aan.</translation>
    </message>
    <message>
        <source>The server answered so slowly that the test was stopped.</source>
        <translation>De server antwoordde zo traag dat de test is gestopt.</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1 — solved</source>
        <translation>Outbox Doctor-rapport: %1 — opgelost</translation>
    </message>
    <message>
        <source>a server reply</source>
        <translation>een reactie van de server</translation>
    </message>
    <message>
        <source>an Outlook error message</source>
        <translation>een foutbericht van Outlook</translation>
    </message>
    <message>
        <source>a delivery status notification (bounce)</source>
        <translation>een bezorgstatusmelding (onbestelbaarheidsrapport)</translation>
    </message>
    <message>
        <source>a bounce from Microsoft Exchange</source>
        <translation>een onbestelbaarheidsrapport van Microsoft Exchange</translation>
    </message>
    <message>
        <source>a bounce from Postfix</source>
        <translation>een onbestelbaarheidsrapport van Postfix</translation>
    </message>
    <message>
        <source>a bounce from Exim</source>
        <translation>een onbestelbaarheidsrapport van Exim</translation>
    </message>
    <message>
        <source>a bounce from qmail</source>
        <translation>een onbestelbaarheidsrapport van qmail</translation>
    </message>
    <message>
        <source>a bounce from Sendmail</source>
        <translation>een onbestelbaarheidsrapport van Sendmail</translation>
    </message>
    <message>
        <source>a bounce from Gmail</source>
        <translation>een onbestelbaarheidsrapport van Gmail</translation>
    </message>
    <message>
        <source>a bounce message</source>
        <translation>een onbestelbaarheidsrapport</translation>
    </message>
    <message>
        <source>an error message</source>
        <translation>een foutbericht</translation>
    </message>
    <message>
        <source>the mail program</source>
        <translation>het e-mailprogramma</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Instellingenbestand</translation>
    </message>
    <message>
        <source>Copy made before the change</source>
        <translation>Kopie gemaakt vóór de wijziging</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 to the ones tested: %2.</source>
        <translation>Outbox Doctor heeft deze instellingen van %1 gewijzigd in de geteste waarden: %2.</translation>
    </message>
    <message>
        <source>To undo the change: close %1, then copy %2 over %3 (it is the file as it was before).</source>
        <translation>Om de wijziging ongedaan te maken: sluit %1 en vervang daarna %3 door een kopie van %2 (dat is het bestand zoals het vóór de wijziging was).</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change the settings of %1: %2</source>
        <translation>Outbox Doctor heeft de instellingen van %1 niet gewijzigd: %2</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 (%2), and the change was then undone: the file is as it was before.</source>
        <translation>Outbox Doctor heeft deze instellingen van %1 gewijzigd (%2), en de wijziging is daarna ongedaan gemaakt: het bestand is weer zoals het was.</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>Wat er is geprobeerd</translation>
    </message>
    <message>
        <source>Before: the first test</source>
        <translation>Vooraf: de eerste test</translation>
    </message>
    <message>
        <source>The error message pasted</source>
        <translation>Het geplakte foutbericht</translation>
    </message>
    <message>
        <source>The fix tried</source>
        <translation>De geprobeerde oplossing</translation>
    </message>
    <message>
        <source>The fixes tried</source>
        <translation>De geprobeerde oplossingen</translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation>Geprobeerde instellingen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s result: the cause the test after it found</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>After: the test with the new settings</source>
        <translation>Daarna: de test met de nieuwe instellingen</translation>
    </message>
    <message>
        <source>The mail program&apos;s settings</source>
        <translation>De instellingen van het e-mailprogramma</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them. To send mail, change them in the mail program to the settings tested (see &quot;Account settings used&quot;).</source>
        <translation>Outbox Doctor heeft ze niet gewijzigd. Om e-mail te kunnen verzenden, wijzigt u ze in het e-mailprogramma in de geteste instellingen (zie &quot;Gebruikte accountinstellingen&quot;).</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them.</source>
        <translation>Outbox Doctor heeft ze niet gewijzigd.</translation>
    </message>
    <message>
        <source>Solved. The first test found: %1. After &quot;%2&quot;, the test with the new settings went through.</source>
        <translation>Opgelost. De eerste test vond: %1. Na &quot;%2&quot; slaagde de test met de nieuwe instellingen.</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fix tried did not solve it; the latest test finds: %2.</source>
        <translation>Nog niet opgelost. De eerste test vond: %1. De geprobeerde oplossing heeft het probleem niet verholpen; de laatste test vindt: %2.</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fixes tried did not solve it; the latest test finds: %2.</source>
        <translation>Nog niet opgelost. De eerste test vond: %1. De geprobeerde oplossingen hebben het probleem niet verholpen; de laatste test vindt: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s title: its description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>I have already tried this, and the test afterwards still failed: %1.</source>
        <translation>Ik heb dit al geprobeerd, en de test daarna mislukte nog steeds: %1.</translation>
    </message>
    <message>
        <source>The first test</source>
        <translation>De eerste test</translation>
    </message>
    <message>
        <source>The test after the fix</source>
        <translation>De test na de geprobeerde oplossing</translation>
    </message>
    <message>
        <source>offered and used</source>
        <translation>aangeboden en gebruikt</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1: %2. Outbox Doctor cannot test this change itself.</source>
        <translation>Outbox Doctor heeft deze instellingen van %1 gewijzigd: %2. Outbox Doctor kan deze wijziging niet zelf testen.</translation>
    </message>
    <message>
        <source>After: not tested yet</source>
        <translation>Daarna: nog niet getest</translation>
    </message>
    <message>
        <source>Only %1 itself can show whether this works: send a message from it (to yourself). If it is refused again, the change can be undone as described below.</source>
        <translation>Alleen %1 zelf kan laten zien of dit werkt: verstuur er een bericht mee (aan uzelf). Wordt het opnieuw geweigerd, dan kan de wijziging ongedaan worden gemaakt zoals hieronder beschreven.</translation>
    </message>
    <message>
        <source>Not tested yet. The first test found: %1. After &quot;%2&quot;, only the mail program itself can show whether mail goes through.</source>
        <translation>Nog niet getest. De eerste test vond: %1. Na &quot;%2&quot; kan alleen het e-mailprogramma zelf laten zien of e-mail erdoor komt.</translation>
    </message>
    <message>
        <source>Fixes tried, attempt by attempt</source>
        <translation>Geprobeerde oplossingen, poging voor poging</translation>
    </message>
    <message>
        <source>changed, then undone</source>
        <comment>a fix&apos;s result</comment>
        <translation>gewijzigd en daarna ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Each attempt is listed under &quot;%1&quot;.</source>
        <translation>Elke poging staat vermeld onder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <comment>a fix&apos;s attempt, numbered</comment>
        <translation>Poging</translation>
    </message>
</context>
<context>
    <name>od::SmtpProbe</name>
    <message>
        <source>Enter the name of the outgoing (SMTP) server.</source>
        <translation>Vul de naam van de uitgaande server (SMTP) in.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>De servernaam &quot;%1&quot; is niet geldig.</translation>
    </message>
    <message>
        <source>A setting contains a line break or control character; remove it and try again.</source>
        <translation>Een instelling bevat een regeleinde of stuurteken; verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The password contains a line break; remove it and try again.</source>
        <translation>Het wachtwoord bevat een regeleinde; verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Het afzenderadres &quot;%1&quot; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Het adres van de geadresseerde, &quot;%1&quot;, is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>Port 0 cannot be tested.</source>
        <translation>Poort 0 kan niet worden getest.</translation>
    </message>
    <message>
        <source>Unknown login method &quot;%1&quot;.</source>
        <translation>Onbekende aanmeldmethode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Time-outs moeten positief zijn.</translation>
    </message>
    <message>
        <source>Looking up the name took too long.</source>
        <translation>Het opzoeken van de naam duurde te lang.</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>De naam heeft geen bruikbaar adres.</translation>
    </message>
    <message>
        <source>The name %1 has no address that can be reached from here.</source>
        <translation>De naam %1 heeft geen adres dat vanaf hier bereikbaar is.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer, so the test cannot be sent from it.</source>
        <translation>Het adres %1 hoort niet bij deze computer, dus de test kan niet vanaf dat adres worden uitgevoerd.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which cannot be sent in a login; check how it was entered.</source>
        <translation>Het wachtwoord bevat een NUL-teken, dat niet bij een aanmelding kan worden verzonden; controleer hoe het is ingevoerd.</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break; remove it and try again.</source>
        <translation>Het onderwerp van het testbericht bevat een regeleinde; verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The name could not be looked up: the name servers did not answer, or there is no network.</source>
        <translation>De naam kon niet worden opgezocht: de naamservers antwoordden niet, of er is geen netwerk.</translation>
    </message>
</context>
<context>
    <name>od::SmtpReplyReader</name>
    <message>
        <source>The server sent a line that is far too long.</source>
        <translation>De server stuurde een veel te lange regel.</translation>
    </message>
    <message>
        <source>The server sent a reply with far too many lines.</source>
        <translation>De server stuurde een antwoord met veel te veel regels.</translation>
    </message>
    <message>
        <source>The server sent a reply that is far too large.</source>
        <translation>De server stuurde een veel te groot antwoord.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation>De server stuurde iets wat geen SMTP-antwoord is.</translation>
    </message>
    <message>
        <source>The server changed its reply code in the middle of a reply.</source>
        <translation>De server veranderde midden in een antwoord van antwoordcode.</translation>
    </message>
</context>
<context>
    <name>od::SmtpSession</name>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbinding maken met de server</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS)</source>
        <translation>Versleuteling instellen (SSL/TLS)</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>Wachten tot de server zich meldt</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Onszelf voorstellen (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>Onszelf voorstellen op de oude manier (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>Om versleuteling vragen (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption (STARTTLS)</source>
        <translation>Versleuteling instellen (STARTTLS)</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>Onszelf opnieuw voorstellen, nu versleuteld</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Asking whether the sender and recipients are accepted</source>
        <translation>Vragen of de afzender en geadresseerden worden geaccepteerd</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Testbericht verzenden</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Afscheid nemen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation>Verbinding maken met %1 (%2) poort %3</translation>
    </message>
    <message>
        <source>Cannot send from the address %1: %2</source>
        <translation>Kan niet verzenden vanaf het adres %1: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>De test is geannuleerd.</translation>
    </message>
    <message>
        <source>Connected from %1</source>
        <translation>Verbonden vanaf %1</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2)</source>
        <translation>Versleuteld met %1 (%2)</translation>
    </message>
    <message>
        <source>The certificate did not pass verification: %1</source>
        <translation>Het certificaat heeft de verificatie niet doorstaan: %1</translation>
    </message>
    <message>
        <source>Continuing because you chose to trust the certificate with fingerprint %1</source>
        <translation>Doorgaan omdat u ervoor hebt gekozen het certificaat met vingerafdruk %1 te vertrouwen</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>De server heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>De server verbrak de verbinding zonder zich te melden.</translation>
    </message>
    <message>
        <source>The connection closed while encryption was being set up.</source>
        <translation>De verbinding werd verbroken terwijl de versleuteling werd ingesteld.</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>De server heeft de verbinding verbroken (%1).</translation>
    </message>
    <message numerus="yes">
        <source>No answer to the connection attempt within %n second(s).</source>
        <translation>
            <numerusform>Geen antwoord op de verbindingspoging binnen %n seconde.</numerusform>
            <numerusform>Geen antwoord op de verbindingspoging binnen %n seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not greet within %n second(s).</source>
        <translation>
            <numerusform>De server heeft zich niet binnen %n seconde gemeld.</numerusform>
            <numerusform>De server heeft zich niet binnen %n seconden gemeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption could not be set up in time.</source>
        <translation>De versleuteling kon niet op tijd worden ingesteld.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s) (%1).</source>
        <translation>
            <numerusform>De server antwoordde niet binnen %n seconde (%1).</numerusform>
            <numerusform>De server antwoordde niet binnen %n seconden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored an unexpected reply from the server.</source>
        <translation>Een onverwacht antwoord van de server is genegeerd.</translation>
    </message>
    <message>
        <source>The server greeted with a refusal.</source>
        <translation>De server meldde zich met een weigering.</translation>
    </message>
    <message>
        <source>The server refused our introduction.</source>
        <translation>De server heeft onze begroeting geweigerd.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS), so the test stopped before anything was sent.</source>
        <translation>De server biedt geen versleuteling aan (STARTTLS), daarom is de test gestopt voordat er iets werd verzonden.</translation>
    </message>
    <message>
        <source>The server does not offer encryption, so your password was not sent.</source>
        <translation>De server biedt geen versleuteling aan, daarom is uw wachtwoord niet verzonden.</translation>
    </message>
    <message>
        <source>The server refused to start encryption.</source>
        <translation>De server weigerde de versleuteling te starten.</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n byte(s) the server sent before encryption started.</source>
        <translation>
            <numerusform>%n byte die de server vóór het starten van de versleuteling stuurde, is genegeerd.</numerusform>
            <numerusform>%n bytes die de server vóór het starten van de versleuteling stuurde, zijn genegeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not offer to log in here; continuing without logging in.</source>
        <translation>De server biedt hier geen aanmelding aan; doorgaan zonder aan te melden.</translation>
    </message>
    <message>
        <source>None of the login methods the server offers (%1) can be used; continuing without logging in.</source>
        <translation>Geen van de aanmeldmethoden die de server aanbiedt (%1) is bruikbaar; doorgaan zonder aan te melden.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>De server heeft de aanmelding geweigerd.</translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation>De server weigerde het bericht aan te nemen.</translation>
    </message>
    <message numerus="yes">
        <source>[test message, %n byte(s)]</source>
        <translation>
            <numerusform>[testbericht, %n byte]</numerusform>
            <numerusform>[testbericht, %n bytes]</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the sender.</source>
        <translation>De server heeft de afzender geweigerd.</translation>
    </message>
    <message>
        <source>The server refused a recipient.</source>
        <translation>De server heeft een geadresseerde geweigerd.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>De server heeft het bericht geweigerd.</translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation>Het testbericht is aangenomen voor bezorging.</translation>
    </message>
    <message>
        <source>Test message from Outbox Doctor</source>
        <translation>Testbericht van Outbox Doctor</translation>
    </message>
    <message>
        <source>This message was sent by Outbox Doctor to check that mail from this account is delivered.
You can delete it.</source>
        <translation>Dit bericht is door Outbox Doctor verzonden om te controleren of e-mail van dit account wordt bezorgd.
U kunt het verwijderen.</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>Een instelling bevat een regeleinde, daarom is de opdracht niet verzonden.</translation>
    </message>
    <message>
        <source>Ignored a reply the server sent without being asked.</source>
        <translation>Een antwoord dat de server ongevraagd stuurde, is genegeerd.</translation>
    </message>
    <message>
        <source>The server kept asking for more login data.</source>
        <translation>De server bleef om meer aanmeldgegevens vragen.</translation>
    </message>
    <message numerus="yes">
        <source>The server answers so slowly that the test was stopped after %n second(s).</source>
        <translation>
            <numerusform>De server antwoordt zo traag dat de test na %n seconde is gestopt.</numerusform>
            <numerusform>De server antwoordt zo traag dat de test na %n seconden is gestopt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to log in until the other port has logged in</source>
        <translation>Wachten met aanmelden tot de andere poort is aangemeld</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>De naam heeft geen bruikbaar adres.</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>Geen verbinding met %1: %2</translation>
    </message>
    <message>
        <source>Not logged in on this port: the server already refused the password on another port.</source>
        <translation>Niet aangemeld op deze poort: de server heeft het wachtwoord al op een andere poort geweigerd.</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, and this server does not offer SMTPUTF8, which such addresses need; nothing was sent. Use an address written in ASCII only.</source>
        <translation>Een adres bevat niet-ASCII-tekens, en deze server biedt geen SMTPUTF8 aan, dat voor zulke adressen nodig is; er is niets verzonden. Gebruik een adres dat alleen uit ASCII-tekens bestaat.</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break, so the message was not sent.</source>
        <translation>Het onderwerp van het testbericht bevat een regeleinde, daarom is het bericht niet verzonden.</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it expects SSL/TLS from the start.</source>
        <translation>De poort meldde zich niet; een tweede verbinding liet zien dat hij vanaf het begin SSL/TLS verwacht.</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it speaks plain SMTP.</source>
        <translation>De poort meldde zich niet; een tweede verbinding liet zien dat hij gewone, onversleutelde SMTP gebruikt.</translation>
    </message>
    <message>
        <source>Stopped: the verdict was already clear without this port.</source>
        <translation>Gestopt: de conclusie stond al vast zonder deze poort.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host onbereikbaar</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Netwerk onbereikbaar</translation>
    </message>
    <message>
        <source>The connection was not permitted</source>
        <translation>De verbinding werd niet toegestaan</translation>
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
        <translation>Uw account</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Wat er gevonden is</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Opnieuw testen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
</context>
<context>
    <name>od::TestPage</name>
    <message>
        <source>Testing your outgoing server</source>
        <translation>Uw uitgaande server testen</translation>
    </message>
    <message>
        <source>Outbox Doctor talks to the server the way your mail program does, without sending anything.</source>
        <translation>Outbox Doctor praat met de server zoals uw e-mailprogramma dat doet, zonder iets te verzenden.</translation>
    </message>
    <message>
        <source>Testing again</source>
        <translation>Opnieuw testen</translation>
    </message>
    <message>
        <source>The same test, with the settings of the fix.</source>
        <translation>Dezelfde test, met de instellingen van de oplossing.</translation>
    </message>
    <message>
        <source>Sender %1, a recipient at the provider&apos;s own domain and one elsewhere (%2). Each row is one step of the conversation; click a row and show the conversation to see the server&apos;s exact words.</source>
        <translation>Afzender %1, een geadresseerde in het eigen domein van de provider en een elders (%2). Elke rij is een stap in het gesprek; klik op een rij en toon het gesprek om de precieze woorden van de server te zien.</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test &amp;annuleren</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>De test annuleren</translation>
    </message>
    <message>
        <source>&amp;Repeat test</source>
        <translation>Test h&amp;erhalen</translation>
    </message>
    <message>
        <source>Repeat the test</source>
        <translation>De test herhalen</translation>
    </message>
    <message>
        <source>&amp;Show certificate…</source>
        <translation>&amp;Certificaat bekijken…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>Het certificaat bekijken en beslissen of u het vertrouwt</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the test stopped before sending your password. Look at the certificate to decide whether to trust it for this test.</source>
        <translation>Het certificaat van de server kon niet worden geverifieerd, daarom is de test gestopt voordat uw wachtwoord werd verzonden. Bekijk het certificaat om te beslissen of u het voor deze test vertrouwt.</translation>
    </message>
    <message>
        <source>The test connects to the outgoing server on each likely port at the same time and goes through the steps your mail program would: greeting, encryption, login, sender and two recipients. Nothing is sent. A tick means the step worked, a cross that the server refused or something failed. Click &quot;Show the conversation with the server&quot; to read what was said. &quot;Cancel test&quot; stops it at once; when the result is in, click Next for the explanation.</source>
        <translation>De test maakt tegelijk verbinding met de uitgaande server op elke waarschijnlijke poort en doorloopt de stappen die uw e-mailprogramma ook zou zetten: begroeting, versleuteling, aanmelding, afzender en twee geadresseerden. Er wordt niets verzonden. Een vinkje betekent dat de stap is gelukt, een kruisje dat de server weigerde of dat er iets misging. Klik op &quot;Het gesprek met de server tonen&quot; om te lezen wat er is gezegd. &quot;Test annuleren&quot; stopt de test meteen; zodra de uitkomst er is, klikt u op Volgende voor de uitleg.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Bezig met testen van %1…</translation>
    </message>
    <message>
        <source>The test was cancelled. Click &quot;Repeat test&quot; to run it again.</source>
        <translation>De test is geannuleerd. Klik op &quot;Test herhalen&quot; om hem opnieuw uit te voeren.</translation>
    </message>
    <message>
        <source>It works: %1.</source>
        <translation>Het werkt: %1.</translation>
    </message>
    <message>
        <source>Problem found: %1.</source>
        <translation>Probleem gevonden: %1.</translation>
    </message>
    <message>
        <source>%1 (still finishing the other ports)</source>
        <translation>%1 (de andere poorten worden nog afgerond)</translation>
    </message>
    <message>
        <source>Enter the &amp;password again</source>
        <translation>&amp;Wachtwoord opnieuw invoeren</translation>
    </message>
    <message>
        <source>Go back and enter the password again</source>
        <translation>Teruggaan en het wachtwoord opnieuw invoeren</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. It said: %1</source>
        <translation>De server heeft de gebruikersnaam of het wachtwoord niet geaccepteerd. Hij antwoordde: %1</translation>
    </message>
</context>
<context>
    <name>od::WelcomePage</name>
    <message>
        <source>Welcome to Outbox Doctor</source>
        <translation>Welkom bij Outbox Doctor</translation>
    </message>
    <message>
        <source>Find out why your outgoing mail is refused, and fix it step by step.</source>
        <translation>Ontdek waarom uw uitgaande e-mail wordt geweigerd, en los het stap voor stap op.</translation>
    </message>
    <message>
        <source>Outbox Doctor tests your outgoing mail server the way your mail program uses it, explains in plain words what goes wrong, and guides you to a setting that works. Nothing is sent to anyone during the test.</source>
        <translation>Outbox Doctor test uw uitgaande mailserver zoals uw e-mailprogramma die gebruikt, legt in gewone woorden uit wat er misgaat en helpt u op weg naar een instelling die werkt. Tijdens de test wordt niets naar iemand verzonden.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>If you got an error message or a returned mail, &amp;paste it here (optional):</source>
        <translation>Hebt u een foutbericht of een teruggestuurd bericht gekregen? &amp;Plak het dan hier (optioneel):</translation>
    </message>
    <message>
        <source>Pasted error message</source>
        <translation>Geplakt foutbericht</translation>
    </message>
    <message>
        <source>For example: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</source>
        <translation>Bijvoorbeeld: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</translation>
    </message>
    <message>
        <source>No server reply found in this text yet. You can go on without it.</source>
        <translation>Nog geen antwoord van een server gevonden in deze tekst. U kunt ook zonder verdergaan.</translation>
    </message>
    <message>
        <source>This looks like: %1
%2
The server said: &quot;%3&quot;</source>
        <translation>Dit lijkt op: %1
%2
De server antwoordde: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>This looks like: %1
%2</source>
        <translation>Dit lijkt op: %1
%2</translation>
    </message>
    <message>
        <source>Not sure what went wrong: this message does not say it clearly enough. The test on the next pages will find out.
The server said: &quot;%1&quot;</source>
        <translation>Niet zeker wat er misging: dit bericht zegt het niet duidelijk genoeg. De test op de volgende pagina&apos;s zoekt het uit.
De server antwoordde: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Where are you right now? Choose one to start:</source>
        <translation>Waar bent u op dit moment? Kies er een om te beginnen:</translation>
    </message>
    <message>
        <source>At h&amp;ome, on my provider&apos;s connection</source>
        <translation>Th&amp;uis, via de verbinding van mijn provider</translation>
    </message>
    <message>
        <source>Your internet connection comes from the provider whose mail address you use.</source>
        <translation>Uw internetverbinding komt van de provider van wie u het e-mailadres gebruikt.</translation>
    </message>
    <message>
        <source>At &amp;work or in an office</source>
        <translation>Op het &amp;werk of op kantoor</translation>
    </message>
    <message>
        <source>On your company&apos;s or organisation&apos;s network.</source>
        <translation>Op het netwerk van uw bedrijf of organisatie.</translation>
    </message>
    <message>
        <source>&amp;Travelling or on someone else&apos;s network</source>
        <translation>&amp;Onderweg of op het netwerk van iemand anders</translation>
    </message>
    <message>
        <source>A hotel, an airport, a café, a mobile hotspot, a friend&apos;s Wi-Fi.</source>
        <translation>Een hotel, een vliegveld, een café, een mobiele hotspot, de wifi van een vriend.</translation>
    </message>
    <message>
        <source>Not &amp;sure</source>
        <comment>location</comment>
        <translation>Weet ik niet &amp;zeker</translation>
    </message>
    <message>
        <source>Outbox Doctor will find out what the server accepts from here.</source>
        <translation>Outbox Doctor zoekt uit wat de server vanaf hier accepteert.</translation>
    </message>
    <message>
        <source>Choose the language you want to use. If your mail program showed an error, or a message came back to you, copy its text and paste it into the box: Outbox Doctor reads the server&apos;s answer in it and tells you what it means. Then choose where you are: mail servers accept mail for other domains only from their own network or from users who log in, so the network you are on matters. If you are not sure, choose &quot;Not sure&quot;.</source>
        <translation>Kies de taal die u wilt gebruiken. Heeft uw e-mailprogramma een fout gemeld, of is er een bericht bij u teruggekomen, kopieer dan de tekst en plak die in het vak: Outbox Doctor leest het antwoord van de server erin en vertelt u wat het betekent. Kies daarna waar u bent: e-mailservers accepteren e-mail voor andere domeinen alleen vanaf hun eigen netwerk of van gebruikers die zich aanmelden, dus het netwerk waarop u zit, maakt uit. Weet u het niet zeker, kies dan &quot;Weet ik niet zeker&quot;.</translation>
    </message>
</context>
<context>
    <name>od::WizardState</name>
    <message>
        <source>no change of the mail program&apos;s settings to undo.</source>
        <translation>er is geen wijziging in de instellingen van het e-mailprogramma om ongedaan te maken.</translation>
    </message>
</context>
<context>
    <name>od::WizardTexts</name>
    <message>
        <source>Looking up the server&apos;s address</source>
        <translation>Het adres van de server opzoeken</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbinding maken met de server</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS) and checking the certificate</source>
        <translation>Versleuteling instellen (SSL/TLS) en het certificaat controleren</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>Wachten tot de server zich meldt</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Onszelf voorstellen (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>Onszelf voorstellen op de oude manier (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>Om versleuteling vragen (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption and checking the certificate</source>
        <translation>Versleuteling instellen en het certificaat controleren</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>Onszelf opnieuw voorstellen, nu versleuteld</translation>
    </message>
    <message>
        <source>Logging in with your user name and password</source>
        <translation>Aanmelden met uw gebruikersnaam en wachtwoord</translation>
    </message>
    <message>
        <source>Giving your address as the sender</source>
        <translation>Uw adres opgeven als afzender</translation>
    </message>
    <message>
        <source>Asking to send to the provider&apos;s own postmaster</source>
        <translation>Vragen om te mogen verzenden naar de postmaster van de provider zelf</translation>
    </message>
    <message>
        <source>Asking to send to an address elsewhere</source>
        <translation>Vragen om te mogen verzenden naar een adres elders</translation>
    </message>
    <message>
        <source>Cancelling the test message (nothing is sent)</source>
        <translation>Het testbericht annuleren (er wordt niets verzonden)</translation>
    </message>
    <message>
        <source>Starting the test message</source>
        <translation>Het testbericht beginnen</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Het testbericht verzenden</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Afscheid nemen</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server first</source>
        <translation>Eerst aanmelden bij de inkomende server</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>connection security</comment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>connection security</comment>
        <translation>Geen (onversleuteld)</translation>
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
        <translation>%1, poort %2 (%3)</translation>
    </message>
    <message>
        <source>At home, on your provider&apos;s connection</source>
        <translation>Thuis, via de verbinding van de provider</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>Op het werk, op het kantoornetwerk</translation>
    </message>
    <message>
        <source>Travelling, on someone else&apos;s network</source>
        <translation>Onderweg, op het netwerk van iemand anders</translation>
    </message>
    <message>
        <source>Not sure where</source>
        <translation>Locatie onbekend</translation>
    </message>
    <message>
        <source>It was not issued by an authority this computer trusts.</source>
        <translation>Het is niet uitgegeven door een instantie die deze computer vertrouwt.</translation>
    </message>
    <message>
        <source>It is self-signed: the server vouches for itself.</source>
        <translation>Het is zelfondertekend: de server staat alleen voor zichzelf in.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Het is verlopen.</translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation>Het is nog niet geldig.</translation>
    </message>
    <message>
        <source>It was issued for a different server name. Someone on this network may be intercepting the connection.</source>
        <translation>Het is uitgegeven voor een andere servernaam. Mogelijk onderschept iemand op dit netwerk de verbinding.</translation>
    </message>
    <message>
        <source>It has been revoked by the authority that issued it.</source>
        <translation>Het is ingetrokken door de instantie die het heeft uitgegeven.</translation>
    </message>
    <message>
        <source>It failed another check.</source>
        <translation>Het heeft een andere controle niet doorstaan.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>port %1 (%2)</source>
        <comment>port number (its connection security)</comment>
        <translation>poort %1 (%2)</translation>
    </message>
    <message>
        <source>ports 587, 465 and 25</source>
        <comment>the ports tested when none was given</comment>
        <translation>poorten 587, 465 en 25</translation>
    </message>
    <message>
        <source>%1, %2, logged in as %3</source>
        <comment>server, port (security), user name</comment>
        <translation>%1, %2, aangemeld als %3</translation>
    </message>
    <message>
        <source>%1, %2, login as %3 not completed</source>
        <comment>server, port (security), user name</comment>
        <translation>%1, %2, aanmelding als %3 niet voltooid</translation>
    </message>
    <message>
        <source>%1, %2, no login</source>
        <comment>server, port (security)</comment>
        <translation>%1, %2, zonder aanmelden</translation>
    </message>
    <message>
        <source>%1 through %2, %3, logged in as %4</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 via %2, %3, aangemeld als %4</translation>
    </message>
    <message>
        <source>%1 through %2, %3, login as %4 not completed</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 via %2, %3, aanmelding als %4 niet voltooid</translation>
    </message>
    <message>
        <source>%1 through %2, %3, no login</source>
        <comment>sender address, server, port (security)</comment>
        <translation>%1 via %2, %3, zonder aanmelden</translation>
    </message>
    <message>
        <source>Result: mail sent this way would be delivered.</source>
        <translation>Resultaat: e-mail die zo wordt verzonden, zou worden bezorgd.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <comment>the cause the test found</comment>
        <translation>Resultaat: %1.</translation>
    </message>
</context>
</TS>
