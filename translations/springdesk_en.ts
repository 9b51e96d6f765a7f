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
</TS>
