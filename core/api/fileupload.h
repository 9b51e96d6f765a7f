#pragma once

#include <QByteArray>
#include <QString>

namespace Springdesk::Api {

// A file sent as a multipart/form-data part (the user avatar).
struct FileUpload
{
    QByteArray data;
    QString fileName;
    QString contentType = QStringLiteral("application/octet-stream");

    bool operator==(const FileUpload &) const = default;
};

} // namespace Springdesk::Api
