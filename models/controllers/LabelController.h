#pragma once

#include "cache/LabelStore.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace inbox {

class CacheDatabase;
class TeamContext;

/// The team's labels: managers and admins define and remove them, anyone puts them on a
/// conversation or takes them off, and every desktop sees it through the relay. Each gives an
/// empty string when done, else the problem in words.
class LabelController : public QObject
{
    Q_OBJECT
public:
    LabelController(std::shared_ptr<CacheDatabase> cache, TeamContext *team,
                    QObject *parent = nullptr);

    /// A label is 1 to 32 characters, without a comma.
    static QString problemWithName(const QString &name);

    QFuture<QString> define(const Label &label);
    QFuture<QString> remove(const QString &name);
    QFuture<QString> setOn(qint64 conversationId, const QString &label, bool on);

private:
    std::shared_ptr<CacheDatabase> m_cache;
    TeamContext *m_team;
};

} // namespace inbox
