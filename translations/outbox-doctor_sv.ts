<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Det går inte att läsa lösenordsfilen %1: %2</translation>
    </message>
    <message>
        <source>Outbox Doctor tested %1</source>
        <translation>Outbox Doctor testade %1</translation>
    </message>
    <message>
        <source>The name resolves to: %1</source>
        <translation>Namnet motsvarar: %1</translation>
    </message>
    <message>
        <source>The name could not be resolved: %1</source>
        <translation>Namnet kunde inte slås upp: %1</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3) %1 port %2</source>
        <translation>Inkommande server (POP3) %1 port %2</translation>
    </message>
    <message>
        <source>Port %1 (%2) at %3: %4</source>
        <translation>Port %1 (%2) på %3: %4</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>Bedömning: %1 [%2]</translation>
    </message>
    <message>
        <source>Based on port %1.</source>
        <translation>Baserat på port %1.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Servern svarade: ”%1”</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Så här gör du:</translation>
    </message>
    <message>
        <source>Tests an outgoing mail (SMTP) account and explains the result. Nothing is sent unless --send is given.</source>
        <translation>Testar ett konto för utgående e-post (SMTP) och förklarar resultatet. Inget skickas om inte --send anges.</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server.</source>
        <translation>Den utgående servern (SMTP).</translation>
    </message>
    <message>
        <source>Port to test, optionally with its security (587:starttls). Repeatable. Default: 587, 465 and 25 in parallel.</source>
        <translation>Port att testa, eventuellt med säkerhetsläge (587:starttls). Kan upprepas. Standard: 587, 465 och 25 samtidigt.</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none.</source>
        <translation>auto, starttls, tls eller none.</translation>
    </message>
    <message>
        <source>The sender address to test.</source>
        <translation>Avsändaradressen som ska testas.</translation>
    </message>
    <message>
        <source>A recipient in another domain (repeatable).</source>
        <translation>En mottagare i en annan domän (kan upprepas).</translation>
    </message>
    <message>
        <source>User name for logging in.</source>
        <translation>Användarnamn för inloggningen.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Läs lösenordet från första raden i den här filen.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Läs lösenordet från den här miljövariabeln.</translation>
    </message>
    <message>
        <source>Log in with the OAuth 2 access token in this file (XOAUTH2).</source>
        <translation>Logga in med OAuth 2-åtkomsttoken i den här filen (XOAUTH2).</translation>
    </message>
    <message>
        <source>Login method: plain, login, cram-md5 or xoauth2 (default: the strongest offered).</source>
        <translation>Inloggningsmetod: plain, login, cram-md5 eller xoauth2 (standard: den starkaste som erbjuds).</translation>
    </message>
    <message>
        <source>Connect from this local address.</source>
        <translation>Anslut från den här lokala adressen.</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown.</source>
        <translation>Var du befinner dig: home, work, travel eller unknown.</translation>
    </message>
    <message>
        <source>Log in to this POP3 server first (POP-before-SMTP).</source>
        <translation>Logga först in på den här POP3-servern (POP före SMTP).</translation>
    </message>
    <message>
        <source>POP3 port (default 110, or 995 with tls).</source>
        <translation>POP3-port (standard 110, eller 995 med tls).</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none for POP3.</source>
        <translation>auto, starttls, tls eller none för POP3.</translation>
    </message>
    <message>
        <source>POP3 user name (default: --user).</source>
        <translation>Användarnamn för POP3 (standard: --user).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Lita även på certifikatutfärdarna i den här PEM-filen.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this test.</source>
        <translation>Lita på certifikatet med det här SHA-256-fingeravtrycket under det här testet.</translation>
    </message>
    <message>
        <source>Name to introduce ourselves with (default: our address).</source>
        <translation>Namn att presentera oss med (standard: vår adress).</translation>
    </message>
    <message>
        <source>Really send a short test message to the --to recipients.</source>
        <translation>Skicka faktiskt ett kort testmeddelande till mottagarna i --to.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation>Antal sekunder att vänta på varje svar (standard 20).</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>Skriv även en rapport (.html, .pdf eller .txt).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host måste anges.</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot;.</source>
        <translation>Okänt säkerhetsläge ”%1”.</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation>Ogiltig port ”%1”.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Miljövariabeln %1 är inte satt.</translation>
    </message>
    <message>
        <source>A password was given without --user.</source>
        <translation>Ett lösenord angavs utan --user.</translation>
    </message>
    <message>
        <source>Invalid source address &quot;%1&quot;.</source>
        <translation>Ogiltig källadress ”%1”.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;; use home, work, travel or unknown.</source>
        <translation>Okänd plats ”%1”; använd home, work, travel eller unknown.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Inget certifikat kunde läsas från %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint.</source>
        <translation>”%1” är inte ett SHA-256-fingeravtryck.</translation>
    </message>
    <message>
        <source>--send needs at least one --to recipient.</source>
        <translation>--send kräver minst en mottagare med --to.</translation>
    </message>
    <message>
        <source>Invalid timeout &quot;%1&quot;.</source>
        <translation>Ogiltig tidsgräns ”%1”.</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>Rapportfilen måste sluta på .html, .pdf eller .txt: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapporten skrevs till %1</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>Ersätt e-postadresser och servernamn med platshållare i rapporten (för offentliga forum).</translation>
    </message>
    <message>
        <source>Port %1 (%2): stopped, the verdict was already clear without it</source>
        <translation>Port %1 (%2): stoppad, bedömningen var redan klar utan den</translation>
    </message>
    <message>
        <source>  A second connection with %1 was answered: this port speaks %1.</source>
        <translation>  En andra anslutning med %1 besvarades: den här porten använder %1.</translation>
    </message>
    <message>
        <source>  A second connection with %1 was not answered either.</source>
        <translation>  En andra anslutning med %1 besvarades inte heller.</translation>
    </message>
    <message>
        <source>Port %1 expects %2, not %3: set the connection security to %2.</source>
        <translation>Port %1 förväntar sig %2, inte %3: ställ in anslutningens säkerhet på %2.</translation>
    </message>
    <message>
        <source>Wait for every port&apos;s own result, even when the verdict is clear earlier.</source>
        <translation>Vänta på varje ports eget resultat, även när bedömningen är klar tidigare.</translation>
    </message>
</context>
<context>
    <name>od::AccountKindChooser</name>
    <message>
        <source>Whose mail account is it?</source>
        <translation>Vilket e-postkonto gäller det?</translation>
    </message>
    <message>
        <source>My home prov&amp;ider&apos;s mail account</source>
        <translation>Mitt e-postkonto hos min leverant&amp;ör hemma</translation>
    </message>
    <message>
        <source>My wo&amp;rk account</source>
        <translation>Mitt &amp;jobbkonto</translation>
    </message>
    <message>
        <source>Another account, &amp;for example webmail or your own domain</source>
        <translation>Ett annat konto, till e&amp;xempel webbmejl eller din egen domän</translation>
    </message>
