<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensagem não suportada</translation>
    </message>
    <message>
        <source>The local cache could not run a query (%1). Restart the inbox; if this repeats, report it with the log.</source>
        <translation>O cache local não conseguiu executar uma consulta (%1). Reinicie o inbox; se acontecer de novo, informe com o log.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <source>check that the file still exists and can be read</source>
        <translation>verifique se o arquivo ainda existe e pode ser lido</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>o provedor recusou a solicitação</translation>
    </message>
    <message>
        <source>the provider could not be reached; check the connection and the account&apos;s address</source>
        <translation>não foi possível contatar o provedor; verifique a conexão e o endereço da conta</translation>
    </message>
    <message>
        <source>This conversation is no longer in the cache; pick it again.</source>
        <translation>Esta conversa não está mais no cache; selecione-a de novo.</translation>
    </message>
    <message>
        <source>The conversation of this message is gone.</source>
        <translation>A conversa desta mensagem não existe mais.</translation>
    </message>
    <message>
        <source>The account %1 is not connected: add its token in Settings; the message is sent then.</source>
        <translation>A conta %1 não está conectada: adicione o token dela em Configurações; a mensagem é enviada então.</translation>
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
        <translation>Prévia de %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Adicione uma legenda (opcional)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>WhatsApp sends this kind of file (%1) without a caption</source>
        <translation>O WhatsApp envia este tipo de arquivo (%1) sem legenda</translation>
    </message>
</context>
<context>
    <name>inbox::Attachment</name>
    <message>
        <source>%1 is empty: there is nothing to send.</source>
        <translation>%1 está vazio: não há nada para enviar.</translation>
    </message>
    <message>
        <source>%1 is a program (%2): WhatsApp does not take programs.</source>
        <translation>%1 é um programa (%2): o WhatsApp não aceita programas.</translation>
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
        <translation>áudio</translation>
    </message>
    <message>
        <source>voice message</source>
        <translation>mensagem de voz</translation>
    </message>
    <message>
        <source>sticker</source>
        <translation>figurinha</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>%1 (%2): this account&apos;s provider does not send this kind of file. Send it as a link, or from an account on another provider.</source>
        <translation>%1 (%2): o provedor desta conta não envia este tipo de arquivo. Envie como link ou por uma conta de outro provedor.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 this kind of file (%4) may be here. Send a smaller file, or a link to it.</source>
        <translation>%1 tem %2, mais que os %3 que este tipo de arquivo (%4) pode ter aqui. Envie um arquivo menor ou um link para ele.</translation>
    </message>
</context>
<context>
    <name>inbox::AutoReplier</name>
    <message>
        <source>the relay refused the automatic reply: %1</source>
        <translation>o relay recusou a resposta automática: %1</translation>
    </message>
    <message>
        <source>no automatic reply to %1: the 24-hour window has closed</source>
        <translation>sem resposta automática para %1: a janela de 24 horas fechou</translation>
    </message>
</context>
<context>
    <name>inbox::AutoReply</name>
    <message>
        <source>keyword rule %1 has no words</source>
        <translation>a regra %1 não tem palavras</translation>
    </message>
    <message>
        <source>keyword rule %1 has no reply</source>
        <translation>a regra %1 não tem resposta</translation>
    </message>
    <message>
        <source>opening hours need both an opening and a closing time</source>
        <translation>o horário precisa de hora de abertura e de fechamento</translation>
    </message>
    <message>
        <source>opening and closing times are the same</source>
        <translation>a hora de abertura e a de fechamento são iguais</translation>
    </message>
    <message>
        <source>opening hours need the reply to send when closed</source>
        <translation>o horário precisa da resposta para quando estiver fechado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name like America/Bogota</source>
        <translation>&quot;%1&quot; não é um fuso horário; use um nome como America/Sao_Paulo</translation>
    </message>
    <message>
        <source>the hook must be an http(s) address</source>
        <translation>o hook deve ser um endereço http(s)</translation>
    </message>
</context>
<context>
    <name>inbox::AutoReplyDialog</name>
    <message>
        <source>Automatic replies · %1</source>
        <translation>Respostas automáticas · %1</translation>
    </message>
    <message>
        <source>Answer new messages automatically</source>
        <translation>Responder automaticamente às mensagens novas</translation>
    </message>
    <message>
        <source>Replies go out like any message, marked automatic, only inside the 24-hour window and at most %1 an hour per conversation.</source>
        <translation>As respostas saem como qualquer mensagem, marcadas como automáticas, só dentro da janela de 24 horas e no máximo %1 por hora em cada conversa.</translation>
    </message>
    <message>
        <source>Keywords (the first rule that matches answers)</source>
        <translation>Palavras-chave (responde a primeira regra que combinar)</translation>
    </message>
    <message>
        <source>Words, separated by commas</source>
        <translation>Palavras, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Adicionar regra</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remover regra</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horário de funcionamento</translation>
    </message>
    <message>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>this computer&apos;s (%1)</source>
        <translation>o deste computador (%1)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>We&apos;re closed now; we open at 9:00 and will answer then.</source>
        <translation>Estamos fechados agora; abrimos às 9:00 e respondemos então.</translation>
    </message>
    <message>
        <source>When closed</source>
        <translation>Quando fechado</translation>
    </message>
    <message>
        <source>Welcome! An agent will be with you shortly.</source>
        <translation>Bem-vindo! Um atendente vai falar com você em breve.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente novo</translation>
    </message>
    <message>
        <source>https://bot.example.com/reply (optional)</source>
        <translation>https://bot.example.com/reply (opcional)</translation>
    </message>
    <message>
        <source>Gets each new message as JSON; an answer {&quot;reply&quot;: &quot;…&quot;} is sent. When it has no reply, the rules above answer.</source>
        <translation>Recebe cada mensagem nova como JSON; uma resposta {&quot;reply&quot;: &quot;…&quot;} é enviada. Quando não há resposta, as regras acima respondem.</translation>
    </message>
    <message>
        <source>HTTP hook</source>
        <translation>Hook HTTP</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Não foi salvo: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não foi salvo: %1</translation>
    </message>
