<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>inbox</name>
    <message>
        <source>Meta Cloud API</source>
        <translation>Meta Cloud API</translation>
    </message>
    <message>
        <source>WATI</source>
        <translation>WATI</translation>
    </message>
    <message>
        <source>UniPile</source>
        <translation>UniPile</translation>
    </message>
    <message>
        <source>open-wa</source>
        <translation>open-wa</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensaje no compatible</translation>
    </message>
    <message>
        <source>The local cache could not run a query (%1). Restart the inbox; if this repeats, report it with the log.</source>
        <translation>La caché local no pudo ejecutar una consulta (%1). Reinicia el inbox; si se repite, infórmalo con el registro.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>check that the file still exists and can be read</source>
        <translation>comprueba que el archivo sigue existiendo y se puede leer</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>el proveedor rechazó la solicitud</translation>
    </message>
    <message>
        <source>the provider could not be reached; check the connection and the account&apos;s address</source>
        <translation>no se pudo contactar con el proveedor; comprueba la conexión y la dirección de la cuenta</translation>
    </message>
    <message>
        <source>This conversation is no longer in the cache; pick it again.</source>
        <translation>Esta conversación ya no está en la caché; selecciónala de nuevo.</translation>
    </message>
    <message>
        <source>The conversation of this message is gone.</source>
        <translation>La conversación de este mensaje ya no existe.</translation>
    </message>
    <message>
        <source>The account %1 is not connected: add its token in Settings; the message is sent then.</source>
        <translation>La cuenta %1 no está conectada: añade su token en Ajustes; el mensaje se envía entonces.</translation>
    </message>
</context>
<context>
    <name>inbox::AttachPreview</name>
    <message>
        <source>Send %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Añade un texto (opcional)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>WhatsApp sends this kind of file (%1) without a caption</source>
        <translation>WhatsApp envía este tipo de archivo (%1) sin texto</translation>
    </message>
</context>
<context>
    <name>inbox::Attachment</name>
    <message>
        <source>%1 is empty: there is nothing to send.</source>
        <translation>%1 está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>%1 is a program (%2): WhatsApp does not take programs.</source>
        <translation>%1 es un programa (%2): WhatsApp no acepta programas.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>audio file</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>voice message</source>
        <translation>mensaje de voz</translation>
    </message>
    <message>
        <source>sticker</source>
        <translation>sticker</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>%1 (%2): this account&apos;s provider does not send this kind of file. Send it as a link, or from an account on another provider.</source>
        <translation>%1 (%2): el proveedor de esta cuenta no envía este tipo de archivo. Envíalo como enlace o desde una cuenta de otro proveedor.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 this kind of file (%4) may be here. Send a smaller file, or a link to it.</source>
        <translation>%1 ocupa %2, más de los %3 que aquí admite este tipo de archivo (%4). Envía un archivo más pequeño o un enlace.</translation>
    </message>
</context>
<context>
    <name>inbox::AutoReplier</name>
    <message>
        <source>the relay refused the automatic reply: %1</source>
        <translation>el relay rechazó la respuesta automática: %1</translation>
    </message>
    <message>
        <source>no automatic reply to %1: the 24-hour window has closed</source>
        <translation>sin respuesta automática a %1: la ventana de 24 horas se cerró</translation>
    </message>
</context>
<context>
    <name>inbox::AutoReply</name>
    <message>
        <source>keyword rule %1 has no words</source>
        <translation>la regla %1 no tiene palabras</translation>
    </message>
    <message>
        <source>keyword rule %1 has no reply</source>
        <translation>la regla %1 no tiene respuesta</translation>
    </message>
    <message>
        <source>opening hours need both an opening and a closing time</source>
        <translation>el horario necesita hora de apertura y de cierre</translation>
    </message>
    <message>
        <source>opening and closing times are the same</source>
        <translation>la hora de apertura y la de cierre son iguales</translation>
    </message>
    <message>
        <source>opening hours need the reply to send when closed</source>
        <translation>el horario necesita la respuesta para cuando esté cerrado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name like America/Bogota</source>
        <translation>&quot;%1&quot; no es una zona horaria; usa un nombre como America/Bogota</translation>
    </message>
    <message>
        <source>the hook must be an http(s) address</source>
        <translation>el hook debe ser una dirección http(s)</translation>
    </message>
</context>
<context>
    <name>inbox::AutoReplyDialog</name>
    <message>
        <source>Automatic replies · %1</source>
        <translation>Respuestas automáticas · %1</translation>
    </message>
    <message>
        <source>Answer new messages automatically</source>
        <translation>Responder automáticamente a los mensajes nuevos</translation>
    </message>
    <message>
        <source>Replies go out like any message, marked automatic, only inside the 24-hour window and at most %1 an hour per conversation.</source>
        <translation>Las respuestas salen como cualquier mensaje, marcadas como automáticas, solo dentro de la ventana de 24 horas y como máximo %1 por hora en cada conversación.</translation>
    </message>
    <message>
        <source>Keywords (the first rule that matches answers)</source>
        <translation>Palabras clave (responde la primera regla que coincida)</translation>
    </message>
    <message>
        <source>Words, separated by commas</source>
        <translation>Palabras, separadas por comas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>this computer&apos;s (%1)</source>
        <translation>la de este equipo (%1)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>We&apos;re closed now; we open at 9:00 and will answer then.</source>
        <translation>Ahora estamos cerrados; abrimos a las 9:00 y responderemos entonces.</translation>
    </message>
    <message>
        <source>When closed</source>
        <translation>Si está cerrado</translation>
    </message>
    <message>
        <source>Welcome! An agent will be with you shortly.</source>
        <translation>¡Bienvenido! Un agente te atenderá en breve.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>https://bot.example.com/reply (optional)</source>
        <translation>https://bot.example.com/reply (opcional)</translation>
    </message>
    <message>
        <source>Gets each new message as JSON; an answer {&quot;reply&quot;: &quot;…&quot;} is sent. When it has no reply, the rules above answer.</source>
        <translation>Recibe cada mensaje nuevo como JSON; se envía una respuesta {&quot;reply&quot;: &quot;…&quot;}. Si no responde nada, responden las reglas de arriba.</translation>
    </message>
    <message>
        <source>HTTP hook</source>
        <translation>Hook HTTP</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>inbox::CacheDatabase</name>
    <message>
        <source>The cache file %1 was written by a newer version of the inbox (schema %2; this version knows up to %3). Nothing was changed. Update the inbox, or start it with another cache file.</source>
        <translation>El archivo de caché %1 lo escribió una versión más nueva del inbox (esquema %2; esta versión conoce hasta el %3). No se cambió nada. Actualiza el inbox o ábrelo con otro archivo de caché.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or is not an inbox cache (%2). Nothing was changed. Move the file aside and start the inbox again: it rebuilds the cache from the relay and the providers.</source>
        <translation>El archivo de caché %1 está dañado o no es una caché del inbox (%2). No se cambió nada. Aparta el archivo y vuelve a abrir el inbox: reconstruye la caché desde el relay y los proveedores.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be written: the file or its folder is read-only. Nothing was changed. Make it writable, or start the inbox with a cache in a folder you can write to.</source>
        <translation>No se puede escribir el archivo de caché %1: el archivo o su carpeta son de solo lectura. No se cambió nada. Permite la escritura, o abre el inbox con una caché en una carpeta donde puedas escribir.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be opened (%2). Nothing was changed. Check that the disk is mounted and has space, then start again.</source>
        <translation>No se pudo abrir el archivo de caché %1 (%2). No se cambió nada. Comprueba que el disco esté montado y tenga espacio, y vuelve a empezar.</translation>
    </message>
    <message>
        <source>The folder %1 for the cache file %2 does not exist and could not be created. Nothing was changed. Create it, or start the inbox with a cache in a folder you can write to.</source>
        <translation>La carpeta %1 del archivo de caché %2 no existe y no se pudo crear. No se cambió nada. Créala, o abre el inbox con una caché en una carpeta donde puedas escribir.</translation>
    </message>
