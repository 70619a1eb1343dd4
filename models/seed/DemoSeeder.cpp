// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include "DemoData.h"
#include "ModelsLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CannedResponseStore.h"
#include "cache/ConversationStore.h"
#include "cache/LeadStore.h"
#include "cache/MessageStore.h"
#include "cache/Sql.h"
#include "domain/Account.h"
#include "domain/Agent.h"
#include "domain/MessageTemplate.h"
#include "domain/PhoneNumber.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <phonenumbers/phonenumberutil.h>

namespace inbox {

namespace {

using namespace demo;

/// A mobile number of a region that libphonenumber accepts, varied from the region's example.
QString randomMobile(QRandomGenerator &random, const char *region, QSet<QString> &taken)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber example;
    util.GetExampleNumberForType(region, PhoneNumberUtil::MOBILE, &example);
    std::string national;
    util.GetNationalSignificantNumber(example, &national);
    const QString prefix = QStringLiteral("+%1").arg(example.country_code());
    for (int attempt = 0; attempt < 200; ++attempt) {
        QString digits = QString::fromStdString(national);
        // Keep the operator prefix, vary the subscriber digits.
        for (qsizetype i = std::min<qsizetype>(4, digits.size() - 4); i < digits.size(); ++i)
            digits[i] = QChar(u'0' + random.bounded(10));
        const auto parsed = PhoneNumber::parse(prefix + digits);
        if (parsed && !taken.contains(parsed->canonical())) {
            taken.insert(parsed->canonical());
            return parsed->canonical();
        }
    }
    return {};
}

/// One synthetic message of a conversation, of every kind now and then.
Message makeMessage(QRandomGenerator &random, const Country &country, qint64 conversationId,
                    const QString &accountId, const QDateTime &at, qint64 serial, bool newest)
{
    Message m;
    m.conversationId = conversationId;
    m.accountId = accountId;
    m.createdAt = at;
    m.direction = random.bounded(100) < 55 ? Direction::Inbound : Direction::Outbound;
    m.providerMessageId = QStringLiteral("wamid.SEED%1").arg(serial, 10, 10, QLatin1Char(u'0'));

    const int dice = random.bounded(100);
    if (dice < 72) {
        m.kind = MessageKind::Text;
        m.text = m.direction == Direction::Inbound
                     ? country.phrases.at(random.bounded(country.phrases.size()))
                     : agentReplies().at(random.bounded(agentReplies().size()));
    } else if (dice < 78) {
        m.kind = MessageKind::Image;
        m.text = random.bounded(2) ? QStringLiteral("Here is the photo") : QString();
        m.media = MediaInfo{QStringLiteral("image/jpeg"),
                            QStringLiteral("IMG_%1.jpg").arg(serial),
                            50'000 + random.bounded(900'000),
                            QStringLiteral("media-%1").arg(serial),
                            {},
                            {},
                            {},
                            0};
    } else if (dice < 81) {
        m.kind = MessageKind::Document;
        m.media = MediaInfo{QStringLiteral("application/pdf"),
                            QStringLiteral("invoice-%1.pdf").arg(serial),
                            20'000 + random.bounded(2'000'000),
                            QStringLiteral("media-%1").arg(serial),
                            {},
                            {},
                            {},
                            0};
        m.text = QStringLiteral("invoice-%1.pdf").arg(serial);
    } else if (dice < 82) {
        m.kind = MessageKind::Audio;
        m.media = MediaInfo{QStringLiteral("audio/mpeg"),
                            QStringLiteral("song-%1.mp3").arg(serial),
                            900'000 + random.bounded(4'000'000),
                            QStringLiteral("media-%1").arg(serial),
                            {},
                            {},
                            {},
                            120 + random.bounded(200)};
    } else if (dice < 84) {
        m.kind = MessageKind::Voice;
        m.media = MediaInfo{QStringLiteral("audio/ogg"),
                            {},
                            8'000 + random.bounded(200'000),
                            QStringLiteral("media-%1").arg(serial),
                            {},
                            {},
                            {},
                            3 + random.bounded(90)};
    } else if (dice < 86) {
        m.kind = MessageKind::Video;
        m.media = MediaInfo{QStringLiteral("video/mp4"),
                            QStringLiteral("VID_%1.mp4").arg(serial),
                            400'000 + random.bounded(9'000'000),
                            QStringLiteral("media-%1").arg(serial),
                            {},
                            {},
                            {},
                            5 + random.bounded(60)};
    } else if (dice < 88) {
        m.kind = MessageKind::Location;
        m.text = QStringLiteral("Av. Paulista, 1578 - São Paulo");
        m.details = {{QStringLiteral("latitude"), -23.5614},
                     {QStringLiteral("longitude"), -46.6559}};
    } else if (dice < 89) {
        m.kind = MessageKind::Contacts;
        m.text = QStringLiteral("Rafael Costa");
        m.details = {{QStringLiteral("phones"), QJsonArray{QStringLiteral("+5511987650000")}}};
    } else if (dice < 91) {
        m.kind = MessageKind::Interactive;
        m.direction = Direction::Inbound;
        m.text = QStringLiteral("Track my order");
        m.details = {{QStringLiteral("reply_id"), QStringLiteral("track")}};
    } else if (dice < 92) {
        m.kind = MessageKind::Button;
        m.direction = Direction::Inbound;
        m.text = QStringLiteral("Yes, confirm");
    } else if (dice < 95) {
        m.kind = MessageKind::Template;
        m.direction = Direction::Outbound;
        m.text = QStringLiteral("Hi, your order #%1 is on its way and should arrive by Friday.")
                     .arg(10'000 + serial % 90'000);
    } else if (dice < 96) {
        m.kind = MessageKind::Sticker;
        m.media = MediaInfo{QStringLiteral("image/webp"),
                            {},
                            20'000,
                            QStringLiteral("media-%1").arg(serial),
                            {},
                            {},
                            {},
                            0};
    } else if (dice < 97) {
        m.kind = MessageKind::Order;
        m.direction = Direction::Inbound;
        m.text = QStringLiteral("2 items, total 149.90");
    } else if (dice < 98) {
        m.kind = MessageKind::System;
        m.direction = Direction::Inbound;
        m.text = QStringLiteral("The customer changed their phone number");
    } else {
        m.kind = MessageKind::Unsupported;
        m.direction = Direction::Inbound;
        m.details = {{QStringLiteral("type"), QStringLiteral("unknown")}};
    }

    if (m.direction == Direction::Outbound) {
        DeliveryState d;
        d.queuedAt = at;
        const int fate = random.bounded(100);
        if (newest && fate < 15) {
            d.status = MessageStatus::Queued;
            m.providerMessageId.clear();
        } else if (fate < 3) {
            d.status = MessageStatus::Failed;
            d.failedAt = at.addSecs(2);
            d.failureCode = QStringLiteral("131047");
            d.failureReason =
                QStringLiteral("More than 24 hours have passed since the customer last replied.");
        } else {
            d.status = fate < 10   ? MessageStatus::Sent
                       : fate < 40 ? MessageStatus::Delivered
                                   : MessageStatus::Read;
            d.sentAt = at.addSecs(1);
            if (d.status >= MessageStatus::Delivered)
                d.deliveredAt = at.addSecs(3);
            if (d.status == MessageStatus::Read)
                d.readAt = at.addSecs(60 + random.bounded(3600));
        }
        m.delivery = d;
    }
    return m;
}

} // namespace