</context>
<context>
    <name>inbox::CacheDatabase</name>
    <message>
        <source>The cache file %1 was written by a newer version of the inbox (schema %2; this version knows up to %3). Nothing was changed. Update the inbox, or start it with another cache file.</source>
        <translation>O arquivo de cache %1 foi gravado por uma versão mais nova do inbox (esquema %2; esta versão conhece até o %3). Nada foi alterado. Atualize o inbox ou abra-o com outro arquivo de cache.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or is not an inbox cache (%2). Nothing was changed. Move the file aside and start the inbox again: it rebuilds the cache from the relay and the providers.</source>
        <translation>O arquivo de cache %1 está danificado ou não é um cache do inbox (%2). Nada foi alterado. Mova o arquivo para outro lugar e abra o inbox de novo: ele reconstrói o cache a partir do relay e dos provedores.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be written: the file or its folder is read-only. Nothing was changed. Make it writable, or start the inbox with a cache in a folder you can write to.</source>
        <translation>Não é possível gravar o arquivo de cache %1: o arquivo ou a pasta são somente leitura. Nada foi alterado. Permita a gravação, ou abra o inbox com um cache numa pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be opened (%2). Nothing was changed. Check that the disk is mounted and has space, then start again.</source>
        <translation>Não foi possível abrir o arquivo de cache %1 (%2). Nada foi alterado. Verifique se o disco está montado e tem espaço, e comece de novo.</translation>
    </message>
    <message>
        <source>The folder %1 for the cache file %2 does not exist and could not be created. Nothing was changed. Create it, or start the inbox with a cache in a folder you can write to.</source>
        <translation>A pasta %1 do arquivo de cache %2 não existe e não pôde ser criada. Nada foi alterado. Crie-a, ou abra o inbox com um cache numa pasta em que você possa gravar.</translation>
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
        <translation>⚙ Resposta automática</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>A message that is not on this computer</source>
        <translation>Uma mensagem que não está neste computador</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 às %2: %3</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Em resposta a: %1</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Em resposta a %1: %2</translation>
    </message>
    <message>
        <source>Press Enter to download it</source>
        <translation>Pressione Enter para baixar</translation>
    </message>
    <message>
        <source>Press Enter to open it</source>
        <translation>Pressione Enter para abrir</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Não entregue: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconhecido</translation>
    </message>
    <message>
        <source>Press Enter to send it again</source>
        <translation>Pressione Enter para enviar de novo</translation>
    </message>
    <message>
        <source>Reactions: %1</source>
        <translation>Reações: %1</translation>
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
        <translation>Modelo…</translation>
    </message>
    <message>
        <source>Send an approved template (Ctrl+Shift+T)</source>
        <translation>Enviar um modelo aprovado (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Type a message (Enter sends, Shift+Enter for a new line, / for saved replies)</source>
        <translation>Digite uma mensagem (Enter envia, Shift+Enter quebra a linha, / para respostas salvas)</translation>
    </message>
    <message>
        <source>No saved reply matches &quot;%1&quot;</source>
        <translation>Nenhuma resposta salva corresponde a “%1”</translation>
    </message>
    <message>
        <source>Do not quote</source>
        <translation>Não citar</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Send a photo, video, audio or document</source>
        <translation>Enviar uma foto, um vídeo, um áudio ou um documento</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar um arquivo</translation>
    </message>
    <message>
        <source>That message is not sent yet: reply once it has its ticks.</source>
        <translation>Essa mensagem ainda não foi enviada: responda quando ela tiver os tiques.</translation>
    </message>
    <message>
        <source>Open a conversation whose 24-hour window is open to send a file.</source>
        <translation>Abra uma conversa com a janela de 24 horas aberta para enviar um arquivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>No saved replies yet</source>
        <translation>Ainda não há respostas salvas</translation>
    </message>
    <message>
        <source>No saved replies yet: managers add them in Inbox → Saved replies</source>
        <translation>Ainda não há respostas salvas: os gerentes as adicionam em Caixa → Respostas salvas</translation>
    </message>
    <message>
        <source>✎ Edit saved replies…</source>
        <translation>✎ Editar respostas salvas…</translation>
    </message>
    <message>
        <source>✎ Make /%1 a saved reply…</source>
        <translation>✎ Criar a resposta salva /%1…</translation>
    </message>
    <message>
        <source>🔒 The 24-hour window is closed: WhatsApp lets you write again once the customer does. Until then, send an approved template: Template… or Ctrl+Shift+T.</source>
        <translation>🔒 A janela de 24 horas está fechada: o WhatsApp deixa você escrever de novo quando o cliente escrever. Até lá, envie um modelo aprovado: Modelo… ou Ctrl+Shift+T.</translation>
    </message>
    <message>
        <source>Locked until the customer writes again: send a template instead</source>
        <translation>Bloqueado até o cliente escrever de novo: envie um modelo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Em resposta a %1</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Em resposta a %1: %2</translation>
    </message>
</context>
<context>
    <name>inbox::ConnectionCheck</name>
    <message>
        <source>templates on the first page: %1</source>
        <translation>modelos na primeira página: %1</translation>
    </message>
</context>
<context>
    <name>inbox::ConversationController</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Snooze until a time in the future.</source>
        <translation>Adie até um horário no futuro.</translation>
    </message>
</context>
<context>
    <name>inbox::ConversationDelegate</name>
    <message>
        <source>%1 h left</source>
        <translation>faltam %1 h</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>faltam %1 min</translation>
    </message>
    <message>
        <source>24 h closed</source>
        <translation>24 h fechada</translation>
    </message>
</context>
<context>
    <name>inbox::ConversationListModel</name>
    <message>
        <source>Last message, from us: %1</source>
        <translation>Última mensagem, nossa: %1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Última mensagem: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Adiada até %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Em %1</translation>
    </message>
    <message>
        <source>24-hour window closed: only a template can be sent</source>
        <translation>Janela de 24 horas fechada: só é possível enviar um modelo</translation>
    </message>
</context>
<context>
    <name>inbox::Services</name>
    <message>
        <source>its token cannot be read from the keychain: %1</source>
        <translation>o token não pode ser lido do chaveiro: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>they cannot be read: %1</source>
        <translation>não podem ser lidas: %1</translation>
    </message>
</context>
<context>
    <name>inbox::HistorySync</name>
    <message numerus="yes">
        <source>%n chat(s) failed: %1</source>
        <translation>
            <numerusform>%n conversa falhou: %1</numerusform>
            <numerusform>%n conversas falharam: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inbox::HttpReplyHook</name>
    <message>
        <source>the reply hook %1 did not answer: %2</source>
        <translation>o hook de respostas %1 não respondeu: %2</translation>
    </message>
    <message>
        <source>the reply hook %1 answered HTTP %2</source>
        <translation>o hook de respostas %1 respondeu HTTP %2</translation>
    </message>
    <message>
        <source>the reply hook %1 answered without {&quot;reply&quot;: &quot;text&quot;}</source>
        <translation>o hook de respostas %1 respondeu sem {&quot;reply&quot;: &quot;texto&quot;}</translation>
    </message>
</context>
<context>
    <name>inbox::KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available. Install and unlock a keychain (GNOME Keyring or KWallet on Linux), then try again.</source>
        <translation>O chaveiro do sistema não está disponível. Instale e desbloqueie um chaveiro (GNOME Keyring ou KWallet no Linux) e tente de novo.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and allow the inbox to use it.</source>
        <translation>O chaveiro negou o acesso. Desbloqueie-o e permita que o inbox o use.</translation>
    </message>
    <message>
        <source>The keychain could not store the secret.</source>
        <translation>O chaveiro não conseguiu guardar o segredo.</translation>
    </message>
</context>
<context>
    <name>inbox::LeadController</name>
    <message>
        <source>This conversation has no lead yet.</source>
        <translation>Esta conversa ainda não tem um lead.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escreva a nota primeiro.</translation>
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
        <translation>Origem</translation>
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
        <translation>Adicione uma nota para a equipe</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Nenhuma conversa aberta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Lead owner</source>
        <translation>Responsável pelo lead</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Outras conversas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Snoozed until: the conversation comes back then</source>
        <translation>Adiada até: a conversa volta nesse momento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>Atribuir esta conversa a você</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuída a</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ninguém ainda</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Ninguém (sem atribuição)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (você)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Não foi alterado: %1</translation>
    </message>
    <message>
        <source>The team&apos;s notes on this lead</source>
        <translation>As notas da equipe sobre este lead</translation>
    </message>
    <message>
        <source>New note for the team</source>
        <translation>Nova nota para a equipe</translation>
    </message>
</context>
<context>
    <name>inbox::MainWindow</name>
    <message>
        <source>%1 mentioned you in a note on %2</source>
        <translation>%1 mencionou você em uma nota sobre %2</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Selecione uma conversa</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversa carregada</numerusform>
            <numerusform>%n conversas carregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, numbers and messages</source>
        <translation>Buscar nomes, números e mensagens</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem atribuição</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos os provedores</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nova linha na mensagem</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Caixa de saída: %n aguardando</numerusform>
            <numerusform>Caixa de saída: %n aguardando</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no relay set</source>
        <translation>Offline: nenhum relay configurado</translation>
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
        <translation>Relay: sessão encerrada (token recusado)</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Enviando de novo…</translation>
    </message>
    <message>
        <source>That message is already being sent.</source>
        <translation>Essa mensagem já está sendo enviada.</translation>
    </message>
    <message>
        <source>↓ New messages</source>
        <translation>↓ Novas mensagens</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>&amp;Modelos de mensagem…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
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
        <translation>⚠ %1 contas têm problemas (passe o mouse para ver os detalhes)</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>inacessível: %1</translation>
    </message>
    <message>
        <source>no phone linked (%1): use Link phone in Settings → Accounts</source>
        <translation>nenhum celular vinculado (%1): use Vincular celular em Configurações → Contas</translation>
    </message>
    <message>
        <source>%1: phone %2</source>
        <translation>%1: celular %2</translation>
    </message>
    <message>
        <source>📱 %1</source>
        <translation>📱 %1</translation>
    </message>
    <message numerus="yes">
        <source>📱 %n phones linked</source>
        <translation>
            <numerusform>📱 %n celular vinculado</numerusform>
            <numerusform>📱 %n celulares vinculados</numerusform>
        </translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagir</translation>
    </message>
    <message>
        <source>A message can be reacted to once it is sent</source>
        <translation>Dá para reagir a uma mensagem depois que ela é enviada</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>Remover minha reação</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back</source>
        <translation>
            <numerusform>Voltou %n conversa adiada</numerusform>
            <numerusform>Voltaram %n conversas adiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the account&apos;s templates with its provider…</source>
        <translation>Consultando os modelos da conta com o provedor…</translation>
    </message>
    <message>
        <source>The provider&apos;s templates could not be read: %1</source>
        <translation>Não foi possível ler os modelos do provedor: %1</translation>
    </message>
    <message>
        <source>Saved &amp;replies…</source>
        <translation>&amp;Respostas salvas…</translation>
    </message>
    <message>
        <source>The templates of %1 could not be read: %2</source>
        <translation>Não foi possível ler os modelos de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>↑ New activity: %n</source>
        <translation>
            <numerusform>↑ Nova atividade: %n</numerusform>
            <numerusform>↑ Nova atividade: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the open conversation</source>
        <translation>Assumir a conversa aberta</translation>
    </message>
    <message>
        <source>Resolve the open conversation</source>
        <translation>Resolver a conversa aberta</translation>
    </message>
    <message>
        <source>Snooze the open conversation until tomorrow at 9:00</source>
        <translation>Adiar a conversa aberta até amanhã às 9:00</translation>
    </message>
    <message>
        <source>Write a note for the team</source>
        <translation>Escrever uma nota para a equipe</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abra uma conversa primeiro.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Messages with %1</source>
        <translation>Mensagens com %1</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Nenhum programa deste computador abre %1.</translation>
    </message>
    <message>
        <source>That message is not in this chat&apos;s history on this computer.</source>
        <translation>Essa mensagem não está no histórico desta conversa neste computador.</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Ir para a mensagem citada</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir o arquivo</translation>
    </message>
    <message>
        <source>Download the file</source>
        <translation>Baixar o arquivo</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Conectado como %1 · %2</translation>
    </message>
    <message>
        <source>What a %1 may do: %2</source>
        <translation>O que este papel (%1) pode fazer: %2</translation>
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
        <translation>responder clientes, assumir conversas, escrever notas</translation>
    </message>
    <message>
        <source>everything an agent does, assign conversations to teammates, edit templates and saved replies</source>
        <translation>tudo o que um agente faz, atribuir conversas a colegas, editar modelos e respostas salvas</translation>
    </message>
    <message>
        <source>everything a manager does, and manage accounts and teammates</source>
        <translation>tudo o que um gerente faz, e administrar contas e colegas</translation>
    </message>
    <message>
        <source>Customers&apos; new messages and teammates&apos; changes may be missing until it is back; what you send still goes out.</source>
        <translation>Podem faltar mensagens novas de clientes e mudanças de colegas até ele voltar; o que você envia continua saindo.</translation>
    </message>
    <message>
        <source>No relay is set: new messages arrive only when a relay is set in Settings.</source>
        <translation>Nenhum relay configurado: as mensagens novas só chegam quando um relay é configurado nas Configurações.</translation>
    </message>
    <message>
        <source>Relay unreachable since %1</source>
        <translation>Relay inacessível desde %1</translation>
    </message>
    <message>
        <source>Customers&apos; messages and teammates&apos; changes arrive as they happen.</source>
        <translation>As mensagens de clientes e as mudanças de colegas chegam na hora.</translation>
    </message>
    <message numerus="yes">
        <source>Relay unreachable: trying again in %n s</source>
        <translation>
            <numerusform>Relay inacessível: nova tentativa em %n s</numerusform>
            <numerusform>Relay inacessível: nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: trying again in %n s</source>
        <translation>
            <numerusform>%1: nova tentativa em %n s</numerusform>
            <numerusform>%1: nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay refused this computer&apos;s token: ask an admin for a new one and enter it in Settings → Relay.</source>
        <translation>O relay recusou o token deste computador: peça um novo a um administrador e informe-o em Configurações → Relay.</translation>
    </message>
    <message>
        <source>messages may be missing</source>
        <translation>podem faltar mensagens</translation>
    </message>
</context>
<context>
    <name>inbox::MediaFetcher</name>
    <message>
        <source>the account %1 is not connected on this computer</source>
        <translation>a conta %1 não está conectada neste computador</translation>
    </message>
</context>
<context>
    <name>inbox::MediaFiles</name>
    <message>
        <source>Cannot save the file to %1</source>
        <translation>Não é possível salvar o arquivo em %1</translation>
    </message>
    <message>
        <source>free some disk space or check the folder&apos;s permissions</source>
        <translation>libere espaço em disco ou confira as permissões da pasta</translation>
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
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>A message WhatsApp cannot show here</source>
        <translation>Uma mensagem que o WhatsApp não consegue mostrar aqui</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Não entregue: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconhecido</translation>
    </message>
    <message>
        <source>↻ Retry</source>
        <translation>↻ Tentar de novo</translation>
    </message>
    <message>
        <source>↗ Open</source>
        <translation>↗ Abrir</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>⚠ Could not download: %1. Click to try again.</source>
        <translation>⚠ Não foi possível baixar: %1. Clique para tentar de novo.</translation>
    </message>
    <message>
        <source>⬇ Download</source>
        <translation>⬇ Baixar</translation>
    </message>
</context>
<context>
    <name>inbox::MessageTemplate</name>
    <message>
        <source>The name is lowercase letters, digits and underscores, like order_update.</source>
        <translation>O nome usa letras minúsculas, dígitos e sublinhados, como order_update.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Escolha o idioma do modelo.</translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation>Escolha uma categoria: marketing, utilidade ou autenticação.</translation>
    </message>
    <message>
        <source>The body has %1 characters; WhatsApp allows 1024.</source>
        <translation>O corpo tem %1 caracteres; o WhatsApp permite 1024.</translation>
    </message>
    <message>
        <source>Placeholders are numbered {{1}}, {{2}}… without gaps: {{%1}} is missing.</source>
        <translation>Os marcadores são numerados {{1}}, {{2}}… sem lacunas: falta {{%1}}.</translation>
    </message>
    <message>
        <source>The text header is empty: write it, or choose no header.</source>
        <translation>O cabeçalho de texto está vazio: escreva-o ou escolha sem cabeçalho.</translation>
    </message>
    <message>
        <source>The header has %1 characters; WhatsApp allows 60.</source>
        <translation>O cabeçalho tem %1 caracteres; o WhatsApp permite 60.</translation>
    </message>
    <message>
        <source>A header may hold one placeholder, {{1}}.</source>
        <translation>Um cabeçalho pode ter um marcador, {{1}}.</translation>
    </message>
    <message>
        <source>The footer has %1 characters; WhatsApp allows 60.</source>
        <translation>O rodapé tem %1 caracteres; o WhatsApp permite 60.</translation>
    </message>
    <message>
        <source>A footer cannot hold placeholders.</source>
        <translation>Um rodapé não pode ter marcadores.</translation>
    </message>
    <message>
        <source>At most 10 buttons.</source>
        <translation>No máximo 10 botões.</translation>
    </message>
    <message>
        <source>Each button needs a label of 1 to 25 characters.</source>
        <translation>Cada botão precisa de um rótulo de 1 a 25 caracteres.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs an https:// address.</source>
        <translation>O botão “%1” precisa de um endereço https://.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a phone number in international form, like +55 11 98765 4321.</source>
        <translation>O botão “%1” precisa de um número no formato internacional, como +55 11 98765 4321.</translation>
    </message>
    <message>
        <source>Write the body: it is what the customer reads.</source>
        <translation>Escreva o corpo: é o que o cliente lê.</translation>
    </message>
</context>
<context>
    <name>inbox::PhoneConnectDialog</name>
    <message>
        <source> · battery %1%, charging</source>
        <translation> · bateria %1%, carregando</translation>
    </message>
    <message>
        <source> · battery %1%</source>
        <translation> · bateria %1%</translation>
    </message>
    <message>
        <source>Link a phone to %1</source>
        <translation>Vincular um celular a %1</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp → Settings → Linked devices → Link a device, and point the camera at this code.</source>
        <translation>No celular, abra o WhatsApp → Configurações → Aparelhos conectados → Conectar um aparelho, e aponte a câmera para este código.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando o servidor…</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sem código</translation>
    </message>
    <message>
        <source>The open-wa server is unreachable: %1. Trying again…</source>
        <translation>O servidor do open-wa está inacessível: %1. Tentando de novo…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Waiting for a code…</source>
        <translation>Aguardando um código…</translation>
    </message>
    <message>
        <source>Not linked yet (%1). The code refreshes every few seconds.</source>
        <translation>Ainda não vinculado (%1). O código é renovado a cada poucos segundos.</translation>
    </message>
</context>
<context>
    <name>inbox::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>O número de telefone está vazio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in any country: check the country code.</source>
        <translation>“%1” não é um número válido em nenhum país: verifique o código do país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number for %2: check the digits after the country code.</source>
        <translation>“%1” não é um número válido para %2: verifique os dígitos depois do código do país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code: write it in international form, starting with + and the country code (for example +55 11 98765-4321).</source>
        <translation>“%1” não tem um código de país válido: escreva no formato internacional, começando com + e o código do país (por exemplo +55 11 98765-4321).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1” não é um número de telefone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number: check for missing digits.</source>
        <translation>“%1” é curto demais para ser um número de telefone: veja se faltam dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number: check for extra digits.</source>
        <translation>“%1” é longo demais para ser um número de telefone: veja se sobram dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read as a phone number.</source>
        <translation>Não foi possível ler “%1” como número de telefone.</translation>
    </message>
</context>
<context>
    <name>inbox::ProviderClients</name>
    <message>
        <source>%1 is missing: add it in Settings → Accounts</source>
        <translation>Falta %1: adicione em Configurações → Contas</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is not an http(s) URL</source>
        <translation>o endereço “%1” não é uma URL http(s)</translation>
    </message>
</context>
<context>
    <name>inbox::ProviderRegistry</name>
    <message>
        <source>this build does not know the provider &quot;%1&quot;</source>
        <translation>esta versão não conhece o provedor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no normaliser for the provider &quot;%1&quot;</source>
        <translation>não há normalizador para o provedor &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>inbox::RelayClient</name>
    <message>
        <source>the connection to the relay was lost before it answered; publish again</source>
        <translation>a conexão com o relay caiu antes da resposta; publique de novo</translation>
    </message>
    <message>
        <source>not connected to the relay; try again when the status bar says connected</source>
        <translation>sem conexão com o relay; tente quando a barra de status disser conectado</translation>
    </message>
</context>
<context>
    <name>inbox::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Respostas salvas</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>Agents type / and this word in the composer</source>
        <translation>Os agentes digitam / e esta palavra no editor</translation>
    </message>
    <message>
        <source>We are open Monday to Saturday, 9:00 to 18:00.</source>
        <translation>Abrimos de segunda a sábado, das 9:00 às 18:00.</translation>
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;Nova resposta</translation>
    </message>
    <message>
        <source>Shortcut /</source>
        <translation>Atalho /</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>No saved replies yet: write the first one.</source>
        <translation>Ainda não há respostas salvas: escreva a primeira.</translation>
    </message>
    <message>
        <source>Saved: agents type /%1 to use it.</source>
        <translation>Salva: os agentes digitam /%1 para usá-la.</translation>
    </message>
    <message>
        <source>Delete saved reply</source>
        <translation>Excluir resposta salva</translation>
    </message>
    <message>
        <source>Delete /%1 for the whole team?</source>
        <translation>Excluir /%1 para toda a equipe?</translation>
    </message>
    <message>
        <source>Deleted /%1.</source>
        <translation>/%1 excluída.</translation>
    </message>
</context>
<context>
    <name>inbox::SavedReplyController</name>
    <message>
        <source>Give the reply a shortcut, the word typed after / (for example hours).</source>
        <translation>Dê à resposta um atalho, a palavra digitada depois de / (por exemplo horario).</translation>
    </message>
    <message>
        <source>A shortcut is one word of at most 32 letters, digits, - or _, without the /.</source>
        <translation>Um atalho é uma só palavra de até 32 letras, dígitos, - ou _, sem a /.</translation>
    </message>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation>Escreva o texto da resposta.</translation>
    </message>
</context>
<context>
    <name>inbox::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The relay brings your team&apos;s WhatsApp messages, assignments and notes to this desktop. Your admin gives you its address and your personal token.</source>
        <translation>O relay traz para este computador as mensagens de WhatsApp, as atribuições e as notas da sua equipe. Seu administrador passa o endereço dele e o seu token pessoal.</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Endereço do relay</translation>
    </message>
    <message>
        <source>Your token</source>
        <translation>Seu token</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>the token your admin gave you</source>
        <translation>o token que seu administrador passou</translation>
    </message>
    <message>
        <source>The relay address is a WebSocket URL: wss://host/stream (or ws:// on your own network).</source>
        <translation>O endereço do relay é uma URL WebSocket: wss://host/stream (ou ws:// na sua própria rede).</translation>
    </message>
    <message>
        <source>Type the token your admin gave you.</source>
        <translation>Digite o token que seu administrador passou.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <source>The keychain did not take the token: %1</source>
        <translation>O chaveiro não aceitou o token: %1</translation>
    </message>
    <message>
        <source>Signed out: the token is gone from this computer.</source>
        <translation>Sessão encerrada: o token não está mais neste computador.</translation>
    </message>
    <message>
        <source>The keychain did not remove the token: %1</source>
        <translation>O chaveiro não removeu o token: %1</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Adicionar conta…</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Id da conta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Relay&apos;s id</source>
        <translation>Id no relay</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Forget how to reach this account and remove its token; its conversations stay</source>
        <translation>Esquecer como acessar esta conta e remover o token dela; as conversas ficam</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>The account id is 1 to 63 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>O id da conta tem de 1 a 63 letras minúsculas, dígitos, pontos, hifens ou sublinhados.</translation>
    </message>
    <message>
        <source>There is an account %1 already.</source>
        <translation>Já existe uma conta %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salva.</translation>
    </message>
    <message>
        <source>The keychain did not take the token, so nothing was saved: %1</source>
        <translation>O chaveiro não aceitou o token, então nada foi salvo: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>%1 did not accept: %2</source>
        <translation>%1 não aceitou: %2</translation>
    </message>
    <message>
        <source>Disconnected: its token is gone; its conversations stay.</source>
        <translation>Desconectada: o token dela foi removido; as conversas ficam.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>The inbox speaks the new language the next time it starts.</source>
        <translation>O inbox usa o novo idioma na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>Automatic replies saved.</source>
        <translation>Respostas automáticas salvas.</translation>
    </message>
    <message>
        <source>%1 accounts are not linked by QR code</source>
        <translation>contas %1 não são vinculadas por código QR</translation>
    </message>
    <message>
        <source>Phone linked: %1.</source>
        <translation>Celular vinculado: %1.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Fetching the list of chats…</source>
        <translation>Buscando a lista de conversas…</translation>
    </message>
    <message>
        <source>%1 of %2 chats</source>
        <translation>%1 de %2 conversas</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) so far</source>
        <translation>
            <numerusform>%n mensagem nova até agora</numerusform>
            <numerusform>%n mensagens novas até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Sincronizar histórico</translation>
    </message>
    <message numerus="yes">
        <source>History synced: %n chat(s)</source>
        <translation>
            <numerusform>Histórico sincronizado: %n conversa</numerusform>
            <numerusform>Histórico sincronizado: %n conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new message(s).</source>
        <translation>
            <numerusform>, %n mensagem nova.</numerusform>
            <numerusform>, %n mensagens novas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link phone…</source>
        <translation>Vincular celular…</translation>
    </message>
    <message>
        <source>Show the QR code to scan with the phone&apos;s WhatsApp</source>
        <translation>Mostra o código QR para escanear com o WhatsApp do celular</translation>
    </message>
    <message>
        <source>Bring each chat&apos;s recent messages into the inbox</source>
        <translation>Traz para o inbox as mensagens recentes de cada conversa</translation>
    </message>
    <message>
        <source>Auto-reply…</source>
        <translation>Resposta automática…</translation>
    </message>
    <message>
        <source>Rules and a hook that answer new messages automatically</source>
        <translation>Regras e um hook que respondem automaticamente às mensagens novas</translation>
    </message>
    <message>
        <source>Connected to %1: %2.</source>
        <translation>Conectado a %1: %2.</translation>
    </message>
    <message>
        <source>•••••••• saved in the keychain: type to replace</source>
        <translation>•••••••• salvo no chaveiro: digite para substituir</translation>
    </message>
    <message>
        <source>e.g. store-meta</source>
        <translation>ex.: loja-meta</translation>
    </message>
    <message>
        <source>A short id for this account, lowercase: it cannot change later</source>
        <translation>Um id curto para esta conta, em minúsculas: não pode mudar depois</translation>
    </message>
    <message>
        <source>e.g. Store (Meta)</source>
        <translation>ex.: Loja (Meta)</translation>
    </message>
    <message>
        <source>How the team calls the account</source>
        <translation>Como a equipe chama a conta</translation>
    </message>
    <message>
        <source>e.g. 106540352242922</source>
        <translation>ex.: 106540352242922</translation>
    </message>
    <message>
        <source>The id in the relay&apos;s webhook URL for this account</source>
        <translation>O id desta conta na URL do webhook do relay</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <source>This desktop now: %1 (%2)</source>
        <translation>Este computador agora: %1 (%2)</translation>
    </message>
    <message>
        <source>This desktop now: %1</source>
        <translation>Este computador agora: %1</translation>
    </message>
    <message>
        <source>%1 · %2: not set up on this computer</source>
        <translation>%1 · %2: não configurada neste computador</translation>
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
        <translation>Ainda não salvo: o que você digitou fica guardado até salvar ou fechar as Configurações.</translation>
    </message>
