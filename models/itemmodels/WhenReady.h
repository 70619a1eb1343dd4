// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheError.h"

#include <QFutureWatcher>
#include <QObject>

#include <type_traits>

namespace inbox {

/// Calls `onResult` (or `onError` with the CacheError) on `context`'s thread once `future` is
/// done, and never if `context` is gone by then.
///
/// Not QFuture::then: a continuation attached to a future that is already finished runs at once,
/// inside the caller. A model that starts a load from fetchMore, or from a view's reaction to its
/// own row signals, would then re-enter itself half-way through an update. A QFutureWatcher always
/// reports through the event loop.
template<class T, class OnResult, class OnError>
void whenReady(const QFuture<T> &future, QObject *context, OnResult onResult, OnError onError)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, onResult = std::move(onResult), onError = std::move(onError)] {
                         watcher->deleteLater();
                         try {
                             if constexpr (std::is_void_v<T>) {
                                 watcher->waitForFinished();
                                 onResult();
                             } else {
                                 onResult(watcher->result());
                             }
                         } catch (const CacheError &error) {
                             onError(error);
                         }
                     });
    watcher->setFuture(future);
}

} // namespace inbox
