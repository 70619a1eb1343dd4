<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>inbox</name>
    <message>
        <source>The cache file %1 is damaged or is not an inbox cache (%2). Nothing was changed. Move the file aside and start the inbox again: it rebuilds the cache from the relay and the providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 cannot be written: the file or its folder is read-only. Nothing was changed. Make it writable, or start the inbox with a cache in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 could not be opened (%2). Nothing was changed. Check that the disk is mounted and has space, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the cache file %2 does not exist and could not be created. Nothing was changed. Create it, or start the inbox with a cache in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code: write it in international form, starting with + and the country code (for example +55 11 98765-4321).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number: check for missing digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number: check for extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read as a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not run a query (%1). Restart the inbox; if this repeats, report it with the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::CacheDatabase</name>
    <message>
        <source>The cache file %1 was written by a newer version of the inbox (schema %2; this version knows up to %3). Nothing was changed. Update the inbox, or start it with another cache file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, numbers and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in any country: check the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number for %2: check the digits after the country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team inbox for WhatsApp Business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in agent&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
