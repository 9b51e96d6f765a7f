#pragma once

#include "sandbox/httpmessage.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Springdesk::Sandbox {

// The parameters of one request, collected from the query string and the form body
// (application/x-www-form-urlencoded or multipart/form-data), in arrival order.
struct FormData
{
    QHash<QString, QStringList> values;
    QHash<QString, QByteArray> files; // multipart parts with a filename
    QStringList order; // parameter names in first-seen order

    void add(const QString &name, const QString &value);
    bool has(const QString &name) const { return values.contains(name); }
};

class FormParser
{
public:
    static constexpr qsizetype MaxValueChars = 64 * 1024;
    static constexpr qsizetype MaxValuesPerName = 5000;
    static constexpr qsizetype MaxParameters = 20000;

    // Percent-decodes (with '+' as space) and checks UTF-8. Returns false and sets *error on bad input.
    static bool decodeComponent(const QByteArray &raw, QString *out, QString *error, bool plusIsSpace = true);
    // Adds name=value pairs of an urlencoded string.
    static bool parseUrlEncoded(const QByteArray &data, FormData *form, QString *error);
    static bool parseMultipart(const QByteArray &body, const QByteArray &contentType, FormData *form, QString *error);
    // Query + body according to Content-Type, with the limits above.
    static bool parseRequest(const HttpRequest &request, FormData *form, QString *error);
    // Splits the percent-encoded path into decoded segments. Leading and trailing slashes are
    // dropped; an empty segment in between ("a//b") is kept as an empty string. Refused (false, a
    // reason in *error): a segment that is "." or ".." (also percent-encoded) and a segment with an
    // encoded "/" or "\" (%2F, %5C): the path is never normalised or re-split.
    static bool splitPath(const QByteArray &path, QStringList *segments, QString *error);
    // The segments from the first non-empty one on ("/api//getUsers" names getUsers).
    static QStringList withoutLeadingEmpty(QStringList segments);
};

} // namespace Springdesk::Sandbox
