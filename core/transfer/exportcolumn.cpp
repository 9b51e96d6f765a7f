#include "core/transfer/exportcolumn.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return u"text"_s;
    case ColumnType::Id:
        return u"id"_s;
    case ColumnType::Integer:
        return u"integer"_s;
    case ColumnType::Number:
        return u"number"_s;
    case ColumnType::Boolean:
        return u"boolean"_s;
    case ColumnType::Date:
        return u"date"_s;
    case ColumnType::DateTime:
        return u"date-time"_s;
    case ColumnType::Percentage:
        return u"percentage"_s;
    }
    return u"text"_s;
}

} // namespace Springdesk::Transfer
