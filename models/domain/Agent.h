#pragma once

#include <QString>

#include <optional>

namespace inbox {

/// What a teammate may do: agents chat, managers also assign and edit templates and saved
/// replies, admins also edit accounts. The relay enforces roles; the UI only hides what a role
/// cannot do.
enum class Role
{
    Agent,
    Manager,
    Admin
};

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
bool canAssign(Role role);
bool canEditTemplates(Role role);

/// A teammate who signs in to the inbox.
struct Agent
{
    QString id;
    QString name;
    Role role = Role::Agent;
};

/// "Ana Souza" -> "AS"; one name gives one letter.
QString initialsOf(const QString &name);

} // namespace inbox