</context>
<context>
    <name>inbox::ChatHistoryProxy</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>⚙ Automatic reply</source>
        <translation>⚙ Respuesta automática</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>A message that is not on this computer</source>
        <translation>Un mensaje que no está en este equipo</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>En respuesta a: %1</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>En respuesta a %1: %2</translation>
    </message>
    <message>
        <source>Press Enter to download it</source>
        <translation>Pulsa Intro para descargarlo</translation>
    </message>
    <message>
        <source>Press Enter to open it</source>
        <translation>Pulsa Intro para abrirlo</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>Press Enter to send it again</source>
        <translation>Pulsa Intro para enviarlo de nuevo</translation>
    </message>
    <message>
        <source>Reactions: %1</source>
        <translation>Reacciones: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
</context>
<context>
    <name>inbox::Composer</name>
    <message>
        <source>Template…</source>
        <translation>Plantilla…</translation>
    </message>
    <message>
        <source>Send an approved template (Ctrl+Shift+T)</source>
        <translation>Enviar una plantilla aprobada (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Type a message (Enter sends, Shift+Enter for a new line, / for saved replies)</source>
        <translation>Escribe un mensaje (Enter envía, Shift+Enter para nueva línea, / para respuestas guardadas)</translation>
    </message>
    <message>
        <source>No saved reply matches &quot;%1&quot;</source>
        <translation>Ninguna respuesta guardada coincide con «%1»</translation>
    </message>
    <message>
        <source>Do not quote</source>
        <translation>No citar</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Send a photo, video, audio or document</source>
        <translation>Enviar una foto, un vídeo, un audio o un documento</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <source>That message is not sent yet: reply once it has its ticks.</source>
        <translation>Ese mensaje aún no se envió: respóndelo cuando tenga sus marcas.</translation>
    </message>
    <message>
        <source>Open a conversation whose 24-hour window is open to send a file.</source>
        <translation>Abre una conversación con la ventana de 24 horas abierta para enviar un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>No saved replies yet</source>
        <translation>Aún no hay respuestas guardadas</translation>
    </message>
    <message>
        <source>No saved replies yet: managers add them in Inbox → Saved replies</source>
        <translation>Aún no hay respuestas guardadas: los gerentes las añaden en Bandeja → Respuestas guardadas</translation>
    </message>
    <message>
        <source>✎ Edit saved replies…</source>
        <translation>✎ Editar respuestas guardadas…</translation>
    </message>
    <message>
        <source>✎ Make /%1 a saved reply…</source>
        <translation>✎ Crear la respuesta guardada /%1…</translation>
    </message>
    <message>
        <source>🔒 The 24-hour window is closed: WhatsApp lets you write again once the customer does. Until then, send an approved template: Template… or Ctrl+Shift+T.</source>
        <translation>🔒 La ventana de 24 horas está cerrada: WhatsApp te deja escribir de nuevo cuando el cliente escriba. Mientras tanto, envía una plantilla aprobada: Plantilla… o Ctrl+Shift+T.</translation>
    </message>
    <message>
        <source>Locked until the customer writes again: send a template instead</source>
        <translation>Bloqueado hasta que el cliente vuelva a escribir: envía una plantilla</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>En respuesta a %1</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>En respuesta a %1: %2</translation>
    </message>
</context>
<context>
    <name>inbox::ConnectionCheck</name>
    <message>
        <source>templates on the first page: %1</source>
        <translation>plantillas en la primera página: %1</translation>
    </message>
</context>
<context>
    <name>inbox::ConversationController</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Snooze until a time in the future.</source>
        <translation>Pospón hasta una hora futura.</translation>
    </message>
</context>
<context>
    <name>inbox::ConversationDelegate</name>
    <message>
        <source>%1 h left</source>
        <translation>quedan %1 h</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>quedan %1 min</translation>
    </message>
    <message>
        <source>24 h closed</source>
        <translation>24 h cerrada</translation>
    </message>
</context>
<context>
    <name>inbox::ConversationListModel</name>
    <message>
        <source>Last message, from us: %1</source>
        <translation>Último mensaje, nuestro: %1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Último mensaje: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>24-hour window closed: only a template can be sent</source>
        <translation>Ventana de 24 horas cerrada: solo se puede enviar una plantilla</translation>
    </message>
</context>
<context>
    <name>inbox::Services</name>
    <message>
        <source>its token cannot be read from the keychain: %1</source>
        <translation>su token no se puede leer del llavero: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>they cannot be read: %1</source>
        <translation>no se pueden leer: %1</translation>
    </message>
</context>
<context>
    <name>inbox::HistorySync</name>
    <message numerus="yes">
        <source>%n chat(s) failed: %1</source>
        <translation>
            <numerusform>%n chat falló: %1</numerusform>
            <numerusform>%n chats fallaron: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbox::HttpReplyHook</name>
    <message>
        <source>the reply hook %1 did not answer: %2</source>
        <translation>el hook de respuestas %1 no respondió: %2</translation>
    </message>
    <message>
        <source>the reply hook %1 answered HTTP %2</source>
        <translation>el hook de respuestas %1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>the reply hook %1 answered without {&quot;reply&quot;: &quot;text&quot;}</source>
        <translation>el hook de respuestas %1 respondió sin {&quot;reply&quot;: &quot;texto&quot;}</translation>
    </message>
</context>
<context>
    <name>inbox::KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available. Install and unlock a keychain (GNOME Keyring or KWallet on Linux), then try again.</source>
        <translation>El llavero del sistema no está disponible. Instala y desbloquea un llavero (GNOME Keyring o KWallet en Linux) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and allow the inbox to use it.</source>
        <translation>El llavero negó el acceso. Desbloquéalo y permite que el inbox lo use.</translation>
    </message>
    <message>
        <source>The keychain could not store the secret.</source>
        <translation>El llavero no pudo guardar el secreto.</translation>
    </message>
</context>
<context>
    <name>inbox::LeadController</name>
    <message>
        <source>This conversation has no lead yet.</source>
        <translation>Esta conversación aún no tiene un lead.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escribe la nota primero.</translation>
    </message>
</context>
<context>
    <name>inbox::LeadPanel</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add a note for the team</source>
        <translation>Añade una nota para el equipo</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Ninguna conversación abierta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Lead owner</source>
        <translation>Responsable del lead</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Otras conversaciones</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Snoozed until: the conversation comes back then</source>
        <translation>Pospuesta hasta: la conversación vuelve entonces</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Tomarla</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>Asignarte esta conversación</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Nadie (sin asignar)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <source>The team&apos;s notes on this lead</source>
        <translation>Las notas del equipo sobre este lead</translation>
    </message>
    <message>
        <source>New note for the team</source>
        <translation>Nueva nota para el equipo</translation>
    </message>
</context>
<context>
    <name>inbox::MainWindow</name>
    <message>
        <source>%1 mentioned you in a note on %2</source>
        <translation>%1 te mencionó en una nota sobre %2</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Selecciona una conversación</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversación cargada</numerusform>
            <numerusform>%n conversaciones cargadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, numbers and messages</source>
        <translation>Buscar nombres, números y mensajes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no relay set</source>
        <translation>Sin conexión: no hay relay configurado</translation>
    </message>
    <message>
        <source>Relay: connecting…</source>
        <translation>Relay: conectando…</translation>
    </message>
    <message>
        <source>Relay: connected (%1)</source>
        <translation>Relay: conectado (%1)</translation>
    </message>
    <message>
        <source>Relay: signed out (token refused)</source>
        <translation>Relay: sesión cerrada (token rechazado)</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Enviando de nuevo…</translation>
    </message>
    <message>
        <source>That message is already being sent.</source>
        <translation>Ese mensaje ya se está enviando.</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Mensajes nuevos</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>&amp;Plantillas de mensaje…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ %1 accounts have problems (hover for details)</source>
        <translation>⚠ %1 cuentas tienen problemas (pasa el ratón para ver detalles)</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>inaccesible: %1</translation>
    </message>
    <message>
        <source>no phone linked (%1): use Link phone in Settings → Accounts</source>
        <translation>sin teléfono vinculado (%1): usa Vincular teléfono en Ajustes → Cuentas</translation>
    </message>
    <message>
        <source>%1: phone %2</source>
        <translation>%1: teléfono %2</translation>
    </message>
    <message>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message numerus="yes">
        <source>📱 %n phones linked</source>
        <translation>
            <numerusform>📱 %n teléfono vinculado</numerusform>
            <numerusform>📱 %n teléfonos vinculados</numerusform>
        </translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>A message can be reacted to once it is sent</source>
        <translation>Se puede reaccionar a un mensaje una vez enviado</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>Quitar mi reacción</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back</source>
        <translation>
            <numerusform>Volvió %n conversación pospuesta</numerusform>
            <numerusform>Volvieron %n conversaciones pospuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the account&apos;s templates with its provider…</source>
        <translation>Consultando las plantillas de la cuenta con su proveedor…</translation>
    </message>
    <message>
        <source>The provider&apos;s templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas del proveedor: %1</translation>
    </message>
    <message>
        <source>Saved &amp;replies…</source>
        <translation>&amp;Respuestas guardadas…</translation>
    </message>
    <message>
        <source>The templates of %1 could not be read: %2</source>
        <translation>No se pudieron leer las plantillas de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>↑ New activity: %n</source>
        <translation>
            <numerusform>↑ Nueva actividad: %n</numerusform>
            <numerusform>↑ Nueva actividad: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the open conversation</source>
        <translation>Tomar la conversación abierta</translation>
    </message>
    <message>
        <source>Resolve the open conversation</source>
        <translation>Resolver la conversación abierta</translation>
    </message>
    <message>
        <source>Snooze the open conversation until tomorrow at 9:00</source>
        <translation>Posponer la conversación abierta hasta mañana a las 9:00</translation>
    </message>
    <message>
        <source>Write a note for the team</source>
        <translation>Escribir una nota para el equipo</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abre primero una conversación.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Messages with %1</source>
        <translation>Mensajes con %1</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Ningún programa de este equipo abre %1.</translation>
    </message>
    <message>
        <source>That message is not in this chat&apos;s history on this computer.</source>
        <translation>Ese mensaje no está en el historial de este chat en este equipo.</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Ir al mensaje citado</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Download the file</source>
        <translation>Descargar el archivo</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Sesión de %1 · %2</translation>
    </message>
    <message>
        <source>What a %1 may do: %2</source>
        <translation>Lo que puede hacer este rol (%1): %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>answer customers, take conversations, write notes</source>
        <translation>responder a clientes, tomar conversaciones, escribir notas</translation>
    </message>
    <message>
        <source>everything an agent does, assign conversations to teammates, edit templates and saved replies</source>
        <translation>todo lo que hace un agente, asignar conversaciones a compañeros, editar plantillas y respuestas guardadas</translation>
    </message>
    <message>
        <source>everything a manager does, and manage accounts and teammates</source>
        <translation>todo lo que hace un gerente, y administrar cuentas y compañeros</translation>
    </message>
    <message>
        <source>Customers&apos; new messages and teammates&apos; changes may be missing until it is back; what you send still goes out.</source>
        <translation>Pueden faltar mensajes nuevos de clientes y cambios de compañeros hasta que vuelva; lo que envías sigue saliendo.</translation>
    </message>
    <message>
        <source>No relay is set: new messages arrive only when a relay is set in Settings.</source>
        <translation>No hay relay configurado: los mensajes nuevos llegan solo cuando se configura uno en Ajustes.</translation>
    </message>
    <message>
        <source>Relay unreachable since %1</source>
        <translation>Relay inalcanzable desde las %1</translation>
    </message>
    <message>
        <source>Customers&apos; messages and teammates&apos; changes arrive as they happen.</source>
        <translation>Los mensajes de clientes y los cambios de compañeros llegan al momento.</translation>
    </message>
    <message numerus="yes">
        <source>Relay unreachable: trying again in %n s</source>
        <translation>
            <numerusform>Relay inalcanzable: nuevo intento en %n s</numerusform>
            <numerusform>Relay inalcanzable: nuevo intento en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: trying again in %n s</source>
        <translation>
            <numerusform>%1: nuevo intento en %n s</numerusform>
            <numerusform>%1: nuevo intento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay refused this computer&apos;s token: ask an admin for a new one and enter it in Settings → Relay.</source>
        <translation>El relay rechazó el token de este equipo: pide uno nuevo a un administrador e introdúcelo en Ajustes → Relay.</translation>
    </message>
    <message>
        <source>messages may be missing</source>
        <translation>pueden faltar mensajes</translation>
    </message>
</context>
<context>
    <name>inbox::MediaFetcher</name>
    <message>
        <source>the account %1 is not connected on this computer</source>
        <translation>la cuenta %1 no está conectada en este equipo</translation>
    </message>
</context>
<context>
    <name>inbox::MediaFiles</name>
    <message>
        <source>Cannot save the file to %1</source>
        <translation>No se puede guardar el archivo en %1</translation>
    </message>
    <message>
        <source>free some disk space or check the folder&apos;s permissions</source>
        <translation>libera espacio en disco o revisa los permisos de la carpeta</translation>
    </message>
</context>
<context>
    <name>inbox::MessageDelegate</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>A message WhatsApp cannot show here</source>
        <translation>Un mensaje que WhatsApp no puede mostrar aquí</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>↻ Retry</source>
        <translation>↻ Reintentar</translation>
    </message>
    <message>
        <source>↗ Open</source>
        <translation>↗ Abrir</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>⚠ Could not download: %1. Click to try again.</source>
        <translation>⚠ No se pudo descargar: %1. Haz clic para reintentar.</translation>
    </message>
    <message>
        <source>⬇ Download</source>
        <translation>⬇ Descargar</translation>
    </message>
</context>
<context>
    <name>inbox::MessageTemplate</name>
    <message>
        <source>The name is lowercase letters, digits and underscores, like order_update.</source>
        <translation>El nombre lleva letras minúsculas, dígitos y guiones bajos, como order_update.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Elige el idioma de la plantilla.</translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation>Elige una categoría: marketing, utilidad o autenticación.</translation>
    </message>
    <message>
        <source>The body has %1 characters; WhatsApp allows 1024.</source>
        <translation>El cuerpo tiene %1 caracteres; WhatsApp permite 1024.</translation>
    </message>
    <message>
        <source>Placeholders are numbered {{1}}, {{2}}… without gaps: {{%1}} is missing.</source>
        <translation>Los marcadores se numeran {{1}}, {{2}}… sin saltos: falta {{%1}}.</translation>
    </message>
    <message>
        <source>The text header is empty: write it, or choose no header.</source>
        <translation>El encabezado de texto está vacío: escríbelo o elige sin encabezado.</translation>
    </message>
    <message>
        <source>The header has %1 characters; WhatsApp allows 60.</source>
        <translation>El encabezado tiene %1 caracteres; WhatsApp permite 60.</translation>
    </message>
    <message>
        <source>A header may hold one placeholder, {{1}}.</source>
        <translation>Un encabezado puede llevar un marcador, {{1}}.</translation>
    </message>
    <message>
        <source>The footer has %1 characters; WhatsApp allows 60.</source>
        <translation>El pie tiene %1 caracteres; WhatsApp permite 60.</translation>
    </message>
    <message>
        <source>A footer cannot hold placeholders.</source>
        <translation>Un pie no puede llevar marcadores.</translation>
    </message>
    <message>
        <source>At most 10 buttons.</source>
        <translation>Como máximo 10 botones.</translation>
    </message>
    <message>
        <source>Each button needs a label of 1 to 25 characters.</source>
        <translation>Cada botón necesita una etiqueta de 1 a 25 caracteres.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs an https:// address.</source>
        <translation>El botón «%1» necesita una dirección https://.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a phone number in international form, like +55 11 98765 4321.</source>
        <translation>El botón «%1» necesita un número en formato internacional, como +55 11 98765 4321.</translation>
    </message>
    <message>
        <source>Write the body: it is what the customer reads.</source>
        <translation>Escribe el cuerpo: es lo que lee el cliente.</translation>
    </message>
</context>
<context>
    <name>inbox::PhoneConnectDialog</name>
    <message>
        <source> · battery %1%, charging</source>
        <translation> · batería %1%, cargando</translation>
    </message>
    <message>
        <source> · battery %1%</source>
        <translation> · batería %1%</translation>
    </message>
    <message>
        <source>Link a phone to %1</source>
        <translation>Vincular un teléfono a %1</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp → Settings → Linked devices → Link a device, and point the camera at this code.</source>
        <translation>En el teléfono, abre WhatsApp → Ajustes → Dispositivos vinculados → Vincular un dispositivo, y apunta la cámara a este código.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sin código</translation>
    </message>
    <message>
        <source>The open-wa server is unreachable: %1. Trying again…</source>
        <translation>No se puede llegar al servidor de open-wa: %1. Reintentando…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Waiting for a code…</source>
        <translation>Esperando un código…</translation>
    </message>
    <message>
        <source>Not linked yet (%1). The code refreshes every few seconds.</source>
        <translation>Aún sin vincular (%1). El código se renueva cada pocos segundos.</translation>
    </message>
</context>
<context>
    <name>inbox::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>El número de teléfono está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in any country: check the country code.</source>
        <translation>«%1» no es un número válido en ningún país: revisa el código de país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number for %2: check the digits after the country code.</source>
        <translation>«%1» no es un número válido para %2: revisa los dígitos después del código de país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code: write it in international form, starting with + and the country code (for example +55 11 98765-4321).</source>
        <translation>«%1» no tiene un código de país válido: escríbelo en formato internacional, empezando por + y el código de país (por ejemplo +55 11 98765-4321).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number: check for missing digits.</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono: revisa si faltan dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number: check for extra digits.</source>
        <translation>«%1» es demasiado largo para ser un número de teléfono: revisa si sobran dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read as a phone number.</source>
        <translation>No se pudo leer «%1» como número de teléfono.</translation>
    </message>
</context>
<context>
    <name>inbox::ProviderClients</name>
    <message>
        <source>%1 is missing: add it in Settings → Accounts</source>
        <translation>Falta %1: añádelo en Ajustes → Cuentas</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is not an http(s) URL</source>
        <translation>la dirección «%1» no es una URL http(s)</translation>
    </message>
</context>
<context>
    <name>inbox::ProviderRegistry</name>
    <message>
        <source>this build does not know the provider &quot;%1&quot;</source>
        <translation>esta versión no conoce el proveedor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no normaliser for the provider &quot;%1&quot;</source>
        <translation>no hay normalizador para el proveedor &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>inbox::RelayClient</name>
    <message>
        <source>the connection to the relay was lost before it answered; publish again</source>
        <translation>se perdió la conexión con el relay antes de que respondiera; publícalo de nuevo</translation>
    </message>
    <message>
        <source>not connected to the relay; try again when the status bar says connected</source>
        <translation>sin conexión con el relay; inténtalo cuando la barra de estado diga conectado</translation>
    </message>
</context>
<context>
    <name>inbox::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>Agents type / and this word in the composer</source>
        <translation>Los agentes escriben / y esta palabra en el editor</translation>
    </message>
    <message>
        <source>We are open Monday to Saturday, 9:00 to 18:00.</source>
        <translation>Abrimos de lunes a sábado, de 9:00 a 18:00.</translation>
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;Nueva respuesta</translation>
    </message>
    <message>
        <source>Shortcut /</source>
        <translation>Atajo /</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>No saved replies yet: write the first one.</source>
        <translation>Aún no hay respuestas guardadas: escribe la primera.</translation>
    </message>
    <message>
        <source>Saved: agents type /%1 to use it.</source>
        <translation>Guardada: los agentes escriben /%1 para usarla.</translation>
    </message>
    <message>
        <source>Delete saved reply</source>
        <translation>Eliminar respuesta guardada</translation>
    </message>
    <message>
        <source>Delete /%1 for the whole team?</source>
        <translation>¿Eliminar /%1 para todo el equipo?</translation>
    </message>
    <message>
        <source>Deleted /%1.</source>
        <translation>/%1 eliminada.</translation>
    </message>
</context>
<context>
    <name>inbox::SavedReplyController</name>
    <message>
        <source>Give the reply a shortcut, the word typed after / (for example hours).</source>
        <translation>Dale a la respuesta un atajo, la palabra que se escribe tras / (por ejemplo horario).</translation>
    </message>
    <message>
        <source>A shortcut is one word of at most 32 letters, digits, - or _, without the /.</source>
        <translation>Un atajo es una sola palabra de hasta 32 letras, dígitos, - o _, sin la /.</translation>
    </message>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation>Escribe el texto de la respuesta.</translation>
    </message>
</context>
<context>
    <name>inbox::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The relay brings your team&apos;s WhatsApp messages, assignments and notes to this desktop. Your admin gives you its address and your personal token.</source>
        <translation>El relay trae a este escritorio los mensajes de WhatsApp, las asignaciones y las notas de tu equipo. Tu administrador te da su dirección y tu token personal.</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Dirección del relay</translation>
    </message>
    <message>
        <source>Your token</source>
        <translation>Tu token</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>the token your admin gave you</source>
        <translation>el token que te dio tu administrador</translation>
    </message>
    <message>
        <source>The relay address is a WebSocket URL: wss://host/stream (or ws:// on your own network).</source>
        <translation>La dirección del relay es una URL WebSocket: wss://host/stream (o ws:// en tu propia red).</translation>
    </message>
    <message>
        <source>Type the token your admin gave you.</source>
        <translation>Escribe el token que te dio tu administrador.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>The keychain did not take the token: %1</source>
        <translation>El llavero no aceptó el token: %1</translation>
    </message>
    <message>
        <source>Signed out: the token is gone from this computer.</source>
        <translation>Sesión cerrada: el token ya no está en este equipo.</translation>
    </message>
    <message>
        <source>The keychain did not remove the token: %1</source>
        <translation>El llavero no eliminó el token: %1</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Id de la cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relay&apos;s id</source>
        <translation>Id en el relay</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Forget how to reach this account and remove its token; its conversations stay</source>
        <translation>Olvidar cómo llegar a esta cuenta y quitar su token; sus conversaciones se quedan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>The account id is 1 to 63 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>El id de la cuenta tiene de 1 a 63 letras minúsculas, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>There is an account %1 already.</source>
        <translation>Ya existe una cuenta %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>The keychain did not take the token, so nothing was saved: %1</source>
        <translation>El llavero no aceptó el token, así que no se guardó nada: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>%1 did not accept: %2</source>
        <translation>%1 no aceptó: %2</translation>
    </message>
    <message>
        <source>Disconnected: its token is gone; its conversations stay.</source>
        <translation>Desconectada: su token ya no está; sus conversaciones se quedan.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The inbox speaks the new language the next time it starts.</source>
        <translation>El inbox usará el nuevo idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Automatic replies saved.</source>
        <translation>Respuestas automáticas guardadas.</translation>
    </message>
    <message>
        <source>%1 accounts are not linked by QR code</source>
        <translation>las cuentas de %1 no se vinculan con código QR</translation>
    </message>
    <message>
        <source>Phone linked: %1.</source>
        <translation>Teléfono vinculado: %1.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Fetching the list of chats…</source>
        <translation>Obteniendo la lista de chats…</translation>
    </message>
    <message>
        <source>%1 of %2 chats</source>
        <translation>%1 de %2 chats</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) so far</source>
        <translation>
            <numerusform>%n mensaje nuevo hasta ahora</numerusform>
            <numerusform>%n mensajes nuevos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Sincronizar historial</translation>
    </message>
    <message numerus="yes">
        <source>History synced: %n chat(s)</source>
        <translation>
            <numerusform>Historial sincronizado: %n chat</numerusform>
            <numerusform>Historial sincronizado: %n chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new message(s).</source>
        <translation>
            <numerusform>, %n mensaje nuevo.</numerusform>
            <numerusform>, %n mensajes nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link phone…</source>
        <translation>Vincular teléfono…</translation>
    </message>
    <message>
        <source>Show the QR code to scan with the phone&apos;s WhatsApp</source>
        <translation>Muestra el código QR para escanear con el WhatsApp del teléfono</translation>
    </message>
    <message>
        <source>Bring each chat&apos;s recent messages into the inbox</source>
        <translation>Trae al inbox los mensajes recientes de cada chat</translation>
    </message>
    <message>
        <source>Auto-reply…</source>
        <translation>Respuesta automática…</translation>
    </message>
    <message>
        <source>Rules and a hook that answer new messages automatically</source>
        <translation>Reglas y un hook que responden automáticamente a los mensajes nuevos</translation>
    </message>
    <message>
        <source>Connected to %1: %2.</source>
        <translation>Conectado a %1: %2.</translation>
    </message>
    <message>
        <source>•••••••• saved in the keychain: type to replace</source>
        <translation>•••••••• guardado en el llavero: escribe para reemplazarlo</translation>
    </message>
    <message>
        <source>e.g. store-meta</source>
        <translation>p. ej. tienda-meta</translation>
    </message>
    <message>
        <source>A short id for this account, lowercase: it cannot change later</source>
        <translation>Un id corto para esta cuenta, en minúsculas: no se puede cambiar después</translation>
    </message>
    <message>
        <source>e.g. Store (Meta)</source>
        <translation>p. ej. Tienda (Meta)</translation>
    </message>
    <message>
        <source>How the team calls the account</source>
        <translation>Cómo llama el equipo a la cuenta</translation>
    </message>
    <message>
        <source>e.g. 106540352242922</source>
        <translation>p. ej. 106540352242922</translation>
    </message>
    <message>
        <source>The id in the relay&apos;s webhook URL for this account</source>
        <translation>El id de esta cuenta en la URL del webhook del relay</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>This desktop now: %1 (%2)</source>
        <translation>Este escritorio ahora: %1 (%2)</translation>
    </message>
    <message>
        <source>This desktop now: %1</source>
        <translation>Este escritorio ahora: %1</translation>
    </message>
    <message>
        <source>%1 · %2: not set up on this computer</source>
        <translation>%1 · %2: sin configurar en este equipo</translation>
    </message>
    <message>
        <source>%1 · %2: ⚠ %3</source>
        <translation>%1 · %2: ⚠ %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not saved yet: what you typed is kept until you save or close Settings.</source>
        <translation>Aún sin guardar: lo que escribiste se conserva hasta que guardes o cierres Ajustes.</translation>
    </message>
