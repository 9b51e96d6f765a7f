<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ProfileValidator</name>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation>
            <numerusform>The name is too long (at most %n character).</numerusform>
            <numerusform>The name is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::ApiError</name>
    <message numerus="yes">
        <source>The server is limiting the number of requests and asked to wait %n second(s).</source>
        <translation>
            <numerusform>The server is limiting the number of requests and asked to wait %n second.</numerusform>
            <numerusform>The server is limiting the number of requests and asked to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting the number of requests and asked to wait %n second(s); that is longer than Springdesk waits (%1), so the request was stopped. Try again later.</source>
        <translation>
            <numerusform>The server is limiting the number of requests and asked to wait %n second; that is longer than Springdesk waits (%1), so the request was stopped. Try again later.</numerusform>
            <numerusform>The server is limiting the number of requests and asked to wait %n seconds; that is longer than Springdesk waits (%1), so the request was stopped. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting the number of requests and asked to wait %1 (%n second(s)); that is longer than Springdesk waits (%2), so the request was stopped. Try again later.</source>
        <translation>
            <numerusform>The server is limiting the number of requests and asked to wait %1 (%n second); that is longer than Springdesk waits (%2), so the request was stopped. Try again later.</numerusform>
            <numerusform>The server is limiting the number of requests and asked to wait %1 (%n seconds); that is longer than Springdesk waits (%2), so the request was stopped. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::CallArguments</name>
    <message numerus="yes">
        <source>%1 takes %n path argument(s) (%2), but got %3.</source>
        <translation>
            <numerusform>%1 takes %n path argument (%2), but got %3.</numerusform>
            <numerusform>%1 takes %n path arguments (%2), but got %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Api::ConnectionProbe</name>
    <message numerus="yes">
        <source>Connected to %1. The API key was accepted; %n published template(s) are visible.</source>
        <translation>
            <numerusform>Connected to %1. The API key was accepted; %n published template is visible.</numerusform>
            <numerusform>Connected to %1. The API key was accepted; %n published templates are visible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::ExportCommand</name>
    <message numerus="yes">
        <source>Exported %1 to %2: %n row(s).</source>
        <translation>
            <numerusform>Exported %1 to %2: %n row.</numerusform>
            <numerusform>Exported %1 to %2: %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Cli::SyncCommand</name>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… and %n more error.</numerusform>
            <numerusform>… and %n more errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::CacheSession</name>
    <message numerus="yes">
        <source>Synchronisation started (what was fetched in the last %n minute(s) is skipped).</source>
        <translation>
            <numerusform>Synchronisation started (what was fetched in the last %n minute is skipped).</numerusform>
            <numerusform>Synchronisation started (what was fetched in the last %n minutes is skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching the results of %n user(s)…</source>
        <translation>
            <numerusform>Fetching the results of %n user…</numerusform>
            <numerusform>Fetching the results of %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results fetched for %n user(s) (%1).</source>
        <translation>
            <numerusform>Results fetched for %n user (%1).</numerusform>
            <numerusform>Results fetched for %n users (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished with %n error(s); what was fetched is kept.</source>
        <translation>
            <numerusform>Finished with %n error; what was fetched is kept.</numerusform>
            <numerusform>Finished with %n errors; what was fetched is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results of %n user(s)</source>
        <translation>
            <numerusform>Results of %n user</numerusform>
            <numerusform>Results of %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::ConnectionStatus</name>
    <message numerus="yes">
        <source>Cache: updated %n minute(s) ago</source>
        <translation>
            <numerusform>Cache: updated %n minute ago</numerusform>
            <numerusform>Cache: updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cache: updated %n hour(s) ago</source>
        <translation>
            <numerusform>Cache: updated %n hour ago</numerusform>
            <numerusform>Cache: updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cache: updated %n day(s) ago</source>
        <translation>
            <numerusform>Cache: updated %n day ago</numerusform>
            <numerusform>Cache: updated %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last synchronisation failed (%n error(s))</source>
        <translation>
            <numerusform>Last synchronisation failed (%n error)</numerusform>
            <numerusform>Last synchronisation failed (%n errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>short age, e.g. &quot;3 min ago&quot;</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>short age, e.g. &quot;2 h ago&quot;</extracomment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::JobTracking</name>
    <message numerus="yes">
        <source>%n row(s) to send</source>
        <translation>
            <numerusform>%n row to send</numerusform>
            <numerusform>%n rows to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) done</source>
        <translation>
            <numerusform>%1 of %n row done</numerusform>
            <numerusform>%1 of %n rows done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n row(s) were not sent.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n row was not sent.</numerusform>
            <numerusform>Cancelled: %1 of %n rows were not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) failed; the Changes view has each row&apos;s outcome.</source>
        <translation>
            <numerusform>%1 of %n row failed; the Changes view has each row&apos;s outcome.</numerusform>
            <numerusform>%1 of %n rows failed; the Changes view has each row&apos;s outcome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) done.</source>
        <translation>
            <numerusform>%n row done.</numerusform>
            <numerusform>%n rows done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %1… %n row(s) written.</source>
        <translation>
            <numerusform>Writing %1… %n row written.</numerusform>
            <numerusform>Writing %1… %n rows written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Models::SyncProgressText</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Secrets::KeychainSecretStore</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Store::BundleRefresh</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %1, re-reading the subscriptions of %n member(s) of group %2 failed (%3): %4 The cache was not changed.</source>
        <translation>
            <numerusform>After %1, re-reading the subscriptions of %n member of group %2 failed (%3): %4 The cache was not changed.</numerusform>
            <numerusform>After %1, re-reading the subscriptions of %n members of group %2 failed (%3): %4 The cache was not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Store::CacheDatabase</name>
    <message numerus="yes">
        <source>The cache %1 is being opened by another Springdesk process (%2, process %3) and stayed locked for %n second(s).</source>
        <translation>
            <numerusform>The cache %1 is being opened by another Springdesk process (%2, process %3) and stayed locked for %n second.</numerusform>
            <numerusform>The cache %1 is being opened by another Springdesk process (%2, process %3) and stayed locked for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Transfer::CsvTableWriter</name>
    <message numerus="yes">
        <source>This report has %n table(s); a CSV file holds one. Export it as XLSX, or choose one course.</source>
        <translation>
            <numerusform>This report has %n table; a CSV file holds one. Export it as XLSX, or choose one course.</numerusform>
            <numerusform>This report has %n tables; a CSV file holds one. Export it as XLSX, or choose one course.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ChangesDock</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::CommandDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::CoursePickerDialog</name>
    <message numerus="yes">
        <source>%L1 of %Ln cached course(s)</source>
        <extracomment>shown under the course list: %L1 courses shown (filtered), %Ln cached courses in all</extracomment>
        <translation>
            <numerusform>%L1 of %Ln cached course</numerusform>
            <numerusform>%L1 of %Ln cached courses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ExportRunner</name>
    <message numerus="yes">
        <source>Exporting to %1… %n row(s) written.</source>
        <translation>
            <numerusform>Exporting to %1… %n row written.</numerusform>
            <numerusform>Exporting to %1… %n rows written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::GroupsPane</name>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <extracomment>number of user groups shown, e.g. &quot;12 groups&quot;</extracomment>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::JobsDock</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No jobs running; %n in the list</source>
        <translation>
            <numerusform>No jobs running; %n in the list</numerusform>
            <numerusform>No jobs running; %n in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::MainWindow</name>
    <message numerus="yes">
        <source>Synchronisation finished with %n error(s); see the activity log.</source>
        <translation>
            <numerusform>Synchronisation finished with %n error; see the activity log.</numerusform>
            <numerusform>Synchronisation finished with %n errors; see the activity log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::MemberList</name>
    <message numerus="yes">
        <source>%Ln user(s) in the cache</source>
        <extracomment>users of a group or skill profile known to the local cache</extracomment>
        <translation>
            <numerusform>%Ln user in the cache</numerusform>
            <numerusform>%Ln users in the cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ReportsPane</name>
    <message numerus="yes">
        <source>Preview of &quot;%1&quot;, the first of %2 sheets: %n row(s) shown.</source>
        <translation>
            <numerusform>Preview of &quot;%1&quot;, the first of %2 sheets: %n row shown.</numerusform>
            <numerusform>Preview of &quot;%1&quot;, the first of %2 sheets: %n rows shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s) shown; the export writes every row.</source>
        <translation>
            <numerusform>Preview: %n row shown; the export writes every row.</numerusform>
            <numerusform>Preview: %n rows shown; the export writes every row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::ResourcePane</name>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation>
            <numerusform>%n selected row</numerusform>
            <numerusform>%n selected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SkillProfilesPane</name>
    <message numerus="yes">
        <source>%Ln skill profile(s)</source>
        <extracomment>number of skill profiles shown, e.g. &quot;8 skill profiles&quot;</extracomment>
        <translation>
            <numerusform>%Ln skill profile</numerusform>
            <numerusform>%Ln skill profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SsoLinksPane</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::SubenvironmentsPane</name>
    <message numerus="yes">
        <source>%Ln subenvironment(s)</source>
        <extracomment>number of subenvironments shown, e.g. &quot;3 subenvironments&quot;</extracomment>
        <translation>
            <numerusform>%Ln subenvironment</numerusform>
            <numerusform>%Ln subenvironments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::TrackIdDialog</name>
    <message numerus="yes">
        <source>Tracked (%n):</source>
        <translation>
            <numerusform>Tracked (%n):</numerusform>
            <numerusform>Tracked (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::UserCommands</name>
    <message numerus="yes">
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n selected user</numerusform>
            <numerusform>%n selected users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::UserDetailPanel</name>
    <message numerus="yes">
        <source>%n course(s), fetched %1.</source>
        <extracomment>the results tree&apos;s state line: number of courses, when fetched</extracomment>
        <translation>
            <numerusform>%n course, fetched %1.</numerusform>
            <numerusform>%n courses, fetched %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Springdesk::Views::UsersPane</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <extracomment>number of users matching the filter, e.g. &quot;1,234 users&quot; (%L1 is the formatted number)</extracomment>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n selected user</numerusform>
            <numerusform>%n selected users</numerusform>
        </translation>
    </message>
</context>
</TS>