</context>
<context>
    <name>inbox::SyncEngine</name>
    <message>
        <source>First message: %1</source>
        <translation>Primeira mensagem: %1</translation>
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
        <translation>&quot;%1&quot; não é texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; não é true nem false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation>&quot;%1&quot; não é um horário ISO 8601: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; não é uma lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; it is open, pending, resolved or snoozed</source>
        <translation>&quot;%1&quot; não é um status; é open, pending, resolved ou snoozed</translation>
    </message>
    <message>
        <source>a lead edit changes &quot;name&quot; or &quot;stage&quot;</source>
        <translation>uma edição de lead muda &quot;name&quot; ou &quot;stage&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message</source>
        <translation>&quot;%1&quot; não é um tipo de mensagem</translation>
    </message>
    <message>
        <source>team events are %1; &quot;%2&quot; is not one</source>
        <translation>os eventos da equipe são %1; &quot;%2&quot; não é um deles</translation>
    </message>
    <message>
        <source>a team event has a &quot;type&quot;, one of %1</source>
        <translation>um evento da equipe tem um &quot;type&quot;, um de %1</translation>
    </message>
    <message>
        <source>&quot;author&quot; is not an object</source>
        <translation>&quot;author&quot; não é um objeto</translation>
    </message>
    <message>
        <source>author: %1</source>
        <translation>author: %1</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; event: %2</source>
        <translation>um evento &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>only managers and admins assign conversations to others; an agent may take an unassigned one for itself</source>
        <translation>só gerentes e administradores atribuem conversas a outros; um agente pode pegar uma não atribuída para si</translation>
    </message>
    <message>
        <source>only managers and admins edit templates; ask one of them</source>
        <translation>só gerentes e administradores editam modelos; peça a um deles</translation>
    </message>
    <message>
        <source>only managers and admins edit the team&apos;s saved replies</source>
        <translation>só gerentes e administradores editam as respostas salvas da equipe</translation>
    </message>