</context>
<context>
    <name>inbox::SyncEngine</name>
    <message>
        <source>First message: %1</source>
        <translation>Primer mensaje: %1</translation>
    </message>
</context>
<context>
    <name>inbox::TeamEvent</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; no es texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; no es true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation>&quot;%1&quot; no es una hora ISO 8601: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; no es una lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; it is open, pending, resolved or snoozed</source>
        <translation>&quot;%1&quot; no es un estado; es open, pending, resolved o snoozed</translation>
    </message>
    <message>
        <source>a lead edit changes &quot;name&quot; or &quot;stage&quot;</source>
        <translation>una edición de lead cambia &quot;name&quot; o &quot;stage&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message</source>
        <translation>&quot;%1&quot; no es un tipo de mensaje</translation>
    </message>
    <message>
        <source>team events are %1; &quot;%2&quot; is not one</source>
        <translation>los eventos del equipo son %1; &quot;%2&quot; no es uno de ellos</translation>
    </message>
    <message>
        <source>a team event has a &quot;type&quot;, one of %1</source>
        <translation>un evento del equipo tiene un &quot;type&quot;, uno de %1</translation>
    </message>
    <message>
        <source>&quot;author&quot; is not an object</source>
        <translation>&quot;author&quot; no es un objeto</translation>
    </message>
    <message>
        <source>author: %1</source>
        <translation>author: %1</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; event: %2</source>
        <translation>un evento &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>only managers and admins assign conversations to others; an agent may take an unassigned one for itself</source>
        <translation>solo gerentes y administradores asignan conversaciones a otros; un agente puede tomar una sin asignar para sí</translation>
    </message>
    <message>
        <source>only managers and admins edit templates; ask one of them</source>
        <translation>solo gerentes y administradores editan plantillas; pídeselo a uno de ellos</translation>
    </message>
    <message>
        <source>only managers and admins edit the team&apos;s saved replies</source>
        <translation>solo gerentes y administradores editan las respuestas guardadas del equipo</translation>
    </message>
