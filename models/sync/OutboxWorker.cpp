// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxWorker.h"

#include "ModelsLog.h"
#include "SendReconciler.h"
#include "cache/CacheDatabase.h"
#include "cache/ConversationStore.h"
#include "cache/MessageStore.h"
#include "cache/OutboxStore.h"
#include "itemmodels/WhenReady.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace inbox {

OutgoingMessage outgoingFor(const Message &message, const QString &customerPhone)
{
    OutgoingMessage out;
    out.to = customerPhone;
    out.kind = message.kind;
    out.text = message.text;
    out.media = message.media;
    out.replyToExternalId = message.replyToProviderId;
    out.previewUrl = message.details.value(QLatin1String("preview_url")).toBool();
    const QJsonObject templ = message.details.value(QLatin1String("template")).toObject();
    out.templateName = templ.value(QLatin1String("name")).toString();
    out.templateLanguage = templ.value(QLatin1String("language")).toString();
    out.templateHeaderLink = templ.value(QLatin1String("header_link")).toString();
    const QJsonObject values = templ.value(QLatin1String("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        out.templateValues.insert(it.key().toInt(), it.value().toString());
    const QJsonObject header = templ.value(QLatin1String("header_values")).toObject();
    for (auto it = header.begin(); it != header.end(); ++it)
        out.templateHeaderValues.insert(it.key().toInt(), it.value().toString());
    const QJsonObject buttons = templ.value(QLatin1String("button_values")).toObject();
    for (auto it = buttons.begin(); it != buttons.end(); ++it)
        out.templateButtonValues.insert(it.key().toInt(), it.value().toString());
    for (const QJsonValue &name : templ.value(QLatin1String("parameter_names")).toArray())
        out.templateParameterNames.append(name.toString());
    return out;
}

QString accountTroubleIn(const SendResult &result)
{
    // The account's own trouble, not one message's: no answer, a refused token or
    // permission, or "slow down".
    const bool trouble = !result.ok() && !result.error->outcomeUnknown &&
                         (result.error->retryable || result.error->httpStatus == 0 ||
                          result.error->httpStatus == 401 || result.error->httpStatus == 403);
    return trouble ? result.error->message() : QString();
}

SettledSend settleSend(const std::shared_ptr<CacheDatabase> &cache, const OutboxEntry &entry,
                       const SendResult &result, const QDateTime &now)
{
    OutboxStore store(cache);
    if (result.ok())
        return {SendOutcome::Sent, {}, store.markSent(entry.id, result.externalId, now)};
    const QString reason = result.error->message();
    if (result.error->outcomeUnknown) {
        const QString shown =
            QCoreApplication::translate("inbox", "May not have been sent: %1").arg(reason);
        return {SendOutcome::Unknown, shown, store.markOutcomeUnknown(entry.id, shown, now)};
    }
    if (result.error->retryable) {
        const QDateTime next = now.addSecs(OutboxWorker::requeueDelay(entry.attempts + 1).count());
        return {SendOutcome::Deferred, reason, store.reschedule(entry.id, next, reason)};
    }
    return {SendOutcome::Failed, reason,
            store.markFailed(entry.id, result.error->code, reason, now)};
}

OutboxWorker::OutboxWorker(std::shared_ptr<CacheDatabase> cache, ApiLookup apiFor, QObject *parent,
                           std::function<QDateTime()> now)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_apiFor(std::move(apiFor))
    , m_now(std::move(now))
    , m_startedAt(m_now())
{
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::kick);
}

void OutboxWorker::start(std::chrono::milliseconds interval)
{
    connect(m_cache->events(), &CacheEvents::messagesAdded, this, &OutboxWorker::kick,
            Qt::UniqueConnection);
    connect(m_cache->events(), &CacheEvents::outboxRefilled, this, &OutboxWorker::kick,
            Qt::UniqueConnection);
    m_timer.start(interval);
    // What the last run left in flight is settled from the provider, never sent blindly; the
    // rest of the outbox goes meanwhile (entries in flight are never due).
    auto *reconciler = new SendReconciler(m_cache, m_apiFor, this, m_now);
    connect(reconciler, &SendReconciler::finished, this,
            [this, reconciler](const ReconcileReport &report) {
                reconciler->deleteLater();
                Q_EMIT reconciled(report);
                kick();
            });
    reconciler->run(m_startedAt);
    kick();
}

std::chrono::seconds OutboxWorker::requeueDelay(int attempts)
{
    const int doublings = std::clamp(attempts - 1, 0, 5);
    return std::min(std::chrono::seconds(30 << doublings), std::chrono::seconds(15 * 60));
}

void OutboxWorker::resume()
{
    if (m_busy) {
        m_resumeAfter = true;
        return;
    }
    m_busy = true;
    whenReady(
        OutboxStore(m_cache).resumeAll(m_now()), this,
        [this](int) {
            m_busy = false;
            kick();
        },
        [this](const CacheError &error) {
            m_busy = false;
            qCWarning(lcModels) << "outbox unreadable:" << error.message();
        });
}

void OutboxWorker::kick()
{
    if (m_busy)
        return;
    m_busy = true;
    whenReady(
        OutboxStore(m_cache).due(m_now(), 20), this,
        [this](const QList<OutboxEntry> &due) { sendNext(due); },
        [this](const CacheError &error) {
            m_busy = false;
            qCWarning(lcModels) << "outbox unreadable:" << error.message();
        });
}

void OutboxWorker::sendNext(QList<OutboxEntry> due)
{
    if (due.isEmpty()) {
        m_busy = false;
        if (std::exchange(m_resumeAfter, false)) {
            resume();
            return;
        }
        Q_EMIT idle();
        return;
    }
    const OutboxEntry entry = due.takeFirst();
    auto continueWith = [this, due] {
        sendNext(due);
    };
    auto onCacheError = [this](const CacheError &error) {
        m_busy = false;
        qCWarning(lcModels) << "outbox step failed:" << error.message();
    };

    whenReady(
        MessageStore(m_cache).byIdsWithReactions({entry.messageId}), this,
        [=, this](const QList<Message> &messages) {
            if (messages.isEmpty()) {
                continueWith();
                return;
            }
            const Message message = messages.first();
            whenReady(
                ConversationStore(m_cache).byIds({}, {message.conversationId}), this,
                [=, this](const QList<Conversation> &conversations) {
                    OutboxStore outbox(m_cache);
                    if (conversations.isEmpty()) {
                        const QString reason = QCoreApplication::translate(
                            "inbox", "The conversation of this message is gone.");
                        whenReady(outbox.markFailed(entry.id, QStringLiteral("no-conversation"),
                                                    reason, m_now()),
                                  this, continueWith, onCacheError);
                        Q_EMIT messageFailed(message.id, reason);
                        return;
                    }
                    const std::shared_ptr<ProviderApi> api = m_apiFor(message.accountId);
                    if (!api) {
                        // Not connected (yet: accounts load after the worker starts, and a
                        // token may be added later): the message waits, never lost.
                        const QString reason =
                            QCoreApplication::translate(
                                "inbox", "The account %1 is not connected: add its token in "
                                         "Settings; the message is sent then.")
                                .arg(message.accountId);
                        const QDateTime next =
                            m_now().addSecs(requeueDelay(entry.attempts + 1).count());
                        whenReady(outbox.reschedule(entry.id, next, reason), this, continueWith,
                                  onCacheError);
                        Q_EMIT messageDeferred(message.id, reason);
                        Q_EMIT accountHealth(message.accountId, reason);
                        return;
                    }
                    OutgoingMessage outgoing =
                        outgoingFor(message, conversations.first().customerPhone);
                    // In flight before the call: after a crash it is reconciled, never resent.
                    whenReady(
                        outbox.markInFlight(entry.id, m_now()), this,
                        [=, this](const QString &reference) {
                            OutgoingMessage referenced = outgoing;
                            referenced.reference = reference;
                            whenReady(
                                api->send(referenced), this,
                                [=, this](const SendResult &result) {
                                    Q_UNUSED(api); // kept alive until the answer is in
                                    Q_EMIT accountHealth(message.accountId,
                                                         accountTroubleIn(result));
                                    const SettledSend settled =
                                        settleSend(m_cache, entry, result, m_now());
                                    whenReady(settled.stored, this, continueWith, onCacheError);
                                    switch (settled.outcome) {
                                    case SendOutcome::Sent:
                                        if (entry.attempts > 0) // the provider is back: the rest
                                            m_resumeAfter = true;
                                        Q_EMIT messageSent(message.id, result.externalId);
                                        break;
                                    case SendOutcome::Deferred:
                                        Q_EMIT messageDeferred(message.id, settled.reason);
                                        break;
                                    case SendOutcome::Failed:
                                    case SendOutcome::Unknown:
                                        Q_EMIT messageFailed(message.id, settled.reason);
                                        break;
                                    }
                                },
                                onCacheError);
                        },
                        onCacheError);
                },
                onCacheError);
        },
        onCacheError);
}

} // namespace inbox