</context>
<context>
    <name>inbox::TemplateEditor</name>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitado: %1</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Utility (orders, accounts)</source>
        <translation>Utilidade (pedidos, contas)</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>Marketing (ofertas, novidades)</translation>
    </message>
    <message>
        <source>Authentication (codes)</source>
        <translation>Autenticação (códigos)</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Sem cabeçalho</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
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
        <translation>Seu pedido {{1}}</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} is on its way.</source>
        <translation>Oi {{1}}, seu pedido {{2}} está a caminho.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Reply STOP to opt out</source>
        <translation>Responda SAIR para não receber mais</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Maria, #10234 (one per placeholder, for the reviewers)</source>
        <translation>Maria, #10234 (um por marcador, para os revisores)</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de exemplo</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botão</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Link or number</source>
        <translation>Link ou número</translation>
    </message>
    <message>
        <source>+ Quick reply</source>
        <translation>+ Resposta rápida</translation>
    </message>
    <message>
        <source>+ Link</source>
        <translation>+ Link</translation>
    </message>
    <message>
        <source>+ Phone</source>
        <translation>+ Telefone</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Remover botão</translation>
    </message>
    <message>
        <source>As the customer sees it</source>
        <translation>Como o cliente vê</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>New template: it goes to Meta for review when submitted.</source>
        <translation>Modelo novo: vai para a análise da Meta quando enviado.</translation>
    </message>
    <message>
        <source>Give a sample value for each placeholder (%1 of %2), comma separated: Meta&apos;s reviewers read them.</source>
        <translation>Dê um valor de exemplo para cada marcador (%1 de %2), separados por vírgula: os revisores da Meta os leem.</translation>
    </message>
    <message>
        <source>This desktop is not connected to the account: add its token in Settings → Accounts.</source>
        <translation>Este computador não está conectado à conta: adicione o token dela em Configurações → Contas.</translation>
    </message>
    <message>
        <source>Submitting %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>Meta did not take it: %1</source>
        <translation>A Meta não aceitou: %1</translation>
    </message>
    <message>
        <source>Submitted: Meta reviews it, usually within minutes; the status here follows.</source>
        <translation>Enviado: a Meta analisa, geralmente em minutos; o status aqui acompanha.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete %1 in every language? Messages already sent stay.</source>
        <translation>Excluir %1 em todos os idiomas? As mensagens já enviadas ficam.</translation>
    </message>
    <message>
        <source>Meta did not delete it: %1</source>
        <translation>A Meta não excluiu: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 excluído.</translation>
    </message>
    <message>
        <source>The team was not told: %1</source>
        <translation>A equipe não foi avisada: %1</translation>
    </message>
    <message>
        <source>%1&apos;s templates are created and edited in %1; here they are listed as %1 has them.</source>
        <translation>Os modelos de %1 são criados e editados em %1; aqui aparecem como %1 os tem.</translation>
    </message>
