// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;
class TeamContext;

/// What a manager or admin did to a template at its provider, kept and told: the template
/// is written to this desktop's cache at once (PENDING after a submission, DISABLED after a
/// delete: deletes are soft, sent messages still name it) and published to teammates.
class TemplateController : public QObject
{
    Q_OBJECT
public:
    TemplateController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                       QObject *parent = nullptr);

    /// Gives an empty string when kept and told, else the problem in words (the cache then
    /// still has it when only telling the team failed).
    QFuture<QString> record(const MessageTemplate &messageTemplate);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    TeamContext *m_team;
};

} // namespace inbox