</context>
<context>
    <name>od::AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Ditt konto</translation>
    </message>
    <message>
        <source>Pick the account from your mail program, or type its settings as your mail program has them.</source>
        <translation>Välj kontot från ditt e-postprogram, eller skriv in inställningarna så som de står i e-postprogrammet.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account found on this computer</source>
        <translation>Konto som hittades på den här datorn</translation>
    </message>
    <message>
        <source>Type the settings myself</source>
        <translation>Jag skriver in inställningarna själv</translation>
    </message>
    <message>
        <source>%1 (%2, in %3)</source>
        <translation>%1 (%2, i %3)</translation>
    </message>
    <message>
        <source>Who sends</source>
        <comment>group of sender settings</comment>
        <translation>Avsändare</translation>
    </message>
    <message>
        <source>E-mail a&amp;ddress:</source>
        <translation>E-post&amp;adress:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ditt na&amp;mn:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Rep&amp;ly-to address:</source>
        <translation>S&amp;varsadress:</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Svarsadress</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Utgående server (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Outgoing server name</source>
        <translation>Namn på utgående server</translation>
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
        <translation>Port för utgående server</translation>
    </message>
    <message>
        <source>Automatic (587, 465 and 25)</source>
        <translation>Automatisk (587, 465 och 25)</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Kr&amp;yptering:</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>Kryptering för utgående server</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>group of login settings</comment>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;tentisering:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>None: the server does not ask for a login</source>
        <translation>Ingen: servern kräver ingen inloggning</translation>
    </message>
    <message>
        <source>Password (the best method the server offers)</source>
        <translation>Lösenord (den bästa metoden servern erbjuder)</translation>
    </message>
    <message>
        <source>Password, PLAIN</source>
        <translation>Lösenord, PLAIN</translation>
    </message>
    <message>
        <source>Password, LOGIN</source>
        <translation>Lösenord, LOGIN</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Krypterat lösenord (CRAM-MD5)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Anv&amp;ändarnamn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Kom ihåg lösenordet i systemets nyckelrin&amp;g</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>Otherwise the password is kept in memory only and forgotten when you close Outbox Doctor.</source>
        <translation>Annars finns lösenordet bara i minnet och glöms när du stänger Outbox Doctor.</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory only.</source>
        <translation>Det finns ingen nyckelring i systemet: lösenordet finns bara i minnet.</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Inkommande server</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>&amp;Inkommande server:</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>Namn på inkommande server</translation>
    </message>
    <message>
        <source>pop.example.com</source>
        <translation>pop.example.com</translation>
    </message>
    <message>
        <source>Check incoming mail (&amp;POP3) before sending</source>
        <translation>Kontrollera inkommande e-post (&amp;POP3) innan du skickar</translation>
    </message>
    <message>
        <source>Log in to the incoming server before sending</source>
        <translation>Logga in på den inkommande servern innan du skickar</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>Port för inkommande server</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>Automatisk (110 eller 995)</translation>
    </message>
    <message>
        <source>Incoming &amp;encryption:</source>
        <translation>Inkommande krypt&amp;ering:</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>Kryptering för inkommande server</translation>
    </message>
    <message>
        <source>Ad&amp;vanced options</source>
        <translation>Avan&amp;cerade alternativ</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Avancerade alternativ</translation>
    </message>
    <message>
        <source>Address you tr&amp;ied to write to:</source>
        <translation>Adress du &amp;försökte skriva till:</translation>
    </message>
    <message>
        <source>Address you tried to write to</source>
        <translation>Adress du försökte skriva till</translation>
    </message>
    <message>
        <source>optional; a test address is used otherwise</source>
        <translation>valfritt; annars används en testadress</translation>
    </message>
    <message>
        <source>Local address to send from</source>
        <translation>Lokal adress att skicka från</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>väljs av systemet</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Fil med extra betrodd certifikatutfärdare</translation>
    </message>
    <message>
        <source>If your mail program was found on this computer, pick the account in the list at the top and check the settings. Otherwise copy them from your mail program&apos;s account settings: your e-mail address, the outgoing (SMTP) server with its port and encryption, and whether it asks for a user name and password. Leave the port on &quot;Automatic&quot; if you don&apos;t know it: the usual ports are tested at once. Your password is only kept in memory, unless you ask for it to be remembered in the system keychain.</source>
        <translation>Om ditt e-postprogram hittades på den här datorn väljer du kontot i listan högst upp och kontrollerar inställningarna. Annars kopierar du dem från kontoinställningarna i ditt e-postprogram: din e-postadress, den utgående servern (SMTP) med port och kryptering, och om den kräver användarnamn och lösenord. Låt porten stå på ”Automatisk” om du inte vet den: de vanliga portarna testas samtidigt. Ditt lösenord finns bara i minnet, om du inte ber att det ska sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Ange din e-postadress.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>”%1” ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>The reply-to address does not look like an e-mail address.</source>
        <translation>Svarsadressen ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server&apos;s name, as your mail program has it.</source>
        <translation>Ange namnet på den utgående servern (SMTP) så som det står i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Ett servernamn får inte innehålla mellanslag.</translation>
    </message>
    <message>
        <source>Enter the user name for the login, or set authentication to &quot;None&quot;.</source>
        <translation>Ange användarnamnet för inloggningen, eller ställ in autentisering på ”Ingen”.</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name to check mail before sending.</source>
        <translation>Ange namnet på den inkommande servern för att kontrollera e-posten innan du skickar.</translation>
    </message>
    <message>
        <source>The local address is not an IP address.</source>
        <translation>Den lokala adressen är inte en IP-adress.</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>port</comment>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, no login</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · skickar via %3, port %4, utan inloggning</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, logs in as %5</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · skickar via %3, port %4, loggar in som %5</translation>
    </message>
    <message>
        <source>Chan&amp;ge settings…</source>
        <translation>Änd&amp;ra inställningar…</translation>
    </message>
    <message>
        <source>Change the settings of this account</source>
        <translation>Ändra inställningarna för det här kontot</translation>
    </message>
    <message>
        <source>Enter the password of this account: the test logs in with it (it is kept in memory only).</source>
        <translation>Ange lösenordet för det här kontot: testet loggar in med det (det sparas bara i minnet).</translation>
    </message>
    <message>
        <source>Next tests sending from this account the way your mail program does. Nothing is sent.</source>
        <translation>Nästa testar att skicka från det här kontot på samma sätt som ditt e-postprogram gör. Inget skickas.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Lösenordet kunde inte sparas i systemets nyckelring: %1</translation>
    </message>
    <message>
        <source>The saved password could not be read from the system keychain: %1</source>
        <translation>Det sparade lösenordet kunde inte läsas från systemets nyckelring: %1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>Det sparade lösenordet kunde inte tas bort från systemets nyckelring: %1</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemets nyckelring</translation>
    </message>
    <message>
        <source>Looking for your mail programs&apos; settings…</source>
        <translation>Letar efter dina e-postprograms inställningar…</translation>
    </message>
    <message>
        <source>Next is available once the search has finished, or once you type the settings below.</source>
        <translation>Nästa blir tillgänglig när sökningen är klar, eller när du skriver in inställningarna nedan.</translation>
    </message>
    <message>
        <source>Incomin&amp;g port:</source>
        <translation>Inkomman&amp;de port:</translation>
    </message>
    <message>
        <source>Send &amp;from local address (IP):</source>
        <translation>Skicka fr&amp;ån lokal adress (IP):</translation>
    </message>
    <message>
        <source>E&amp;xtra trusted certificate authority (PEM file):</source>
        <translation>Extra betrodd certifikat&amp;utfärdare (PEM-fil):</translation>
    </message>
</context>
<context>
    <name>od::Accounts</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan inte läsas (%2).</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a mail client&apos;s settings file.</source>
        <translation>%1: filen är för stor för att vara en inställningsfil för ett e-postprogram.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no mail client settings were recognised in this folder.</source>
        <translation>%1: inga inställningar för e-postprogram kändes igen i den här mappen.</translation>
    </message>
    <message>
        <source>The format of this file was not recognised as the settings of a supported mail client.</source>
        <translation>Filens format kändes inte igen som inställningar för ett e-postprogram som stöds.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>No mail accounts were found.</source>
        <translation>Inga e-postkonton hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <translation>
            <numerusform>%n konto hittades.</numerusform>
            <numerusform>%n konton hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Från: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Reply-to: %1</source>
        <translation>Svarsadress: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>SMTP server: %1, port %2, security %3</source>
        <translation>SMTP-server: %1, port %2, säkerhet %3</translation>
    </message>
    <message>
        <source>Authentication: %1, user name: %2</source>
        <translation>Autentisering: %1, användarnamn: %2</translation>
    </message>
    <message>
        <source>Incoming: %1 %2, user name: %3</source>
        <translation>Inkommande: %1 %2, användarnamn: %3</translation>
    </message>
    <message>
        <source>Logs on to the incoming server before sending (POP before SMTP).</source>
        <translation>Loggar in på den inkommande servern innan e-post skickas (POP före SMTP).</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Läst från: %1</translation>
    </message>
    <message>
        <source>List the SMTP settings found in the mail clients here.</source>
        <translation>Lista SMTP-inställningarna som hittas i e-postprogrammen här.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>Read one settings file of any supported client.</source>
        <translation>Läs en inställningsfil från valfritt e-postprogram som stöds.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Scan this folder as the home folder.</source>
        <translation>Sök igenom den här mappen som hemmapp.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>The mail payload &quot;%1&quot; leaves the outgoing server empty (it is asked for when the profile is installed).</source>
        <translation>E-postnyttolasten ”%1” lämnar den utgående servern tom (den efterfrågas när profilen installeras).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; refers to an outgoing server that is not in the file.</source>
        <translation>Kontot ”%1” hänvisar till en utgående server som inte finns i filen.</translation>
    </message>
    <message>
        <source>The file is too large to be a mail client&apos;s settings file.</source>
        <translation>Filen är för stor för att vara en inställningsfil för ett e-postprogram.</translation>
    </message>
    <message>
        <source>This is not a property list with mail accounts.</source>
        <translation>Det här är inte en egenskapslista med e-postkonton.</translation>
    </message>
    <message>
        <source>The file contains invalid UTF-16 sequences.</source>
        <translation>Filen innehåller ogiltiga UTF-16-sekvenser.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text settings.</source>
        <translation>Filen innehåller binärdata, inte inställningar i textform.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation>Filen är inte giltig UTF-8; den lästes som Latin-1.</translation>
    </message>
    <message>
        <source>Line %1: a broken group header was skipped.</source>
        <translation>Rad %1: ett trasigt grupphuvud hoppades över.</translation>
    </message>
    <message>
        <source>Line %1: a line without &quot;key=value&quot; was skipped.</source>
        <translation>Rad %1: en rad utan ”nyckel=värde” hoppades över.</translation>
    </message>
    <message>
        <source>KMail transport &quot;%1&quot; is not an SMTP transport.</source>
        <translation>KMail-transporten ”%1” är inte en SMTP-transport.</translation>
    </message>
    <message>
        <source>Identity &quot;%1&quot; refers to transport %2, which does not exist; the default transport is used.</source>
        <translation>Identiteten ”%1” hänvisar till transport %2, som inte finns; standardtransporten används.</translation>
    </message>
    <message>
        <source>This is not a KMail mailtransports or emailidentities file.</source>
        <translation>Det här är inte en mailtransports- eller emailidentities-fil från KMail.</translation>
    </message>
    <message>
        <source>Identity %1 sends through transport %2, whose file was not found.</source>
        <translation>Identitet %1 skickar via transport %2, vars fil inte hittades.</translation>
    </message>
    <message>
        <source>No Evolution source file could be read.</source>
        <translation>Ingen källfil från Evolution kunde läsas.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; hands mail to the program &quot;%2&quot; instead of an SMTP server.</source>
        <translation>Kontot ”%1” lämnar över e-posten till programmet ”%2” i stället för till en SMTP-server.</translation>
    </message>
    <message>
        <source>This is not a Claws Mail accountrc file.</source>
        <translation>Det här är inte en accountrc-fil från Claws Mail.</translation>
    </message>
    <message>
        <source>Line %1: a line that is not an msmtp command was skipped.</source>
        <translation>Rad %1: en rad som inte är ett msmtp-kommando hoppades över.</translation>
    </message>
    <message>
        <source>Line %1: an account without a name was skipped.</source>
        <translation>Rad %1: ett konto utan namn hoppades över.</translation>
    </message>
    <message>
        <source>Line %1: a broken section header was skipped.</source>
        <translation>Rad %1: ett trasigt avsnittshuvud hoppades över.</translation>
    </message>
    <message>
        <source>Line %1: a value outside any section was skipped.</source>
        <translation>Rad %1: ett värde utanför alla avsnitt hoppades över.</translation>
    </message>
    <message>
        <source>Line %1: a line that could not be read was skipped.</source>
        <translation>Rad %1: en rad som inte kunde läsas hoppades över.</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot; has no SMTP server (an Exchange or Microsoft 365 account?).</source>
        <translation>Outlook-kontot ”%1” har ingen SMTP-server (ett Exchange- eller Microsoft 365-konto?).</translation>
    </message>
    <message>
        <source>prefs.js line %1: a statement that could not be read was skipped.</source>
        <translation>prefs.js rad %1: en sats som inte kunde läsas hoppades över.</translation>
    </message>
    <message>
        <source>This is not a registry export (.reg) file.</source>
        <translation>Det här är inte en registerexport (.reg-fil).</translation>
    </message>
    <message>
        <source>Line %1: a broken key header was skipped.</source>
        <translation>Rad %1: ett trasigt nyckelhuvud hoppades över.</translation>
    </message>
    <message>
        <source>Line %1: a value outside any key was skipped.</source>
        <translation>Rad %1: ett värde utanför alla nycklar hoppades över.</translation>
    </message>
    <message>
        <source>Line %1: a value that could not be read was skipped.</source>
        <translation>Rad %1: ett värde som inte kunde läsas hoppades över.</translation>
    </message>
    <message>
        <source>Settings before the first &quot;account&quot; or &quot;defaults&quot; line are ignored by msmtp.</source>
        <translation>Inställningar före den första raden ”account” eller ”defaults” ignoreras av msmtp.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; inherits from &quot;%2&quot;, which is not defined before it.</source>
        <translation>Kontot ”%1” ärver från ”%2”, som inte är definierat före det.</translation>
    </message>
    <message>
        <source>This is not an msmtp configuration file.</source>
        <translation>Det här är inte en konfigurationsfil för msmtp.</translation>
    </message>
    <message>
        <source>msmtp account &quot;%1&quot; has no host.</source>
        <translation>msmtp-kontot ”%1” saknar värd (host).</translation>
    </message>
    <message>
        <source>No smtp_url or from address was found in this Mutt/NeoMutt file.</source>
        <translation>Ingen smtp_url eller från-adress hittades i den här Mutt/NeoMutt-filen.</translation>
    </message>
    <message>
        <source>The smtp_url &quot;%1&quot; could not be read.</source>
        <translation>smtp_url ”%1” kunde inte läsas.</translation>
    </message>
    <message>
        <source>This is not a git configuration file.</source>
        <translation>Det här är inte en konfigurationsfil för git.</translation>
    </message>
    <message>
        <source>git send-email hands mail to the program &quot;%1&quot; instead of an SMTP server.</source>
        <translation>git send-email lämnar över e-posten till programmet ”%1” i stället för till en SMTP-server.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
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
        <translation>Export från Windows-registret (Outlook)</translation>
    </message>
    <message>
        <source>Apple property list</source>
        <translation>Apple-egenskapslista</translation>
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
        <translation>Evolution-källa</translation>
    </message>
    <message>
        <source>Claws Mail accountrc</source>
        <translation>Claws Mail accountrc</translation>
    </message>
    <message>
        <source>msmtp configuration</source>
        <translation>msmtp-konfiguration</translation>
    </message>
    <message>
        <source>Mutt/NeoMutt configuration</source>
        <translation>Mutt/NeoMutt-konfiguration</translation>
    </message>
    <message>
        <source>git configuration</source>
        <translation>git-konfiguration</translation>
    </message>
    <message>
        <source>This is not a Thunderbird prefs.js file.</source>
        <translation>Det här är inte en prefs.js-fil från Thunderbird.</translation>
    </message>
    <message>
        <source>Outgoing server &quot;%1&quot; sends through %2, not SMTP.</source>
        <translation>Den utgående servern ”%1” skickar via %2, inte SMTP.</translation>
    </message>
    <message>
        <source>Identity %1 refers to outgoing server &quot;%2&quot;, which does not exist; the default server is used.</source>
        <translation>Identitet %1 hänvisar till den utgående servern ”%2”, som inte finns; standardservern används.</translation>
    </message>
    <message>
        <source>Outgoing server name &quot;%1&quot; is not a valid host name.</source>
        <translation>Namnet på den utgående servern, ”%1”, är inte ett giltigt värdnamn.</translation>
    </message>
    <message>
        <source>The autoconfig document is too large.</source>
        <translation>Autokonfigurationsdokumentet är för stort.</translation>
    </message>
    <message>
        <source>This is not an autoconfig (clientConfig) document.</source>
        <translation>Det här är inte ett autokonfigurationsdokument (clientConfig).</translation>
    </message>
    <message>
        <source>Settings of this mail client cannot be changed automatically; follow the instructions instead.</source>
        <translation>Inställningarna i det här e-postprogrammet kan inte ändras automatiskt; följ instruktionerna i stället.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Inget att ändra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>”%1” är inte ett giltigt servernamn.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Porten måste vara mellan 1 och 65535.</translation>
    </message>
    <message>
        <source>Choose a connection security: none, STARTTLS or SSL/TLS.</source>
        <translation>Välj anslutningssäkerhet: ingen, STARTTLS eller SSL/TLS.</translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;.</source>
        <translation>Okänd autentiseringsmetod ”%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>A value may not contain a line break.</source>
        <translation>Ett värde får inte innehålla en radbrytning.</translation>
    </message>
    <message>
        <source>This client has no reply-to setting.</source>
        <translation>Det här programmet har ingen inställning för svarsadress.</translation>
    </message>
    <message>
        <source>This account has no outgoing server entry to change.</source>
        <translation>Det här kontot har ingen utgående server att ändra.</translation>
    </message>
    <message>
        <source>This entry is an outgoing server without an identity; there is no address to change.</source>
        <translation>Den här posten är en utgående server utan identitet; det finns ingen adress att ändra.</translation>
    </message>
    <message>
        <source>The KMail identities file was not found.</source>
        <translation>KMails identitetsfil hittades inte.</translation>
    </message>
    <message>
        <source>This old profile has no outgoing server entry for port, security or authentication.</source>
        <translation>Den här gamla profilen saknar en post för den utgående servern med port, säkerhet eller autentisering.</translation>
    </message>
    <message>
        <source>This outgoing server is not an SMTP server.</source>
        <translation>Den här utgående servern är inte en SMTP-server.</translation>
    </message>
    <message>
        <source>The msmtp account &quot;%1&quot; was not found in the file.</source>
        <translation>msmtp-kontot ”%1” hittades inte i filen.</translation>
    </message>
    <message>
        <source>The group [%1] was not found in the file.</source>
        <translation>Gruppen [%1] hittades inte i filen.</translation>
    </message>
    <message>
        <source>KMail transport %1 was not found.</source>
        <translation>KMail-transporten %1 hittades inte.</translation>
    </message>
    <message>
        <source>Thunderbird is running with this profile. Close Thunderbird and try again.</source>
        <translation>Thunderbird körs med den här profilen. Stäng Thunderbird och försök igen.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kan inte skrivas (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan inte läsas (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a settings file.</source>
        <translation>%1 är för stor för att vara en inställningsfil.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; it is left untouched.</source>
        <translation>%1 är inte giltig UTF-8; filen lämnas orörd.</translation>
    </message>
    <message>
        <source>%1 is not a backup made by Outbox Doctor.</source>
        <translation>%1 är inte en säkerhetskopia gjord av Outbox Doctor.</translation>
    </message>
    <message>
        <source>KMail or another KDE PIM program is running (process %1). Close KMail and Kontact and stop Akonadi (akonadictl stop), then try again: otherwise they would write their old settings back.</source>
        <translation>KMail eller ett annat KDE PIM-program körs (process %1). Stäng KMail och Kontact och stoppa Akonadi (akonadictl stop), och försök sedan igen: annars skriver de tillbaka sina gamla inställningar.</translation>
    </message>
    <message>
        <source>Thunderbird is running (process %1). Close Thunderbird and try again: it writes its settings back when it closes.</source>
        <translation>Thunderbird körs (process %1). Stäng Thunderbird och försök igen: det skriver tillbaka sina inställningar när det stängs.</translation>
    </message>
    <message>
        <source>%1 changed since it was read (another program wrote to it). Nothing was changed; read the settings again and retry.</source>
        <translation>%1 har ändrats sedan den lästes (ett annat program har skrivit i den). Inget ändrades; läs inställningarna igen och försök på nytt.</translation>
    </message>
    <message>
        <source>The owner of %1 cannot be set (%2).</source>
        <translation>Ägaren till %1 kan inte ställas in (%2).</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept.</source>
        <translation>Behörigheterna för %1 kan inte behållas.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created (%2).</source>
        <translation>Säkerhetskopian %1 kan inte skapas (%2).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2).</source>
        <translation>Säkerhetskopian %1 kan inte skrivas (%2).</translation>
    </message>
    <message>
        <source>The permissions of the backup %1 cannot be set (%2).</source>
        <translation>Behörigheterna för säkerhetskopian %1 kan inte ställas in (%2).</translation>
    </message>
    <message>
        <source>No free backup name beside %1.</source>
        <translation>Inget ledigt namn för en säkerhetskopia bredvid %1.</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept (%2).</source>
        <translation>Behörigheterna för %1 kan inte behållas (%2).</translation>
    </message>
    <message>
        <source>%1 Putting the files back failed as well (%2); the earlier files are kept as %3.</source>
        <translation>%1 Att lägga tillbaka filerna misslyckades också (%2); de tidigare filerna finns kvar som %3.</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed; its version is kept in %2. Read the settings again to check them.</source>
        <translation>Ett annat program skrev i %1 medan den ändrades; dess version finns kvar i %2. Läs inställningarna igen för att kontrollera dem.</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed, and its version could not be kept (%2).</source>
        <translation>Ett annat program skrev i %1 medan den ändrades, och dess version kunde inte behållas (%2).</translation>
    </message>
    <message>
        <source>macOS keeps Mail&apos;s settings private. To let Outbox Doctor read them: open System Settings, then Privacy &amp; Security, then Full Disk Access (on macOS 12 and earlier: System Preferences, Security &amp; Privacy, Privacy tab, Full Disk Access); turn on Outbox Doctor, or add it with the + button; then quit Outbox Doctor and open it again. You can also enter the settings by hand.</source>
        <translation>macOS håller Mails inställningar privata. Så här låter du Outbox Doctor läsa dem: öppna Systeminställningar, sedan Integritet och säkerhet, sedan Full skivåtkomst (i macOS 12 och tidigare: Systeminställningar, Säkerhet och integritet, fliken Integritet, Full skivåtkomst); slå på Outbox Doctor, eller lägg till det med knappen +; avsluta sedan Outbox Doctor och öppna det igen. Du kan också ange inställningarna för hand.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing, so the accounts database cannot be read.</source>
        <translation>Qt:s SQLite-drivrutin saknas, så kontodatabasen kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 could not be copied for reading.</source>
        <translation>%1 kunde inte kopieras för läsning.</translation>
    </message>
    <message>
        <source>%1 is not a database that can be read: %2</source>
        <translation>%1 är inte en databas som kan läsas: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the accounts tables of macOS (%2).</source>
        <translation>%1 innehåller inte kontotabellerna från macOS (%2).</translation>
    </message>
    <message>
        <source>Apple Mail account &quot;%1&quot; names no outgoing server that is in the accounts database.</source>
        <translation>Apple Mail-kontot ”%1” anger ingen utgående server som finns i kontodatabasen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Mappen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>This is not a binary property list.</source>
        <translation>Det här är inte en binär egenskapslista.</translation>
    </message>
    <message>
        <source>The binary property list is damaged (its trailer does not fit the file).</source>
        <translation>Den binära egenskapslistan är skadad (dess avslutande del stämmer inte med filen).</translation>
    </message>
    <message>
        <source>The binary property list is damaged (%1).</source>
        <translation>Den binära egenskapslistan är skadad (%1).</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot;: the value &quot;%2&quot; could not be read and was left out.</source>
        <translation>Outlook-kontot ”%1”: värdet ”%2” kunde inte läsas och utelämnades.</translation>
    </message>
    <message>
        <source>The new Outlook for Windows is used on this computer. It keeps its accounts with Microsoft, not in this computer&apos;s registry or files, so their outgoing server settings cannot be read here: only the accounts of classic Outlook are listed. To see a new Outlook account&apos;s settings, open the new Outlook and go to Settings &gt; Accounts &gt; Email accounts, then enter the outgoing server here by hand.</source>
        <translation>Den nya Outlook för Windows används på den här datorn. Den sparar sina konton hos Microsoft, inte i datorns register eller filer, så inställningarna för den utgående servern kan inte läsas här: bara kontona i klassiska Outlook visas. Om du vill se inställningarna för ett konto i nya Outlook öppnar du nya Outlook och går till Inställningar &gt; Konton &gt; E-postkonton, och anger sedan den utgående servern här för hand.</translation>
    </message>
    <message>
        <source>The property list ends before it is complete (line %1).</source>
        <translation>Egenskapslistan tar slut innan den är komplett (rad %1).</translation>
    </message>
    <message>
        <source>The property list is nested too deeply (line %1).</source>
        <translation>Egenskapslistan är för djupt nästlad (rad %1).</translation>
    </message>
    <message>
        <source>The property list is not well-formed XML (line %1).</source>
        <translation>Egenskapslistan är inte välformad XML (rad %1).</translation>
    </message>
    <message>
        <source>The autoconfig document is not well-formed XML (line %1).</source>
        <translation>Autokonfigurationsdokumentet är inte välformad XML (rad %1).</translation>
    </message>
    <message>
        <source>The autoconfig document ends before it is complete (line %1).</source>
        <translation>Autokonfigurationsdokumentet tar slut innan det är komplett (rad %1).</translation>
    </message>
</context>
<context>
    <name>od::ApplyChangesPanel</name>
    <message>
        <source>not set</source>
        <comment>a setting&apos;s value</comment>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>password, any method</source>
        <comment>authentication</comment>
        <translation>lösenord, valfri metod</translation>
    </message>
    <message>
        <source>password, PLAIN</source>
        <comment>authentication</comment>
        <translation>lösenord, PLAIN</translation>
    </message>
    <message>
        <source>password, LOGIN</source>
        <comment>authentication</comment>
        <translation>lösenord, LOGIN</translation>
    </message>
    <message>
        <source>encrypted password, CRAM-MD5</source>
        <comment>authentication</comment>
        <translation>krypterat lösenord, CRAM-MD5</translation>
    </message>
    <message>
        <source>encrypted password, DIGEST-MD5</source>
        <comment>authentication</comment>
        <translation>krypterat lösenord, DIGEST-MD5</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Svarsadress</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <comment>a setting: its old value → its new value</comment>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>Changed in %1:</source>
        <translation>Ändrat i %1:</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>Säkerhetskopia av filen som den var: %1</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>Ändringen kunde inte ångras: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in %1: %2</source>
        <translation>Inget ändrades i %1: %2</translation>
    </message>
    <message>
        <source>Undone: %1 is as it was before, restored from %2.</source>
        <translation>Ångrat: %1 är som förut, återställt från %2.</translation>
    </message>
    <message>
        <source>Change the settings for me</source>
        <translation>Ändra inställningarna åt mig</translation>
    </message>
    <message>
        <source>Outbox Doctor can make these changes in the settings file of %1 for you. It keeps a copy of the file as a backup, and never writes your password into it: enter it in %1 if it asks.</source>
        <translation>Outbox Doctor kan göra de här ändringarna i inställningsfilen för %1 åt dig. En kopia av filen sparas som säkerhetskopia, och ditt lösenord skrivs aldrig in i den: ange det i %1 om programmet frågar efter det.</translation>
    </message>
    <message>
        <source>What changes in %1:</source>
        <translation>Det här ändras i %1:</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>I filen: %1</translation>
    </message>
    <message>
        <source>Outbox Doctor cannot change this for you: %1 Follow the instructions below instead.</source>
        <translation>Outbox Doctor kan inte ändra det här åt dig: %1 Följ instruktionerna nedan i stället.</translation>
    </message>
    <message>
        <source>Change these settings in %1 for &amp;me</source>
        <translation>Ändra de här inställningarna i %1 åt &amp;mig</translation>
    </message>
    <message>
        <source>Change these settings in %1 for me</source>
        <translation>Ändra de här inställningarna i %1 åt mig</translation>
    </message>
    <message>
        <source>Close %1 first. A backup of its settings file is kept.</source>
        <translation>Stäng %1 först. En säkerhetskopia av dess inställningsfil sparas.</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <translation>&amp;Ångra ändringen</translation>
    </message>
    <message>
        <source>Undo the change to the settings of %1</source>
        <translation>Ångra ändringen av inställningarna i %1</translation>
    </message>
    <message>
        <source>the file already has these settings.</source>
        <translation>filen har redan de här inställningarna.</translation>
    </message>
    <message>
        <source>The account is no longer in %1.</source>
        <translation>Kontot finns inte längre i %1.</translation>
    </message>
</context>
<context>
    <name>od::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Certifikat för %1</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer cannot verify.</source>
        <translation>Servern %1 visade ett certifikat som den här datorn inte kan verifiera.</translation>
    </message>
    <message>
        <source>Warning: this certificate was not issued for %1. This is what it looks like when someone on this network intercepts your connection, for example a hotel&apos;s or a company&apos;s filter. Do not trust it unless your provider confirms this fingerprint.</source>
        <translation>Varning: det här certifikatet utfärdades inte för %1. Så här ser det ut när någon på det här nätverket avlyssnar din anslutning, till exempel ett filter på ett hotell eller ett företag. Lita inte på det om inte din leverantör bekräftar det här fingeravtrycket.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued to:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Names:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued by:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid from:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid until:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <comment>certificate details; keep the HTML tags</comment>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Utfärdat till:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Namn:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Utfärdat av:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Giltigt från:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Giltigt till:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256-fingeravtryck:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>What is wrong with it:</source>
        <translation>Vad som är fel med det:</translation>
    </message>
    <message>
        <source>If you trust it, Outbox Doctor tests with this exact certificate (recognised by its fingerprint) until you close the program. Your mail program is not changed. If you cannot check the fingerprint with your provider, choose &quot;Do not trust&quot;: your password could otherwise be read by whoever runs this connection.</source>
        <translation>Om du litar på det testar Outbox Doctor med exakt det här certifikatet (som känns igen på sitt fingeravtryck) tills du stänger programmet. Ditt e-postprogram ändras inte. Om du inte kan kontrollera fingeravtrycket med din leverantör väljer du ”Lita inte på det”: annars kan ditt lösenord läsas av den som driver den här anslutningen.</translation>
    </message>
    <message>
        <source>&amp;Trust for this test only</source>
        <translation>&amp;Lita på det bara för det här testet</translation>
    </message>
    <message>
        <source>Trust this certificate for this test only</source>
        <translation>Lita på det här certifikatet bara för det här testet</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>Lita &amp;inte på det</translation>
    </message>
    <message>
        <source>Do not trust this certificate</source>
        <translation>Lita inte på det här certifikatet</translation>
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
        <translation>Användning: %1 [probe|decode|accounts] [alternativ]

Utan kommando öppnas felsökningsguiden.

  probe      testa ett SMTP-konto och förklara resultatet
  decode     förklara ett inklistrat felmeddelande eller returnerat meddelande
  accounts   lista SMTP-inställningarna i e-postprogrammen på den här datorn

Lägg till --help efter ett kommando för att se dess alternativ.
Slutstatus: 0 e-posten skulle gå fram, 1 ett problem hittades, 2 fel i användning eller indata, 3 internt fel.
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation>Okänt språk ”%1”; tillgängliga: %2</translation>
    </message>
    <message>
        <source>No graphical display (DISPLAY and WAYLAND_DISPLAY are not set): the wizard cannot open. Run &quot;%1 --help&quot; for the command line.</source>
        <translation>Ingen grafisk skärm (DISPLAY och WAYLAND_DISPLAY är inte satta): guiden kan inte öppnas. Kör ”%1 --help” för kommandoraden.</translation>
    </message>
    <message>
        <source>The graphical display %1 cannot be reached: the wizard cannot open. Run &quot;%2 --help&quot; for the command line.</source>
        <translation>Den grafiska skärmen %1 kan inte nås: guiden kan inte öppnas. Kör ”%2 --help” för kommandoraden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando ”%1”.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Okänt alternativ ”%1”.</translation>
    </message>
</context>
<context>
    <name>od::ClientInstructions</name>
    <message>
        <source>Outlook (classic)</source>
        <translation>Outlook (klassisk)</translation>
    </message>
    <message>
        <source>New Outlook / Windows Mail</source>
        <translation>Nya Outlook / Windows E-post</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation>Apple Mail</translation>
    </message>
    <message>
        <source>Another mail program</source>
        <comment>mail client</comment>
        <translation>Ett annat e-postprogram</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Use same settings as my incoming mail server&quot; (or enter the user name and password below).</source>
        <translation>Markera ”Den utgående servern (SMTP) kräver autentisering” och välj ”Använd samma inställningar som för servern för inkommande e-post” (eller ange användarnamnet och lösenordet nedan).</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done when the test succeeds.</source>
        <translation>Klicka på OK, sedan på Nästa och på Klar när testet har lyckats.</translation>
    </message>
    <message>
        <source>Replace &quot;Outgoing mail server (SMTP)&quot; with the server shown below.</source>
        <translation>Ersätt ”Server för utgående e-post (SMTP)” med servern som visas nedan.</translation>
    </message>
    <message>
        <source>On the Outgoing Server tab tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>Markera ”Den utgående servern (SMTP) kräver autentisering” på fliken Server för utgående e-post och välj ”Logga in på servern för inkommande e-post innan e-post skickas”.</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done.</source>
        <translation>Klicka på OK, sedan på Nästa och på Klar.</translation>
    </message>
    <message>
        <source>Click Next and Done.</source>
        <translation>Klicka på Nästa och Klar.</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts.</source>
        <translation>Öppna Inställningar (kugghjulsikonen), sedan Konton och sedan E-postkonton.</translation>
    </message>
    <message>
        <source>Click Manage next to the account (Windows Mail: Manage accounts, the account, then &quot;Change mailbox sync settings&quot; and &quot;Advanced mailbox settings&quot;).</source>
        <translation>Klicka på Hantera bredvid kontot (i Windows E-post: Hantera konton, kontot, sedan ”Ändra inställningar för synkronisering av postlåda” och ”Avancerade inställningar för postlåda”).</translation>
    </message>
    <message>
        <source>Turn on &quot;Outgoing server requires authentication&quot; and &quot;Use the same user name and password for sending email&quot;.</source>
        <translation>Aktivera ”Utgående server kräver autentisering” och ”Använd samma användarnamn och lösenord för att skicka e-post”.</translation>
    </message>
    <message>
        <source>Enter the outgoing server with its port as shown below (for example server:587) and turn on &quot;Require SSL for outgoing email&quot;.</source>
        <translation>Ange den utgående servern med porten så som visas nedan (till exempel server:587) och aktivera ”Kräv SSL för utgående e-post”.</translation>
    </message>
    <message>
        <source>Save, and send yourself a test message.</source>
        <translation>Spara och skicka ett testmeddelande till dig själv.</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts, and click Manage next to the account.</source>
        <translation>Öppna Inställningar (kugghjulsikonen), sedan Konton och E-postkonton, och klicka på Hantera bredvid kontot.</translation>
    </message>
    <message>
        <source>Open the advanced mailbox settings and replace the outgoing (SMTP) email server with the one shown below.</source>
        <translation>Öppna de avancerade inställningarna för postlådan och ersätt servern för utgående e-post (SMTP) med den som visas nedan.</translation>
    </message>
    <message>
        <source>This program has no setting to check incoming mail before sending.</source>
        <translation>Det här programmet har ingen inställning för att kontrollera inkommande e-post innan du skickar.</translation>
    </message>
    <message>
        <source>Click &quot;Sync&quot; (or Send/Receive) to fetch your mail, then send within a few minutes.</source>
        <translation>Klicka på ”Synkronisera” (eller Skicka/ta emot) för att hämta din e-post, och skicka sedan inom några minuter.</translation>
    </message>
    <message>
        <source>If that is not reliable, ask your provider for a login for the outgoing server instead.</source>
        <translation>Om det inte fungerar pålitligt kan du be din leverantör om en inloggning till den utgående servern i stället.</translation>
    </message>
    <message>
        <source>Remove the account and add it again with the e-mail address shown below: these programs do not let you change the address of an account.</source>
        <translation>Ta bort kontot och lägg till det igen med e-postadressen som visas nedan: de här programmen låter dig inte ändra adressen för ett konto.</translation>
    </message>
    <message>
        <source>Send yourself a test message.</source>
        <translation>Skicka ett testmeddelande till dig själv.</translation>
    </message>
    <message>
        <source>Open the ≡ menu and choose Account Settings.</source>
        <translation>Öppna menyn ≡ och välj Kontoinställningar.</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left.</source>
        <translation>Klicka på ”Utgående server (SMTP)” längst ned i listan till vänster.</translation>
    </message>
    <message>
        <source>Click OK. Thunderbird asks for the password the next time you send.</source>
        <translation>Klicka på OK. Thunderbird frågar efter lösenordet nästa gång du skickar.</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list and choose the new server under &quot;Outgoing Server (SMTP)&quot;.</source>
        <translation>Klicka på kontots namn i listan och välj den nya servern under ”Utgående server (SMTP)”.</translation>
    </message>
    <message>
        <source>Thunderbird has no setting to check incoming mail before sending.</source>
        <translation>Thunderbird har ingen inställning för att kontrollera inkommande e-post innan du skickar.</translation>
    </message>
    <message>
        <source>Click Get Messages first, then send within a few minutes.</source>
        <translation>Klicka först på Hämta meddelanden och skicka sedan inom några minuter.</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list on the left.</source>
        <translation>Klicka på kontots namn i listan till vänster.</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply-to Address&quot; too if you use one.</source>
        <translation>Ersätt ”E-postadress” med adressen som visas nedan; rätta även ”Svarsadress” om du använder en.</translation>
    </message>
    <message>
        <source>Close the settings tab.</source>
        <translation>Stäng fliken med inställningar.</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts.</source>
        <translation>Välj Mail &gt; Inställningar och sedan Konton.</translation>
    </message>
    <message>
        <source>Select the account and open Server Settings.</source>
        <translation>Markera kontot och öppna Serverinställningar.</translation>
    </message>
    <message>
        <source>Under Outgoing Mail Account, untick &quot;Automatically manage connection settings&quot;.</source>
        <translation>Avmarkera ”Hantera anslutningsinställningar automatiskt” under Konto för utgående e-post.</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>Klicka på Spara.</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts, and select the account.</source>
        <translation>Välj Mail &gt; Inställningar, sedan Konton, och markera kontot.</translation>
    </message>
    <message>
        <source>Add the server shown below with its port, encryption and login, then click OK.</source>
        <translation>Lägg till servern som visas nedan med port, kryptering och inloggning, och klicka sedan på OK.</translation>
    </message>
    <message>
        <source>Choose the new server as Outgoing Mail Account and click Save.</source>
        <translation>Välj den nya servern som Konto för utgående e-post och klicka på Spara.</translation>
    </message>
    <message>
        <source>Apple Mail has no setting to check incoming mail before sending.</source>
        <translation>Apple Mail har ingen inställning för att kontrollera inkommande e-post innan du skickar.</translation>
    </message>
    <message>
        <source>Click Get Mail (the envelope) first, then send within a few minutes.</source>
        <translation>Klicka först på Hämta post (kuvertet) och skicka sedan inom några minuter.</translation>
    </message>
    <message>
        <source>Choose it as the account&apos;s address.</source>
        <translation>Välj den som kontots adress.</translation>
    </message>
    <message>
        <source>On the General tab tick &quot;Server requires authentication&quot; and enter the login and password.</source>
        <translation>Markera ”Servern kräver behörighetskontroll” på fliken Allmänt och ange användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Klicka på OK.</translation>
    </message>
    <message>
        <source>Select it and click Set Default, or choose it in the identity&apos;s Advanced settings.</source>
        <translation>Markera den och klicka på Ange som standard, eller välj den i identitetens avancerade inställningar.</translation>
    </message>
    <message>
        <source>KMail has no setting to check incoming mail before sending.</source>
        <translation>KMail har ingen inställning för att kontrollera inkommande e-post innan du skickar.</translation>
    </message>
    <message>
        <source>Click Check Mail first, then send within a few minutes.</source>
        <translation>Klicka först på Hämta brev och skicka sedan inom några minuter.</translation>
    </message>
    <message>
        <source>Replace &quot;Email address&quot; with the address shown below; correct the reply-to address on the Advanced tab if you use one.</source>
        <translation>Ersätt ”E-postadress” med adressen som visas nedan; rätta svarsadressen på fliken Avancerat om du använder en.</translation>
    </message>
    <message>
        <source>Choose Edit &gt; Accounts, select the account and click Edit.</source>
        <translation>Välj Redigera &gt; Konton, markera kontot och klicka på Redigera.</translation>
    </message>
    <message>
        <source>Open Sending Email.</source>
        <translation>Öppna Skicka e-post.</translation>
    </message>
    <message>
        <source>Open Sending Email and replace Server with the one shown below, with its port and encryption.</source>
        <translation>Öppna Skicka e-post och ersätt Server med den som visas nedan, med port och kryptering.</translation>
    </message>
    <message>
        <source>Open Sending Email and, under Authentication, choose &quot;POP before SMTP&quot; as the type.</source>
        <translation>Öppna Skicka e-post och välj ”POP före SMTP” som typ under Autentisering.</translation>
    </message>
    <message>
        <source>Open Identity and replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply To&quot; too if you use one.</source>
        <translation>Öppna Identitet och ersätt ”E-postadress” med adressen som visas nedan; rätta även ”Svara till” om du använder det.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings and find the outgoing (SMTP) server.</source>
        <translation>Öppna kontoinställningarna i ditt e-postprogram och leta upp den utgående servern (SMTP).</translation>
    </message>
    <message>
        <source>Turn on &quot;authentication&quot; (also called &quot;My server requires login&quot;) and enter the user name and password shown below.</source>
        <translation>Aktivera ”autentisering” (kallas även ”Min server kräver inloggning”) och ange användarnamnet och lösenordet som visas nedan.</translation>
    </message>
    <message>
        <source>Set the port and the encryption (STARTTLS or SSL/TLS) shown below.</source>
        <translation>Ställ in porten och krypteringen (STARTTLS eller SSL/TLS) som visas nedan.</translation>
    </message>
    <message>
        <source>Save and send yourself a test message.</source>
        <translation>Spara och skicka ett testmeddelande till dig själv.</translation>
    </message>
    <message>
        <source>Replace it with the server shown below, with its port and encryption.</source>
        <translation>Ersätt den med servern som visas nedan, med port och kryptering.</translation>
    </message>
    <message>
        <source>Look for a setting called &quot;POP before SMTP&quot; or &quot;Check mail before sending&quot; in the outgoing server settings and turn it on.</source>
        <translation>Leta efter en inställning som heter ”POP före SMTP” eller ”Kontrollera e-post innan du skickar” bland inställningarna för den utgående servern och aktivera den.</translation>
    </message>
    <message>
        <source>Without such a setting, fetch your mail first and send within a few minutes.</source>
        <translation>Om det inte finns någon sådan inställning hämtar du först din e-post och skickar sedan inom några minuter.</translation>
    </message>
    <message>
        <source>Ask your provider for a login for the outgoing server if this is not reliable.</source>
        <translation>Be din leverantör om en inloggning till den utgående servern om det här inte fungerar pålitligt.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account or identity settings.</source>
        <translation>Öppna konto- eller identitetsinställningarna i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>Replace the e-mail (From) address with the one shown below; correct the reply-to address too if you use one.</source>
        <translation>Ersätt e-postadressen (Från) med den som visas nedan; rätta även svarsadressen om du använder en.</translation>
    </message>
    <message>
        <source>Enter the &quot;User Name&quot;, the password and the &quot;Port&quot;, and set &quot;Use TLS/SSL&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>Fyll i ”Användarnamn”, lösenordet och ”Port”, och ställ in ”Använd TLS/SSL” och ”Autentisering” så som visas nedan.</translation>
    </message>
    <message>
        <source>Open Server Settings, open the Outgoing Mail Account menu and choose &quot;Edit SMTP Server List&quot;.</source>
        <translation>Öppna Serverinställningar, öppna menyn Konto för utgående e-post och välj ”Redigera SMTP-serverlista”.</translation>
    </message>
    <message>
        <source>On Account Information, open the Email Address menu, choose &quot;Edit Email Addresses&quot; and add the address shown below.</source>
        <translation>Öppna menyn E-postadress under Kontoinformation, välj ”Redigera e-postadresser” och lägg till adressen som visas nedan.</translation>
    </message>
    <message>
        <source>Enter the &quot;Port&quot;, choose the &quot;Encryption method&quot; shown below, and tick &quot;Server requires authentication&quot;.</source>
        <translation>Fyll i ”Port”, välj den ”Krypteringsmetod” som visas nedan och markera ”Servern kräver autentisering”.</translation>
    </message>
    <message>
        <source>Under &quot;Authentication&quot;, choose the type shown below (or click &quot;Check for Supported Types&quot;) and enter the &quot;Username&quot;.</source>
        <translation>Välj typen som visas nedan under ”Autentisering” (eller klicka på ”Kontrollera typer som stöds”) och fyll i ”Användarnamn”.</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Sending tab.</source>
        <translation>Välj Inställningar &gt; Anpassa KMail, sedan Konton och fliken Skicka.</translation>
    </message>
    <message>
        <source>Select the outgoing account and click &quot;Modify&quot;.</source>
        <translation>Markera det utgående kontot och klicka på ”Ändra”.</translation>
    </message>
    <message>
        <source>On the Advanced tab set &quot;Encryption&quot;, &quot;Port&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>Ställ in ”Kryptering”, ”Port” och ”Autentisering” på fliken Avancerat så som visas nedan.</translation>
    </message>
    <message>
        <source>Click &quot;Add&quot;, choose SMTP Server, and enter the server, port and encryption shown below.</source>
        <translation>Klicka på ”Lägg till”, välj SMTP-server och ange servern, porten och krypteringen som visas nedan.</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Identities tab.</source>
        <translation>Välj Inställningar &gt; Anpassa KMail, sedan Konton och fliken Identiteter.</translation>
    </message>
    <message>
        <source>Select the identity and click &quot;Modify&quot;.</source>
        <translation>Markera identiteten och klicka på ”Ändra”.</translation>
    </message>
    <message>
        <source>Click File, then Account Settings, and Account Settings again.</source>
        <translation>Klicka på Arkiv, sedan på Kontoinställningar och på Kontoinställningar en gång till.</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;.</source>
        <translation>Markera kontot på fliken E-post och klicka på ”Ändra”.</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot; and open the &quot;Outgoing Server&quot; tab.</source>
        <translation>Klicka på ”Fler inställningar” och öppna fliken ”Server för utgående e-post”.</translation>
    </message>
    <message>
        <source>Open the &quot;Advanced&quot; tab and set &quot;Outgoing server (SMTP)&quot; and &quot;Use the following type of encrypted connection&quot; as shown below.</source>
        <translation>Öppna fliken ”Avancerat” och ställ in ”Utgående server (SMTP)” och ”Använd följande typ av krypterad anslutning” så som visas nedan.</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot;, open the &quot;Advanced&quot; tab and set the port and encryption shown below.</source>
        <translation>Klicka på ”Fler inställningar”, öppna fliken ”Avancerat” och ange porten och krypteringen som visas nedan.</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;, then &quot;More Settings&quot;.</source>
        <translation>Markera kontot på fliken E-post och klicka på ”Ändra” och sedan på ”Fler inställningar”.</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below. If you use a separate reply address, click &quot;More Settings&quot; and correct &quot;Reply E-mail&quot; on the General tab.</source>
        <translation>Ersätt ”E-postadress” med adressen som visas nedan. Om du använder en separat svarsadress klickar du på ”Fler inställningar” och rättar ”Svarsadress” på fliken Allmänt.</translation>
    </message>
    <message>
        <source>Select the server the account uses and click &quot;Edit&quot;.</source>
        <translation>Markera servern som kontot använder och klicka på ”Redigera”.</translation>
    </message>
    <message>
        <source>Set &quot;Port&quot;, &quot;Connection security&quot; and &quot;Authentication method&quot; as shown below, and enter the &quot;User Name&quot;.</source>
        <translation>Ställ in ”Port”, ”Anslutningssäkerhet” och ”Autentiseringmetod” så som visas nedan, och fyll i ”Användarnamn”.</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left, then &quot;Add&quot;.</source>
        <translation>Klicka på ”Utgående server (SMTP)” längst ned i listan till vänster och sedan på ”Lägg till”.</translation>
    </message>
    <message>
        <source>Enter the &quot;Server Name&quot;, &quot;Port&quot; and &quot;Connection security&quot; shown below and click OK.</source>
        <translation>Fyll i ”Server”, ”Port” och ”Anslutningssäkerhet” som visas nedan och klicka på OK.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, unless this server&apos;s owner gave you a login</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1: %2, om inte serverns ägare har gett dig inloggningsuppgifter</translation>
    </message>
    <message>
        <source>Choose Configuration &gt; Edit accounts, select the account and click &quot;Edit&quot;.</source>
        <translation>Välj Konfiguration &gt; Redigera konton, markera kontot och klicka på ”Redigera”.</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;SMTP Authentication (SMTP AUTH)&quot;, choose the &quot;Authentication method&quot; shown below and enter the &quot;User ID&quot; and password.</source>
        <translation>Markera ”SMTP Autentisering (SMTP AUTH)” på sidan Skicka, välj den ”Autentiseringsmetod” som visas nedan och fyll i ”Användar-ID” och lösenordet.</translation>
    </message>
    <message>
        <source>On the TLS page (SSL/TLS in older versions), under &quot;Send (SMTP)&quot;, choose the option shown below.</source>
        <translation>Välj alternativet som visas nedan under ”Skicka (SMTP)” på sidan TLS (SSL/TLS i äldre versioner).</translation>
    </message>
    <message>
        <source>On the Advanced page tick &quot;SMTP port&quot; and enter the port shown below.</source>
        <translation>Markera ”SMTP-port” på sidan Avancerat och fyll i porten som visas nedan.</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;SMTP server (send)&quot; with the server shown below.</source>
        <translation>Ersätt ”SMTP-server (skicka)” på sidan Grundläggande med servern som visas nedan.</translation>
    </message>
    <message>
        <source>Set the port on the Advanced page (&quot;SMTP port&quot;) and the encryption on the TLS page (&quot;Send (SMTP)&quot;) as shown below.</source>
        <translation>Ställ in porten på sidan Avancerat (”SMTP-port”) och krypteringen på sidan TLS (”Skicka (SMTP)”) så som visas nedan.</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;Authenticate with POP before sending&quot;.</source>
        <translation>Markera ”Autentisera med POP innan avsändning” på sidan Skicka.</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;Mail address&quot; with the address shown below; correct the Reply-To address on the Compose page too if you set one.</source>
        <translation>Ersätt ”E-postadress” på sidan Grundläggande med adressen som visas nedan; rätta även svarsadressen (”Svara till”) på sidan Nytt om du har angett en.</translation>
    </message>
</context>
<context>
    <name>od::ClientTerms</name>
    <message>
        <source>Host Name</source>
        <comment>Apple Mail field</comment>
        <translation>Värdnamn</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Apple Mail field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <comment>Apple Mail field</comment>
        <translation>Använd TLS/SSL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Apple Mail field</comment>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Apple Mail field</comment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Apple Mail field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>På</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>Lösenord</translation>
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
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <comment>Evolution field</comment>
        <translation>Krypteringsmetod</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Evolution field</comment>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>Evolution field</comment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Evolution field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>No encryption</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>Ingen kryptering</translation>
    </message>
    <message>
        <source>STARTTLS after connecting</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>STARTTLS efter anslutning</translation>
    </message>
    <message>
        <source>TLS on a dedicated port</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>TLS på en specifik port</translation>
    </message>
    <message>
        <source>None (untick &quot;Server requires authentication&quot;)</source>
        <comment>Evolution value of Authentication</comment>
        <translation>Ingen (avmarkera ”Servern kräver autentisering”)</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>Evolution value of Authentication</comment>
        <translation>VANLIG</translation>
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
        <translation>Utgående server</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>generic field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>generic field</comment>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>generic field</comment>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>generic field</comment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>generic field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>generic value of Encryption</comment>
        <translation>Ingen (okrypterad)</translation>
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
        <translation>Ingen inloggning</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>generic value of Authentication</comment>
        <translation>Normalt lösenord</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>generic value of Authentication</comment>
        <translation>Krypterat lösenord</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>generic value of Authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <comment>KMail field</comment>
        <translation>Server för utgående brev</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>KMail field</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>KMail field</comment>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>KMail field</comment>
        <translation>Behörighetskontroll</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>KMail field</comment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>KMail field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>None</source>
        <comment>KMail value of Encryption</comment>
        <translation>Ingen</translation>
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
        <translation>Ingen (avmarkera ”Servern kräver behörighetskontroll”)</translation>
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
        <translation>Port</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <comment>New Outlook field</comment>
        <translation>Typ av säker anslutning</translation>
    </message>
    <message>
        <source>Outgoing server requires authentication</source>
        <comment>New Outlook field</comment>
        <translation>Utgående server kräver autentisering</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <comment>New Outlook field</comment>
        <translation>SMTP-användarnamn</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>New Outlook field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>None</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>Ingen</translation>
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
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>På</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>Server för utgående e-post (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>Utgående server (SMTP)</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection</source>
        <comment>Outlook field</comment>
        <translation>Använd följande typ av krypterad anslutning</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <comment>Outlook field</comment>
        <translation>Den utgående servern (SMTP) kräver autentisering</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Outlook field</comment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Outlook field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>Ingen</translation>
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
        <translation>Inte markerad</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>Använd samma inställningar som för servern för inkommande e-post</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>Kräv inloggning med SPA (Secure Password Authentication)</translation>
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
        <translation>Anslutningssäkerhet</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Thunderbird field</comment>
        <translation>Autentiseringmetod</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Thunderbird field</comment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Thunderbird field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>Ingen</translation>
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
        <translation>Ingen autentisering</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>Krypterat lösenord</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>SMTP server (send)</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP-server (skicka)</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP-port</translation>
    </message>
    <message>
        <source>Send (SMTP)</source>
        <comment>Claws Mail field on the TLS page</comment>
        <translation>Skicka (SMTP)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Claws Mail field</comment>
        <translation>Autentiseringsmetod</translation>
    </message>
    <message>
        <source>User ID</source>
        <comment>Claws Mail field</comment>
        <translation>Användar-ID</translation>
    </message>
    <message>
        <source>Mail address</source>
        <comment>Claws Mail field</comment>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Don&apos;t use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Använd inte TLS</translation>
    </message>
    <message>
        <source>Use STARTTLS command to start encrypted session</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Använd STARTTLS-kommando för att starta krypterad session</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Använd TLS</translation>
    </message>
    <message>
        <source>None (untick &quot;SMTP Authentication (SMTP AUTH)&quot;)</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>Ingen (avmarkera ”SMTP Autentisering (SMTP AUTH)”)</translation>
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
        <translation>leverans inte tillåten</translation>
    </message>
    <message>
        <source>The receiving server refused mail from the internet: it wants senders to log in, or does not consider itself responsible for the recipient&apos;s domain. Your own server did its job; the recipient&apos;s administrators have to fix their server or their MX record.</source>
        <translation>Den mottagande servern vägrade ta emot e-post från internet: den vill att avsändare loggar in, eller anser sig inte ansvarig för mottagarens domän. Din egen server gjorde sitt jobb; mottagarens administratörer måste rätta sin server eller sin MX-post.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Anslutningen nekades</translation>
    </message>
    <message>
        <source>The sending service could not open a connection to the receiving mail server. The fault lies with that server or its network; the bounce usually names its IP address.</source>
        <translation>Den sändande tjänsten kunde inte öppna en anslutning till den mottagande e-postservern. Felet ligger hos den servern eller dess nätverk; det returnerade meddelandet anger oftast dess IP-adress.</translation>
    </message>
    <message>
        <source>Message expired</source>
        <translation>Meddelandet har gått ut</translation>
    </message>
    <message>
        <source>The message waited in the queue until its time ran out, because the receiving server did not take it in time. Check the address; if it is right, the receiving side has to fix its server.</source>
        <translation>Meddelandet väntade i kön tills tiden tog slut, eftersom den mottagande servern inte tog emot det i tid. Kontrollera adressen; om den är rätt måste mottagarsidan rätta sin server.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>För många mottagare</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients in one domain than the service accepts in one go (more than 200 for Office 365). Send it in smaller batches.</source>
        <translation>Meddelandet var adresserat till fler mottagare i en och samma domän än tjänsten tar emot på en gång (fler än 200 för Office 365). Skicka det i mindre omgångar.</translation>
    </message>
    <message>
        <source>IPv6 mail must pass SPF or DKIM</source>
        <translation>E-post över IPv6 måste klara SPF eller DKIM</translation>
    </message>
    <message>
        <source>Mail arriving over IPv6 is only accepted when it passes an SPF or DKIM check, and this message passed neither. The sending domain&apos;s administrator has to publish SPF or sign with DKIM.</source>
        <translation>E-post som kommer över IPv6 tas bara emot om den klarar en SPF- eller DKIM-kontroll, och det här meddelandet klarade ingen av dem. Administratören för den sändande domänen måste publicera SPF eller signera med DKIM.</translation>
    </message>
    <message>
        <source>Sending temporarily restricted</source>
        <translation>Sändning tillfälligt begränsad</translation>
    </message>
    <message>
        <source>The service saw unusual activity and has held back mail from this sender while it takes a closer look. If the mail is legitimate, sending is allowed again after a while.</source>
        <translation>Tjänsten upptäckte ovanlig aktivitet och håller tillbaka e-post från den här avsändaren medan den undersöker saken närmare. Om e-posten är legitim tillåts sändning igen efter en stund.</translation>
    </message>
    <message>
        <source>Sending IP temporarily blocked</source>
        <translation>Den sändande IP-adressen är tillfälligt blockerad</translation>
    </message>
    <message>
        <source>Suspicious traffic came from the sending IP address, so it is blocked for now while it is investigated. Legitimate senders are let through again after a while.</source>
        <translation>Misstänkt trafik kom från den sändande IP-adressen, så den är blockerad tills vidare medan saken undersöks. Legitima avsändare släpps igenom igen efter en stund.</translation>
    </message>
    <message>
        <source>Sender denied / recipient not resolved</source>
        <translation>Avsändaren nekad / mottagaren kunde inte matchas</translation>
    </message>
    <message>
        <source>The recipient&apos;s address could not be resolved, often because a saved message was opened and answered offline. Check the address and write a new message instead of replying to the saved one.</source>
        <translation>Mottagarens adress kunde inte matchas, ofta för att ett sparat meddelande öppnades och besvarades offline. Kontrollera adressen och skriv ett nytt meddelande i stället för att svara på det sparade.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Felaktig adress till mottagarens postlåda</translation>
    </message>
    <message>
        <source>The receiving system has no mailbox with this address: it is mistyped, no longer exists, or your mail program remembers an outdated address. Remove the remembered address, type it again and send a new message.</source>
        <translation>Det mottagande systemet har ingen postlåda med den här adressen: den är felstavad, finns inte längre, eller så kommer ditt e-postprogram ihåg en inaktuell adress. Ta bort den sparade adressen, skriv in den igen och skicka ett nytt meddelande.</translation>
    </message>
    <message>
        <source>Recipient not found</source>
        <translation>Mottagaren hittades inte</translation>
    </message>
    <message>
        <source>The receiving organisation has no recipient with this address. Check the spelling, or ask the recipient for the right address.</source>
        <translation>Den mottagande organisationen har ingen mottagare med den här adressen. Kontrollera stavningen, eller be mottagaren om rätt adress.</translation>
    </message>
    <message>
        <source>Bad outbound sender</source>
        <translation>Felaktig utgående avsändare</translation>
    </message>
    <message>
        <source>The sending account was blocked because it sent a lot of spam, which usually means it was taken over (stolen password, phishing or malware). Change the password; the administrator has to unblock the account.</source>
        <translation>Det sändande kontot blockerades eftersom det skickade mycket skräppost, vilket oftast betyder att någon har tagit över det (stulet lösenord, nätfiske eller skadlig kod). Byt lösenord; administratören måste häva blockeringen av kontot.</translation>
    </message>
    <message>
        <source>Too many messages to this recipient per hour</source>
        <translation>För många meddelanden till den här mottagaren per timme</translation>
    </message>
    <message>
        <source>This sender has sent the recipient more messages within an hour than is allowed. Send fewer messages to this recipient and try again later.</source>
        <translation>Den här avsändaren har skickat fler meddelanden till mottagaren inom en timme än vad som är tillåtet. Skicka färre meddelanden till den här mottagaren och försök igen senare.</translation>
    </message>
    <message>
        <source>Recipient receives too many messages per hour</source>
        <translation>Mottagaren tar emot för många meddelanden per timme</translation>
    </message>
    <message>
        <source>The recipient has received more messages within an hour, from all senders together, than is allowed. Try again later.</source>
        <translation>Mottagaren har fått fler meddelanden inom en timme, från alla avsändare sammanlagt, än vad som är tillåtet. Försök igen senare.</translation>
    </message>
    <message>
        <source>Send as denied</source>
        <translation>Skicka som nekas</translation>
    </message>
    <message>
        <source>The account you logged in with is not allowed to send mail with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>Kontot du loggade in med får inte skicka e-post med den här Från-adressen. Använd din egen adress, eller be administratören om behörigheten Skicka som.</translation>
    </message>
    <message>
        <source>Journaling not supported</source>
        <translation>Journalföring stöds inte</translation>
    </message>
    <message>
        <source>A journaling rule sent a copy of the message to the cloud service, but journal archiving is not switched on there. The organisation&apos;s administrator has to change the rule or the setting.</source>
        <translation>En journalföringsregel skickade en kopia av meddelandet till molntjänsten, men journalarkivering är inte aktiverad där. Organisationens administratör måste ändra regeln eller inställningen.</translation>
    </message>
    <message>
        <source>Relay access denied</source>
        <translation>Vidarebefordran nekad</translation>
    </message>
    <message>
        <source>The server that answered does not accept mail for the recipient&apos;s domain. This usually points to a wrong MX record or a server set up without that domain, on the receiving side.</source>
        <translation>Servern som svarade tar inte emot e-post för mottagarens domän. Det tyder oftast på en felaktig MX-post eller en server som är konfigurerad utan den domänen, på mottagarsidan.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>En routningsloop upptäcktes</translation>
    </message>
    <message>
        <source>The message kept being passed around, for example by forwarding rules that send mail back and forth, and was stopped after many rounds. Check automatic forwarding on both sides.</source>
        <translation>Meddelandet skickades runt hela tiden, till exempel av regler för vidarebefordran som skickar e-post fram och tillbaka, och stoppades efter många varv. Kontrollera automatisk vidarebefordran på båda sidor.</translation>
    </message>
    <message>
        <source>Hop count exceeded</source>
        <translation>För många hopp</translation>
    </message>
    <message>
        <source>The message passed through too many servers, which points to a loop between mail servers or connectors.</source>
        <translation>Meddelandet passerade för många servrar, vilket tyder på en loop mellan e-postservrar eller kopplingar.</translation>
    </message>
    <message>
        <source>The message could not be delivered within the allowed time and was given up.</source>
        <translation>Meddelandet kunde inte levereras inom den tillåtna tiden och gavs upp.</translation>
    </message>
    <message>
        <source>Recipient domain does not exist</source>
        <translation>Mottagarens domän finns inte</translation>
    </message>
    <message>
        <source>The domain of the recipient&apos;s address does not exist in DNS. Check the part after the @.</source>
        <translation>Domänen i mottagarens adress finns inte i DNS. Kontrollera delen efter @.</translation>
    </message>
    <message>
        <source>Invalid characters</source>
        <translation>Ogiltiga tecken</translation>
    </message>
    <message>
        <source>Your mail program put characters in the message that are not allowed (line ends without carriage return). Updating or changing the program usually helps.</source>
        <translation>Ditt e-postprogram lade in tecken i meddelandet som inte är tillåtna (radslut utan vagnretur). Det brukar hjälpa att uppdatera eller byta program.</translation>
    </message>
    <message>
        <source>Unable to relay</source>
        <translation>Kan inte vidarebefordra</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain because it does not recognise the sender as one of its users. Either the sending program or server has to log in (or use the right server), or the domain&apos;s MX record points at a server that does not handle that domain.</source>
        <translation>Servern vägrade att vidarebefordra meddelandet till en annan domän eftersom den inte känner igen avsändaren som en av sina användare. Antingen måste det sändande programmet eller servern logga in (eller använda rätt server), eller så pekar domänens MX-post på en server som inte hanterar den domänen.</translation>
    </message>
    <message>
        <source>Client was not authenticated</source>
        <translation>Klienten var inte autentiserad</translation>
    </message>
    <message>
        <source>The receiving server only accepts mail from senders that log in first, and this sender did not. The sending side has to be set up to authenticate.</source>
        <translation>Den mottagande servern tar bara emot e-post från avsändare som loggar in först, och den här avsändaren gjorde inte det. Den sändande sidan måste konfigureras för autentisering.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Leverans inte tillåten</translation>
    </message>
    <message>
        <source>The sender is not allowed to send to this recipient, for example a distribution group that only accepts mail from its members, or a rule on the receiving side that rejects this message. Ask the recipient&apos;s side for permission.</source>
        <translation>Avsändaren får inte skicka till den här mottagaren, till exempel en distributionsgrupp som bara tar emot e-post från sina medlemmar, eller en regel på mottagarsidan som avvisar det här meddelandet. Be mottagarsidan om tillstånd.</translation>
    </message>
    <message>
        <source>Authentication unsuccessful</source>
        <translation>Autentiseringen misslyckades</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name and password.</source>
        <translation>Servern godtog inte inloggningen. Kontrollera användarnamnet och lösenordet.</translation>
    </message>
    <message>
        <source>Sender not authenticated by organisation</source>
        <translation>Avsändaren är inte autentiserad av organisationen</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from inside its own organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Mottagaren tar bara emot e-post från sin egen organisation. Bara en administratör på mottagarsidan kan ändra det.</translation>
    </message>
    <message>
        <source>Sender not authenticated for public folder</source>
        <translation>Avsändaren är inte autentiserad för den offentliga mappen</translation>
    </message>
    <message>
        <source>The recipient is a public folder that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Mottagaren är en offentlig mapp som avvisar e-post från avsändare utanför organisationen. Bara en administratör på mottagarsidan kan ändra det.</translation>
    </message>
    <message>
        <source>IPv6 sender without reverse DNS</source>
        <translation>IPv6-avsändare utan omvänd DNS</translation>
    </message>
    <message>
        <source>Mail over IPv6 is refused from addresses without a reverse DNS (PTR) record. Whoever runs the sending server has to add one.</source>
        <translation>E-post över IPv6 avvisas från adresser utan en post för omvänd DNS (PTR). Den som driver den sändande servern måste lägga till en.</translation>
    </message>
    <message>
        <source>Unable to relay to a domain that is not accepted</source>
        <translation>Kan inte vidarebefordra till en domän som inte är godkänd</translation>
    </message>
    <message>
        <source>The server only passes on mail for its own (accepted) domains unless the sender logs in or is on an allowed network; mail to other domains was refused.</source>
        <translation>Servern vidarebefordrar bara e-post för sina egna (godkända) domäner, om inte avsändaren loggar in eller finns på ett tillåtet nätverk; e-post till andra domäner avvisades.</translation>
    </message>
    <message>
        <source>Client not authenticated to send mail</source>
        <translation>Klienten är inte autentiserad för att skicka e-post</translation>
    </message>
    <message>
        <source>The server wants a login before it accepts mail, and your mail program sent without one. Turn on authentication for the outgoing server, normally on port 587 with STARTTLS.</source>
        <translation>Servern kräver inloggning innan den tar emot e-post, och ditt e-postprogram skickade utan att logga in. Aktivera autentisering för den utgående servern, normalt på port 587 med STARTTLS.</translation>
    </message>
    <message>
        <source>No permission to send as this sender</source>
        <translation>Ingen behörighet att skicka som den här avsändaren</translation>
    </message>
    <message>
        <source>The account you logged in with may not send with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>Kontot du loggade in med får inte skicka med den här Från-adressen. Använd din egen adress, eller be administratören om behörigheten Skicka som.</translation>
    </message>
    <message>
        <source>Relay access denied (tenant attribution)</source>
        <translation>Vidarebefordran nekad (organisationstillhörighet)</translation>
    </message>
    <message>
        <source>The service could not tie the relayed message to an organisation, so it refused to relay it. The administrator has to fix the connector settings.</source>
        <translation>Tjänsten kunde inte koppla det vidarebefordrade meddelandet till en organisation, så den vägrade vidarebefordra det. Administratören måste rätta inställningarna för kopplingen.</translation>
    </message>
    <message>
        <source>Sender not in the allowed-senders list</source>
        <translation>Avsändaren finns inte på listan över tillåtna avsändare</translation>
    </message>
    <message>
        <source>The recipient is a group that only accepts mail from a list of allowed senders, and you are not on it. The group&apos;s owner or administrator can add you.</source>
        <translation>Mottagaren är en grupp som bara tar emot e-post från en lista med tillåtna avsändare, och du finns inte med på den. Gruppens ägare eller administratör kan lägga till dig.</translation>
    </message>
    <message>
        <source>Sender not authenticated for group</source>
        <translation>Avsändaren är inte autentiserad för gruppen</translation>
    </message>
    <message>
        <source>The recipient is a group that refuses mail from outside its organisation. The group&apos;s owner or an administrator on the recipient&apos;s side can change that.</source>
        <translation>Mottagaren är en grupp som avvisar e-post från avsändare utanför organisationen. Gruppens ägare eller en administratör på mottagarsidan kan ändra det.</translation>
    </message>
    <message>
        <source>Sender not authenticated for mailbox</source>
        <translation>Avsändaren är inte autentiserad för postlådan</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Mottagarens postlåda avvisar e-post från avsändare utanför organisationen. Bara en administratör på mottagarsidan kan ändra det.</translation>
    </message>
    <message>
        <source>Sender not authenticated for mail user</source>
        <translation>Avsändaren är inte autentiserad för e-postanvändaren</translation>
    </message>
    <message>
        <source>The recipient is a contact that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>Mottagaren är en kontakt som avvisar e-post från avsändare utanför organisationen. Bara en administratör på mottagarsidan kan ändra det.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both, and whether the account needs an app password.</source>
        <translation>Servern avvisade användarnamnet eller lösenordet. Kontrollera båda, och om kontot kräver ett applösenord.</translation>
    </message>
    <message>
        <source>Authentication disabled for this account</source>
        <translation>Autentisering är inaktiverad för det här kontot</translation>
    </message>
    <message>
        <source>Logging in to send (SMTP AUTH, basic authentication) is switched off for this account or organisation, or blocked by a security policy. The administrator has to allow it, or you must use a different way to send.</source>
        <translation>Inloggning för att skicka (SMTP AUTH, grundläggande autentisering) är avstängd för det här kontot eller den här organisationen, eller blockerad av en säkerhetsprincip. Administratören måste tillåta det, annars måste du skicka på ett annat sätt.</translation>
    </message>
    <message>
        <source>Spam abuse detected</source>
        <translation>Missbruk för skräppost upptäcktes</translation>
    </message>
    <message>
        <source>The sending account was blocked because spam was sent from it. Secure the account and reset its password, then have the administrator or support unblock it.</source>
        <translation>Det sändande kontot blockerades eftersom skräppost skickades från det. Skydda kontot och återställ lösenordet, och be sedan administratören eller supporten att häva blockeringen.</translation>
    </message>
    <message>
        <source>Banned sender</source>
        <translation>Spärrad avsändare</translation>
    </message>
    <message>
        <source>Recipient address rejected</source>
        <translation>Mottagarens adress avvisades</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid on the receiving system. Check it and try again.</source>
        <translation>Mottagarens adress är inte giltig i det mottagande systemet. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <source>Banned recipient</source>
        <translation>Spärrad mottagare</translation>
    </message>
    <message>
        <source>The recipient is barred from receiving mail. If you think that is wrong, the recipient&apos;s side has to contact its support.</source>
        <translation>Mottagaren är spärrad från att ta emot e-post. Om du tror att det är fel måste mottagarsidan kontakta sin support.</translation>
    </message>
    <message>
        <source>Bad HELO</source>
        <translation>Felaktig HELO</translation>
    </message>
    <message>
        <source>The sending server introduced itself (HELO/EHLO) with the receiving server&apos;s own name instead of its own, which is typical of spam software. The sending server&apos;s configuration has to be corrected.</source>
        <translation>Den sändande servern presenterade sig (HELO/EHLO) med den mottagande serverns eget namn i stället för sitt eget, vilket är typiskt för program som skickar skräppost. Konfigurationen av den sändande servern måste rättas.</translation>
    </message>
    <message>
        <source>Rejected by recipient</source>
        <translation>Avvisad av mottagaren</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation blocks the IP address you send from. Ask the recipient to lift the block.</source>
        <translation>Mottagarens organisation blockerar IP-adressen som du skickar från. Be mottagaren att häva blockeringen.</translation>
    </message>
    <message>
        <source>IPv6 range over its limits</source>
        <translation>IPv6-intervallet har överskridit sina gränser</translation>
    </message>
    <message>
        <source>The sender&apos;s IPv6 range sent too many messages in too short a time.</source>
        <translation>Avsändarens IPv6-intervall skickade för många meddelanden på för kort tid.</translation>
    </message>
    <message>
        <source>DMARC check failed</source>
        <translation>DMARC-kontrollen misslyckades</translation>
    </message>
    <message>
        <source>The domain in the From address did not pass its DMARC check. The domain&apos;s administrator has to align SPF and DKIM with the From domain, or you must send through the domain&apos;s own servers.</source>
        <translation>Domänen i Från-adressen klarade inte sin DMARC-kontroll. Domänens administratör måste anpassa SPF och DKIM till Från-domänen, annars måste du skicka via domänens egna servrar.</translation>
    </message>
    <message>
        <source>No mail over IPv6</source>
        <translation>Ingen e-post över IPv6</translation>
    </message>
    <message>
        <source>The recipient does not accept mail over IPv6, and the message came over IPv6. The sending server has to deliver over IPv4.</source>
        <translation>Mottagaren tar inte emot e-post över IPv6, och meddelandet kom över IPv6. Den sändande servern måste leverera över IPv4.</translation>
    </message>
    <message>
        <source>The account you are sending from is on a block list. The provider or administrator has to have it removed.</source>
        <translation>Kontot du skickar från finns på en blockeringslista. Leverantören eller administratören måste se till att det tas bort.</translation>
    </message>
    <message>
        <source>From header not valid</source>
        <translation>Från-huvudet är ogiltigt</translation>
    </message>
    <message>
        <source>The message had no valid e-mail address in its From line. Check the address set in your mail program.</source>
        <translation>Meddelandet hade ingen giltig e-postadress på sin Från-rad. Kontrollera adressen som är inställd i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>Blocked by the recipient&apos;s own block list</source>
        <translation>Blockerad av mottagarens egen blockeringslista</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain put your sending IP address on its own block list. If that is a mistake, ask the recipient to remove it.</source>
        <translation>Mottagarens domän har lagt till den IP-adress du skickar från på sin egen blockeringslista. Om det är ett misstag kan du be mottagaren att ta bort den.</translation>
    </message>
    <message>
        <source>Banned sending IP</source>
        <translation>Spärrad sändande IP-adress</translation>
    </message>
    <message>
        <source>The IP address the mail came from is on the service&apos;s block list, usually after spam or a compromised machine sent through it. Whoever runs the sending server has to clean it up and ask for delisting.</source>
        <translation>IP-adressen som e-posten kom från finns på tjänstens blockeringslista, oftast efter att skräppost eller en kapad dator skickade via den. Den som driver den sändande servern måste åtgärda det och begära att adressen tas bort från listan.</translation>
    </message>
    <message>
        <source>Tenant over its threshold</source>
        <translation>Klientorganisationen har överskridit sitt gränsvärde</translation>
    </message>
    <message>
        <source>Most of the mail from this organisation looked suspicious, so it may no longer send. The administrator has to remove the cause (e.g. a hacked account or an open connector) and contact support.</source>
        <translation>Det mesta av e-posten från den här organisationen såg misstänkt ut, så den får inte längre skicka. Administratören måste ta bort orsaken (t.ex. ett kapat konto eller en öppen koppling) och kontakta supporten.</translation>
    </message>
    <message>
        <source>Sending from unregistered domains blocked</source>
        <translation>Sändning från oregistrerade domäner blockerad</translation>
    </message>
    <message>
        <source>The organisation sent a lot of mail from domains it has not registered with the service, so sending was blocked. The administrator has to register the domains.</source>
        <translation>Organisationen skickade mycket e-post från domäner som den inte har registrerat hos tjänsten, så sändningen blockerades. Administratören måste registrera domänerna.</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>postlådan finns inte</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist or takes no mail</source>
        <translation>mottagarens domän finns inte eller tar inte emot e-post</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is not written correctly</source>
        <translation>mottagarens adress är inte korrekt skriven</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is ambiguous</source>
        <translation>mottagarens adress är tvetydig</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is valid</source>
        <translation>mottagarens adress är giltig</translation>
    </message>
    <message>
        <source>the mailbox has moved and no forwarding is set up</source>
        <translation>postlådan har flyttats och ingen vidarebefordran är inställd</translation>
    </message>
    <message>
        <source>the sender&apos;s address is not written correctly</source>
        <translation>avsändarens adress är inte korrekt skriven</translation>
    </message>
    <message>
        <source>the sender&apos;s domain is not valid</source>
        <translation>avsändarens domän är inte giltig</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain says it takes no mail (null MX)</source>
        <translation>mottagarens domän anger att den inte tar emot e-post (null MX)</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>postlådan är inaktiverad</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>postlådan är full</translation>
    </message>
    <message>
        <source>the message is larger than the recipient allows</source>
        <translation>meddelandet är större än mottagaren tillåter</translation>
    </message>
    <message>
        <source>a mailing list could not be expanded</source>
        <translation>en e-postlista kunde inte expanderas</translation>
    </message>
    <message>
        <source>the mail system has a problem</source>
        <translation>e-postsystemet har ett problem</translation>
    </message>
    <message>
        <source>the mail system is out of space</source>
        <translation>e-postsystemet har slut på utrymme</translation>
    </message>
    <message>
        <source>the mail system is not accepting mail</source>
        <translation>e-postsystemet tar inte emot e-post</translation>
    </message>
    <message>
        <source>the system cannot handle a feature the message needs</source>
        <translation>systemet kan inte hantera en funktion som meddelandet behöver</translation>
    </message>
    <message>
        <source>the message is too big for the system</source>
        <translation>meddelandet är för stort för systemet</translation>
    </message>
    <message>
        <source>the mail system is configured wrongly</source>
        <translation>e-postsystemet är felkonfigurerat</translation>
    </message>
    <message>
        <source>the receiving host did not answer</source>
        <translation>den mottagande värden svarade inte</translation>
    </message>
    <message>
        <source>the connection broke down</source>
        <translation>anslutningen bröts</translation>
    </message>
    <message>
        <source>a DNS or directory lookup failed</source>
        <translation>en DNS- eller katalogsökning misslyckades</translation>
    </message>
    <message>
        <source>no route to the recipient&apos;s domain</source>
        <translation>ingen väg till mottagarens domän</translation>
    </message>
    <message>
        <source>the mail system is congested</source>
        <translation>e-postsystemet är överbelastat</translation>
    </message>
    <message>
        <source>the message was going round in a loop</source>
        <translation>meddelandet gick runt i en loop</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>leveransen tog för lång tid och gavs upp</translation>
    </message>
    <message>
        <source>a protocol error</source>
        <translation>ett protokollfel</translation>
    </message>
    <message>
        <source>the command was not valid</source>
        <translation>kommandot var inte giltigt</translation>
    </message>
    <message>
        <source>the command had a syntax error</source>
        <translation>kommandot hade ett syntaxfel</translation>
    </message>
    <message>
        <source>too many recipients at once</source>
        <translation>för många mottagare på en gång</translation>
    </message>
    <message>
        <source>a command parameter was not valid</source>
        <translation>en kommandoparameter var inte giltig</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <translation>fel protokollversion</translation>
    </message>
    <message>
        <source>the login exchange was too long</source>
        <translation>inloggningsutväxlingen var för lång</translation>
    </message>
    <message>
        <source>a problem with the message content</source>
        <translation>ett problem med meddelandets innehåll</translation>
    </message>
    <message>
        <source>a content type is not supported</source>
        <translation>en innehållstyp stöds inte</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not allowed</source>
        <translation>innehållet skulle behöva konverteras, vilket inte är tillåtet</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not supported</source>
        <translation>innehållet skulle behöva konverteras, vilket inte stöds</translation>
    </message>
    <message>
        <source>the content was converted with loss</source>
        <translation>innehållet konverterades med förluster</translation>
    </message>
    <message>
        <source>converting the content failed</source>
        <translation>konverteringen av innehållet misslyckades</translation>
    </message>
    <message>
        <source>the message content is not available</source>
        <translation>meddelandets innehåll är inte tillgängligt</translation>
    </message>
    <message>
        <source>addresses with non-ASCII characters are not accepted</source>
        <translation>adresser med icke-ASCII-tecken tas inte emot</translation>
    </message>
    <message>
        <source>a UTF-8 reply would be needed</source>
        <translation>ett svar i UTF-8 skulle behövas</translation>
    </message>
    <message>
        <source>a message with UTF-8 headers cannot be passed on</source>
        <translation>ett meddelande med UTF-8-huvuden kan inte skickas vidare</translation>
    </message>
    <message>
        <source>sending to this mailing list is not allowed</source>
        <translation>det är inte tillåtet att skicka till den här e-postlistan</translation>
    </message>
    <message>
        <source>a required security conversion is not possible</source>
        <translation>en nödvändig säkerhetskonvertering är inte möjlig</translation>
    </message>
    <message>
        <source>the security feature or login method is not supported</source>
        <translation>säkerhetsfunktionen eller inloggningsmetoden stöds inte</translation>
    </message>
    <message>
        <source>a cryptographic operation failed</source>
        <translation>en kryptografisk åtgärd misslyckades</translation>
    </message>
    <message>
        <source>the cryptographic algorithm is not supported</source>
        <translation>den kryptografiska algoritmen stöds inte</translation>
    </message>
    <message>
        <source>the message failed an integrity check</source>
        <translation>meddelandet klarade inte en integritetskontroll</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>användarnamnet eller lösenordet är fel</translation>
    </message>
    <message>
        <source>the login method is too weak for this server</source>
        <translation>inloggningsmetoden är för svag för den här servern</translation>
    </message>
    <message>
        <source>this login method needs an encrypted connection</source>
        <translation>den här inloggningsmetoden kräver en krypterad anslutning</translation>
    </message>
    <message>
        <source>the priority is too low</source>
        <translation>prioriteten är för låg</translation>
    </message>
    <message>
        <source>the message is too big for its priority</source>
        <translation>meddelandet är för stort för sin prioritet</translation>
    </message>
    <message>
        <source>the mailbox now belongs to someone else</source>
        <translation>postlådan tillhör nu någon annan</translation>
    </message>
    <message>
        <source>the domain now belongs to someone else</source>
        <translation>domänen tillhör nu någon annan</translation>
    </message>
    <message>
        <source>the recipient could not be verified as unchanged</source>
        <translation>det gick inte att verifiera att mottagaren är oförändrad</translation>
    </message>
    <message>
        <source>no valid DKIM signature</source>
        <translation>ingen giltig DKIM-signatur</translation>
    </message>
    <message>
        <source>no acceptable DKIM signature</source>
        <translation>ingen godtagbar DKIM-signatur</translation>
    </message>
    <message>
        <source>no DKIM signature matching the author&apos;s domain</source>
        <translation>ingen DKIM-signatur som matchar upphovsmannens domän</translation>
    </message>
    <message>
        <source>the SPF check failed</source>
        <translation>SPF-kontrollen misslyckades</translation>
    </message>
    <message>
        <source>the SPF check could not be completed</source>
        <translation>SPF-kontrollen kunde inte slutföras</translation>
    </message>
    <message>
        <source>the sending address has no valid reverse DNS</source>
        <translation>den sändande adressen har ingen giltig omvänd DNS</translation>
    </message>
    <message>
        <source>several authentication checks (SPF, DKIM, DMARC) failed</source>
        <translation>flera autentiseringskontroller (SPF, DKIM, DMARC) misslyckades</translation>
    </message>
    <message>
        <source>the sender&apos;s domain says it sends no mail (null MX)</source>
        <translation>avsändarens domän anger att den inte skickar e-post (null MX)</translation>
    </message>
    <message>
        <source>a flood of mail was detected</source>
        <translation>en flod av e-post upptäcktes</translation>
    </message>
    <message>
        <source>the ARC check failed</source>
        <translation>ARC-kontrollen misslyckades</translation>
    </message>
    <message>
        <source>REQUIRETLS support is required</source>
        <translation>stöd för REQUIRETLS krävs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Adressering</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postlåda</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>E-postsystem</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <translation>Nätverk och routning</translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <translation>Protokoll för e-postleverans</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>Meddelandets innehåll</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <translation>Säkerhet eller policy</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to a different name than the server you entered.</source>
        <translation>Serverns certifikat är utfärdat för ett annat namn än servern du angav.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>Serverns certifikat har gått ut eller är inte giltigt ännu (eller så går datorns klocka fel).</translation>
    </message>
    <message>
        <source>The mail program could not find the server: the name is misspelt, or this network cannot look it up.</source>
        <translation>E-postprogrammet hittade inte servern: namnet är felstavat, eller så kan det här nätverket inte slå upp det.</translation>
    </message>
    <message>
        <source>The mail program could not connect to the server. The port may be blocked on this network (port 25 often is), a firewall or antivirus may be in the way, or the server may be down.</source>
        <translation>E-postprogrammet kunde inte ansluta till servern. Porten kan vara blockerad på det här nätverket (port 25 är det ofta), en brandvägg eller ett antivirusprogram kan vara i vägen, eller så är servern nere.</translation>
    </message>
    <message>
        <source>The connection to the server was cut off. Common reasons: the security setting does not match the port (SSL on a STARTTLS port or the other way round), an antivirus program scanning outgoing mail, or a network that blocks mail ports.</source>
        <translation>Anslutningen till servern bröts. Vanliga orsaker: säkerhetsinställningen passar inte porten (SSL på en STARTTLS-port eller tvärtom), ett antivirusprogram som kontrollerar utgående e-post, eller ett nätverk som blockerar e-postportar.</translation>
    </message>
    <message>
        <source>The mail program could not send data over the network; usually a firewall or antivirus program blocks it.</source>
        <translation>E-postprogrammet kunde inte skicka data över nätverket; oftast är det en brandvägg eller ett antivirusprogram som blockerar.</translation>
    </message>
    <message>
        <source>Logging on with Secure Password Authentication (SPA) failed. Most providers do not use SPA: switch it off and use the normal user name and password.</source>
        <translation>Inloggningen med säker lösenordsautentisering (SPA) misslyckades. De flesta leverantörer använder inte SPA: stäng av det och använd vanligt användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up: the server does not support the encryption type chosen for this port. Use 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>Den krypterade anslutningen kunde inte upprättas: servern stöder inte den krypteringstyp som valts för den här porten. Använd 587 med STARTTLS eller 465 med SSL/TLS.</translation>
    </message>
    <message>
        <source>The outgoing server answered with an error; its own words say more.</source>
        <translation>Den utgående servern svarade med ett fel; dess egna ord säger mer.</translation>
    </message>
    <message>
        <source>The outgoing server gave an answer the mail program did not understand.</source>
        <translation>Den utgående servern gav ett svar som e-postprogrammet inte förstod.</translation>
    </message>
    <message>
        <source>The outgoing server did not recognise a command (reply 500). Something between you and the server may be interfering.</source>
        <translation>Den utgående servern kände inte igen ett kommando (svar 500). Något mellan dig och servern kan störa.</translation>
    </message>
    <message>
        <source>The outgoing server refused a command&apos;s parameters (reply 501), often an address written in a way it does not accept.</source>
        <translation>Den utgående servern avvisade ett kommandos parametrar (svar 501), ofta en adress som är skriven på ett sätt som servern inte godtar.</translation>
    </message>
    <message>
        <source>The outgoing server does not implement a command the mail program used (reply 502).</source>
        <translation>Den utgående servern har inte stöd för ett kommando som e-postprogrammet använde (svar 502).</translation>
    </message>
    <message>
        <source>The outgoing server says the commands came in the wrong order (reply 503); mostly this means it expected a login first.</source>
        <translation>Den utgående servern säger att kommandona kom i fel ordning (svar 503); oftast betyder det att den väntade sig en inloggning först.</translation>
    </message>
    <message>
        <source>The outgoing server does not support a parameter the mail program used (reply 504), typically the login method.</source>
        <translation>Den utgående servern stöder inte en parameter som e-postprogrammet använde (svar 504), vanligtvis inloggningsmetoden.</translation>
    </message>
    <message>
        <source>The outgoing server is not available and closed the connection (reply 421).</source>
        <translation>Den utgående servern är inte tillgänglig och stängde anslutningen (svar 421).</translation>
    </message>
    <message>
        <source>The outgoing server could not take the message for now (reply 450).</source>
        <translation>Den utgående servern kunde inte ta emot meddelandet just nu (svar 450).</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 550): the mailbox does not exist or is not available to you.</source>
        <translation>Den utgående servern avvisade en adress (svar 550): postlådan finns inte eller är inte tillgänglig för dig.</translation>
    </message>
    <message>
        <source>The outgoing server reported a temporary internal error (reply 451).</source>
        <translation>Den utgående servern rapporterade ett tillfälligt internt fel (svar 451).</translation>
    </message>
    <message>
        <source>The outgoing server says the recipient is not one of its users and will not pass the message on (reply 551).</source>
        <translation>Den utgående servern säger att mottagaren inte är en av dess användare och tänker inte vidarebefordra meddelandet (svar 551).</translation>
    </message>
    <message>
        <source>The outgoing server is short of storage or limits the number of recipients (reply 452).</source>
        <translation>Den utgående servern har ont om lagringsutrymme eller begränsar antalet mottagare (svar 452).</translation>
    </message>
    <message>
        <source>The message is larger than the outgoing server allows (reply 552).</source>
        <translation>Meddelandet är större än den utgående servern tillåter (svar 552).</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 553); servers use this mostly to refuse passing mail on to other domains.</source>
        <translation>Den utgående servern avvisade en adress (svar 553); servrar använder det mest för att vägra vidarebefordra e-post till andra domäner.</translation>
    </message>
    <message>
        <source>The outgoing server refused the message (reply 554).</source>
        <translation>Den utgående servern avvisade meddelandet (svar 554).</translation>
    </message>
    <message>
        <source>The outgoing server refused the sender&apos;s address, usually because it does not belong to the account you send through, or because you did not log in.</source>
        <translation>Den utgående servern avvisade avsändarens adress, oftast för att den inte hör till kontot du skickar via, eller för att du inte loggade in.</translation>
    </message>
    <message>
        <source>The outgoing server refused one of the recipients. When the address is right, this almost always means the server will not pass mail on to other domains for you: you are not logged in, or not on its network.</source>
        <translation>Den utgående servern avvisade en av mottagarna. Om adressen är rätt betyder det nästan alltid att servern inte vill vidarebefordra e-post till andra domäner åt dig: du är inte inloggad, eller inte på dess nätverk.</translation>
    </message>
    <message>
        <source>No sender address was given; fill in your e-mail address in the account settings.</source>
        <translation>Ingen avsändaradress angavs; fyll i din e-postadress i kontoinställningarna.</translation>
    </message>
    <message>
        <source>The outgoing server requires an encrypted connection (STARTTLS) before anything else.</source>
        <translation>Den utgående servern kräver en krypterad anslutning (STARTTLS) innan något annat.</translation>
    </message>
    <message>
        <source>The server does not support the kind of encryption set for this account. Match the security setting to the port: STARTTLS on 587 (or 25), SSL/TLS on 465.</source>
        <translation>Servern stöder inte den typ av kryptering som är inställd för det här kontot. Anpassa säkerhetsinställningen till porten: STARTTLS på 587 (eller 25), SSL/TLS på 465.</translation>
    </message>
    <message>
        <source>Starting the encrypted connection failed (reply 454). The security setting may not match the port, or the server&apos;s encryption is broken.</source>
        <translation>Det gick inte att starta den krypterade anslutningen (svar 454). Säkerhetsinställningen kanske inte passar porten, eller så fungerar inte serverns kryptering.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server reported an error, most often about the login or the security setting. Where sending depends on checking mail first, this also stops sending.</source>
        <translation>Den inkommande servern (POP3) rapporterade ett fel, oftast om inloggningen eller säkerhetsinställningen. Om sändning kräver att e-posten kontrolleras först stoppar det även sändningen.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the user name.</source>
        <translation>Den inkommande servern (POP3) godtog inte användarnamnet.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the password.</source>
        <translation>Den inkommande servern (POP3) godtog inte lösenordet.</translation>
    </message>
    <message>
        <source>Outlook could not connect to the incoming (POP3) server: no network, a wrong server name or port, or a firewall.</source>
        <translation>Outlook kunde inte ansluta till den inkommande servern (POP3): inget nätverk, fel servernamn eller port, eller en brandvägg.</translation>
    </message>
    <message>
        <source>Outlook could not connect to the outgoing (SMTP) server. The port is often blocked on hotel, café and provider networks; try 587 or 465, or the server of the network you are on.</source>
        <translation>Outlook kunde inte ansluta till den utgående servern (SMTP). Porten är ofta blockerad på nätverk på hotell, kaféer och hos leverantörer; prova 587 eller 465, eller servern för det nätverk du är ansluten till.</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not answer in time.</source>
        <translation>Den inkommande servern (POP3) svarade inte i tid.</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server did not answer in time; the port may be blocked or the server slow.</source>
        <translation>Den utgående servern (SMTP) svarade inte i tid; porten kan vara blockerad eller servern långsam.</translation>
    </message>
    <message>
        <source>The recipient (a person, group or folder) only accepts mail from certain senders, for example from inside its own organisation. Only the recipient&apos;s side can allow you.</source>
        <translation>Mottagaren (en person, grupp eller mapp) tar bara emot e-post från vissa avsändare, till exempel från den egna organisationen. Bara mottagarsidan kan ge dig tillåtelse.</translation>
    </message>
    <message>
        <source>The provider does not accept the account&apos;s normal password from mail programs. Create an app password in the provider&apos;s security settings, or use a program that supports modern sign-in.</source>
        <translation>Leverantören godtar inte kontots vanliga lösenord från e-postprogram. Skapa ett applösenord i leverantörens säkerhetsinställningar, eller använd ett program som stöder modern inloggning.</translation>
    </message>
    <message>
        <source>The provider blocked this login as unusual. Sign in once through its web mail, confirm it was you, then try again.</source>
        <translation>Leverantören blockerade den här inloggningen som ovanlig. Logga in en gång via leverantörens webbmejl, bekräfta att det var du och försök sedan igen.</translation>
    </message>
    <message>
        <source>Logging in to send with a user name and password is switched off for this account or organisation. The administrator has to allow it, or you must send another way.</source>
        <translation>Inloggning med användarnamn och lösenord för att skicka är avstängd för det här kontot eller den här organisationen. Administratören måste tillåta det, annars måste du skicka på ett annat sätt.</translation>
    </message>
    <message>
        <source>The server only lets you send with addresses that belong to the account you log in with. Use that address as From, or have the other address added to your account.</source>
        <translation>Servern låter dig bara skicka med adresser som hör till kontot du loggar in med. Använd den adressen som Från-adress, eller låt lägga till den andra adressen på ditt konto.</translation>
    </message>
    <message>
        <source>The receiving server uses greylisting: it turns away the first attempt from a sender it does not know yet and accepts a retry a few minutes later. Mail servers retry by themselves; nothing needs doing unless it keeps failing for hours.</source>
        <translation>Den mottagande servern använder grålistning: den avvisar det första försöket från en avsändare som den inte känner till ännu och tar emot ett nytt försök några minuter senare. E-postservrar försöker igen av sig själva; du behöver inte göra något om det inte fortsätter att misslyckas i flera timmar.</translation>
    </message>
    <message>
        <source>The receiving server does not take mail straight from home and mobile connections. Send through your provider&apos;s outgoing server (with a login) instead of delivering directly.</source>
        <translation>Den mottagande servern tar inte emot e-post direkt från hem- och mobilanslutningar. Skicka via din leverantörs utgående server (med inloggning) i stället för att leverera direkt.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address is on a block list, so the receiving server refuses it. Whoever runs the sending server has to find out why it was listed, fix that, and ask for removal; until then, sending through another server helps.</source>
        <translation>Den sändande serverns IP-adress finns på en blockeringslista, så den mottagande servern avvisar den. Den som driver den sändande servern måste ta reda på varför den listades, åtgärda det och begära att bli borttagen; fram till dess hjälper det att skicka via en annan server.</translation>
    </message>
    <message>
        <source>The sending server&apos;s name and address do not check out (no reverse DNS, or a wrong HELO name). Whoever runs the sending server has to fix its DNS or configuration.</source>
        <translation>Den sändande serverns namn och adress stämmer inte (ingen omvänd DNS, eller ett felaktigt HELO-namn). Den som driver den sändande servern måste rätta dess DNS eller konfiguration.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Temporary failure (the sender will retry)</source>
        <translation>Tillfälligt fel (avsändaren försöker igen)</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Permanent fel</translation>
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
        <translation>Den dagliga gränsen för mottagare är nådd</translation>
    </message>
    <message>
        <source>The account has sent to more recipients today than the service allows. Sending works again once the 24-hour window has passed.</source>
        <translation>Kontot har i dag skickat till fler mottagare än tjänsten tillåter. Det går att skicka igen när 24-timmarsperioden har gått.</translation>
    </message>
    <message>
        <source>The connection to the server could not be made or used. The port may be blocked on this network, or a firewall or antivirus may be in the way.</source>
        <translation>Anslutningen till servern kunde inte upprättas eller användas. Porten kan vara blockerad på det här nätverket, eller så är en brandvägg eller ett antivirusprogram i vägen.</translation>
    </message>
    <message>
        <source>The mail program was no longer connected to the server when it tried to continue.</source>
        <translation>E-postprogrammet var inte längre anslutet till servern när det försökte fortsätta.</translation>
    </message>
    <message>
        <source>Sending data to the server failed; the connection broke off.</source>
        <translation>Det gick inte att skicka data till servern; anslutningen bröts.</translation>
    </message>
    <message>
        <source>Receiving the server&apos;s answer failed; the connection broke off.</source>
        <translation>Det gick inte att ta emot serverns svar; anslutningen bröts.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation>Serverns svar avbröts innan det var komplett.</translation>
    </message>
    <message>
        <source>The server (or the mail program&apos;s connection to it) was busy; try again in a moment.</source>
        <translation>Servern (eller e-postprogrammets anslutning till den) var upptagen; försök igen om en stund.</translation>
    </message>
    <message>
        <source>An address of the message is not a valid e-mail address. Check the recipients for typing mistakes and stray characters.</source>
        <translation>En adress i meddelandet är ingen giltig e-postadress. Kontrollera mottagarna efter stavfel och tecken som inte hör dit.</translation>
    </message>
    <message>
        <source>The list of recipients is not valid (an address is misspelt, or separators are wrong).</source>
        <translation>Mottagarlistan är ogiltig (en adress är felstavad, eller så är avgränsarna fel).</translation>
    </message>
    <message>
        <source>Reading from the connection to the server failed; the connection broke off, often because of an antivirus program or an unstable network.</source>
        <translation>Det gick inte att läsa från anslutningen till servern; anslutningen bröts, ofta på grund av ett antivirusprogram eller ett instabilt nätverk.</translation>
    </message>
    <message>
        <source>The mail program could not open a connection to the server&apos;s port. The port may be blocked on this network, or the server name or port is wrong.</source>
        <translation>E-postprogrammet kunde inte ansluta till serverns port. Porten kan vara blockerad på det här nätverket, eller så är servernamnet eller porten fel.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The port may be blocked on this network, or the server is slow or down.</source>
        <translation>Servern svarade inte i tid. Porten kan vara blockerad på det här nätverket, eller så är servern långsam eller nere.</translation>
    </message>
    <message>
        <source>The message has no recipient the server accepted (or none at all).</source>
        <translation>Meddelandet har ingen mottagare som servern godtog (eller ingen alls).</translation>
    </message>
    <message>
        <source>The receiving provider refuses or defers mail from the sending server because of its reputation (spam complaints, unusual volume, a block list). Whoever runs the sending server has to follow the link in the reply to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>Den mottagande leverantören avvisar eller fördröjer e-post från den sändande servern på grund av dess rykte (klagomål om skräppost, ovanlig volym, en blockeringslista). Den som driver den sändande servern måste följa länken i svaret och begära borttagning; att skicka via din egen leverantörs server brukar hjälpa.</translation>
    </message>
    <message>
        <source>The provider&apos;s filter refused this message (its content, its headers, or the sending server&apos;s standing). The link in the reply names the exact reason; often a missing or malformed header (Date, From, Message-ID) or spam-like content is the cause.</source>
        <translation>Leverantörens filter avvisade meddelandet (innehållet, rubrikraderna eller den sändande serverns anseende). Länken i svaret anger den exakta orsaken; ofta är det en saknad eller felaktig rubrikrad (Date, From, Message-ID) eller skräppostliknande innehåll.</translation>
    </message>
    <message>
        <source>The Google group refused the message: the group may not exist, or it accepts posts only from its members or approved senders. Check the group&apos;s address, or ask its owner to let you post.</source>
        <translation>Google-gruppen avvisade meddelandet: gruppen kanske inte finns, eller tar bara emot inlägg från medlemmar eller godkända avsändare. Kontrollera gruppens adress, eller be dess ägare att låta dig skriva i den.</translation>
    </message>
    <message>
        <source>Recipient not found by the receiving organisation</source>
        <translation>Den mottagande organisationen hittade inte mottagaren</translation>
    </message>
    <message>
        <source>The receiving organisation checks recipients against its directory and has no one with this address. Check the address for typing errors, or ask the recipient for the right one.</source>
        <translation>Den mottagande organisationen kontrollerar mottagare mot sin katalog och har ingen med den här adressen. Kontrollera adressen efter stavfel, eller be mottagaren om rätt adress.</translation>
    </message>
    <message>
        <source>The mailing list accepts posts only from its members. Subscribe with the address you send from, or ask the list&apos;s owner to let you post.</source>
        <translation>E-postlistan tar bara emot inlägg från sina medlemmar. Prenumerera med adressen som du skickar från, eller be listans ägare att låta dig skriva i den.</translation>
    </message>
    <message>
        <source>a password transition is needed: log in once with the plain password method</source>
        <translation>lösenordet behöver föras över till en ny metod: logga in en gång med metoden för vanligt lösenord</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>kontot är inaktiverat</translation>
    </message>
    <message>
        <source>a trust relationship between servers is required</source>
        <translation>en förtroenderelation mellan servrarna krävs</translation>
    </message>
    <message>
        <source>A server on the way refused the login or the connection of the server that passed your message on (for example its relay, which wants other credentials, another login method or encryption). Your mail program did its job; whoever runs the sending server has to correct its settings for that relay.</source>
        <translation>En server på vägen avvisade inloggningen eller anslutningen från servern som skickade vidare ditt meddelande (till exempel dess server för vidarebefordran, som vill ha andra inloggningsuppgifter, en annan inloggningsmetod eller kryptering). Ditt e-postprogram gjorde sitt jobb; den som driver den sändande servern måste rätta sina inställningar för den vidarebefordran.</translation>
    </message>
    <message>
        <source>The receiving side refuses mail from your address or domain: it is on that side&apos;s list of blocked senders, or not on its list of approved ones. Only the recipient or their administrator can allow you; ask them by other means.</source>
        <translation>Den mottagande sidan avvisar e-post från din adress eller domän: den finns på den sidans lista över blockerade avsändare, eller inte på dess lista över godkända avsändare. Bara mottagaren eller mottagarens administratör kan tillåta dig; fråga dem på något annat sätt.</translation>
    </message>
    <message>
        <source>The receiving server refuses mail from the sending server&apos;s network address (for spam sent from it, a dynamic or home address, or its own list). Whoever runs the sending server has to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>Den mottagande servern avvisar e-post från den sändande serverns nätverksadress (på grund av skräppost som skickats därifrån, en dynamisk adress eller hemadress, eller dess egen lista). Den som driver den sändande servern måste begära borttagning; att skicka via din egen leverantörs server brukar hjälpa.</translation>
    </message>
</context>
<context>
    <name>od::DecodeCommand</name>
    <message>
        <source>No error message was recognised in this text.</source>
        <translation>Inget felmeddelande kändes igen i den här texten.</translation>
    </message>
    <message>
        <source>Paste the whole message: the bounce, the error dialog or the server&apos;s reply.</source>
        <translation>Klistra in hela meddelandet: det returnerade meddelandet, feldialogrutan eller serverns svar.</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnos: %1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Servern svarade: ”%1”</translation>
    </message>
    <message>
        <source>Who has to act: %1</source>
        <translation>Vem som måste agera: %1</translation>
    </message>
    <message>
        <source>What to do, in this order:</source>
        <translation>Så här gör du, i den här ordningen:</translation>
    </message>
    <message>
        <source>Details (format: %1)</source>
        <translation>Detaljer (format: %1)</translation>
    </message>
    <message>
        <source>Server that wrote the report: %1</source>
        <translation>Servern som skrev rapporten: %1</translation>
    </message>
    <message>
        <source>(no recipient named)</source>
        <translation>(ingen mottagare angiven)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kod: %1</translation>
    </message>
    <message>
        <source>Refused by: %1</source>
        <translation>Avvisat av: %1</translation>
    </message>
    <message>
        <source>At step: %1</source>
        <translation>I steget: %1</translation>
    </message>
    <message>
        <source>Mail program&apos;s error: server %1, port %2, SSL %3, error number %4</source>
        <translation>E-postprogrammets fel: server %1, port %2, SSL %3, felnummer %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Original To: %1</source>
        <translation>Ursprunglig mottagare (To): %1</translation>
    </message>
    <message>
        <source>Original Received-SPF: %1</source>
        <translation>Ursprunglig Received-SPF: %1</translation>
    </message>
    <message>
        <source>Note: the text was cut short or too long; only part of it was read.</source>
        <translation>Obs! Texten var avkortad eller för lång; bara en del av den lästes.</translation>
    </message>
    <message>
        <source>Explains a pasted error message, bounce or server reply.</source>
        <translation>Förklarar ett inklistrat felmeddelande, returnerat meddelande eller serversvar.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown (orders the fixes).</source>
        <translation>Var du befinner dig: home, work, travel eller unknown (styr ordningen på åtgärderna).</translation>
    </message>
    <message>
        <source>Whose server the account uses: home, work or other.</source>
        <translation>Vems server kontot använder: home, work eller other.</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>Skriv även en rapport (.html, .pdf eller .txt).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;: use home, work, travel or unknown.</source>
        <translation>Okänd plats ”%1”: använd home, work, travel eller unknown.</translation>
    </message>
    <message>
        <source>Unknown account kind &quot;%1&quot;: use home, work or other.</source>
        <translation>Okänd kontotyp ”%1”: använd home, work eller other.</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>Rapportfilen måste sluta på .html, .pdf eller .txt: %1</translation>
    </message>
    <message>
        <source>Nothing to decode: give a file, or - and paste the text (end with Ctrl+D).</source>
        <translation>Inget att avkoda: ange en fil, eller - och klistra in texten (avsluta med Ctrl+D).</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Det går inte att läsa standard in.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB; give only the error message or bounce.</source>
        <translation>Indata är större än %1 MB; ange bara felmeddelandet eller det returnerade meddelandet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Det går inte att öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; give only the error message or bounce.</source>
        <translation>%1 är större än %2 MB; ange bara felmeddelandet eller det returnerade meddelandet.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Indata är tom.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internt fel: %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Internt fel.</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>Ersätt e-postadresser och servernamn med platshållare i rapporten (för offentliga forum).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 är tom.</translation>
    </message>
    <message>
        <source>Files to read, - for standard input, or folders (a maildir, or a folder of .eml files): several inputs are decoded in one go, one JSON object per line with --json.</source>
        <translation>Filer att läsa, - för standard in, eller mappar (en maildir eller en mapp med .eml-filer): flera indata avkodas i ett svep, med --json ett JSON-objekt per rad.</translation>
    </message>
    <message>
        <source>A report can be written for one input only.</source>
        <translation>En rapport kan bara skrivas för en enda indata.</translation>
    </message>
    <message>
        <source>Standard input (-) cannot be combined with other inputs.</source>
        <translation>Standard in (-) kan inte kombineras med andra indata.</translation>
    </message>
    <message>
        <source>%1 holds no .eml files and is not a maildir.</source>
        <translation>%1 innehåller inga .eml-filer och är ingen maildir.</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong.</source>
        <translation>Inte säkert: meddelandet säger inte tydligt nog vad som gick fel.</translation>
    </message>
    <message>
        <source>Language of the output (%1).</source>
        <translation>Utdatans språk (%1).</translation>
    </message>
</context>
<context>
    <name>od::DiagnosisPage</name>
    <message>
        <source>You are on someone else&apos;s network. Your provider&apos;s server does not recognise this connection as one of its own, so it passes mail on for you only after you log in.</source>
        <translation>Du är på någon annans nätverk. Din leverantörs server känner inte igen den här anslutningen som en av sina egna, så den vidarebefordrar bara din e-post när du har loggat in.</translation>
    </message>
    <message>
        <source>You are on your provider&apos;s own connection, where its server usually accepts you without a login. That it refuses now suggests the provider has changed its rules; logging in is the usual answer.</source>
        <translation>Du är ansluten via din leverantörs egen anslutning, där dess server brukar ta emot dig utan inloggning. Att den vägrar nu tyder på att leverantören har ändrat sina regler; att logga in är den vanliga lösningen.</translation>
    </message>
    <message>
        <source>An office network usually has its own outgoing server, and your provider&apos;s server does not recognise the office connection. Send through the office server, or log in to your provider&apos;s server.</source>
        <translation>Ett kontorsnätverk har oftast en egen utgående server, och din leverantörs server känner inte igen kontorets anslutning. Skicka via kontorets server, eller logga in på din leverantörs server.</translation>
    </message>
    <message>
        <source>Servers pass mail on only for connections from their own network or for users who log in. From where you are, the server did not recognise you.</source>
        <translation>Servrar vidarebefordrar bara e-post för anslutningar från sitt eget nätverk eller för användare som loggar in. Där du är nu kände servern inte igen dig.</translation>
    </message>
    <message>
        <source>Public and office networks often block the mail ports, especially port 25. Port 587 or 465 usually gets through.</source>
        <translation>Offentliga nätverk och kontorsnätverk blockerar ofta e-postportarna, särskilt port 25. Port 587 eller 465 brukar gå igenom.</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;, the server said:
%2</source>
        <translation>I steget ”%1” svarade servern:
%2</translation>
    </message>
    <message>
        <source>The incoming mail server said:
%1</source>
        <translation>Den inkommande servern svarade:
%1</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;: %2</source>
        <translation>I steget ”%1”: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Avsändare: %1</translation>
    </message>
    <message>
        <source>Recipients: %1, %2</source>
        <translation>Mottagare: %1, %2</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Inloggning: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>login</comment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Local address: %1</source>
        <translation>Lokal adress: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Bedömning: %1 (%2)</translation>
    </message>
    <message>
        <source>POP3 %1:%2: %3</source>
        <translation>POP3 %1:%2: %3</translation>
    </message>
    <message>
        <source>Port %1 (%2), address %3: %4</source>
        <translation>Port %1 (%2), adress %3: %4</translation>
    </message>
    <message>
        <source>  Stopped: %1 %2</source>
        <translation>  Stoppade: %1 %2</translation>
    </message>
    <message>
        <source>  Encryption: %1 %2</source>
        <translation>  Kryptering: %1 %2</translation>
    </message>
    <message>
        <source>  Certificate: %1, SHA-256 %2</source>
        <translation>  Certifikat: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>Vad testet visade</translation>
    </message>
    <message>
        <source>In plain words, and who has to act.</source>
        <translation>Med enkla ord, och vem som måste agera.</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Visa &amp;tekniska detaljer</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Visa tekniska detaljer</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Tekniska detaljer</translation>
    </message>
    <message>
        <source>Your settings work from here. Click Next to finish and, if you like, save a report.</source>
        <translation>Dina inställningar fungerar härifrån. Klicka på Nästa för att avsluta och, om du vill, spara en rapport.</translation>
    </message>
    <message>
        <source>This page explains the result of the test: what the server did, why it did it from where you are, and whether you can fix it yourself. Underneath are the server&apos;s own words, which are useful if you contact your provider. &quot;Show technical details&quot; lists every step of the test.</source>
        <translation>Den här sidan förklarar resultatet av testet: vad servern gjorde, varför den gjorde det där du befinner dig, och om du kan åtgärda det själv. Nedanför finns serverns egna ord, som är användbara om du kontaktar din leverantör. ”Visa tekniska detaljer” listar varje steg i testet.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>Rekommenderat: %1</translation>
    </message>
    <message>
        <source>Click Next: Outbox Doctor tests it before you change anything in your mail program. Other ways are on the next page too.</source>
        <translation>Klicka på Nästa: Outbox Doctor testar det innan du ändrar något i ditt e-postprogram. Andra sätt finns också på nästa sida.</translation>
    </message>
</context>
<context>
    <name>od::DonePage</name>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Rapporten finns i urklipp.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Plain text (*.txt)</source>
        <translation>Webbsida (*.html);;PDF-dokument (*.pdf);;Oformaterad text (*.txt)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapporten sparades i %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>The result, and what to change in your mail program.</source>
        <translation>Resultatet, och vad du ska ändra i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiera rapport</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Kopiera rapporten till urklipp</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Spa&amp;ra rapport…</translation>
    </message>
    <message>
        <source>Save a report for your provider</source>
        <translation>Spara en rapport till din leverantör</translation>
    </message>
    <message>
        <source>As a web page, PDF or plain text. Your password is never in it.</source>
        <translation>Som webbsida, PDF eller oformaterad text. Ditt lösenord finns aldrig med.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruktioner</translation>
    </message>
    <message>
        <source>It works</source>
        <translation>Det fungerar</translation>
    </message>
    <message>
        <source>The test went through: mail sent with these settings would be delivered. If mail still fails, check the recipient&apos;s address, or paste the error you get on the first page.</source>
        <translation>Testet gick igenom: e-post som skickas med de här inställningarna skulle levereras. Om e-posten ändå inte går fram kontrollerar du mottagarens adress, eller klistrar in felet du får på första sidan.</translation>
    </message>
    <message>
        <source>Ask your provider</source>
        <translation>Fråga din leverantör</translation>
    </message>
    <message>
        <source>Send your provider or administrator the question from the previous page, with the report (&quot;Save report&quot; or &quot;Copy report&quot;).</source>
        <translation>Skicka frågan från föregående sida till din leverantör eller administratör, tillsammans med rapporten (”Spara rapport” eller ”Kopiera rapport”).</translation>
    </message>
    <message>
        <source>Not solved yet</source>
        <translation>Inte löst än</translation>
    </message>
    <message>
        <source>Still refused: %1. Click Back to try another way, or contact your provider with the report.</source>
        <translation>Fortfarande avvisat: %1. Gå tillbaka och prova ett annat sätt, eller kontakta din leverantör med rapporten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>fix tried: its result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Vad som provades:</translation>
    </message>
    <message>
        <source>This page shows whether the problem is solved. If it is, change your mail program as described (the settings that were tested are listed). If not, go back and try another way, or send your provider the report. Click Finish to close Outbox Doctor.</source>
        <translation>Den här sidan visar om problemet är löst. Om det är det ändrar du ditt e-postprogram enligt beskrivningen (de inställningar som testades listas). Om inte går du tillbaka och provar ett annat sätt, eller skickar rapporten till din leverantör. Klicka på Färdig för att stänga Outbox Doctor.</translation>
    </message>
    <message>
        <source>Hide addresses and server &amp;names</source>
        <comment>report option</comment>
        <translation>&amp;Dölj adresser och servernamn</translation>
    </message>
    <message>
        <source>For sharing the report in a public forum: e-mail addresses, server names and IP addresses are replaced by placeholders.</source>
        <translation>För att dela rapporten i ett offentligt forum: e-postadresser, servernamn och IP-adresser ersätts med platshållare.</translation>
    </message>
    <message>
        <source>Hide addresses and server names in the report</source>
        <translation>Dölj adresser och servernamn i rapporten</translation>
    </message>
    <message>
        <source>The test with the new settings went through: mail sent with them would be delivered.</source>
        <translation>Testet med de nya inställningarna gick igenom: e-post som skickas med dem skulle levereras.</translation>
    </message>
    <message>
        <source>Last step: open your mail program and send yourself a message.</source>
        <translation>Sista steget: öppna ditt e-postprogram och skicka ett meddelande till dig själv.</translation>
    </message>
    <message>
        <source>Last step: open %1 and send yourself a message.</source>
        <translation>Sista steget: öppna %1 och skicka ett meddelande till dig själv.</translation>
    </message>
    <message>
        <source>Last step: change your mail program as shown, then send yourself a message.</source>
        <translation>Sista steget: ändra ditt e-postprogram så som visas och skicka sedan ett meddelande till dig själv.</translation>
    </message>
    <message>
        <source>Last step: change %1 as shown, then send yourself a message.</source>
        <translation>Sista steget: ändra %1 så som visas och skicka sedan ett meddelande till dig själv.</translation>
    </message>
    <message>
        <source>It should leave the Outbox at once and arrive within a minute or two. If your mail program asks for your password, enter it there.</source>
        <translation>Det bör lämna Utkorgen direkt och komma fram inom en minut eller två. Om ditt e-postprogram frågar efter ditt lösenord anger du det där.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was trusted only for this test, so your mail program will warn about it too. Accept it there only if it shows this SHA-256 fingerprint: %1</source>
        <translation>Serverns certifikat var betrott bara under det här testet, så ditt e-postprogram kommer också att varna för det. Godkänn det där bara om det visar det här SHA-256-fingeravtrycket: %1</translation>
    </message>
    <message>
        <source>Try it in %1</source>
        <comment>mail program</comment>
        <translation>Prova i %1</translation>
    </message>
    <message>
        <source>Outbox Doctor changed the settings of %1, but cannot test this change itself: only sending from %1 shows whether it works.</source>
        <translation>Outbox Doctor ändrade inställningarna i %1 men kan inte testa ändringen själv: bara ett meddelande som skickas från %1 visar om det fungerar.</translation>
    </message>
    <message>
        <source>Settings tested: %1.</source>
        <comment>server, port (security), login</comment>
        <translation>Testade inställningar: %1.</translation>
    </message>
    <message>
        <source>Incoming mail was checked first at %1.</source>
        <translation>Inkommande e-post kontrollerades först på %1.</translation>
    </message>
    <message>
        <source>%1: not tested yet</source>
        <comment>fix tried</comment>
        <translation>%1: inte testat än</translation>
    </message>
    <message>
        <source>%1: changed, then undone</source>
        <comment>fix tried</comment>
        <translation>%1: ändrat och sedan ångrat</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>Ändringen kunde inte ångras: %1</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <comment>the settings change made in the mail program</comment>
        <translation>&amp;Ångra ändringen</translation>
    </message>
    <message>
        <source>Undo the change to the settings of your mail program</source>
        <translation>Ångra ändringen av inställningarna i ditt e-postprogram</translation>
    </message>
    <message>
        <source>%1 opens your provider&apos;s sign-in page once: sign in there.</source>
        <translation>%1 öppnar leverantörens inloggningssida en gång: logga in där.</translation>
    </message>
    <message>
        <source>If the message is refused again, click &quot;%1&quot; below to put the settings of %2 back as they were.</source>
        <comment>%1: the undo button&apos;s label</comment>
        <translation>Om meddelandet avvisas igen klickar du på ”%1” nedan för att ställa tillbaka inställningarna i %2 som de var förut.</translation>
    </message>
    <message>
        <source>To put the old settings back by hand, close %1 and copy %2 over %3.</source>
        <translation>Om du vill ställa tillbaka de gamla inställningarna för hand stänger du %1 och kopierar %2 över %3.</translation>
    </message>
</context>
<context>
    <name>od::Files</name>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>en del av sökvägen är en fil, inte en mapp</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>för många filer är öppna</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>den kunde inte öppnas</translation>
    </message>
    <message>
        <source>reading it failed</source>
        <translation>läsningen misslyckades</translation>
    </message>
    <message>
        <source>writing it failed</source>
        <translation>skrivningen misslyckades</translation>
    </message>
    <message>
        <source>a fatal error occurred</source>
        <translation>ett allvarligt fel inträffade</translation>
    </message>
    <message>
        <source>the system ran out of resources (such as disk space or open files)</source>
        <translation>systemet fick slut på resurser (till exempel diskutrymme eller öppna filer)</translation>
    </message>
    <message>
        <source>the operation was stopped</source>
        <translation>åtgärden avbröts</translation>
    </message>
    <message>
        <source>the operation took too long</source>
        <translation>åtgärden tog för lång tid</translation>
    </message>
    <message>
        <source>it could not be removed</source>
        <translation>den kunde inte tas bort</translation>
    </message>
    <message>
        <source>it could not be renamed</source>
        <translation>den kunde inte byta namn</translation>
    </message>
    <message>
        <source>moving to a position in it failed</source>
        <translation>det gick inte att flytta till en viss position i den</translation>
    </message>
    <message>
        <source>its size could not be changed</source>
        <translation>dess storlek kunde inte ändras</translation>
    </message>
    <message>
        <source>its permissions could not be changed</source>
        <translation>dess behörigheter kunde inte ändras</translation>
    </message>
    <message>
        <source>it could not be copied</source>
        <translation>den kunde inte kopieras</translation>
    </message>
    <message>
        <source>an unknown error occurred</source>
        <translation>ett okänt fel inträffade</translation>
    </message>
</context>
<context>
    <name>od::FixPage</name>
    <message>
        <source>Not tested yet</source>
        <translation>Inte testad än</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Works from here</source>
        <comment>candidate server</comment>
        <translation>Fungerar härifrån</translation>
    </message>
    <message>
        <source>as before</source>
        <comment>port</comment>
        <translation>som tidigare</translation>
    </message>
    <message>
        <source>Password: the one you use for incoming mail</source>
        <translation>Lösenord: det du använder för inkommande e-post</translation>
    </message>
    <message>
        <source>Incoming server: %1</source>
        <translation>Inkommande server: %1</translation>
    </message>
    <message>
        <source>In %1:</source>
        <comment>instructions for a mail program</comment>
        <translation>I %1:</translation>
    </message>
    <message>
        <source>Values to enter:</source>
        <translation>Värden att ange:</translation>
    </message>
    <message>
        <source>Change your mail program after the test on the next page has confirmed that these settings work.</source>
        <translation>Ändra ditt e-postprogram först när testet på nästa sida har bekräftat att de här inställningarna fungerar.</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Åtgärda det</translation>
    </message>
    <message>
        <source>Choose what to try. Outbox Doctor tests it before you change anything in your mail program.</source>
        <translation>Välj vad du vill prova. Outbox Doctor testar det innan du ändrar något i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>Your mail program should log in to the outgoing server, usually with the same user name and password as for incoming mail, over an encrypted connection.</source>
        <translation>Ditt e-postprogram bör logga in på den utgående servern, oftast med samma användarnamn och lösenord som för inkommande e-post, över en krypterad anslutning.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Anv&amp;ändarnamn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>Port för utgående server</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Kr&amp;yptering:</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>Kryptering för utgående server</translation>
    </message>
    <message>
        <source>The network you are on may have its own outgoing server (your office&apos;s, or the provider of this connection) that accepts mail from here without a login. Servers of your other accounts are listed and tested at once; add one you know of.</source>
        <translation>Nätverket du är ansluten till kan ha en egen utgående server (ditt kontors, eller leverantören av den här anslutningen) som tar emot e-post härifrån utan inloggning. Servrarna för dina andra konton listas och testas direkt; lägg till en som du känner till.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Outgoing server of this network</source>
        <translation>Utgående server för det här nätverket</translation>
    </message>
    <message>
        <source>smtp.example.net or smtp.example.net:587</source>
        <translation>smtp.example.net eller smtp.example.net:587</translation>
    </message>
    <message>
        <source>&amp;Add and test</source>
        <translation>Lägg till och &amp;testa</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>column header</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Candidate outgoing servers</source>
        <translation>Utgående servrar att prova</translation>
    </message>
    <message>
        <source>Some providers let you send only from a connection that has just logged in to the incoming (POP3) server. The test logs in there first, then sends.</source>
        <translation>Vissa leverantörer låter dig bara skicka från en anslutning som nyss har loggat in på den inkommande servern (POP3). Testet loggar först in där och skickar sedan.</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>&amp;Inkommande server:</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>Namn på inkommande server</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>Port för inkommande server</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>Automatisk (110 eller 995)</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>Kryptering för inkommande server</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>Användarnamn för inkommande server</translation>
    </message>
    <message>
        <source>Incoming password</source>
        <translation>Lösenord för inkommande server</translation>
    </message>
    <message>
        <source>The server only accepts a sender address that belongs to the account you log in with. Use your address at this provider as the From address.</source>
        <translation>Servern godtar bara en avsändaradress som hör till kontot du loggar in med. Använd din adress hos den här leverantören som Från-adress.</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Från-adress:</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Från-adress</translation>
    </message>
    <message>
        <source>Nothing you can change from here will help: your provider or administrator has to act. Send them this question (and the report from the last page).</source>
        <translation>Inget du kan ändra härifrån hjälper: din leverantör eller administratör måste agera. Skicka den här frågan till dem (och rapporten från sista sidan).</translation>
    </message>
    <message>
        <source>Question for your provider</source>
        <translation>Fråga till din leverantör</translation>
    </message>
    <message>
        <source>&amp;Copy the question</source>
        <translation>&amp;Kopiera frågan</translation>
    </message>
    <message>
        <source>Instructions for &amp;mail program:</source>
        <translation>Instruktioner för &amp;e-postprogram:</translation>
    </message>
    <message>
        <source>Mail program for the instructions</source>
        <translation>E-postprogram för instruktionerna</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruktioner</translation>
    </message>
    <message>
        <source>The ways to solve the problem are listed with the most likely first. Pick one, check the values (they are filled in from your account), and click Next: Outbox Doctor tests the new settings before you change your mail program. The instructions below show where to change them in your mail program; pick yours in the list if it is not the right one.</source>
        <translation>Sätten att lösa problemet listas med det mest sannolika först. Välj ett, kontrollera värdena (de är ifyllda från ditt konto) och klicka på Nästa: Outbox Doctor testar de nya inställningarna innan du ändrar ditt e-postprogram. Instruktionerna nedan visar var du ändrar dem i ditt e-postprogram; välj ditt program i listan om det inte är rätt.</translation>
    </message>
    <message>
        <source>&amp;Show the certificate…</source>
        <translation>&amp;Visa certifikatet…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>Visa certifikatet och bestäm om du ska lita på det</translation>
    </message>
    <message>
        <source>In your mail program:</source>
        <comment>instructions for a mail program not in the list</comment>
        <translation>I ditt e-postprogram:</translation>
    </message>
    <message>
        <source>Test a&amp;ll</source>
        <translation>Testa &amp;alla</translation>
    </message>
    <message>
        <source>The server did not accept this user name or password. It said: %1</source>
        <translation>Servern godtog inte det här användarnamnet eller lösenordet. Den svarade: %1</translation>
    </message>
    <message>
        <source>Enter the user name for the login.</source>
        <translation>Ange användarnamnet för inloggningen.</translation>
    </message>
    <message>
        <source>Enter your password: the test logs in with it.</source>
        <translation>Ange ditt lösenord: testet loggar in med det.</translation>
    </message>
    <message>
        <source>Type the name of this network&apos;s outgoing server, or pick one in the list.</source>
        <translation>Skriv namnet på det här nätverkets utgående server, eller välj en i listan.</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name.</source>
        <translation>Ange namnet på den inkommande servern.</translation>
    </message>
    <message>
        <source>Enter the user name and password of the incoming server: the test logs in there first.</source>
        <translation>Ange användarnamn och lösenord för den inkommande servern: testet loggar in där först.</translation>
    </message>
    <message>
        <source>Enter an e-mail address that belongs to the account.</source>
        <translation>Ange en e-postadress som hör till kontot.</translation>
    </message>
    <message>
        <source>Next leads to the report to send with your question.</source>
        <translation>Nästa leder till rapporten som du skickar med din fråga.</translation>
    </message>
    <message>
        <source>Next tests these settings the way your mail program would use them. Nothing is sent, and nothing is changed in your mail program yet.</source>
        <translation>Nästa testar de här inställningarna så som ditt e-postprogram skulle använda dem. Inget skickas, och inget ändras i ditt e-postprogram än.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>Rekommenderat: %1</translation>
    </message>
    <message numerus="yes">
        <source>O&amp;ther ways (%n)</source>
        <comment>fixes other than the recommended one</comment>
        <translation>
            <numerusform>&amp;Övrigt sätt (%n)</numerusform>
            <numerusform>&amp;Övriga sätt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the other ways to solve this</source>
        <translation>Visa de andra sätten att lösa det här</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <comment>a fix</comment>
        <translation>%1 (rekommenderas)</translation>
    </message>
    <message>
        <source>If the other ways do not work, or you would rather not change the settings yourself, ask your provider or administrator. Send them this question (and the report from the last page).</source>
        <translation>Om de andra sätten inte fungerar, eller om du hellre inte vill ändra inställningarna själv, kan du fråga din leverantör eller administratör. Skicka den här frågan till dem (och rapporten från sista sidan).</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password from mail programs. Check its help pages for &quot;app password&quot; or &quot;OAuth2&quot;, then enter the app password here to test it.</source>
        <translation>Din leverantör godtar inte längre ditt vanliga lösenord från e-postprogram. Sök efter ”applösenord” eller ”OAuth2” på leverantörens hjälpsidor och ange sedan applösenordet här för att testa det.</translation>
    </message>
    <message>
        <source>Done: %1 now signs in to this server with OAuth2. Open %1 and send yourself a message; it opens your provider&apos;s sign-in page once.</source>
        <translation>Klart: %1 loggar nu in på den här servern med OAuth2. Öppna %1 och skicka ett meddelande till dig själv; då öppnas leverantörens inloggningssida en gång.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 ändrades inte: %2</translation>
    </message>
    <message>
        <source>&amp;Question for your provider:</source>
        <comment>label of an editable text</comment>
        <translation>F&amp;råga till din leverantör:</translation>
    </message>
    <message>
        <source>Undo the switch of %1 to OAuth2 sign-in</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>Ångra omställningen av %1 till OAuth2-inloggning</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>Säkerhetskopia av filen som den var: %1</translation>
    </message>
    <message>
        <source>The switch could not be undone: %1</source>
        <translation>Omställningen kunde inte ångras: %1</translation>
    </message>
    <message>
        <source>Undone: %1 signs in as it did before; its settings file was restored from the backup.</source>
        <translation>Ångrat: %1 loggar in som förut; programmets inställningsfil återställdes från säkerhetskopian.</translation>
    </message>
    <message>
        <source>&amp;Switch %1 to OAuth2 sign-in for me</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>Ställ om %1 till OAuth2-inloggning åt &amp;mig</translation>
    </message>
    <message>
        <source>Un&amp;do the switch</source>
        <comment>back to the sign-in method the mail program had</comment>
        <translation>&amp;Ångra omställningen</translation>
    </message>
</context>
<context>
    <name>od::Knowledge</name>
    <message>
        <source>You can fix this yourself.</source>
        <translation>Du kan åtgärda det här själv.</translation>
    </message>
    <message>
        <source>Your provider or administrator has to act.</source>
        <translation>Din leverantör eller administratör måste agera.</translation>
    </message>
    <message>
        <source>The problem is on the recipient&apos;s side.</source>
        <translation>Problemet finns på mottagarens sida.</translation>
    </message>
    <message>
        <source>Mail would go through</source>
        <translation>E-posten skulle gå fram</translation>
    </message>
    <message>
        <source>The server accepted the sender and every recipient. Mail sent with these settings would be delivered.</source>
        <translation>Servern godtog avsändaren och alla mottagare. E-post som skickas med de här inställningarna skulle levereras.</translation>
    </message>
    <message>
        <source>The server refuses to pass your mail on</source>
        <translation>Servern vägrar att vidarebefordra din e-post</translation>
    </message>
    <message>
        <source>The server accepts mail for its own addresses but refuses to forward mail to other domains for you, because it does not recognise you as one of its users. This usually happens when you send through your home or work server from another network.</source>
        <translation>Servern tar emot e-post till sina egna adresser men vägrar att vidarebefordra e-post till andra domäner åt dig, eftersom den inte känner igen dig som en av sina användare. Det händer oftast när du skickar via din server hemma eller på jobbet från ett annat nätverk.</translation>
    </message>
    <message>
        <source>The server wants you to log in first</source>
        <translation>Servern vill att du loggar in först</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who log in with a user name and password. Your mail program is sending without logging in.</source>
        <translation>Servern tar bara emot e-post från användare som loggar in med användarnamn och lösenord. Ditt e-postprogram skickar utan att logga in.</translation>
    </message>
    <message>
        <source>The server refused your user name or password</source>
        <translation>Servern avvisade ditt användarnamn eller lösenord</translation>
    </message>
    <message>
        <source>The server asked for a login and refused the user name or password it was given.</source>
        <translation>Servern begärde inloggning och avvisade användarnamnet eller lösenordet som den fick.</translation>
    </message>
    <message>
        <source>The server offers no usable way to log in</source>
        <translation>Servern erbjuder inget användbart sätt att logga in</translation>
    </message>
    <message>
        <source>A login is needed, but this server does not offer a login method Outbox Doctor can use on this connection.</source>
        <translation>Inloggning krävs, men servern erbjuder ingen inloggningsmetod som Outbox Doctor kan använda på den här anslutningen.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection</source>
        <translation>Servern kräver en krypterad anslutning</translation>
    </message>
    <message>
        <source>The server will only continue once the connection is encrypted (STARTTLS or SSL/TLS).</source>
        <translation>Servern fortsätter bara när anslutningen är krypterad (STARTTLS eller SSL/TLS).</translation>
    </message>
    <message>
        <source>An encrypted connection could not be set up</source>
        <translation>En krypterad anslutning kunde inte upprättas</translation>
    </message>
    <message>
        <source>The connection could not be encrypted, so your password was not sent.</source>
        <translation>Anslutningen kunde inte krypteras, så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted</source>
        <translation>Serverns certifikat går inte att lita på</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified. This can be a misconfigured server, or someone on this network intercepting the connection.</source>
        <translation>Serverns identitet kunde inte verifieras. Det kan bero på en felkonfigurerad server, eller på att någon på det här nätverket avlyssnar anslutningen.</translation>
    </message>
    <message>
        <source>The server refuses your sender address</source>
        <translation>Servern avvisar din avsändaradress</translation>
    </message>
    <message>
        <source>The server does not accept mail from this From address, usually because the address does not belong to the account you log in with.</source>
        <translation>Servern tar inte emot e-post från den här Från-adressen, oftast för att adressen inte hör till kontot du loggar in med.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>Mottagarens adress finns inte</translation>
    </message>
    <message>
        <source>The receiving side says there is no mailbox with this address.</source>
        <translation>Mottagarsidan säger att det inte finns någon postlåda med den här adressen.</translation>
    </message>
    <message>
        <source>Your connection or server is blocked</source>
        <translation>Din anslutning eller server är blockerad</translation>
    </message>
    <message>
        <source>The server refuses mail from this network address or server, often because it is on a block list.</source>
        <translation>Servern avvisar e-post från den här nätverksadressen eller servern, ofta för att den finns på en blockeringslista.</translation>
    </message>
    <message>
        <source>Too much mail in a short time</source>
        <translation>För mycket e-post på kort tid</translation>
    </message>
    <message>
        <source>The server has temporarily limited how much you may send. Try again later.</source>
        <translation>Servern har tillfälligt begränsat hur mycket du får skicka. Försök igen senare.</translation>
    </message>
    <message>
        <source>The message itself was refused</source>
        <translation>Själva meddelandet avvisades</translation>
    </message>
    <message>
        <source>The server accepted the addresses but refused the message content.</source>
        <translation>Servern godtog adresserna men avvisade meddelandets innehåll.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Meddelandet är för stort</translation>
    </message>
    <message>
        <source>The message is larger than the server allows.</source>
        <translation>Meddelandet är större än servern tillåter.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>Mottagarens postlåda är full</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room left.</source>
        <translation>Det finns inget utrymme kvar i mottagarens postlåda.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled</source>
        <translation>Mottagarens postlåda är inaktiverad</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but does not accept mail.</source>
        <translation>Mottagarens postlåda finns men tar inte emot e-post.</translation>
    </message>
    <message>
        <source>The sender domain&apos;s checks failed</source>
        <translation>Kontrollerna av avsändardomänen misslyckades</translation>
    </message>
    <message>
        <source>The receiving side checked whether your server may send for your domain (SPF, DKIM, DMARC) and the check failed.</source>
        <translation>Mottagarsidan kontrollerade om din server får skicka för din domän (SPF, DKIM, DMARC) och kontrollen misslyckades.</translation>
    </message>
    <message>
        <source>The message went round in a loop</source>
        <translation>Meddelandet gick runt i en loop</translation>
    </message>
    <message>
        <source>The message was passed between servers too many times.</source>
        <translation>Meddelandet skickades mellan servrar för många gånger.</translation>
    </message>
    <message>
        <source>Delivery took too long and was given up</source>
        <translation>Leveransen tog för lång tid och gavs upp</translation>
    </message>
    <message>
        <source>The sending server tried to deliver the message for a long time without success.</source>
        <translation>Den sändande servern försökte leverera meddelandet länge utan att lyckas.</translation>
    </message>
    <message>
        <source>The connection is blocked on this network</source>
        <translation>Anslutningen är blockerad på det här nätverket</translation>
    </message>
    <message>
        <source>No answer came from the server on this port. Networks in hotels, cafés and many providers block outgoing mail ports, especially port 25.</source>
        <translation>Inget svar kom från servern på den här porten. Nätverk på hotell och kaféer och hos många leverantörer blockerar utgående e-postportar, särskilt port 25.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Servern nekade anslutningen</translation>
    </message>
    <message>
        <source>Nothing accepts connections on this server and port.</source>
        <translation>Ingenting tar emot anslutningar på den här servern och porten.</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>Servern svarar inte</translation>
    </message>
    <message>
        <source>A connection was made, but the server never said hello. Something in between may be intercepting the connection.</source>
        <translation>En anslutning upprättades, men servern hälsade aldrig. Något däremellan kan avlyssna anslutningen.</translation>
    </message>
    <message>
        <source>The server name cannot be found</source>
        <translation>Servernamnet hittas inte</translation>
    </message>
    <message>
        <source>The name of the outgoing server could not be looked up. Check its spelling, or this network may not resolve it.</source>
        <translation>Namnet på den utgående servern kunde inte slås upp. Kontrollera stavningen, eller så kan det här nätverket inte slå upp det.</translation>
    </message>
    <message>
        <source>The server is not available right now</source>
        <translation>Servern är inte tillgänglig just nu</translation>
    </message>
    <message>
        <source>The server said it cannot take mail at the moment.</source>
        <translation>Servern sa att den inte kan ta emot e-post just nu.</translation>
    </message>
    <message>
        <source>The server&apos;s answers make no sense</source>
        <translation>Serverns svar är obegripliga</translation>
    </message>
    <message>
        <source>The server sent something that is not valid SMTP, so the test was stopped. Something in between may be interfering.</source>
        <translation>Servern skickade något som inte är giltig SMTP, så testet stoppades. Något däremellan kan störa.</translation>
    </message>
    <message>
        <source>The cause is not clear</source>
        <translation>Orsaken är oklar</translation>
    </message>
    <message>
        <source>Outbox Doctor could not tell what went wrong from what the server said.</source>
        <translation>Outbox Doctor kunde inte avgöra vad som gick fel utifrån vad servern svarade.</translation>
    </message>
    <message>
        <source>Use the outgoing server of the network you are on</source>
        <translation>Använd den utgående servern för nätverket du är på</translation>
    </message>
    <message>
        <source>Send through the outgoing (SMTP) server of the network you are connected to: your work server at work, or the provider of this connection.</source>
        <translation>Skicka via den utgående servern (SMTP) för nätverket du är ansluten till: din arbetsserver på jobbet, eller leverantören av den här anslutningen.</translation>
    </message>
    <message>
        <source>Turn on authentication for the outgoing server</source>
        <translation>Aktivera autentisering för den utgående servern</translation>
    </message>
    <message>
        <source>Tell your mail program that the outgoing server requires authentication, usually with the same user name and password as for incoming mail.</source>
        <translation>Tala om för ditt e-postprogram att den utgående servern kräver autentisering, oftast med samma användarnamn och lösenord som för inkommande e-post.</translation>
    </message>
    <message>
        <source>Check your incoming mail before sending</source>
        <translation>Kontrollera din inkommande e-post innan du skickar</translation>
    </message>
    <message>
        <source>Some providers let you send only after you have logged in to the incoming (POP3) server from the same connection.</source>
        <translation>Vissa leverantörer låter dig skicka först när du har loggat in på den inkommande servern (POP3) från samma anslutning.</translation>
    </message>
    <message>
        <source>Correct your From or reply address</source>
        <translation>Rätta din Från-adress eller svarsadress</translation>
    </message>
    <message>
        <source>Use an e-mail address that belongs to the account you send through.</source>
        <translation>Använd en e-postadress som hör till kontot du skickar via.</translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or 465 (SSL/TLS)</source>
        <translation>Använd port 587 (STARTTLS) eller 465 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Switch the outgoing server to the submission port 587 with STARTTLS, or 465 with SSL/TLS, and turn on authentication.</source>
        <translation>Byt den utgående servern till inlämningsporten 587 med STARTTLS, eller 465 med SSL/TLS, och aktivera autentisering.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Kontrollera serverns certifikat</translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with what your provider publishes; trust it only if it matches.</source>
        <translation>Jämför certifikatets fingeravtryck med det som din leverantör publicerar; lita bara på det om de stämmer överens.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address</source>
        <translation>Kontrollera mottagarens adress</translation>
    </message>
    <message>
        <source>Make sure the recipient&apos;s address is spelled correctly and still in use.</source>
        <translation>Se till att mottagarens adress är rättstavad och fortfarande används.</translation>
    </message>
    <message>
        <source>Contact your provider or administrator</source>
        <translation>Kontakta din leverantör eller administratör</translation>
    </message>
    <message>
        <source>Send them the report from Outbox Doctor: it contains what they need to help you.</source>
        <translation>Skicka dem rapporten från Outbox Doctor: den innehåller det de behöver för att hjälpa dig.</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>Vänta och försök igen</translation>
    </message>
    <message>
        <source>The problem is temporary. Try again in a while.</source>
        <translation>Problemet är tillfälligt. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The connection security setting does not match the port</source>
        <translation>Inställningen för anslutningssäkerhet passar inte porten</translation>
    </message>
    <message>
        <source>This port expects a different kind of encryption than your mail program is set to use. Port 465 is encrypted from the start (SSL/TLS); ports 587 and 25 start unencrypted and switch with STARTTLS.</source>
        <translation>Den här porten väntar sig en annan sorts kryptering än den ditt e-postprogram är inställt på. Port 465 är krypterad från början (SSL/TLS); portarna 587 och 25 börjar okrypterade och växlar med STARTTLS.</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password for sending</source>
        <translation>Din leverantör godtar inte längre ditt vanliga lösenord för att skicka</translation>
    </message>
    <message>
        <source>The provider wants another way to sign in: its own sign-in page (OAuth2) in your mail program, an app password or authorisation code made in its web settings, or sending (SMTP) switched on there first.</source>
        <translation>Leverantören vill att du loggar in på ett annat sätt: via dess egen inloggningssida (OAuth2) i ditt e-postprogram, med ett applösenord eller en auktoriseringskod som du skapar i dess webbinställningar, eller först efter att du har slagit på sändning (SMTP) där.</translation>
    </message>
    <message>
        <source>Correct the connection security setting</source>
        <translation>Rätta inställningen för anslutningssäkerhet</translation>
    </message>
    <message>
        <source>Set the connection security to what the port expects: SSL/TLS for port 465, STARTTLS for port 587.</source>
        <translation>Ställ in anslutningssäkerheten på det porten väntar sig: SSL/TLS för port 465, STARTTLS för port 587.</translation>
    </message>
    <message>
        <source>Sign in the way your provider now requires</source>
        <translation>Logga in på det sätt din leverantör nu kräver</translation>
    </message>
    <message>
        <source>Switch your mail program to the provider&apos;s own sign-in (OAuth2), or make an app password or authorisation code in the provider&apos;s web settings and use it instead of your normal password. Some providers also need sending (SMTP) switched on there.</source>
        <translation>Ställ om ditt e-postprogram till leverantörens egen inloggning (OAuth2), eller skapa ett applösenord eller en auktoriseringskod i leverantörens webbinställningar och använd det i stället för ditt vanliga lösenord. Hos vissa leverantörer måste du också slå på sändning (SMTP) där.</translation>
    </message>
</context>
<context>
    <name>od::MailWayView</name>
    <message>
        <source>Testing…</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Fungerar</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Nåddes inte</translation>
    </message>
    <message>
        <source>Not sure</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>Inte säkert</translation>
    </message>
    <message>
        <source>The mail&apos;s way</source>
        <translation>E-postens väg</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>hemma</translation>
    </message>
    <message>
        <source>at work</source>
        <translation>på jobbet</translation>
    </message>
    <message>
        <source>on someone else&apos;s network</source>
        <translation>på någon annans nätverk</translation>
    </message>
    <message>
        <source>on this network</source>
        <translation>på det här nätverket</translation>
    </message>
    <message>
        <source>Your outgoing server</source>
        <translation>Din utgående server</translation>
    </message>
    <message>
        <source>The recipient&apos;s server</source>
        <translation>Mottagarens server</translation>
    </message>
    <message>
        <source>another domain</source>
        <translation>en annan domän</translation>
    </message>
    <message>
        <source>From this computer to %1: %2</source>
        <translation>Från den här datorn till %1: %2</translation>
    </message>
    <message>
        <source>From %1 on to %2: %3</source>
        <translation>Från %1 vidare till %2: %3</translation>
    </message>
</context>
<context>
    <name>od::Network</name>
    <message>
        <source>The server closed the connection.</source>
        <translation>Servern stängde anslutningen.</translation>
    </message>
    <message>
        <source>The name was not found.</source>
        <translation>Namnet hittades inte.</translation>
    </message>
    <message>
        <source>This computer has run out of network resources (too many connections are open).</source>
        <translation>Den här datorn har slut på nätverksresurser (för många anslutningar är öppna).</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>Nätverket svarade inte i tid.</translation>
    </message>
    <message>
        <source>The data was too large to send.</source>
        <translation>Datamängden var för stor för att skickas.</translation>
    </message>
    <message>
        <source>The network failed (for example, the connection to it was lost).</source>
        <translation>Nätverket slutade fungera (till exempel bröts anslutningen till det).</translation>
    </message>
    <message>
        <source>The local address is already in use.</source>
        <translation>Den lokala adressen används redan.</translation>
    </message>
    <message>
        <source>The address to send from does not belong to this computer.</source>
        <translation>Adressen som det skulle skickas från tillhör inte den här datorn.</translation>
    </message>
    <message>
        <source>This computer does not support the network operation (for example, IPv6 is switched off).</source>
        <translation>Den här datorn stöder inte nätverksåtgärden (till exempel är IPv6 avstängt).</translation>
    </message>
    <message>
        <source>An earlier network operation had not finished.</source>
        <translation>En tidigare nätverksåtgärd var inte klar.</translation>
    </message>
    <message>
        <source>The proxy wants a login.</source>
        <translation>Proxyservern kräver en inloggning.</translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) could not be set up.</source>
        <translation>Den krypterade anslutningen (SSL/TLS) kunde inte upprättas.</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>Proxyservern avvisade anslutningen.</translation>
    </message>
    <message>
        <source>The proxy closed the connection.</source>
        <translation>Proxyservern stängde anslutningen.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>Proxyservern svarade inte i tid.</translation>
    </message>
    <message>
        <source>The proxy was not found.</source>
        <translation>Proxyservern hittades inte.</translation>
    </message>
    <message>
        <source>The proxy&apos;s answer could not be understood.</source>
        <translation>Proxyserverns svar gick inte att förstå.</translation>
    </message>
    <message>
        <source>The network operation was not possible in the connection&apos;s state.</source>
        <translation>Nätverksåtgärden var inte möjlig i anslutningens nuvarande tillstånd.</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) failed.</source>
        <translation>Krypteringsbiblioteket (SSL/TLS) misslyckades.</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) was given invalid data.</source>
        <translation>Krypteringsbiblioteket (SSL/TLS) fick ogiltiga data.</translation>
    </message>
    <message>
        <source>A passing network error occurred.</source>
        <translation>Ett tillfälligt nätverksfel inträffade.</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>Ett okänt nätverksfel inträffade.</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>Certifikatet har återkallats</translation>
    </message>
    <message>
        <source>This computer has no support for encrypted connections (SSL/TLS)</source>
        <translation>Den här datorn har inget stöd för krypterade anslutningar (SSL/TLS)</translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked could not be checked</source>
        <translation>Det gick inte att kontrollera om certifikatet har återkallats</translation>
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
        <translation>Hjälp: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>button of the help window</comment>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button</comment>
        <translation>&lt; Till&amp;baka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button</comment>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>wizard button</comment>
        <translation>&amp;Färdig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>wizard button</comment>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>wizard button</comment>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Save a report first?</source>
        <translation>Spara en rapport först?</translation>
    </message>
    <message>
        <source>Close Outbox Doctor?</source>
        <translation>Stänga Outbox Doctor?</translation>
    </message>
    <message>
        <source>The test results are lost when Outbox Doctor closes. A report keeps them for your provider or helpdesk; your password is never in it.</source>
        <translation>Testresultaten försvinner när Outbox Doctor stängs. En rapport sparar dem åt din leverantör eller supporten; ditt lösenord finns aldrig med i den.</translation>
    </message>
    <message>
        <source>What you typed is not kept.</source>
        <translation>Det du har skrivit sparas inte.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Spa&amp;ra rapport…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>Stäng &amp;utan att spara</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Låt vara öppet</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>od::Pop3Login</name>
    <message>
        <source>The incoming mail server closed the connection.</source>
        <translation>Den inkommande servern stängde anslutningen.</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server %1 (%2) port %3 first</source>
        <translation>Loggar först in på den inkommande servern %1 (%2) port %3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Testet avbröts.</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Krypterad (%1)</translation>
    </message>
    <message>
        <source>The incoming mail server did not answer the connection attempt.</source>
        <translation>Den inkommande servern svarade inte på anslutningsförsöket.</translation>
    </message>
    <message>
        <source>The incoming mail server did not greet.</source>
        <translation>Den inkommande servern hälsade inte.</translation>
    </message>
    <message>
        <source>The incoming mail server stopped answering.</source>
        <translation>Den inkommande servern slutade svara.</translation>
    </message>
    <message>
        <source>The incoming mail server sent a line that is far too long.</source>
        <translation>Den inkommande servern skickade en rad som är alldeles för lång.</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>En inställning innehåller en radbrytning, så kommandot skickades inte.</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption (STLS).</source>
        <translation>Den inkommande servern erbjuder inte kryptering (STLS).</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption, so your password was not sent.</source>
        <translation>Den inkommande servern erbjuder inte kryptering, så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <source>The incoming mail server sent something that is not a POP3 answer.</source>
        <translation>Den inkommande servern skickade något som inte är ett POP3-svar.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the connection.</source>
        <translation>Den inkommande servern nekade anslutningen.</translation>
    </message>
    <message>
        <source>The incoming mail server refused to start encryption.</source>
        <translation>Den inkommande servern vägrade att starta kryptering.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the user name.</source>
        <translation>Den inkommande servern avvisade användarnamnet.</translation>
    </message>
    <message>
        <source>The incoming mail server refused the login.</source>
        <translation>Den inkommande servern avvisade inloggningen.</translation>
    </message>
    <message>
        <source>Logged in to the incoming mail server.</source>
        <translation>Inloggad på den inkommande servern.</translation>
    </message>
