#pragma once

#include "core/api/endpoints.h"
#include "core/api/fileupload.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Springdesk::Api {

// A validated, encoded call, ready to be sent (and re-sent) any number of times. Holds no key:
// the key is added as X-API-Key when the QNetworkRequest is made.
struct BuiltRequest
{
    struct FormField
    {
        QString name;
        QString value;
        std::optional<FileUpload> file;
    };

    Fn fn = Fn::GetUsers;
    CallKind kind = CallKind::Query;
    HttpMethod method = HttpMethod::Get;
    QUrl url; // path segments percent-encoded; the query string for GET
    QByteArray body; // application/x-www-form-urlencoded, for POST without files
    QList<FormField> multipart; // multipart/form-data fields, for POST with a file
    bool isMultipart = false;

    // "POST /api/addUser/EMP-1": for logs; no query string, no body.
    QString describe() const;
};

} // namespace Springdesk::Api