</context>
<context>
    <name>inbox::TemplateEditor</name>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Utility (orders, accounts)</source>
        <translation>Utilidad (pedidos, cuentas)</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>Marketing (ofertas, novedades)</translation>
    </message>
    <message>
        <source>Authentication (codes)</source>
        <translation>Autenticación (códigos)</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Sin encabezado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Your order {{1}}</source>
        <translation>Tu pedido {{1}}</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} is on its way.</source>
        <translation>Hola {{1}}, tu pedido {{2}} está en camino.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Reply STOP to opt out</source>
        <translation>Responde STOP para darte de baja</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Maria, #10234 (one per placeholder, for the reviewers)</source>
        <translation>María, #10234 (uno por marcador, para los revisores)</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botón</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Link or number</source>
        <translation>Enlace o número</translation>
    </message>
    <message>
        <source>+ Quick reply</source>
        <translation>+ Respuesta rápida</translation>
    </message>
    <message>
        <source>+ Link</source>
        <translation>+ Enlace</translation>
    </message>
    <message>
        <source>+ Phone</source>
        <translation>+ Teléfono</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Quitar botón</translation>
    </message>
    <message>
        <source>As the customer sees it</source>
        <translation>Como lo ve el cliente</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>New template: it goes to Meta for review when submitted.</source>
        <translation>Plantilla nueva: va a revisión de Meta cuando la envíes.</translation>
    </message>
    <message>
        <source>Give a sample value for each placeholder (%1 of %2), comma separated: Meta&apos;s reviewers read them.</source>
        <translation>Da un valor de ejemplo para cada marcador (%1 de %2), separados por comas: los revisores de Meta los leen.</translation>
    </message>
    <message>
        <source>This desktop is not connected to the account: add its token in Settings → Accounts.</source>
        <translation>Este escritorio no está conectado a la cuenta: añade su token en Ajustes → Cuentas.</translation>
    </message>
    <message>
        <source>Submitting %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>Meta did not take it: %1</source>
        <translation>Meta no la aceptó: %1</translation>
    </message>
    <message>
        <source>Submitted: Meta reviews it, usually within minutes; the status here follows.</source>
        <translation>Enviada: Meta la revisa, normalmente en minutos; el estado se actualiza aquí.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete %1 in every language? Messages already sent stay.</source>
        <translation>¿Eliminar %1 en todos los idiomas? Los mensajes ya enviados se quedan.</translation>
    </message>
    <message>
        <source>Meta did not delete it: %1</source>
        <translation>Meta no la eliminó: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Eliminada %1.</translation>
    </message>
    <message>
        <source>The team was not told: %1</source>
        <translation>No se avisó al equipo: %1</translation>
    </message>
    <message>
        <source>%1&apos;s templates are created and edited in %1; here they are listed as %1 has them.</source>
        <translation>Las plantillas de %1 se crean y editan en %1; aquí se listan como %1 las tiene.</translation>
    </message>
