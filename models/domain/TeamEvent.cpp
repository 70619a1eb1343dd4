// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamEvent.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace inbox {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

/// Reads the fields of one event; the first problem is kept and reported, so a bad event is
/// refused whole.
class Reader
{
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json)
    {}

    QString text(const char *field)
    {
        const QJsonValue value = m_json.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull()) {
            fail(QCoreApplication::translate("inbox::TeamEvent", "\"%1\" is missing")
                     .arg(QLatin1String(field)));
            return {};
        }
        if (!value.isString()) {
            fail(QCoreApplication::translate("inbox::TeamEvent", "\"%1\" is not text")
                     .arg(QLatin1String(field)));
            return {};
        }
        return value.toString();
    }
    /// Text that must not be empty either.
    QString filled(const char *field)
    {
        const QString value = text(field);
        if (m_problem.isEmpty() && value.trimmed().isEmpty()) {
            fail(QCoreApplication::translate("inbox::TeamEvent", "\"%1\" is empty")
                     .arg(QLatin1String(field)));
        }
        return value;
    }
    std::optional<QString> optionalText(const char *field)
    {
        if (!m_json.contains(QLatin1String(field)))
            return std::nullopt;
        return text(field);
    }
    QString textOr(const char *field, const QString &fallback)
    {
        return optionalText(field).value_or(fallback);
    }
    bool flag(const char *field)
    {
        const QJsonValue value = m_json.value(QLatin1String(field));
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            fail(QCoreApplication::translate("inbox::TeamEvent", "\"%1\" is not true or false")
                     .arg(QLatin1String(field)));
        }
        return value.toBool();
    }
    QDateTime time(const char *field)
    {
        const QString value = text(field);
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (m_problem.isEmpty() && !at.isValid()) {
            fail(QCoreApplication::translate("inbox::TeamEvent",
                                             "\"%1\" is not an ISO 8601 time: %2")
                     .arg(QLatin1String(field), value));
        }
        return at;
    }
    /// A whole number from `low` to `high`.
    int number(const char *field, int low, int high)
    {
        const QJsonValue value = m_json.value(QLatin1String(field));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < low ||
            number > high) {
            fail(QCoreApplication::translate(
                     "inbox::TeamEvent", "\"%1\" is missing or not a whole number from %2 to %3")
                     .arg(QLatin1String(field))
                     .arg(low)
                     .arg(high));
            return low;
        }
        return int(number);
    }
    std::optional<bool> optionalFlag(const char *field)
    {
        if (!m_json.contains(QLatin1String(field)))
            return std::nullopt;
        return flag(field);
    }
    /// An object that must be there.
    QJsonObject object(const char *field)
    {
        const QJsonValue value = m_json.value(QLatin1String(field));
        if (!value.isObject())
            fail(QCoreApplication::translate("inbox::TeamEvent",
                                             "\"%1\" is missing or not an object")
                     .arg(QLatin1String(field)));
        return value.toObject();
    }
    std::optional<QJsonArray> optionalArray(const char *field)
    {
        const QJsonValue value = m_json.value(QLatin1String(field));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            fail(QCoreApplication::translate("inbox::TeamEvent", "\"%1\" is not a list")
                     .arg(QLatin1String(field)));
            return std::nullopt;
        }
        return value.toArray();
    }
    ConversationKey conversation()
    {
        ConversationKey key;
        key.provider = filled("provider");
        key.account = filled("account");
        key.phone = filled("phone");
        return key;
    }
    bool has(const char *field) const
    {
        const QJsonValue value = m_json.value(QLatin1String(field));
        return !value.isUndefined() && !value.isNull();
    }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    const QString &problem() const { return m_problem; }

private:
    const QJsonObject &m_json;
    QString m_problem;
};

void putConversation(QJsonObject &json, const ConversationKey &key)
{
    json.insert(QStringLiteral("provider"), key.provider);
    json.insert(QStringLiteral("account"), key.account);
    json.insert(QStringLiteral("phone"), key.phone);
}

void putOptional(QJsonObject &json, const char *field, const std::optional<QString> &value)
{
    if (value)
        json.insert(QLatin1String(field), *value);
}