</context>
<context>
    <name>inbox::TemplatePicker</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>The customer will see:</source>
        <translation>O cliente verá:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>This account has no approved templates yet.</source>
        <translation>Esta conta ainda não tem modelos aprovados.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Escolha um modelo.</translation>
    </message>
    <message>
        <source>Fill in %1 to send.</source>
        <translation>Preencha %1 para enviar.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <source>https://… a link, or drop a file here</source>
        <translation>https://… um link, ou solte um arquivo aqui</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <source>Header photo</source>
        <translation>Foto do cabeçalho</translation>
    </message>
    <message>
        <source>Header video</source>
        <translation>Vídeo do cabeçalho</translation>
    </message>
    <message>
        <source>Header document</source>
        <translation>Documento do cabeçalho</translation>
    </message>
    <message>
        <source>The template&apos;s header</source>
        <translation>O cabeçalho do modelo</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>Cabeçalho {{%1}}</translation>
    </message>
    <message>
        <source>Header {{%1}}, like “%2”</source>
        <translation>Cabeçalho {{%1}}, como “%2”</translation>
    </message>
    <message>
        <source>{{%1}}</source>
        <translation>{{%1}}</translation>
    </message>
    <message>
        <source>{{%1}}, like “%2”</source>
        <translation>{{%1}}, como “%2”</translation>
    </message>
    <message>
        <source>“%1” button: the end of %2</source>
        <translation>Botão “%1”: o final de %2</translation>
    </message>
    <message>
        <source>This provider sends the template&apos;s header and buttons as they were approved.</source>
        <translation>Este provedor envia o cabeçalho e os botões do modelo como foram aprovados.</translation>
    </message>
    <message>
        <source>the header&apos;s file is missing: give a link or choose a file</source>
        <translation>falta o arquivo do cabeçalho: informe um link ou escolha um arquivo</translation>
    </message>
    <message>
        <source>the header&apos;s link must be a whole https:// address, or a file on this computer</source>
        <translation>o link do cabeçalho deve ser um endereço https:// completo, ou um arquivo deste computador</translation>
    </message>
    <message>
        <source>[the header&apos;s file]</source>
        <translation>[o arquivo do cabeçalho]</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to fill in before sending.</source>
        <translation>
            <numerusform>Falta preencher %n valor antes de enviar.</numerusform>
            <numerusform>Falta preencher %n valores antes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header&apos;s file is still to give.</source>
        <translation>Ainda falta o arquivo do cabeçalho.</translation>
    </message>
    <message>
        <source>this template&apos;s header takes a photo, and %1 is not one</source>
        <translation>o cabeçalho deste modelo leva uma foto, e %1 não é uma</translation>
    </message>
    <message>
        <source>this template&apos;s header takes a video, and %1 is not one</source>
        <translation>o cabeçalho deste modelo leva um vídeo, e %1 não é um</translation>
    </message>
    <message>
        <source>this template&apos;s header takes a document, and %1 is not one</source>
        <translation>o cabeçalho deste modelo leva um documento, e %1 não é um</translation>
    </message>
