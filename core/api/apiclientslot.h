#pragma once

// Internal to ApiClient (apiclient.cpp, apiclientpolicy.cpp): the scheduler's state of one job.

#include "core/api/apiclient.h"
#include "core/api/apiclock.h"
#include "core/api/builtrequest.h"

#include <QList>
#include <QSslError>

class QNetworkReply;

namespace Springdesk::Api {

struct ApiClient::Slot
{
    ApiJob *job = nullptr;
    BuiltRequest request;
    QNetworkReply *reply = nullptr;
    int managerIndex = -1;
    ApiClock::TimerId deadlineTimer = 0;
    ApiClock::TimerId transferTimer = 0;
    ApiClock::TimerId backoffTimer = 0;
    AbortReason abortReason = AbortReason::None;
    int rateLimitWaits = 0;
    qint64 lastActivityMs = 0;
    QList<QSslError> sslErrors;
    QByteArray received; // the answer's body so far (decompressed), read as it arrives
    qint64 announcedBytes = -1; // Content-Length of an answer refused for its size
};

} // namespace Springdesk::Api
