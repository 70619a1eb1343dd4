#include "ProvidersLog.h"

Q_LOGGING_CATEGORY(lcProviders, "inbox.providers")
Q_LOGGING_CATEGORY(lcMeta, "inbox.providers.meta")