</context>
<context>
    <name>od::ProbeView</name>
    <message>
        <source>Step</source>
        <comment>column header</comment>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column header</comment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Teststeg</translation>
    </message>
    <message>
        <source>Show the con&amp;versation with the server</source>
        <translation>Visa &amp;dialogen med servern</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>Visa dialogen med servern</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>Dialogen med servern</translation>
    </message>
    <message>
        <source>Incoming server first (POP3): %1</source>
        <translation>Inkommande server först (POP3): %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>test result</comment>
        <translation>Fungerar</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Väntar på servern…</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>test step</comment>
        <translation>Nåddes inte</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>test step</comment>
        <translation>lyckades</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>test step</comment>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>test step</comment>
        <translation>pågår</translation>
    </message>
    <message>
        <source>not reached</source>
        <comment>test step</comment>
        <translation>nåddes inte</translation>
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
        <translation>Microsoft 365 godtar inte längre lösenord från e-postprogram: välj OAuth2 som autentiseringsmetod (ditt e-postprogram öppnar då Microsofts inloggningssida). Din administratör måste tillåta sändning från e-postprogram (SMTP AUTH) för din postlåda.</translation>
    </message>
    <message>
        <source>Outlook.com accepts only Microsoft&apos;s own sign-in from mail programs (since 16 September 2024): choose OAuth2 as the authentication method. A password or an app password no longer works.</source>
        <translation>Outlook.com godtar bara Microsofts egen inloggning från e-postprogram (sedan den 16 september 2024): välj OAuth2 som autentiseringsmetod. Ett lösenord eller ett applösenord fungerar inte längre.</translation>
    </message>
    <message>
        <source>Gmail: choose OAuth2 as the authentication method (your mail program then opens Google&apos;s sign-in page), or turn on 2-Step Verification and create an app password at myaccount.google.com/apppasswords to use instead of your password.</source>
        <translation>Gmail: välj OAuth2 som autentiseringsmetod (ditt e-postprogram öppnar då Googles inloggningssida), eller aktivera tvåstegsverifiering och skapa ett applösenord på myaccount.google.com/apppasswords som du använder i stället för ditt lösenord.</translation>
    </message>
    <message>
        <source>Yahoo Mail: choose OAuth2 as the authentication method if your mail program offers it, or create an app password on your Yahoo Account Security page (&quot;Create app password&quot;) and use it instead of your password.</source>
        <translation>Yahoo Mail: välj OAuth2 som autentiseringsmetod om ditt e-postprogram erbjuder det, eller skapa ett applösenord på säkerhetssidan för ditt Yahoo-konto (”Skapa applösenord”) och använd det i stället för ditt lösenord.</translation>
    </message>
    <message>
        <source>iCloud Mail: create an app-specific password at appleid.apple.com (Sign-In and Security, App-Specific Passwords; two-factor authentication must be on) and use it instead of your Apple Account password.</source>
        <translation>iCloud Mail: skapa ett appspecifikt lösenord på appleid.apple.com (Inloggning och säkerhet, Appspecifika lösenord; tvåfaktorsautentisering måste vara aktiverad) och använd det i stället för lösenordet till ditt Apple-konto.</translation>
    </message>
    <message>
        <source>NetEase Mail: in the web mail&apos;s settings, turn on the POP3/SMTP service and use the client authorisation code it gives you instead of your password.</source>
        <translation>NetEase Mail: aktivera tjänsten POP3/SMTP i webbmejlens inställningar och använd den klientauktoriseringskod som du får där i stället för ditt lösenord.</translation>
    </message>
    <message>
        <source>QQ Mail: in Settings, Account, turn on the POP3/SMTP service and generate an authorisation code; use it instead of your QQ password.</source>
        <translation>QQ Mail: aktivera tjänsten POP3/SMTP under Inställningar, Konto och generera en auktoriseringskod; använd den i stället för ditt QQ-lösenord.</translation>
    </message>