</context>
<context>
    <name>inbox::TemplateSync</name>
    <message>
        <source>the account %1 is not connected: add its token in Settings</source>
        <translation>a conta %1 não está conectada: adicione o token dela em Configurações</translation>
    </message>
</context>
<context>
    <name>inbox::TrayNotifier</name>
    <message>
        <source>Show the inbox</source>
        <translation>Mostrar o inbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Inbox: %1 unread</source>
        <translation>Inbox: %1 não lidas</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Back from snooze</source>
        <translation>De volta do adiamento</translation>
    </message>
</context>
<context>
    <name>inbox::WebhookGuard</name>
    <message>
        <source>the webhook secret (%1) is missing or wrong</source>
        <translation>o segredo do webhook (%1) está ausente ou errado</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 is missing</source>
        <translation>falta X-Hub-Signature-256</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match the body</source>
        <translation>X-Hub-Signature-256 não confere com o corpo</translation>
    </message>
</context>
<context>
    <name>inbox::history</name>
    <message>
        <source>%1 took this conversation</source>
        <translation>%1 pegou esta conversa</translation>
    </message>
    <message>
        <source>%1 assigned this to %2</source>
        <translation>%1 atribuiu a %2</translation>
    </message>
    <message>
        <source>%1 unassigned this</source>
        <translation>%1 removeu a atribuição</translation>
    </message>
    <message>
        <source>%1 reopened this</source>
        <translation>%1 reabriu</translation>
    </message>
    <message>
        <source>%1 set this to pending</source>
        <translation>%1 marcou como pendente</translation>
    </message>
    <message>
        <source>%1 resolved this</source>
        <translation>%1 resolveu</translation>
    </message>
    <message>
        <source>%1 snoozed this until %2</source>
        <translation>%1 adiou até %2</translation>
    </message>
    <message>
        <source>The snooze ended: open again</source>
        <translation>O adiamento terminou: aberta de novo</translation>
    </message>
</context>
<context>
    <name>inbox::look</name>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
</context>
<context>
    <name>inbox::meta</name>
    <message>
        <source>Cannot send this through Meta</source>
        <translation>Não é possível enviar isto pela Meta</translation>
    </message>
    <message>
        <source>the file has neither an uploaded media id nor a link; upload it first</source>
        <translation>o arquivo não tem id de mídia enviada nem link; envie-o primeiro</translation>
    </message>
    <message>
        <source>the inbox does not send %1 messages yet</source>
        <translation>o inbox ainda não envia mensagens do tipo %1</translation>
    </message>
    <message>
        <source>The downloaded file is damaged</source>
        <translation>O arquivo baixado está danificado</translation>
    </message>
    <message>
        <source>its checksum does not match Meta&apos;s; download it again</source>
        <translation>a soma de verificação não confere com a da Meta; baixe de novo</translation>
    </message>
    <message>
        <source>more than 24 hours have passed since the customer last wrote; send an approved template instead</source>
        <translation>passaram mais de 24 horas desde a última mensagem do cliente; envie um modelo aprovado</translation>
    </message>
    <message>
        <source>the message could not be delivered; the number may not use WhatsApp or may need to update the app</source>
        <translation>a mensagem não pôde ser entregue; o número pode não usar WhatsApp ou precisar atualizar o app</translation>
    </message>
    <message>
        <source>the account is sending too fast; the inbox retries shortly</source>
        <translation>a conta está enviando rápido demais; o inbox tenta de novo em instantes</translation>
    </message>
    <message>
        <source>too many messages to this customer in a short time; the inbox retries shortly</source>
        <translation>mensagens demais para este cliente em pouco tempo; o inbox tenta de novo em instantes</translation>
    </message>
    <message>
        <source>the template&apos;s variables do not match; fill in every {{n}} value and send again</source>
        <translation>as variáveis do modelo não conferem; preencha cada valor {{n}} e envie de novo</translation>
    </message>
    <message>
        <source>the template does not exist in this language or is not approved yet; pick another one</source>
        <translation>o modelo não existe neste idioma ou ainda não foi aprovado; escolha outro</translation>
    </message>
    <message>
        <source>the access token has expired or was revoked; reconnect the account in Settings</source>
        <translation>o token de acesso expirou ou foi revogado; reconecte a conta em Configurações</translation>
    </message>
    <message>
        <source>a parameter of the request is invalid; check the message and the account&apos;s settings</source>
        <translation>um parâmetro da solicitação é inválido; verifique a mensagem e as configurações da conta</translation>
    </message>
    <message>
        <source>Meta answered HTTP %1</source>
        <translation>A Meta respondeu HTTP %1</translation>
    </message>
    <message>
        <source>Meta is unavailable; the inbox retries shortly</source>
        <translation>A Meta está indisponível; o inbox tenta de novo em instantes</translation>
    </message>
    <message>
        <source>Meta refused the request; check the account&apos;s settings</source>
        <translation>A Meta recusou a solicitação; verifique as configurações da conta</translation>
    </message>
    <message>
        <source>the template list is not JSON: %1</source>
        <translation>a lista de modelos não é JSON: %1</translation>
    </message>
    <message>
        <source>the template list has no &quot;data&quot; list</source>
        <translation>a lista de modelos não tem uma lista “data”</translation>
    </message>
    <message>
        <source>The file is too large for WhatsApp</source>
        <translation>O arquivo é grande demais para o WhatsApp</translation>
    </message>
    <message>
        <source>send a smaller file (%1 at most), or share a link to it</source>
        <translation>envie um arquivo menor (%1 no máximo) ou compartilhe um link</translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API cannot do this</source>
        <translation>A WhatsApp Cloud API não faz isso</translation>
    </message>
    <message>
        <source>this template has no Meta id yet; refresh the template list, then edit it again</source>
        <translation>este modelo ainda não tem id da Meta; atualize a lista de modelos e edite de novo</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API keeps no message history; the inbox shows what arrived since the account was connected</source>
        <translation>a WhatsApp Cloud API não guarda histórico de mensagens; o inbox mostra o que chegou desde que a conta foi conectada</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API has no list of chats; conversations appear as customers write</source>
        <translation>a WhatsApp Cloud API não tem lista de conversas; as conversas aparecem quando os clientes escrevem</translation>
    </message>
    <message>
        <source>the WhatsApp Cloud API has no contact book; the lead is kept in the inbox</source>
        <translation>a WhatsApp Cloud API não tem agenda de contatos; o lead fica guardado no inbox</translation>
    </message>
    <message>
        <source>this message names no media id to download</source>
        <translation>esta mensagem não indica nenhum id de mídia para baixar</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>a system user&apos;s permanent token</source>
        <translation>o token permanente de um usuário do sistema</translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation>Endereço da Graph API</translation>
    </message>
    <message>
        <source>%1 is more than the %2 WhatsApp takes for this kind of file (%3)</source>
        <translation>%1 passa dos %2 que o WhatsApp aceita para este tipo de arquivo (%3)</translation>
    </message>
