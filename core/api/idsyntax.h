#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Springdesk::Api {

// The one rule for the syntax of an ID (external ID or UID) that Springdesk sends, in a path
// segment or as a value: validation, the request builder and the import all ask it.
// Refused: empty, "." and ".." (they would change the path called), "/", "\", "?", "#" and
// control characters. Empty when `id` is fine; otherwise a translated reason.
QString idProblem(QStringView id);

// Text decoded from bytes that may not be UTF-8 (a command-line argument, a CSV cell): valid
// UTF-8 is decoded as usual; every byte that is not part of valid UTF-8 becomes the lone
// surrogate U+DC80…U+DCFF, so the bytes are kept until validation refuses them.
QString decodeKeepingInvalidBytes(QByteArrayView bytes);
// True when `text` holds such a kept invalid byte (or any other lone surrogate).
bool hasInvalidUtf8(QStringView text);

// The translation context of idProblem's messages.
class IdSyntax
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Api::IdSyntax)
};

} // namespace Springdesk::Api
