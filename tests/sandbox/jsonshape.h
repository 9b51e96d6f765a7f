#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Springdesk::Testing {

// The JSON types a client's decoder expects of one field, e.g. the fields of a Go struct
// (kroutled/ansapi models.go) or what the PHP client (telartis/anewspring) reads.
enum class JsonKind
{
    String,
    Bool,
    Number, // float64
    Integer, // int: a number without fraction
    Date, // "" or YYYY-MM-DD
    DateTime, // "" or YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM
    Progress, // "done/total"
    Array, // of objects matching `items`, or of strings when `items` is null
    Object,
};

struct JsonField
{
    QString name;
    JsonKind kind = JsonKind::String;
    const QList<JsonField> *items = nullptr; // element shape for Array, member shape for Object
    bool optional = false;
};

// Checks `object` against `fields`; returns an empty string when it matches, else what is wrong,
// with the path of the offending field (e.g. "courses[0].parts[2].score: expected string").
QString checkJsonShape(const QJsonObject &object, const QList<JsonField> &fields, const QString &path = {});

} // namespace Springdesk::Testing
