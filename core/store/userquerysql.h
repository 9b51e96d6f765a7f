#pragma once

#include "core/store/userquery.h"

#include <QString>
#include <QVariantList>

namespace Springdesk::Store {

// The SQL of a UserQuery over `users u`: WHERE clause with its bound values, and ORDER BY with
// a unique tie-breaker so pages never overlap. Used by UserRepository.
class UserQuerySql final
{
public:
    struct Filter
    {
        QString where; // empty or " WHERE …"
        QVariantList values;
    };

    static Filter filter(const UserQuery &query);
    static QString orderBy(const UserQuery &query);
};

} // namespace Springdesk::Store
