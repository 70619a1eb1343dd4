// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CannedResponseStore.h"
#include "domain/Account.h"
#include "domain/Agent.h"
#include "domain/AutoReply.h"
#include "domain/MessageTemplate.h"

#include <QList>
#include <QStringList>

namespace inbox::demo {

/// Where the demo's customers come from: region, names, and what they write.
struct Country
{
    const char *region;
    QStringList firstNames;
    QStringList lastNames;
    QStringList phrases; ///< what customers of this country write
};

const QList<Country> &countries();
/// What the demo's agents write back.
const QStringList &agentReplies();
/// A team with every role.
const QList<Agent> &demoAgents();
/// The demo team's saved replies.
const QList<CannedResponse> &demoCannedResponses();
/// The demo restaurant's bot on the open-wa account: menu and booking keywords, opening hours
/// in Bogotá, a welcome.
AutoReplyRules demoAutoReply();
/// Templates in several languages, categories and review states.
QList<MessageTemplate> demoTemplates(const QString &accountId);

} // namespace inbox::demo
