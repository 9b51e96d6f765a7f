#pragma once

#include "core/api/decodeerror.h"
#include "core/domain/progress.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Springdesk::Api {

// Reads the fields of one JSON object, strict about structure and tolerant where the API is
// known to vary: numbers that arrive as strings (and strings as numbers), booleans as
// "true"/"false", null treated like a missing field, dates as "YYYY-MM-DD" or a date-time.
// The first problem is recorded in the shared DecodeError with its JSON path; after that every
// read returns a default value and ok() is false, so a decoder can read all fields and check once.
class JsonReader
{
public:
    // `value` must be an object; otherwise the error is recorded right away.
    JsonReader(const QJsonValue &value, QString path, DecodeError &error);

    bool ok() const { return !m_error.isSet(); }
    const QJsonObject &object() const { return m_object; }
    QString path() const { return m_path; }
    QString childPath(QStringView key) const;

    bool has(QStringView key) const;

    QString string(QStringView key);
    QString requiredString(QStringView key);
    bool boolean(QStringView key, bool defaultValue = false);
    std::optional<bool> optionalBoolean(QStringView key);
    std::optional<double> number(QStringView key);
    int integer(QStringView key, int defaultValue = 0);
    int requiredInteger(QStringView key);
    QDate date(QStringView key);
    QDateTime dateTime(QStringView key);
    std::optional<Domain::Progress> progress(QStringView key);
    QStringList stringList(QStringView key);
    // The array under key (empty when missing or null); records an error for other types.
    QJsonArray array(QStringView key);
    // Records an error unless at least one of the keys holds a non-empty string.
    void requireAnyOf(QStringView key1, QStringView key2);

    void fail(QStringView key, const QString &message);

    // Parsers shared with the top-level decoder; nullopt when the text is not valid.
    static std::optional<QDate> parseDate(const QString &text);
    static std::optional<QDateTime> parseDateTime(const QString &text);
    static std::optional<Domain::Progress> parseProgress(const QString &text);
    static QString typeName(const QJsonValue &value);

private:
    QJsonValue field(QStringView key) const;

    QJsonObject m_object;
    QString m_path;
    DecodeError &m_error;
};

} // namespace Springdesk::Api
