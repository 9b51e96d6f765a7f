#include "core/api/jsonreader.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

JsonReader::JsonReader(const QJsonValue &value, QString path, DecodeError &error)
    : m_path(std::move(path))
    , m_error(error)
{
    if (value.isObject())
        m_object = value.toObject();
    else if (!m_error.isSet())
        m_error = {m_path, u"expected an object, got "_s + typeName(value)};
}

QString JsonReader::childPath(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

bool JsonReader::has(QStringView key) const
{
    const QJsonValue v = field(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::field(QStringView key) const
{
    return m_object.value(key);
}

void JsonReader::fail(QStringView key, const QString &message)
{
    if (!m_error.isSet())
        m_error = {key.isEmpty() ? m_path : childPath(key), message};
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString JsonReader::string(QStringView key)
{
    if (!ok())
        return {};
    const QJsonValue v = field(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        // Scores, grades and IDs may arrive as numbers; keep their shortest exact text.
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    fail(key, u"expected a string, got "_s + typeName(v));
    return {};
}

QString JsonReader::requiredString(QStringView key)
{
    if (!ok())
        return {};
    if (!has(key)) {
        fail(key, u"required field is missing"_s);
        return {};
    }
    return string(key);
}

bool JsonReader::boolean(QStringView key, bool defaultValue)
{
    return optionalBoolean(key).value_or(defaultValue);
}

std::optional<bool> JsonReader::optionalBoolean(QStringView key)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue v = field(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
        if (s.isEmpty())
            return std::nullopt;
        fail(key, u"expected a boolean, got the string \"%1\""_s.arg(s.left(40)));
        return std::nullopt;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == 0.0 || d == 1.0)
            return d == 1.0;
    }
    fail(key, u"expected a boolean, got "_s + typeName(v));
    return std::nullopt;
}

std::optional<double> JsonReader::number(QStringView key)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue v = field(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        bool converted = false;
        const double d = s.toDouble(&converted);
        if (converted && std::isfinite(d))
            return d;
        fail(key, u"expected a number, got the string \"%1\""_s.arg(s.left(40)));
        return std::nullopt;
    }
    fail(key, u"expected a number, got "_s + typeName(v));
    return std::nullopt;
}

int JsonReader::integer(QStringView key, int defaultValue)
{
    const auto d = number(key);
    if (!d)
        return defaultValue;
    if (*d != std::floor(*d) || *d > std::numeric_limits<int>::max() || *d < std::numeric_limits<int>::min()) {
        fail(key, u"expected a whole number, got %1"_s.arg(*d));
        return defaultValue;
    }
    return int(*d);
}

int JsonReader::requiredInteger(QStringView key)
{
    if (ok() && !has(key)) {
        fail(key, u"required field is missing"_s);
        return 0;
    }
    return integer(key);
}

std::optional<QDate> JsonReader::parseDate(const QString &text)
{
    static const QRegularExpression datePattern(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const QString s = text.trimmed();
    const auto m = datePattern.match(s);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
        return std::nullopt;
    }
    // A date-time where a date was expected: keep its calendar date as written.
    if (s.size() > 10 && (s.at(10) == u'T' || s.at(10) == u' ')) {
        if (const auto dt = parseDateTime(s))
            return parseDate(s.left(10));
    }
    return std::nullopt;
}

std::optional<QDateTime> JsonReader::parseDateTime(const QString &text)
{
    QString s = text.trimmed();
    if (s.size() == 10) {
        if (const auto d = parseDate(s))
            return d->startOfDay();
        return std::nullopt;
    }
    if (s.size() > 10 && s.at(10) == u' ')
        s[10] = u'T';
    if (s.size() < 16 || s.at(10) != u'T')
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt;
}

std::optional<Domain::Progress> JsonReader::parseProgress(const QString &text)
{
    static const QRegularExpression progressPattern(u"^\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*$"_s);
    const auto m = progressPattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Domain::Progress p{m.captured(1).toInt(), m.captured(2).toInt()};
    if (p.done > p.total)
        return std::nullopt;
    return p;
}

QDate JsonReader::date(QStringView key)
{
    const QString s = string(key);
    if (s.trimmed().isEmpty())
        return {};
    if (const auto d = parseDate(s))
        return *d;
    fail(key, u"expected a date YYYY-MM-DD, got \"%1\""_s.arg(s.left(40)));
    return {};
}

QDateTime JsonReader::dateTime(QStringView key)
{
    const QString s = string(key);
    if (s.trimmed().isEmpty())
        return {};
    if (const auto dt = parseDateTime(s))
        return *dt;
    fail(key, u"expected an ISO 8601 date-time, got \"%1\""_s.arg(s.left(40)));
    return {};
}

std::optional<Domain::Progress> JsonReader::progress(QStringView key)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue v = field(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(key, u"expected progress as \"done/total\", got "_s + typeName(v));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.trimmed().isEmpty())
        return std::nullopt;
    if (const auto p = parseProgress(s))
        return p;
    fail(key, u"expected progress as \"done/total\", got \"%1\""_s.arg(s.left(40)));
    return std::nullopt;
}

QJsonArray JsonReader::array(QStringView key)
{
    if (!ok())
        return {};
    const QJsonValue v = field(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, u"expected an array, got "_s + typeName(v));
        return {};
    }
    return v.toArray();
}

QStringList JsonReader::stringList(QStringView key)
{
    const QJsonArray a = array(key);
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && ok(); ++i) {
        const QJsonValue v = a.at(i);
        if (!v.isString()) {
            fail(key, u"element %1: expected a string, got %2"_s.arg(i).arg(typeName(v)));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

void JsonReader::requireAnyOf(QStringView key1, QStringView key2)
{
    if (!ok())
        return;
    if (string(key1).isEmpty() && string(key2).isEmpty() && ok())
        fail({}, u"neither \"%1\" nor \"%2\" is present"_s.arg(key1, key2));
}

} // namespace Springdesk::Api
