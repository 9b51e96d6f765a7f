#pragma once

#include "core/api/endpoints.h"
#include "core/api/fileupload.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Springdesk::Api {

// The typed parameters of one call, keyed by P (never by a string). Path parameters are given
// like any other (e.g. P::userID) and placed in the path by the request builder. Values keep
// their type until they are encoded: booleans as true/false, dates as YYYY-MM-DD (a null QDate
// sends "" and clears the field), date-times as ISO 8601, lists as repeated names.
class ApiParams
{
public:
    using Value = std::variant<QString, bool, QDate, QDateTime, qint64, double, QStringList, FileUpload>;

    ApiParams() = default;

    ApiParams &set(P param, const QString &value) { return put(param, value); }
    ApiParams &set(P param, const char16_t *value) { return put(param, QString::fromUtf16(value)); }
    ApiParams &set(P param, const char *value) = delete; // would silently become a bool
    ApiParams &set(P param, bool value) { return put(param, value); }
    ApiParams &set(P param, QDate value) { return put(param, value); }
    ApiParams &set(P param, const QDateTime &value) { return put(param, value); }
    ApiParams &set(P param, int value) { return put(param, qint64(value)); }
    ApiParams &set(P param, qint64 value) { return put(param, value); }
    ApiParams &set(P param, double value) { return put(param, value); }
    ApiParams &set(P param, const QStringList &values) { return put(param, values); }
    ApiParams &set(P param, const FileUpload &file) { return put(param, file); }
    // The one ID-or-UID choice: addresses an entity by external ID when it has one, else by UID.
    static ApiParams byIdOrUid(P idParam, const QString &externalId, P uidParam, const QString &uid);
    // Appends to an array parameter (creating it).
    ApiParams &append(P param, const QString &value);

    bool contains(P param) const;
    const Value *value(P param) const;
    void remove(P param);
    bool isEmpty() const { return m_entries.isEmpty(); }
    // In the order they were first set.
    QList<P> keys() const;

    // The wire values: one string per value (several for a list). Empty for FileUpload.
    static QStringList encode(const Value &value);
    // A short description of the value's type for error messages ("a boolean", "a list", …).
    static QString typeName(const Value &value);

    bool operator==(const ApiParams &) const = default;

private:
    ApiParams &put(P param, Value value);

    QList<std::pair<P, Value>> m_entries;
};

} // namespace Springdesk::Api