</context>
<context>
    <name>inbox::TemplatePicker</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>The customer will see:</source>
        <translation>El cliente verá:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>This account has no approved templates yet.</source>
        <translation>Esta cuenta todavía no tiene plantillas aprobadas.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Elige una plantilla.</translation>
    </message>
    <message>
        <source>Fill in %1 to send.</source>
        <translation>Rellena %1 para enviar.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>https://… a link, or drop a file here</source>
        <translation>https://… un enlace, o suelta un archivo aquí</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Header photo</source>
        <translation>Foto del encabezado</translation>
    </message>
    <message>
        <source>Header video</source>
        <translation>Vídeo del encabezado</translation>
    </message>
    <message>
        <source>Header document</source>
        <translation>Documento del encabezado</translation>
    </message>
    <message>
        <source>The template&apos;s header</source>
        <translation>El encabezado de la plantilla</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>Encabezado {{%1}}</translation>
    </message>
    <message>
        <source>Header {{%1}}, like “%2”</source>
        <translation>Encabezado {{%1}}, como «%2»</translation>
    </message>
    <message>
        <source>{{%1}}</source>
        <translation>{{%1}}</translation>
    </message>
    <message>
        <source>{{%1}}, like “%2”</source>
        <translation>{{%1}}, como «%2»</translation>
    </message>
    <message>
        <source>“%1” button: the end of %2</source>
        <translation>Botón «%1»: el final de %2</translation>
    </message>
    <message>
        <source>This provider sends the template&apos;s header and buttons as they were approved.</source>
        <translation>Este proveedor envía el encabezado y los botones de la plantilla tal como se aprobaron.</translation>
    </message>
    <message>
        <source>the header&apos;s file is missing: give a link or choose a file</source>
        <translation>falta el archivo del encabezado: indica un enlace o elige un archivo</translation>
    </message>
    <message>
        <source>the header&apos;s link must be a whole https:// address, or a file on this computer</source>
        <translation>el enlace del encabezado debe ser una dirección https:// completa, o un archivo de este equipo</translation>
    </message>
    <message>
        <source>[the header&apos;s file]</source>
        <translation>[el archivo del encabezado]</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to fill in before sending.</source>
        <translation>
            <numerusform>Falta %n valor por rellenar antes de enviar.</numerusform>
            <numerusform>Faltan %n valores por rellenar antes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header&apos;s file is still to give.</source>
        <translation>Falta indicar el archivo del encabezado.</translation>
    </message>
    <message>
        <source>this template&apos;s header takes a photo, and %1 is not one</source>
        <translation>el encabezado de esta plantilla lleva una foto, y %1 no lo es</translation>
    </message>
    <message>
        <source>this template&apos;s header takes a video, and %1 is not one</source>
        <translation>el encabezado de esta plantilla lleva un vídeo, y %1 no lo es</translation>
    </message>
    <message>
        <source>this template&apos;s header takes a document, and %1 is not one</source>
        <translation>el encabezado de esta plantilla lleva un documento, y %1 no lo es</translation>
    </message>
