// SPDX-License-Identifier: GPL-3.0-or-later
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
/// Provider accounts and their tokens, for the whole team.
bool canEditAccounts(Role role);

/// A teammate who signs in to the inbox.
struct Agent
{
    QString id;
    QString name;
    Role role = Role::Agent;
};

/// Whether `text` mentions the teammate `handle` ("@priya", any case): the @ starts a word and
/// the handle ends one, so "@priyanka" and "a@priya.com" do not.
bool mentions(const QString &text, const QString &handle);

/// "Ana Souza" -> "AS"; one name gives one letter.
QString initialsOf(const QString &name);

} // namespace inbox