/// The wire type of each alternative, in the variant's order.
const char *const wireTypes[] = {
    "assign", "unassign",  "status", "read",     "note", "lead",       "template", "outbound",
    "canned", "autoreply", "label",  "labelled", "view", "autoassign", "routing",  "capacity"};
static_assert(std::size(wireTypes) == std::variant_size_v<TeamEventBody>);

Expected<TeamEventBody, QString> bodyFromJson(const QString &type, Reader &in)
{
    if (type == QLatin1String("assign"))
        return TeamEventBody(
            team::Assign{in.conversation(), in.filled("assignee"), in.textOr("assigneeName", {})});
    if (type == QLatin1String("unassign"))
        return TeamEventBody(team::Unassign{in.conversation()});
    if (type == QLatin1String("status")) {
        team::SetStatus status{in.conversation(), ConversationStatus::Open, {}};
        const QString key = in.filled("status");
        if (const auto parsed = conversationStatusFromKey(key)) {
            status.status = *parsed;
        } else if (in.problem().isEmpty()) {
            in.fail(QCoreApplication::translate(
                        "inbox::TeamEvent",
                        "\"%1\" is not a status; it is open, pending, resolved or snoozed")
                        .arg(key));
        }
        if (status.status == ConversationStatus::Snoozed)
            status.snoozedUntil = in.time("snoozedUntil");
        return TeamEventBody(status);
    }
    if (type == QLatin1String("read"))
        return TeamEventBody(team::MarkRead{in.conversation()});
    if (type == QLatin1String("note"))
        return TeamEventBody(team::AddNote{in.filled("phone"), in.filled("text")});
    if (type == QLatin1String("lead")) {
        team::EditLead lead{in.filled("phone"), in.optionalText("name"), in.optionalText("stage"),
                            in.optionalFlag("optedOut")};
        if (!lead.name && !lead.stage && !lead.optedOut && in.problem().isEmpty())
            in.fail(QCoreApplication::translate(
                "inbox::TeamEvent", "a lead edit changes \"name\", \"stage\" or \"optedOut\""));
        return TeamEventBody(lead);
    }
    if (type == QLatin1String("template")) {
        return TeamEventBody(
            team::EditTemplate{in.filled("provider"), in.filled("account"), in.filled("name"),
                               in.filled("language"), in.optionalText("category"),
                               in.optionalText("status"), in.optionalArray("components")});
    }
    if (type == QLatin1String("outbound")) {
        team::Outbound outbound{in.conversation(), in.filled("providerMessageId"),
                                MessageKind::Text, in.textOr("text", {})};
        const QString kind = in.textOr("kind", QStringLiteral("text"));
        if (const auto parsed = kindFromKey(kind))
            outbound.kind = *parsed;
        else
            in.fail(
                QCoreApplication::translate("inbox::TeamEvent", "\"%1\" is not a kind of message")
                    .arg(kind));
        return TeamEventBody(outbound);
    }
    if (type == QLatin1String("canned")) {
        team::SavedReply reply{in.filled("shortcut").trimmed(), {}, in.flag("removed")};
        if (!reply.removed)
            reply.text = in.filled("text");
        return TeamEventBody(reply);
    }
    if (type == QLatin1String("label")) {
        team::DefineLabel label{in.filled("name").trimmed(), {}, in.flag("removed")};
        if (!label.removed) {
            label.colour = in.textOr("colour", QStringLiteral("#667781"));
            static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
            if (!colour.match(label.colour).hasMatch() && in.problem().isEmpty())
                in.fail(
                    QCoreApplication::translate("inbox::TeamEvent", "\"colour\" is #rrggbb, not %1")
                        .arg(label.colour));
        }
        return TeamEventBody(label);
    }
    if (type == QLatin1String("labelled")) {
        return TeamEventBody(team::LabelConversation{
            in.conversation(), in.filled("label").trimmed(), in.flag("removed")});
    }
    if (type == QLatin1String("view")) {
        team::SaveView view{in.filled("name").trimmed(), {}, in.flag("removed")};
        if (!view.removed)
            view.filter = in.object("filter");
        return TeamEventBody(view);
    }
    if (type == QLatin1String("autoassign")) {
        team::AutoAssign assign{in.conversation(), in.filled("assignee"),
                                in.textOr("assigneeName", {}), in.textOr("previous", {}),
                                team::AutoAssignReason::Waiting};
        const QString reason = in.textOr("reason", QStringLiteral("waiting"));
        if (reason == QLatin1String("offline"))
            assign.reason = team::AutoAssignReason::Offline;
        else if (reason != QLatin1String("waiting"))
            in.fail(QCoreApplication::translate("inbox::TeamEvent",
                                                "\"reason\" is waiting or offline, not %1")
                        .arg(reason));
        if (assign.reason == team::AutoAssignReason::Offline && assign.previous.isEmpty() &&
            in.problem().isEmpty())
            in.fail(QCoreApplication::translate("inbox::TeamEvent",
                                                "a reassignment names the \"previous\" assignee"));
        return TeamEventBody(assign);
    }
    if (type == QLatin1String("routing")) {
        team::Routing routing{in.textOr("provider", {}), in.textOr("account", {}),
                              in.flag("enabled"), 0, in.flag("removed")};
        if (in.has("reassignAfterMinutes"))
            routing.reassignAfterMinutes = in.number("reassignAfterMinutes", 0, 7 * 24 * 60);
        if (routing.provider.isEmpty() != routing.account.isEmpty() && in.problem().isEmpty())
            in.fail(QCoreApplication::translate(
                "inbox::TeamEvent",
                "an account's rules name its \"provider\" and \"account\"; the team's name "
                "neither"));
        if (routing.removed && routing.provider.isEmpty() && in.problem().isEmpty())
            in.fail(QCoreApplication::translate("inbox::TeamEvent",
                                                "the team's rules are switched off, not removed"));
        return TeamEventBody(routing);
    }
    if (type == QLatin1String("capacity")) {
        team::Capacity capacity{in.filled("agent"), std::nullopt};
        if (in.has("max"))
            capacity.max = in.number("max", 0, 999);
        return TeamEventBody(capacity);
    }
    if (type == QLatin1String("autoreply")) {
        return TeamEventBody(team::ClaimAutoReply{in.filled("provider"), in.filled("account"),
                                                  in.filled("message"), in.filled("claim")});
    }
    return QCoreApplication::translate("inbox::TeamEvent", "team events are %1; \"%2\" is not one")
        .arg(teamEventTypes().join(QStringLiteral(", ")), type);
}

} // namespace

