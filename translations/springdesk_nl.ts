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
    <message>
        <source>Synchronise the local cache once the profile is active (with --screenshot: the picture is taken when the synchronisation has finished).</source>
        <translation>Synchroniseer de lokale cache zodra het profiel actief is (met --screenshot wordt de afbeelding gemaakt als de synchronisatie klaar is).</translation>
    </message>
    <message>
        <source>Keep the local cache files in &lt;folder&gt; instead of the application data folder.</source>
        <translation>Bewaar de lokale cachebestanden in &lt;folder&gt; in plaats van in de map met toepassingsgegevens.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
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
    <name>CoursePickerDialog</name>
    <message>
        <source>Fetch results of a course&apos;s learners</source>
        <translation>Resultaten van de cursisten van een cursus ophalen</translation>
    </message>
    <message>
        <source>Choose a cached course. Its learners are fetched from the server first, then the results of each learner (one call per learner).</source>
        <translation>Kies een cursus uit de cache. Eerst worden de cursisten van de cursus van de server opgehaald, daarna de resultaten van elke cursist (één aanroep per cursist).</translation>
    </message>
    <message>
        <source>Filter by name or external ID…</source>
        <translation>Filteren op naam of extern ID…</translation>
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
    <name>Springdesk::Api::CallArguments</name>
    <message numerus="yes">
        <source>%1 takes %n path argument(s) (%2), but got %3.</source>
        <translation>
            <numerusform>%1 verwacht %n padargument (%2), maar kreeg er %3.</numerusform>
            <numerusform>%1 verwacht %n padargumenten (%2), maar kreeg er %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--param verwacht NAAM=WAARDE, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--param _key is refused: the API key is never passed on the command line.</source>
        <translation>--param _key wordt geweigerd: de API-sleutel wordt nooit op de opdrachtregel meegegeven.</translation>
    </message>
    <message>
        <source>%1 takes no parameters (got &quot;%2&quot;).</source>
        <translation>%1 heeft geen parameters (gekregen: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 has no parameter &quot;%2&quot;. Its parameters: %3.</source>
        <translation>%1 heeft geen parameter &quot;%2&quot;. De parameters: %3.</translation>
    </message>
    <message>
        <source>Cannot read %1 for parameter %2: %3</source>
        <translation>Kan %1 voor parameter %2 niet lezen: %3</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; was given twice; it takes one value.</source>
        <translation>Parameter &quot;%1&quot; is twee keer opgegeven; hij krijgt één waarde.</translation>
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
    <name>Springdesk::Api::IdSyntax</name>
    <message>
        <source>An ID must not be empty.</source>
        <translation>Een ID mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>An ID must not be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Een ID mag niet &quot;.&quot; of &quot;..&quot; zijn.</translation>
    </message>
    <message>
        <source>An ID must not contain &quot;%1&quot;.</source>
        <translation>Een ID mag geen &quot;%1&quot; bevatten.</translation>
    </message>
    <message>
        <source>An ID must not contain control characters.</source>
        <translation>Een ID mag geen stuurtekens bevatten.</translation>
    </message>
    <message>
        <source>An ID must be valid UTF-8 text.</source>
        <translation>Een ID moet geldige UTF-8-tekst zijn.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::ParamValidator</name>
    <message>
        <source>The parameter _key is refused: the API key is only ever sent in the X-API-Key header.</source>
        <translation>De parameter _key wordt geweigerd: de API-sleutel wordt alleen in de X-API-Key-header verstuurd.</translation>
    </message>
    <message>
        <source>%1 has no parameter &quot;%2&quot;.</source>
        <translation>%1 heeft geen parameter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; was given twice.</source>
        <translation>Parameter &quot;%1&quot; is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a file.</source>
        <translation>Parameter &quot;%1&quot; moet een bestand zijn.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; takes a value, not a file.</source>
        <translation>Parameter &quot;%1&quot; neemt een waarde, geen bestand.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; takes one value, not a list.</source>
        <translation>Parameter &quot;%1&quot; neemt één waarde, geen lijst.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; needs at least one value.</source>
        <translation>Parameter &quot;%1&quot; heeft minstens één waarde nodig.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; contains bytes that are not valid UTF-8 text.</source>
        <translation>Parameter &quot;%1&quot; bevat bytes die geen geldige UTF-8-tekst zijn.</translation>
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
        <source>Parameter &quot;%1&quot; must be true or false, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet true of false zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a date written YYYY-MM-DD (or empty to clear it), not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een datum zijn in de vorm JJJJ-MM-DD (of leeg om hem te wissen), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a date-time written YYYY-MM-DDTHH:MM:SS (optionally with an offset such as +01:00), not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een datum-tijd zijn in de vorm JJJJ-MM-DDTUU:MM:SS (eventueel met een verschuiving zoals +01:00), niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a whole number, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een geheel getal zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be a number, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een getal zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be an e-mail address such as name@example.com, not &quot;%2&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een e-mailadres zijn zoals naam@voorbeeld.nl, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: %2</source>
        <translation>Parameter &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation>Parameter &quot;%1&quot; moet een van %2 zijn, niet &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <source>a date-time</source>
        <translation>een datum met tijd</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>een bestand</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be %2, not %3.</source>
        <translation>Parameter &quot;%1&quot; moet %2 zijn, niet %3.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::Params</name>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>Return a success message</source>
        <translation>Succesmelding teruggeven</translation>
    </message>
    <message>
        <source>Errors as JSON</source>
        <translation>Fouten als JSON</translation>
    </message>
    <message>
        <source>Indented answer</source>
        <translation>Ingesprongen antwoord</translation>
    </message>
    <message>
        <source>Answer format</source>
        <translation>Antwoordformaat</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Gebruikers-ID</translation>
    </message>
    <message>
        <source>User UID</source>
        <translation>Gebruikers-UID</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Groeps-ID</translation>
    </message>
    <message>
        <source>Subenvironment ID</source>
        <translation>Subomgevings-ID</translation>
    </message>
    <message>
        <source>Course ID</source>
        <translation>Cursus-ID</translation>
    </message>
    <message>
        <source>Course UID</source>
        <translation>Cursus-UID</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Sjabloon-ID</translation>
    </message>
    <message>
        <source>Template UID</source>
        <translation>Sjabloon-UID</translation>
    </message>
    <message>
        <source>New template ID</source>
        <translation>Nieuw sjabloon-ID</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Instructor ID</source>
        <translation>Docent-ID</translation>
    </message>
    <message>
        <source>Learner ID</source>
        <translation>Deelnemer-ID</translation>
    </message>
    <message>
        <source>Activity ID</source>
        <translation>Activiteit-ID</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Evenement-ID</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>Profiel-ID</translation>
    </message>
    <message>
        <source>Profile UID</source>
        <translation>Profiel-UID</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Bundel-ID</translation>
    </message>
    <message>
        <source>Bundle UID</source>
        <translation>Bundel-UID</translation>
    </message>
    <message>
        <source>Content library ID</source>
        <translation>Contentbibliotheek-ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>New ID</source>
        <translation>Nieuw ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Factuuradres</translation>
    </message>
    <message>
        <source>Invoice postcode</source>
        <translation>Factuurpostcode</translation>
    </message>
    <message>
        <source>Invoice city</source>
        <translation>Factuurplaats</translation>
    </message>
    <message>
        <source>Invoice country</source>
        <translation>Factuurland</translation>
    </message>
    <message>
        <source>Custom field 1</source>
        <translation>Vrij veld 1</translation>
    </message>
    <message>
        <source>Custom field 2</source>
        <translation>Vrij veld 2</translation>
    </message>
    <message>
        <source>Custom field 3</source>
        <translation>Vrij veld 3</translation>
    </message>
    <message>
        <source>Custom field 4</source>
        <translation>Vrij veld 4</translation>
    </message>
    <message>
        <source>Custom field 5</source>
        <translation>Vrij veld 5</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Time zone group</source>
        <translation>Tijdzonegroep</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Wachtwoord laten genereren</translation>
    </message>
    <message>
        <source>Force a password change</source>
        <translation>Wachtwoordwijziging afdwingen</translation>
    </message>
    <message>
        <source>Send a notification e-mail</source>
        <translation>Meldingsmail versturen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Licence is renewable</source>
        <translation>Licentie is verlengbaar</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Delete the avatar</source>
        <translation>Avatar verwijderen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Learner UIDs</source>
        <translation>Deelnemer-UID&apos;s</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Ignore existing ones</source>
        <translation>Bestaande negeren</translation>
    </message>
    <message>
        <source>Ignore missing ones</source>
        <translation>Ontbrekende negeren</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Forceren</translation>
    </message>
    <message>
        <source>Add to the instructors&apos; learner lists</source>
        <translation>Toevoegen aan de deelnemerslijsten van de docenten</translation>
    </message>
    <message>
        <source>Skip statistics</source>
        <translation>Statistieken overslaan</translation>
    </message>
    <message>
        <source>As the learner sees it</source>
        <translation>Zoals de deelnemer het ziet</translation>
    </message>
    <message>
        <source>Include those without an ID</source>
        <translation>Ook die zonder ID</translation>
    </message>
    <message>
        <source>Remove instead of add</source>
        <translation>Verwijderen in plaats van toevoegen</translation>
    </message>
    <message>
        <source>Exclude instructor groups</source>
        <translation>Docentgroepen uitsluiten</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>Bovenliggende groep</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Verloopdatum</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Geldigheidsduur</translation>
    </message>
    <message>
        <source>Instructors allowed</source>
        <translation>Docenten toegestaan</translation>
    </message>
    <message>
        <source>Instructor group</source>
        <translation>Docentgroep</translation>
    </message>
    <message>
        <source>Observer group</source>
        <translation>Meekijkersgroep</translation>
    </message>
    <message>
        <source>Subenvironment</source>
        <translation>Subomgeving</translation>
    </message>
    <message>
        <source>Access type</source>
        <translation>Toegangstype</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation>Aantal codes</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Maximum participants</source>
        <translation>Maximum aantal deelnemers</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Afronddatum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Doorstuuradres</translation>
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
        <source>%1 cannot send a file.</source>
        <translation>%1 kan geen bestand versturen.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::ValueSets</name>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Docent</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Meekijker</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Ontwerper</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Wederverkoper</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>group type</source>
        <translation>groepstype</translation>
    </message>
    <message>
        <source>Learner group</source>
        <translation>Deelnemersgroep</translation>
    </message>
    <message>
        <source>Instructor group</source>
        <translation>Docentgroep</translation>
    </message>
    <message>
        <source>Observer group</source>
        <translation>Meekijkersgroep</translation>
    </message>
    <message>
        <source>content library role</source>
        <translation>contentbibliotheekrol</translation>
    </message>
    <message>
        <source>instructor permission</source>
        <translation>docentrecht</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Cursusinstellingen wijzigen</translation>
    </message>
    <message>
        <source>Add calendar items</source>
        <translation>Agenda-items toevoegen</translation>
    </message>
    <message>
        <source>Compose own learner list</source>
        <translation>Eigen deelnemerslijst samenstellen</translation>
    </message>
    <message>
        <source>Send and receive learner messages</source>
        <translation>Berichten van deelnemers versturen en ontvangen</translation>
    </message>
    <message>
        <source>Receive course notifications</source>
        <translation>Cursusmeldingen ontvangen</translation>
    </message>
    <message>
        <source>Assess activities</source>
        <translation>Activiteiten beoordelen</translation>
    </message>
    <message>
        <source>access code type</source>
        <translation>type toegangscode</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>calendar item type</source>
        <translation>type agenda-item</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>geslacht</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::CallCommand</name>
    <message>
        <source>--param needs NAME=VALUE.</source>
        <translation>--param verwacht NAAM=WAARDE.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Onbekende optie %1.</translation>
    </message>
    <message>
        <source>Name the function to call.</source>
        <translation>Noem de functie die moet worden aangeroepen.</translation>
    </message>
    <message>
        <source>Unknown function &quot;%1&quot;. Run &apos;springdesk-cli call --list&apos; for all functions.</source>
        <translation>Onbekende functie &quot;%1&quot;. Voer &apos;springdesk-cli call --list&apos; uit voor alle functies.</translation>
    </message>
    <message>
        <source>Unknown function &quot;%1&quot;. Did you mean: %2?</source>
        <translation>Onbekende functie &quot;%1&quot;. Bedoelde u: %2?</translation>
    </message>
    <message>
        <source>Run one API function and print its answer as JSON</source>
        <translation>Eén API-functie uitvoeren en het antwoord als JSON afdrukken</translation>
    </message>
    <message>
        <source>Run &apos;springdesk-cli call --help&apos; for the usage, &apos;springdesk-cli call --list&apos; for the functions.</source>
        <translation>Voer &apos;springdesk-cli call --help&apos; uit voor het gebruik, &apos;springdesk-cli call --list&apos; voor de functies.</translation>
    </message>
    <message>
        <source>Usage: springdesk-cli call FUNCTION [PATH_ARG]... [--param NAME=VALUE]...
                          [--url URL | --profile NAME] [--api-key-file FILE]
                          [--cache FILE | --no-cache]
       springdesk-cli call --list
Runs one aNewSpring API function and prints its answer as JSON.
PATH_ARGs fill the function&apos;s path parameters in order (see --list).
After a command, the local cache of the profile (or of the URL, or FILE) is
updated from the answer or by re-fetching what changed, when that cache exists;
--no-cache leaves it alone.
</source>
        <translation>Gebruik: springdesk-cli call FUNCTIE [PADARG]... [--param NAAM=WAARDE]...
                          [--url URL | --profile NAAM] [--api-key-file BESTAND]
                          [--cache BESTAND | --no-cache]
       springdesk-cli call --list
Voert één functie van de aNewSpring-API uit en drukt het antwoord af als JSON.
PADARG&apos;s vullen de padparameters van de functie in volgorde (zie --list).
Na een opdracht wordt de lokale cache van het profiel (of van de URL, of BESTAND)
bijgewerkt uit het antwoord of door opnieuw op te halen wat veranderde, als die
cache bestaat; --no-cache laat hem ongemoeid.
</translation>
    </message>
    <message>
        <source>--cache needs a file.</source>
        <translation>--cache heeft een bestand nodig.</translation>
    </message>
    <message>
        <source>--cache and --no-cache contradict each other.</source>
        <translation>--cache en --no-cache spreken elkaar tegen.</translation>
    </message>
    <message>
        <source>The local cache was updated.</source>
        <translation>De lokale cache is bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::CommandCacheUpdate</name>
    <message>
        <source>There is no local cache at %1 yet, so there was nothing to update.</source>
        <translation>Er is nog geen lokale cache op %1, dus er viel niets bij te werken.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened (%2); it was not updated.</source>
        <translation>De lokale cache %1 kon niet worden geopend (%2); hij is niet bijgewerkt.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened; it was not updated.</source>
        <translation>De lokale cache %1 kon niet worden geopend; hij is niet bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::ConnectionOptions</name>
    <message>
        <source>%1 is refused: an API key on the command line is visible to other users and stays in the shell history. Use the environment variable %2 or --api-key-file FILE.</source>
        <translation>%1 wordt geweigerd: een API-sleutel op de opdrachtregel is zichtbaar voor andere gebruikers en blijft in de shellgeschiedenis staan. Gebruik de omgevingsvariabele %2 of --api-key-file BESTAND.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 verwacht een waarde.</translation>
    </message>
    <message>
        <source>--url %1: %2</source>
        <translation>--url %1: %2</translation>
    </message>
    <message>
        <source>Give either --url or --profile, not both.</source>
        <translation>Geef --url of --profile, niet allebei.</translation>
    </message>
    <message>
        <source>  --url URL            the environment&apos;s API address, e.g. https://demo.anewspring.com/api/
  --profile NAME       a connection profile made in Springdesk (default: the active profile)
  --api-key-file FILE  read the API key from FILE (first line)
The API key comes from --api-key-file, else the environment variable %1, else the profile&apos;s
keychain entry. It is never accepted as a command-line argument.
</source>
        <translation>  --url URL            het API-adres van de omgeving, bijv. https://demo.anewspring.com/api/
  --profile NAAM       een verbindingsprofiel uit Springdesk (standaard: het actieve profiel)
  --api-key-file BESTAND  lees de API-sleutel uit BESTAND (eerste regel)
De API-sleutel komt uit --api-key-file, anders uit de omgevingsvariabele %1, anders uit de
sleutelbos-vermelding van het profiel. Hij wordt nooit als opdrachtregelargument geaccepteerd.
</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::ConnectionResolver</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Kan het API-sleutelbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty.</source>
        <translation>Het API-sleutelbestand %1 is leeg.</translation>
    </message>
    <message>
        <source>No API key: with --url, set the environment variable %1 or pass --api-key-file FILE.</source>
        <translation>Geen API-sleutel: stel bij --url de omgevingsvariabele %1 in of geef --api-key-file BESTAND.</translation>
    </message>
    <message>
        <source>Connection profiles are not available here; use --url.</source>
        <translation>Verbindingsprofielen zijn hier niet beschikbaar; gebruik --url.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles exist yet.</source>
        <translation>Er is geen profiel met de naam &quot;%1&quot;; er zijn nog geen profielen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Er is geen profiel met de naam &quot;%1&quot;. Profielen: %2.</translation>
    </message>
    <message>
        <source>Give --url URL or --profile NAME; there is no active profile.</source>
        <translation>Geef --url URL of --profile NAAM; er is geen actief profiel.</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: no keychain is available here. Set %2 or pass --api-key-file FILE.</source>
        <translation>Geen API-sleutel voor profiel &quot;%1&quot;: hier is geen sleutelbos beschikbaar. Stel %2 in of geef --api-key-file BESTAND.</translation>
    </message>
    <message>
        <source>The stored key is empty.</source>
        <translation>De opgeslagen sleutel is leeg.</translation>
    </message>
    <message>
        <source>Cannot read the API key of profile &quot;%1&quot; from the keychain: %2 You can also set %3 or pass --api-key-file FILE.</source>
        <translation>Kan de API-sleutel van profiel &quot;%1&quot; niet uit de sleutelbos lezen: %2 U kunt ook %3 instellen of --api-key-file BESTAND geven.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::LogCommand</name>
    <message>
        <source>Usage: springdesk-cli log [--since DATE|DURATION] [--function F] [--outcome O] [--json]
                         [--profile NAME | --url URL] [--cache FILE]
Prints the operation log: every command Springdesk sent for the profile, from the GUI, the CLI or an
import, with its outcome and the IDs it touched. The log lives beside the profile&apos;s cache.
  --since WHEN   from a date (YYYY-MM-DD), a date-time, or a time ago (90m, 12h, 7d, 2w)
  --function F   only this API function, e.g. addUser
  --outcome O    only this outcome: %1
  --json         a JSON array instead of tab-separated lines
  --cache FILE   the log beside this cache file
</source>
        <translation>Gebruik: springdesk-cli log [--since DATUM|DUUR] [--function F] [--outcome O] [--json]
                         [--profile NAAM | --url URL] [--cache BESTAND]
Toont het bewerkingslogboek: elke opdracht die Springdesk voor het profiel verstuurde, vanuit de GUI, de CLI of een
import, met de uitkomst en de ID&apos;s die ze raakte. Het logboek staat naast de cache van het profiel.
  --since WANNEER vanaf een datum (JJJJ-MM-DD), een datum-tijd of een tijd geleden (90m, 12h, 7d, 2w)
  --function F   alleen deze API-functie, bijv. addUser
  --outcome O    alleen deze uitkomst: %1
  --json         een JSON-array in plaats van regels gescheiden door tabs
  --cache BESTAND het logboek naast dit cachebestand
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 verwacht een waarde.</translation>
    </message>
    <message>
        <source>--since takes a date (YYYY-MM-DD), a date-time or a time ago such as 12h or 7d, not “%1”.</source>
        <translation>--since neemt een datum (JJJJ-MM-DD), een datum-tijd of een tijd geleden zoals 12h of 7d, niet „%1”.</translation>
    </message>
    <message>
        <source>Unknown function “%1”.</source>
        <translation>Onbekende functie „%1”.</translation>
    </message>
    <message>
        <source>Unknown outcome “%1”.</source>
        <translation>Onbekende uitkomst „%1”.</translation>
    </message>
    <message>
        <source>Unknown argument “%1”.</source>
        <translation>Onbekend argument “%1”.</translation>
    </message>
    <message>
        <source>Print the operation log: the commands sent, their outcome and the IDs they touched</source>
        <translation>Het bewerkingslogboek tonen: de verstuurde opdrachten, hun uitkomst en de ID&apos;s die ze raakten</translation>
    </message>
    <message>
        <source>Run &apos;springdesk-cli log --help&apos; for the usage.</source>
        <translation>Voer &apos;springdesk-cli log --help&apos; uit voor het gebruik.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::SyncCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 verwacht een waarde.</translation>
    </message>
    <message>
        <source>Unknown resource &quot;%1&quot;.</source>
        <translation>Onbekende soort gegevens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--ttl needs a number of seconds, not &quot;%1&quot;.</source>
        <translation>--ttl verwacht een aantal seconden, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-in-flight needs a number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--max-in-flight verwacht een getal van 1 tot 64, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>Onbekend argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fill the local cache from the server (progress and a summary)</source>
        <translation>De lokale cache vanaf de server vullen (voortgang en een samenvatting)</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>nog %1 s</translation>
    </message>
    <message>
        <source>Run &apos;springdesk-cli sync --help&apos; for the usage.</source>
        <translation>Voer &apos;springdesk-cli sync --help&apos; uit voor het gebruik.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Kan de cache %1 niet openen: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… en nog %n fout.</numerusform>
            <numerusform>… en nog %n fouten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync %1: %2 calls made, %3 rows written, %4 errors in %5 s (cache: %6).</source>
        <translation>Synchronisatie %1: %2 aanroepen gedaan, %3 rijen geschreven, %4 fouten in %5 s (cache: %6).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2</source>
        <translation>Kan de cache %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2: run them as separate syncs.</source>
        <translation>%1 kan niet samen met %2: voer ze als aparte synchronisaties uit.</translation>
    </message>
    <message>
        <source>%1 can be given only once.</source>
        <translation>%1 mag maar één keer worden opgegeven.</translation>
    </message>
    <message>
        <source>Usage: springdesk-cli sync [--profile NAME | --url URL] [--api-key-file FILE]
           [--resource NAME… | --user ID | --course ID | --group ID
            | --results-for-user ID… [--results-for-course ID]]
           [--full] [--ttl SECONDS] [--cache FILE] [--max-in-flight N]
Fills the local cache of the profile (or of the URL) from the server.
What to fetch (one kind at a time; without these: everything except results):
  --resource NAME    only this resource (repeatable): %1
  --user ID          one user (UID or external ID): details, subscriptions and results
  --course ID        one course (UID or external ID): details and its learners
  --group ID         one group (external ID): its members
  --results-for-user ID
                     the results of a cached user (UID or external ID; repeatable)
  --results-for-course ID
                     the results of a cached course&apos;s learners (UID or external ID); the
                     course&apos;s learners are fetched first when older than the TTL
Results take one call per user, so a full sync does not fetch them.
How:
  --full             fetch everything again, ignoring the TTL
  --ttl SECONDS      skip what was fetched less than SECONDS ago (default 3600)
  --cache FILE       use this cache file instead of the profile&apos;s
  --max-in-flight N  requests on the wire at once (default 8)
</source>
        <translation>Gebruik: springdesk-cli sync [--profile NAAM | --url URL] [--api-key-file BESTAND]
           [--resource NAAM… | --user ID | --course ID | --group ID
            | --results-for-user ID… [--results-for-course ID]]
           [--full] [--ttl SECONDEN] [--cache BESTAND] [--max-in-flight N]
Vult de lokale cache van het profiel (of van de URL) vanaf de server.
Wat wordt opgehaald (één soort tegelijk; zonder deze opties: alles behalve resultaten):
  --resource NAAM    alleen deze soort gegevens (herhaalbaar): %1
  --user ID          één gebruiker (UID of extern ID): gegevens, inschrijvingen en resultaten
  --course ID        één cursus (UID of extern ID): gegevens en zijn cursisten
  --group ID         één groep (extern ID): de leden
  --results-for-user ID
                     de resultaten van een gebruiker in de cache (UID of extern ID; herhaalbaar)
  --results-for-course ID
                     de resultaten van de cursisten van een cursus in de cache (UID of extern ID);
                     de cursisten worden eerst opgehaald als ze ouder zijn dan de TTL
Resultaten kosten één aanroep per gebruiker; een volledige synchronisatie haalt ze daarom niet op.
Hoe:
  --full             alles opnieuw ophalen, ongeacht de TTL
  --ttl SECONDEN     overslaan wat minder dan SECONDEN geleden is opgehaald (standaard 3600)
  --cache BESTAND    dit cachebestand gebruiken in plaats van dat van het profiel
  --max-in-flight N  aantal gelijktijdige verzoeken (standaard 8)
</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is not in the cache: sync the users first (--resource users), or fetch this user with --user %1.</source>
        <translation>Gebruiker &quot;%1&quot; staat niet in de cache: synchroniseer eerst de gebruikers (--resource users), of haal deze gebruiker op met --user %1.</translation>
    </message>
    <message>
        <source>Course &quot;%1&quot; is not in the cache: sync the courses first (--resource courses), or fetch it with --course %1.</source>
        <translation>Cursus &quot;%1&quot; staat niet in de cache: synchroniseer eerst de cursussen (--resource courses), of haal hem op met --course %1.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; does not exist on the server; it is marked missing in the cache.</source>
        <translation>Groep &quot;%1&quot; bestaat niet op de server; hij is in de cache als ontbrekend gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::TrackCommand</name>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Kan de cache %1 niet openen: %2</translation>
    </message>
    <message>
        <source>“%1” is no longer tracked.</source>
        <translation>“%1” wordt niet meer gevolgd.</translation>
    </message>
    <message>
        <source>Track group (or event…) IDs the API cannot list, after an existence check</source>
        <translation>ID’s van groepen (of evenementen…) die de API niet kan opsommen volgen, na een controle of ze bestaan</translation>
    </message>
    <message>
        <source>Run &apos;springdesk-cli track --help&apos; for the usage.</source>
        <translation>Voer &apos;springdesk-cli track --help&apos; uit voor het gebruik.</translation>
    </message>
    <message>
        <source>The members of a tracked group could not be fetched: %1</source>
        <translation>De leden van een gevolgde groep konden niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>Usage: springdesk-cli track [--profile NAME | --url URL] [--api-key-file FILE] [--kind KIND] [--cache FILE] ID…
       springdesk-cli track --forget [--kind KIND] [--profile NAME | --url URL] ID…
       springdesk-cli track --list [--kind KIND] [--profile NAME | --url URL]
Tracks IDs the API cannot list, after checking on the server that they exist;
the members of a group tracked now are fetched into the cache at once.
  --kind KIND   the kind of the IDs (default group): %1
  --forget      stop tracking the IDs (no server check)
  --list        print the known IDs with their state (as &apos;springdesk-cli tracked&apos;)
  --cache FILE  use this cache file instead of the profile&apos;s
</source>
        <translation>Gebruik: springdesk-cli track [--profile NAAM | --url URL] [--api-key-file BESTAND] [--kind SOORT] [--cache BESTAND] ID…
         springdesk-cli track --forget [--kind SOORT] [--profile NAAM | --url URL] ID…
         springdesk-cli track --list [--kind SOORT] [--profile NAAM | --url URL]
Volgt ID’s die de API niet kan opsommen, nadat op de server is gecontroleerd dat ze bestaan;
de leden van een groep die nu gevolgd wordt, worden meteen in de cache opgehaald.
  --kind SOORT    de soort van de ID’s (standaard group): %1
  --forget        de ID’s niet meer volgen (geen controle op de server)
  --list          de bekende ID’s met hun status tonen (zoals &apos;springdesk-cli tracked&apos;)
  --cache BESTAND dit cachebestand gebruiken in plaats van dat van het profiel
</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::TrackOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 verwacht een waarde.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are: %2.</source>
        <translation>Onbekende soort “%1”; de soorten zijn: %2.</translation>
    </message>
    <message>
        <source>Unknown argument “%1”.</source>
        <translation>Onbekend argument “%1”.</translation>
    </message>
    <message>
        <source>--list and --forget cannot be combined.</source>
        <translation>--list en --forget kunnen niet samen worden gebruikt.</translation>
    </message>
    <message>
        <source>--list takes no IDs.</source>
        <translation>--list neemt geen ID’s.</translation>
    </message>
    <message>
        <source>Give at least one ID.</source>
        <translation>Geef ten minste één ID.</translation>
    </message>
    <message>
        <source>No connection profile is active: give --profile NAME, --url URL or --cache FILE.</source>
        <translation>Er is geen verbindingsprofiel actief: geef --profile NAAM, --url URL of --cache BESTAND.</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation>Er is geen verbindingsprofiel met de naam “%1”.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::TrackedCommand</name>
    <message>
        <source>Usage: springdesk-cli tracked [--kind KIND] [--profile NAME | --url URL] [--cache FILE]
Prints the known IDs of the local cache: kind, ID, state, sources, last checked.
  --kind KIND   only this kind: %1
  --cache FILE  use this cache file instead of the profile&apos;s
</source>
        <translation>Gebruik: springdesk-cli tracked [--kind SOORT] [--profile NAAM | --url URL] [--cache BESTAND]
Toont de bekende ID’s van de lokale cache: soort, ID, status, bronnen, laatst gecontroleerd.
  --kind SOORT    alleen deze soort: %1
  --cache BESTAND dit cachebestand gebruiken in plaats van dat van het profiel
</translation>
    </message>
    <message>
        <source>List the known IDs of groups, events… in the local cache, with their state</source>
        <translation>De bekende ID’s van groepen, evenementen… in de lokale cache tonen, met hun status</translation>
    </message>
    <message>
        <source>Cannot read the known IDs: %1</source>
        <translation>Kan de bekende ID’s niet lezen: %1</translation>
    </message>
    <message>
        <source>Run &apos;springdesk-cli tracked --help&apos; for the usage.</source>
        <translation>Voer &apos;springdesk-cli tracked --help&apos; uit voor het gebruik.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation>Kan de cache %1 niet openen.</translation>
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
    <name>Springdesk::Models::CacheSession</name>
    <message>
        <source>No cache file can be made for profile “%1” (no application data folder, or an ID that cannot be a file name); it is used without a cache.</source>
        <translation>Voor profiel “%1” kan geen cachebestand worden gemaakt (geen map voor toepassingsgegevens, of een ID dat geen bestandsnaam kan zijn); het wordt zonder cache gebruikt.</translation>
    </message>
    <message>
        <source>The local cache of “%1” could not be opened: %2</source>
        <translation>De lokale cache van “%1” kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The running synchronisation was stopped because the profile changed.</source>
        <translation>De lopende synchronisatie is gestopt omdat het profiel is gewisseld.</translation>
    </message>
    <message>
        <source>Cancelling the synchronisation…</source>
        <translation>Synchronisatie wordt geannuleerd…</translation>
    </message>
    <message>
        <source>There is no local cache to synchronise: choose a connection profile first.</source>
        <translation>Er is geen lokale cache om te synchroniseren: kies eerst een verbindingsprofiel.</translation>
    </message>
    <message>
        <source>A synchronisation is already running.</source>
        <translation>Er loopt al een synchronisatie.</translation>
    </message>
    <message>
        <source>Cannot synchronise “%1”: %2</source>
        <translation>Kan “%1” niet synchroniseren: %2</translation>
    </message>
    <message>
        <source>Refreshing user %1…</source>
        <translation>Gebruiker %1 wordt vernieuwd…</translation>
    </message>
    <message>
        <source>Refreshing course %1…</source>
        <translation>Cursus %1 wordt vernieuwd…</translation>
    </message>
    <message>
        <source>Refreshing group %1…</source>
        <translation>Groep %1 wordt vernieuwd…</translation>
    </message>
    <message>
        <source>Full synchronisation started (everything is fetched again).</source>
        <translation>Volledige synchronisatie gestart (alles wordt opnieuw opgehaald).</translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation started (what was fetched in the last %n minute(s) is skipped).</source>
        <translation>
            <numerusform>Synchronisatie gestart (wat in de laatste %n minuut is opgehaald, wordt overgeslagen).</numerusform>
            <numerusform>Synchronisatie gestart (wat in de laatste %n minuten is opgehaald, wordt overgeslagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 API calls, %2 rows written, %3 errors, %4 s</source>
        <extracomment>sync summary; %1 calls, %2 rows, %3 errors, %4 seconds</extracomment>
        <translation>%1 API-aanroepen, %2 rijen geschreven, %3 fouten, %4 s</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1 (%2).</source>
        <translation>Synchronisatie mislukt: %1 (%2).</translation>
    </message>
    <message>
        <source>Synchronisation cancelled; what was fetched is kept (%1).</source>
        <translation>Synchronisatie geannuleerd; wat is opgehaald, blijft bewaard (%1).</translation>
    </message>
    <message>
        <source>Synchronisation finished with errors (%1).</source>
        <translation>Synchronisatie voltooid met fouten (%1).</translation>
    </message>
    <message>
        <source>Synchronisation finished (%1).</source>
        <translation>Synchronisatie voltooid (%1).</translation>
    </message>
    <message>
        <source>The synchronisation that was waiting for the cache was dropped because the profile changed.</source>
        <translation>De synchronisatie die op de cache wachtte, is vervallen omdat het profiel is gewisseld.</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>De lokale cache kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Select the users whose results to fetch.</source>
        <translation>Selecteer de gebruikers van wie je de resultaten wilt ophalen.</translation>
    </message>
    <message>
        <source>The local cache is still being opened; try again when it is open.</source>
        <translation>De lokale cache wordt nog geopend; probeer het opnieuw zodra hij open is.</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>De lokale cache kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Course %1 is not in the local cache; synchronise first.</source>
        <translation>Cursus %1 staat niet in de lokale cache; synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Fetching the learners of “%1” and their results…</source>
        <translation>De cursisten van “%1” en hun resultaten worden opgehaald…</translation>
    </message>
    <message>
        <source>A synchronisation is already waiting for the local cache to open.</source>
        <translation>Er wacht al een synchronisatie tot de lokale cache open is.</translation>
    </message>
    <message>
        <source>The synchronisation starts when the local cache is open.</source>
        <translation>De synchronisatie begint zodra de lokale cache open is.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the results of %n user(s)…</source>
        <translation>
            <numerusform>De resultaten van %n gebruiker worden opgehaald…</numerusform>
            <numerusform>De resultaten van %n gebruikers worden opgehaald…</numerusform>
        </translation>
    </message>
    <message>
        <source>The synchronisation that was waiting for the local cache was cancelled.</source>
        <translation>De synchronisatie die op de lokale cache wachtte, is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::CachedCourseModel</name>
    <message>
        <source>The cached courses cannot be read: %1</source>
        <translation>De cursussen in de cache kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>Cached learners</source>
        <extracomment>column: number of learners of a course known to the local cache</extracomment>
        <translation>Cursisten in cache</translation>
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
    <name>Springdesk::Models::ConnectionService</name>
    <message>
        <source>No connection profile is active.</source>
        <translation>Er is geen verbindingsprofiel actief.</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be read: %2</source>
        <translation>De API-sleutel van “%1” kon niet worden gelezen: %2</translation>
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
    <name>Springdesk::Models::IdTrackingController</name>
    <message>
        <source>There is no local cache to record it in: choose a connection profile first.</source>
        <translation>Er is geen lokale cache om het in vast te leggen: kies eerst een verbindingsprofiel.</translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation>De lokale cache kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>A check is running; wait for it to finish.</source>
        <translation>Er loopt een controle; wacht tot die klaar is.</translation>
    </message>
    <message>
        <source>“%1” is no longer tracked; it stays on the server.</source>
        <translation>“%1” wordt niet meer gevolgd; het blijft op de server bestaan.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::OperationLogModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>duration of an API call in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Objects</source>
        <extracomment>column: the IDs of the users, groups… a command changed</extracomment>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>column: where a command came from (gui, cli, import)</extracomment>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
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
    <name>Springdesk::Models::UserTableModel</name>
    <message>
        <source>The cached users could not be read: %1</source>
        <translation>De gebruikers in de cache konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The roles are known once the user&apos;s details were synchronised.</source>
        <translation>De rollen zijn bekend zodra de details van de gebruiker zijn gesynchroniseerd.</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>niet opgehaald</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fetched</source>
        <extracomment>column header: when the row was fetched from the server</extracomment>
        <translation>Opgehaald</translation>
    </message>
</context>
<context>
    <name>Springdesk::Ops::OperationLog</name>
    <message>
        <source>The folder of the operation log %1 cannot be created.</source>
        <translation>De map van het bewerkingslogboek %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The operation log %1 cannot be created: %2</source>
        <translation>Het bewerkingslogboek %1 kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>The operation log %1 cannot be opened: %2</source>
        <translation>Het bewerkingslogboek %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The operation log %1 cannot be prepared: %2</source>
        <translation>Het bewerkingslogboek %1 kan niet worden voorbereid: %2</translation>
    </message>
    <message>
        <source>the log is not open</source>
        <translation>het logboek is niet geopend</translation>
    </message>
    <message>
        <source>The operation could not be written to the operation log: %1</source>
        <translation>De bewerking kon niet in het bewerkingslogboek worden geschreven: %1</translation>
    </message>
    <message>
        <source>The operation log could not be read: %1</source>
        <translation>Het bewerkingslogboek kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Ops::OperationRecord</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Niet verstuurd: de uitvoering is geannuleerd.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>done (verified)</source>
        <translation>uitgevoerd (gecontroleerd)</translation>
    </message>
    <message>
        <source>not done (verified)</source>
        <translation>niet uitgevoerd (gecontroleerd)</translation>
    </message>
    <message>
        <source>still unknown</source>
        <translation>nog onbekend</translation>
    </message>
    <message>
        <source>The answer was lost and the API offers no way to check whether it was carried out.</source>
        <translation>Het antwoord ging verloren en de API biedt geen manier om na te gaan of de opdracht is uitgevoerd.</translation>
    </message>
    <message>
        <source>The answer was lost and checking with %1 failed: %2</source>
        <translation>Het antwoord ging verloren en controleren met %1 mislukte: %2</translation>
    </message>
    <message>
        <source>The answer was lost; %1 shows it was not carried out.</source>
        <translation>Het antwoord ging verloren; %1 laat zien dat de opdracht niet is uitgevoerd.</translation>
    </message>
    <message>
        <source>The answer was lost; %1 shows it was carried out.</source>
        <translation>Het antwoord ging verloren; %1 laat zien dat de opdracht is uitgevoerd.</translation>
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
    <name>Springdesk::Store::BundleRefresh</name>
    <message>
        <source>After %1, re-reading the members of group %2 failed: %3 The cache was not changed.</source>
        <translation>Na %1 is het opnieuw lezen van de leden van groep %2 mislukt: %3 De cache is niet gewijzigd.</translation>
    </message>
    <message>
        <source>After %1, re-reading the subscriptions of %2 failed: %3 The cache was not changed.</source>
        <translation>Na %1 is het opnieuw lezen van de inschrijvingen van %2 mislukt: %3 De cache is niet gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en %n andere</numerusform>
            <numerusform>%1 en %n andere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %1, re-reading the subscriptions of %n member(s) of group %2 failed (%3): %4 The cache was not changed.</source>
        <translation>
            <numerusform>Na %1 is het opnieuw lezen van de inschrijvingen van %n lid van groep %2 mislukt (%3): %4 De cache is niet gewijzigd.</numerusform>
            <numerusform>Na %1 is het opnieuw lezen van de inschrijvingen van %n leden van groep %2 mislukt (%3): %4 De cache is niet gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache could not be updated after %1: %2</source>
        <translation>De cache kon na %1 niet worden bijgewerkt: %2</translation>
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
    <name>Springdesk::Store::CacheUpdater</name>
    <message>
        <source>The cache could not be updated after %1: %2</source>
        <translation>De cache kon na %1 niet worden bijgewerkt: %2</translation>
    </message>
    <message>
        <source>After %1, re-reading %2 from the server failed: %3</source>
        <translation>Na %1 is het opnieuw ophalen van %2 van de server mislukt: %3</translation>
    </message>
    <message>
        <source>The permissions of %1 in %2 are not in the cache: sync the course and the user first.</source>
        <translation>De rechten van %1 in %2 staan niet in de cache: synchroniseer eerst de cursus en de gebruiker.</translation>
    </message>
    <message>
        <source>The learners of %1 in %2 are not in the cache: sync the course and the user first.</source>
        <translation>De deelnemers van %1 in %2 staan niet in de cache: synchroniseer eerst de cursus en de gebruiker.</translation>
    </message>
    <message>
        <source>Profile %1 is not in the cache: sync the profiles first.</source>
        <translation>Profiel %1 staat niet in de cache: synchroniseer eerst de profielen.</translation>
    </message>
    <message>
        <source>User %1 is not in the cache: sync the users first.</source>
        <translation>Gebruiker %1 staat niet in de cache: synchroniseer eerst de gebruikers.</translation>
    </message>
    <message>
        <source>Users not in the cache were left out: %1</source>
        <translation>Gebruikers die niet in de cache staan, zijn weggelaten: %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Store::IdTracker</name>
    <message>
        <source>Group “%1” exists on the server and is tracked now.</source>
        <translation>Groep “%1” bestaat op de server en wordt nu gevolgd.</translation>
    </message>
    <message>
        <source>Access-code group “%1” exists on the server and is tracked now.</source>
        <translation>Toegangscodegroep “%1” bestaat op de server en wordt nu gevolgd.</translation>
    </message>
    <message>
        <source>Event “%1” exists on the server and is tracked now.</source>
        <translation>Evenement “%1” bestaat op de server en wordt nu gevolgd.</translation>
    </message>
    <message>
        <source>Subenvironment “%1” is tracked now, unchecked: the API offers no way to check whether a subenvironment exists.</source>
        <translation>Subomgeving “%1” wordt nu gevolgd, ongecontroleerd: de API biedt geen manier om te controleren of een subomgeving bestaat.</translation>
    </message>
    <message>
        <source>Content library “%1” is tracked now, unchecked: the API offers no way to check whether a content library exists.</source>
        <translation>Contentbibliotheek “%1” wordt nu gevolgd, ongecontroleerd: de API biedt geen manier om te controleren of een contentbibliotheek bestaat.</translation>
    </message>
    <message>
        <source>Group “%1” does not exist on the server; it was not tracked.</source>
        <translation>Groep “%1” bestaat niet op de server; ze wordt niet gevolgd.</translation>
    </message>
    <message>
        <source>Access-code group “%1” does not exist on the server; it was not tracked.</source>
        <translation>Toegangscodegroep “%1” bestaat niet op de server; ze wordt niet gevolgd.</translation>
    </message>
    <message>
        <source>Event “%1” does not exist on the server; it was not tracked.</source>
        <translation>Evenement “%1” bestaat niet op de server; het wordt niet gevolgd.</translation>
    </message>
    <message>
        <source>The ID is empty.</source>
        <translation>Het ID is leeg.</translation>
    </message>
    <message>
        <source>The ID “%1” starts or ends with a space.</source>
        <translation>Het ID “%1” begint of eindigt met een spatie.</translation>
    </message>
    <message>
        <source>The ID “%1” contains a slash, which no ID of the API can hold.</source>
        <translation>Het ID “%1” bevat een schuine streep, die geen ID van de API kan bevatten.</translation>
    </message>
    <message>
        <source>The ID contains a control character.</source>
        <translation>Het ID bevat een stuurteken.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>access-code group</source>
        <translation>toegangscodegroep</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <source>subenvironment</source>
        <translation>subomgeving</translation>
    </message>
    <message>
        <source>content library</source>
        <translation>contentbibliotheek</translation>
    </message>
    <message>
        <source>Whether %1 “%2” exists could not be checked, so it was not tracked: %3</source>
        <extracomment>%1 the kind of ID (a noun such as &quot;group&quot;), %2 the ID, %3 why the check failed</extracomment>
        <translation>Of %1 “%2” bestaat kon niet worden gecontroleerd, dus wordt het niet gevolgd: %3</translation>
    </message>
    <message>
        <source>The local cache could not record %1 “%2”: %3</source>
        <extracomment>%1 the kind of ID (a noun such as &quot;group&quot;), %2 the ID, %3 the cache&apos;s error</extracomment>
        <translation>De lokale cache kon %1 “%2” niet vastleggen: %3</translation>
    </message>
    <message>
        <source>“%1” is not a tracked %2.</source>
        <extracomment>%1 the ID, %2 the kind of ID (a noun such as &quot;group&quot;)</extracomment>
        <translation>“%1” is geen gevolgde %2.</translation>
    </message>
    <message>
        <source>The %1 “%2” does not exist on the server; its entry is marked missing.</source>
        <extracomment>%1 the kind of ID (a noun such as &quot;group&quot;), %2 the ID</extracomment>
        <translation>“%2” (%1) bestaat niet op de server; de vermelding is als ontbrekend gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Store::SyncWorker</name>
    <message>
        <source>User %1 does not exist on the server.</source>
        <translation>Gebruiker %1 bestaat niet op de server.</translation>
    </message>
    <message>
        <source>Course %1 does not exist on the server.</source>
        <translation>Cursus %1 bestaat niet op de server.</translation>
    </message>
    <message>
        <source>The cache cannot be opened: %1</source>
        <translation>De cache kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>No environment address or API key was given.</source>
        <translation>Er is geen omgevingsadres of API-sleutel opgegeven.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Store::SyncWriterSink</name>
    <message>
        <source>Writing to the cache failed: %1</source>
        <translation>Schrijven naar de cache is mislukt: %1</translation>
    </message>
    <message>
        <source>The cache cannot be opened for writing: %1</source>
        <translation>De cache kan niet worden geopend om te schrijven: %1</translation>
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
    <name>Springdesk::Views::ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Filter by function, ID, parameter or message…</source>
        <translation>Filteren op functie, ID, parameter of melding…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Afgelopen uur</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Afgelopen 24 uur</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
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
    <name>Springdesk::Views::CoursePickerDialog</name>
    <message>
        <source>&amp;Fetch results</source>
        <translation>&amp;Resultaten ophalen</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln cached course(s)</source>
        <extracomment>shown under the course list: %L1 courses shown (filtered), %Ln cached courses in all</extracomment>
        <translation>
            <numerusform>%L1 van %Ln cursus in de cache</numerusform>
            <numerusform>%L1 van %Ln cursussen in de cache</numerusform>
        </translation>
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
    <message>
        <source>Local cache rebuilt</source>
        <translation>Lokale cache opnieuw opgebouwd</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>&amp;Synchronise</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <source>Fetch what changed on the server into the local cache (F5); what was fetched recently is skipped.</source>
        <translation>Haal op wat op de server is veranderd naar de lokale cache (F5); wat kort geleden is opgehaald, wordt overgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Full synchronisation</source>
        <translation>&amp;Volledige synchronisatie</translation>
    </message>
    <message>
        <source>Fetch everything again, also what was fetched recently (Shift+F5).</source>
        <translation>Haal alles opnieuw op, ook wat kort geleden is opgehaald (Shift+F5).</translation>
    </message>
    <message>
        <source>&amp;Cancel synchronisation</source>
        <translation>Synchronisatie &amp;annuleren</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
    <message>
        <source>Synchronisation cancelled; what was fetched is kept.</source>
        <translation>Synchronisatie geannuleerd; wat is opgehaald, blijft bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation finished with %n error(s); see the activity log.</source>
        <translation>
            <numerusform>Synchronisatie voltooid met %n fout; zie het activiteitenlog.</numerusform>
            <numerusform>Synchronisatie voltooid met %n fouten; zie het activiteitenlog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation finished.</source>
        <translation>Synchronisatie voltooid.</translation>
    </message>
    <message>
        <source>Fetch &amp;results of a course&apos;s learners…</source>
        <translation>&amp;Resultaten van de cursisten van een cursus ophalen…</translation>
    </message>
    <message>
        <source>Choose a cached course and fetch the results of its learners (Ctrl+Shift+R); results are not part of a synchronisation.</source>
        <translation>Kies een cursus uit de cache en haal de resultaten van zijn cursisten op (Ctrl+Shift+R); resultaten horen niet bij een synchronisatie.</translation>
    </message>
    <message>
        <source>Fetch results</source>
        <translation>Resultaten ophalen</translation>
    </message>
    <message>
        <source>No cached courses</source>
        <translation>Geen cursussen in de cache</translation>
    </message>
    <message>
        <source>The local cache holds no courses yet. Synchronise first (Cache → Synchronise, F5), then choose a course.</source>
        <translation>De lokale cache bevat nog geen cursussen. Synchroniseer eerst (Cache → Synchroniseren, F5) en kies dan een cursus.</translation>
    </message>
    <message>
        <source>&amp;Track group…</source>
        <translation>Groep &amp;volgen…</translation>
    </message>
    <message>
        <source>Add a group (or access-code group, event…) the API cannot list to the local cache, after checking that it exists.</source>
        <translation>Een groep (of toegangscodegroep, evenement…) die de API niet kan opsommen aan de lokale cache toevoegen, na controle dat ze bestaat.</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Wijzigingen</translation>
    </message>
    <message>
        <source>Every command sent for this profile, with its outcome (Ctrl+Shift+H).</source>
        <translation>Elke opdracht die voor dit profiel is verstuurd, met de uitkomst (Ctrl+Shift+H).</translation>
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
    <name>Springdesk::Views::SyncProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop the synchronisation; what was fetched so far is kept.</source>
        <translation>Stop de synchronisatie; wat tot nu toe is opgehaald, blijft bewaard.</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>%1 of %2 API calls</source>
        <translation>%1 van %2 API-aanroepen</translation>
    </message>
    <message>
        <source>Preparing the synchronisation…</source>
        <translation>Synchronisatie wordt voorbereid…</translation>
    </message>
    <message>
        <source>Syncing %1: %2/%3</source>
        <extracomment>sync progress in the status bar: phase name (e.g. &quot;user details&quot;), calls done, calls known</extracomment>
        <translation>Synchroniseren %1: %2/%3</translation>
    </message>
    <message>
        <source>users</source>
        <translation>gebruikers</translation>
    </message>
    <message>
        <source>user details</source>
        <translation>gebruikersdetails</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>sjablonen</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>cursussen</translation>
    </message>
    <message>
        <source>course details</source>
        <translation>cursusdetails</translation>
    </message>
    <message>
        <source>rosters</source>
        <translation>deelnemerslijsten</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groepen</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profielen</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>bundels</translation>
    </message>
    <message>
        <source>bundle courses</source>
        <translation>bundelcursussen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>evenementen</translation>
    </message>
    <message>
        <source>known IDs</source>
        <translation>bekende ID’s</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultaten</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>inschrijvingen</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>resterende tijd wordt geschat…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n seconde</numerusform>
            <numerusform>nog ongeveer %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n minuut</numerusform>
            <numerusform>nog ongeveer %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::TagLabel</name>
    <message>
        <source>This profile is tagged “%1”.</source>
        <translation>Dit profiel heeft het label “%1”.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::TrackIdDialog</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Access-code group</source>
        <translation>Toegangscodegroep</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Subenvironment (not checkable)</source>
        <translation>Subomgeving (niet te controleren)</translation>
    </message>
    <message>
        <source>Content library (not checkable)</source>
        <translation>Contentbibliotheek (niet te controleren)</translation>
    </message>
    <message>
        <source>Checking on the server whether it exists…</source>
        <translation>Op de server controleren of het bestaat…</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::UserDetailPanel</name>
    <message>
        <source>Refresh this user</source>
        <translation>Deze gebruiker vernieuwen</translation>
    </message>
    <message>
        <source>Fetch this user&apos;s details, subscriptions and results from the server again.</source>
        <translation>Haal de details, inschrijvingen en resultaten van deze gebruiker opnieuw op van de server.</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Geen gebruiker geselecteerd</translation>
    </message>
    <message>
        <source>Select a user to see what the cache knows about them.</source>
        <translation>Selecteer een gebruiker om te zien wat de cache over hem of haar weet.</translation>
    </message>
    <message>
        <source>User not in the cache</source>
        <translation>Gebruiker niet in de cache</translation>
    </message>
    <message>
        <source>The user could not be read from the cache: %1</source>
        <translation>De gebruiker kon niet uit de cache worden gelezen: %1</translation>
    </message>
    <message>
        <source>The user %1 is no longer in the cache.</source>
        <translation>De gebruiker %1 staat niet meer in de cache.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
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
        <source>Renewable</source>
        <translation>Verlengbaar</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Details fetched</source>
        <translation>Details opgehaald</translation>
    </message>
    <message>
        <source>not fetched yet (synchronise or refresh this user)</source>
        <translation>nog niet opgehaald (synchroniseer of vernieuw deze gebruiker)</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Gebruikersgroepen</translation>
    </message>
    <message>
        <source>Member of no cached group.</source>
        <translation>Lid van geen enkele groep in de cache.</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>No cached subscriptions.</source>
        <translation>Geen inschrijvingen in de cache.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a subscription: course name, its states
----------
a course result: course name, its states</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Not fetched yet: a synchronisation does not fetch results; use Fetch results (Ctrl+R).</source>
        <translation>Nog niet opgehaald: een synchronisatie haalt geen resultaten op; gebruik Resultaten ophalen (Ctrl+R).</translation>
    </message>
    <message>
        <source>No results (fetched %1).</source>
        <translation>Geen resultaten (opgehaald %1).</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>niet afgerond</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>cijfer %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>Results fetched %1.</source>
        <translation>Resultaten opgehaald %1.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::UsersPane</name>
    <message>
        <source>Filter by name, e-mail or login…</source>
        <translation>Filter op naam, e-mail of inlognaam…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>geen cache</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <extracomment>number of users matching the filter, e.g. &quot;1,234 users&quot; (%L1 is the formatted number)</extracomment>
        <translation>
            <numerusform>%Ln gebruiker</numerusform>
            <numerusform>%Ln gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch &amp;results</source>
        <translation>&amp;Resultaten ophalen</translation>
    </message>
    <message>
        <source>Fetch the results of the selected users from the server (Ctrl+R); a synchronisation does not fetch results.</source>
        <translation>De resultaten van de geselecteerde gebruikers van de server ophalen (Ctrl+R); een synchronisatie haalt geen resultaten op.</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>De lokale cache wordt geopend…</translation>
    </message>
    <message>
        <source>Fetch results</source>
        <translation>Resultaten ophalen</translation>
    </message>
    <message>
        <source>All %L1 loaded users are selected, and %L2 users match. Fetch the results of all %L2 (one call per user)?

Yes: all %L2 matching users. No: only the %L1 selected.</source>
        <translation>Alle %L1 geladen gebruikers zijn geselecteerd, en %L2 gebruikers voldoen aan het filter. De resultaten van alle %L2 ophalen (één aanroep per gebruiker)?

Ja: alle %L2 gebruikers die voldoen. Nee: alleen de %L1 geselecteerde.</translation>
    </message>
    <message>
        <source>The matching users could not be read from the cache: %1</source>
        <translation>De gebruikers die voldoen konden niet uit de cache worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>TrackIdDialog</name>
    <message>
        <source>Track an ID</source>
        <translation>Een ID volgen</translation>
    </message>
    <message>
        <source>The API cannot list groups, access-code groups or events. Enter the ID of one you know: Springdesk checks on the server that it exists and keeps it in the local cache, so synchronisations include it.</source>
        <translation>De API kan groepen, toegangscodegroepen en evenementen niet opsommen. Voer het ID in van een die u kent: Springdesk controleert op de server dat die bestaat en bewaart het in de lokale cache, zodat synchronisaties het meenemen.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>External ID, e.g. SALES-2026</source>
        <translation>Extern ID, bijv. SALES-2026</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Volgen</translation>
    </message>
    <message>
        <source>&amp;Stop tracking</source>
        <translation>&amp;Niet meer volgen</translation>
    </message>
    <message>
        <source>Remove the ID from the local cache; nothing changes on the server.</source>
        <translation>Het ID uit de lokale cache verwijderen; op de server verandert niets.</translation>
    </message>
</context>
</TS>
