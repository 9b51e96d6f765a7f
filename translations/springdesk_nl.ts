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
        <source>springdesk-cli: unknown command &apos;%1&apos;</source>
        <translation>springdesk-cli: onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 connection or authentication error, 4 API error, 5 another synchronisation of the same cache is running.</source>
        <translation>Afsluitcodes: 0 gelukt, 1 mislukt, 2 gebruiksfout, 3 verbindings- of authenticatiefout, 4 API-fout, 5 er loopt al een andere synchronisatie van dezelfde cache.</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <source>Run API function</source>
        <translation>API-functie uitvoeren</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Nog niets verzonden.</translation>
    </message>
    <message>
        <source>&amp;Copy answer</source>
        <translation>Antwoord &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
    <message>
        <source>Skill profiles</source>
        <translation>Vaardigheidsprofielen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Export ready-made reports of the local cache (users, rosters, results, expiring subscriptions…) to spreadsheets.</source>
        <translation>Exporteer kant-en-klare rapporten uit de lokale cache (gebruikers, deelnemerslijsten, resultaten, aflopende inschrijvingen…) naar spreadsheets.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Charts of the local cache: subscriptions by status, progress per course and expirations in the coming weeks.</source>
        <translation>Grafieken van de lokale cache: inschrijvingen per status, voortgang per cursus en aflopende inschrijvingen in de komende weken.</translation>
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
    <message>
        <source>The address contains “_key”. An API key never belongs in an address; enter it in the API key field instead.</source>
        <translation>Het adres bevat “_key”. Een API-sleutel hoort nooit in een adres; vul hem in het veld API-sleutel in.</translation>
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
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting the number of requests and asked to wait %n second(s); that is longer than Springdesk waits (%1), so the request was stopped. Try again later.</source>
        <translation>
            <numerusform>De server beperkt het aantal verzoeken en vroeg %n seconde te wachten; dat is langer dan Springdesk wacht (%1), dus het verzoek is gestopt. Probeer het later opnieuw.</numerusform>
            <numerusform>De server beperkt het aantal verzoeken en vroeg %n seconden te wachten; dat is langer dan Springdesk wacht (%1), dus het verzoek is gestopt. Probeer het later opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting the number of requests and asked to wait %1 (%n second(s)); that is longer than Springdesk waits (%2), so the request was stopped. Try again later.</source>
        <translation>
            <numerusform>De server beperkt het aantal verzoeken en vroeg %1 te wachten (%n seconde); dat is langer dan Springdesk wacht (%2), dus het verzoek is gestopt. Probeer het later opnieuw.</numerusform>
            <numerusform>De server beperkt het aantal verzoeken en vroeg %1 te wachten (%n seconden); dat is langer dan Springdesk wacht (%2), dus het verzoek is gestopt. Probeer het later opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1 (%2 bytes), so it was not read. If the answer really is this large, raise the limit (springdesk-cli: --max-answer-mib).</source>
        <translation>Het antwoord van de server is groter dan de limiet van %1 (%2 bytes) en is daarom niet gelezen. Als het antwoord echt zo groot is, verhoog dan de limiet (springdesk-cli: --max-answer-mib).</translation>
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
        <source>An ID must be valid UTF-8 text.</source>
        <translation>Een ID moet geldige UTF-8-tekst zijn.</translation>
    </message>
    <message>
        <source>An ID must not contain control characters (%1).</source>
        <extracomment>%1 is a Unicode code point such as U+0009 (a tab)</extracomment>
        <translation>Een ID mag geen stuurtekens bevatten (%1).</translation>
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
        <source>Parameter &quot;%1&quot; must not be empty.</source>
        <translation>Parameter &quot;%1&quot; mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1 cannot send a file.</source>
        <translation>%1 kan geen bestand versturen.</translation>
    </message>
    <message>
        <source>The API address must not contain &quot;.&quot; or &quot;..&quot; as a path segment.</source>
        <translation>Het API-adres mag geen &quot;.&quot; of &quot;..&quot; als padsegment bevatten.</translation>
    </message>
    <message>
        <source>The address of this call would not be sent as built (%1); nothing was sent.</source>
        <translation>Het adres van deze aanroep zou niet worden verstuurd zoals het is opgebouwd (%1); er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The API key contains a control character (U+%1, e.g. a NUL or a line break inside the key), so it was not used. Check the key file, the environment variable or the stored key.</source>
        <translation>De API-sleutel bevat een stuurteken (U+%1, bijvoorbeeld een NUL of een regeleinde in de sleutel) en is daarom niet gebruikt. Controleer het sleutelbestand, de omgevingsvariabele of de opgeslagen sleutel.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: %2 In the address it would change the function or path called.</source>
        <extracomment>%1 is a parameter name, %2 the reason an ID is refused</extracomment>
        <translation>Parameter &quot;%1&quot;: %2 In het adres zou het de aangeroepen functie of het pad veranderen.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::SsoLinkBuilder</name>
    <message>
        <source>There is no login token: request one with getLoginToken first.</source>
        <translation>Er is geen inlogtoken: vraag er eerst een aan met getLoginToken.</translation>
    </message>
    <message>
        <source>Name the user (external ID or UID) the login token was made for.</source>
        <translation>Geef de gebruiker (extern ID of UID) voor wie het inlogtoken is gemaakt.</translation>
    </message>
    <message>
        <source>An activity can only be opened within a course: give the course as well.</source>
        <translation>Een activiteit kan alleen binnen een cursus worden geopend: geef ook de cursus op.</translation>
    </message>
    <message>
        <source>A link opens either a course or a redirect address, not both.</source>
        <translation>Een link opent een cursus of een doorverwijsadres, niet allebei.</translation>
    </message>
    <message>
        <source>The redirect address %1 must be a path inside the environment, starting with / (e.g. /catalog).</source>
        <extracomment>%1 is what the user typed as redirect address</extracomment>
        <translation>Het doorverwijsadres %1 moet een pad binnen de omgeving zijn dat met / begint (bijv. /catalog).</translation>
    </message>
    <message>
        <source>A value of the link contains a line break.</source>
        <translation>Een waarde van de link bevat een regeleinde.</translation>
    </message>
    <message>
        <source>The connection profile&apos;s address %1 is not a usable https address.</source>
        <translation>Het adres %1 van het verbindingsprofiel is geen bruikbaar https-adres.</translation>
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
        <source>--max-answer-mib needs a whole number of MiB from 1 to 16384, not &quot;%1&quot;.</source>
        <translation>--max-answer-mib heeft een geheel aantal MiB van 1 tot en met 16384 nodig, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  --url URL            the environment&apos;s API address, e.g. https://demo.anewspring.com/api/
  --profile NAME       a connection profile made in Springdesk (default: the active profile)
  --api-key-file FILE  read the API key from FILE (one line)
  --max-answer-mib N   refuse answers larger than N MiB (default 256)
The API key comes from --api-key-file, else the environment variable %1, else the profile&apos;s
keychain entry. It is never accepted as a command-line argument.
</source>
        <translation>  --url URL            het API-adres van de omgeving, bijv. https://demo.anewspring.com/api/
  --profile NAAM       een verbindingsprofiel uit Springdesk (standaard: het actieve profiel)
  --api-key-file BESTAND  lees de API-sleutel uit BESTAND (één regel)
  --max-answer-mib N   weiger antwoorden groter dan N MiB (standaard 256)
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
    <message>
        <source>The API key file %1 has more than one line; it must hold only the key.</source>
        <translation>Het API-sleutelbestand %1 heeft meer dan één regel; het mag alleen de sleutel bevatten.</translation>
    </message>
    <message>
        <source>The API key in %1 is refused: %2</source>
        <translation>De API-sleutel in %1 wordt geweigerd: %2</translation>
    </message>
    <message>
        <source>The API key of profile &quot;%1&quot; in the keychain is refused: %2</source>
        <translation>De API-sleutel van profiel &quot;%1&quot; in de sleutelbos wordt geweigerd: %2</translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::ExportCommand</name>
    <message>
        <source>Give --profile NAME, --url URL or --cache FILE; there is no active profile.</source>
        <translation>Geef --profile NAAM, --url URL of --cache BESTAND; er is geen actief profiel.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Er is geen profiel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export a report of the local cache to an XLSX or CSV file</source>
        <translation>Een rapport uit de lokale cache exporteren naar een XLSX- of CSV-bestand</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Kolommen: %1</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2</source>
        <translation>Kan de cache %1 niet lezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 to %2: %n row(s).</source>
        <translation>
            <numerusform>%1 geëxporteerd naar %2: %n rij.</numerusform>
            <numerusform>%1 geëxporteerd naar %2: %n rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &apos;springdesk-cli export --help&apos; for the usage.</source>
        <translation>Voer &apos;springdesk-cli export --help&apos; uit voor het gebruik.</translation>
    </message>
    <message>
        <source>There is no local cache at %1: synchronise first, or export without --offline.</source>
        <translation>Er is geen lokale cache in %1: synchroniseer eerst, of exporteer zonder --offline.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Kan de cache %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The refresh could not reach the server; nothing was exported. Add --offline to export what the cache holds.</source>
        <translation>Het bijwerken kon de server niet bereiken; er is niets geëxporteerd. Voeg --offline toe om te exporteren wat de cache bevat.</translation>
    </message>
    <message>
        <source>The refresh failed; nothing was exported.</source>
        <translation>Het bijwerken is mislukt; er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 verwacht een waarde.</translation>
    </message>
    <message>
        <source>Usage: springdesk-cli export REPORT [--profile NAME | --url URL] [--api-key-file FILE]
           [--course ID]… [--days N] [--format xlsx|csv] [--separator &apos;;&apos;|&apos;,&apos;] [--no-bom]
           -o FILE [--offline] [--cache FILE]
       springdesk-cli export --list
Exports a built-in report of the local cache to an XLSX or CSV file. Without --offline the
data the report needs is refreshed from the server first (what is older than an hour).
  --list             name the reports with their options and columns
  --course ID        only this course (UID or external ID; repeatable) for reports about courses
  --days N           expiring-subscriptions: the coming N days (default 30)
  -o, --output FILE  the file to write; replaced only when the export is complete
  --format FORMAT    xlsx or csv (default: from the file&apos;s extension)
  --separator CHAR   CSV: &apos;;&apos; or &apos;,&apos; (default: &apos;;&apos; where the decimal separator is a comma)
  --no-bom           CSV: no UTF-8 byte-order mark
  --offline          export what the cache holds, without contacting the server
  --cache FILE       use this cache file instead of the profile&apos;s