</context>
<context>
    <name>inbox::openwa</name>
    <message>
        <source>WhatsApp did not accept the message on the phone</source>
        <translation>O WhatsApp não aceitou a mensagem no celular</translation>
    </message>
    <message>
        <source>not an open-wa webhook: expected &quot;sessionId&quot;, &quot;event&quot; and a &quot;payload&quot; (v5) or &quot;data&quot; (v4)</source>
        <translation>não é um webhook do open-wa: esperava &quot;sessionId&quot;, &quot;event&quot; e um &quot;payload&quot; (v5) ou &quot;data&quot; (v4)</translation>
    </message>
    <message>
        <source>a message in the group chat %1: group chats are not shown in the inbox</source>
        <translation>uma mensagem no grupo %1: grupos não aparecem no inbox</translation>
    </message>
    <message>
        <source>Cannot do this through open-wa</source>
        <translation>Não é possível fazer isto pelo open-wa</translation>
    </message>
    <message>
        <source>open-wa answered HTTP %1</source>
        <translation>O open-wa respondeu HTTP %1</translation>
    </message>
    <message>
        <source>the open-wa API key is wrong; paste the server&apos;s --api-key in Settings</source>
        <translation>a chave de API do open-wa está errada; cole a --api-key do servidor em Configurações</translation>
    </message>
    <message>
        <source>the open-wa server is unavailable; the inbox retries shortly</source>
        <translation>o servidor do open-wa está indisponível; o inbox tenta de novo em breve</translation>
    </message>
    <message>
        <source>the open-wa server refused the request</source>
        <translation>o servidor do open-wa recusou a solicitação</translation>
    </message>
    <message>
        <source>the phone did not accept the message; check that it is online and the number has WhatsApp</source>
        <translation>o celular não aceitou a mensagem; verifique se ele está online e se o número tem WhatsApp</translation>
    </message>
    <message>
        <source>open-wa could not send</source>
        <translation>O open-wa não conseguiu enviar</translation>
    </message>
    <message>
        <source>the server answers, but no phone is linked (%1): use Link phone</source>
        <translation>o servidor responde, mas nenhum celular está vinculado (%1): use Vincular celular</translation>
    </message>
    <message>
        <source>phone %1 linked, battery %2%</source>
        <translation>celular %1 vinculado, bateria %2%</translation>
    </message>
    <message>
        <source>open-wa sends files from this computer; attach the file again</source>
        <translation>o open-wa envia arquivos deste computador; anexe o arquivo de novo</translation>
    </message>
    <message>
        <source>open-wa sends no WhatsApp templates; write the message instead</source>
        <translation>o open-wa não envia modelos do WhatsApp; escreva a mensagem</translation>
    </message>
    <message>
        <source>the inbox cannot send %1 messages through open-wa</source>
        <translation>o inbox não pode enviar mensagens %1 pelo open-wa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an open-wa message id</source>
        <translation>&quot;%1&quot; não é um id de mensagem do open-wa</translation>
    </message>
    <message>
        <source>open-wa accounts have no WhatsApp templates</source>
        <translation>contas do open-wa não têm modelos do WhatsApp</translation>
    </message>
    <message>
        <source>open-wa cannot write to the phone&apos;s contacts; the lead is kept in the inbox</source>
        <translation>o open-wa não pode gravar nos contatos do celular; o lead fica no inbox</translation>
    </message>
    <message>
        <source>open-wa answered decryptMedia without a data URL</source>
        <translation>o open-wa respondeu ao decryptMedia sem uma URL de dados</translation>
    </message>
    <message>
        <source>the account was removed</source>
        <translation>a conta foi removida</translation>
    </message>
    <message>
        <source>open-wa server</source>
        <translation>Servidor open-wa</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>the server&apos;s --api-key</source>
        <translation>o --api-key do servidor</translation>
    </message>
    <message>
        <source>WhatsApp is open on another computer: close it there, or take it back in open-wa</source>
        <translation>O WhatsApp está aberto em outro computador: feche-o lá ou retome-o no open-wa</translation>
    </message>
    <message>
        <source>the phone is no longer linked: scan the QR code in Settings</source>
        <translation>o celular não está mais vinculado: leia o código QR em Configurações</translation>
    </message>
    <message>
        <source>the phone&apos;s session stopped: %1</source>
        <translation>a sessão do celular parou: %1</translation>
    </message>
    <message>
        <source>an open-wa webhook without a &quot;sessionId&quot;: start the open-wa server with --session-id, so the inbox knows which phone it is from</source>
        <translation>um webhook do open-wa sem &quot;sessionId&quot;: inicie o servidor open-wa com --session-id para o inbox saber de qual celular ele vem</translation>
    </message>