</context>
<context>
    <name>inbox::TemplateSync</name>
    <message>
        <source>the account %1 is not connected: add its token in Settings</source>
        <translation>la cuenta %1 no está conectada: añade su token en Ajustes</translation>
    </message>
</context>
<context>
    <name>inbox::TrayNotifier</name>
    <message>
        <source>Show the inbox</source>
        <translation>Mostrar el inbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Inbox: %1 unread</source>
        <translation>Inbox: %1 sin leer</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Back from snooze</source>
        <translation>De vuelta de la espera</translation>
    </message>
</context>
<context>
    <name>inbox::WebhookGuard</name>
    <message>
        <source>the webhook secret (%1) is missing or wrong</source>
        <translation>el secreto del webhook (%1) falta o es incorrecto</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 is missing</source>
        <translation>falta X-Hub-Signature-256</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match the body</source>
        <translation>X-Hub-Signature-256 no coincide con el cuerpo</translation>
    </message>
</context>
<context>
    <name>inbox::history</name>
    <message>
        <source>%1 took this conversation</source>
        <translation>%1 tomó esta conversación</translation>
    </message>
    <message>
        <source>%1 assigned this to %2</source>
        <translation>%1 la asignó a %2</translation>
    </message>
    <message>
        <source>%1 unassigned this</source>
        <translation>%1 la dejó sin asignar</translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation>%1 la reabrió</translation>
    </message>
    <message>
        <source>%1 set this to pending</source>
        <translation>%1 la puso en pendiente</translation>
    </message>
    <message>
        <source>%1 resolved this</source>
        <translation>%1 la resolvió</translation>
    </message>
    <message>
        <source>%1 snoozed this until %2</source>
        <translation>%1 la pospuso hasta %2</translation>
    </message>
    <message>
        <source>The snooze ended: open again</source>
        <translation>Terminó la espera: abierta de nuevo</translation>
    </message>
</context>
<context>
    <name>inbox::look</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>inbox::meta</name>
    <message>
        <source>Cannot send this through Meta</source>
        <translation>No se puede enviar esto a través de Meta</translation>
    </message>
    <message>
        <source>the file has neither an uploaded media id nor a link; upload it first</source>
        <translation>el archivo no tiene ni id de medio subido ni enlace; súbelo primero</translation>
    </message>
    <message>
        <source>the inbox does not send %1 messages yet</source>
        <translation>el inbox todavía no envía mensajes de tipo %1</translation>
    </message>
    <message>
        <source>The downloaded file is damaged</source>
        <translation>El archivo descargado está dañado</translation>
    </message>
    <message>
        <source>its checksum does not match Meta&apos;s; download it again</source>
        <translation>su suma de comprobación no coincide con la de Meta; descárgalo de nuevo</translation>
    </message>
    <message>
        <source>more than 24 hours have passed since the customer last wrote; send an approved template instead</source>
        <translation>pasaron más de 24 horas desde que el cliente escribió; envía una plantilla aprobada</translation>
    </message>
    <message>
        <source>the message could not be delivered; the number may not use WhatsApp or may need to update the app</source>
        <translation>no se pudo entregar el mensaje; puede que el número no use WhatsApp o necesite actualizar la app</translation>
    </message>
    <message>
        <source>the account is sending too fast; the inbox retries shortly</source>
        <translation>la cuenta está enviando demasiado rápido; el inbox lo reintenta en breve</translation>
    </message>
    <message>
        <source>too many messages to this customer in a short time; the inbox retries shortly</source>
        <translation>demasiados mensajes a este cliente en poco tiempo; el inbox lo reintenta en breve</translation>
    </message>
    <message>
        <source>the template&apos;s variables do not match; fill in every {{n}} value and send again</source>
        <translation>las variables de la plantilla no coinciden; rellena cada valor {{n}} y envía de nuevo</translation>
    </message>
    <message>
        <source>the template does not exist in this language or is not approved yet; pick another one</source>
        <translation>la plantilla no existe en este idioma o aún no está aprobada; elige otra</translation>
    </message>
    <message>
        <source>the access token has expired or was revoked; reconnect the account in Settings</source>
        <translation>el token de acceso caducó o fue revocado; vuelve a conectar la cuenta en Ajustes</translation>
    </message>
    <message>
        <source>a parameter of the request is invalid; check the message and the account&apos;s settings</source>
        <translation>un parámetro de la solicitud no es válido; revisa el mensaje y los ajustes de la cuenta</translation>
    </message>
    <message>
        <source>Meta answered HTTP %1</source>
        <translation>Meta respondió HTTP %1</translation>
    </message>
    <message>
        <source>Meta is unavailable; the inbox retries shortly</source>
        <translation>Meta no está disponible; el inbox lo reintenta en breve</translation>
    </message>
    <message>
        <source>Meta refused the request; check the account&apos;s settings</source>
        <translation>Meta rechazó la solicitud; revisa los ajustes de la cuenta</translation>
    </message>
    <message>
        <source>the template list is not JSON: %1</source>
        <translation>la lista de plantillas no es JSON: %1</translation>
    </message>
    <message>
        <source>the template list has no &quot;data&quot; list</source>
        <translation>la lista de plantillas no tiene una lista «data»</translation>
    </message>
    <message>
        <source>The file is too large for WhatsApp</source>
        <translation>El archivo es demasiado grande para WhatsApp</translation>
    </message>
    <message>
        <source>send a smaller file (%1 at most), or share a link to it</source>
        <translation>envía un archivo más pequeño (%1 como máximo) o comparte un enlace</translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API cannot do this</source>
        <translation>La WhatsApp Cloud API no puede hacer esto</translation>
    </message>
    <message>
        <source>this template has no Meta id yet; refresh the template list, then edit it again</source>
        <translation>esta plantilla aún no tiene id de Meta; actualiza la lista de plantillas y vuelve a editarla</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API keeps no message history; the inbox shows what arrived since the account was connected</source>
        <translation>la WhatsApp Cloud API no guarda el historial de mensajes; el inbox muestra lo que llegó desde que se conectó la cuenta</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API has no list of chats; conversations appear as customers write</source>
        <translation>la WhatsApp Cloud API no tiene lista de chats; las conversaciones aparecen cuando los clientes escriben</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API has no contact book; the lead is kept in the inbox</source>
        <translation>la WhatsApp Cloud API no tiene agenda de contactos; el lead se guarda en el inbox</translation>
    </message>
    <message>
        <source>this message names no media id to download</source>
        <translation>este mensaje no indica ningún id de medio para descargar</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>a system user&apos;s permanent token</source>
        <translation>el token permanente de un usuario del sistema</translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation>Dirección de la Graph API</translation>
    </message>
    <message>
        <source>%1 is more than the %2 WhatsApp takes for this kind of file (%3)</source>
        <translation>%1 supera los %2 que WhatsApp admite para este tipo de archivo (%3)</translation>
    </message>