Exit codes: 0 written, 1 the export failed (cache, file), 2 usage, 3 the server could not
be reached to refresh (use --offline to export the cache as it is), 4 the refresh failed.
</source>
        <translation>Gebruik: springdesk-cli export RAPPORT [--profile NAAM | --url URL] [--api-key-file BESTAND]
           [--course ID]… [--days N] [--format xlsx|csv] [--separator &apos;;&apos;|&apos;,&apos;] [--no-bom]
           -o BESTAND [--offline] [--cache BESTAND]
         springdesk-cli export --list
Exporteert een ingebouwd rapport uit de lokale cache naar een XLSX- of CSV-bestand. Zonder
--offline worden de gegevens die het rapport nodig heeft eerst van de server bijgewerkt (wat
ouder is dan een uur).
  --list             noem de rapporten met hun opties en kolommen
  --course ID        alleen deze cursus (UID of extern ID; herhaalbaar) bij rapporten over cursussen
  --days N           expiring-subscriptions: de komende N dagen (standaard 30)
  -o, --output BESTAND  het te schrijven bestand; pas vervangen als de export volledig is
  --format FORMAAT   xlsx of csv (standaard: volgens de extensie van het bestand)
  --separator TEKEN  CSV: &apos;;&apos; of &apos;,&apos; (standaard: &apos;;&apos; waar het decimaalteken een komma is)
  --no-bom           CSV: geen UTF-8-byte-order-mark
  --offline          exporteer wat de cache bevat, zonder de server te benaderen
  --cache BESTAND    gebruik dit cachebestand in plaats van dat van het profiel
Afsluitcodes: 0 geschreven, 1 de export is mislukt (cache, bestand), 2 gebruik, 3 de server was
niet bereikbaar om bij te werken (gebruik --offline om de cache te exporteren zoals die is),
4 het bijwerken is mislukt.
</translation>
    </message>
    <message>
        <source>--days needs a number of days from 0 to 3660, not &quot;%1&quot;.</source>
        <translation>--days verwacht een aantal dagen van 0 tot 3660, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format needs xlsx or csv, not &quot;%1&quot;.</source>
        <translation>--format verwacht xlsx of csv, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--separator needs &apos;;&apos; or &apos;,&apos;, not &quot;%1&quot;.</source>
        <translation>--separator verwacht &apos;;&apos; of &apos;,&apos;, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>Onbekend argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only one report at a time: &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>Eén rapport tegelijk: &quot;%1&quot; en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Name a report (springdesk-cli export --list names them).</source>
        <translation>Noem een rapport (springdesk-cli export --list noemt ze).</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot; (springdesk-cli export --list names them).</source>
        <translation>Onbekend rapport &quot;%1&quot; (springdesk-cli export --list noemt ze).</translation>
    </message>
    <message>
        <source>The report %1 is not about courses: --course does not apply.</source>
        <translation>Het rapport %1 gaat niet over cursussen: --course is hier niet van toepassing.</translation>
    </message>
    <message>
        <source>The report %1 has no period: --days does not apply.</source>
        <translation>Het rapport %1 heeft geen periode: --days is hier niet van toepassing.</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.</source>
        <translation>Noem het te schrijven bestand met -o BESTAND.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &quot;%1&quot;: name a .xlsx or .csv file, or give --format.</source>
        <translation>Het formaat is niet af te leiden uit &quot;%1&quot;: noem een .xlsx- of .csv-bestand, of geef --format.</translation>
    </message>
    <message>
        <source>--separator and --no-bom apply to CSV only.</source>
        <translation>--separator en --no-bom gelden alleen voor CSV.</translation>
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
    <message>
        <source>Sync %1: %2 calls made, %3 not sent (circuit open after repeated failures), %4 rows written, %5 errors in %6 s (cache: %7).</source>
        <translation>Synchronisatie %1: %2 aanroepen gedaan, %3 niet verstuurd (verzoeken gepauzeerd na herhaalde fouten), %4 rijen geschreven, %5 fouten in %6 s (cache: %7).</translation>
    </message>
    <message>
        <source>Usage: springdesk-cli sync [--profile NAME | --url URL] [--api-key-file FILE]
           [--resource NAME… | --user ID | --course ID | --group ID
            | --results-for-user ID… [--results-for-course ID]]
           [--full] [--ttl SECONDS] [--cache FILE] [--max-in-flight N]