</context>
<context>
    <name>inbox::unipile</name>
    <message>
        <source>UniPile account %1: %2</source>
        <translation>conta da UniPile %1: %2</translation>
    </message>
    <message>
        <source>not a UniPile webhook: expected an object with &quot;event&quot; and &quot;account_id&quot;</source>
        <translation>não é um webhook da UniPile: esperava um objeto com &quot;event&quot; e &quot;account_id&quot;</translation>
    </message>
    <message>
        <source>a message in the group chat %1: group chats are not shown in the inbox</source>
        <translation>uma mensagem no grupo %1: grupos não aparecem no inbox</translation>
    </message>
    <message>
        <source>Cannot do this through UniPile</source>
        <translation>Não é possível fazer isto pela UniPile</translation>
    </message>
    <message>
        <source>UniPile answered HTTP %1</source>
        <translation>A UniPile respondeu HTTP %1</translation>
    </message>
    <message>
        <source>the UniPile API key is wrong; paste it again in Settings</source>
        <translation>a chave de API da UniPile está errada; cole-a de novo em Configurações</translation>
    </message>
    <message>
        <source>UniPile does not know this account or chat; check the account ID in Settings</source>
        <translation>A UniPile não conhece esta conta ou conversa; confira o ID da conta em Configurações</translation>
    </message>
    <message>
        <source>UniPile is unavailable; the inbox retries shortly</source>
        <translation>A UniPile está indisponível; o inbox tenta de novo em breve</translation>
    </message>
    <message>
        <source>UniPile refused the request</source>
        <translation>A UniPile recusou a solicitação</translation>
    </message>
    <message>
        <source>UniPile answered in a form the inbox does not know; try again later</source>
        <translation>A UniPile respondeu num formato que o inbox não conhece; tente mais tarde</translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no &quot;items&quot; list</source>
        <translation>a resposta da UniPile não tem a lista &quot;items&quot;</translation>
    </message>
    <message>
        <source>WhatsApp account %1 (%2), status %3</source>
        <translation>conta de WhatsApp %1 (%2), status %3</translation>
    </message>
    <message>
        <source>the API key works but reaches no WhatsApp account; connect one in UniPile</source>
        <translation>a chave de API funciona, mas não alcança nenhuma conta de WhatsApp; conecte uma na UniPile</translation>
    </message>
    <message>
        <source>the API key works but has no WhatsApp account %1; it has %2</source>
        <translation>a chave de API funciona, mas não tem a conta de WhatsApp %1; tem %2</translation>
    </message>
    <message>
        <source>UniPile sends no WhatsApp templates; write the message instead</source>
        <translation>A UniPile não envia modelos do WhatsApp; escreva a mensagem</translation>
    </message>
    <message>
        <source>UniPile sends files from this computer; attach the file again</source>
        <translation>A UniPile envia arquivos deste computador; anexe o arquivo de novo</translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no message_id</source>
        <translation>a resposta da UniPile não tem message_id</translation>
    </message>
    <message>
        <source>UniPile&apos;s answer has no chat_id</source>
        <translation>a resposta da UniPile não tem chat_id</translation>
    </message>
    <message>
        <source>UniPile marks whole chats as read, and this message&apos;s chat is not known yet; it is marked when the customer writes again</source>
        <translation>A UniPile marca conversas inteiras como lidas, e a conversa desta mensagem ainda não é conhecida; ela será marcada quando o cliente escrever de novo</translation>
    </message>
    <message>
        <source>UniPile accounts have no WhatsApp templates</source>
        <translation>contas da UniPile não têm modelos do WhatsApp</translation>
    </message>
    <message>
        <source>UniPile has no contact book; the lead is kept in the inbox</source>
        <translation>A UniPile não tem agenda de contatos; o lead fica no inbox</translation>
    </message>
    <message>
        <source>this message names no attachment to download</source>
        <translation>esta mensagem não indica nenhum anexo para baixar</translation>
    </message>
    <message>
        <source>UniPile has no chat with %1 on this account yet</source>
        <translation>A UniPile ainda não tem conversa com %1 nesta conta</translation>
    </message>
    <message>
        <source>the account was removed</source>
        <translation>a conta foi removida</translation>
    </message>
    <message>
        <source>cannot keep the picture in %1: %2</source>
        <translation>não é possível guardar a imagem em %1: %2</translation>
    </message>
    <message>
        <source>API address (DSN)</source>
        <translation>Endereço da API (DSN)</translation>
    </message>
    <message>
        <source>UniPile account ID</source>
        <translation>ID da conta UniPile</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>X-API-KEY from UniPile&apos;s dashboard</source>
        <translation>X-API-KEY do painel do UniPile</translation>
    </message>
    <message>
        <source>UniPile needs the account&apos;s credentials again: reconnect it in UniPile</source>
        <translation>A UniPile precisa de novo das credenciais da conta: reconecte-a na UniPile</translation>
    </message>
    <message>
        <source>UniPile reports the account %1: reconnect it in UniPile</source>
        <translation>A UniPile informa a conta como %1: reconecte-a na UniPile</translation>
    </message>
</context>
<context>
    <name>inbox::wati</name>
    <message>
        <source>WATI&apos;s %1 is not a JSON object: %2</source>
        <translation>%1 do WATI não é um objeto JSON: %2</translation>
    </message>
    <message>
        <source>template list</source>
        <translation>lista de modelos</translation>
    </message>
    <message>
        <source>WATI&apos;s template list has no &quot;messageTemplates&quot; list</source>
        <translation>a lista de modelos do WATI não tem uma lista “messageTemplates”</translation>
    </message>
    <message>
        <source>message history</source>
        <translation>histórico de mensagens</translation>
    </message>
    <message>
        <source>WATI&apos;s message history has no &quot;messages.items&quot; list</source>
        <translation>o histórico de mensagens do WATI não tem uma lista “messages.items”</translation>
    </message>
    <message>
        <source>contact list</source>
        <translation>lista de contatos</translation>
    </message>
    <message>
        <source>WATI&apos;s contact list has no &quot;contact_list&quot; list</source>
        <translation>a lista de contatos do WATI não tem uma lista “contact_list”</translation>
    </message>
    <message>
        <source>not a WATI webhook: expected an object with an &quot;eventType&quot;</source>
        <translation>não é um webhook do WATI: esperava um objeto com “eventType”</translation>
    </message>
    <message>
        <source>Cannot do this through WATI</source>
        <translation>Não é possível fazer isso pelo WATI</translation>
    </message>
    <message>
        <source>WATI answered HTTP %1</source>
        <translation>O WATI respondeu HTTP %1</translation>
    </message>
    <message>
        <source>the WATI token is wrong or expired; paste a new one in Settings</source>
        <translation>o token do WATI está errado ou expirou; cole um novo em Configurações</translation>
    </message>
    <message>
        <source>WATI is unavailable; the inbox retries shortly</source>
        <translation>O WATI está indisponível; o inbox tenta de novo em instantes</translation>
    </message>
    <message>
        <source>WATI refused the request</source>
        <translation>O WATI recusou a solicitação</translation>
    </message>
    <message>
        <source>WATI answered in a form the inbox does not know; try again later</source>
        <translation>O WATI respondeu num formato que o inbox não conhece; tente mais tarde</translation>
    </message>
    <message>
        <source>WATI did not accept the request</source>
        <translation>O WATI não aceitou a solicitação</translation>
    </message>
    <message>
        <source>check the number and the template, then send again</source>
        <translation>verifique o número e o modelo e envie de novo</translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot send reactions; react in a reply instead</source>
        <translation>a API do WATI não envia reações; reaja numa resposta</translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot quote a message; send the reply without the quote</source>
        <translation>a API do WATI não cita mensagens; envie a resposta sem a citação</translation>
    </message>
    <message>
        <source>WATI sends files from this computer; attach the file again</source>
        <translation>O WATI envia arquivos deste computador; anexe o arquivo de novo</translation>
    </message>
    <message>
        <source>WATI&apos;s API cannot send %1 messages</source>
        <translation>a API do WATI não envia mensagens do tipo %1</translation>
    </message>
    <message>
        <source>WATI has no API to mark messages as read; they show as read when an operator opens the chat in WATI</source>
        <translation>O WATI não tem API para marcar mensagens como lidas; elas aparecem lidas quando um operador abre o chat no WATI</translation>
    </message>
    <message>
        <source>this message names no file to download</source>
        <translation>esta mensagem não indica nenhum arquivo para baixar</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint da API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>from WATI&apos;s API Docs page</source>
        <translation>da página API Docs do WATI</translation>
    </message>
</context>
<context>
    <name>inbox::webhook</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>não é JSON: %1 no byte %2</translation>
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
        <translation>Inbox de equipe para WhatsApp Business.</translation>
    </message>
    <message>
        <source>The cache file to open.</source>
        <translation>O arquivo de cache a abrir.</translation>
    </message>
    <message>
        <source>The signed-in agent&apos;s id.</source>
        <translation>O id do agente conectado.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Salva uma imagem da janela depois de carregada e sai.</translation>
    </message>
    <message>
        <source>The relay&apos;s stream, ws://host:port/stream; the agent&apos;s token is read from INBOX_RELAY_TOKEN.</source>
        <translation>O stream do relay, ws://host:porta/stream; o token do agente vem de INBOX_RELAY_TOKEN.</translation>
    </message>
    <message>
        <source>Send the demo accounts&apos; messages through inbox-sandbox at this URL (http://127.0.0.1:8090).</source>
        <translation>Envia as mensagens das contas de demonstração pelo inbox-sandbox nesta URL (http://127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>light (the desktop&apos;s, the default) or dark.</source>
        <translation>light (o da área de trabalho, o padrão) ou dark.</translation>
    </message>
    <message>
        <source>The window&apos;s size, for --screenshot (1400x900).</source>
        <translation>O tamanho da janela, para --screenshot (1400x900).</translation>
    </message>
    <message>
        <source>en, es or pt_BR for this run (else the one chosen in Settings, else the system&apos;s).</source>
        <translation>en, es ou pt_BR para esta execução (senão o escolhido nas Configurações; senão o do sistema).</translation>
    </message>
</context>
</TS>