</context>
<context>
    <name>od::RelayReasoning</name>
    <message>
        <source>The recipient is in the same domain as your account, so the server delivers the message itself: no relaying is involved, and it should go through from anywhere.</source>
        <translation>Mottagaren finns i samma domän som ditt konto, så servern levererar meddelandet själv: ingen vidarebefordran behövs, och det bör gå fram var du än är.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are on the network this server trusts, so it should accept that. If it refuses anyway, the provider has changed its rules, for example it now wants you to log in.</source>
        <translation>Mottagaren finns i en annan domän, så servern måste vidarebefordra meddelandet. Du är på det nätverk som servern litar på, så den bör godta det. Om den ändå vägrar har leverantören ändrat sina regler, till exempel så att du nu måste logga in.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are not on the network this server trusts, so it cannot tell you from a stranger and will usually refuse, unless you log in to it or send through the server of the network you are on.</source>
        <translation>Mottagaren finns i en annan domän, så servern måste vidarebefordra meddelandet. Du är inte på det nätverk som servern litar på, så den kan inte skilja dig från en främling och vägrar oftast, om du inte loggar in på den eller skickar via servern för det nätverk du är på.</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). This kind of server only relays for users who log in, wherever they are.</source>
        <translation>Mottagaren finns i en annan domän, så servern måste vidarebefordra meddelandet. Den här typen av server vidarebefordrar bara för användare som loggar in, var de än är.</translation>
    </message>
    <message>
        <source>You log in to the server, so it should pass your mail on to any domain, wherever you are.</source>
        <translation>Du loggar in på servern, så den bör vidarebefordra din e-post till alla domäner, var du än är.</translation>
    </message>
    <message>
        <source>Whether this server will pass the message on depends on where you are and whether you log in. Tell Outbox Doctor where you are for a precise answer.</source>
        <translation>Om servern vidarebefordrar meddelandet beror på var du är och om du loggar in. Tala om för Outbox Doctor var du är för att få ett exakt svar.</translation>
    </message>
