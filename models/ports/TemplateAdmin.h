// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Expected.h"
#include "domain/MessageTemplate.h"
#include "domain/ProviderError.h"

#include <QFuture>
#include <QMap>
#include <QString>

namespace inbox {

/// Template management where the provider allows it (Meta's Cloud API; WATI's templates are
/// edited in WATI). The review's outcome arrives later as a status event.
class TemplateAdmin
{
public:
    virtual ~TemplateAdmin() = default;

    /// Submits a template for review: a new one, or an edit of the one whose provider id it
    /// carries. `examples` fill its {{n}} for the reviewers. Gives the provider's template id.
    virtual QFuture<Expected<QString, ProviderError>>
    submitTemplate(const MessageTemplate &messageTemplate, const QMap<int, QString> &examples) = 0;
    /// Deletes a template by name, in every language.
    virtual QFuture<Expected<QString, ProviderError>> deleteTemplate(const QString &name) = 0;
};

} // namespace inbox
