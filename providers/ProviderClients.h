#pragma once

#include "domain/Account.h"
#include "domain/Expected.h"
#include "ports/ProviderApi.h"
#include "ports/ProviderConnector.h"

#include <QList>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace inbox {

/// What each provider needs, in the order a form shows it.
QList<ConnectionField> connectionFields(Provider provider);

/// A client for the account from its connection and token, or what is missing, in words.
Expected<std::unique_ptr<ProviderApi>, QString>
makeProviderClient(QNetworkAccessManager *network, const Account &account, const QByteArray &token);

/// Both, for the UI: clients made on `network`.
ProviderConnector providerConnector(QNetworkAccessManager *network);

} // namespace inbox