Fills the local cache of the profile (or of the URL) from the server.
What to fetch (one kind at a time; without these: everything except results and
profile-members, which cost one call per user):
  --resource NAME    only this resource (repeatable): %1
  --user ID          one user (UID or external ID): details, subscriptions, results,
                     skill profiles and bundle-course subscriptions
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
Wat wordt opgehaald (één soort tegelijk; zonder deze opties: alles behalve resultaten en
profile-members, die één aanroep per gebruiker kosten):
  --resource NAAM    alleen deze soort gegevens (herhaalbaar): %1
  --user ID          één gebruiker (UID of extern ID): gegevens, inschrijvingen, resultaten,
                     vaardigheidsprofielen en bundelcursusinschrijvingen
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
        <source>Cannot open the cache %1: %2</source>
        <translation>Kan de cache %1 niet openen: %2</translation>
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
    <message>
        <source>&amp;Reset demo data…</source>
        <translation>Demogegevens &amp;herstellen…</translation>
    </message>
    <message>
        <source>Throw away the demo sandbox&apos;s data and the demo&apos;s local cache, and start again with fresh demo data.</source>
        <translation>De gegevens van de demo-sandbox en de lokale cache van de demo weggooien en opnieuw beginnen met verse demogegevens.</translation>
    </message>
    <message>
        <source>The demo is still starting; reset it when it runs.</source>
        <translation>De demo start nog; herstel hem als hij draait.</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>Demogegevens herstellen</translation>
    </message>
    <message>
        <source>Throw away everything done in the demo (its sandbox data and its local cache) and start again with fresh demo data?</source>
        <translation>Alles weggooien wat in de demo is gedaan (de sandboxgegevens en de lokale cache) en opnieuw beginnen met verse demogegevens?</translation>
    </message>
    <message>
        <source>Demo data reset; the demo starts again with fresh data.</source>
        <translation>Demogegevens hersteld; de demo begint opnieuw met verse gegevens.</translation>
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
    <name>Springdesk::Models::CacheReader</name>
    <message>
        <source>The local cache could not be read: %1</source>
        <translation>De lokale cache kon niet worden gelezen: %1</translation>
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
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>Calendar items</source>
        <translation>Agenda-items</translation>
    </message>
    <message>
        <source>Skill profiles</source>
        <translation>Vaardigheidsprofielen</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundels</translation>
    </message>
    <message>
        <source>User %1 refreshed (%2).</source>
        <extracomment>activity log; %1 the user&apos;s name, %2 the counts</extracomment>
        <translation>Gebruiker %1 vernieuwd (%2).</translation>
    </message>
    <message>
        <source>Course %1 refreshed (%2).</source>
        <translation>Cursus %1 vernieuwd (%2).</translation>
    </message>
    <message>
        <source>Group %1 refreshed (%2).</source>
        <translation>Groep %1 vernieuwd (%2).</translation>
    </message>
    <message>
        <source>Results of the learners of “%1” fetched (%2).</source>
        <translation>Resultaten van de deelnemers van “%1” opgehaald (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Results fetched for %n user(s) (%1).</source>
        <translation>
            <numerusform>Resultaten opgehaald voor %n gebruiker (%1).</numerusform>
            <numerusform>Resultaten opgehaald voor %n gebruikers (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped: the profile changed before the local cache was open.</source>
        <translation>Vervallen: het profiel wisselde voordat de lokale cache open was.</translation>
    </message>
    <message>
        <source>Stopped because the profile changed.</source>
        <translation>Gestopt omdat het profiel wisselde.</translation>
    </message>
    <message>
        <source>Results of the learners of “%1”</source>
        <extracomment>a job in the Jobs panel; %1 a course&apos;s name</extracomment>
        <translation>Resultaten van de deelnemers van “%1”</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Geannuleerd voordat het begon.</translation>
    </message>
    <message>
        <source>Waiting for the local cache to open…</source>
        <translation>Wacht tot de lokale cache open is…</translation>
    </message>
    <message>
        <source>Reading the API key…</source>
        <translation>De API-sleutel wordt gelezen…</translation>
    </message>
    <message>
        <source>The synchronisation could not be started.</source>
        <translation>De synchronisatie kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a sync job&apos;s detail in the Jobs panel: the phase (Syncing users: 3/10), the time left</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 API calls, %2 rows written</source>
        <extracomment>a sync job&apos;s end in the Jobs panel; %1 API calls, %2 rows written</extracomment>
        <translation>%1 API-aanroepen, %2 rijen geschreven</translation>
    </message>
    <message>
        <source>Cancelled; what was fetched is kept (%1).</source>
        <translation>Geannuleerd; wat is opgehaald blijft bewaard (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Finished with %n error(s); what was fetched is kept.</source>
        <translation>
            <numerusform>Klaar met %n fout; wat is opgehaald blijft bewaard.</numerusform>
            <numerusform>Klaar met %n fouten; wat is opgehaald blijft bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <extracomment>a sync job&apos;s end in the Jobs panel; %1 the counts</extracomment>
        <translation>Klaar: %1.</translation>
    </message>
    <message>
        <source>Refresh user %1</source>
        <extracomment>a job in the Jobs panel</extracomment>
        <translation>Gebruiker %1 vernieuwen</translation>
    </message>
    <message>
        <source>Refresh course %1</source>
        <translation>Cursus %1 vernieuwen</translation>
    </message>
    <message>
        <source>Refresh group %1</source>
        <translation>Groep %1 vernieuwen</translation>
    </message>
    <message numerus="yes">
        <source>Results of %n user(s)</source>
        <translation>
            <numerusform>Resultaten van %n gebruiker</numerusform>
            <numerusform>Resultaten van %n gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <source>Full synchronisation</source>
        <translation>Volledige synchronisatie</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>The synchronisation could not be started; the activity log says why.</source>
        <translation>De synchronisatie kon niet worden gestart; het activiteitenlogboek zegt waarom.</translation>
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
    <message>
        <source>Several cached courses are called “%1”. This one: external ID %2, template %3, UID %4.</source>
        <translation>Meerdere cursussen in de cache heten “%1”. Deze: extern ID %2, sjabloon %3, UID %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>UID %1</source>
        <translation>UID %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
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
    <message>
        <source>The keyring is locked</source>
        <translation>De sleutelbos is vergrendeld</translation>
    </message>
    <message>
        <source>Last synchronisation failed</source>
        <translation>Laatste synchronisatie mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Last synchronisation failed (%n error(s))</source>
        <translation>
            <numerusform>Laatste synchronisatie mislukt (%n fout)</numerusform>
            <numerusform>Laatste synchronisatie mislukt (%n fouten)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>age of a part of the cache that was never fetched</extracomment>
        <translation>nooit</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>short age, e.g. &quot;3 min ago&quot;</extracomment>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>short age, e.g. &quot;2 h ago&quot;</extracomment>
        <translation>
            <numerusform>%n u geleden</numerusform>
            <numerusform>%n u geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>tooltip line: area of the cache and when its list was fetched, e.g. &quot;Users: 7 Dec 2026 14:03&quot;
----------
status bar: an area of the cache and its age, e.g. &quot;Users: 3 min ago&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last complete synchronisation without errors: %1</source>
        <translation>Laatste volledige synchronisatie zonder fouten: %1</translation>
    </message>
    <message>
        <source>No complete synchronisation without errors yet.</source>
        <translation>Nog geen volledige synchronisatie zonder fouten.</translation>
    </message>
    <message>
        <source>The last synchronisation, at %1, had errors; see the activity log.</source>
        <translation>De laatste synchronisatie, om %1, had fouten; zie het activiteitenlogboek.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::DashboardData</name>
    <message>
        <source>0–20 %</source>
        <translation>0–20 %</translation>
    </message>
    <message>
        <source>20–40 %</source>
        <translation>20–40 %</translation>
    </message>
    <message>
        <source>40–60 %</source>
        <translation>40–60 %</translation>
    </message>
    <message>
        <source>60–80 %</source>
        <translation>60–80 %</translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation>80–100 %</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>De lokale cache kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>From the window</source>
        <translation>Vanuit het venster</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>Vanaf de opdrachtregel</translation>
    </message>
    <message>
        <source>From imports</source>
        <translation>Uit imports</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::GroupTreeModel</name>
    <message>
        <source>Last checked on the server: %1</source>
        <translation>Laatst gecontroleerd op de server: %1</translation>
    </message>
    <message>
        <source>The API does not return group names; the name is known for groups made or imported through Springdesk.</source>
        <translation>De API geeft geen groepsnamen terug; de naam is bekend van groepen die via Springdesk zijn gemaakt of geïmporteerd.</translation>
    </message>
    <message>
        <source>Shown because a group below it matches the filter.</source>
        <translation>Getoond omdat een groep eronder aan het filter voldoet.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <extracomment>a user group whose name the cache does not know</extracomment>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>members of a group were never fetched</extracomment>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column header: learner, instructor or observer group</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: whether the group was checked to exist on the server</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members fetched</source>
        <extracomment>column header: when the group&apos;s members were last fetched</extracomment>
        <translation>Leden opgehaald</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::IdCompletionModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>a completion: the ID, then the name of the user, group or course</extracomment>
        <translation>%1 — %2</translation>
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
    <name>Springdesk::Models::Job</name>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>a job&apos;s state: registered, not started yet</extracomment>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Bulk run</source>
        <extracomment>a job that sends many commands in one run (an import)</extracomment>
        <translation>Bulkuitvoering</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::JobListModel</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>a job&apos;s progress: done of total (rows, API calls)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>column header: how long a job ran</extracomment>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::JobTracking</name>
    <message numerus="yes">
        <source>%n row(s) to send</source>
        <translation>
            <numerusform>%n rij te versturen</numerusform>
            <numerusform>%n rijen te versturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) done</source>
        <translation>
            <numerusform>%1 van %n rij klaar</numerusform>
            <numerusform>%1 van %n rijen klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n row(s) were not sent.</source>
        <translation>
            <numerusform>Geannuleerd: %1 van %n rij is niet verstuurd.</numerusform>
            <numerusform>Geannuleerd: %1 van %n rijen zijn niet verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) failed; the Changes view has each row&apos;s outcome.</source>
        <translation>
            <numerusform>%1 van %n rij mislukt; het overzicht Wijzigingen toont de uitkomst van elke rij.</numerusform>
            <numerusform>%1 van %n rijen mislukt; het overzicht Wijzigingen toont de uitkomst van elke rij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) done.</source>
        <translation>
            <numerusform>%n rij klaar.</numerusform>
            <numerusform>%n rijen klaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %1… %n row(s) written.</source>
        <translation>
            <numerusform>%1 wordt geschreven… %n rij geschreven.</numerusform>
            <numerusform>%1 wordt geschreven… %n rijen geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
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
    <name>Springdesk::Models::PreviewTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
    <name>Springdesk::Models::SkillProfileTableModel</name>
    <message>
        <source>no ID</source>
        <extracomment>a skill profile without external ID</extracomment>
        <translation>geen ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Subenvironments</source>
        <translation>Subomgevingen</translation>
    </message>
    <message>
        <source>Fetched</source>
        <extracomment>column header: when the row was fetched from the server</extracomment>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>Users the cache knows to have this profile: from the pane&apos;s Refresh (which asks for every cached user), a refresh of the user, or links made through Springdesk.</source>
        <translation>Gebruikers van wie de cache weet dat ze dit profiel hebben: via Vernieuwen in dit paneel (dat het voor elke gebruiker in de cache vraagt), het vernieuwen van de gebruiker, of koppelingen die via Springdesk zijn gemaakt.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::SsoLinkListModel</name>
    <message>
        <source>course %1, activity %2</source>
        <extracomment>where an SSO link leads: %1 a course ID, %2 an activity ID</extracomment>
        <translation>cursus %1, activiteit %2</translation>
    </message>
    <message>
        <source>course %1</source>
        <extracomment>where an SSO link leads: %1 a course ID</extracomment>
        <translation>cursus %1</translation>
    </message>
    <message>
        <source>home page</source>
        <extracomment>where an SSO link leads when no course or redirect was given</extracomment>
        <translation>startpagina</translation>
    </message>
    <message>
        <source>aNewSpring accepts a login token once, and only the user&apos;s most recent one.</source>
        <translation>aNewSpring accepteert een inlogtoken één keer, en alleen het meest recente token van de gebruiker.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a user&apos;s name, %2 the user&apos;s ID</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Replaced by a newer link for this user: no longer valid.</source>
        <translation>Vervangen door een nieuwere link voor deze gebruiker: niet meer geldig.</translation>
    </message>
    <message>
        <source>Single use and short-lived: open it soon, once.</source>
        <translation>Eenmalig en kort geldig: open hem snel, één keer.</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>column header: when an SSO link was made</extracomment>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Opens</source>
        <extracomment>column header: where an SSO link leads (course, activity or page)</extracomment>
        <translation>Opent</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::SsoLinkMaker</name>
    <message>
        <source>No link can be made now: %1</source>
        <translation>Er kan nu geen link worden gemaakt: %1</translation>
    </message>
    <message>
        <source>No login token: %1</source>
        <extracomment>%1 is the server&apos;s answer or why the call was not sent</extracomment>
        <translation>Geen inlogtoken: %1</translation>
    </message>
    <message>
        <source>The link could not be built: %1</source>
        <translation>De link kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::SubenvironmentLinkModel</name>
    <message>
        <source>Linked by aNewSpring: skill profiles cannot be linked or unlinked through the API.</source>
        <translation>Gekoppeld door aNewSpring: vaardigheidsprofielen kunnen niet via de API worden gekoppeld of ontkoppeld.</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <extracomment>a linked object the local cache does not know</extracomment>
        <translation>niet in de cache</translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>column header: user, user group, template, event or skill profile</extracomment>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::SubenvironmentTableModel</name>
    <message>
        <source>Fetched %1. Skill profiles are linked to subenvironments by aNewSpring; the API can only read these links.</source>
        <translation>Opgehaald %1. Vaardigheidsprofielen worden door aNewSpring aan subomgevingen gekoppeld; de API kan deze koppelingen alleen lezen.</translation>
    </message>
    <message>
        <source>Not fetched yet: a synchronisation reads them. Skill profiles are linked to subenvironments by aNewSpring; the API can only read these links.</source>
        <translation>Nog niet opgehaald: een synchronisatie leest ze. Vaardigheidsprofielen worden door aNewSpring aan subomgevingen gekoppeld; de API kan deze koppelingen alleen lezen.</translation>
    </message>
    <message>
        <source>Links made through Springdesk; the API cannot list a subenvironment&apos;s links.</source>
        <translation>Koppelingen die via Springdesk zijn gemaakt; de API kan de koppelingen van een subomgeving niet opsommen.</translation>
    </message>
    <message>
        <source>not fetched</source>
        <extracomment>skill profiles of a subenvironment that were never fetched</extracomment>
        <translation>niet opgehaald</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: whether the subenvironment was checked to exist on the server</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Gebruikersgroepen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>column header: bookable events</extracomment>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Skill profiles</source>
        <translation>Vaardigheidsprofielen</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>Checked</source>
        <extracomment>column header: when the subenvironment was last checked on the server</extracomment>
        <translation>Gecontroleerd</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::SyncProgressText</name>
    <message>
        <source>Synchronising…</source>
        <translation>Bezig met synchroniseren…</translation>
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
    <message>
        <source>skill profiles of users</source>
        <translation>vaardigheidsprofielen van gebruikers</translation>
    </message>
    <message>
        <source>bundle subscriptions</source>
        <translation>bundelinschrijvingen</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::UserResultsModel</name>
    <message>
        <source>Attempt %1</source>
        <extracomment>a row of the results tree under an activity; %1 is the attempt&apos;s number</extracomment>
        <translation>Poging %1</translation>
    </message>
    <message>
        <source>(unnamed course)</source>
        <translation>(naamloze cursus)</translation>
    </message>
    <message>
        <source>(unnamed activity)</source>
        <translation>(naamloze activiteit)</translation>
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
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>Course UID %1</source>
        <translation>Cursus-UID %1</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Cursus %1</translation>
    </message>
    <message>
        <source>In block %1</source>
        <extracomment>tooltip of an activity in the results tree: %1 the block it is in</extracomment>
        <translation>In blok %1</translation>
    </message>
    <message>
        <source>Course / activity</source>
        <extracomment>results tree column: course, activity or attempt</extracomment>
        <translation>Cursus / activiteit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>results tree column: the course&apos;s grade, an activity&apos;s or attempt&apos;s score</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
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
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::Vocabulary</name>
    <message>
        <source>not tracked</source>
        <extracomment>an ID that is not in the registry of known IDs</extracomment>
        <translation>niet gevolgd</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>the existence of a known ID was never checked on the server</extracomment>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>bestaat</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>the server said this ID does not exist (any more)</extracomment>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>deleted through Springdesk</extracomment>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Gebruikersgroep</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>a bookable event (not a calendar item)</extracomment>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Skill profile</source>
        <translation>Vaardigheidsprofiel</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between role names in a list, e.g. &quot;Learner, Instructor&quot;</extracomment>
        <translation>, </translation>
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
    <name>Springdesk::Platform::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Kan de map %1 niet afschermen voor andere gebruikers.</translation>
    </message>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>Kan het bestand %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot make the file %1 private.</source>
        <translation>Kan het bestand %1 niet afschermen voor andere gebruikers.</translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation>Kan het bestand %1 niet openen: %2</translation>
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
    <message numerus="yes">
        <source>The cache %1 is being opened by another Springdesk process (%2, process %3) and stayed locked for %n second(s).</source>
        <translation>
            <numerusform>De cache %1 wordt geopend door een ander Springdesk-proces (%2, proces %3) en bleef %n seconde vergrendeld.</numerusform>
            <numerusform>De cache %1 wordt geopend door een ander Springdesk-proces (%2, proces %3) en bleef %n seconden vergrendeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>onbekend programma</translation>
    </message>
    <message>
        <source>Cannot create the cache file %1.</source>
        <translation>Kan het cachebestand %1 niet aanmaken.</translation>
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
    <name>Springdesk::Store::ColumnFilter</name>
    <message>
        <source>%1: needs a value, e.g. %1:%2</source>
        <extracomment>%1 is a filter key such as &quot;type&quot;; the user typed &quot;type:&quot; without a value</extracomment>
        <translation>%1: heeft een waarde nodig, bijv. %1:%2</translation>
    </message>
    <message>
        <source>%1:%2 — use yes or no (true or false).</source>
        <extracomment>%1 is a filter key such as &quot;active&quot;, %2 what the user typed after the colon</extracomment>
        <translation>%1:%2 — gebruik ja of nee (true of false).</translation>
    </message>
    <message>
        <source>%1:%2 is not known; use one of: %3.</source>
        <extracomment>%1 is a filter key such as &quot;type&quot;, %2 what the user typed, %3 the accepted words</extracomment>
        <translation>%1:%2 is onbekend; gebruik een van: %3.</translation>
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
    <name>Springdesk::Store::SyncEngine</name>
    <message>
        <source>Another synchronisation of this cache is running (%1, process %2); this one was not started. Try again when it has finished.</source>
        <translation>Er loopt al een andere synchronisatie van deze cache (%1, proces %2); deze is niet gestart. Probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>onbekend programma</translation>
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
    <message>
        <source>%1: %2</source>
        <extracomment>activity log: the API function that failed, then why (a sentence)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cached users could not be read: %1</source>
        <translation>De gebruikers in de cache konden niet worden gelezen: %1</translation>
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
    <name>Springdesk::Transfer::CsvReader</name>
    <message>
        <source>Line %1: a quoted field starts here but its closing quote is missing.</source>
        <translation>Regel %1: hier begint een veld tussen aanhalingstekens, maar het afsluitende aanhalingsteken ontbreekt.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after the closing quote of a field (a quote inside a quoted field must be doubled).</source>
        <translation>Regel %1: onverwachte tekst na het afsluitende aanhalingsteken van een veld (een aanhalingsteken binnen een veld tussen aanhalingstekens moet verdubbeld worden).</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 MiB.</source>
        <translation>Regel %1: een veld is langer dan %2 MiB.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Transfer::CsvTableWriter</name>
    <message numerus="yes">
        <source>This report has %n table(s); a CSV file holds one. Export it as XLSX, or choose one course.</source>
        <translation>
            <numerusform>Dit rapport heeft %n tabel; een CSV-bestand bevat er één. Exporteer het als XLSX, of kies één cursus.</numerusform>
            <numerusform>Dit rapport heeft %n tabellen; een CSV-bestand bevat er één. Exporteer het als XLSX, of kies één cursus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Transfer::ExportError</name>
    <message>
        <source>The disk is full: %1 could not be written.</source>
        <translation>De schijf is vol: %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Permission denied: you may not write %1.</source>
        <translation>Geen toestemming: u mag %1 niet schrijven.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 staat op een alleen-lezen schijf.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>De map van %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Transfer::OperationLogSource</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>IDs touched</source>
        <translation>Geraakte ID&apos;s</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duur (ms)</translation>
    </message>
