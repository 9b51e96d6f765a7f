#include "core/transfer/cellformat.h"

#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer::CellFormat {

namespace {

constexpr qsizetype MaxCellLength = 32767;

} // namespace

bool looksLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

std::optional<QDate> toDate(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate().isValid() ? std::optional(value.toDate()) : std::nullopt;
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? std::optional(dt.toLocalTime().date()) : std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.size() >= 10) {
        const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<QDateTime> toLocalDateTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    QDateTime dt;
    if (value.metaType().id() == QMetaType::QDateTime) {
        dt = value.toDateTime();
        if (dt.timeSpec() == Qt::LocalTime)
            return dt.isValid() ? std::optional(dt) : std::nullopt; // no time-zone conversion needed
    } else if (value.metaType().id() == QMetaType::QDate) {
        dt = value.toDate().startOfDay();
    } else {
        const QString text = value.toString().trimmed();
        dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid() && text.size() == 10)
            dt = QDate::fromString(text, Qt::ISODate).startOfDay();
    }
    if (!dt.isValid())
        return std::nullopt;
    return dt.toLocalTime();
}

std::optional<double> toNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    double d = 0;
    if (value.metaType().id() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        d = text.toDouble(&ok);
    } else {
        d = value.toDouble(&ok);
    }
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.metaType().id() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1" || text == u"yes")
            return true;
        if (text == u"false" || text == u"0" || text == u"no")
            return false;
        return std::nullopt;
    }
    return value.toBool();
}

QString toText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s);
    return value.toString();
}

double excelSerial(const QDate &date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

double excelSerial(const QDateTime &localDateTime)
{
    const QTime t = localDateTime.time();
    const double seconds = t.msecsSinceStartOfDay() / 1000.0;
    return excelSerial(localDateTime.date()) + seconds / 86400.0;
}

QString cellSafe(const QString &text)
{
    const auto unsafe = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
    };
    if (text.size() <= MaxCellLength && std::none_of(text.cbegin(), text.cend(), unsafe))
        return text; // the common case: nothing to change, no copy
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    if (out.size() > MaxCellLength) {
        out.truncate(MaxCellLength);
        if (out.back().isHighSurrogate())
            out.chop(1); // never half a character
    }
    return out;
}

} // namespace Springdesk::Transfer::CellFormat