DemoSeeder::DemoSeeder(std::shared_ptr<CacheDatabase> cache)
    : m_cache(std::move(cache))
{}

SeedReport DemoSeeder::run(const SeedOptions &options, const std::function<void(qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    auto task = [options, progress](QSqlDatabase &db) {
        QRandomGenerator random(options.randomSeed);
        SeedReport report;

        {
            sql::Transaction transaction(db);
            for (const Account &a : options.accounts) {
                QSqlQuery q =
                    sql::prepare(db, QStringLiteral("INSERT OR REPLACE INTO accounts (id, "
                                                    "provider, display_name, business_phone, "
                                                    "relay_account) VALUES (?, ?, ?, ?, ?)"));
                q.addBindValue(a.id);
                q.addBindValue(a.provider.key());
                q.addBindValue(a.displayName);
                q.addBindValue(a.businessPhone);
                q.addBindValue(sql::text(a.relayAccount));
                sql::exec(q);
                ++report.accounts;
                for (const MessageTemplate &t : demoTemplates(a.id)) {
                    QSqlQuery tq = sql::prepare(
                        db, QStringLiteral("INSERT OR REPLACE INTO templates (account_id, name, "
                                           "language, category, "
                                           "status, components) VALUES (?, ?, ?, ?, ?, ?)"));
                    tq.addBindValue(t.accountId);
                    tq.addBindValue(t.name);
                    tq.addBindValue(t.language);
                    tq.addBindValue(t.category);
                    tq.addBindValue(t.status);
                    tq.addBindValue(QString::fromUtf8(QJsonDocument(componentsToJson(t.components))
                                                          .toJson(QJsonDocument::Compact)));
                    sql::exec(tq);
                    ++report.templates;
                }
            }
            QSqlQuery bot = sql::prepare(
                db,
                QStringLiteral("UPDATE accounts SET auto_reply = ? WHERE id = 'openwa-bistro'"));
            bot.addBindValue(QString::fromUtf8(
                QJsonDocument(demoAutoReply().toJson()).toJson(QJsonDocument::Compact)));
            sql::exec(bot);
            for (const CannedResponse &reply : demoCannedResponses())
                CannedResponseStore::upsertIn(db, reply);
            for (const Agent &agent : demoAgents()) {
                QSqlQuery q = sql::prepare(
                    db, QStringLiteral(
                            "INSERT OR REPLACE INTO agents (id, name, role) VALUES (?, ?, ?)"));
                q.addBindValue(agent.id);
                q.addBindValue(agent.name);
                q.addBindValue(roleKey(agent.role));
                sql::exec(q);
                ++report.agents;
            }
            transaction.commit();
        }

        // Conversations get uneven shares of the messages, as real ones do.
        const int n = std::max(1, options.conversations);
        QList<double> weights(n);
        double total = 0;
        for (double &w : weights) {
            const double r = random.generateDouble();
            w = 0.2 + r * r * 3;
            total += w;
        }
        QList<qint64> counts(n);
        qint64 assigned = 0;
        for (int i = 0; i < n; ++i) {
            counts[i] = qint64(double(options.messages) * weights[i] / total);
            assigned += counts[i];
        }
        for (qint64 i = 0; assigned < options.messages; ++i, ++assigned)
            ++counts[i % n];

        QSet<QString> takenPhones;
        QList<Message> batch;
        constexpr int batchSize = 20'000;
        qint64 serial = 0;
        // A million rows touch more index pages than the everyday 2 MB page cache holds.
        const QVariant everydayCacheSize = sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
        sql::execDirect(db, QStringLiteral("PRAGMA cache_size = -262144"));
        // One transaction: a seed either completes or leaves the cache as it was.
        sql::Transaction transaction(db);
        MessageStore::bulkLoadIn(db, [&] {
            for (int i = 0; i < n; ++i) {
                const Country &country = countries().at(random.bounded(countries().size()));
                const Account &account =
                    options.accounts.at(random.bounded(options.accounts.size()));
                const QString phone = randomMobile(random, country.region, takenPhones);
                if (phone.isEmpty())
                    continue;
                const bool named = random.bounded(100) < 85;
                const QString name =
                    named ? country.firstNames.at(random.bounded(country.firstNames.size())) +
                                QLatin1Char(' ') +
                                country.lastNames.at(random.bounded(country.lastNames.size()))
                          : QString();
                // The newest conversations are minutes old, the oldest a few months.
                const QDateTime last =
                    options.now.addSecs(-qint64(double(i) / n * 90 * 86400) - random.bounded(3600));
                const qint64 count = counts[i];
                QDateTime at = last.addSecs(-count * 600);
                const qint64 conversationId =
                    ConversationStore::conversationForIn(db, account.id, phone, name, at);

                // Who answered this customer (without a draw: the same seed, the same data).
                const QString &teammate = demoAgents().at(i % demoAgents().size()).id;
                for (qint64 k = 0; k < count; ++k) {
                    at = at.addSecs(60 + random.bounded(1080));
                    if (at > options.now)
                        at = options.now;
                    batch.append(makeMessage(random, country, conversationId, account.id, at,
                                             ++serial, k >= count - 2));
                    if (batch.last().direction == Direction::Outbound)
                        batch.last().senderAgentId = teammate;
                    if (batch.size() >= batchSize) {
                        MessageStore::insertIn(db, batch);
                        report.messages += batch.size();
                        batch.clear();
                        if (progress)
                            progress(report.messages);
                    }
                }

                // What the lead looks like; who works on the conversation comes after all
                // messages, since an inbound message reopens a resolved conversation.
                QSqlQuery lead = sql::prepare(db, QStringLiteral(R"(
                UPDATE leads SET stage = ?, source = ?, owner_id = ?, custom_fields = ?
                WHERE id = (SELECT lead_id FROM conversations WHERE id = ?))"));
                lead.addBindValue(defaultPipeline().at(random.bounded(defaultPipeline().size())));
                static const QStringList sources = {
                    QStringLiteral("whatsapp"), QStringLiteral("website"),
                    QStringLiteral("instagram"), QStringLiteral("referral")};
                lead.addBindValue(sources.at(random.bounded(sources.size())));
                lead.addBindValue(demoAgents().at(random.bounded(demoAgents().size())).id);
                const QJsonObject fields{
                    {QStringLiteral("city"), QString::fromLatin1(country.region)},
                    {QStringLiteral("order_id"), QStringLiteral("#%1").arg(10'000 + i)}};
                lead.addBindValue(
                    QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
                lead.addBindValue(conversationId);
                sql::exec(lead);

                if (random.bounded(100) < 25) {
                    Note note;
                    QSqlQuery leadOf = sql::prepare(
                        db, QStringLiteral("SELECT lead_id FROM conversations WHERE id = ?"));
                    leadOf.addBindValue(conversationId);
                    sql::exec(leadOf);
                    note.leadId = leadOf.next() ? leadOf.value(0).toLongLong() : 0;
                    note.conversationId = conversationId;
                    note.authorId = demoAgents().at(random.bounded(demoAgents().size())).id;
                    note.createdAt = last;
                    note.text =
                        QStringLiteral("Prefers to be contacted after 6pm. VIP since 2024.");
                    LeadStore::addNoteIn(db, note);
                    ++report.notes;
                }
                ++report.conversations;
            }
            if (!batch.isEmpty()) {
                MessageStore::insertIn(db, batch);
                report.messages += batch.size();
            }
        }); // bulkLoadIn

        // Reactions on a sample of messages, and unread counts only where the customer spoke last.
        sql::execDirect(db, QStringLiteral(R"(
            INSERT OR IGNORE INTO reactions (message_id, reactor, emoji, reacted_at)
            SELECT id, CASE direction WHEN 'in' THEN 'agent' ELSE 'customer' END,
                   CASE id % 3 WHEN 0 THEN '👍' WHEN 1 THEN '❤️' ELSE '🙏' END, created_at + 60000
            FROM messages WHERE id % 23 = 0)"));
        QSqlQuery team = sql::prepare(db, QStringLiteral(R"(
            UPDATE conversations SET
                assignee_id = CASE WHEN (id * 37) % 100 < 30 THEN NULL
                    ELSE (SELECT a.id FROM agents a WHERE a.rowid = 1 + conversations.id % 5) END,
                status = CASE WHEN (id * 7919) % 100 < 60 THEN 'open'
                              WHEN (id * 7919) % 100 < 75 THEN 'pending'
                              WHEN (id * 7919) % 100 < 95 THEN 'resolved'
                              ELSE 'snoozed' END,
                snoozed_until = CASE WHEN (id * 7919) % 100 >= 95
                                     THEN :now + 3600000 * (1 + id % 48) END)"));
        team.bindValue(QStringLiteral(":now"), sql::toDb(options.now));
        sql::exec(team);
        // The reports' resolutions: by the assignee, ten minutes after the last message.
        sql::execDirect(db, QStringLiteral(R"(
            INSERT OR IGNORE INTO status_changes (conversation_id, status, actor_id, at)
            SELECT id, 'resolved', assignee_id, last_activity_at + 600000 FROM conversations
            WHERE status = 'resolved')"));
        sql::execDirect(db, QStringLiteral(R"(
            UPDATE conversations SET unread_count = CASE
                WHEN (SELECT direction FROM messages WHERE id = last_message_id) = 'in'
                THEN 1 + (id % 3) ELSE 0 END)"));
        transaction.commit();
        sql::execDirect(db,
                        QStringLiteral("PRAGMA cache_size = %1").arg(everydayCacheSize.toInt()));
        if (progress)
            progress(report.messages);
        return report;
    };
    SeedReport report = m_cache->run(task).result();
    report.elapsedMs = timer.elapsed();
    qCInfo(lcSeed) << "seeded" << report.conversations << "conversations and" << report.messages
                   << "messages in" << report.elapsedMs << "ms";
    return report;
}

} // namespace inbox
