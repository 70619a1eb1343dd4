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
    <message>
        <source>The account %1 is not connected: add its token in Settings, then retry.</source>
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
    <name>inbox::Composer</name>
    <message>
        <source>The 24-hour window is closed: WhatsApp lets you write again once the customer does, or with an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message (Enter sends, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an approved template (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::ConversationDelegate</name>
    <message>
        <source>%1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::LeadPanel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no relay set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay: connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Relay: reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relay: signed out (token refused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::MessageDelegate</name>
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
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message WhatsApp cannot show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
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
    <name>inbox::TemplatePicker</name>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer will see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no approved templates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1 to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::look</name>
    <message>
        <source>Yesterday</source>
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
    <message>
        <source>The relay&apos;s stream, ws://host:port/stream; the agent&apos;s token is read from INBOX_RELAY_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the demo accounts&apos; messages through inbox-sandbox at this URL (http://127.0.0.1:8090).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