</context>
<context>
    <name>inbox::openwa</name>
    <message>
        <source>WhatsApp did not accept the message on the phone</source>
        <translation>WhatsApp no aceptó el mensaje en el teléfono</translation>
    </message>
    <message>
        <source>not an open-wa webhook: expected &quot;sessionId&quot;, &quot;event&quot; and a &quot;payload&quot; (v5) or &quot;data&quot; (v4)</source>
        <translation>no es un webhook de open-wa: se esperaban &quot;sessionId&quot;, &quot;event&quot; y un &quot;payload&quot; (v5) o &quot;data&quot; (v4)</translation>
    </message>
    <message>
        <source>a message in the group chat %1: group chats are not shown in the inbox</source>
        <translation>un mensaje en el grupo %1: los grupos no se muestran en el inbox</translation>
    </message>
    <message>
        <source>Cannot do this through open-wa</source>
        <translation>No se puede hacer esto con open-wa</translation>
    </message>
    <message>
        <source>open-wa answered HTTP %1</source>
        <translation>open-wa respondió HTTP %1</translation>
    </message>
    <message>
        <source>the open-wa API key is wrong; paste the server&apos;s --api-key in Settings</source>
        <translation>la clave de API de open-wa es incorrecta; pega la --api-key del servidor en Ajustes</translation>
    </message>
    <message>
        <source>the open-wa server is unavailable; the inbox retries shortly</source>
        <translation>el servidor de open-wa no está disponible; el inbox reintentará en breve</translation>
    </message>
    <message>
        <source>the open-wa server refused the request</source>
        <translation>el servidor de open-wa rechazó la solicitud</translation>
    </message>
    <message>
        <source>the phone did not accept the message; check that it is online and the number has WhatsApp</source>
        <translation>el teléfono no aceptó el mensaje; comprueba que esté en línea y que el número tenga WhatsApp</translation>
    </message>
    <message>
        <source>open-wa could not send</source>
        <translation>open-wa no pudo enviar</translation>
    </message>
    <message>
        <source>the server answers, but no phone is linked (%1): use Link phone</source>
        <translation>el servidor responde, pero no hay teléfono vinculado (%1): usa Vincular teléfono</translation>
    </message>
    <message>
        <source>phone %1 linked, battery %2%</source>
        <translation>teléfono %1 vinculado, batería %2%</translation>
    </message>
    <message>
        <source>open-wa sends files from this computer; attach the file again</source>
        <translation>open-wa envía archivos desde este equipo; adjunta el archivo de nuevo</translation>
    </message>
    <message>
        <source>open-wa sends no WhatsApp templates; write the message instead</source>
        <translation>open-wa no envía plantillas de WhatsApp; escribe el mensaje</translation>
    </message>
    <message>
        <source>the inbox cannot send %1 messages through open-wa</source>
        <translation>el inbox no puede enviar mensajes %1 con open-wa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an open-wa message id</source>
        <translation>&quot;%1&quot; no es un id de mensaje de open-wa</translation>
    </message>
    <message>
        <source>open-wa accounts have no WhatsApp templates</source>
        <translation>las cuentas de open-wa no tienen plantillas de WhatsApp</translation>
    </message>
    <message>
        <source>open-wa cannot write to the phone&apos;s contacts; the lead is kept in the inbox</source>
        <translation>open-wa no puede escribir en los contactos del teléfono; el lead se guarda en el inbox</translation>
    </message>
    <message>
        <source>open-wa answered decryptMedia without a data URL</source>
        <translation>open-wa respondió a decryptMedia sin una URL de datos</translation>
    </message>
    <message>
        <source>the account was removed</source>
        <translation>la cuenta fue eliminada</translation>
    </message>
    <message>
        <source>open-wa server</source>
        <translation>Servidor open-wa</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>the server&apos;s --api-key</source>
        <translation>el --api-key del servidor</translation>
    </message>
    <message>
        <source>WhatsApp is open on another computer: close it there, or take it back in open-wa</source>
        <translation>WhatsApp está abierto en otro ordenador: ciérralo allí o recupéralo en open-wa</translation>
    </message>
    <message>
        <source>the phone is no longer linked: scan the QR code in Settings</source>
        <translation>el teléfono ya no está vinculado: escanea el código QR en Ajustes</translation>
    </message>
    <message>
        <source>the phone&apos;s session stopped: %1</source>
        <translation>la sesión del teléfono se detuvo: %1</translation>
    </message>
    <message>
        <source>an open-wa webhook without a &quot;sessionId&quot;: start the open-wa server with --session-id, so the inbox knows which phone it is from</source>
        <translation>un webhook de open-wa sin &quot;sessionId&quot;: inicia el servidor open-wa con --session-id para que el inbox sepa de qué teléfono viene</translation>
    </message>
