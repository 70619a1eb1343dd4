// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempCache.h"
#include "cache/AccountStore.h"
#include "cache/CacheError.h"
#include "cache/ConversationStore.h"
#include "cache/LeadStore.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "cache/RelayCursorStore.h"
#include "cache/Sql.h"
#include "cache/TemplateStore.h"
#include "domain/PhoneNumber.h"
#include "wati/WatiProvider.h"

#include <QSignalSpy>
#include <QTest>

using namespace inbox;
using test::message;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redeliveredMessageIsANoOp()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+5511987654321"), {}, t0);
        const Message m = message(c, QStringLiteral("meta-1"), QStringLiteral("wamid.A"),
                                  Direction::Inbound, QStringLiteral("Oi"), t0);
        const InsertOutcome first = store.insert({m}).result();
        QCOMPARE(first.insertedIds.size(), 1);
        QCOMPARE(first.duplicates, 0);
        // Meta retries for days: the same message in a later batch, twice in one batch too.
        const InsertOutcome again = store.insert({m, m}).result();
        QCOMPARE(again.insertedIds.size(), 0);
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 1);
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT unread_count FROM conversations"))
                     .toInt(),
                 1);
        // The same provider id on another account is another message.
        const qint64 other = test::makeConversation(*cache.db(), QStringLiteral("wati-1"),
                                                    QStringLiteral("+5511987654321"), {}, t0);
        Message elsewhere = m;
        elsewhere.conversationId = other;
        elsewhere.accountId = QStringLiteral("wati-1");
        QCOMPARE(store.insert({elsewhere}).result().insertedIds.size(), 1);
    }

    void bigBatchKeepsInputOrderAndCountsDuplicates()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        QList<Message> batch;
        for (int i = 0; i < 237; ++i) {
            batch.append(message(c, QStringLiteral("meta-1"), QStringLiteral("id-%1").arg(i % 200),
                                 Direction::Inbound, QStringLiteral("m%1").arg(i), t0.addSecs(i)));
        }
        const InsertOutcome outcome = store.insert(batch).result();
        QCOMPARE(outcome.insertedIds.size(), 200);
        QCOMPARE(outcome.duplicates, 37);
        QVERIFY(std::is_sorted(outcome.insertedIds.cbegin(), outcome.insertedIds.cend()));
        QCOMPARE(outcome.byConversation.value(c), outcome.insertedIds);
        const QList<Message> newest = store.page(c, std::nullopt, 1).result();
        QCOMPARE(newest.first().text, QStringLiteral("m199"));
    }

    void everyColumnOfAnInsertRoundTrips()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+5511987654321"), {}, t0);
        Message m = message(c, QStringLiteral("meta-1"), QStringLiteral("wamid.OUT"),
                            Direction::Outbound, QStringLiteral("Segue o recibo ✅"), t0);
        m.kind = MessageKind::Document;
        MediaInfo media;
        media.mimeType = QStringLiteral("application/pdf");
        media.fileName = QStringLiteral("recibo.pdf");
        media.sizeBytes = 48213;
        media.providerMediaId = QStringLiteral("media-77");
        m.media = media;
        m.details = QJsonObject{{QStringLiteral("caption"), QStringLiteral("março")}};
        m.replyToProviderId = QStringLiteral("wamid.IN");
        m.senderAgentId = QStringLiteral("agent-ana");
        DeliveryState d;
        d.status = MessageStatus::Failed;
        d.queuedAt = t0;
        d.sentAt = t0.addSecs(1);
        d.failedAt = t0.addSecs(2);
        d.failureCode = QStringLiteral("131047");
        d.failureReason = QStringLiteral("Re-engagement message");
        m.delivery = d;
        Message bare = message(c, QStringLiteral("meta-1"), QString(), Direction::Inbound,
                               QString(), t0.addSecs(3));
        QCOMPARE(store.insert({m, bare}).result().insertedIds.size(), 2);

        const QList<Message> page = store.page(c, std::nullopt, 10).result();
        QCOMPARE(page.size(), 2);
        const Message &back = page.at(0).createdAt == t0 ? page.at(0) : page.at(1);
        QCOMPARE(back.providerMessageId, m.providerMessageId);
        QCOMPARE(back.kind, MessageKind::Document);
        QCOMPARE(back.text, m.text);
        QVERIFY(back.media);
        QCOMPARE(back.media->fileName, media.fileName);
        QCOMPARE(back.media->sizeBytes, media.sizeBytes);
        QCOMPARE(back.media->providerMediaId, media.providerMediaId);
        QCOMPARE(back.details, m.details);
        QCOMPARE(back.replyToProviderId, m.replyToProviderId);
        QCOMPARE(back.senderAgentId, m.senderAgentId);
        QVERIFY(back.delivery);
        QCOMPARE(back.delivery->status, MessageStatus::Failed);
        QCOMPARE(back.delivery->sentAt, d.sentAt);
        QCOMPARE(back.delivery->failedAt, d.failedAt);
        QVERIFY(!back.delivery->deliveredAt.isValid());
        QCOMPARE(back.delivery->failureCode, d.failureCode);
        QCOMPARE(back.delivery->failureReason, d.failureReason);
        // What was not given is NULL, not an empty string: no provider id, no status, no media.
        QCOMPARE(test::scalar(*cache.db(),
                              QStringLiteral("SELECT count(*) FROM messages WHERE "
                                             "provider_message_id IS NULL AND status IS NULL AND "
                                             "media IS NULL AND details IS NULL AND text = ''"))
                     .toInt(),
                 1);
    }

    void aFailedInsertStoresNothingAndTheNextOneWorks()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        QList<Message> batch;
        for (int i = 0; i < 120; ++i) {
            batch.append(message(c, QStringLiteral("meta-1"), QStringLiteral("id-%1").arg(i),
                                 Direction::Inbound, QStringLiteral("m%1").arg(i), t0.addSecs(i)));
        }
        batch[75].conversationId = c + 1000; // no such conversation: the foreign key refuses it
        bool refused = false;
        try {
            store.insert(batch).waitForFinished();
        } catch (const CacheError &error) {
            refused = error.kind() == CacheError::Kind::Query &&
                      error.message().contains(QStringLiteral("FOREIGN KEY"));
        }
        QVERIFY(refused);
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 0);
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT unread_count FROM conversations"))
                     .toInt(),
                 0);
        // The kept statements come back clean: the same shapes insert the mended batch.
        batch[75].conversationId = c;
        QCOMPARE(store.insert(batch).result().insertedIds.size(), 120);
        QCOMPARE(test::scalar(*cache.db(), QStringLiteral("SELECT unread_count FROM conversations"))
                     .toInt(),
                 120);
    }

    void keptStatementsStayBounded()
    {
        test::TempCache cache;
        const auto counts =
            cache.db()
                ->run([](QSqlDatabase &db) {
                    QList<std::size_t> kept;
                    for (int i = 0; i < 3 * int(sql::PreparedStatements::capacity); ++i) {
                        QSqlQuery &query = sql::reused(db, QStringLiteral("SELECT %1 + ?").arg(i));
                        query.addBindValue(1);
                        sql::exec(query);
                        if (!query.next() || query.value(0).toInt() != i + 1)
                            return QList<std::size_t>{};
                        query.finish();
                    }
                    kept << sql::keptStatementCount(db.connectionName());
                    // The oldest went first: the latest still runs, the first is prepared anew.
                    QSqlQuery &first = sql::reused(db, QStringLiteral("SELECT 0 + ?"));
                    first.addBindValue(41);
                    sql::exec(first);
                    kept << std::size_t(first.next() ? first.value(0).toInt() : -1);
                    first.finish();
                    kept << sql::keptStatementCount(db.connectionName());
                    return kept;
                })
                .result();
        QCOMPARE(counts.size(), 3);
        QVERIFY2(counts.at(0) <= sql::PreparedStatements::capacity + 2, // + the cache's own
                 qPrintable(QString::number(counts.at(0))));
        QCOMPARE(counts.at(1), std::size_t(41));
        QVERIFY(counts.at(2) <= sql::PreparedStatements::capacity + 2);
    }

    void insertsMoveTheConversation()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        ConversationStore conversations(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+4915112345678"),
                                                QStringLiteral("Jonas Weber"), t0);
        QSignalSpy changed(cache.db()->events(), &CacheEvents::conversationsChanged);
        store
            .insert({message(c, QStringLiteral("meta-1"), QStringLiteral("in-1"),
                             Direction::Inbound, QStringLiteral("Hallo"), t0.addSecs(60)),
                     message(c, QStringLiteral("meta-1"), QStringLiteral("out-1"),
                             Direction::Outbound, QStringLiteral("Hi Jonas!"), t0.addSecs(120))})
            .waitForFinished();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{c});

        Conversation row = conversations.byIds({}, {c}).result().value(0);
        QCOMPARE(row.lastActivityAt, t0.addSecs(120));
        QCOMPARE(row.lastInboundAt, t0.addSecs(60));
        QCOMPARE(row.unreadCount, 1); // outbound messages are never unread
        QCOMPARE(row.lastMessageText, QStringLiteral("Hi Jonas!"));
        QCOMPARE(row.lastMessageStatus, MessageStatus::Queued);

        // History sync brings an older message: it is stored but does not become the last one.
        store
            .insert({message(c, QStringLiteral("meta-1"), QStringLiteral("old-1"),
                             Direction::Inbound, QStringLiteral("Earlier"), t0.addSecs(-3600))})
            .waitForFinished();
        row = conversations.byIds({}, {c}).result().value(0);
        QCOMPARE(row.lastMessageText, QStringLiteral("Hi Jonas!"));
        QCOMPARE(row.lastInboundAt, t0.addSecs(60));
    }

    void customerWritingAgainReopensAResolvedConversation()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        ConversationStore conversations(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        conversations.setStatus(c, ConversationStatus::Snoozed, t0.addDays(1)).waitForFinished();
        QCOMPARE(conversations.byIds({}, {c}).result().value(0).snoozedUntil, t0.addDays(1));
        store
            .insert({message(c, QStringLiteral("meta-1"), QStringLiteral("x"), Direction::Inbound,
                             QStringLiteral("Still there?"), t0.addSecs(5))})
            .waitForFinished();
        const Conversation row = conversations.byIds({}, {c}).result().value(0);
        QCOMPARE(row.status, ConversationStatus::Open);
        QVERIFY(!row.snoozedUntil.isValid());
    }

    void statusesMergeInTheStore()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        const qint64 id =
            store
                .insert({message(c, QStringLiteral("meta-1"), QStringLiteral("wamid.S"),
                                 Direction::Outbound, QStringLiteral("Hi"), t0)})
                .result()
                .insertedIds.first();
        QSignalSpy changed(cache.db()->events(), &CacheEvents::messageChanged);
        QVERIFY(store
                    .applyStatus(QStringLiteral("meta-1"), QStringLiteral("wamid.S"),
                                 {MessageStatus::Read, t0.addSecs(30), {}, {}})
                    .result());
        // A late "delivered" records its time but does not downgrade; a repeat changes nothing.
        QVERIFY(store
                    .applyStatus(QStringLiteral("meta-1"), QStringLiteral("wamid.S"),
                                 {MessageStatus::Delivered, t0.addSecs(20), {}, {}})
                    .result());
        QVERIFY(!store
                     .applyStatus(QStringLiteral("meta-1"), QStringLiteral("wamid.S"),
                                  {MessageStatus::Delivered, t0.addSecs(25), {}, {}})
                     .result());
        QVERIFY(!store
                     .applyStatus(QStringLiteral("meta-1"), QStringLiteral("unknown"),
                                  {MessageStatus::Read, t0, {}, {}})
                     .result());
        Message stored = store.byIds({id}).result().first();
        QCOMPARE(stored.delivery->status, MessageStatus::Read);
        // The conversation list's preview follows its last message's ticks.
        QCOMPARE(ConversationStore(cache.db()).byIds({}, {c}).result().value(0).lastMessageStatus,
                 MessageStatus::Read);
        QCOMPARE(stored.delivery->deliveredAt, t0.addSecs(20));
        QCOMPARE(stored.delivery->readAt, t0.addSecs(30));
        QTRY_COMPARE(changed.size(), 2);

        QVERIFY(store
                    .applyStatus(QStringLiteral("meta-1"), QStringLiteral("wamid.S"),
                                 {MessageStatus::Failed, t0.addSecs(40), QStringLiteral("131026"),
                                  QStringLiteral("Message undeliverable")})
                    .result());
        stored = store.byIds({id}).result().first();
        QCOMPARE(stored.delivery->status, MessageStatus::Failed);
        QCOMPARE(stored.delivery->failureReason, QStringLiteral("Message undeliverable"));
    }

    void reactionsReplaceAndRemove()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        const qint64 id = store
                              .insert({message(c, QStringLiteral("meta-1"), QStringLiteral("r"),
                                               Direction::Outbound, QStringLiteral("Deal?"), t0)})
                              .result()
                              .insertedIds.first();
        store.setReaction(id, QStringLiteral("+14155552671"), QStringLiteral("👍"), t0.addSecs(1))
            .waitForFinished();
        store
            .setReaction(id, QStringLiteral("+14155552671"), QStringLiteral("❤️"),
                         t0.addSecs(2))
            .waitForFinished();
        // A reaction event that arrives late does not overwrite a newer one.
        store.setReaction(id, QStringLiteral("+14155552671"), QStringLiteral("😮"), t0)
            .waitForFinished();
        store.setReaction(id, QStringLiteral("ana"), QStringLiteral("🙏"), t0.addSecs(3))
            .waitForFinished();
        Message stored = store.byIds({id}).result().first();
        QCOMPARE(stored.reactions.size(), 2);
        QStringList emoji;
        for (const Reaction &r : stored.reactions)
            emoji << r.emoji;
        emoji.sort();
        QCOMPARE(emoji, (QStringList{QStringLiteral("❤️"), QStringLiteral("🙏")}));
        store.setReaction(id, QStringLiteral("+14155552671"), QString(), t0.addSecs(4))
            .waitForFinished();
        QCOMPARE(store.byIds({id}).result().first().reactions.size(), 1);
    }

    void searchFindsNewestFirstWithPrefixesAndAccents()
    {
        test::TempCache cache;
        MessageStore store(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+5511987654321"), {}, t0);
        QList<Message> batch;
        const QStringList texts = {QStringLiteral("Entrega em São Paulo amanhã"),
                                   QStringLiteral("The delivery was late"),
                                   QStringLiteral("Quote \"special\" price: 10% AND more"),
                                   QStringLiteral("delivery again")};
        for (int i = 0; i < texts.size(); ++i)
            batch.append(message(c, QStringLiteral("meta-1"), QString::number(i),
                                 Direction::Inbound, texts[i], t0.addSecs(i)));
        store.insert(batch).waitForFinished();

        QList<SearchHit> hits = store.search(QStringLiteral("deliv"), 10).result();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].text, QStringLiteral("delivery again"));
        QCOMPARE(store.search(QStringLiteral("sao paulo"), 10).result().size(), 1);
        QCOMPARE(store.search(QStringLiteral("SÃO"), 10).result().size(), 1);
        // FTS syntax typed by a person is just text, never a query error.
        QCOMPARE(store.search(QStringLiteral("\"special\" AND"), 10).result().size(), 1);
        QCOMPARE(store.search(QStringLiteral("price: 10%"), 10).result().size(), 1);
        QCOMPARE(store.search(QStringLiteral("   "), 10).result().size(), 0);
        QCOMPARE(store.search(QStringLiteral("delivery"), 1).result().size(), 1);

        // The triggers keep the index in step with edits and deletions.
        test::scalar(*cache.db(), QStringLiteral("UPDATE messages SET text = 'edited: pickup' "
                                                 "WHERE provider_message_id = '3'"));
        QCOMPARE(store.search(QStringLiteral("delivery"), 10).result().size(), 1);
        QCOMPARE(store.search(QStringLiteral("pickup"), 10).result().size(), 1);
        test::scalar(*cache.db(),
                     QStringLiteral("DELETE FROM messages WHERE provider_message_id = '1'"));
        QCOMPARE(store.search(QStringLiteral("delivery"), 10).result().size(), 0);
    }

    void oneLeadPerNumberAcrossAccountsAndSpellings()
    {
        test::TempCache cache;
        const QString withNine = PhoneNumber::canonicalOf(QStringLiteral("+55 11 98765-4321"));
        const QString withoutNine = PhoneNumber::canonicalOf(QStringLiteral("551187654321"));
        const qint64 a =
            test::makeConversation(*cache.db(), QStringLiteral("meta-1"), withNine, {}, t0);
        const qint64 b = test::makeConversation(*cache.db(), QStringLiteral("wati-1"), withoutNine,
                                                QStringLiteral("Joana"), t0);
        QVERIFY(a != b);
        QCOMPARE(test::scalar(*cache.db(),
                              QStringLiteral("SELECT count(DISTINCT lead_id) FROM conversations"))
                     .toInt(),
                 1);
        LeadStore leads(cache.db());
        const qint64 leadId =
            test::scalar(*cache.db(), QStringLiteral("SELECT lead_id FROM conversations LIMIT 1"))
                .toLongLong();
        const std::optional<Lead> lead = leads.find(leadId).result();
        QVERIFY(lead);
        QCOMPARE(lead->name, QStringLiteral("WhatsApp +5511987654321"));
        QCOMPARE(lead->stage, QStringLiteral("New"));
        QCOMPARE(lead->source, QStringLiteral("whatsapp"));
        // The same conversation again is found, not made twice.
        QCOMPARE(test::makeConversation(*cache.db(), QStringLiteral("meta-1"), withNine, {}, t0),
                 a);
    }

    void notesAndLeadEdits()
    {
        test::TempCache cache;
        AgentStore(cache.db())
            .upsert({QStringLiteral("priya"), QStringLiteral("Priya Sharma"), Role::Agent})
            .waitForFinished();
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        const qint64 leadId =
            test::scalar(*cache.db(), QStringLiteral("SELECT lead_id FROM conversations"))
                .toLongLong();
        LeadStore leads(cache.db());
        Note note{0,
                  leadId,
                  c,
                  QStringLiteral("priya"),
                  {},
                  t0,
                  QStringLiteral("Call after 6pm; O'Brien \"VIP\"")};
        leads.addNote(note).waitForFinished();
        leads.setStage(leadId, QStringLiteral("Proposal")).waitForFinished();
        leads.setCustomFields(leadId, {{QStringLiteral("city"), QStringLiteral("Recife")}})
            .waitForFinished();
        const QList<Note> notes = leads.notes(leadId).result();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].authorName, QStringLiteral("Priya Sharma"));
        QCOMPARE(notes[0].text, note.text);
        const Lead lead = *leads.find(leadId).result();
        QCOMPARE(lead.stage, QStringLiteral("Proposal"));
        QCOMPARE(lead.customFields.value(QStringLiteral("city")).toString(),
                 QStringLiteral("Recife"));
    }

    void outboxWritesMessageAndEntryTogether()
    {
        test::TempCache cache;
        OutboxStore outbox(cache.db());
        MessageStore messages(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        const qint64 id = outbox
                              .enqueue(message(c, QStringLiteral("meta-1"), {}, Direction::Outbound,
                                               QStringLiteral("On my way"), t0))
                              .result();
        QCOMPARE(outbox.size().result(), 1);
        QCOMPARE(messages.byIds({id}).result().first().delivery->status, MessageStatus::Queued);

        QList<OutboxEntry> due = outbox.due(t0.addSecs(1), 10).result();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].messageId, id);
        outbox.reschedule(due[0].id, t0.addSecs(60), QStringLiteral("HTTP 503")).waitForFinished();
        QVERIFY(outbox.due(t0.addSecs(30), 10).result().isEmpty());
        due = outbox.due(t0.addSecs(61), 10).result();
        QCOMPARE(due[0].attempts, 1);

        outbox.markSent(due[0].id, QStringLiteral("wamid.OUT"), t0.addSecs(62)).waitForFinished();
        QCOMPARE(outbox.size().result(), 0);
        const Message sent = messages.byIds({id}).result().first();
        QCOMPARE(sent.providerMessageId, QStringLiteral("wamid.OUT"));
        QCOMPARE(sent.delivery->status, MessageStatus::Sent);
        // Now the delivery webhook finds it by the provider's id.
        QVERIFY(messages
                    .applyStatus(QStringLiteral("meta-1"), QStringLiteral("wamid.OUT"),
                                 {MessageStatus::Delivered, t0.addSecs(70), {}, {}})
                    .result());
    }

    void outboxFailureKeepsTheProvidersWords()
    {
        test::TempCache cache;
        OutboxStore outbox(cache.db());
        const qint64 c = test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                                                QStringLiteral("+14155552671"), {}, t0);
        const qint64 id = outbox
                              .enqueue(message(c, QStringLiteral("meta-1"), {}, Direction::Outbound,
                                               QStringLiteral("Hello?"), t0))
                              .result();
        const qint64 entry = outbox.due(t0, 1).result().first().id;
        outbox.markFailed(entry, QStringLiteral("131047"), QStringLiteral("More than 24 hours"), t0)
            .waitForFinished();
        const Message failed = MessageStore(cache.db()).byIds({id}).result().first();
        QCOMPARE(failed.delivery->status, MessageStatus::Failed);
        QCOMPARE(failed.delivery->failureCode, QStringLiteral("131047"));
        QCOMPARE(outbox.size().result(), 0);
    }

    void templatesUpsertByNameAndLanguage()
    {
        test::TempCache cache;
        test::makeConversation(*cache.db(), QStringLiteral("meta-1"),
                               QStringLiteral("+14155552671"), {}, t0);
        TemplateStore templates(cache.db());
        MessageTemplate t{0,
                          QStringLiteral("meta-1"),
                          QStringLiteral("order_update"),
                          QStringLiteral("en_US"),
                          QStringLiteral("UTILITY"),
                          QStringLiteral("PENDING"),
                          {{TemplateComponent::Type::Body,
                            {},
                            QStringLiteral("Hi {{1}}"),
                            {},
                            {QStringLiteral("name")}}}};
        const qint64 first = templates.upsert(t).result();
        t.status = QStringLiteral("APPROVED");
        t.providerId = QStringLiteral("1192339204654487"); // learnt from the provider's list
        QCOMPARE(templates.upsert(t).result(), first);
        t.language = QStringLiteral("pt_BR");
        QVERIFY(templates.upsert(t).result() != first);
        const QList<MessageTemplate> all = templates.forAccount(QStringLiteral("meta-1")).result();
        QCOMPARE(all.size(), 2);
        QVERIFY(all[0].isSendable());
        QCOMPARE(all[0].components.first().text, QStringLiteral("Hi {{1}}"));
        QCOMPARE(all[0].components.first().parameterNames, QStringList{QStringLiteral("name")});
        QCOMPARE(all[0].providerId, QStringLiteral("1192339204654487"));
    }

    void relayCursorNeverGoesBack()
    {
        test::TempCache cache;
        RelayCursorStore cursors(cache.db());
        QCOMPARE(cursors.cursor(QStringLiteral("acme")).result(), 0);
        cache.db()
            ->run([](QSqlDatabase &db) {
                RelayCursorStore::setIn(db, QStringLiteral("acme"), 42);
                RelayCursorStore::setIn(db, QStringLiteral("acme"), 17);
            })
            .waitForFinished();
        QCOMPARE(cursors.cursor(QStringLiteral("acme")).result(), 42);
    }

    void accountsAndAgentsRoundTrip()
    {
        test::TempCache cache;
        AccountStore accounts(cache.db());
        accounts.upsert({QStringLiteral("wati-1"), wati::id(), QStringLiteral("Support"), {}})
            .waitForFinished();
        accounts
            .upsert({QStringLiteral("wati-1"), wati::id(), QStringLiteral("Support BR"),
                     QStringLiteral("+5511940000000")})
            .waitForFinished();
        const QList<Account> all = accounts.all().result();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].displayName, QStringLiteral("Support BR"));
        QCOMPARE(all[0].provider, wati::id());
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