</context>
<context>
    <name>Springdesk::Transfer::ReportRegistry</name>
    <message>
        <source>The local cache does not know the course(s) %1: synchronise the courses first.</source>
        <translation>De lokale cache kent de cursus(sen) %1 niet: synchroniseer eerst de cursussen.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Expiring between</source>
        <translation>Aflopend tussen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Springdesk::Transfer::Reports</name>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Extern ID</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>Opgehaald op</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Groeps-ID</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Groepsnaam</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Groepstype</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>Bovenliggende groep</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Lid-ID</translation>
    </message>
    <message>
        <source>Member UID</source>
        <translation>Lid-UID</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Naam lid</translation>
    </message>
    <message>
        <source>Member e-mail</source>
        <translation>E-mail lid</translation>
    </message>
    <message>
        <source>Course ID</source>
        <translation>Cursus-ID</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Learner ID</source>
        <translation>Deelnemer-ID</translation>
    </message>
    <message>
        <source>Learner UID</source>
        <translation>Deelnemer-UID</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Knowledge intake</source>
        <translation>Kennisopname</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiëntie</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Instructor ID</source>
        <translation>Docent-ID</translation>
    </message>
    <message>
        <source>Instructor UID</source>
        <translation>Docent-UID</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Docent</translation>
    </message>
    <message>
        <source>Instructor group</source>
        <translation>Docentengroep</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Linked learners</source>
        <translation>Gekoppelde deelnemers</translation>
    </message>
    <message>
        <source>Linked learner IDs</source>
        <translation>ID&apos;s gekoppelde deelnemers</translation>
    </message>
    <message>
        <source>Access-code group ID</source>
        <translation>ID toegangscodegroep</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Linked user ID</source>
        <translation>ID gekoppelde gebruiker</translation>
    </message>
    <message>
        <source>Linked user</source>
        <translation>Gekoppelde gebruiker</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen resterend</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Item-ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Evenement-ID</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>Deelnemer-ID</translation>
    </message>
    <message>
        <source>Participant UID</source>
        <translation>Deelnemer-UID</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cannot read the local cache %1: %2</source>
        <translation>Kan de lokale cache %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The local cache holds no results yet: fetch the results of a course&apos;s learners first.</source>
        <translation>De lokale cache bevat nog geen resultaten: haal eerst de resultaten van de deelnemers van een cursus op.</translation>
    </message>
    <message>
        <source>The local cache does not hold the courses asked for.</source>
        <translation>De lokale cache bevat de gevraagde cursussen niet.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Every cached user with roles and status.</source>
        <translation>Elke gebruiker in de cache, met rollen en status.</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Groepsleden</translation>
    </message>
    <message>
        <source>The user groups as a tree, with their members.</source>
        <translation>De gebruikersgroepen als boom, met hun leden.</translation>
    </message>
    <message>
        <source>Course roster</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <source>The learners of courses: status, start, expiry, progress, knowledge intake, efficiency and objectives.</source>
        <translation>De deelnemers van cursussen: status, start, verloopdatum, voortgang, kennisopname, efficiëntie en leerdoelen.</translation>
    </message>
    <message>
        <source>Results matrix</source>
        <translation>Resultatenmatrix</translation>
    </message>
    <message>
        <source>Learners × activities with score and passed, one sheet per course (without courses: every course with cached results).</source>
        <translation>Deelnemers × activiteiten met score en geslaagd, één blad per cursus (zonder cursussen: elke cursus met resultaten in de cache).</translation>
    </message>
    <message>
        <source>Course instructors</source>
        <translation>Docenten per cursus</translation>
    </message>
    <message>
        <source>The instructors of each course with their permissions and linked learners, as far as the cache knows.</source>
        <translation>De docenten van elke cursus met hun rechten en gekoppelde deelnemers, voor zover de cache ze kent.</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Toegangscodes</translation>
    </message>
    <message>
        <source>The access codes of each known access-code group: code, type, linked user and status.</source>
        <translation>De toegangscodes van elke bekende toegangscodegroep: code, type, gekoppelde gebruiker en status.</translation>
    </message>
    <message>
        <source>Expiring subscriptions</source>
        <translation>Aflopende inschrijvingen</translation>
    </message>
    <message>
        <source>Subscriptions that expire in the coming days (the earlier of the course&apos;s expiry date and the start date plus the course&apos;s validity).</source>
        <translation>Inschrijvingen die de komende dagen verlopen (de vroegste van de verloopdatum van de cursus en de startdatum plus de geldigheid van de cursus).</translation>
    </message>
    <message>
        <source>Calendar items</source>
        <translation>Agenda-items</translation>
    </message>
    <message>
        <source>The calendar items of each course.</source>
        <translation>De agenda-items van elke cursus.</translation>
    </message>
    <message>
        <source>Event participants</source>
        <translation>Deelnemers aan evenementen</translation>
    </message>
    <message>
        <source>The participants of each known bookable event, with attendance and score.</source>
        <translation>De deelnemers van elk bekend boekbaar evenement, met aanwezigheid en score.</translation>
    </message>
    <message>
        <source>%1: score</source>
        <extracomment>results matrix column: an activity&apos;s score</extracomment>
        <translation>%1: score</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <extracomment>results matrix column: whether the learner passed the activity</extracomment>
        <translation>%1: geslaagd</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Logboek van opdrachten</translation>
    </message>
    <message>
        <source>Every command Springdesk sent for this profile (from the window, the command line or an import): when, from where, what, with which parameters (passwords masked), the outcome and the IDs it touched.</source>
        <translation>Elke opdracht die Springdesk voor dit profiel verstuurde (vanuit het venster, de opdrachtregel of een import): wanneer, vanwaar, wat, met welke parameters (wachtwoorden gemaskeerd), de uitkomst en de ID&apos;s die ze raakte.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Transfer::XlsxTableWriter</name>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; could not be added.</source>
        <translation>Het blad &quot;%1&quot; kon niet worden toegevoegd.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Het schrijven van %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Gegevens van</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Geëxporteerd door</translation>
    </message>
    <message>
        <source>Springdesk %1</source>
        <translation>Springdesk %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Gegevens van %1</translation>
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
    <name>Springdesk::Views::CommandDialog</name>
    <message>
        <source>%1 — Run API function</source>
        <extracomment>window title of a command&apos;s form: the API function&apos;s name</extracomment>
        <translation>%1 — API-functie uitvoeren</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>the function, then its HTTP method and path, e.g. &quot;addUser (POST /addUser/{userID})&quot;</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Ask the server (a query changes nothing)</source>
        <translation>De server vragen (een opvraging verandert niets)</translation>
    </message>
    <message>
        <source>Send the command to the server; it is recorded in the Changes view</source>
        <translation>De opdracht naar de server sturen; ze wordt vastgelegd in het overzicht Wijzigingen</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>the object a command is about: the parameter&apos;s label, then its value, e.g. &quot;User ID “EMP-1”&quot;</extracomment>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betreft: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (production)</source>
        <translation>Profiel: %1 (productie)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profiel: %1</translation>
    </message>
    <message>
        <source>This command cannot be undone; you will be asked to confirm.</source>
        <translation>Deze opdracht kan niet ongedaan worden gemaakt; u wordt om bevestiging gevraagd.</translation>
    </message>
    <message>
        <source>No connection: choose a profile with a local cache to send commands.</source>
        <translation>Geen verbinding: kies een profiel met een lokale cache om opdrachten te verzenden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Nothing can be sent while a parameter is wrong:</source>
        <translation>Er kan niets worden verzonden zolang een parameter onjuist is:</translation>
    </message>
    <message>
        <source>The request cannot be built: %1</source>
        <translation>Het verzoek kan niet worden opgebouwd: %1</translation>
    </message>
    <message>
        <source>file %1 (%2)</source>
        <extracomment>a file parameter in the request preview: its name and size</extracomment>
        <translation>bestand %1 (%2)</translation>
    </message>
    <message>
        <source>The API key goes in the X-API-Key header and is not shown.</source>
        <translation>De API-sleutel gaat mee in de header X-API-Key en wordt niet getoond.</translation>
    </message>
    <message>
        <source>Confirm on production</source>
        <translation>Bevestigen op productie</translation>
    </message>
    <message>
        <source>“%1” is a production environment and %2 on %3 cannot be undone. Type the ID %4 to confirm.</source>
        <translation>“%1” is een productieomgeving en %2 op %3 kan niet ongedaan worden gemaakt. Typ het ID %4 om te bevestigen.</translation>
    </message>
    <message>
        <source>You typed “%1”, not the ID %2; nothing was sent.</source>
        <translation>U typte “%1”, niet het ID %2; er is niets verzonden.</translation>
    </message>
    <message>
        <source>Send %1 to the production environment “%2”?</source>
        <translation>%1 naar de productieomgeving “%2” sturen?</translation>
    </message>
    <message>
        <source>Send %1 for %2 to the production environment “%3”?</source>
        <translation>%1 voor %2 naar de productieomgeving “%3” sturen?</translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation>Naar productie sturen?</translation>
    </message>
    <message>
        <source>Run %1? The API cannot restore what it removes.</source>
        <translation>%1 uitvoeren? De API kan niet herstellen wat ze verwijdert.</translation>
    </message>
    <message>
        <source>Run %1 on %2? The API cannot restore what it removes.</source>
        <translation>%1 uitvoeren op %2? De API kan niet herstellen wat ze verwijdert.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Not sent: there is no connection to send it through.</source>
        <translation>Niet verzonden: er is geen verbinding om het via te verzenden.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Niet verzonden.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verzonden: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>The server answers: yes.</source>
        <translation>De server antwoordt: ja.</translation>
    </message>
    <message>
        <source>The server answers: no.</source>
        <translation>De server antwoordt: nee.</translation>
    </message>
    <message>
        <source>Done: the server&apos;s answer is below.</source>
        <translation>Klaar: het antwoord van de server staat hieronder.</translation>
    </message>
    <message>
        <source>Done: the server carried out %1.</source>
        <translation>Klaar: de server heeft %1 uitgevoerd.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Done (verified): the answer was lost, and a check afterwards shows the command was carried out.</source>
        <translation>Klaar (gecontroleerd): het antwoord ging verloren en een controle achteraf toont dat de opdracht is uitgevoerd.</translation>
    </message>
    <message>
        <source>Not done (verified): the answer was lost, and a check afterwards shows the command was not carried out. You can send it again.</source>
        <translation>Niet uitgevoerd (gecontroleerd): het antwoord ging verloren en een controle achteraf toont dat de opdracht niet is uitgevoerd. U kunt haar opnieuw verzenden.</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost and no check could tell whether the command was carried out. Look at the object before sending it again. %1</source>
        <translation>Onbekend: het antwoord ging verloren en geen controle kon uitwijzen of de opdracht is uitgevoerd. Bekijk het object voordat u haar opnieuw verzendt. %1</translation>
    </message>
    <message>
        <source>The server answered without content.</source>
        <translation>De server antwoordde zonder inhoud.</translation>
    </message>
    <message>
        <source>Export the answer</source>
        <translation>Het antwoord exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln rij geschreven naar %1.</numerusform>
            <numerusform>%Ln rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::CommandForm</name>
    <message>
        <source>This function has no parameters.</source>
        <translation>Deze functie heeft geen parameters.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>the label of a required parameter in a command form: the label, then the required marker</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required; sent as “%1”</source>
        <translation>Verplicht; verzonden als “%1”</translation>
    </message>
    <message>
        <source>Sent as “%1”</source>
        <translation>Verzonden als “%1”</translation>
    </message>
    <message>
        <source>Which identifier you give</source>
        <translation>Welke identificatie u opgeeft</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>the choice of a combo box in a command form that sends nothing</extracomment>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not given (the server&apos;s default)</source>
        <translation>Niet opgegeven (standaard van de server)</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>shown in an empty date field of a command form</extracomment>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Leave the date out</source>
        <translation>De datum weglaten</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Choose the file for “%1”</source>
        <translation>Kies het bestand voor “%1”</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Het bestand %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Given by the action that opened this form</source>
        <translation>Gegeven door de actie die dit formulier opende</translation>
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
    <name>Springdesk::Views::DashboardPane</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Opslaan als &amp;PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image.</source>
        <translation>Deze grafiek opslaan als PNG-afbeelding.</translation>
    </message>
    <message>
        <source>There is no local cache yet: choose a connection profile and synchronise.</source>
        <translation>Er is nog geen lokale cache: kies een verbindingsprofiel en synchroniseer.</translation>
    </message>
    <message>
        <source>Reading the local cache…</source>
        <translation>De lokale cache wordt gelezen…</translation>
    </message>
    <message>
        <source>Subscriptions by status</source>
        <translation>Inschrijvingen per status</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Progress of the learners of the biggest courses</source>
        <translation>Voortgang van de deelnemers van de grootste cursussen</translation>
    </message>
    <message>
        <source>Subscriptions expiring in the coming weeks</source>
        <translation>Inschrijvingen die de komende weken verlopen</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Verlopend</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>De grafiek kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>From the local cache. The operation log cannot be read: %1</source>
        <translation>Uit de lokale cache. Het logboek van opdrachten kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>From the local cache and the log of the commands sent for this profile.</source>
        <translation>Uit de lokale cache en het logboek van de opdrachten die voor dit profiel zijn verstuurd.</translation>
    </message>
    <message>
        <source>Commands sent in the past weeks</source>
        <translation>Verstuurde opdrachten in de afgelopen weken</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ExportRunner</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, separated by commas or semicolons (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, gescheiden door komma&apos;s of puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting to %1… %n row(s) written.</source>
        <translation>
            <numerusform>Exporteren naar %1… %n rij geschreven.</numerusform>
            <numerusform>Exporteren naar %1… %n rijen geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1</source>
        <extracomment>a job in the Jobs panel; %1 the file&apos;s name</extracomment>
        <translation>Export naar %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::FunctionPickerDialog</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Content libraries</source>
        <translation>Contentbibliotheken</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Gebruikersgroepen</translation>
    </message>
    <message>
        <source>Subenvironments</source>
        <translation>Subomgevingen</translation>
    </message>
    <message>
        <source>Subscriptions and results</source>
        <translation>Inschrijvingen en resultaten</translation>
    </message>
    <message>
        <source>Templates and courses</source>
        <translation>Sjablonen en cursussen</translation>
    </message>
    <message>
        <source>Calendar items</source>
        <translation>Agenda-items</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Toegangscodes</translation>
    </message>
    <message>
        <source>Bookable events</source>
        <translation>Boekbare evenementen</translation>
    </message>
    <message>
        <source>Skill profiles</source>
        <translation>Vaardigheidsprofielen</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundels</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single sign-on</translation>
    </message>
    <message>
        <source>Query: reads, changes nothing</source>
        <translation>Opvraging: leest, verandert niets</translation>
    </message>
    <message>
        <source>Command: cannot be undone</source>
        <translation>Opdracht: kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>Command: changes the environment</source>
        <translation>Opdracht: verandert de omgeving</translation>
    </message>
    <message>
        <source>%1 (provisional name)</source>
        <extracomment>appended to a function&apos;s description when its name is the contract&apos;s best guess</extracomment>
        <translation>%1 (voorlopige naam)</translation>
    </message>
    <message>
        <source>Run API function</source>
        <translation>API-functie uitvoeren</translation>
    </message>
    <message>
        <source>Filter by function, resource or parameter…</source>
        <translation>Filteren op functie, onderdeel of parameter…</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameters: %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::GroupsPane</name>
    <message>
        <source>Filter: name, ID, type:learner, state:missing…</source>
        <translation>Filter: naam, ID, type:cursist, state:missing…</translation>
    </message>
    <message>
        <source>The local cache knows no user groups yet. The API cannot list groups: create one here, or track an existing group by its ID (Track group…).</source>
        <translation>De lokale cache kent nog geen gebruikersgroepen. De API kan geen groepen opsommen: maak er hier een, of volg een bestaande groep via zijn ID (Groep volgen…).</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nieuwe groep…</translation>
    </message>
    <message>
        <source>Create a user group (addGroup).</source>
        <translation>Een gebruikersgroep maken (addGroup).</translation>
    </message>
    <message>
        <source>New &amp;subgroup…</source>
        <translation>Nieuwe &amp;subgroep…</translation>
    </message>
    <message>
        <source>Create a user group under the current group (addGroup with its parent set).</source>
        <translation>Een gebruikersgroep onder de huidige groep maken (addGroup met de bovenliggende groep ingevuld).</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>Rename the current group (updateGroup).</source>
        <translation>De huidige groep hernoemen (updateGroup).</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>Give the current group another parent group (updateGroup).</source>
        <translation>De huidige groep een andere bovenliggende groep geven (updateGroup).</translation>
    </message>
    <message>
        <source>&amp;Add users…</source>
        <translation>Gebruikers &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add users to the current group by typing or pasting their IDs (addGroupUsers).</source>
        <translation>Gebruikers aan de huidige groep toevoegen door hun ID’s te typen of te plakken (addGroupUsers).</translation>
    </message>
    <message>
        <source>Add users selected in the &amp;Users pane…</source>
        <translation>In het &amp;Gebruikersvenster gekozen gebruikers toevoegen…</translation>
    </message>
    <message>
        <source>Add the users selected in the Users pane to the current group, in one call (addGroupUsers).</source>
        <translation>De in het Gebruikersvenster gekozen gebruikers in één aanroep aan de huidige groep toevoegen (addGroupUsers).</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected members…</source>
        <translation>Gekozen leden &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Remove the members selected in the details from the current group (deleteGroupUsers).</source>
        <translation>De in de details gekozen leden uit de huidige groep verwijderen (deleteGroupUsers).</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>Groep ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Delete the current group (deleteGroup); with force also while it is in use.</source>
        <translation>De huidige groep verwijderen (deleteGroup); met force ook als hij nog in gebruik is.</translation>
    </message>
    <message>
        <source>Check &amp;existence…</source>
        <translation>&amp;Bestaan controleren…</translation>
    </message>
    <message>
        <source>Ask the server whether the current group exists (groupExists).</source>
        <translation>De server vragen of de huidige groep bestaat (groupExists).</translation>
    </message>
    <message>
        <source>&amp;Track group…</source>
        <translation>Groep &amp;volgen…</translation>
    </message>
    <message>
        <source>Track an existing group by its ID: the API cannot list groups.</source>
        <translation>Een bestaande groep volgen via zijn ID: de API kan geen groepen opsommen.</translation>
    </message>
    <message>
        <source>Refresh &amp;members</source>
        <translation>&amp;Leden vernieuwen</translation>
    </message>
    <message>
        <source>Fetch the current group&apos;s members from the server again (getGroupUsers).</source>
        <translation>De leden van de huidige groep opnieuw van de server ophalen (getGroupUsers).</translation>
    </message>
    <message>
        <source>Add users to group</source>
        <translation>Gebruikers aan groep toevoegen</translation>
    </message>
    <message>
        <source>No users are selected in the Users pane. Select them there (Ctrl+A selects all loaded users), then choose this action again.</source>
        <translation>Er zijn geen gebruikers gekozen in het Gebruikersvenster. Kies ze daar (Ctrl+A kiest alle geladen gebruikers) en kies dan deze actie opnieuw.</translation>
    </message>
    <message>
        <source>group %1</source>
        <extracomment>the object of a command form, e.g. &quot;group G-17&quot;</extracomment>
        <translation>groep %1</translation>
    </message>
    <message>
        <source>group %1 (%2)</source>
        <extracomment>the object of a command form: name and ID, e.g. &quot;group Year 1 (G-17)&quot;</extracomment>
        <translation>groep %1 (%2)</translation>
    </message>
    <message>
        <source>Choose a group to see its members.</source>
        <translation>Kies een groep om de leden te zien.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Leden van %1</translation>
    </message>
    <message>
        <source>Opening command forms is not available in this window.</source>
        <translation>Opdrachtformulieren openen is in dit venster niet beschikbaar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <extracomment>number of user groups shown, e.g. &quot;12 groups&quot;</extracomment>
        <translation>
            <numerusform>%Ln groep</numerusform>
            <numerusform>%Ln groepen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>&amp;Alles annuleren</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Beëindigde wissen</translation>
    </message>
    <message>
        <source>Ask every running job to stop; what was done so far is kept.</source>
        <translation>Vraag elke lopende taak te stoppen; wat al gedaan is blijft bewaard.</translation>
    </message>
    <message>
        <source>Remove the jobs that ended from the list.</source>
        <translation>Haal de beëindigde taken uit de lijst.</translation>
    </message>
    <message>
        <source>Show the jobs (Ctrl+Shift+J).</source>
        <translation>Toon de taken (Ctrl+Shift+J).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop this job; what was done so far is kept.</source>
        <translation>Stop deze taak; wat al gedaan is blijft bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n taak bezig</numerusform>
            <numerusform>%n taken bezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No jobs running; %n in the list</source>
        <translation>
            <numerusform>Geen taken bezig; %n in de lijst</numerusform>
            <numerusform>Geen taken bezig; %n in de lijst</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Taak annuleren</translation>
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
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filteren</translation>
    </message>
    <message>
        <source>Go to the current pane&apos;s filter (Ctrl+F); Down or Enter goes on to the results.</source>
        <translation>Naar het filter van het huidige paneel (Ctrl+F); Omlaag of Enter gaat door naar de resultaten.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Track a group, event or access-code group…</source>
        <translation>Een groep, evenement of toegangscodegroep &amp;volgen…</translation>
    </message>
    <message>
        <source>The API cannot list groups, bookable events or access-code groups: add one by its ID so that synchronisation keeps it in the local cache, and see what is tracked already.</source>
        <translation>De API kan groepen, boekbare evenementen en toegangscodegroepen niet opsommen: voeg er een toe met zijn ID, zodat de synchronisatie hem in de lokale cache bijhoudt, en zie wat al gevolgd wordt.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <extracomment>the language names stay in their own language, so that anyone finds theirs</extracomment>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Springdesk.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van Springdesk.</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <extracomment>a line of the shortcut overview: key, then what it does</extracomment>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Down or Enter in a filter	Go to the results</source>
        <translation>Omlaag of Enter in een filter	Naar de resultaten</translation>
    </message>
    <message>
        <source>Tab	Leave a table for the next field</source>
        <translation>Tab	Van een tabel naar het volgende veld</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export the current view (visible columns, filter, sort and selection) to an XLSX or CSV file (Ctrl+E).</source>
        <translation>Exporteer de huidige weergave (zichtbare kolommen, filter, sortering en selectie) naar een XLSX- of CSV-bestand (Ctrl+E).</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Wijzigingen</translation>
    </message>
    <message>
        <source>Every command sent for this profile, with its outcome (Ctrl+Shift+H).</source>
        <translation>Elke opdracht die voor dit profiel is verstuurd, met de uitkomst (Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Run API function…</source>
        <translation>API-functie &amp;uitvoeren…</translation>
    </message>
    <message>
        <source>Choose any function of the API, fill in its form and send it (Ctrl+Shift+P).</source>
        <translation>Kies een functie van de API, vul het formulier in en verzend het (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <source>Synchronisations, exports and other long work, with progress and Cancel (Ctrl+Shift+J).</source>
        <translation>Synchronisaties, exports en ander langdurig werk, met voortgang en Annuleren (Ctrl+Shift+J).</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::MemberList</name>
    <message>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) in the cache</source>
        <extracomment>users of a group or skill profile known to the local cache</extracomment>
        <translation>
            <numerusform>%Ln gebruiker in de cache</numerusform>
            <numerusform>%Ln gebruikers in de cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ParamListEditor</name>
    <message>
        <source>One per line; pasted lists separated by commas or semicolons are split</source>
        <translation>Eén per regel; geplakte lijsten met komma&apos;s of puntkomma&apos;s worden gesplitst</translation>
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
    <message>
        <source>Switch profile?</source>
        <translation>Van profiel wisselen?</translation>
    </message>
    <message>
        <source>Profile “%1” was added. Switch the window from “%2” (%3) to “%1” (%4) now?</source>
        <translation>Profiel “%1” is toegevoegd. Het venster nu van “%2” (%3) naar “%1” (%4) omzetten?</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>De sleutel tonen of verbergen</translation>
    </message>
    <message>
        <source>The address now points at another host (%1). Enter the API key for it: the key stored for %2 is not sent there and is removed when you save.</source>
        <translation>Het adres wijst nu naar een andere host (%1). Voer de API-sleutel daarvoor in: de sleutel die voor %2 is opgeslagen, wordt daar niet heen gestuurd en wordt verwijderd als u opslaat.</translation>
    </message>
    <message>
        <source>Choose: Test, Acceptance or Production</source>
        <translation>Kies: Test, Acceptatie of Productie</translation>
    </message>
    <message>
        <source>Choose what kind of environment this is (Test, Acceptance or Production); the tag stays visible in the window.</source>
        <translation>Kies wat voor omgeving dit is (Test, Acceptatie of Productie); het label blijft zichtbaar in het venster.</translation>
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
    <name>Springdesk::Views::ReportsPane</name>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>De lokale cache kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation>&amp;Cursussen:</translation>
    </message>
    <message>
        <source>&amp;Days ahead:</source>
        <translation>&amp;Dagen vooruit:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>All courses — or course IDs, separated by commas</source>
        <translation>Alle cursussen — of cursus-ID&apos;s, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Write every row of this report to an XLSX or CSV file (Ctrl+E).</source>
        <translation>Schrijf elke rij van dit rapport naar een XLSX- of CSV-bestand (Ctrl+E).</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Voorbeeld wordt gelezen…</translation>
    </message>
    <message>
        <source>There is no local cache yet: choose a connection profile and synchronise.</source>
        <translation>Er is nog geen lokale cache: kies een verbindingsprofiel en synchroniseer.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of &quot;%1&quot;, the first of %2 sheets: %n row(s) shown.</source>
        <translation>
            <numerusform>Voorbeeld van &quot;%1&quot;, het eerste van %2 bladen: %n rij getoond.</numerusform>
            <numerusform>Voorbeeld van &quot;%1&quot;, het eerste van %2 bladen: %n rijen getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s) shown; the export writes every row.</source>
        <translation>
            <numerusform>Voorbeeld: %n rij getoond; de export schrijft elke rij.</numerusform>
            <numerusform>Voorbeeld: %n rijen getoond; de export schrijft elke rij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ResourcePane</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopiëren</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>Rij &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected rows (Ctrl+Shift+C).</source>
        <translation>De ID&apos;s van de geselecteerde rijen kopiëren (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (Ctrl+C).</source>
        <translation>De geselecteerde rijen kopiëren als tekst met tabs (Ctrl+C).</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>De lokale cache wordt geopend…</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>geen cache</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <extracomment>beside the count of a pane: its list was never fetched from the server</extracomment>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>beside the count of a pane: when its list was fetched, e.g. &quot;as of 14:03&quot;</extracomment>
        <translation>stand %1</translation>
    </message>
    <message>
        <source>Fetched from the server on %1 (local time).</source>
        <translation>Op %1 van de server opgehaald (lokale tijd).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation>
            <numerusform>%n geselecteerde rij</numerusform>
            <numerusform>%n geselecteerde rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Free text, or a column: %1</source>
        <extracomment>tooltip of a pane&apos;s filter; %1 lists its keys, e.g. &quot;type: state: tracked:&quot;</extracomment>
        <translation>Vrije tekst, of een kolom: %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SkillProfilesPane</name>
    <message>
        <source>Filter: name, ID, members:no…</source>
        <translation>Filter: naam, ID, members:nee…</translation>
    </message>
    <message>
        <source>The local cache holds no skill profiles yet. Press Synchronise (F5) to fetch them from the server.</source>
        <translation>De lokale cache bevat nog geen vaardigheidsprofielen. Druk op Synchroniseren (F5) om ze van de server op te halen.</translation>
    </message>
    <message>
        <source>&amp;Link users…</source>
        <translation>Gebruikers &amp;koppelen…</translation>
    </message>
    <message>
        <source>&amp;Unlink selected users…</source>
        <translation>Gekozen gebruikers &amp;ontkoppelen…</translation>
    </message>
    <message>
        <source>Link users to the current skill profile by their IDs (addSkillProfileUsers).</source>
        <translation>Gebruikers via hun ID’s aan het huidige vaardigheidsprofiel koppelen (addSkillProfileUsers).</translation>
    </message>
    <message>
        <source>Unlink the users selected in the details from the current skill profile (deleteSkillProfileUsers).</source>
        <translation>De in de details gekozen gebruikers van het huidige vaardigheidsprofiel ontkoppelen (deleteSkillProfileUsers).</translation>
    </message>
    <message>
        <source>skill profile %1 (%2)</source>
        <extracomment>the object of a command form, e.g. &quot;skill profile Safety (SP-1)&quot;</extracomment>
        <translation>vaardigheidsprofiel %1 (%2)</translation>
    </message>
    <message>
        <source>Users with %1</source>
        <translation>Gebruikers met %1</translation>
    </message>
    <message>
        <source>Choose a skill profile to see its users.</source>
        <translation>Kies een vaardigheidsprofiel om de gebruikers te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skill profile(s)</source>
        <extracomment>number of skill profiles shown, e.g. &quot;8 skill profiles&quot;</extracomment>
        <translation>
            <numerusform>%Ln vaardigheidsprofiel</numerusform>
            <numerusform>%Ln vaardigheidsprofielen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh skill profiles</source>
        <translation>&amp;Vaardigheidsprofielen vernieuwen</translation>
    </message>
    <message>
        <source>Fetch the skill profiles, the profiles of each known subenvironment and, per cached user, the profiles they have (one call per user) from the server again.</source>
        <translation>Haal de vaardigheidsprofielen, de profielen van elke bekende subomgeving en, per gebruiker in de cache, diens profielen (één aanroep per gebruiker) opnieuw op van de server.</translation>
    </message>
    <message>
        <source>Refreshing the skill profiles and who has them…</source>
        <translation>De vaardigheidsprofielen en wie ze heeft worden vernieuwd…</translation>
    </message>
    <message>
        <source>No users known to have %1. A synchronisation does not ask who has a profile (one call per user); Refresh skill profiles does.</source>
        <translation>Geen gebruikers bekend met %1. Een synchronisatie vraagt niet wie een profiel heeft (één aanroep per gebruiker); Vaardigheidsprofielen vernieuwen doet dat wel.</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SsoLinkDialog</name>
    <message>
        <source>SSO login link for %1</source>
        <extracomment>window title; %1 is the user&apos;s name</extracomment>
        <translation>SSO-inloglink voor %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SsoLinkForm</name>
    <message>
        <source>&amp;Get link</source>
        <translation>Link &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>In browser &amp;openen</translation>
    </message>
    <message>
        <source>optional course ID</source>
        <translation>optioneel cursus-ID</translation>
    </message>
    <message>
        <source>optional, with a course</source>
        <translation>optioneel, bij cursus</translation>
    </message>
    <message>
        <source>optional, e.g. /catalog</source>
        <translation>optioneel, bijv. /catalog</translation>
    </message>
    <message>
        <source>no link made yet</source>
        <translation>nog geen link gemaakt</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Cursus:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activiteit:</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Doorsturen naar:</translation>
    </message>
    <message>
        <source>A login link is single-use and short-lived, and only a user&apos;s newest link works. Make it when the user needs it and hand it over at once.</source>
        <translation>Een inloglink werkt één keer en maar kort, en alleen de nieuwste link van een gebruiker werkt. Maak hem wanneer de gebruiker hem nodig heeft en geef hem meteen door.</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>De link staat op het klembord.</translation>
    </message>
    <message>
        <source>No browser could be started; copy the link instead.</source>
        <translation>Er kon geen browser worden gestart; kopieer de link in plaats daarvan.</translation>
    </message>
    <message>
        <source>Link made at %1. Copy it or open it now: it works once, for a short time.</source>
        <translation>Link gemaakt om %1. Kopieer of open hem nu: hij werkt één keer, korte tijd.</translation>
    </message>
    <message>
        <source>Choose the user the link is for.</source>
        <translation>Kies de gebruiker voor wie de link is.</translation>
    </message>
    <message>
        <source>Asking the server for a login token…</source>
        <translation>De server om een inlogtoken vragen…</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <extracomment>above the SSO link form: who the link is for</extracomment>
        <translation>Kies een gebruiker in de lijst.</translation>
    </message>
    <message>
        <source>Link for %1</source>
        <translation>Link voor %1</translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SsoLinksPane</name>
    <message>
        <source>Find the user by name, e-mail or login…</source>
        <translation>Zoek de gebruiker op naam, e-mail of login…</translation>
    </message>
    <message>
        <source>The local cache holds no users yet. Press Synchronise (F5) to fetch them from the server.</source>
        <translation>De lokale cache bevat nog geen gebruikers. Druk op Synchroniseren (F5) om ze van de server op te halen.</translation>
    </message>
    <message>
        <source>Links made since Springdesk started:</source>
        <translation>Links gemaakt sinds Springdesk startte:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln gebruiker</numerusform>
            <numerusform>%Ln gebruikers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SubenvironmentsPane</name>
    <message>
        <source>Filter: ID, state:missing, tracked:no…</source>
        <translation>Filter: ID, state:missing, tracked:nee…</translation>
    </message>
    <message>
        <source>The local cache knows no subenvironments yet. They appear after a synchronisation (F5) when courses or subscriptions name them, or when you track one by its ID.</source>
        <translation>De lokale cache kent nog geen subomgevingen. Ze verschijnen na een synchronisatie (F5) als cursussen of inschrijvingen ze noemen, of als u er een via zijn ID volgt.</translation>
    </message>
    <message>
        <source>&amp;Unlink selected…</source>
        <translation>Gekozen &amp;ontkoppelen…</translation>
    </message>
    <message>
        <source>Skill profiles are listed as the server reports them. Profiles cannot be linked to or unlinked from a subenvironment through the API; do that in aNewSpring itself.</source>
        <translation>Vaardigheidsprofielen staan hier zoals de server ze meldt. Profielen kunnen via de API niet aan een subomgeving gekoppeld of ervan ontkoppeld worden; doe dat in aNewSpring zelf.</translation>
    </message>
    <message>
        <source>Link &amp;users…</source>
        <translation>&amp;Gebruikers koppelen…</translation>
    </message>
    <message>
        <source>Link user &amp;groups…</source>
        <translation>Gebruikers&amp;groepen koppelen…</translation>
    </message>
    <message>
        <source>Link &amp;templates…</source>
        <translation>&amp;Sjablonen koppelen…</translation>
    </message>
    <message>
        <source>Link &amp;events…</source>
        <translation>&amp;Evenementen koppelen…</translation>
    </message>
    <message>
        <source>Unlink the links selected in the details; one call per kind of link.</source>
        <translation>De in de details gekozen koppelingen ontkoppelen; één aanroep per soort koppeling.</translation>
    </message>
    <message>
        <source>subenvironment %1</source>
        <extracomment>the object of a command form, e.g. &quot;subenvironment SUB-1&quot;</extracomment>
        <translation>subomgeving %1</translation>
    </message>
    <message>
        <source>Choose a subenvironment to see what is linked to it.</source>
        <extracomment>title over what is linked to a subenvironment in the details</extracomment>
        <translation>Kies een subomgeving om te zien wat eraan gekoppeld is.</translation>
    </message>
    <message>
        <source>Linked to subenvironment %1</source>
        <translation>Gekoppeld aan subomgeving %1</translation>
    </message>
    <message>
        <source>The server refused the subenvironment command (%1). Subenvironments exist only in environments where aNewSpring has enabled submanagement; without it every subenvironment command is refused. Otherwise check the subenvironment&apos;s ID.</source>
        <extracomment>%1 is the server&apos;s answer, e.g. &quot;404: reseller not found&quot;</extracomment>
        <translation>De server weigerde de subomgevingsopdracht (%1). Subomgevingen bestaan alleen in omgevingen waar aNewSpring submanagement heeft ingeschakeld; zonder dat wordt elke subomgevingsopdracht geweigerd. Controleer anders het ID van de subomgeving.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subenvironment(s)</source>
        <extracomment>number of subenvironments shown, e.g. &quot;3 subenvironments&quot;</extracomment>
        <translation>
            <numerusform>%Ln subomgeving</numerusform>
            <numerusform>%Ln subomgevingen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh subenvironments</source>
        <translation>&amp;Subomgevingen vernieuwen</translation>
    </message>
    <message>
        <source>Ask the server again, for every known subenvironment, whether it exists and which skill profiles are linked to it (getResellerSkillProfiles).</source>
        <translation>Vraag de server opnieuw, voor elke bekende subomgeving, of die bestaat en welke vaardigheidsprofielen eraan gekoppeld zijn (getResellerSkillProfiles).</translation>
    </message>
    <message>
        <source>Refreshing the subenvironments and their skill profiles…</source>
        <translation>De subomgevingen en hun vaardigheidsprofielen worden vernieuwd…</translation>
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
</context>
<context>
    <name>Springdesk::Views::TagLabel</name>
    <message>
        <source>The active profile points at a %1 environment. This badge only informs: the tag is changed in the connection profiles (File menu).</source>
        <extracomment>tooltip of the environment badge beside the profile switcher</extracomment>
        <translation>Het actieve profiel wijst naar een %1-omgeving. Dit label informeert alleen: het label wijzigt u in de verbindingsprofielen (menu Bestand).</translation>
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
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>bestaat</translation>
    </message>
    <message>
        <source>missing on the server</source>
        <translation>ontbreekt op de server</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a tracked ID and its state, e.g. &quot;SALES-2026 (exists)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing of this kind is tracked yet.</source>
        <translation>Hiervan wordt nog niets gevolgd.</translation>
    </message>
    <message numerus="yes">
        <source>Tracked (%n):</source>
        <translation>
            <numerusform>Gevolgd (%n):</numerusform>
            <numerusform>Gevolgd (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::UserCommands</name>
    <message>
        <source>user %1</source>
        <extracomment>the user a command is about: name, then external ID (or login)</extracomment>
        <translation>gebruiker %1</translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation>gebruiker %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n geselecteerde gebruiker</numerusform>
            <numerusform>%n geselecteerde gebruikers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::UserDetailPanel</name>
    <message>
        <source>Refresh this user</source>
        <translation>Deze gebruiker vernieuwen</translation>
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
a bundle-course subscription: the bundle course&apos;s name, its states</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>&amp;Fetch results</source>
        <translation>&amp;Resultaten ophalen</translation>
    </message>
    <message>
        <source>Get SSO login link…</source>
        <translation>SSO-inloglink maken…</translation>
    </message>
    <message>
        <source>Fetch this user&apos;s details, subscriptions, results, skill profiles and bundle-course subscriptions from the server again.</source>
        <translation>Haal de gegevens, inschrijvingen, resultaten, vaardigheidsprofielen en bundelcursusinschrijvingen van deze gebruiker opnieuw op van de server.</translation>
    </message>
    <message>
        <source>Get a single-use login link for this user (getLoginToken).</source>
        <translation>Maak een inloglink voor eenmalig gebruik voor deze gebruiker (getLoginToken).</translation>
    </message>
    <message>
        <source>Fetch this user&apos;s results from the server (getResults); a synchronisation does not fetch results.</source>
        <translation>Haal de resultaten van deze gebruiker op van de server (getResults); een synchronisatie haalt geen resultaten op.</translation>
    </message>
    <message>
        <source>The results could not be read from the cache: %1</source>
        <translation>De resultaten konden niet uit de cache worden gelezen: %1</translation>
    </message>
    <message>
        <source>Fetching the results from the server…</source>
        <translation>De resultaten worden van de server opgehaald…</translation>
    </message>
    <message>
        <source>Not fetched yet: a synchronisation does not fetch results.</source>
        <translation>Nog niet opgehaald: een synchronisatie haalt geen resultaten op.</translation>
    </message>
    <message>
        <source>None (fetched %1).</source>
        <translation>Geen (opgehaald %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s), fetched %1.</source>
        <extracomment>the results tree&apos;s state line: number of courses, when fetched</extracomment>
        <translation>
            <numerusform>%n cursus, opgehaald %1.</numerusform>
            <numerusform>%n cursussen, opgehaald %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fetch again</source>
        <translation>&amp;Opnieuw ophalen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>progress %1 (%2%)</source>
        <extracomment>a subscription&apos;s progress: activities done of total, and the percentage</extracomment>
        <translation>voortgang %1 (%2%)</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <extracomment>under a user&apos;s skill profiles when only commands sent from Springdesk told the cache</extracomment>
        <translation>Opgehaald %1.</translation>
    </message>
    <message>
        <source>Skill profiles</source>
        <translation>Vaardigheidsprofielen</translation>
    </message>
    <message>
        <source>The skill profiles could not be read from the cache: %1</source>
        <translation>De vaardigheidsprofielen konden niet uit de cache worden gelezen: %1</translation>
    </message>
    <message>
        <source>Linked to no skill profile (fetched %1).</source>
        <translation>Aan geen enkel vaardigheidsprofiel gekoppeld (opgehaald %1).</translation>
    </message>
    <message>
        <source>Not fetched yet: refresh this user to fetch their skill profiles.</source>
        <translation>Nog niet opgehaald: vernieuw deze gebruiker om de vaardigheidsprofielen op te halen.</translation>
    </message>
    <message>
        <source>Known from commands sent from Springdesk; refresh this user for the full list.</source>
        <translation>Bekend uit opdrachten die vanuit Springdesk zijn verstuurd; vernieuw deze gebruiker voor de volledige lijst.</translation>
    </message>
    <message>
        <source>Bundle subscriptions</source>
        <translation>Bundelinschrijvingen</translation>
    </message>
    <message>
        <source>The bundle subscriptions could not be read from the cache: %1</source>
        <translation>De bundelinschrijvingen konden niet uit de cache worden gelezen: %1</translation>
    </message>
    <message>
        <source>Subscribed to no bundle course (fetched %1).</source>
        <translation>Op geen enkele bundelcursus ingeschreven (opgehaald %1).</translation>
    </message>
    <message>
        <source>Not fetched yet: refresh this user to fetch their bundle subscriptions.</source>
        <translation>Nog niet opgehaald: vernieuw deze gebruiker om de bundelinschrijvingen op te halen.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
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
        <source>Fetch results</source>
        <translation>Resultaten ophalen</translation>
    </message>
    <message>
        <source>The matching users could not be read from the cache: %1</source>
        <translation>De gebruikers die voldoen konden niet uit de cache worden gelezen: %1</translation>
    </message>
    <message>
        <source>The local cache holds no users yet. Press Synchronise (F5) to fetch them from the server.</source>
        <translation>De lokale cache bevat nog geen gebruikers. Druk op Synchroniseren (F5) om ze van de server op te halen.</translation>
    </message>
    <message>
        <source>Refresh &amp;this user</source>
        <translation>Deze gebruiker &amp;vernieuwen</translation>
    </message>
    <message>
        <source>All %L1 loaded users are selected, and %L2 users match the filter. Fetching results costs one call per user.</source>
        <translation>Alle %L1 geladen gebruikers zijn geselecteerd, en %L2 gebruikers voldoen aan het filter. Resultaten ophalen kost één aanroep per gebruiker.</translation>
    </message>
    <message>
        <source>Fetch all %L1 matching</source>
        <translation>Alle %L1 passende ophalen</translation>
    </message>
    <message>
        <source>Only the %L1 loaded</source>
        <translation>Alleen de %L1 geladen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n geselecteerde gebruiker</numerusform>
            <numerusform>%n geselecteerde gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nieuwe gebruiker…</translation>
    </message>
    <message>
        <source>Create a user (addUser): every writable field, roles, password</source>
        <translation>Een gebruiker aanmaken (addUser): alle schrijfbare velden, rollen, wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>Gebruiker &amp;bewerken…</translation>
    </message>
    <message>
        <source>Change the current user&apos;s fields (updateUser), starting from what the cache knows</source>
        <translation>De velden van de huidige gebruiker wijzigen (updateUser), uitgaande van wat de cache weet</translation>
    </message>
    <message>
        <source>Add &amp;or update user…</source>
        <translation>Gebruiker toevoegen &amp;of bijwerken…</translation>
    </message>
    <message>
        <source>Create the user, or update them when the external ID exists (addOrUpdateUser)</source>
        <translation>De gebruiker aanmaken, of bijwerken als het externe ID bestaat (addOrUpdateUser)</translation>
    </message>
    <message>
        <source>Add &amp;roles…</source>
        <translation>&amp;Rollen toevoegen…</translation>
    </message>
    <message>
        <source>Give the current user more roles (addUserRoles)</source>
        <translation>De huidige gebruiker meer rollen geven (addUserRoles)</translation>
    </message>
    <message>
        <source>Set e&amp;xternal ID…</source>
        <translation>E&amp;xtern ID instellen…</translation>
    </message>
    <message>
        <source>Give the current user&apos;s login an external ID (initializeId)</source>
        <translation>De login van de huidige gebruiker een extern ID geven (initializeId)</translation>
    </message>
    <message>
        <source>&amp;Link to content library…</source>
        <translation>Aan contentbibliotheek &amp;koppelen…</translation>
    </message>
    <message>
        <source>Make the selected users authors or designers of a content library (addContentLabelUsers)</source>
        <translation>De geselecteerde gebruikers auteur of ontwerper van een contentbibliotheek maken (addContentLabelUsers)</translation>
    </message>
    <message>
        <source>&amp;Unlink from content library…</source>
        <translation>Van contentbibliotheek &amp;ontkoppelen…</translation>
    </message>
    <message>
        <source>Remove the selected users from a content library (deleteContentLabelUsers)</source>
        <translation>De geselecteerde gebruikers uit een contentbibliotheek verwijderen (deleteContentLabelUsers)</translation>
    </message>
    <message>
        <source>C&amp;heck existence…</source>
        <translation>Bestaan &amp;controleren…</translation>
    </message>
    <message>
        <source>Ask the server whether the current user still exists (userExists)</source>
        <translation>De server vragen of de huidige gebruiker nog bestaat (userExists)</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>Gebruiker &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete the current user on the server (deleteUser); asks for confirmation</source>
        <translation>De huidige gebruiker op de server verwijderen (deleteUser); vraagt om bevestiging</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>The results could not be fetched: %1</source>
        <extracomment>beside a user&apos;s results: why the fetch of them failed</extracomment>
        <translation>De resultaten konden niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>Only one group at a time: showing the members of %1.</source>
        <extracomment>a problem of the Users pane&apos;s filter</extracomment>
        <translation>Eén groep tegelijk: de leden van %1 worden getoond.</translation>
    </message>
    <message>
        <source>Get SSO &amp;login link…</source>
        <translation>SSO-&amp;inloglink maken…</translation>
    </message>
    <message>
        <source>Get a single-use login link for the current user (getLoginToken), optionally into a course, activity or page (Ctrl+Shift+L)</source>
        <translation>Maak een inloglink voor eenmalig gebruik voor de huidige gebruiker (getLoginToken), eventueel naar een cursus, activiteit of pagina (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Name, e-mail or login; and column filters: role:instructor, active:no, archived:yes, group:GROUP-ID (role:learner,instructor for either).</source>
        <translation>Naam, e-mail of login; en kolomfilters: rol:docent, actief:nee, gearchiveerd:ja, groep:GROEP-ID (rol:deelnemer,docent voor een van beide).</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Fetch the current user&apos;s details, subscriptions, results, skill profiles and bundle-course subscriptions again.</source>
        <translation>Haal de gegevens, inschrijvingen, resultaten, vaardigheidsprofielen en bundelcursusinschrijvingen van de huidige gebruiker opnieuw op.</translation>
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