QString ConversationKey::text() const
{
    return provider + QLatin1Char('/') + account + QLatin1Char('/') + phone;
}

QString TeamEvent::type() const
{
    return QLatin1String(wireTypes[body.index()]);
}

QStringList teamEventTypes()
{
    QStringList types;
    for (const char *type : wireTypes)
        types << QLatin1String(type);
    return types;
}

std::optional<ConversationKey> TeamEvent::conversation() const
{
    return std::visit(
        Overloaded{
            [](const team::Assign &e) { return std::optional(e.conversation); },
            [](const team::Unassign &e) { return std::optional(e.conversation); },
            [](const team::SetStatus &e) { return std::optional(e.conversation); },
            [](const team::MarkRead &e) { return std::optional(e.conversation); },
            [](const team::Outbound &e) { return std::optional(e.conversation); },
            [](const team::LabelConversation &e) { return std::optional(e.conversation); },
            [](const team::AutoAssign &e) { return std::optional(e.conversation); },
            [](const auto &) { return std::optional<ConversationKey>(); },
        },
        body);
}

QJsonObject toJson(const TeamEvent &event)
{
    QJsonObject json{{QStringLiteral("type"), event.type()}};
    std::visit(Overloaded{
                   [&](const team::Assign &e) {
                       putConversation(json, e.conversation);
                       json.insert(QStringLiteral("assignee"), e.assignee);
                       if (!e.assigneeName.isEmpty())
                           json.insert(QStringLiteral("assigneeName"), e.assigneeName);
                   },
                   [&](const team::Unassign &e) { putConversation(json, e.conversation); },
                   [&](const team::SetStatus &e) {
                       putConversation(json, e.conversation);
                       json.insert(QStringLiteral("status"), conversationStatusKey(e.status));
                       if (e.status == ConversationStatus::Snoozed) {
                           json.insert(QStringLiteral("snoozedUntil"),
                                       e.snoozedUntil.toUTC().toString(Qt::ISODateWithMs));
                       }
                   },
                   [&](const team::MarkRead &e) { putConversation(json, e.conversation); },
                   [&](const team::AddNote &e) {
                       json.insert(QStringLiteral("phone"), e.phone);
                       json.insert(QStringLiteral("text"), e.text);
                   },
                   [&](const team::EditLead &e) {
                       json.insert(QStringLiteral("phone"), e.phone);
                       putOptional(json, "name", e.name);
                       putOptional(json, "stage", e.stage);
                       if (e.optedOut)
                           json.insert(QStringLiteral("optedOut"), *e.optedOut);
                   },
                   [&](const team::EditTemplate &e) {
                       json.insert(QStringLiteral("provider"), e.provider);
                       json.insert(QStringLiteral("account"), e.account);
                       json.insert(QStringLiteral("name"), e.name);
                       json.insert(QStringLiteral("language"), e.language);
                       putOptional(json, "category", e.category);
                       putOptional(json, "status", e.status);
                       if (e.components)
                           json.insert(QStringLiteral("components"), *e.components);
                   },
                   [&](const team::Outbound &e) {
                       putConversation(json, e.conversation);
                       json.insert(QStringLiteral("providerMessageId"), e.providerMessageId);
                       json.insert(QStringLiteral("kind"), kindKey(e.kind));
                       json.insert(QStringLiteral("text"), e.text);
                   },
                   [&](const team::SavedReply &e) {
                       json.insert(QStringLiteral("shortcut"), e.shortcut);
                       if (e.removed)
                           json.insert(QStringLiteral("removed"), true);
                       else
                           json.insert(QStringLiteral("text"), e.text);
                   },
                   [&](const team::DefineLabel &e) {
                       json.insert(QStringLiteral("name"), e.name);
                       if (e.removed)
                           json.insert(QStringLiteral("removed"), true);
                       else
                           json.insert(QStringLiteral("colour"), e.colour);
                   },
                   [&](const team::LabelConversation &e) {
                       putConversation(json, e.conversation);
                       json.insert(QStringLiteral("label"), e.label);
                       if (e.removed)
                           json.insert(QStringLiteral("removed"), true);
                   },
                   [&](const team::SaveView &e) {
                       json.insert(QStringLiteral("name"), e.name);
                       if (e.removed)
                           json.insert(QStringLiteral("removed"), true);
                       else
                           json.insert(QStringLiteral("filter"), e.filter);
                   },
                   [&](const team::AutoAssign &e) {
                       putConversation(json, e.conversation);
                       json.insert(QStringLiteral("assignee"), e.assignee);
                       if (!e.assigneeName.isEmpty())
                           json.insert(QStringLiteral("assigneeName"), e.assigneeName);
                       if (!e.previous.isEmpty())
                           json.insert(QStringLiteral("previous"), e.previous);
                       json.insert(QStringLiteral("reason"),
                                   e.reason == team::AutoAssignReason::Offline
                                       ? QStringLiteral("offline")
                                       : QStringLiteral("waiting"));
                   },
                   [&](const team::Routing &e) {
                       if (!e.provider.isEmpty()) {
                           json.insert(QStringLiteral("provider"), e.provider);
                           json.insert(QStringLiteral("account"), e.account);
                       }
                       if (e.removed) {
                           json.insert(QStringLiteral("removed"), true);
                           return;
                       }
                       json.insert(QStringLiteral("enabled"), e.enabled);
                       json.insert(QStringLiteral("reassignAfterMinutes"), e.reassignAfterMinutes);
                   },
                   [&](const team::Capacity &e) {
                       json.insert(QStringLiteral("agent"), e.agent);
                       if (e.max)
                           json.insert(QStringLiteral("max"), *e.max);
                   },
                   [&](const team::ClaimAutoReply &e) {
                       json.insert(QStringLiteral("provider"), e.provider);
                       json.insert(QStringLiteral("account"), e.account);
                       json.insert(QStringLiteral("message"), e.message);
                       json.insert(QStringLiteral("claim"), e.claim);
                   },
               },
               event.body);
    const TeamEventStamp &stamp = event.stamp;
    if (!stamp.authorId.isEmpty()) {
        json.insert(QStringLiteral("author"),
                    QJsonObject{{QStringLiteral("id"), stamp.authorId},
                                {QStringLiteral("name"), stamp.authorName},
                                {QStringLiteral("role"), stamp.authorRole}});
    }
    if (stamp.at.isValid())
        json.insert(QStringLiteral("at"), stamp.at.toUTC().toString(Qt::ISODateWithMs));
    if (!stamp.clientId.isEmpty())
        json.insert(QStringLiteral("clientId"), stamp.clientId);
    return json;
}