</context>
<context>
    <name>inbox::unipile</name>
    <message>
        <source>UniPile account %1: %2</source>
        <translation>cuenta de UniPile %1: %2</translation>
    </message>
    <message>
        <source>not a UniPile webhook: expected an object with &quot;event&quot; and &quot;account_id&quot;</source>
        <translation>no es un webhook de UniPile: se esperaba un objeto con &quot;event&quot; y &quot;account_id&quot;</translation>
    </message>
    <message>
        <source>a message in the group chat %1: group chats are not shown in the inbox</source>
        <translation>un mensaje en el grupo %1: los grupos no se muestran en el inbox</translation>
    </message>
    <message>
        <source>Cannot do this through UniPile</source>
        <translation>No se puede hacer esto con UniPile</translation>
    </message>
    <message>
        <source>UniPile answered HTTP %1</source>
        <translation>UniPile respondió HTTP %1</translation>
    </message>
    <message>
        <source>the UniPile API key is wrong; paste it again in Settings</source>
        <translation>la clave de API de UniPile es incorrecta; pégala de nuevo en Ajustes</translation>
    </message>
    <message>
        <source>UniPile does not know this account or chat; check the account ID in Settings</source>
        <translation>UniPile no conoce esta cuenta o chat; revisa el ID de la cuenta en Ajustes</translation>
    </message>
    <message>
        <source>UniPile is unavailable; the inbox retries shortly</source>
        <translation>UniPile no está disponible; el inbox reintentará en breve</translation>
    </message>
    <message>
        <source>UniPile refused the request</source>
        <translation>UniPile rechazó la solicitud</translation>
    </message>
    <message>
        <source>UniPile answered in a form the inbox does not know; try again later</source>
        <translation>UniPile respondió en un formato que el inbox no conoce; inténtalo más tarde</translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no &quot;items&quot; list</source>
        <translation>la respuesta de UniPile no tiene lista &quot;items&quot;</translation>
    </message>
    <message>
        <source>WhatsApp account %1 (%2), status %3</source>
        <translation>cuenta de WhatsApp %1 (%2), estado %3</translation>
    </message>
    <message>
        <source>the API key works but reaches no WhatsApp account; connect one in UniPile</source>
        <translation>la clave de API funciona pero no llega a ninguna cuenta de WhatsApp; conecta una en UniPile</translation>
    </message>
    <message>
        <source>the API key works but has no WhatsApp account %1; it has %2</source>
        <translation>la clave de API funciona pero no tiene la cuenta de WhatsApp %1; tiene %2</translation>
    </message>
    <message>
        <source>UniPile sends no WhatsApp templates; write the message instead</source>
        <translation>UniPile no envía plantillas de WhatsApp; escribe el mensaje</translation>
    </message>
    <message>
        <source>UniPile sends files from this computer; attach the file again</source>
        <translation>UniPile envía archivos desde este equipo; adjunta el archivo de nuevo</translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no message_id</source>
        <translation>la respuesta de UniPile no tiene message_id</translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no chat_id</source>
        <translation>la respuesta de UniPile no tiene chat_id</translation>
    </message>
    <message>
        <source>UniPile marks whole chats as read, and this message&apos;s chat is not known yet; it is marked when the customer writes again</source>
        <translation>UniPile marca como leídos chats enteros, y aún no se conoce el chat de este mensaje; se marcará cuando el cliente vuelva a escribir</translation>
    </message>
    <message>
        <source>UniPile accounts have no WhatsApp templates</source>
        <translation>las cuentas de UniPile no tienen plantillas de WhatsApp</translation>
    </message>
    <message>
        <source>UniPile has no contact book; the lead is kept in the inbox</source>
        <translation>UniPile no tiene agenda de contactos; el lead se guarda en el inbox</translation>
    </message>
    <message>
        <source>this message names no attachment to download</source>
        <translation>este mensaje no indica ningún adjunto para descargar</translation>
    </message>
    <message>
        <source>UniPile has no chat with %1 on this account yet</source>
        <translation>UniPile aún no tiene un chat con %1 en esta cuenta</translation>
    </message>
    <message>
        <source>the account was removed</source>
        <translation>la cuenta fue eliminada</translation>
    </message>
    <message>
        <source>cannot keep the picture in %1: %2</source>
        <translation>no se puede guardar la imagen en %1: %2</translation>
    </message>
    <message>
        <source>API address (DSN)</source>
        <translation>Dirección de la API (DSN)</translation>
    </message>
    <message>
        <source>UniPile account ID</source>
        <translation>ID de la cuenta de UniPile</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>X-API-KEY from UniPile&apos;s dashboard</source>
        <translation>X-API-KEY del panel de UniPile</translation>
    </message>
    <message>
        <source>UniPile needs the account&apos;s credentials again: reconnect it in UniPile</source>
        <translation>UniPile necesita de nuevo las credenciales de la cuenta: vuelve a conectarla en UniPile</translation>
    </message>
    <message>
        <source>UniPile reports the account %1: reconnect it in UniPile</source>
        <translation>UniPile informa que la cuenta está %1: vuelve a conectarla en UniPile</translation>
    </message>
</context>
<context>
    <name>inbox::wati</name>
    <message>
        <source>WATI&apos;s %1 is not a JSON object: %2</source>
        <translation>%1 de WATI no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>template list</source>
        <translation>lista de plantillas</translation>
    </message>
    <message>
        <source>WATI&apos;s template list has no &quot;messageTemplates&quot; list</source>
        <translation>la lista de plantillas de WATI no tiene una lista «messageTemplates»</translation>
    </message>
    <message>
        <source>message history</source>
        <translation>historial de mensajes</translation>
    </message>
    <message>
        <source>WATI&apos;s message history has no &quot;messages.items&quot; list</source>
        <translation>el historial de mensajes de WATI no tiene una lista «messages.items»</translation>
    </message>
    <message>
        <source>contact list</source>
        <translation>lista de contactos</translation>
    </message>
    <message>
        <source>WATI&apos;s contact list has no &quot;contact_list&quot; list</source>
        <translation>la lista de contactos de WATI no tiene una lista «contact_list»</translation>
    </message>
    <message>
        <source>not a WATI webhook: expected an object with an &quot;eventType&quot;</source>
        <translation>no es un webhook de WATI: se esperaba un objeto con «eventType»</translation>
    </message>
    <message>
        <source>Cannot do this through WATI</source>
        <translation>No se puede hacer esto a través de WATI</translation>
    </message>
    <message>
        <source>WATI answered HTTP %1</source>
        <translation>WATI respondió HTTP %1</translation>
    </message>
    <message>
        <source>the WATI token is wrong or expired; paste a new one in Settings</source>
        <translation>el token de WATI es incorrecto o caducó; pega uno nuevo en Ajustes</translation>
    </message>
    <message>
        <source>WATI is unavailable; the inbox retries shortly</source>
        <translation>WATI no está disponible; el inbox lo reintenta en breve</translation>
    </message>
    <message>
        <source>WATI refused the request</source>
        <translation>WATI rechazó la solicitud</translation>
    </message>
    <message>
        <source>WATI answered in a form the inbox does not know; try again later</source>
        <translation>WATI respondió de una forma que el inbox no conoce; inténtalo más tarde</translation>
    </message>
    <message>
        <source>WATI did not accept the request</source>
        <translation>WATI no aceptó la solicitud</translation>
    </message>
    <message>
        <source>check the number and the template, then send again</source>
        <translation>revisa el número y la plantilla, y envía de nuevo</translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot send reactions; react in a reply instead</source>
        <translation>la API de WATI no puede enviar reacciones; reacciona en una respuesta</translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot quote a message; send the reply without the quote</source>
        <translation>la API de WATI no puede citar un mensaje; envía la respuesta sin la cita</translation>
    </message>
    <message>
        <source>WATI sends files from this computer; attach the file again</source>
        <translation>WATI envía archivos desde este equipo; adjunta el archivo de nuevo</translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot send %1 messages</source>
        <translation>la API de WATI no puede enviar mensajes de tipo %1</translation>
    </message>
    <message>
        <source>WATI has no API to mark messages as read; they show as read when an operator opens the chat in WATI</source>
        <translation>WATI no tiene API para marcar mensajes como leídos; aparecen leídos cuando un operador abre el chat en WATI</translation>
    </message>
    <message>
        <source>this message names no file to download</source>
        <translation>este mensaje no indica ningún archivo para descargar</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint de la API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>from WATI&apos;s API Docs page</source>
        <translation>de la página API Docs de WATI</translation>
    </message>
</context>
<context>
    <name>inbox::webhook</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Team inbox for WhatsApp Business.</source>
        <translation>Bandeja de equipo para WhatsApp Business.</translation>
    </message>
    <message>
        <source>The cache file to open.</source>
        <translation>El archivo de caché que se abre.</translation>
    </message>
    <message>
        <source>The signed-in agent&apos;s id.</source>
        <translation>El id del agente que inicia sesión.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Guarda una imagen de la ventana una vez cargada y sale.</translation>
    </message>
    <message>
        <source>The relay&apos;s stream, ws://host:port/stream; the agent&apos;s token is read from INBOX_RELAY_TOKEN.</source>
        <translation>El stream del relay, ws://host:puerto/stream; el token del agente se lee de INBOX_RELAY_TOKEN.</translation>
    </message>
    <message>
        <source>Send the demo accounts&apos; messages through inbox-sandbox at this URL (http://127.0.0.1:8090).</source>
        <translation>Envía los mensajes de las cuentas de demostración a través de inbox-sandbox en esta URL (http://127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>light (the desktop&apos;s, the default) or dark.</source>
        <translation>light (el del escritorio, por defecto) o dark.</translation>
    </message>
    <message>
        <source>The window&apos;s size, for --screenshot (1400x900).</source>
        <translation>El tamaño de la ventana, para --screenshot (1400x900).</translation>
    </message>
    <message>
        <source>en, es or pt_BR for this run (else the one chosen in Settings, else the system&apos;s).</source>
        <translation>en, es o pt_BR para esta ejecución (si no, el elegido en Ajustes; si no, el del sistema).</translation>
    </message>
</context>
</TS>
