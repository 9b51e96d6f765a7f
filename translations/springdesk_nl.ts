<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: springdesk-cli COMMAND [OPTIONS]</source>
        <translation>Gebruik: springdesk-cli OPDRACHT [OPTIES]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run &apos;springdesk-cli COMMAND --help&apos; for the options of one command.</source>
        <translation>Voer &apos;springdesk-cli OPDRACHT --help&apos; uit voor de opties van één opdracht.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 connection or authentication error, 4 API error.</source>
        <translation>Afsluitcodes: 0 gelukt, 1 mislukt, 2 gebruiksfout, 3 verbindings- of authenticatiefout, 4 API-fout.</translation>
    </message>
    <message>
        <source>springdesk-cli: unknown command &apos;%1&apos;</source>
        <translation>springdesk-cli: onbekende opdracht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop administration for aNewSpring environments.</source>
        <translation>Desktopbeheer voor aNewSpring-omgevingen.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with demo data and connect to it.</source>
        <translation>Start de ingebouwde sandbox met demogegevens en maak er verbinding mee.</translation>
    </message>
    <message>
        <source>Open the connection profile named &lt;name&gt;.</source>
        <translation>Open het verbindingsprofiel met de naam &lt;naam&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (for example nl or en).</source>
        <translation>Gebruik taal &lt;code&gt; (bijvoorbeeld nl of en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Show the pane &lt;key&gt; first (for example users).</source>
        <translation>Toon eerst het paneel &lt;sleutel&gt; (bijvoorbeeld users).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Onverwacht argument “%1”.</translation>
    </message>
    <message>
        <source>--demo and --profile cannot be combined: the demo uses its own profile.</source>
        <translation>--demo en --profile kunnen niet samen worden gebruikt: de demo gebruikt een eigen profiel.</translation>
    </message>
    <message>
        <source>Open the connection profiles dialog.</source>
        <translation>Open het venster met verbindingsprofielen.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; (and of an open dialog to &lt;file&gt;-dialog.png) after start-up and quit.</source>
        <translation>Sla na het opstarten een afbeelding van het hoofdvenster op in &lt;bestand&gt; (en van een open venster in &lt;bestand&gt;-dialog.png) en sluit af.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Test</source>
        <comment>environment tag</comment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <comment>environment tag</comment>
        <translation>Acceptatie</translation>
    </message>
    <message>
        <source>Production</source>
        <comment>environment tag</comment>
        <translation>Productie</translation>
    </message>
</context>
<context>
    <name>PaneCatalog</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Find, create, edit and delete users, set their roles and content labels, and import or export them in bulk.</source>
        <translation>Gebruikers zoeken, aanmaken, bewerken en verwijderen, hun rollen en contentlabels instellen, en ze in bulk importeren of exporteren.</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Gebruikersgroepen</translation>
    </message>
    <message>
        <source>Create and edit user groups and manage which users belong to them.</source>
        <translation>Gebruikersgroepen aanmaken en bewerken en beheren welke gebruikers erbij horen.</translation>
    </message>
    <message>
        <source>Subenvironments</source>
        <translation>Subomgevingen</translation>
    </message>
    <message>
        <source>Assign users, groups, templates and events to subenvironments (resellers).</source>
        <translation>Gebruikers, groepen, sjablonen en evenementen toewijzen aan subomgevingen (resellers).</translation>
    </message>
    <message>
        <source>Subscriptions &amp; results</source>
        <translation>Inschrijvingen &amp; resultaten</translation>
    </message>
    <message>
        <source>Subscribe users and groups to courses, and review and export their progress and results.</source>
        <translation>Gebruikers en groepen inschrijven op cursussen, en hun voortgang en resultaten bekijken en exporteren.</translation>
    </message>
    <message>
        <source>Templates &amp; courses</source>
        <translation>Sjablonen &amp; cursussen</translation>
    </message>
    <message>
        <source>Browse templates, create courses from them, and manage instructors and observers.</source>
        <translation>Sjablonen doorbladeren, er cursussen van maken, en begeleiders en meekijkers beheren.</translation>
    </message>
    <message>
        <source>Calendar items</source>
        <translation>Agenda-items</translation>
    </message>
    <message>
        <source>Plan and edit calendar items of courses and subscribe users to them.</source>
        <translation>Agenda-items van cursussen plannen en bewerken en gebruikers erop inschrijven.</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Toegangscodes</translation>
    </message>
    <message>
        <source>Generate access codes for templates and see which have been used.</source>
        <translation>Toegangscodes voor sjablonen genereren en zien welke al gebruikt zijn.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Manage bookable events, their subscriptions, attendance and scores.</source>
        <translation>Boekbare evenementen beheren, met hun inschrijvingen, aanwezigheid en scores.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>See skill profiles and which users have them.</source>
        <translation>Vaardigheidsprofielen bekijken en zien welke gebruikers ze hebben.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundels</translation>
    </message>
    <message>
        <source>Browse bundles and subscribe users to bundle courses.</source>
        <translation>Bundels doorbladeren en gebruikers inschrijven op bundelcursussen.</translation>
    </message>
    <message>
        <source>SSO login links</source>
        <translation>SSO-inloglinks</translation>
    </message>
    <message>
        <source>Create single sign-on login links that take a user straight into a course.</source>
        <translation>Single-sign-on-inloglinks maken die een gebruiker direct naar een cursus brengen.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindingsprofielen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>For example “Acme production”</source>
        <translation>Bijvoorbeeld “Acme productie”</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>https://example.anewspring.com/api/</source>
        <translation>https://voorbeeld.anewspring.com/api/</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter the environment’s API address, for example https://example.anewspring.com/api/.</source>
        <translation>Vul het API-adres van de omgeving in, bijvoorbeeld https://example.anewspring.com/api/.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1” is geen geldig webadres.</translation>
    </message>
    <message>
        <source>The address contains the query field “%1”. An API key never belongs in an address; enter it in the API key field instead.</source>
        <translation>Het adres bevat het queryveld “%1”. Een API-sleutel hoort nooit in een adres; vul hem in het veld API-sleutel in.</translation>
    </message>
    <message>
        <source>The address must start with https:// (it starts with “%1://”).</source>
        <translation>Het adres moet beginnen met https:// (het begint met “%1://”).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Het adres mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed for this computer (localhost, 127.0.0.0/8, ::1). Use https://%1 instead.</source>
        <translation>Onversleuteld http:// is alleen toegestaan voor deze computer (localhost, 127.0.0.0/8, ::1). Gebruik https://%1.</translation>
    </message>
    <message>
        <source>The address must not contain a query (“?%1”).</source>
        <translation>Het adres mag geen query bevatten (“?%1”).</translation>
    </message>
    <message>
        <source>The address must not contain a fragment (“#%1”).</source>
        <translation>Het adres mag geen fragment bevatten (“#%1”).</translation>
    </message>
    <message>
        <source>The address must be the API root ending in /api/ (its path is “%1”).</source>
        <translation>Het adres moet de API-basis zijn die eindigt op /api/ (het pad is “%1”).</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Vul een naam in voor het profiel.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation>
            <numerusform>De naam is te lang (hoogstens %n teken).</numerusform>
            <numerusform>De naam is te lang (hoogstens %n tekens).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a profile named “%1”. Choose another name.</source>
        <translation>Er is al een profiel met de naam “%1”. Kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keyring is available (no Secret Service answers on the D-Bus session bus), so the API key cannot be stored permanently.</source>
        <translation>Er is geen sleutelbos beschikbaar (geen Secret Service antwoordt op de D-Bus-sessiebus), dus de API-sleutel kan niet blijvend worden opgeslagen.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example by logging in again) and try once more.</source>
        <translation>De sleutelbos is vergrendeld. Ontgrendel hem (bijvoorbeeld door opnieuw in te loggen) en probeer het nogmaals.</translation>
    </message>
    <message>
        <source>The keyring refused access to the API key.</source>
        <translation>De sleutelbos weigerde toegang tot de API-sleutel.</translation>
    </message>
    <message>
        <source>No API key is stored for this profile.</source>
        <translation>Voor dit profiel is geen API-sleutel opgeslagen.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time.</source>
        <translation>De sleutelbos antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation>De sleutelbos meldde een fout.</translation>
    </message>
    <message>
        <source>%1 (Keyring: %2)</source>
        <comment>error sentence, then the keyring&apos;s own message</comment>
        <translation>%1 (Sleutelbos: %2)</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::ApiClient</name>
    <message>
        <source>No API key is set for this connection.</source>
        <translation>Voor deze verbinding is geen API-sleutel ingesteld.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::ApiError</name>
    <message>
        <source>The server rejected the API key (HTTP %1). Check the key stored in the profile; it may have been mistyped or revoked.</source>
        <translation>De server weigerde de API-sleutel (HTTP %1). Controleer de sleutel in het profiel; misschien is hij verkeerd getypt of ingetrokken.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403). Keys can be restricted to certain functions or IP addresses by aNewSpring support. Server message: %1</source>
        <translation>De API-sleutel mag dit niet (HTTP 403). De support van aNewSpring kan sleutels beperken tot bepaalde functies of IP-adressen. Melding van de server: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The server could not find what was asked for (HTTP 404).</source>
        <translation>De server kon het gevraagde niet vinden (HTTP 404).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Niet gevonden: %1</translation>
    </message>
    <message>
        <source>The server refused the change because it conflicts with the current state: %1</source>
        <translation>De server weigerde de wijziging omdat die botst met de huidige toestand: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>A parameter is missing or invalid: %1</source>
        <translation>Een parameter ontbreekt of is ongeldig: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting the number of requests and asked to wait %n second(s).</source>
        <translation>
            <numerusform>De server beperkt het aantal verzoeken en vroeg %n seconde te wachten.</numerusform>
            <numerusform>De server beperkt het aantal verzoeken en vroeg %n seconden te wachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting the number of requests. Try again later.</source>
        <translation>De server beperkt het aantal verzoeken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it persists, contact aNewSpring support.</source>
        <translation>De server had een interne fout (HTTP %1). Probeer het later opnieuw; neem contact op met de support van aNewSpring als het blijft gebeuren.</translation>
    </message>
    <message>
        <source>The request took too long and was stopped.</source>
        <translation>Het verzoek duurde te lang en is gestopt.</translation>
    </message>
    <message>
        <source>The server stopped answering; the request timed out.</source>
        <translation>De server antwoordde niet meer; het verzoek is verlopen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1</source>
        <translation>Er kon geen beveiligde verbinding met de server worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1 (certificate for &quot;%2&quot;, issued by &quot;%3&quot;). The connection was not used.</source>
        <translation>Het certificaat van de server is geweigerd: %1 (certificaat voor &quot;%2&quot;, uitgegeven door &quot;%3&quot;). De verbinding is niet gebruikt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address and the network connection.</source>
        <translation>De naam van de server is niet gevonden. Controleer het adres en de netwerkverbinding.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port.</source>
        <translation>De server weigerde de verbinding. Controleer het adres en de poort.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>De verbinding met de server is mislukt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what the aNewSpring API returns (%1).</source>
        <translation>Het antwoord van de server is niet wat de aNewSpring-API teruggeeft (%1).</translation>
    </message>
    <message>
        <source>Requests are paused after repeated failures. Last failure: %1</source>
        <translation>Verzoeken zijn gepauzeerd na herhaalde fouten. Laatste fout: %1</translation>
    </message>
    <message>
        <source>%1 The change may or may not have been made; check the current state before trying again.</source>
        <comment>%1 is the sentence describing the failure</comment>
        <translation>%1 De wijziging is misschien wel of niet uitgevoerd; controleer de huidige toestand voordat u het opnieuw probeert.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::ConnectionProbe</name>
    <message numerus="yes">
        <source>Connected to %1. The API key was accepted; %n published template(s) are visible.</source>
        <translation>
            <numerusform>Verbonden met %1. De API-sleutel is geaccepteerd; %n gepubliceerd sjabloon is zichtbaar.</numerusform>
            <numerusform>Verbonden met %1. De API-sleutel is geaccepteerd; %n gepubliceerde sjablonen zijn zichtbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Vul eerst de API-sleutel in.</translation>
    </message>
    <message>
        <source>%1 answered, but rejected the API key (HTTP %2). Check that the key was copied completely and has not been revoked in Settings → Manage API Keys.</source>
        <translation>%1 antwoordde, maar weigerde de API-sleutel (HTTP %2). Controleer of de sleutel volledig is gekopieerd en niet is ingetrokken onder Instellingen → API-sleutels beheren.</translation>
    </message>
    <message>
        <source>%1 recognised the API key but does not allow it to read templates (HTTP 403). The key may be limited to certain functions or IP addresses; ask aNewSpring support to check its whitelist.</source>
        <translation>%1 herkende de API-sleutel maar staat niet toe dat hij sjablonen leest (HTTP 403). De sleutel is misschien beperkt tot bepaalde functies of IP-adressen; vraag de support van aNewSpring de whitelist te controleren.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2. The key was not sent.</source>
        <translation>Er kon geen beveiligde verbinding met %1 worden gemaakt: %2. De sleutel is niet verstuurd.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2. It was issued to &quot;%3&quot; by &quot;%4&quot;. The key was not sent. If this is unexpected, someone may be intercepting the connection.</source>
        <translation>Het certificaat van %1 is geweigerd: %2. Het is uitgegeven aan &quot;%3&quot; door &quot;%4&quot;. De sleutel is niet verstuurd. Als dit onverwacht is, onderschept iemand misschien de verbinding.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the address for typing errors and check the network connection.</source>
        <translation>De hostnaam %1 is niet gevonden. Controleer het adres op typefouten en controleer de netwerkverbinding.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port.</source>
        <translation>%1 weigerde de verbinding. Controleer het adres en de poort.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>De verbinding met %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be down or a firewall may be blocking the connection.</source>
        <translation>%1 antwoordde niet op tijd. Misschien is de server onbereikbaar of blokkeert een firewall de verbinding.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the aNewSpring API (HTTP 404). Check that the address ends with /api/.</source>
        <translation>%1 antwoordde, maar niet zoals de aNewSpring-API (HTTP 404). Controleer of het adres eindigt op /api/.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the aNewSpring API: %2</source>
        <translation>%1 antwoordde, maar niet zoals de aNewSpring-API: %2</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::RequestBuilder</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>Het API-adres is geen geldige URL.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Het API-adres moet beginnen met https://.</translation>
    </message>
    <message>
        <source>The API address has no host name.</source>
        <translation>Het API-adres heeft geen hostnaam.</translation>
    </message>
    <message>
        <source>The API address must use https://; plain http:// is only allowed for this computer (localhost), because the API key would be sent unencrypted.</source>
        <translation>Het API-adres moet https:// gebruiken; gewoon http:// is alleen toegestaan voor deze computer (localhost), omdat de API-sleutel anders onversleuteld wordt verstuurd.</translation>
    </message>
    <message>
        <source>The API address contains a _key parameter. The API key must not be part of the address; store it in the profile&apos;s key field instead.</source>
        <translation>Het API-adres bevat een _key-parameter. De API-sleutel mag geen deel van het adres zijn; sla hem op in het sleutelveld van het profiel.</translation>
    </message>
    <message>
        <source>The API address must not contain a query string (the part after &quot;?&quot;).</source>
        <translation>Het API-adres mag geen querystring bevatten (het deel na &quot;?&quot;).</translation>
    </message>
    <message>
        <source>The API address must not contain a fragment (the part after &quot;#&quot;).</source>
        <translation>Het API-adres mag geen fragment bevatten (het deel na &quot;#&quot;).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>Het API-adres mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>The parameter _key is refused: the API key is only ever sent in the X-API-Key header.</source>
        <translation>De parameter _key wordt geweigerd: de API-sleutel wordt alleen in de X-API-Key-header verstuurd.</translation>
    </message>
    <message>
        <source>%1 has no parameter &quot;%2&quot;.</source>
        <translation>%1 heeft geen parameter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be %2, not %3.</source>
        <translation>Parameter &quot;%1&quot; moet %2 zijn, niet %3.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>een bestand</translation>
    </message>
    <message>
        <source>a value, not a file</source>
        <translation>een waarde, geen bestand</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; takes one value, not a list.</source>
        <translation>Parameter &quot;%1&quot; neemt één waarde, geen lijst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be true or false, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet true of false zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a date written YYYY-MM-DD (or empty to clear it), not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een datum zijn in de vorm JJJJ-MM-DD (of leeg om hem te wissen), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a date-time</source>
        <translation>een datum met tijd</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a date-time written YYYY-MM-DDTHH:MM:SS, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een datum met tijd zijn in de vorm JJJJ-MM-DDTUU:MM:SS, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a whole number, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een geheel getal zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a number, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een getal zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; needs at least one value.</source>
        <translation>Parameter &quot;%1&quot; heeft minstens één waarde nodig.</translation>
    </message>
    <message>
        <source>%1 needs the parameter &quot;%2&quot;.</source>
        <translation>%1 heeft de parameter &quot;%2&quot; nodig.</translation>
    </message>
    <message>
        <source>%1 needs one of the parameters %2.</source>
        <translation>%1 heeft een van de parameters %2 nodig.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must not be empty.</source>
        <translation>Parameter &quot;%1&quot; mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1 cannot send a file.</source>
        <translation>%1 kan geen bestand versturen.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Gui::GuiComposition</name>
    <message>
        <source>Springdesk %1 started.</source>
        <translation>Springdesk %1 is gestart.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; no profiles exist yet.</source>
        <translation>Er is geen profiel met de naam “%1”; er zijn nog geen profielen.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Profiles: %2.</source>
        <translation>Er is geen profiel met de naam “%1”. Profielen: %2.</translation>
    </message>
    <message>
        <source>No connection profile yet: use File → Connection profiles… to add one.</source>
        <translation>Nog geen verbindingsprofiel: voeg er een toe via Bestand → Verbindingsprofielen….</translation>
    </message>
    <message>
        <source>The demo sandbox is not available in this build, so --demo cannot start it.</source>
        <translation>De demo-sandbox zit niet in deze build, dus --demo kan hem niet starten.</translation>
    </message>
    <message>
        <source>Demo not available</source>
        <translation>Demo niet beschikbaar</translation>
    </message>
    <message>
        <source>Starting the demo sandbox on this computer…</source>
        <translation>De demo-sandbox wordt op deze computer gestart…</translation>
    </message>
    <message>
        <source>starting the demo sandbox</source>
        <translation>demo-sandbox wordt gestart</translation>
    </message>
    <message>
        <source>The demo sandbox could not be started: %1</source>
        <translation>De demo-sandbox kon niet worden gestart: %1</translation>
    </message>
    <message>
        <source>demo sandbox not started</source>
        <translation>demo-sandbox niet gestart</translation>
    </message>
    <message>
        <source>Demo sandbox running at %1.</source>
        <translation>De demo-sandbox draait op %1.</translation>
    </message>
    <message>
        <source>Demo (local sandbox)</source>
        <translation>Demo (lokale sandbox)</translation>
    </message>
    <message>
        <source>Demo (local sandbox) %1</source>
        <translation>Demo (lokale sandbox) %1</translation>
    </message>
    <message>
        <source>Created by --demo; forgotten when Springdesk closes.</source>
        <translation>Gemaakt door --demo; vergeten zodra Springdesk sluit.</translation>
    </message>
    <message>
        <source>The demo profile could not be created: %1</source>
        <translation>Het demoprofiel kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::ActivityLog</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::ConnectionMonitor</name>
    <message>
        <source>Switched to profile “%1”.</source>
        <translation>Overgeschakeld naar profiel “%1”.</translation>
    </message>
    <message>
        <source>reading the API key</source>
        <translation>API-sleutel wordt gelezen</translation>
    </message>
    <message>
        <source>contacting %1</source>
        <translation>contact met %1 wordt gelegd</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>the profile&apos;s settings are not usable</source>
        <translation>de instellingen van het profiel zijn niet bruikbaar</translation>
    </message>
    <message>
        <source>the API key was rejected</source>
        <translation>de API-sleutel is geweigerd</translation>
    </message>
    <message>
        <source>the API key may not read templates</source>
        <translation>de API-sleutel mag geen sjablonen lezen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused</source>
        <translation>het certificaat van de server is geweigerd</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>host %1 niet gevonden</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>verbinding geweigerd door %1</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>netwerkfout</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>geen antwoord op tijd</translation>
    </message>
    <message>
        <source>the server does not answer like the aNewSpring API</source>
        <translation>de server antwoordt niet zoals de aNewSpring-API</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::ConnectionStatus</name>
    <message>
        <source>No connection profile</source>
        <translation>Geen verbindingsprofiel</translation>
    </message>
    <message>
        <source>No API key stored</source>
        <translation>Geen API-sleutel opgeslagen</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Nog niet verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbonden: %1</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbinding mislukt</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbinding mislukt: %1</translation>
    </message>
    <message>
        <source>Cache: never synced</source>
        <translation>Cache: nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Cache: updated just now</source>
        <translation>Cache: zojuist bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>Cache: updated %n minute(s) ago</source>
        <translation>
            <numerusform>Cache: %n minuut geleden bijgewerkt</numerusform>
            <numerusform>Cache: %n minuten geleden bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cache: updated %n hour(s) ago</source>
        <translation>
            <numerusform>Cache: %n uur geleden bijgewerkt</numerusform>
            <numerusform>Cache: %n uur geleden bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cache: updated %n day(s) ago</source>
        <translation>
            <numerusform>Cache: %n dag geleden bijgewerkt</numerusform>
            <numerusform>Cache: %n dagen geleden bijgewerkt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::PaneListModel</name>
    <message>
        <source>%1 (coming)</source>
        <comment>pane capability, not built yet</comment>
        <translation>%1 (komt nog)</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::ProfileListModel</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>profile name — address (tag)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Springdesk::Secrets::KeychainSecretStore</name>
    <message>
        <source>System keyring</source>
        <translation>Systeemsleutelbos</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>geen antwoord binnen %n seconde</numerusform>
            <numerusform>geen antwoord binnen %n seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Secrets::MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation>Alleen deze sessie</translation>
    </message>
</context>
<context>
    <name>Springdesk::Settings::ProfileStore</name>
    <message>
        <source>The profile no longer exists; it may have been removed.</source>
        <translation>Het profiel bestaat niet meer; misschien is het verwijderd.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Store::CacheDatabase</name>
    <message>
        <source>No cache file was given.</source>
        <translation>Er is geen cachebestand opgegeven.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Kan de cachemap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>A fresh cache file is not usable either.</source>
        <translation>Ook een nieuw cachebestand is niet bruikbaar.</translation>
    </message>
    <message>
        <source>Cannot check the cache file.</source>
        <translation>Kan het cachebestand niet controleren.</translation>
    </message>
    <message>
        <source>Cannot move the damaged cache file %1 aside.</source>
        <translation>Kan het beschadigde cachebestand %1 niet opzij zetten.</translation>
    </message>
    <message>
        <source>The local cache was damaged and has been replaced by an empty one; a sync will fill it again. The damaged file was kept as %1.</source>
        <translation>De lokale cache was beschadigd en is vervangen door een lege; een synchronisatie vult hem weer. Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>The cache has not been opened.</source>
        <translation>De cache is niet geopend.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ActivityLogDock</name>
    <message>
        <source>Activity log</source>
        <translation>Activiteitenlog</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Komt in een latere versie</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::MainWindow</name>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Connection profiles…</source>
        <translation>&amp;Verbindingsprofielen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>&amp;Activiteitenlog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Springdesk</source>
        <translation>&amp;Over Springdesk</translation>
    </message>
    <message>
        <source>About Springdesk</source>
        <translation>Over Springdesk</translation>
    </message>
    <message>
        <source>Springdesk %1
Desktop administration for aNewSpring environments through their API.</source>
        <translation>Springdesk %1
Desktopbeheer voor aNewSpring-omgevingen via hun API.</translation>
    </message>
    <message>
        <source>Springdesk — no connection profile</source>
        <translation>Springdesk — geen verbindingsprofiel</translation>
    </message>
    <message>
        <source>%1 [%2] — Springdesk</source>
        <extracomment>window title: profile name, tag, application name</extracomment>
        <translation>%1 [%2] — Springdesk</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ProfileDialog</name>
    <message>
        <source>Paste the API key from the environment’s settings</source>
        <translation>Plak de API-sleutel uit de instellingen van de omgeving</translation>
    </message>
    <message>
        <source>The environment’s API address. Only https:// is accepted, except for this computer.</source>
        <translation>Het API-adres van de omgeving. Alleen https:// wordt geaccepteerd, behalve voor deze computer.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Discard them?</source>
        <translation>Het profiel heeft niet-opgeslagen wijzigingen. Verwerpen?</translation>
    </message>
    <message>
        <source>Profile “%1” added.</source>
        <translation>Profiel “%1” toegevoegd.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profiel “%1” opgeslagen.</translation>
    </message>
    <message>
        <source>Saving the API key in the system keyring…</source>
        <translation>API-sleutel wordt in de systeemsleutelbos opgeslagen…</translation>
    </message>
    <message>
        <source>API key of “%1” stored in the system keyring.</source>
        <translation>API-sleutel van “%1” opgeslagen in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be stored in the system keyring: %2</source>
        <translation>De API-sleutel van “%1” kon niet in de systeemsleutelbos worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Sleutelbos niet beschikbaar</translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keyring.

%1

Keep the key for this session only? Springdesk will forget it when it closes; nothing is written to disk.</source>
        <translation>De API-sleutel kon niet in de systeemsleutelbos worden opgeslagen.

%1

De sleutel alleen voor deze sessie bewaren? Springdesk vergeet hem zodra het sluit; er wordt niets naar schijf geschreven.</translation>
    </message>
    <message>
        <source>API key of “%1” kept for this session only.</source>
        <translation>API-sleutel van “%1” alleen voor deze sessie bewaard.</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”.</source>
        <translation>Voor “%1” is geen API-sleutel opgeslagen.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored API key? The environment itself is not changed.</source>
        <translation>Het profiel “%1” en de opgeslagen API-sleutel verwijderen? De omgeving zelf verandert niet.</translation>
    </message>
    <message>
        <source>The API key of the removed profile “%1” could not be deleted from the keyring: %2</source>
        <translation>De API-sleutel van het verwijderde profiel “%1” kon niet uit de sleutelbos worden gewist: %2</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profiel “%1” verwijderd.</translation>
    </message>
    <message>
        <source>The key is stored in the system keyring when you save.</source>
        <translation>De sleutel wordt bij het opslaan in de systeemsleutelbos bewaard.</translation>
    </message>
    <message>
        <source>Key kept for this session only; it is forgotten when Springdesk closes.</source>
        <translation>Sleutel alleen voor deze sessie bewaard; hij wordt vergeten zodra Springdesk sluit.</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Systeemsleutelbos wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>A key is stored in the system keyring. Leave the field empty to keep it.</source>
        <translation>Er staat een sleutel in de systeemsleutelbos. Laat het veld leeg om hem te houden.</translation>
    </message>
    <message>
        <source>No API key stored yet.</source>
        <translation>Nog geen API-sleutel opgeslagen.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbinding met %1 wordt getest…</translation>
    </message>
    <message>
        <source>Enter the API key first: none is stored for this profile.</source>
        <translation>Vul eerst de API-sleutel in: voor dit profiel is er geen opgeslagen.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Uitgegeven aan: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Uitgegeven door: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Connection test to %1 succeeded.</source>
        <translation>Verbindingstest met %1 gelukt.</translation>
    </message>
    <message>
        <source>Connection test to %1 failed: %2</source>
        <translation>Verbindingstest met %1 mislukt: %2</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ProfileSwitcher</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Omgeving:</translation>
    </message>
    <message>
        <source>The environment Springdesk works on</source>
        <translation>De omgeving waarop Springdesk werkt</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Beheren…</translation>
    </message>
    <message>
        <source>Add, edit or remove connection profiles</source>
        <translation>Verbindingsprofielen toevoegen, bewerken of verwijderen</translation>
    </message>
    <message>
        <source>No profile — add one</source>
        <translation>Geen profiel — voeg er een toe</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::TagLabel</name>
    <message>
        <source>This profile is tagged “%1”.</source>
        <translation>Dit profiel heeft het label “%1”.</translation>
    </message>
</context>
</TS>
