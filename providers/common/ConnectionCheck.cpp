// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionCheck.h"

#include <QCoreApplication>

namespace inbox {

QFuture<Expected<QString, ProviderError>> checkByTemplates(ProviderApi &api)
{
    return api.listTemplates({}).then([](const Expected<TemplatePage, ProviderError> &page) {
        if (!page)
            return Expected<QString, ProviderError>(page.error());
        return Expected<QString, ProviderError>(
            QCoreApplication::translate("inbox::ConnectionCheck", "templates on the first page: %1")
                .arg(page->templates.size()));
    });
}

} // namespace inbox
