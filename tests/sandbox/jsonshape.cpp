#include "tests/sandbox/jsonshape.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Springdesk::Testing {

using namespace Qt::StringLiterals;

namespace {

bool isDate(const QString &s)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return re.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

bool isDateTime(const QString &s)
{
    static const QRegularExpression re(u"^(\\d{4}-\\d{2}-\\d{2})T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"_s);
    const auto m = re.match(s);
    return m.hasMatch() && QDate::fromString(m.captured(1), Qt::ISODate).isValid();
}

QString checkValue(const QJsonValue &v, const JsonField &f, const QString &where)
{
    const auto wrong = [&](const QString &expected) {
        return u"%1: expected %2, got %3"_s.arg(
            where, expected, QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
    };
    switch (f.kind) {
    case JsonKind::String:
        return v.isString() ? QString() : wrong(u"a string"_s);
    case JsonKind::Bool:
        return v.isBool() ? QString() : wrong(u"a boolean"_s);
    case JsonKind::Number:
        return v.isDouble() ? QString() : wrong(u"a number"_s);
    case JsonKind::Integer:
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) ? QString() : wrong(u"an integer"_s);
    case JsonKind::Date:
        return v.isString() && (v.toString().isEmpty() || isDate(v.toString())) ? QString()
                                                                                : wrong(u"\"\" or YYYY-MM-DD"_s);
    case JsonKind::DateTime:
        return v.isString() && (v.toString().isEmpty() || isDateTime(v.toString()))
            ? QString()
            : wrong(u"\"\" or an ISO 8601 date-time with offset"_s);
    case JsonKind::Progress: {
        static const QRegularExpression re(u"^\\d+/\\d+$"_s);
        return v.isString() && re.match(v.toString()).hasMatch() ? QString() : wrong(u"a \"done/total\" string"_s);
    }
    case JsonKind::Object:
        if (!v.isObject())
            return wrong(u"an object"_s);
        return f.items ? checkJsonShape(v.toObject(), *f.items, where) : QString();
    case JsonKind::Array: {
        if (!v.isArray())
            return wrong(u"an array"_s);
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = u"%1[%2]"_s.arg(where).arg(i);
            if (!f.items) {
                if (!a.at(i).isString())
                    return u"%1: expected a string"_s.arg(at);
            } else if (!a.at(i).isObject()) {
                return u"%1: expected an object"_s.arg(at);
            } else if (const QString e = checkJsonShape(a.at(i).toObject(), *f.items, at); !e.isEmpty()) {
                return e;
            }
        }
        return {};
    }
    }
    return {};
}

} // namespace

QString checkJsonShape(const QJsonObject &object, const QList<JsonField> &fields, const QString &path)
{
    for (const JsonField &f : fields) {
        const QString where = path.isEmpty() ? f.name : path + u'.' + f.name;
        if (!object.contains(f.name)) {
            if (f.optional)
                continue;
            return u"%1: missing"_s.arg(where);
        }
        if (const QString e = checkValue(object.value(f.name), f, where); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace Springdesk::Testing