</context>
<context>
    <name>od::Report</name>
    <message>
        <source>A PDF report can only be made by the graphical program (internal error: no QGuiApplication).</source>
        <translation>En PDF-rapport kan bara skapas av det grafiska programmet (internt fel: ingen QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-filen kunde inte skapas.</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1</source>
        <translation>Rapport från Outbox Doctor: %1</translation>
    </message>
    <message>
        <source>At home, on the provider&apos;s own connection</source>
        <translation>Hemma, på leverantörens egen anslutning</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>På jobbet, på kontorsnätverket</translation>
    </message>
    <message>
        <source>Travelling: hotel, airport, café, mobile hotspot or someone else&apos;s network</source>
        <translation>På resande fot: hotell, flygplats, kafé, mobil surfzon eller någon annans nätverk</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>ingen kryptering</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS om det erbjuds</translation>
    </message>
    <message>
        <source>Looking up the server&apos;s name (DNS)</source>
        <translation>Slår upp serverns namn (DNS)</translation>
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation>Ansluter (TCP)</translation>
    </message>
    <message>
        <source>Encrypting the connection (SSL/TLS)</source>
        <translation>Krypterar anslutningen (SSL/TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Serverns hälsning</translation>
    </message>
    <message>
        <source>Encrypting the connection (after STARTTLS)</source>
        <translation>Krypterar anslutningen (efter STARTTLS)</translation>
    </message>
    <message>
        <source>EHLO after encryption</source>
        <translation>EHLO efter kryptering</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>Loggar in (AUTH)</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Avsändare (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s own domain (RCPT TO)</source>
        <translation>Mottagare i avsändarens egen domän (RCPT TO)</translation>
    </message>
    <message>
        <source>Recipient in another domain (RCPT TO)</source>
        <translation>Mottagare i en annan domän (RCPT TO)</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Skickar testmeddelandet</translation>
    </message>
    <message>
        <source>Logging in to the incoming server (POP3)</source>
        <translation>Loggar in på den inkommande servern (POP3)</translation>
    </message>
    <message>
        <source>The conversation was completed.</source>
        <translation>Dialogen slutfördes.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>Serverns namn kunde inte slås upp.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>Anslutningen nekades.</translation>
    </message>
    <message>
        <source>No connection could be made in time (the port may be blocked).</source>
        <translation>Ingen anslutning kunde upprättas i tid (porten kan vara blockerad).</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Ett nätverksfel inträffade.</translation>
    </message>
    <message>
        <source>The server did not greet in time.</source>
        <translation>Servern hälsade inte i tid.</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting.</source>
        <translation>Servern stängde anslutningen innan den hälsade.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid SMTP.</source>
        <translation>Serverns svar var inte giltig SMTP.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Servern svarade inte i tid.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Servern stängde anslutningen.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up.</source>
        <translation>Den krypterade anslutningen kunde inte upprättas.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Serverns certifikat kunde inte verifieras.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Servern erbjuder inte STARTTLS.</translation>
    </message>
    <message>
        <source>The password was not sent, because the connection was not encrypted.</source>
        <translation>Lösenordet skickades inte, eftersom anslutningen inte var krypterad.</translation>
    </message>
    <message>
        <source>The server does not offer to log in.</source>
        <translation>Servern erbjuder ingen inloggning.</translation>
    </message>
    <message>
        <source>The server refused.</source>
        <translation>Servern avvisade.</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>Testet stoppades.</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>utfärdat av en utfärdare som den här datorn inte litar på</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>självsignerat</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>har gått ut</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>ännu inte giltigt</translation>
    </message>
    <message>
        <source>issued for another server name</source>
        <translation>utfärdat för ett annat servernamn</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>other verification error</source>
        <translation>annat verifieringsfel</translation>
    </message>
    <message>
        <source>solved the problem</source>
        <translation>löste problemet</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>hjälpte inte</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>inte testat än</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1, port %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2), port %3 (%4)</source>
        <translation>%1 (%2), port %3 (%4)</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Utgående server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Avgjordes i steget</translation>
    </message>
    <message>
        <source>The server&apos;s reply</source>
        <translation>Serverns svar</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>Testtidpunkt</translation>
    </message>
    <message>
        <source>The settings could not be tested</source>
        <translation>Inställningarna kunde inte testas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>A pasted error message (no live test was run)</source>
        <translation>Ett inklistrat felmeddelande (inget test kördes)</translation>
    </message>
    <message>
        <source>Where the user is</source>
        <translation>Var användaren är</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(inget svar)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hej!</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2, port %3 (%4), with Outbox Doctor.</source>
        <translation>Den %1 testade jag att skicka e-post via %2, port %3 (%4), med Outbox Doctor.</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2 with Outbox Doctor.</source>
        <translation>Den %1 testade jag att skicka e-post via %2 med Outbox Doctor.</translation>
    </message>
    <message>
        <source>When I send mail, I get an error message. The server&apos;s reply in it is: &quot;%1&quot;</source>
        <translation>När jag skickar e-post får jag ett felmeddelande. Serverns svar i det är: ”%1”</translation>
    </message>
    <message>
        <source>The test shows that the server would accept my mail. If my messages still do not arrive, could you check whether something after your server refuses them?</source>
        <translation>Testet visar att servern skulle ta emot min e-post. Om mina meddelanden ändå inte kommer fram, kan ni kontrollera om något efter er server avvisar dem?</translation>
    </message>
    <message>
        <source>The server accepts recipients in its own domain but refuses recipients in other domains. It replied: &quot;%1&quot;</source>
        <translation>Servern tar emot mottagare i sin egen domän men avvisar mottagare i andra domäner. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>Do I have to log in (SMTP authentication) to send to other domains, and with which port and encryption? If I should use another server from this network, which one?</source>
        <translation>Måste jag logga in (SMTP-autentisering) för att skicka till andra domäner, och med vilken port och kryptering? Om jag ska använda en annan server från det här nätverket, vilken i så fall?</translation>
    </message>
    <message>
        <source>The server asks me to log in before it accepts mail. It replied: &quot;%1&quot;</source>
        <translation>Servern ber mig logga in innan den tar emot e-post. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>Which user name, login method, port and encryption should I use for sending?</source>
        <translation>Vilket användarnamn, vilken inloggningsmetod, port och kryptering ska jag använda för att skicka?</translation>
    </message>
    <message>
        <source>The server refused my login. It replied: &quot;%1&quot;</source>
        <translation>Servern avvisade min inloggning. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>The server refused my login as %1. It replied: &quot;%2&quot;</source>
        <translation>Servern avvisade min inloggning som %1. Den svarade: ”%2”</translation>
    </message>
    <message>
        <source>Is my account allowed to send mail, is this the right user name, and do I need a separate password for mail programs (an app password)?</source>
        <translation>Får mitt konto skicka e-post, är det här rätt användarnamn, och behöver jag ett separat lösenord för e-postprogram (ett applösenord)?</translation>
    </message>
    <message>
        <source>A login seems to be needed, but the server offers no login method my mail program can use on this connection.</source>
        <translation>En inloggning verkar behövas, men servern erbjuder ingen inloggningsmetod som mitt e-postprogram kan använda på den här anslutningen.</translation>
    </message>
    <message>
        <source>On which port and with which encryption should I log in to send mail?</source>
        <translation>På vilken port och med vilken kryptering ska jag logga in för att skicka e-post?</translation>
    </message>
    <message>
        <source>An encrypted connection to the server could not be used. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>En krypterad anslutning till servern kunde inte användas. Serverns senaste svar var: ”%1”</translation>
    </message>
    <message>
        <source>Which port and which encryption (STARTTLS or SSL/TLS) does your server support for sending?</source>
        <translation>Vilken port och vilken kryptering (STARTTLS eller SSL/TLS) har er server stöd för vid sändning?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Its SHA-256 fingerprint is %2.</source>
        <translation>Serverns certifikat kunde inte verifieras (%1). Dess SHA-256-fingeravtryck är %2.</translation>
    </message>
    <message>
        <source>Is this your server&apos;s certificate? Can you install a certificate that mail programs can verify, or tell me which server name to use?</source>
        <translation>Är det här er servers certifikat? Kan ni installera ett certifikat som e-postprogram kan verifiera, eller tala om vilket servernamn jag ska använda?</translation>
    </message>
    <message>
        <source>The server refused my sender address. It replied: &quot;%1&quot;</source>
        <translation>Servern avvisade min avsändaradress. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>The server refused my sender address %1. It replied: &quot;%2&quot;</source>
        <translation>Servern avvisade min avsändaradress %1. Den svarade: ”%2”</translation>
    </message>
    <message>
        <source>Which sender (From) addresses may I use with this account?</source>
        <translation>Vilka avsändaradresser (Från) får jag använda med det här kontot?</translation>
    </message>
    <message>
        <source>I could not get an answer from the server on port(s) %1 from the network I am on.</source>
        <translation>Jag fick inget svar från servern på port(ar) %1 från nätverket jag är ansluten till.</translation>
    </message>
    <message>
        <source>Which server names and ports do you support for sending mail (587, 465), and could something on your side or on this network be blocking the connection?</source>
        <translation>Vilka servernamn och portar har ni stöd för när man skickar e-post (587, 465), och kan något hos er eller på det här nätverket blockera anslutningen?</translation>
    </message>
    <message>
        <source>The name of the outgoing server, %1, could not be found from the network I am on.</source>
        <translation>Namnet på den utgående servern, %1, kunde inte hittas från nätverket jag är ansluten till.</translation>
    </message>
    <message>
        <source>What is the correct name of your outgoing mail server?</source>
        <translation>Vad är det korrekta namnet på er utgående e-postserver?</translation>
    </message>
    <message>
        <source>The server refused my connection or my mail. It replied: &quot;%1&quot;</source>
        <translation>Servern avvisade min anslutning eller min e-post. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>Is my connection on a block list, and how can I get it removed?</source>
        <translation>Finns min anslutning på en blockeringslista, och hur får jag den borttagen?</translation>
    </message>
    <message>
        <source>Is my address %1 (or the address my network uses to reach you) on a block list, and how can I get it removed?</source>
        <translation>Finns min adress %1 (eller adressen mitt nätverk använder för att nå er) på en blockeringslista, och hur får jag den borttagen?</translation>
    </message>
    <message>
        <source>The server limited how much I may send. It replied: &quot;%1&quot;</source>
        <translation>Servern begränsade hur mycket jag får skicka. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>What are the sending limits for my account, and when can I send again?</source>
        <translation>Vilka sändningsgränser gäller för mitt konto, och när kan jag skicka igen?</translation>
    </message>
    <message>
        <source>The server refused my mail. It replied: &quot;%1&quot;</source>
        <translation>Servern avvisade min e-post. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>What do I need to change so that my mail is accepted?</source>
        <translation>Vad behöver jag ändra för att min e-post ska tas emot?</translation>
    </message>
    <message>
        <source>I am at home, on your own connection.</source>
        <translation>Jag är hemma, på er egen anslutning.</translation>
    </message>
    <message>
        <source>I am at work, on the office network.</source>
        <translation>Jag är på jobbet, på kontorsnätverket.</translation>
    </message>
    <message>
        <source>I am travelling and connected through someone else&apos;s network (hotel, airport, café or mobile hotspot).</source>
        <translation>Jag är på resande fot och ansluten via någon annans nätverk (hotell, flygplats, kafé eller mobil surfzon).</translation>
    </message>
    <message>
        <source>The attached report contains the complete conversation with the server, without my password.</source>
        <translation>Den bifogade rapporten innehåller hela dialogen med servern, utan mitt lösenord.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Tack på förhand.</translation>
    </message>
    <message>
        <source>Question for the provider or administrator</source>
        <translation>Fråga till leverantören eller administratören</translation>
    </message>
    <message>
        <source>A message you can send as it is:</source>
        <translation>Ett meddelande som du kan skicka som det är:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>In the user&apos;s words</source>
        <translation>Med användarens egna ord</translation>
    </message>
    <message>
        <source>Local address used</source>
        <translation>Lokal adress som användes</translation>
    </message>
    <message>
        <source>Source address requested</source>
        <translation>Begärd källadress</translation>
    </message>
    <message>
        <source>Account settings used</source>
        <translation>Kontoinställningar som användes</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Utgående server (SMTP)</translation>
    </message>
    <message>
        <source>The name resolves to</source>
        <translation>Namnet motsvarar</translation>
    </message>
    <message>
        <source>Name lookup failed</source>
        <translation>Namnuppslagningen misslyckades</translation>
    </message>
    <message>
        <source>Ports and security tested</source>
        <translation>Testade portar och säkerhet</translation>
    </message>
    <message>
        <source>none (no user name given)</source>
        <translation>ingen (inget användarnamn angivet)</translation>
    </message>
    <message>
        <source>the strongest the server offers</source>
        <translation>den starkaste som servern erbjuder</translation>
    </message>
    <message>
        <source>%1 (used: %2)</source>
        <translation>%1 (använd: %2)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>not included in this report</source>
        <translation>ingår inte i den här rapporten</translation>
    </message>
    <message>
        <source>Sender address (MAIL FROM)</source>
        <translation>Avsändaradress (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s domain</source>
        <translation>Mottagare i avsändarens domän</translation>
    </message>
    <message>
        <source>Recipients in other domains</source>
        <translation>Mottagare i andra domäner</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-namn</translation>
    </message>
    <message>
        <source>Log in to POP3 first</source>
        <translation>Logga in på POP3 först</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities</source>
        <translation>Extra betrodda certifikatutfärdare</translation>
    </message>
    <message>
        <source>Test message really sent</source>
        <translation>Testmeddelandet skickades faktiskt</translation>
    </message>
    <message>
        <source>Servers and ports tried</source>
        <translation>Servrar och portar som provades</translation>
    </message>
    <message>
        <source>No connection was attempted.</source>
        <translation>Inget anslutningsförsök gjordes.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Serverns svar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>%1 (the verdict is based on this one)</source>
        <translation>%1 (bedömningen bygger på den här)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n capability line(s))</source>
        <translation>
            <numerusform>%1 (och %n funktionsrad)</numerusform>
            <numerusform>%1 (och %n funktionsrader)</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hur det slutade</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, godkänd</translation>
    </message>
    <message>
        <source>%1, not accepted</source>
        <translation>%1, inte godkänd</translation>
    </message>
    <message>
        <source>Incoming server (POP3) %1, port %2</source>
        <translation>Inkommande server (POP3) %1, port %2</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>inloggad</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Inloggningsmetod</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Serverns funktioner</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Hälsning</translation>
    </message>
    <message>
        <source>Name the server gave</source>
        <translation>Namn som servern angav</translation>
    </message>
    <message>
        <source>Login methods (AUTH)</source>
        <translation>Inloggningsmetoder (AUTH)</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>inga erbjuds</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>erbjuds</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>erbjuds inte</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Största meddelande</translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation>ingen fast gräns</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Extended SMTP (EHLO)</source>
        <translation>Utökad SMTP (EHLO)</translation>
    </message>
    <message>
        <source>not supported; the server only speaks HELO</source>
        <translation>stöds inte; servern kan bara HELO</translation>
    </message>
    <message>
        <source>No server answered, so its capabilities are not known.</source>
        <translation>Ingen server svarade, så dess funktioner är okända.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Namn (CN)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltigt från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternativa namn</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Självsignerat</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-certifikat</translation>
    </message>
    <message>
        <source>%1, port(s) %2</source>
        <translation>%1, port(ar) %2</translation>
    </message>
    <message>
        <source>no certificate was received</source>
        <translation>inget certifikat togs emot</translation>
    </message>
    <message>
        <source>verified: trusted by this computer and valid for the server name</source>
        <translation>verifierat: betrott av den här datorn och giltigt för servernamnet</translation>
    </message>
    <message>
        <source>not verified, but trusted by the user&apos;s explicit decision (by fingerprint)</source>
        <translation>inte verifierat, men betrott genom användarens uttryckliga beslut (via fingeravtryck)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>inte verifierat</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifiering</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>inte upprättad</translation>
    </message>
    <message>
        <source>Handshake failure</source>
        <translation>Fel vid handskakningen</translation>
    </message>
    <message>
        <source>Verification errors, as reported by the TLS library:</source>
        <translation>Verifieringsfel, så som TLS-biblioteket rapporterade dem:</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverns certifikat</translation>
    </message>
    <message>
        <source>Chain certificate %1 of %2</source>
        <translation>Certifikat %1 av %2 i kedjan</translation>
    </message>
    <message>
        <source>No encrypted connection was made, so no certificate was seen.</source>
        <translation>Ingen krypterad anslutning upprättades, så inget certifikat sågs.</translation>
    </message>
    <message>
        <source>Decoded error message</source>
        <translation>Avkodat felmeddelande</translation>
    </message>
    <message>
        <source>No error message was pasted.</source>
        <translation>Inget felmeddelande klistrades in.</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Typ av meddelande</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Who has to act</source>
        <translation>Vem som måste agera</translation>
    </message>
    <message>
        <source>Server that wrote the message</source>
        <translation>Servern som skrev meddelandet</translation>
    </message>
    <message>
        <source>Server in the error dialog</source>
        <translation>Server i feldialogrutan</translation>
    </message>
    <message>
        <source>Account in the error dialog</source>
        <translation>Konto i feldialogrutan</translation>
    </message>
    <message>
        <source>Error numbers</source>
        <translation>Felnummer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>Server som avvisade</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>Den inklistrade texten</translation>
    </message>
    <message numerus="yes">
        <source>Shortened: %n more line(s) not shown.</source>
        <translation>
            <numerusform>Avkortat: %n rad till visas inte.</numerusform>
            <numerusform>Avkortat: %n rader till visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>Program och system</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-version</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (byggt med %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kärna</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapporten skapades</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>Test started</source>
        <translation>Testet startade</translation>
    </message>
    <message>
        <source>Test duration</source>
        <translation>Testets längd</translation>
    </message>
    <message>
        <source>Addresses and names</source>
        <translation>Adresser och namn</translation>
    </message>
    <message>
        <source>replaced by placeholders for sharing</source>
        <translation>ersatta med platshållare för delning</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Times are seconds from the start of the test. &quot;C:&quot; is what Outbox Doctor sent, &quot;S:&quot; the server&apos;s reply, &quot;--&quot; a note; [tls] marks lines inside the encrypted connection. Passwords and login data are replaced by [hidden].</source>
        <translation>Tiderna är sekunder från testets start. ”C:” är det som Outbox Doctor skickade, ”S:” serverns svar, ”--” en anteckning; [tls] markerar rader inom den krypterade anslutningen. Lösenord och inloggningsdata är ersatta med [hidden].</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n rad</numerusform>
            <numerusform>%1 — %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF reports are not available in this program; save the report as .html or .txt instead.</source>
        <translation>PDF-rapporter är inte tillgängliga i det här programmet; spara rapporten som .html eller .txt i stället.</translation>
    </message>
    <message>
        <source>Unknown report format; use a file name ending in .html, .pdf or .txt.</source>
        <translation>Okänt rapportformat; använd ett filnamn som slutar på .html, .pdf eller .txt.</translation>
    </message>
    <message>
        <source>Unknown report format for %1; use a file name ending in .html, .pdf or .txt.</source>
        <translation>Okänt rapportformat för %1; använd ett filnamn som slutar på .html, .pdf eller .txt.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Rapporten kunde inte skapas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>I tested sending mail through %1 with Outbox Doctor.</source>
        <translation>Jag testade att skicka e-post via %1 med Outbox Doctor.</translation>
    </message>
    <message>
        <source>My mail program&apos;s connection security setting (STARTTLS or SSL/TLS) does not seem to match the port. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>Mitt e-postprograms inställning för anslutningssäkerhet (STARTTLS eller SSL/TLS) verkar inte passa porten. Serverns senaste svar var: ”%1”</translation>
    </message>
    <message>
        <source>Which port goes with which encryption (STARTTLS or SSL/TLS) on your server for sending?</source>
        <translation>Vilken port hör ihop med vilken kryptering (STARTTLS eller SSL/TLS) på er server för att skicka?</translation>
    </message>
    <message>
        <source>The server does not accept my normal password for sending. It replied: &quot;%1&quot;</source>
        <translation>Servern godtar inte mitt vanliga lösenord för att skicka. Den svarade: ”%1”</translation>
    </message>
    <message>
        <source>How should a mail program sign in to send mail: with OAuth2, with an app password or authorisation code, or do I have to switch on sending (SMTP) in my account settings first?</source>
        <translation>Hur ska ett e-postprogram logga in för att skicka e-post: med OAuth2, med ett applösenord eller en auktoriseringskod, eller måste jag först slå på sändning (SMTP) i mina kontoinställningar?</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong, so it suggests no fix. The server&apos;s words are listed below.</source>
        <translation>Inte säkert: meddelandet säger inte tydligt nog vad som gick fel, så ingen lösning föreslås. Serverns egna ord står nedan.</translation>
    </message>
    <message>
        <source>The port expects a different security setting.</source>
        <translation>Porten förväntar sig en annan säkerhetsinställning.</translation>
    </message>
    <message>
        <source>Not logged in here, because the password was refused on another port.</source>
        <translation>Inte inloggad här, eftersom lösenordet avvisades på en annan port.</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not offer.</source>
        <translation>En adress kräver SMTPUTF8, som servern inte erbjuder.</translation>
    </message>
    <message>
        <source>The server answered so slowly that the test was stopped.</source>
        <translation>Servern svarade så långsamt att testet stoppades.</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1 — solved</source>
        <translation>Rapport från Outbox Doctor: %1 — löst</translation>
    </message>
    <message>
        <source>a server reply</source>
        <translation>ett serversvar</translation>
    </message>
    <message>
        <source>an Outlook error message</source>
        <translation>ett felmeddelande från Outlook</translation>
    </message>
    <message>
        <source>a delivery status notification (bounce)</source>
        <translation>ett leveransstatusmeddelande (returnerat meddelande)</translation>
    </message>
    <message>
        <source>a bounce from Microsoft Exchange</source>
        <translation>ett returnerat meddelande från Microsoft Exchange</translation>
    </message>
    <message>
        <source>a bounce from Postfix</source>
        <translation>ett returnerat meddelande från Postfix</translation>
    </message>
    <message>
        <source>a bounce from Exim</source>
        <translation>ett returnerat meddelande från Exim</translation>
    </message>
    <message>
        <source>a bounce from qmail</source>
        <translation>ett returnerat meddelande från qmail</translation>
    </message>
    <message>
        <source>a bounce from Sendmail</source>
        <translation>ett returnerat meddelande från Sendmail</translation>
    </message>
    <message>
        <source>a bounce from Gmail</source>
        <translation>ett returnerat meddelande från Gmail</translation>
    </message>
    <message>
        <source>a bounce message</source>
        <translation>ett returnerat meddelande</translation>
    </message>
    <message>
        <source>an error message</source>
        <translation>ett felmeddelande</translation>
    </message>
    <message>
        <source>the mail program</source>
        <translation>e-postprogrammet</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Inställningsfil</translation>
    </message>
    <message>
        <source>Copy made before the change</source>
        <translation>Kopia som gjordes före ändringen</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 to the ones tested: %2.</source>
        <translation>Outbox Doctor ändrade de här inställningarna i %1 till de testade: %2.</translation>
    </message>
    <message>
        <source>To undo the change: close %1, then copy %2 over %3 (it is the file as it was before).</source>
        <translation>Så här ångrar du ändringen: stäng %1 och kopiera sedan %2 över %3 (det är filen som den var förut).</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change the settings of %1: %2</source>
        <translation>Outbox Doctor ändrade inte inställningarna i %1: %2</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 (%2), and the change was then undone: the file is as it was before.</source>
        <translation>Outbox Doctor ändrade de här inställningarna i %1 (%2), och ändringen ångrades sedan: filen är som den var förut.</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>Vad som har provats</translation>
    </message>
    <message>
        <source>Before: the first test</source>
        <translation>Före: det första testet</translation>
    </message>
    <message>
        <source>The error message pasted</source>
        <translation>Det inklistrade felmeddelandet</translation>
    </message>
    <message>
        <source>The fix tried</source>
        <translation>Åtgärden som provades</translation>
    </message>
    <message>
        <source>The fixes tried</source>
        <translation>Åtgärderna som provades</translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation>Provade inställningar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s result: the cause the test after it found</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>After: the test with the new settings</source>
        <translation>Efter: testet med de nya inställningarna</translation>
    </message>
    <message>
        <source>The mail program&apos;s settings</source>
        <translation>E-postprogrammets inställningar</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them. To send mail, change them in the mail program to the settings tested (see &quot;Account settings used&quot;).</source>
        <translation>Outbox Doctor ändrade dem inte. För att kunna skicka e-post ändrar du dem i e-postprogrammet till de testade inställningarna (se ”Kontoinställningar som användes”).</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them.</source>
        <translation>Outbox Doctor ändrade dem inte.</translation>
    </message>
    <message>
        <source>Solved. The first test found: %1. After &quot;%2&quot;, the test with the new settings went through.</source>
        <translation>Löst. Det första testet visade: %1. Efter ”%2” gick testet med de nya inställningarna igenom.</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fix tried did not solve it; the latest test finds: %2.</source>
        <translation>Inte löst än. Det första testet visade: %1. Åtgärden som provades löste det inte; det senaste testet visar: %2.</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fixes tried did not solve it; the latest test finds: %2.</source>
        <translation>Inte löst än. Det första testet visade: %1. Åtgärderna som provades löste det inte; det senaste testet visar: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s title: its description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>I have already tried this, and the test afterwards still failed: %1.</source>
        <translation>Jag har redan provat det här, och testet efteråt misslyckades ändå: %1.</translation>
    </message>
    <message>
        <source>The first test</source>
        <translation>Det första testet</translation>
    </message>
    <message>
        <source>The test after the fix</source>
        <translation>Testet efter åtgärden</translation>
    </message>
    <message>
        <source>offered and used</source>
        <translation>erbjuds och används</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1: %2. Outbox Doctor cannot test this change itself.</source>
        <translation>Outbox Doctor ändrade de här inställningarna i %1: %2. Outbox Doctor kan inte testa ändringen själv.</translation>
    </message>
    <message>
        <source>After: not tested yet</source>
        <translation>Efter: inte testat än</translation>
    </message>
    <message>
        <source>Only %1 itself can show whether this works: send a message from it (to yourself). If it is refused again, the change can be undone as described below.</source>
        <translation>Bara %1 självt kan visa om det här fungerar: skicka ett meddelande därifrån (till dig själv). Om det avvisas igen kan ändringen ångras enligt beskrivningen nedan.</translation>
    </message>
    <message>
        <source>Not tested yet. The first test found: %1. After &quot;%2&quot;, only the mail program itself can show whether mail goes through.</source>
        <translation>Inte testat än. Det första testet visade: %1. Efter ”%2” kan bara e-postprogrammet självt visa om e-posten går fram.</translation>
    </message>
    <message>
        <source>Fixes tried, attempt by attempt</source>
        <translation>Provade åtgärder, försök för försök</translation>
    </message>
    <message>
        <source>changed, then undone</source>
        <comment>a fix&apos;s result</comment>
        <translation>ändrat och sedan ångrat</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Antal försök</translation>
    </message>
    <message>
        <source>Each attempt is listed under &quot;%1&quot;.</source>
        <translation>Varje försök listas under ”%1”.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <comment>a fix&apos;s attempt, numbered</comment>
        <translation>Försök</translation>
    </message>
</context>
<context>
    <name>od::SmtpProbe</name>
    <message>
        <source>Enter the name of the outgoing (SMTP) server.</source>
        <translation>Ange namnet på den utgående servern (SMTP).</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>Servernamnet ”%1” är inte giltigt.</translation>
    </message>
    <message>
        <source>A setting contains a line break or control character; remove it and try again.</source>
        <translation>En inställning innehåller en radbrytning eller ett styrtecken; ta bort det och försök igen.</translation>
    </message>
    <message>
        <source>The password contains a line break; remove it and try again.</source>
        <translation>Lösenordet innehåller en radbrytning; ta bort den och försök igen.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Avsändaradressen ”%1” är inte en giltig e-postadress.</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Mottagaradressen ”%1” är inte en giltig e-postadress.</translation>
    </message>
    <message>
        <source>Port 0 cannot be tested.</source>
        <translation>Port 0 kan inte testas.</translation>
    </message>
    <message>
        <source>Unknown login method &quot;%1&quot;.</source>
        <translation>Okänd inloggningsmetod ”%1”.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Tidsgränser måste vara positiva.</translation>
    </message>
    <message>
        <source>Looking up the name took too long.</source>
        <translation>Namnuppslagningen tog för lång tid.</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>Namnet har ingen användbar adress.</translation>
    </message>
    <message>
        <source>The name %1 has no address that can be reached from here.</source>
        <translation>Namnet %1 har ingen adress som kan nås härifrån.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer, so the test cannot be sent from it.</source>
        <translation>Adressen %1 tillhör inte den här datorn, så testet kan inte skickas från den.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which cannot be sent in a login; check how it was entered.</source>
        <translation>Lösenordet innehåller ett NUL-tecken, som inte kan skickas vid en inloggning; kontrollera hur det angavs.</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break; remove it and try again.</source>
        <translation>Testmeddelandets ämnesrad innehåller en radbrytning; ta bort den och försök igen.</translation>
    </message>
    <message>
        <source>The name could not be looked up: the name servers did not answer, or there is no network.</source>
        <translation>Namnet kunde inte slås upp: namnservrarna svarade inte, eller så finns det inget nätverk.</translation>
    </message>
</context>
<context>
    <name>od::SmtpReplyReader</name>
    <message>
        <source>The server sent a line that is far too long.</source>
        <translation>Servern skickade en rad som är alldeles för lång.</translation>
    </message>
    <message>
        <source>The server sent a reply with far too many lines.</source>
        <translation>Servern skickade ett svar med alldeles för många rader.</translation>
    </message>
    <message>
        <source>The server sent a reply that is far too large.</source>
        <translation>Servern skickade ett svar som är alldeles för stort.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation>Servern skickade något som inte är ett SMTP-svar.</translation>
    </message>
    <message>
        <source>The server changed its reply code in the middle of a reply.</source>
        <translation>Servern bytte svarskod mitt i ett svar.</translation>
    </message>
</context>
<context>
    <name>od::SmtpSession</name>
    <message>
        <source>Not started</source>
        <translation>Inte startad</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Ansluter till servern</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS)</source>
        <translation>Upprättar kryptering (SSL/TLS)</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>Väntar på att servern ska hälsa</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Presenterar oss (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>Presenterar oss på det gamla sättet (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>Begär kryptering (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption (STARTTLS)</source>
        <translation>Upprättar kryptering (STARTTLS)</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>Presenterar oss igen, krypterat</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Loggar in</translation>
    </message>
    <message>
        <source>Asking whether the sender and recipients are accepted</source>
        <translation>Frågar om avsändaren och mottagarna godtas</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Skickar testmeddelandet</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Avslutar dialogen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation>Ansluter till %1 (%2) port %3</translation>
    </message>
    <message>
        <source>Cannot send from the address %1: %2</source>
        <translation>Det går inte att skicka från adressen %1: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Testet avbröts.</translation>
    </message>
    <message>
        <source>Connected from %1</source>
        <translation>Ansluten från %1</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2)</source>
        <translation>Krypterad med %1 (%2)</translation>
    </message>
    <message>
        <source>The certificate did not pass verification: %1</source>
        <translation>Certifikatet klarade inte verifieringen: %1</translation>
    </message>
    <message>
        <source>Continuing because you chose to trust the certificate with fingerprint %1</source>
        <translation>Fortsätter eftersom du valde att lita på certifikatet med fingeravtrycket %1</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Servern nekade anslutningen.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>Servern stängde anslutningen utan att hälsa.</translation>
    </message>
    <message>
        <source>The connection closed while encryption was being set up.</source>
        <translation>Anslutningen stängdes medan krypteringen upprättades.</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>Servern stängde anslutningen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>No answer to the connection attempt within %n second(s).</source>
        <translation>
            <numerusform>Inget svar på anslutningsförsöket inom %n sekund.</numerusform>
            <numerusform>Inget svar på anslutningsförsöket inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not greet within %n second(s).</source>
        <translation>
            <numerusform>Servern hälsade inte inom %n sekund.</numerusform>
            <numerusform>Servern hälsade inte inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption could not be set up in time.</source>
        <translation>Krypteringen kunde inte upprättas i tid.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s) (%1).</source>
        <translation>
            <numerusform>Servern svarade inte inom %n sekund (%1).</numerusform>
            <numerusform>Servern svarade inte inom %n sekunder (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored an unexpected reply from the server.</source>
        <translation>Ignorerade ett oväntat svar från servern.</translation>
    </message>
    <message>
        <source>The server greeted with a refusal.</source>
        <translation>Servern hälsade med en vägran.</translation>
    </message>
    <message>
        <source>The server refused our introduction.</source>
        <translation>Servern avvisade vår presentation.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS), so the test stopped before anything was sent.</source>
        <translation>Servern erbjuder inte kryptering (STARTTLS), så testet stoppades innan något skickades.</translation>
    </message>
    <message>
        <source>The server does not offer encryption, so your password was not sent.</source>
        <translation>Servern erbjuder inte kryptering, så ditt lösenord skickades inte.</translation>
    </message>
    <message>
        <source>The server refused to start encryption.</source>
        <translation>Servern vägrade att starta kryptering.</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n byte(s) the server sent before encryption started.</source>
        <translation>
            <numerusform>Ignorerade %n byte som servern skickade innan krypteringen startade.</numerusform>
            <numerusform>Ignorerade %n byte som servern skickade innan krypteringen startade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not offer to log in here; continuing without logging in.</source>
        <translation>Servern erbjuder ingen inloggning här; fortsätter utan att logga in.</translation>
    </message>
    <message>
        <source>None of the login methods the server offers (%1) can be used; continuing without logging in.</source>
        <translation>Ingen av inloggningsmetoderna som servern erbjuder (%1) kan användas; fortsätter utan att logga in.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Servern avvisade inloggningen.</translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation>Servern vägrade att ta emot meddelandet.</translation>
    </message>
    <message numerus="yes">
        <source>[test message, %n byte(s)]</source>
        <translation>
            <numerusform>[testmeddelande, %n byte]</numerusform>
            <numerusform>[testmeddelande, %n byte]</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the sender.</source>
        <translation>Servern avvisade avsändaren.</translation>
    </message>
    <message>
        <source>The server refused a recipient.</source>
        <translation>Servern avvisade en mottagare.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Servern avvisade meddelandet.</translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation>Testmeddelandet togs emot för leverans.</translation>
    </message>
    <message>
        <source>Test message from Outbox Doctor</source>
        <translation>Testmeddelande från Outbox Doctor</translation>
    </message>
    <message>
        <source>This message was sent by Outbox Doctor to check that mail from this account is delivered.
You can delete it.</source>
        <translation>Det här meddelandet skickades av Outbox Doctor för att kontrollera att e-post från det här kontot levereras.
Du kan ta bort det.</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>En inställning innehåller en radbrytning, så kommandot skickades inte.</translation>
    </message>
    <message>
        <source>Ignored a reply the server sent without being asked.</source>
        <translation>Ignorerade ett svar som servern skickade utan att ha blivit tillfrågad.</translation>
    </message>
    <message>
        <source>The server kept asking for more login data.</source>
        <translation>Servern fortsatte att begära mer inloggningsdata.</translation>
    </message>
    <message numerus="yes">
        <source>The server answers so slowly that the test was stopped after %n second(s).</source>
        <translation>
            <numerusform>Servern svarar så långsamt att testet stoppades efter %n sekund.</numerusform>
            <numerusform>Servern svarar så långsamt att testet stoppades efter %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to log in until the other port has logged in</source>
        <translation>Väntar med att logga in tills den andra porten har loggat in</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>Namnet har ingen användbar adress.</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>Ingen anslutning till %1: %2</translation>
    </message>
    <message>
        <source>Not logged in on this port: the server already refused the password on another port.</source>
        <translation>Inte inloggad på den här porten: servern har redan avvisat lösenordet på en annan port.</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, and this server does not offer SMTPUTF8, which such addresses need; nothing was sent. Use an address written in ASCII only.</source>
        <translation>En adress innehåller tecken utanför ASCII, och den här servern erbjuder inte SMTPUTF8, som sådana adresser kräver; inget skickades. Använd en adress som bara är skriven med ASCII-tecken.</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break, so the message was not sent.</source>
        <translation>Testmeddelandets ämnesrad innehåller en radbrytning, så meddelandet skickades inte.</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it expects SSL/TLS from the start.</source>
        <translation>Porten hälsade inte; en andra anslutning visade att den förväntar sig SSL/TLS från början.</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it speaks plain SMTP.</source>
        <translation>Porten hälsade inte; en andra anslutning visade att den använder vanlig SMTP.</translation>
    </message>
    <message>
        <source>Stopped: the verdict was already clear without this port.</source>
        <translation>Stoppad: bedömningen var redan klar utan den här porten.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Värden kan inte nås</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Nätverket kan inte nås</translation>
    </message>
    <message>
        <source>The connection was not permitted</source>
        <translation>Anslutningen tilläts inte</translation>
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
        <translation>Ditt konto</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Vad som hittades</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Åtgärda</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Testa igen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
</context>
<context>
    <name>od::TestPage</name>
    <message>
        <source>Testing your outgoing server</source>
        <translation>Testar din utgående server</translation>
    </message>
    <message>
        <source>Outbox Doctor talks to the server the way your mail program does, without sending anything.</source>
        <translation>Outbox Doctor pratar med servern på samma sätt som ditt e-postprogram, utan att skicka något.</translation>
    </message>
    <message>
        <source>Testing again</source>
        <translation>Testar igen</translation>
    </message>
    <message>
        <source>The same test, with the settings of the fix.</source>
        <translation>Samma test, med inställningarna från åtgärden.</translation>
    </message>
    <message>
        <source>Sender %1, a recipient at the provider&apos;s own domain and one elsewhere (%2). Each row is one step of the conversation; click a row and show the conversation to see the server&apos;s exact words.</source>
        <translation>Avsändare %1, en mottagare i leverantörens egen domän och en någon annanstans (%2). Varje rad är ett steg i dialogen; klicka på en rad och visa dialogen för att se serverns exakta ord.</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Avbryt testet</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Avbryt testet</translation>
    </message>
    <message>
        <source>&amp;Repeat test</source>
        <translation>&amp;Upprepa testet</translation>
    </message>
    <message>
        <source>Repeat the test</source>
        <translation>Upprepa testet</translation>
    </message>
    <message>
        <source>&amp;Show certificate…</source>
        <translation>&amp;Visa certifikat…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>Visa certifikatet och bestäm om du ska lita på det</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the test stopped before sending your password. Look at the certificate to decide whether to trust it for this test.</source>
        <translation>Serverns certifikat kunde inte verifieras, så testet stoppades innan ditt lösenord skickades. Titta på certifikatet för att bestämma om du ska lita på det under det här testet.</translation>
    </message>
    <message>
        <source>The test connects to the outgoing server on each likely port at the same time and goes through the steps your mail program would: greeting, encryption, login, sender and two recipients. Nothing is sent. A tick means the step worked, a cross that the server refused or something failed. Click &quot;Show the conversation with the server&quot; to read what was said. &quot;Cancel test&quot; stops it at once; when the result is in, click Next for the explanation.</source>
        <translation>Testet ansluter till den utgående servern på alla troliga portar samtidigt och går igenom stegen som ditt e-postprogram skulle gå igenom: hälsning, kryptering, inloggning, avsändare och två mottagare. Inget skickas. En bock betyder att steget fungerade, ett kryss att servern avvisade eller att något misslyckades. Klicka på ”Visa dialogen med servern” för att läsa vad som sades. ”Avbryt testet” stoppar det direkt; när resultatet är klart klickar du på Nästa för att få förklaringen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testar %1…</translation>
    </message>
    <message>
        <source>The test was cancelled. Click &quot;Repeat test&quot; to run it again.</source>
        <translation>Testet avbröts. Klicka på ”Upprepa testet” för att köra det igen.</translation>
    </message>
    <message>
        <source>It works: %1.</source>
        <translation>Det fungerar: %1.</translation>
    </message>
    <message>
        <source>Problem found: %1.</source>
        <translation>Problem hittat: %1.</translation>
    </message>
    <message>
        <source>%1 (still finishing the other ports)</source>
        <translation>%1 (de andra portarna testas fortfarande)</translation>
    </message>
    <message>
        <source>Enter the &amp;password again</source>
        <translation>Ange &amp;lösenordet igen</translation>
    </message>
    <message>
        <source>Go back and enter the password again</source>
        <translation>Gå tillbaka och ange lösenordet igen</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. It said: %1</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet. Den svarade: %1</translation>
    </message>
</context>
<context>
    <name>od::WelcomePage</name>
    <message>
        <source>Welcome to Outbox Doctor</source>
        <translation>Välkommen till Outbox Doctor</translation>
    </message>
    <message>
        <source>Find out why your outgoing mail is refused, and fix it step by step.</source>
        <translation>Ta reda på varför din utgående e-post avvisas och åtgärda det steg för steg.</translation>
    </message>
    <message>
        <source>Outbox Doctor tests your outgoing mail server the way your mail program uses it, explains in plain words what goes wrong, and guides you to a setting that works. Nothing is sent to anyone during the test.</source>
        <translation>Outbox Doctor testar din utgående e-postserver på samma sätt som ditt e-postprogram använder den, förklarar med enkla ord vad som går fel och guidar dig till en inställning som fungerar. Inget skickas till någon under testet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>If you got an error message or a returned mail, &amp;paste it here (optional):</source>
        <translation>Om du har fått ett felmeddelande eller ett returnerat meddelande kan du &amp;klistra in det här (valfritt):</translation>
    </message>
    <message>
        <source>Pasted error message</source>
        <translation>Inklistrat felmeddelande</translation>
    </message>
    <message>
        <source>For example: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</source>
        <translation>Till exempel: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</translation>
    </message>
    <message>
        <source>No server reply found in this text yet. You can go on without it.</source>
        <translation>Inget serversvar hittades i den här texten än. Du kan fortsätta utan det.</translation>
    </message>
    <message>
        <source>This looks like: %1
%2
The server said: &quot;%3&quot;</source>
        <translation>Det här ser ut som: %1
%2
Servern svarade: ”%3”</translation>
    </message>
    <message>
        <source>This looks like: %1
%2</source>
        <translation>Det här ser ut som: %1
%2</translation>
    </message>
    <message>
        <source>Not sure what went wrong: this message does not say it clearly enough. The test on the next pages will find out.
The server said: &quot;%1&quot;</source>
        <translation>Inte säkert vad som gick fel: det här meddelandet säger det inte tydligt nog. Testet på nästa sidor tar reda på det.
Servern svarade: ”%1”</translation>
    </message>
    <message>
        <source>Where are you right now? Choose one to start:</source>
        <translation>Var är du just nu? Välj ett alternativ för att börja:</translation>
    </message>
    <message>
        <source>At h&amp;ome, on my provider&apos;s connection</source>
        <translation>H&amp;emma, via min leverantörs anslutning</translation>
    </message>
    <message>
        <source>Your internet connection comes from the provider whose mail address you use.</source>
        <translation>Din internetanslutning kommer från leverantören vars e-postadress du använder.</translation>
    </message>
    <message>
        <source>At &amp;work or in an office</source>
        <translation>På &amp;jobbet eller på ett kontor</translation>
    </message>
    <message>
        <source>On your company&apos;s or organisation&apos;s network.</source>
        <translation>På ditt företags eller din organisations nätverk.</translation>
    </message>
    <message>
        <source>&amp;Travelling or on someone else&apos;s network</source>
        <translation>På &amp;resande fot eller på någon annans nätverk</translation>
    </message>
    <message>
        <source>A hotel, an airport, a café, a mobile hotspot, a friend&apos;s Wi-Fi.</source>
        <translation>Ett hotell, en flygplats, ett kafé, en mobil surfzon, en väns wifi.</translation>
    </message>
    <message>
        <source>Not &amp;sure</source>
        <comment>location</comment>
        <translation>Vet &amp;inte</translation>
    </message>
    <message>
        <source>Outbox Doctor will find out what the server accepts from here.</source>
        <translation>Outbox Doctor tar reda på vad servern tar emot härifrån.</translation>
    </message>
    <message>
        <source>Choose the language you want to use. If your mail program showed an error, or a message came back to you, copy its text and paste it into the box: Outbox Doctor reads the server&apos;s answer in it and tells you what it means. Then choose where you are: mail servers accept mail for other domains only from their own network or from users who log in, so the network you are on matters. If you are not sure, choose &quot;Not sure&quot;.</source>
        <translation>Välj det språk du vill använda. Om ditt e-postprogram visade ett fel, eller om ett meddelande kom tillbaka till dig, kopierar du texten och klistrar in den i rutan: Outbox Doctor läser serverns svar i den och berättar vad det betyder. Välj sedan var du är: e-postservrar tar bara emot e-post till andra domäner från sitt eget nätverk eller från användare som loggar in, så det spelar roll vilket nätverk du är ansluten till. Om du inte är säker väljer du ”Vet inte”.</translation>
    </message>
</context>
<context>
    <name>od::WizardState</name>
    <message>
        <source>no change of the mail program&apos;s settings to undo.</source>
        <translation>det finns ingen ändring av e-postprogrammets inställningar att ångra.</translation>
    </message>
</context>
<context>
    <name>od::WizardTexts</name>
    <message>
        <source>Looking up the server&apos;s address</source>
        <translation>Slår upp serverns adress</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Ansluter till servern</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS) and checking the certificate</source>
        <translation>Upprättar kryptering (SSL/TLS) och kontrollerar certifikatet</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>Väntar på att servern ska hälsa</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Presenterar oss (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>Presenterar oss på det gamla sättet (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>Begär kryptering (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption and checking the certificate</source>
        <translation>Upprättar kryptering och kontrollerar certifikatet</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>Presenterar oss igen, krypterat</translation>
    </message>
    <message>
        <source>Logging in with your user name and password</source>
        <translation>Loggar in med ditt användarnamn och lösenord</translation>
    </message>
    <message>
        <source>Giving your address as the sender</source>
        <translation>Anger din adress som avsändare</translation>
    </message>
    <message>
        <source>Asking to send to the provider&apos;s own postmaster</source>
        <translation>Begär att få skicka till leverantörens egen postmaster</translation>
    </message>
    <message>
        <source>Asking to send to an address elsewhere</source>
        <translation>Begär att få skicka till en adress någon annanstans</translation>
    </message>
    <message>
        <source>Cancelling the test message (nothing is sent)</source>
        <translation>Avbryter testmeddelandet (inget skickas)</translation>
    </message>
    <message>
        <source>Starting the test message</source>
        <translation>Påbörjar testmeddelandet</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Skickar testmeddelandet</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Avslutar dialogen</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server first</source>
        <translation>Loggar först in på den inkommande servern</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>connection security</comment>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>connection security</comment>
        <translation>Ingen (okrypterad)</translation>
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
        <translation>%1, port %2 (%3)</translation>
    </message>
    <message>
        <source>At home, on your provider&apos;s connection</source>
        <translation>Hemma, på din leverantörs anslutning</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>På jobbet, på kontorsnätverket</translation>
    </message>
    <message>
        <source>Travelling, on someone else&apos;s network</source>
        <translation>På resande fot, på någon annans nätverk</translation>
    </message>
    <message>
        <source>Not sure where</source>
        <translation>Vet inte var</translation>
    </message>
    <message>
        <source>It was not issued by an authority this computer trusts.</source>
        <translation>Det är inte utfärdat av en utfärdare som den här datorn litar på.</translation>
    </message>
    <message>
        <source>It is self-signed: the server vouches for itself.</source>
        <translation>Det är självsignerat: servern går i god för sig själv.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Det har gått ut.</translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation>Det är inte giltigt ännu.</translation>
    </message>
    <message>
        <source>It was issued for a different server name. Someone on this network may be intercepting the connection.</source>
        <translation>Det är utfärdat för ett annat servernamn. Någon på det här nätverket kan avlyssna anslutningen.</translation>
    </message>
    <message>
        <source>It has been revoked by the authority that issued it.</source>
        <translation>Det har återkallats av utfärdaren.</translation>
    </message>
    <message>
        <source>It failed another check.</source>
        <translation>Det klarade inte en annan kontroll.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>port %1 (%2)</source>
        <comment>port number (its connection security)</comment>
        <translation>port %1 (%2)</translation>
    </message>
    <message>
        <source>ports 587, 465 and 25</source>
        <comment>the ports tested when none was given</comment>
        <translation>portarna 587, 465 och 25</translation>
    </message>
    <message>
        <source>%1, %2, logged in as %3</source>
        <comment>server, port (security), user name</comment>
        <translation>%1, %2, inloggad som %3</translation>
    </message>
    <message>
        <source>%1, %2, login as %3 not completed</source>
        <comment>server, port (security), user name</comment>
        <translation>%1, %2, inloggningen som %3 slutfördes inte</translation>
    </message>
    <message>
        <source>%1, %2, no login</source>
        <comment>server, port (security)</comment>
        <translation>%1, %2, utan inloggning</translation>
    </message>
    <message>
        <source>%1 through %2, %3, logged in as %4</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 via %2, %3, inloggad som %4</translation>
    </message>
    <message>
        <source>%1 through %2, %3, login as %4 not completed</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 via %2, %3, inloggningen som %4 slutfördes inte</translation>
    </message>
    <message>
        <source>%1 through %2, %3, no login</source>
        <comment>sender address, server, port (security)</comment>
        <translation>%1 via %2, %3, utan inloggning</translation>
    </message>
    <message>
        <source>Result: mail sent this way would be delivered.</source>
        <translation>Resultat: e-post som skickas på det här sättet skulle levereras.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <comment>the cause the test found</comment>
        <translation>Resultat: %1.</translation>
    </message>
</context>
</TS>
