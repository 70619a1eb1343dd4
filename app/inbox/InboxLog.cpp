#include "InboxLog.h"

Q_LOGGING_CATEGORY(lcHeadless, "inbox.headless")