Expected<TeamEvent, QString> teamEventFromJson(const QJsonObject &json)
{
    const QJsonValue type = json.value(QLatin1String("type"));
    if (!type.isString()) {
        return QCoreApplication::translate("inbox::TeamEvent",
                                           "a team event has a \"type\", one of %1")
            .arg(teamEventTypes().join(QStringLiteral(", ")));
    }
    Reader in(json);
    auto body = bodyFromJson(type.toString(), in);
    if (!body)
        return body.error();
    TeamEvent event{std::move(body).value(), {}};
    if (json.contains(QLatin1String("author"))) {
        const QJsonValue author = json.value(QLatin1String("author"));
        if (!author.isObject()) {
            in.fail(QCoreApplication::translate("inbox::TeamEvent", "\"author\" is not an object"));
        } else {
            const QJsonObject who = author.toObject();
            Reader authorIn(who);
            event.stamp.authorId = authorIn.filled("id");
            event.stamp.authorName = authorIn.textOr("name", {});
            event.stamp.authorRole = authorIn.textOr("role", {});
            if (!authorIn.problem().isEmpty())
                in.fail(QCoreApplication::translate("inbox::TeamEvent", "author: %1")
                            .arg(authorIn.problem()));
        }
    }
    if (json.contains(QLatin1String("at")))
        event.stamp.at = in.time("at");
    event.stamp.clientId = in.textOr("clientId", {});
    if (!in.problem().isEmpty()) {
        return QCoreApplication::translate("inbox::TeamEvent", "a \"%1\" event: %2")
            .arg(type.toString(), in.problem());
    }
    return event;
}

