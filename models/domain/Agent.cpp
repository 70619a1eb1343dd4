// SPDX-License-Identifier: GPL-3.0-or-later
#include "Agent.h"

#include <QRegularExpression>
#include <QStringList>

namespace inbox {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : {Role::Agent, Role::Manager, Role::Admin}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

bool mentions(const QString &text, const QString &handle)
{
    if (handle.isEmpty())
        return false;
    const QRegularExpression mention(
        QStringLiteral("(?<![\\w@.])@%1(?![\\w-])").arg(QRegularExpression::escape(handle)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return mention.match(text).hasMatch();
}

bool canAssign(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

bool canEditTemplates(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

bool canEditAccounts(Role role)
{
    return role == Role::Admin;
}

QString initialsOf(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString initials = words.first().left(1);
    if (words.size() > 1)
        initials += words.last().left(1);
    return initials.toUpper();
}

} // namespace inbox
