<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>inbox</name>
    <message>
        <source>The local cache could not run a query (%1). Restart the inbox; if this repeats, report it with the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is no longer in the cache; pick it again.</source>
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
        <source>The conversation of this message is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is not connected: add its token in Settings; the message is sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the file still exists and can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider could not be reached; check the connection and the account&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::AttachPreview</name>
    <message>
        <source>Send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp sends this kind of file (%1) without a caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::Attachment</name>
    <message>
        <source>%1 is empty: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a program (%2): WhatsApp does not take programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): this account&apos;s provider does not send this kind of file. Send it as a link, or from an account on another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 this kind of file (%4) may be here. Send a smaller file, or a link to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::AutoReplier</name>
    <message>
        <source>the relay refused the automatic reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no automatic reply to %1: the 24-hour window has closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::AutoReply</name>
    <message>
        <source>keyword rule %1 has no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword rule %1 has no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours need both an opening and a closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening and closing times are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours need the reply to send when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name like America/Bogota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hook must be an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::AutoReplyDialog</name>
    <message>
        <source>Automatic replies · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer new messages automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies go out like any message, marked automatic, only inside the 24-hour window and at most %1 an hour per conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords (the first rule that matches answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;re closed now; we open at 9:00 and will answer then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! An agent will be with you shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://bot.example.com/reply (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets each new message as JSON; an answer {&quot;reply&quot;: &quot;…&quot;} is sent. When it has no reply, the rules above answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::CacheDatabase</name>
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
        <source>The cache file %1 was written by a newer version of the inbox (schema %2; this version knows up to %3). Nothing was changed. Update the inbox, or start it with another cache file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::ChatHistoryProxy</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚙ Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message that is not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to download it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
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
    <message>
        <source>Press Enter to send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::Composer</name>
    <message>
        <source>Do not quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message (Enter sends, Shift+Enter for a new line, / for saved replies)</source>
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
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a photo, video, audio or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved replies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved replies yet: managers add them in Inbox → Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved reply matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Edit saved replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Make /%1 a saved reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is not sent yet: reply once it has its ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation whose 24-hour window is open to send a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 The 24-hour window is closed: WhatsApp lets you write again once the customer does. Until then, send an approved template: Template… or Ctrl+Shift+T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until the customer writes again: send a template instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::ConnectionCheck</name>
    <message>
        <source>templates on the first page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::ConversationController</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a time in the future.</source>
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
    <name>inbox::ConversationListModel</name>
    <message>
        <source>Last message, from us: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour window closed: only a template can be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::Services</name>
    <message>
        <source>its token cannot be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::HistorySync</name>
    <message numerus="yes">
        <source>%n chat(s) failed: %1</source>
        <translation>
            <numerusform>%n chat failed: %1</numerusform>
            <numerusform>%n chats failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbox::HttpReplyHook</name>
    <message>
        <source>the reply hook %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply hook %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply hook %1 answered without {&quot;reply&quot;: &quot;text&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available. Install and unlock a keychain (GNOME Keyring or KWallet on Linux), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and allow the inbox to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::LeadController</name>
    <message>
        <source>This conversation has no lead yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::LeadPanel</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations</source>
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
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until: the conversation comes back then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s notes on this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note for the team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::MainWindow</name>
    <message>
        <source>%1 mentioned you in a note on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message can be reacted to once it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back</source>
        <translation>
            <numerusform>%n snoozed conversation came back</numerusform>
            <numerusform>%n snoozed conversations came back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversation loaded</numerusform>
            <numerusform>%n conversations loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↑ New activity: %n</source>
        <translation>
            <numerusform>↑ New activity: %n</numerusform>
            <numerusform>↑ New activity: %n</numerusform>
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
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
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
        <source>Checking the account&apos;s templates with its provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s templates could not be read: %1</source>
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
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 accounts have problems (hover for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone linked (%1): use Link phone in Settings → Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📱 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>📱 %n phones linked</source>
        <translation>
            <numerusform>📱 %n phone linked</numerusform>
            <numerusform>📱 %n phones linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
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
    <message>
        <source>Relay: signed out (token refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the open conversation until tomorrow at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is not in this chat&apos;s history on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a %1 may do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer customers, take conversations, write notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything an agent does, assign conversations to teammates, edit templates and saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything a manager does, and manage accounts and teammates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; new messages and teammates&apos; changes may be missing until it is back; what you send still goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay is set: new messages arrive only when a relay is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay unreachable since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; messages and teammates&apos; changes arrive as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Relay unreachable: trying again in %n s</source>
        <translation>
            <numerusform>Relay unreachable: trying again in %n s</numerusform>
            <numerusform>Relay unreachable: trying again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: trying again in %n s</source>
        <translation>
            <numerusform>%1: trying again in %n s</numerusform>
            <numerusform>%1: trying again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay refused this computer&apos;s token: ask an admin for a new one and enter it in Settings → Relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages may be missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::MediaFetcher</name>
    <message>
        <source>the account %1 is not connected on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::MediaFiles</name>
    <message>
        <source>Cannot save the file to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free some disk space or check the folder&apos;s permissions</source>
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
    <message>
        <source>↻ Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Could not download: %1. Click to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⬇ Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::MessageTemplate</name>
    <message>
        <source>The name is lowercase letters, digits and underscores, like order_update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has %1 characters; WhatsApp allows 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders are numbered {{1}}, {{2}}… without gaps: {{%1}} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text header is empty: write it, or choose no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has %1 characters; WhatsApp allows 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header may hold one placeholder, {{1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer has %1 characters; WhatsApp allows 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A footer cannot hold placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each button needs a label of 1 to 25 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a phone number in international form, like +55 11 98765 4321.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the body: it is what the customer reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::PhoneConnectDialog</name>
    <message>
        <source> · battery %1%, charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · battery %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a phone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp → Settings → Linked devices → Link a device, and point the camera at this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open-wa server is unreachable: %1. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked yet (%1). The code refreshes every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::PhoneNumber</name>
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
    <name>inbox::ProviderClients</name>
    <message>
        <source>%1 is missing: add it in Settings → Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::ProviderRegistry</name>
    <message>
        <source>this build does not know the provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no normaliser for the provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::RelayClient</name>
    <message>
        <source>the connection to the relay was lost before it answered; publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the relay; try again when the status bar says connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents type / and this word in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are open Monday to Saturday, 9:00 to 18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved replies yet: write the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: agents type /%1 to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete /%1 for the whole team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted /%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::SavedReplyController</name>
    <message>
        <source>Give the reply a shortcut, the word typed after / (for example hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shortcut is one word of at most 32 letters, digits, - or _, without the /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::SettingsDialog</name>
    <message>
        <source>Automatic replies saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts are not linked by QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone linked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the list of chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) so far</source>
        <translation>
            <numerusform>%n new message so far</numerusform>
            <numerusform>%n new messages so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History synced: %n chat(s)</source>
        <translation>
            <numerusform>History synced: %n chat</numerusform>
            <numerusform>History synced: %n chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new message(s).</source>
        <translation>
            <numerusform>, %n new message.</numerusform>
            <numerusform>, %n new messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay brings your team&apos;s WhatsApp messages, assignments and notes to this desktop. Your admin gives you its address and your personal token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token your admin gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address is a WebSocket URL: wss://host/stream (or ws:// on your own network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the token your admin gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the token is gone from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not remove the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget how to reach this account and remove its token; its conversations stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the QR code to scan with the phone&apos;s WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring each chat&apos;s recent messages into the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and a hook that answer new messages automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is 1 to 63 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an account %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the token, so nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: its token is gone; its conversations stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox speaks the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• saved in the keychain: type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. store-meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short id for this account, lowercase: it cannot change later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Store (Meta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the team calls the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 106540352242922</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id in the relay&apos;s webhook URL for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop now: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: not set up on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: ⚠ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: what you typed is kept until you save or close Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::SyncEngine</name>
    <message>
        <source>First message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::TeamEvent</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; it is open, pending, resolved or snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead edit changes &quot;name&quot; or &quot;stage&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team events are %1; &quot;%2&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team event has a &quot;type&quot;, one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;author&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; event: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only managers and admins assign conversations to others; an agent may take an unassigned one for itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only managers and admins edit templates; ask one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only managers and admins edit the team&apos;s saved replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::TemplateEditor</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility (orders, accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication (codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply STOP to opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maria, #10234 (one per placeholder, for the reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the customer sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s templates are created and edited in %1; here they are listed as %1 has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template: it goes to Meta for review when submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a sample value for each placeholder (%1 of %2), comma separated: Meta&apos;s reviewers read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop is not connected to the account: add its token in Settings → Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta did not take it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: Meta reviews it, usually within minutes; the status here follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team was not told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 in every language? Messages already sent stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta did not delete it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
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
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… a link, or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header {{%1}}, like “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}, like “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” button: the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider sends the template&apos;s header and buttons as they were approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s file is missing: give a link or choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s link must be a whole https:// address, or a file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the header&apos;s file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to fill in before sending.</source>
        <translation>
            <numerusform>%n value to fill in before sending.</numerusform>
            <numerusform>%n values to fill in before sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header&apos;s file is still to give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template&apos;s header takes a photo, and %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template&apos;s header takes a video, and %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template&apos;s header takes a document, and %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::TemplateSync</name>
    <message>
        <source>the account %1 is not connected: add its token in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::TrayNotifier</name>
    <message>
        <source>Show the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::WebhookGuard</name>
    <message>
        <source>the webhook secret (%1) is missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::history</name>
    <message>
        <source>%1 took this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned this to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unassigned this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set this to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snoozed this until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snooze ended: open again</source>
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
    <name>inbox::meta</name>
    <message>
        <source>Cannot send this through Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has neither an uploaded media id nor a link; upload it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox does not send %1 messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template has no Meta id yet; refresh the template list, then edit it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API keeps no message history; the inbox shows what arrived since the account was connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API has no list of chats; conversations appear as customers write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API has no contact book; the lead is kept in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this message names no media id to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match Meta&apos;s; download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 24 hours have passed since the customer last wrote; send an approved template instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message could not be delivered; the number may not use WhatsApp or may need to update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is sending too fast; the inbox retries shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many messages to this customer in a short time; the inbox retries shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s variables do not match; fill in every {{n}} value and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template does not exist in this language or is not approved yet; pick another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token has expired or was revoked; reconnect the account in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter of the request is invalid; check the message and the account&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta is unavailable; the inbox retries shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused the request; check the account&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system user&apos;s permanent token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template list is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template list has no &quot;data&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a smaller file (%1 at most), or share a link to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 WhatsApp takes for this kind of file (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::openwa</name>
    <message>
        <source>Cannot do this through open-wa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open-wa API key is wrong; paste the server&apos;s --api-key in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open-wa server is unavailable; the inbox retries shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open-wa server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone did not accept the message; check that it is online and the number has WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa could not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answers, but no phone is linked (%1): use Link phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1 linked, battery %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa sends files from this computer; attach the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa sends no WhatsApp templates; write the message instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox cannot send %1 messages through open-wa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an open-wa message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa accounts have no WhatsApp templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa cannot write to the phone&apos;s contacts; the lead is kept in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa answered decryptMedia without a data URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-wa server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s --api-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp did not accept the message on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is open on another computer: close it there, or take it back in open-wa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone is no longer linked: scan the QR code in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone&apos;s session stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an open-wa webhook: expected &quot;sessionId&quot;, &quot;event&quot; and a &quot;payload&quot; (v5) or &quot;data&quot; (v4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open-wa webhook without a &quot;sessionId&quot;: start the open-wa server with --session-id, so the inbox knows which phone it is from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message in the group chat %1: group chats are not shown in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::unipile</name>
    <message>
        <source>Cannot do this through UniPile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UniPile API key is wrong; paste it again in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile does not know this account or chat; check the account ID in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile is unavailable; the inbox retries shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile answered in a form the inbox does not know; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no &quot;items&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp account %1 (%2), status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key works but reaches no WhatsApp account; connect one in UniPile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key works but has no WhatsApp account %1; it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile sends no WhatsApp templates; write the message instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile sends files from this computer; attach the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no message_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no chat_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile marks whole chats as read, and this message&apos;s chat is not known yet; it is marked when the customer writes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile accounts have no WhatsApp templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile has no contact book; the lead is kept in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this message names no attachment to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile has no chat with %1 on this account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the picture in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address (DSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-KEY from UniPile&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile needs the account&apos;s credentials again: reconnect it in UniPile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile reports the account %1: reconnect it in UniPile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UniPile account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UniPile webhook: expected an object with &quot;event&quot; and &quot;account_id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message in the group chat %1: group chats are not shown in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::wati</name>
    <message>
        <source>WATI&apos;s %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI&apos;s template list has no &quot;messageTemplates&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI&apos;s message history has no &quot;messages.items&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI&apos;s contact list has no &quot;contact_list&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do this through WATI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WATI token is wrong or expired; paste a new one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI is unavailable; the inbox retries shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI answered in a form the inbox does not know; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI did not accept the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the number and the template, then send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot send reactions; react in a reply instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot quote a message; send the reply without the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI sends files from this computer; attach the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot send %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATI has no API to mark messages as read; they show as read when an operator opens the chat in WATI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this message names no file to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from WATI&apos;s API Docs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WATI webhook: expected an object with an &quot;eventType&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox::webhook</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
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
    <message>
        <source>light (the desktop&apos;s, the default) or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s size, for --screenshot (1400x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, es or pt_BR for this run (else the one chosen in Settings, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