QString whyNotAllowed(Role role, const QString &agentId, const TeamEvent &event)
{
    return std::visit(
        Overloaded{
            [&](const team::Assign &e) {
                return canAssign(role) || e.assignee == agentId
                           ? QString()
                           : QCoreApplication::translate(
                                 "inbox::TeamEvent",
                                 "only managers and admins assign conversations to others; an "
                                 "agent may take an unassigned one for itself");
            },
            [&](const team::Unassign &) {
                // An agent may hand back its own: the relay checks that it is its own.
                return QString();
            },
            [&](const team::EditTemplate &) {
                return canEditTemplates(role)
                           ? QString()
                           : QCoreApplication::translate(
                                 "inbox::TeamEvent",
                                 "only managers and admins edit templates; ask one of them");
            },
            [&](const team::SavedReply &) {
                return canAssign(role)
                           ? QString()
                           : QCoreApplication::translate(
                                 "inbox::TeamEvent",
                                 "only managers and admins edit the team's saved replies");
            },
            [&](const team::DefineLabel &) {
                return canAssign(role)
                           ? QString()
                           : QCoreApplication::translate(
                                 "inbox::TeamEvent",
                                 "only managers and admins define the team's labels; anyone puts "
                                 "them on conversations");
            },
            [&](const team::Routing &) {
                return canAssign(role) ? QString()
                                       : QCoreApplication::translate(
                                             "inbox::TeamEvent",
                                             "only managers and admins set the auto-assignment");
            },
            [&](const team::Capacity &) {
                return canAssign(role)
                           ? QString()
                           : QCoreApplication::translate(
                                 "inbox::TeamEvent",
                                 "only managers and admins set how many conversations a teammate "
                                 "is given");
            },
            // Any inbox decides an automatic assignment: the relay checks that the conversation
            // is still where the decision found it and that the assignee is online.
            [](const auto &) { return QString(); },
        },
        event.body);
}

} // namespace inbox
