#pragma once

#include "sandbox/httpmessage.h"

#include <QJsonObject>
#include <QString>

namespace Springdesk::Sandbox {

enum class OutputFormat
{
    Json,
    Xml,
    Text
};

// Renders answers in the format the client asked for (section 1.4 of the contract): JSON by default,
// XML for application/xml or text/xml, plain text for text/plain.
class ResponseWriter
{
public:
    // From the Accept header, the _format parameter or a .json/.xml/.txt suffix (already stripped).
    static OutputFormat formatFromAccept(const QByteArray &accept);
    static std::optional<OutputFormat> formatFromName(const QString &name);

    static QByteArray render(const QJsonObject &object, OutputFormat format, bool pretty);
    static QByteArray contentType(OutputFormat format);

    static HttpResponse success(const QJsonObject &object, OutputFormat format, bool pretty);
    // Plain text unless formatted; formatted errors are {"error": message} in the chosen format.
    static HttpResponse error(int status, const QString &message, OutputFormat format, bool formatted, bool pretty);
};

} // namespace Springdesk::Sandbox
